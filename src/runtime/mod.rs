//! The socket runtime: WebSocket client connections (ws:// and wss://), TCP connections (client,
//! plain or TLS), listening sockets and the channels they accept (plain or TLS), and UDP sockets,
//! all driven by a single-threaded readiness loop (mio) that the interpreter thread owns; plus
//! the loopback echo server used by `wl run --echo`, `wl echo-server` and the tests.
//!
//! Stage: below the interpreter. The interpreter calls [`Runtime`] with plain Rust data (names,
//! strings, byte buffers, durations) and gets back [`Event`]s, [`Message`]s and [`NetError`]s.
//! This module must not know the interpreter's `Value`, its source spans or its diagnostics, must
//! not print anything, and must not `use crate::` anything outside `runtime`.
//!
//! Files: `api.rs` (the [`Runtime`], its calls on any socket and on WebSocket clients),
//! `reactor.rs` (the readiness loop: waiting, fairness, read-ahead and write backlog),
//! `phases.rs` (one WebSocket connection's life from DNS to release), `conn.rs` (a WebSocket
//! connection's state and transport, and the translation of library failures), `tcp.rs` (TCP
//! connections: phases, bounded buffers, the script's calls), `framing.rs` (transmission modes:
//! size prefix, end marker, raw), `listener.rs` (listening sockets and TLS identities),
//! `udp.rs` (UDP sockets), `dns.rs` (bounded lookups on helper threads), `error.rs` (the error
//! type and its French and English texts), `interrupt.rs` (Ctrl-C), `echo.rs` (the echo server),
//! `tests.rs` and `tcp_tests.rs`.

mod api;
mod conn;
mod dns;
pub mod echo;
mod error;
mod framing;
mod interrupt;
mod listener;
mod phases;
mod reactor;
mod tcp;
#[cfg(test)]
mod tcp_tests;
#[cfg(test)]
mod tests;
mod udp;

use std::net::SocketAddr;
use std::time::Duration;

pub use api::{Runtime, SocketKind, certificates_in};
pub use dns::MAX_LOOKUPS;
pub use echo::{EchoOptions, EchoServer};
pub use error::{Ending, HandshakeCause, IoCause, Lang, NetError, NetErrorKind, ProtocolCause};
pub use framing::{DEFAULT_END_TAG, Framing};
pub use interrupt::Interrupt;
pub use listener::{PENDING_MAX, ServerTls, load_identity};
pub use tcp::{Progress, READ_AHEAD, StreamRequest};
pub use udp::{DATAGRAM_MAX, INBOX_MAX};

/// curl's `--connect-to`: a connection the script asks for at `from_host:from_port` is dialled
/// at `to_host:to_port` instead. The Host header, SNI and the certificate check keep the
/// script's host name. Host names compare without regard to ASCII case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectTo {
    pub from_host: String,
    pub from_port: u16,
    pub to_host: String,
    pub to_port: u16,
}

/// `--echo`: every connection is dialled to this server (ws:// to `plain`, wss:// to `tls`),
/// and the script's host is never resolved.
///
/// With `insecure == false`, a routed wss:// connection still verifies the certificate chain,
/// but only against [`Config::extra_roots_pem`] (the built-in roots are disabled) and without the
/// host-name check: the echo server cannot know in advance which host names a script will use,
/// so the chain is pinned to the run's throw-away CA instead ([`EchoServer::ca_pem`]), which the
/// caller must put in `extra_roots_pem`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RouteAll {
    pub plain: SocketAddr,
    pub tls: SocketAddr,
}

/// Settings fixed for the whole run.
#[derive(Debug, Clone)]
pub struct Config {
    /// Dial rules, first match wins. See [`ConnectTo`].
    pub connect_to: Vec<ConnectTo>,
    /// See [`RouteAll`]. Takes precedence over `connect_to`.
    pub route_all: Option<RouteAll>,
    /// Extra trusted CA certificates (PEM; a buffer may hold several).
    pub extra_roots_pem: Vec<Vec<u8>>,
    /// Disable certificate and host-name checks.
    pub insecure: bool,
    /// Largest message accepted in either direction (default 64 MiB).
    pub max_message_size: usize,
    /// Largest number of named sockets at once (default 10 000).
    pub max_sockets: usize,
    /// Bound on establishing a connection when the script gives none: 10 s by default.
    /// (WINDEV documents 10 ms for the SSL variant, which is far too short for any real server.)
    pub default_connect_timeout: Duration,
    /// Ctrl-C: ends every wait of the runtime early (the waiting call fails with
    /// [`NetErrorKind::Interrupted`]). See [`Interrupt`].
    pub interrupt: Interrupt,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            connect_to: Vec::new(),
            route_all: None,
            extra_roots_pem: Vec::new(),
            insecure: false,
            max_message_size: 64 << 20,
            max_sockets: 10_000,
            default_connect_timeout: Duration::from_secs(10),
            interrupt: Interrupt::default(),
        }
    }
}

/// A TLS protocol version, ordered from oldest to newest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TlsVersion {
    Tls10,
    Tls11,
    Tls12,
    Tls13,
}

impl std::fmt::Display for TlsVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            TlsVersion::Tls10 => "TLS 1.0",
            TlsVersion::Tls11 => "TLS 1.1",
            TlsVersion::Tls12 => "TLS 1.2",
            TlsVersion::Tls13 => "TLS 1.3",
        })
    }
}

/// Range of TLS versions a wss:// connection may negotiate (both ends inclusive).
/// OpenSSL's own security level may still refuse TLS 1.0 and 1.1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TlsOptions {
    pub min: TlsVersion,
    pub max: TlsVersion,
}

impl Default for TlsOptions {
    fn default() -> Self {
        TlsOptions { min: TlsVersion::Tls10, max: TlsVersion::Tls13 }
    }
}

/// What the script asks for when it connects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectRequest {
    /// Host name or IP literal as the script wrote it (an IPv6 literal may carry brackets).
    pub host: String,
    pub port: u16,
    /// Request path; the runtime turns "" into "/" and prepends a missing "/".
    pub path: String,
    /// Sent as `Sec-WebSocket-Protocol`; the connection fails if the server accepts none of them.
    pub protocols: Vec<String>,
    /// `Some` for wss://.
    pub tls: Option<TlsOptions>,
    /// Bounds the whole establishment (DNS, TCP, TLS, WebSocket handshake);
    /// `None` = [`Config::default_connect_timeout`].
    pub timeout: Option<Duration>,
}

/// One WebSocket data message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    Text(String),
    Binary(Vec<u8>),
}

impl Message {
    /// Payload length in bytes.
    pub fn len(&self) -> usize {
        match self {
            Message::Text(s) => s.len(),
            Message::Binary(b) => b.len(),
        }
    }

    /// True when the payload is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Something that happened to an asynchronous socket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// The asynchronous connection is established.
    Opened,
    /// The socket received a message.
    Message(Message),
    /// The peer closed: its close-frame reason ("" if none).
    Closed { reason: String },
    /// The connection was lost without a close frame (reset, end of stream): for the script, a
    /// closing whose reason is this error's text.
    Lost(NetError),
    /// The asynchronous connect failed, or the connection failed (protocol violation, a peer
    /// that does not read, ...).
    Error(NetError),
}

/// Result of a non-blocking read on a synchronous socket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadOutcome {
    Message(Message),
    /// Nothing queued yet.
    Empty,
    /// The peer closed or the connection failed, and every received message was read.
    Closed,
}
