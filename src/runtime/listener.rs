//! Listening sockets (`SocketCrée`, `SocketCréeSSL`): the socket, the queue of connections
//! waiting for `SocketAccepte` or `SocketRefuse`, and the server's TLS identity. Stage: runtime.
//! Nothing here waits: `SocketAttendConnexion` waits in the interpreter's event loop until
//! [`Runtime::pending_connections`] is positive. The queue is bounded ([`PENDING_MAX`]): past
//! it the listener stops accepting and further clients wait in the system's backlog.

use std::collections::VecDeque;
use std::io;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::Path;

use mio::net::{TcpListener, TcpStream};
use mio::{Interest, Token};

use super::conn;
use super::error::openssl_reason;
use super::framing::Framing;
use super::{IoCause, NetError, Runtime, TlsOptions};

/// Connections accepted from the system and not yet taken by the script.
pub const PENDING_MAX: usize = 64;
/// The system's backlog of connections not yet accepted.
const BACKLOG: i32 = 128;

/// A listening socket.
pub(crate) struct Listener {
    pub name: String,
    tcp: TcpListener,
    pub local: SocketAddr,
    pending: VecDeque<(TcpStream, SocketAddr)>,
    tls: Option<native_tls::TlsAcceptor>,
    /// The transmission mode of the channels accepted from now on.
    pub framing: Framing,
    /// Accepting stopped because the queue is full.
    paused: bool,
    pub scheduled: bool,
    /// Channels handed out so far (for their names).
    accepted: u64,
}

/// The server side of TLS: the certificate chain and key, and the versions allowed.
pub struct ServerTls {
    pub identity: native_tls::Identity,
    pub versions: TlsOptions,
}

