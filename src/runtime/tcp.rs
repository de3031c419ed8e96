//! TCP connections that carry the script's own messages (`SocketConnecte`, `SocketConnecteSSL`,
//! and the channels `SocketAccepte` returns): their state, their phases (DNS, TCP connect, TLS
//! handshake as client or server, open, closing) and the public calls on them. Stage: runtime.
//! Each step runs as far as it can without blocking; the readiness loop (`reactor.rs`) decides
//! when a connection is driven. Nothing here waits: a call that must wait (connect, read, a
//! large write) reports where it stands and the interpreter waits through its own event loop, so
//! that other WLanguage threads run meanwhile.
//!
//! Received bytes stay raw in a buffer and are cut into messages only when the script reads, with
//! the socket's transmission mode at that moment (`framing.rs`): a script may change the mode
//! after bytes arrived. Reading is bounded: a connection stops reading while [`READ_AHEAD`]
//! bytes wait unread, unless the script waits for a message longer than that, and never reads
//! past the message limit plus a header (a peer that sends endless data without a marker hits
//! [`NetError::NoEndTag`]). Writing is bounded by the interpreter, which waits while more than
//! [`WRITE_HIGH_WATER`] bytes wait to be sent; meanwhile the connection reads on up to the limit,
//! so that two programs that both write before they read cannot block each other.

use std::io::{self, Read, Write};
use std::net::{IpAddr, SocketAddr};
use std::time::{Duration, Instant};

use mio::net::TcpStream;
use mio::{Interest, Token};

use super::conn::{self, bare_host, host_port, ip_literal};
use super::error::openssl_reason;
use super::framing::{Framing, MAX_HEADER, Next};
use super::reactor::{CLOSE_GRACE, SLICE_BYTES, WRITE_HIGH_WATER};
use super::{Ending, IoCause, Message, NetError, ReadOutcome, Runtime, TlsOptions};

/// Unread received bytes above which a connection stops reading (unless the script waits for a
/// longer message).
pub const READ_AHEAD: usize = 1 << 20;
/// Time after which one connection's slice stops reading.
const SLICE_TIME: Duration = Duration::from_millis(1);

/// What the script asks for with `SocketConnecte` / `SocketConnecteSSL`.
#[derive(Clone)]
pub struct StreamRequest {
    /// Host name or IP literal as the script wrote it.
    pub host: String,
    pub port: u16,
    /// `Some` for `SocketConnecteSSL`.
    pub tls: Option<TlsOptions>,
    /// The client certificate of `SocketConnecteSSL`, if any.
    pub identity: Option<native_tls::Identity>,
    /// Bounds the establishment (DNS, TCP, TLS); `None` = `Config::default_connect_timeout`.
    pub timeout: Option<Duration>,
    /// The local address to connect from (an IP literal), if the script gives one.
    pub local: Option<IpAddr>,
}

/// Where a synchronous connect stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Progress {
    Pending,
    Done,
}

/// A TCP transport, plain or TLS.
pub(crate) enum Io {
    Plain(TcpStream),
    Tls(Box<native_tls::TlsStream<TcpStream>>),
}

impl Io {
    pub(crate) fn tcp_mut(&mut self) -> &mut TcpStream {
        match self {
            Io::Plain(tcp) => tcp,
            Io::Tls(tls) => tls.get_mut(),
        }
    }
}

impl Read for Io {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Io::Plain(tcp) => tcp.read(buf),
            Io::Tls(tls) => tls.read(buf),
        }
    }
}

impl Write for Io {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Io::Plain(tcp) => tcp.write(buf),
            Io::Tls(tls) => tls.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Io::Plain(tcp) => tcp.flush(),
            Io::Tls(tls) => tls.flush(),
        }
    }
}

/// Where a stream connection is in its life.
pub(crate) enum StreamPhase {
    Resolving,
    Connecting { tcp: TcpStream, rest: Vec<SocketAddr> },
    TlsConnecting(native_tls::MidHandshakeTlsStream<TcpStream>),
    TlsAccepting(native_tls::MidHandshakeTlsStream<TcpStream>),
    Open(Io),
    Done,
}

