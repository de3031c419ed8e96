//! The socket runtime's error type. Stage: runtime. Messages are for the script's user
//! (lowercase, no final period, naming the host and the cause); this file must not know how the
//! interpreter reports them (no spans, no `ErrorInfo` codes).

use std::fmt;

/// Broad cause of a [`NetError`], for the interpreter to choose an error code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NetErrorKind {
    UnknownSocket,
    NameInUse,
    TooManySockets,
    Dns,
    Refused,
    Timeout,
    Tls,
    Handshake,
    Protocol,
    Closed,
    Io,
    Unsupported,
    /// The wait was ended by Ctrl-C ([`super::Interrupt`]).
    Interrupted,
}

/// A failed socket operation. `Display` prints `message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetError {
    pub kind: NetErrorKind,
    pub message: String,
}

impl NetError {
    pub(crate) fn new(kind: NetErrorKind, message: impl Into<String>) -> NetError {
        NetError { kind, message: message.into() }
    }

    pub(crate) fn interrupted() -> NetError {
        NetError::new(NetErrorKind::Interrupted, "interrupted")
    }

    pub(crate) fn unknown_socket(name: &str) -> NetError {
        NetError::new(NetErrorKind::UnknownSocket, format!("no socket named {name:?}"))
    }
}

impl fmt::Display for NetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for NetError {}