/// Reads a certificate chain and its private key for `SocketCréeSSL` (or a client certificate):
/// `cert_path` is a PEM file holding the certificate (first) and its chain, or a PKCS#12 file
/// (`.p12`/`.pfx`, no password); the PKCS#8 key (`-----BEGIN PRIVATE KEY-----`) is read from
/// `key_path` when given, else from the certificate's own file, else from the file of the same
/// name with the `.key` extension.
pub fn load_identity(cert_path: &Path, key_path: Option<&Path>) -> Result<native_tls::Identity, NetError> {
    let shown = cert_path.display().to_string();
    let failed = |detail: String| NetError::Certificate { path: shown.clone(), detail };
    let cert = std::fs::read(cert_path).map_err(|e| failed(lower(&e.to_string())))?;
    let is_pkcs12 = cert_path
        .extension()
        .and_then(|x| x.to_str())
        .is_some_and(|x| x.eq_ignore_ascii_case("p12") || x.eq_ignore_ascii_case("pfx"));
    if is_pkcs12 {
        return native_tls::Identity::from_pkcs12(&cert, "").map_err(|e| failed(openssl_reason(&e.to_string())));
    }
    if !contains(&cert, b"-----BEGIN CERTIFICATE-----") {
        return Err(failed("no PEM certificate in the file".into()));
    }
    let key = match key_path {
        Some(k) => std::fs::read(k)
            .map_err(|e| NetError::Certificate { path: k.display().to_string(), detail: lower(&e.to_string()) })?,
        None if contains(&cert, b"PRIVATE KEY-----") => cert.clone(),
        None => {
            let sibling = cert_path.with_extension("key");
            std::fs::read(&sibling)
                .map_err(|_| failed("no private key in the file, nor a .key file beside it".into()))?
        }
    };
    let Some(pkcs8) = pem_block(&key, "PRIVATE KEY") else {
        let detail = if contains(&key, b"PRIVATE KEY-----") {
            "the private key must be PKCS#8 (\"-----BEGIN PRIVATE KEY-----\"; convert it with `openssl pkcs8 -topk8 -nocrypt`)"
        } else {
            "no private key found"
        };
        return Err(failed(detail.into()));
    };
    native_tls::Identity::from_pkcs8(&cert, &pkcs8).map_err(|e| failed(openssl_reason(&e.to_string())))
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// The PEM block `-----BEGIN {label}-----` ... `-----END {label}-----` of `pem`, if any.
fn pem_block(pem: &[u8], label: &str) -> Option<Vec<u8>> {
    let text = std::str::from_utf8(pem).ok()?;
    let begin = format!("-----BEGIN {label}-----");
    let end = format!("-----END {label}-----");
    let start = text.find(&begin)?;
    let stop = text[start..].find(&end)? + start + end.len();
    Some(format!("{}\n", &text[start..stop]).into_bytes())
}

fn lower(s: &str) -> String {
    super::error::lower_first(s)
}

impl Runtime {
    /// `SocketCrée` / `SocketCréeSSL`: listens on `port` (0: a free port) at `address` (all of
    /// this machine's IPv4 addresses when `None`). Returns the address listened on.
    pub fn listen(
        &mut self,
        name: &str,
        port: u16,
        address: Option<IpAddr>,
        tls: Option<ServerTls>,
    ) -> Result<SocketAddr, NetError> {
        self.check_new_name(name)?;
        let acceptor = match tls {
            Some(t) => {
                conn::check_tls_options(&t.versions)?;
                let mut b = native_tls::TlsAcceptor::builder(t.identity);
                b.min_protocol_version(Some(conn::protocol_of(t.versions.min)));
                b.max_protocol_version(Some(conn::protocol_of(t.versions.max)));
                Some(b.build().map_err(|e| NetError::TlsSetup { detail: openssl_reason(&e.to_string()) })?)
            }
            None => None,
        };
        let addr = SocketAddr::new(address.unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED)), port);
        let mut tcp = bind_listener(addr).map_err(|e| listen_error(addr, &e))?;
        let local = tcp.local_addr().unwrap_or(addr);
        let id = self.new_id();
        self.poll.registry().register(&mut tcp, Token(id), Interest::READABLE).map_err(|e| NetError::poller(&e))?;
        let listener = Listener {
            name: name.to_string(),
            tcp,
            local,
            pending: VecDeque::new(),
            tls: acceptor,
            framing: Framing::SizeAtStart,
            paused: false,
            scheduled: false,
            accepted: 0,
        };
        self.listeners.insert(id, listener);
        self.names.insert(name.to_string(), id);
        Ok(local)
    }

    /// Connections waiting for `SocketAccepte` on the listening socket `name`.
    pub fn pending_connections(&mut self, name: &str) -> Result<usize, NetError> {
        let id = self.listener_id(name)?;
        if self.listeners.get(&id).is_some_and(|l| l.scheduled) {
            self.drive_listener(id);
        }
        Ok(self.listeners.get(&id).map_or(0, |l| l.pending.len()))
    }

    /// `SocketAccepte`: takes the oldest waiting connection and names it; the name is returned.
    pub fn accept(&mut self, name: &str) -> Result<String, NetError> {
        let id = self.listener_id(name)?;
        if self.names.len() >= self.config.max_sockets {
            return Err(NetError::TooManySockets { limit: self.config.max_sockets });
        }
        let Some(l) = self.listeners.get_mut(&id) else {
            return Err(NetError::unknown_socket(name));
        };
        let Some((tcp, peer)) = l.pending.pop_front() else {
            return Err(NetError::NothingToAccept { name: name.to_string() });
        };
        let channel = loop {
            l.accepted += 1;
            let candidate = format!("{}#{}", l.name, l.accepted);
            if !self.names.contains_key(&candidate) {
                break candidate;
            }
        };
        let tls = l.tls.clone();
        let framing = l.framing.clone();
        self.resume_listener(id);
        self.add_accepted(&channel, tcp, peer, tls.as_ref(), framing)?;
        Ok(channel)
    }

    /// `SocketRefuse`: closes the oldest waiting connection.
    pub fn refuse(&mut self, name: &str) -> Result<(), NetError> {
        let id = self.listener_id(name)?;
        let Some(l) = self.listeners.get_mut(&id) else {
            return Err(NetError::unknown_socket(name));
        };
        match l.pending.pop_front() {
            Some((tcp, _)) => {
                drop(tcp);
                self.resume_listener(id);
                Ok(())
            }
            None => Err(NetError::NothingToAccept { name: name.to_string() }),
        }
    }

    fn listener_id(&self, name: &str) -> Result<usize, NetError> {
        let id = self.id_of(name)?;
        if self.listeners.contains_key(&id) { Ok(id) } else { Err(NetError::NotListening { name: name.to_string() }) }
    }

    /// The queue has room again: accept what the system holds at the next turn.
    fn resume_listener(&mut self, id: usize) {
        if let Some(l) = self.listeners.get_mut(&id)
            && l.paused
            && l.pending.len() < PENDING_MAX
        {
            l.paused = false;
            self.schedule(id);
        }
    }

    /// Accepts what the system holds, up to the queue's bound.
    pub(super) fn drive_listener(&mut self, id: usize) {
        let Some(l) = self.listeners.get_mut(&id) else {
            return;
        };
        l.scheduled = false;
        loop {
            if l.pending.len() >= PENDING_MAX {
                l.paused = true;
                return;
            }
            match l.tcp.accept() {
                Ok((tcp, peer)) => l.pending.push_back((tcp, peer)),
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                // A connection that failed before we took it, or no file descriptor left: try
                // again at the next turn rather than spin.
                Err(_) => {
                    self.schedule(id);
                    return;
                }
            }
        }
    }

    pub(super) fn close_listener(&mut self, id: usize) {
        if let Some(mut l) = self.listeners.remove(&id) {
            let _ = self.poll.registry().deregister(&mut l.tcp);
        }
    }
}

/// A non-blocking listener with `SO_REUSEADDR` (a server restarted at once can listen again
/// while the old connections linger in TIME_WAIT).
fn bind_listener(addr: SocketAddr) -> io::Result<TcpListener> {
    use socket2::{Domain, Protocol, Socket, Type};
    let socket = Socket::new(Domain::for_address(addr), Type::STREAM, Some(Protocol::TCP))?;
    socket.set_reuse_address(true)?;
    socket.set_nonblocking(true)?;
    socket.bind(&addr.into())?;
    socket.listen(BACKLOG)?;
    Ok(TcpListener::from_std(socket.into()))
}

fn listen_error(addr: SocketAddr, e: &io::Error) -> NetError {
    match e.kind() {
        io::ErrorKind::AddrInUse => NetError::AddressInUse { address: addr.to_string() },
        io::ErrorKind::AddrNotAvailable => NetError::NotLocalAddress { address: addr.ip().to_string() },
        io::ErrorKind::PermissionDenied => NetError::ListenDenied { address: addr.to_string() },
        _ => NetError::Listen { address: addr.to_string(), cause: IoCause::of(e) },
    }
}