impl StreamPhase {
    fn tcp_mut(&mut self) -> Option<&mut TcpStream> {
        match self {
            StreamPhase::Resolving | StreamPhase::Done => None,
            StreamPhase::Connecting { tcp, .. } => Some(tcp),
            StreamPhase::TlsConnecting(mid) | StreamPhase::TlsAccepting(mid) => Some(mid.get_mut()),
            StreamPhase::Open(io) => Some(io.tcp_mut()),
        }
    }

    pub(crate) fn is_establishing(&self) -> bool {
        !matches!(self, StreamPhase::Open(_) | StreamPhase::Done)
    }
}

/// Who opened the connection.
pub(crate) enum Role {
    Client {
        req: StreamRequest,
        dial: Option<(String, u16)>,
    },
    /// A channel `SocketAccepte` returned, from the listening socket of this name.
    Accepted,
}

/// One TCP connection.
pub(crate) struct StreamConn {
    /// The script's name for it; `None` once closed by the script (flushing in the background).
    pub name: Option<String>,
    pub role: Role,
    pub phase: StreamPhase,
    /// End of the establishment (DNS, connect, TLS handshake).
    pub deadline: Instant,
    /// After the script closed it: when to drop it even if bytes are still waiting to be sent.
    pub closing_deadline: Option<Instant>,
    pub framing: Framing,
    /// Received bytes; `rbuf[rpos..]` are unread.
    rbuf: Vec<u8>,
    rpos: usize,
    /// How far the last marker search went in the unread bytes.
    scanned: usize,
    /// The script waits for a message longer than what is buffered: read past `READ_AHEAD`.
    want_more: bool,
    /// Reading stopped at the read-ahead bound: drive it again once the script reads.
    paused: bool,
    /// Bytes to send; `wbuf[wpos..]` are not sent yet.
    wbuf: Vec<u8>,
    wpos: usize,
    /// The peer finished sending.
    pub eof: bool,
    /// Why the connection ended (set once), for `end_reason` and a read's error.
    pub end_note: Option<Ending>,
    /// Why establishing failed (picked up by `stream_connect_progress`).
    pub failure: Option<NetError>,
    pub peer: Option<SocketAddr>,
    /// Driven at the next loop turn without waiting for readiness.
    pub scheduled: bool,
    /// A readiness event said the peer finished or failed: read until the end, not just until a
    /// short read.
    pub peer_closing: bool,
}

impl StreamConn {
    fn new(name: &str, role: Role, phase: StreamPhase, deadline: Instant) -> StreamConn {
        StreamConn {
            name: Some(name.to_string()),
            role,
            phase,
            deadline,
            closing_deadline: None,
            framing: Framing::SizeAtStart,
            rbuf: Vec::new(),
            rpos: 0,
            scanned: 0,
            want_more: false,
            paused: false,
            wbuf: Vec::new(),
            wpos: 0,
            eof: false,
            end_note: None,
            failure: None,
            peer: None,
            scheduled: false,
            peer_closing: false,
        }
    }

    /// "host:port" as asked, with " (dialled a:b)" when `--connect-to` changed it.
    pub(crate) fn target(&self) -> String {
        match &self.role {
            Role::Client { req, dial } => {
                let asked = host_port(&req.host, req.port);
                match dial {
                    Some((h, p)) if !(h.eq_ignore_ascii_case(&req.host) && *p == req.port) => {
                        format!("{asked} (dialled {})", host_port(h, *p))
                    }
                    _ => asked,
                }
            }
            Role::Accepted => self.peer.map_or_else(|| "?".to_string(), |p| p.to_string()),
        }
    }

    pub(crate) fn local_address(&mut self) -> Option<SocketAddr> {
        self.phase.tcp_mut()?.local_addr().ok()
    }

    fn unread(&self) -> usize {
        self.rbuf.len() - self.rpos
    }

    /// Bytes waiting to be sent.
    pub(crate) fn backlog(&self) -> usize {
        self.wbuf.len() - self.wpos
    }

    /// Reading may go on: below the read-ahead bound, or the script waits for a longer message
    /// (then up to the limit, a header and a marker).
    fn may_read(&self, limit: usize) -> bool {
        let unread = self.unread();
        // While the script's own writes are blocked, it cannot read: a peer that echoes would
        // stop reading too, so this side reads on (up to the limit) to let the backlog drain.
        if self.want_more || self.backlog() > WRITE_HIGH_WATER {
            unread < limit.saturating_add(MAX_HEADER + 64).saturating_add(READ_AHEAD)
        } else {
            unread < READ_AHEAD
        }
    }
}

/// Opens a non-blocking TCP connection to `addr`, from `local` if given.
fn tcp_connect(addr: SocketAddr, local: Option<IpAddr>) -> io::Result<TcpStream> {
    use socket2::{Domain, Protocol, Socket, Type};
    let socket = Socket::new(Domain::for_address(addr), Type::STREAM, Some(Protocol::TCP))?;
    socket.set_nonblocking(true)?;
    if let Some(ip) = local {
        socket.bind(&SocketAddr::new(ip, 0).into())?;
    }
    match socket.connect(&addr.into()) {
        Ok(()) => {}
        Err(e) if e.raw_os_error() == Some(libc::EINPROGRESS) || e.kind() == io::ErrorKind::WouldBlock => {}
        Err(e) => return Err(e),
    }
    Ok(TcpStream::from_std(socket.into()))
}

impl Runtime {
    // ---- the script's calls ------------------------------------------------------------------

    /// `SocketConnecte(SSL)`: validates, registers the name and starts connecting; the script then
    /// waits until [`Runtime::stream_connect_progress`] is no longer `Pending`.
    pub fn stream_connect(&mut self, name: &str, req: StreamRequest) -> Result<(), NetError> {
        self.check_new_name(name)?;
        if bare_host(req.host.trim()).is_empty() {
            return Err(NetError::EmptyAddress);
        }
        if let Some(t) = &req.tls {
            conn::check_tls_options(t)?;
        }
        let timeout = req.timeout.unwrap_or(self.config.default_connect_timeout);
        let id = self.new_id();
        let (host, port) = self.dial_target(&req.host, req.port);
        let role = Role::Client { req, dial: Some((host.clone(), port)) };
        self.streams.insert(id, StreamConn::new(name, role, StreamPhase::Resolving, Instant::now() + timeout));
        self.names.insert(name.to_string(), id);
        match ip_literal(&host) {
            Some(ip) => self.stream_connect_addrs(id, vec![SocketAddr::new(ip, port)]),
            None => {
                if let Err(e) = self.resolver.start(id, &host, port) {
                    self.stream_fail(id, e);
                }
            }
        }
        Ok(())
    }

    /// Where a connect started by [`Runtime::stream_connect`] stands. On failure the name is
    /// freed and the error returned.
    pub fn stream_connect_progress(&mut self, name: &str) -> Result<Progress, NetError> {
        let id = self.id_of(name)?;
        let Some(c) = self.streams.get_mut(&id) else {
            return Err(NetError::unknown_socket(name));
        };
        if let Some(e) = c.failure.take() {
            self.remove_stream(id);
            self.names.remove(name);
            return Err(e);
        }
        if c.phase.is_establishing() { Ok(Progress::Pending) } else { Ok(Progress::Done) }
    }

    /// Gives up a connect still in progress (the script was interrupted): frees the name.
    pub fn stream_connect_abandon(&mut self, name: &str) {
        if let Some(&id) = self.names.get(name)
            && self.streams.get(&id).is_some_and(|c| c.phase.is_establishing())
        {
            self.remove_stream(id);
            self.names.remove(name);
        }
    }

    /// `SocketChangeModeTransmission` on a TCP connection, or on a listening socket (the mode of
    /// the channels it accepts from then on).
    pub fn set_framing(&mut self, name: &str, framing: Framing) -> Result<(), NetError> {
        let id = self.id_of(name)?;
        if let Some(l) = self.listeners.get_mut(&id) {
            l.framing = framing;
            return Ok(());
        }
        let c = self.streams.get_mut(&id).ok_or_else(|| NetError::unknown_socket(name))?;
        c.framing = framing;
        c.scanned = 0;
        Ok(())
    }

    /// Queues one message, framed with the socket's transmission mode, and sends what the
    /// socket takes at once. The caller waits while [`Runtime::stream_backlog`] is above
    /// [`WRITE_HIGH_WATER`].
    pub fn stream_write(&mut self, name: &str, payload: &[u8]) -> Result<(), NetError> {
        let id = self.id_of(name)?;
        let max = self.config.max_message_size;
        if payload.len() > max {
            return Err(NetError::MessageTooLarge { size: payload.len() as u64, limit: max });
        }
        let Some(c) = self.streams.get_mut(&id) else {
            return Err(NetError::unknown_socket(name));
        };
        if matches!(c.phase, StreamPhase::Done) {
            return Err(self.closed_error(name));
        }
        let bytes = c.framing.encode(payload);
        if c.wpos == c.wbuf.len() {
            c.wbuf.clear();
            c.wpos = 0;
        }
        c.wbuf.extend_from_slice(&bytes);
        if matches!(c.phase, StreamPhase::Open(_)) {
            self.flush_stream(id);
        }
        let limit = self.config.max_message_size;
        if let Some(c) = self.streams.get_mut(&id)
            && c.paused
            && c.may_read(limit)
        {
            c.paused = false;
            self.schedule(id);
        }
        Ok(())
    }

    /// Bytes of `name` waiting to be sent (0 for an unknown or ended socket).
    pub fn stream_backlog(&self, name: &str) -> usize {
        let Some(c) = self.names.get(name).and_then(|id| self.streams.get(id)) else {
            return 0;
        };
        if matches!(c.phase, StreamPhase::Done) { 0 } else { c.backlog() }
    }

    /// Whether a TCP connection still has its transport (false once it failed or was released).
    pub fn stream_usable(&self, name: &str) -> bool {
        self.names.get(name).and_then(|id| self.streams.get(id)).is_some_and(|c| !matches!(c.phase, StreamPhase::Done))
    }

    /// The high-water mark of [`Runtime::stream_backlog`].
    pub fn write_high_water(&self) -> usize {
        WRITE_HIGH_WATER
    }

    /// Non-blocking: the next message of `name` with its transmission mode (at most `max_raw`
    /// bytes in raw mode), `Empty` when none is complete yet, `Closed` once the peer finished
    /// and everything was read (or the connection failed).
    pub fn stream_try_read(&mut self, name: &str, max_raw: usize) -> Result<ReadOutcome, NetError> {
        let id = self.id_of(name)?;
        if self.streams.get(&id).is_some_and(|c| c.scheduled && !c.paused) {
            // A slice ended with input possibly waiting and no readiness edge to come for it.
            self.drive_stream(id);
        }
        let limit = self.config.max_message_size;
        let Some(c) = self.streams.get_mut(&id) else {
            return Err(NetError::unknown_socket(name));
        };
        let unread = &c.rbuf[c.rpos..];
        let next = c.framing.next(unread, c.scanned, max_raw, limit);
        let outcome = match next {
            Ok(Next::Message { start, end, consumed }) => {
                let bytes = unread[start..end].to_vec();
                c.rpos += consumed;
                c.scanned = 0;
                c.want_more = false;
                ReadOutcome::Message(Message::Binary(bytes))
            }
            Ok(Next::Incomplete { scanned }) => {
                c.scanned = scanned;
                let failed = matches!(&c.end_note, Some(Ending::Failed(e)) if *e != NetError::PeerClosed);
                if c.eof && failed {
                    // A connection lost in the middle: what came of the last message is dropped.
                    c.rpos = c.rbuf.len();
                    c.scanned = 0;
                    ReadOutcome::Closed
                } else if c.eof {
                    match c.framing.rest_at_end(unread) {
                        Ok(Some(n)) => {
                            let bytes = unread[..n].to_vec();
                            c.rpos += n;
                            c.scanned = 0;
                            ReadOutcome::Message(Message::Binary(bytes))
                        }
                        Ok(None) => ReadOutcome::Closed,
                        Err(e) => {
                            c.rpos = c.rbuf.len();
                            c.scanned = 0;
                            c.end_note = Some(Ending::Failed(e.clone()));
                            return Err(e);
                        }
                    }
                } else if c.end_note.is_some() || matches!(c.phase, StreamPhase::Done) {
                    ReadOutcome::Closed
                } else {
                    c.want_more = true;
                    ReadOutcome::Empty
                }
            }
            Err(e) => {
                // The stream cannot be cut into messages any more: drop what is left.
                c.rpos = c.rbuf.len();
                c.scanned = 0;
                c.end_note = Some(Ending::Failed(e.clone()));
                self.finish_stream(id);
                return Err(e);
            }
        };
        let Some(c) = self.streams.get_mut(&id) else {
            return Ok(outcome);
        };
        if c.rpos == c.rbuf.len() {
            c.rbuf.clear();
            c.rpos = 0;
        } else if c.rpos > (64 << 10) && c.rpos > c.rbuf.len() / 2 {
            c.rbuf.drain(..c.rpos);
            c.rpos = 0;
        }
        if c.paused && c.may_read(limit) {
            c.paused = false;
            self.schedule(id);
        }
        Ok(outcome)
    }

    /// The peer of a TCP connection (`SocketClientInfo`), or the sender of the last datagram
    /// read on a UDP socket.
    pub fn peer_address(&self, name: &str) -> Result<Option<SocketAddr>, NetError> {
        let id = self.id_of(name)?;
        if let Some(c) = self.streams.get(&id) {
            return Ok(c.peer);
        }
        if let Some(u) = self.udps.get(&id) {
            return Ok(u.last_sender);
        }
        if let Some(l) = self.listeners.get(&id) {
            return Ok(Some(l.local));
        }
        Ok(None)
    }

    // ---- phases ----------------------------------------------------------------------------

    /// Tries the addresses in order until a TCP connect starts.
    pub(super) fn stream_connect_addrs(&mut self, id: usize, addrs: Vec<SocketAddr>) {
        let local = match self.streams.get(&id).map(|c| &c.role) {
            Some(Role::Client { req, .. }) => req.local,
            _ => None,
        };
        let mut rest = addrs;
        let mut last: Option<io::Error> = None;
        while !rest.is_empty() {
            let addr = rest.remove(0);
            match tcp_connect(addr, local) {
                Ok(mut tcp) => {
                    match self.poll.registry().register(&mut tcp, Token(id), Interest::READABLE | Interest::WRITABLE) {
                        Ok(()) => {
                            if let Some(c) = self.streams.get_mut(&id) {
                                c.peer = Some(addr);
                                c.phase = StreamPhase::Connecting { tcp, rest };
                            }
                            return;
                        }
                        Err(e) => last = Some(e),
                    }
                }
                Err(e) => last = Some(e),
            }
        }
        let Some(c) = self.streams.get(&id) else {
            return;
        };
        let err = connect_error(c.target(), last);
        self.stream_fail(id, err);
    }

    /// A DNS answer for a stream connection.
    pub(super) fn stream_dns_answer(&mut self, id: usize, answer: super::dns::Answer) {
        let Some(c) = self.streams.get(&id) else {
            return;
        };
        if !matches!(c.phase, StreamPhase::Resolving) {
            return;
        }
        let host = match &c.role {
            Role::Client { dial: Some((h, _)), .. } => h.clone(),
            Role::Client { req, .. } => req.host.clone(),
            Role::Accepted => String::new(),
        };
        match answer {
            Ok(addrs) if !addrs.is_empty() => self.stream_connect_addrs(id, addrs),
            Ok(_) => self.stream_fail(id, NetError::Resolve { host, detail: None }),
            Err(why) => self.stream_fail(id, NetError::Resolve { host, detail: Some(why) }),
        }
    }

    /// One slice of work on a stream connection: as far as it goes without blocking.
    pub(super) fn drive_stream(&mut self, id: usize) {
        let Some(c) = self.streams.get_mut(&id) else {
            return;
        };
        c.scheduled = false;
        loop {
            let Some(c) = self.streams.get_mut(&id) else {
                return;
            };
            match std::mem::replace(&mut c.phase, StreamPhase::Done) {
                phase @ (StreamPhase::Resolving | StreamPhase::Done) => {
                    c.phase = phase;
                    return;
                }
                StreamPhase::Connecting { tcp, rest } => {
                    if !self.stream_connected(id, tcp, rest) {
                        return;
                    }
                }
                StreamPhase::TlsConnecting(mid) => {
                    let r = mid.handshake();
                    if !self.after_stream_tls(id, r, false) {
                        return;
                    }
                }
                StreamPhase::TlsAccepting(mid) => {
                    let r = mid.handshake();
                    if !self.after_stream_tls(id, r, true) {
                        return;
                    }
                }
                StreamPhase::Open(io) => {
                    c.phase = StreamPhase::Open(io);
                    self.flush_stream(id);
                    self.pump_stream(id);
                    return;
                }
            }
        }
    }

    /// TCP connect progress. True when the connection moved on and driving should go on.
    fn stream_connected(&mut self, id: usize, mut tcp: TcpStream, rest: Vec<SocketAddr>) -> bool {
        let failed = match tcp.take_error() {
            Ok(Some(e)) | Err(e) => Some(e),
            Ok(None) => match tcp.peer_addr() {
                Ok(_) => None,
                Err(e) if e.kind() == io::ErrorKind::NotConnected => {
                    if let Some(c) = self.streams.get_mut(&id) {
                        c.phase = StreamPhase::Connecting { tcp, rest };
                    }
                    return false;
                }
                Err(e) => Some(e),
            },
        };
        if let Some(e) = failed {
            let _ = self.poll.registry().deregister(&mut tcp);
            drop(tcp);
            if rest.is_empty() {
                if let Some(c) = self.streams.get(&id) {
                    let err = connect_error(c.target(), Some(e));
                    self.stream_fail(id, err);
                }
            } else {
                self.stream_connect_addrs(id, rest);
            }
            return false;
        }
        let _ = tcp.set_nodelay(true);
        let Some(c) = self.streams.get_mut(&id) else {
            return false;
        };
        let Role::Client { req, .. } = &c.role else {
            c.phase = StreamPhase::Open(Io::Plain(tcp));
            return true;
        };
        match &req.tls {
            Some(opts) => {
                let connector =
                    match conn::tls_connector(opts, &self.roots, self.config.insecure, false, req.identity.as_ref()) {
                        Ok(t) => t,
                        Err(e) => {
                            self.stream_fail(id, e);
                            return false;
                        }
                    };
                let domain = bare_host(&req.host).to_string();
                let r = connector.connect(&domain, tcp);
                self.after_stream_tls(id, r, false)
            }
            None => {
                c.phase = StreamPhase::Open(Io::Plain(tcp));
                true
            }
        }
    }

    fn after_stream_tls(
        &mut self,
        id: usize,
        r: Result<native_tls::TlsStream<TcpStream>, native_tls::HandshakeError<TcpStream>>,
        server: bool,
    ) -> bool {
        let Some(c) = self.streams.get_mut(&id) else {
            return false;
        };
        match r {
            Ok(tls) => {
                c.phase = StreamPhase::Open(Io::Tls(Box::new(tls)));
                true
            }
            Err(native_tls::HandshakeError::WouldBlock(mid)) => {
                c.phase = if server { StreamPhase::TlsAccepting(mid) } else { StreamPhase::TlsConnecting(mid) };
                false
            }
            Err(native_tls::HandshakeError::Failure(e)) => {
                let err = NetError::TlsHandshake { target: c.target(), detail: openssl_reason(&e.to_string()) };
                self.stream_fail(id, err);
                false
            }
        }
    }

    /// Sends what the socket takes of the bytes waiting.
    pub(super) fn flush_stream(&mut self, id: usize) {
        let Some(c) = self.streams.get_mut(&id) else {
            return;
        };
        let StreamPhase::Open(io) = &mut c.phase else {
            return;
        };
        while c.wpos < c.wbuf.len() {
            match io.write(&c.wbuf[c.wpos..]) {
                Ok(0) => break,
                Ok(n) => c.wpos += n,
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    let cause = IoCause::of_peer(&e);
                    self.stream_broken(id, NetError::Lost { cause });
                    return;
                }
            }
        }
        if c.wpos == c.wbuf.len() {
            c.wbuf.clear();
            c.wpos = 0;
            if c.name.is_none() {
                // Closed by the script and everything is sent.
                self.remove_stream(id);
            }
        } else if c.wpos > (1 << 20) {
            c.wbuf.drain(..c.wpos);
            c.wpos = 0;
        }
    }

    /// Reads one slice of input into the buffer.
    fn pump_stream(&mut self, id: usize) {
        let limit = self.config.max_message_size;
        let Runtime { streams, scratch, .. } = self;
        let Some(c) = streams.get_mut(&id) else {
            return;
        };
        if c.name.is_none() {
            return;
        }
        let until = Instant::now() + SLICE_TIME;
        let mut budget = SLICE_BYTES;
        let mut first = true;
        let mut broken = None;
        let mut reschedule = false;
        loop {
            if c.eof || c.end_note.is_some() {
                break;
            }
            if !c.may_read(limit) {
                c.paused = true;
                break;
            }
            if budget == 0 || (!first && Instant::now() >= until) {
                reschedule = true;
                break;
            }
            first = false;
            let StreamPhase::Open(io) = &mut c.phase else {
                break;
            };
            let n = scratch.len().min(budget);
            match io.read(&mut scratch[..n]) {
                Ok(0) => {
                    // The peer finished sending; writing stays possible (a half-closed
                    // connection) until the script closes.
                    c.eof = true;
                    if c.end_note.is_none() {
                        c.end_note = Some(Ending::Failed(NetError::PeerClosed));
                    }
                }
                Ok(k) => {
                    budget -= k;
                    c.rbuf.extend_from_slice(&scratch[..k]);
                    // A short read on a plain TCP socket took everything the system held: the
                    // next arrival raises a new readiness event, so no read for WouldBlock (one
                    // system call less per message). Not when the peer's end (which raises no
                    // new event) came with the data, nor on TLS, which may hold more records.
                    if k < n && matches!(io, Io::Plain(_)) && !c.peer_closing {
                        break;
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    broken = Some(NetError::Lost { cause: IoCause::of_peer(&e) });
                    break;
                }
            }
        }
        if let Some(e) = broken {
            self.stream_broken(id, e);
        } else if reschedule {
            self.schedule(id);
        }
    }

    /// An open connection failed: it ends with this reason (what was received stays readable).
    fn stream_broken(&mut self, id: usize, err: NetError) {
        if let Some(c) = self.streams.get_mut(&id) {
            c.eof = true;
            if c.end_note.is_none() {
                c.end_note = Some(Ending::Failed(err));
            }
        }
        self.finish_stream(id);
    }

    /// Establishing failed: a connect gets the error; an accepted channel ends with it.
    pub(super) fn stream_fail(&mut self, id: usize, err: NetError) {
        let Some(c) = self.streams.get_mut(&id) else {
            return;
        };
        if let Some(tcp) = c.phase.tcp_mut() {
            let _ = self.poll.registry().deregister(tcp);
        }
        c.phase = StreamPhase::Done;
        match c.role {
            Role::Client { .. } => c.failure = Some(err),
            Role::Accepted => {
                c.eof = true;
                c.end_note = Some(Ending::Failed(err));
                if c.name.is_none() {
                    self.streams.remove(&id);
                }
            }
        }
    }

    /// Releases the transport; forgets the connection once the script closed it.
    pub(super) fn finish_stream(&mut self, id: usize) {
        let Some(c) = self.streams.get_mut(&id) else {
            return;
        };
        if let Some(tcp) = c.phase.tcp_mut() {
            let _ = self.poll.registry().deregister(tcp);
        }
        c.phase = StreamPhase::Done;
        c.wbuf = Vec::new();
        c.wpos = 0;
        if c.end_note.is_none() {
            c.end_note = Some(Ending::Failed(NetError::PeerClosed));
        }
        if c.name.is_none() {
            self.streams.remove(&id);
        }
    }

    pub(super) fn remove_stream(&mut self, id: usize) {
        if let Some(mut c) = self.streams.remove(&id)
            && let Some(tcp) = c.phase.tcp_mut()
        {
            let _ = self.poll.registry().deregister(tcp);
        }
    }

    /// `SocketFerme` on a TCP connection: frees the name at once; bytes still waiting are sent
    /// in the background (at most [`CLOSE_GRACE`]), then the connection is shut down.
    pub(super) fn close_stream(&mut self, id: usize) {
        let Some(c) = self.streams.get_mut(&id) else {
            return;
        };
        c.name = None;
        c.rbuf = Vec::new();
        c.rpos = 0;
        if matches!(c.phase, StreamPhase::Open(_)) && c.backlog() > 0 {
            c.closing_deadline = Some(Instant::now() + CLOSE_GRACE);
            self.flush_stream(id);
            return;
        }
        if let StreamPhase::Open(Io::Tls(tls)) = &mut c.phase {
            // Best effort: a close_notify if the socket takes it now.
            let _ = tls.shutdown();
        }
        self.remove_stream(id);
    }

    /// Connect and handshake deadlines, and closings that take too long.
    pub(super) fn expire_streams(&mut self, now: Instant) {
        let mut timed_out = Vec::new();
        let mut overdue = Vec::new();
        for (&id, c) in &self.streams {
            if c.phase.is_establishing() && !matches!(c.phase, StreamPhase::Done) && now >= c.deadline {
                timed_out.push(id);
            } else if c.closing_deadline.is_some_and(|d| now >= d) {
                overdue.push(id);
            }
        }
        for id in timed_out {
            let Some(c) = self.streams.get(&id) else {
                continue;
            };
            let ms = match &c.role {
                Role::Client { req, .. } => req.timeout.unwrap_or(self.config.default_connect_timeout).as_millis(),
                Role::Accepted => self.config.default_connect_timeout.as_millis(),
            };
            let err = match c.role {
                Role::Client { .. } => NetError::ConnectTimeout { target: c.target(), ms: Some(ms) },
                Role::Accepted => NetError::TlsHandshake {
                    target: c.target(),
                    detail: format!("the client did not finish within {ms} ms"),
                },
            };
            self.stream_fail(id, err);
        }
        for id in overdue {
            self.remove_stream(id);
        }
    }

    /// The earliest deadline among stream connections.
    pub(super) fn stream_deadlines(&self) -> Option<Instant> {
        self.streams
            .values()
            .filter_map(|c| {
                if c.phase.is_establishing() && !matches!(c.phase, StreamPhase::Done) {
                    Some(c.deadline)
                } else {
                    c.closing_deadline
                }
            })
            .min()
    }

    /// A channel accepted on a listening socket: registered under `name`, open at once (plain)
    /// or after the server side of the TLS handshake.
    pub(super) fn add_accepted(
        &mut self,
        name: &str,
        mut tcp: TcpStream,
        peer: SocketAddr,
        tls: Option<&native_tls::TlsAcceptor>,
        framing: Framing,
    ) -> Result<(), NetError> {
        let id = self.new_id();
        self.poll
            .registry()
            .register(&mut tcp, Token(id), Interest::READABLE | Interest::WRITABLE)
            .map_err(|e| NetError::poller(&e))?;
        let _ = tcp.set_nodelay(true);
        let deadline = Instant::now() + self.config.default_connect_timeout;
        let mut c = StreamConn::new(name, Role::Accepted, StreamPhase::Done, deadline);
        c.peer = Some(peer);
        c.framing = framing;
        self.streams.insert(id, c);
        self.names.insert(name.to_string(), id);
        match tls {
            None => {
                if let Some(c) = self.streams.get_mut(&id) {
                    c.phase = StreamPhase::Open(Io::Plain(tcp));
                }
            }
            Some(acceptor) => {
                let r = acceptor.accept(tcp);
                self.after_stream_tls(id, r, true);
            }
        }
        // Bytes may already be waiting (the client wrote before we accepted): no edge will come.
        self.schedule(id);
        Ok(())
    }
}

/// The error of a failed TCP connect.
fn connect_error(target: String, e: Option<io::Error>) -> NetError {
    match e {
        Some(e) if e.kind() == io::ErrorKind::ConnectionRefused => NetError::Refused { target },
        Some(e) if e.kind() == io::ErrorKind::TimedOut => NetError::ConnectTimeout { target, ms: None },
        Some(e) if e.kind() == io::ErrorKind::AddrNotAvailable => {
            NetError::Connect { target, cause: Some(IoCause::of(&e)) }
        }
        Some(e) => NetError::Connect { target, cause: Some(IoCause::of(&e)) },
        None => NetError::Connect { target, cause: None },
    }
}
