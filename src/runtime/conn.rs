//! One client connection of the socket runtime: its transport (plain TCP or native-tls over a
//! non-blocking mio socket), the phases it goes through, and the translation of tungstenite and
//! native-tls failures into [`NetError`]s. Stage: runtime. This file does no waiting and owns no
//! loop: `reactor.rs` decides when a phase is resumed. It must not know the interpreter.

use std::collections::VecDeque;
use std::io::{self, Read, Write};
use std::net::{IpAddr, SocketAddr};
use std::time::{Duration, Instant};

use mio::net::TcpStream;
use tungstenite::ClientHandshake;
use tungstenite::WebSocket;
use tungstenite::handshake::MidHandshake;
use tungstenite::protocol::WebSocketConfig;

use super::error::lower_first;
use super::{
    ConnectRequest, Ending, HandshakeCause, IoCause, Message, NetError, ProtocolCause, TlsOptions, TlsVersion,
};

/// The byte stream under the WebSocket: we do TLS ourselves because tungstenite's own TLS
/// client panics on non-blocking sockets.
///
/// Reads are metered: each loop turn grants a connection a slice ([`Stream::refill`]): a budget
/// of bytes and of time. Once either is spent, reads report `WouldBlock` and [`Stream::starved`]
/// says so, so that the loop can look at deadlines, Ctrl-C and the other sockets, then come back
/// without waiting for a readiness edge (there may be none: the bytes are already in the kernel
/// or OpenSSL). This is the only way to bound the work of one `tungstenite::WebSocket::read`
/// call, which otherwise consumes continuation frames for as long as the peer sends them.
///
/// Reads are also cut at message boundaries: the stream hands tungstenite the HTTP answer of the
/// handshake up to its blank line, then one frame at a time (it reads each frame's header as
/// the bytes pass), so tungstenite never holds bytes of a frame it was not given. That lets a
/// connection whose received message waits for the script go on answering pings: with
/// [`Stream::control_only`] set, the stream hands over pings and pongs and stops at any other
/// frame (reporting `WouldBlock`, see [`Stream::held`]): a data frame, a close frame, a frame with
/// a reserved opcode stay unread, in order, until the script takes its message.
///
/// The time is looked at between reads and every [`FRAMES_PER_CHECK`] frames; one read takes at
/// most [`FILL_MAX`] bytes from the transport, into a buffer kept for the connection's life (no
/// zero-filling per read). The buffer starts small and doubles whenever a read fills it: a
/// connection of small messages keeps 4 KiB, one of 64 KiB messages reads each in one system call.
///
/// On plain TCP, a read that returns less than it asked for took everything the system held:
/// the next arrival raises a new readiness edge, so the stream reports `WouldBlock` without a
/// system call until the loop sees that edge ([`Stream::readiness`]): one `read` per message
/// instead of two, and none after each write. Not on TLS (OpenSSL may hold whole records), nor
/// once the peer's end came with the data (no edge follows it).
pub(crate) struct Stream {
    io: Transport,
    budget: usize,
    starved: bool,
    /// The current slice's end.
    until: Option<Instant>,
    /// A read was made in this slice: the time limit only applies after one, so that every
    /// slice makes progress however slow the machine.
    has_read: bool,
    /// Bytes read from the transport and not handed over yet: `pending[pos..end]` (the rest of
    /// `pending` is room for the next read, initialised once).
    pending: Vec<u8>,
    pos: usize,
    end: usize,
    /// The last read on plain TCP was short and no readiness edge came since: nothing to read.
    drained: bool,
    /// A readiness event said the peer finished or failed: read until the end.
    peer_closing: bool,
    /// Frame headers passed in the current slice.
    frames: usize,
    /// How much the next read may take (from [`FILL_MIN`] to [`FILL_MAX`]).
    window: usize,
    /// The socket is registered for writability too (see [`Stream::watch_writes`]).
    watching_writes: bool,
    gate: Gate,
    /// Hand over control frames only (the connection's queue of messages is full).
    control_only: bool,
    /// The last read stopped before a data frame because of `control_only`.
    held: bool,
}

/// Where the stream stands in what the peer sends.
enum Gate {
    /// In the handshake's HTTP answer: how many bytes of its final CR LF CR LF were seen.
    Headers(usize),
    /// In the frames: the bytes of the current frame (header included) not handed over yet.
    Frames(u64),
}

enum Transport {
    Plain(TcpStream),
    Tls(Box<native_tls::TlsStream<TcpStream>>),
}

/// tungstenite's read buffer size: each of its reads from the [`Stream`] zero-fills that much
/// ahead, so it stays small (the stream hands over bytes already read, a copy).
pub(crate) const READ_CHUNK: usize = 2 << 10;

/// The first and the largest single read from the transport (see [`Stream`]).
const FILL_MIN: usize = 4 << 10;
const FILL_MAX: usize = 128 << 10;

/// How often (in frames) the slice's time is looked at within the bytes of one read.
const FRAMES_PER_CHECK: usize = 64;

/// A frame header's first bytes: its opcode and its total size (header and payload), once
/// enough of it is there.
fn frame_head(bytes: &[u8]) -> Option<(u8, u64)> {
    let (&b0, &b1) = (bytes.first()?, bytes.get(1)?);
    let masked = b1 & 0x80 != 0;
    let len7 = u64::from(b1 & 0x7f);
    let ext = match len7 {
        126 => 2,
        127 => 8,
        _ => 0,
    };
    let payload = match ext {
        0 => len7,
        _ => {
            let raw = bytes.get(2..2 + ext)?;
            raw.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b))
        }
    };
    let header = 2 + ext as u64 + if masked { 4 } else { 0 };
    Some((b0 & 0x0f, header.saturating_add(payload)))
}

impl Stream {
    fn new(io: Transport, budget: usize) -> Stream {
        Stream {
            io,
            budget,
            starved: false,
            until: None,
            has_read: false,
            pending: Vec::new(),
            pos: 0,
            end: 0,
            drained: false,
            peer_closing: false,
            watching_writes: true,
            window: FILL_MIN,
            frames: 0,
            gate: Gate::Headers(0),
            control_only: false,
            held: false,
        }
    }

    pub(crate) fn plain(tcp: TcpStream, budget: usize) -> Stream {
        Stream::new(Transport::Plain(tcp), budget)
    }

    pub(crate) fn tls(tls: native_tls::TlsStream<TcpStream>, budget: usize) -> Stream {
        Stream::new(Transport::Tls(Box::new(tls)), budget)
    }

    pub(crate) fn tcp_mut(&mut self) -> &mut TcpStream {
        match &mut self.io {
            Transport::Plain(tcp) => tcp,
            Transport::Tls(tls) => tls.get_mut(),
        }
    }

    /// Starts a slice: `budget` bytes of reading, for at most `time`.
    pub(crate) fn refill(&mut self, budget: usize, time: Duration) {
        self.budget = budget;
        self.starved = false;
        self.has_read = false;
        self.frames = 0;
        self.until = Some(Instant::now() + time);
    }

    /// True when a read was refused because the slice was spent (input may be waiting).
    pub(crate) fn starved(&self) -> bool {
        self.starved
    }

    /// True once the current slice's time is up.
    pub(crate) fn slice_over(&self) -> bool {
        self.until.is_some_and(|t| Instant::now() >= t)
    }

    /// Hand over control frames only, or everything again.
    pub(crate) fn control_only(&mut self, on: bool) {
        self.control_only = on;
        if !on {
            self.held = false;
        }
    }

    /// True when the last read stopped before a data frame that `control_only` holds back.
    #[cfg(test)]
    pub(crate) fn held(&self) -> bool {
        self.held
    }

    /// Reads more from the transport into `pending`, within the slice.
    fn fill(&mut self) -> io::Result<usize> {
        // Nothing to read (not a spent slice: no need to come back before the next edge).
        if self.drained {
            return Err(io::ErrorKind::WouldBlock.into());
        }
        if self.budget == 0 {
            self.starved = true;
            return Err(io::ErrorKind::WouldBlock.into());
        }
        if self.has_read && self.until.is_some_and(|t| Instant::now() >= t) {
            self.starved = true;
            return Err(io::ErrorKind::WouldBlock.into());
        }
        self.has_read = true;
        if self.pos > 0 {
            self.pending.copy_within(self.pos..self.end, 0);
            self.end -= self.pos;
            self.pos = 0;
        }
        let n = self.budget.min(self.window);
        if self.pending.len() < self.end + n {
            self.pending.resize(self.end + n, 0);
        }
        let into = &mut self.pending[self.end..self.end + n];
        let r = match &mut self.io {
            Transport::Plain(tcp) => tcp.read(into),
            Transport::Tls(tls) => tls.read(into),
        };
        if let Ok(k) = r {
            self.end += k;
            self.budget -= k;
            self.drained = 0 < k && k < n && matches!(self.io, Transport::Plain(_)) && !self.peer_closing;
            if k == self.window {
                self.window = (self.window * 2).min(FILL_MAX);
            }
        }
        r
    }

    /// Whether the socket should now be watched for writability (a flush is waiting), when that
    /// changes: `Some(watch)`. Only on plain TCP, where writing never waits for reading; TLS keeps
    /// both interests (OpenSSL may need either for either). Unchanged interests cost no
    /// `epoll_ctl`, and an open connection with nothing to send is not woken up by every
    /// acknowledgement of what it sent (one loop turn less per message).
    pub(crate) fn watch_writes(&mut self, waiting: bool) -> Option<bool> {
        if !matches!(self.io, Transport::Plain(_)) || self.watching_writes == waiting {
            return None;
        }
        self.watching_writes = waiting;
        Some(waiting)
    }

    /// The loop saw a readiness event for this connection (`closing`: the peer finished or
    /// failed): reading may find bytes again.
    pub(crate) fn readiness(&mut self, closing: bool) {
        self.drained = false;
        self.peer_closing |= closing;
    }
}

impl Read for Stream {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            let available = &self.pending[self.pos..self.end];
            // How many of the available bytes may be handed over now.
            let allowed = match self.gate {
                Gate::Headers(seen) => {
                    let mut seen = seen;
                    let mut end = None;
                    for (i, &b) in available.iter().enumerate() {
                        let expected = b"\r\n\r\n"[seen];
                        seen = if b == expected {
                            seen + 1
                        } else if b == b'\r' {
                            1
                        } else {
                            0
                        };
                        if seen == 4 {
                            end = Some(i + 1);
                            break;
                        }
                    }
                    match end {
                        Some(n) => n as u64,
                        None => available.len() as u64,
                    }
                }
                Gate::Frames(0) => match frame_head(available) {
                    Some((opcode, size)) => {
                        // Only pings and pongs pass: a close frame, and any frame with a reserved
                        // opcode (which fails the connection), wait behind the message too.
                        if self.control_only && !matches!(opcode, 9 | 10) {
                            self.held = true;
                            return Err(io::ErrorKind::WouldBlock.into());
                        }
                        self.held = false;
                        // A read holds many small frames: the slice's time is looked at every
                        // `FRAMES_PER_CHECK` frames too (at least one frame each slice).
                        self.frames += 1;
                        if self.frames.is_multiple_of(FRAMES_PER_CHECK)
                            && self.until.is_some_and(|t| Instant::now() >= t)
                        {
                            self.starved = true;
                            return Err(io::ErrorKind::WouldBlock.into());
                        }
                        self.gate = Gate::Frames(size);
                        continue;
                    }
                    None => 0,
                },
                Gate::Frames(left) => left,
            };
            if allowed == 0 || available.is_empty() {
                match self.fill() {
                    Ok(0) => return Ok(0),
                    Ok(_) => continue,
                    Err(e) => return Err(e),
                }
            }
            let n = (buf.len() as u64).min(allowed).min(available.len() as u64) as usize;
            buf[..n].copy_from_slice(&available[..n]);
            self.pos += n;
            self.gate = match self.gate {
                Gate::Headers(seen) => {
                    // Recount what was handed over, to know whether the blank line ended.
                    let mut seen = seen;
                    for &b in &buf[..n] {
                        let expected = b"\r\n\r\n"[seen];
                        seen = if b == expected {
                            seen + 1
                        } else if b == b'\r' {
                            1
                        } else {
                            0
                        };
                        if seen == 4 {
                            break;
                        }
                    }
                    if seen == 4 { Gate::Frames(0) } else { Gate::Headers(seen) }
                }
                Gate::Frames(left) => Gate::Frames(left - n as u64),
            };
            return Ok(n);
        }
    }
}

impl Write for Stream {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.io {
            Transport::Plain(tcp) => tcp.write(buf),
            Transport::Tls(tls) => tls.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.io {
            Transport::Plain(tcp) => tcp.flush(),
            Transport::Tls(tls) => tls.flush(),
        }
    }
}

/// Where a connection is in its life. Each variant owns exactly the transport it needs, so a
/// phase change moves the socket along and the old state cannot be used by mistake.
pub(crate) enum Phase {
    /// Waiting for the DNS thread to answer.
    Resolving,
    /// Non-blocking TCP connect in progress to `addr`; `rest` are the addresses left to try.
    Connecting {
        tcp: TcpStream,
        addr: SocketAddr,
        rest: Vec<SocketAddr>,
    },
    TlsHandshaking(native_tls::MidHandshakeTlsStream<TcpStream>),
    WsHandshaking(Box<MidHandshake<ClientHandshake<Stream>>>),
    Open(Box<WebSocket<Stream>>),
    /// A close frame was sent or received: keep reading and flushing until tungstenite says
    /// `ConnectionClosed`, bounded by `Conn::closing_deadline`.
    Closing(Box<WebSocket<Stream>>),
    /// Transport released; the name may still exist (a sync socket whose peer left).
    Done,
}

impl Phase {
    pub(crate) fn tcp_mut(&mut self) -> Option<&mut TcpStream> {
        match self {
            Phase::Resolving | Phase::Done => None,
            Phase::Connecting { tcp, .. } => Some(tcp),
            Phase::TlsHandshaking(mid) => Some(mid.get_mut()),
            Phase::WsHandshaking(mid) => Some(mid.get_mut().get_mut().tcp_mut()),
            Phase::Open(ws) | Phase::Closing(ws) => Some(ws.get_mut().tcp_mut()),
        }
    }

    /// The metered stream, once there is one (see [`Stream`]).
    pub(crate) fn stream_mut(&mut self) -> Option<&mut Stream> {
        match self {
            Phase::WsHandshaking(mid) => Some(mid.get_mut().get_mut()),
            Phase::Open(ws) | Phase::Closing(ws) => Some(ws.get_mut()),
            _ => None,
        }
    }

    pub(crate) fn is_establishing(&self) -> bool {
        matches!(self, Phase::Resolving | Phase::Connecting { .. } | Phase::TlsHandshaking(_) | Phase::WsHandshaking(_))
    }
}

/// One connection and everything the runtime keeps about it.
pub(crate) struct Conn {
    /// The script's name for it; `None` once `close()` detached it (closing in the background).
    pub name: Option<String>,
    pub asynchronous: bool,
    pub req: ConnectRequest,
    /// Host actually dialled and its port (after `connect_to` / `route_all`), for messages.
    pub dial: Option<(String, u16)>,
    pub phase: Phase,
    /// End of the establishment (connect timeout).
    pub deadline: Instant,
    /// End of the closing handshake once one started.
    pub closing_deadline: Option<Instant>,
    /// Received messages of a synchronous socket, read by `try_read`.
    pub inbox: VecDeque<Message>,
    /// Received messages not yet taken by the script: the inbox of a synchronous socket, the
    /// undispatched `Event::Message`s of an asynchronous one. Bounds the read-ahead.
    pub queued: usize,
    /// Total payload bytes of those `queued` messages.
    pub queued_bytes: usize,
    /// Whether the loop reads incoming frames (see the read-ahead bound in `reactor.rs`).
    pub reading: Reading,
    /// In `Runtime::resume`: drive at the next loop turn without waiting for readiness (its
    /// read-ahead has room again, or its last slice ended on the budget with input waiting).
    pub scheduled: bool,
    /// Bytes of pongs tungstenite queued since the last complete flush (see `PONG_BACKLOG`).
    pub pongs_waiting: usize,
    /// The script is blocked in a write on this socket (backlog above the high-water mark): the
    /// read-ahead bound is relaxed so that a peer which echoes cannot deadlock with it.
    pub write_blocked: bool,
    /// Set once the peer closed or the connection failed: `Closed`/`Error` was reported.
    pub ended: bool,
    /// Why a synchronous connect failed (picked up by `connect_sync`).
    pub failure: Option<NetError>,
    /// Why an established connection ended (close reason or failure), for `end_reason`.
    pub end_note: Option<Ending>,
    /// Frame bytes handed to tungstenite since its last complete flush (bounds the write
    /// backlog; see [`frame_len`]).
    pub pending_bytes: usize,
    /// Established at least once (Opened was reported).
    pub opened: bool,
}

/// Whether the loop reads a connection's incoming frames. An edge-triggered poller repeats no
/// readiness for bytes already inside the kernel, OpenSSL or tungstenite, so a connection whose
/// reading stopped is scheduled (`Conn::scheduled`) once its queue has room.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reading {
    /// Read (one slice per loop turn) whenever the connection is driven.
    On,
    /// Stopped because the queue of received messages is full; frames may be waiting.
    Paused,
}

impl Conn {
    /// "host:port" as the script asked it, with " (dialled a:b)" when the dial target differs.
    pub(crate) fn target(&self) -> String {
        let asked = host_port(&self.req.host, self.req.port);
        match &self.dial {
            Some((h, p)) if !(h.eq_ignore_ascii_case(&self.req.host) && *p == self.req.port) => {
                format!("{asked} (dialled {})", host_port(h, *p))
            }
            _ => asked,
        }
    }
}

/// "host:port", bracketing IPv6 literals.
pub(crate) fn host_port(host: &str, port: u16) -> String {
    let bare = bare_host(host);
    if bare.contains(':') { format!("[{bare}]:{port}") } else { format!("{bare}:{port}") }
}

/// The host without IPv6 brackets.
pub(crate) fn bare_host(host: &str) -> &str {
    host.strip_prefix('[').and_then(|h| h.strip_suffix(']')).unwrap_or(host)
}

/// The host as an IP literal, if it is one.
pub(crate) fn ip_literal(host: &str) -> Option<IpAddr> {
    bare_host(host).parse().ok()
}

/// "" -> "/", "x" -> "/x"; bytes not allowed in a request target are percent-encoded so that a
/// path with spaces or accents still makes a valid request line.
pub(crate) fn normalise_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len() + 1);
    if !path.starts_with('/') {
        out.push('/');
    }
    for b in path.bytes() {
        let keep = b.is_ascii_graphic() && !matches!(b, b'"' | b'<' | b'>' | b'\\' | b'^' | b'`' | b'{' | b'|' | b'}');
        if keep {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The HTTP upgrade request tungstenite sends: the Host header carries the script's host (and
/// its port unless it is the scheme's default), whatever address is actually dialled.
pub(crate) fn build_request(req: &ConnectRequest) -> Result<tungstenite::handshake::client::Request, NetError> {
    use tungstenite::client::IntoClientRequest;
    let scheme = if req.tls.is_some() { "wss" } else { "ws" };
    let default_port = if req.tls.is_some() { 443 } else { 80 };
    let authority = if req.port == default_port {
        let bare = bare_host(&req.host);
        if bare.contains(':') { format!("[{bare}]") } else { bare.to_string() }
    } else {
        host_port(&req.host, req.port)
    };
    let uri = format!("{scheme}://{authority}{}", normalise_path(&req.path));
    let mut request = uri
        .as_str()
        .into_client_request()
        .map_err(|e| NetError::InvalidAddress { uri: uri.clone(), detail: lower_first(&e.to_string()) })?;
    if !req.protocols.is_empty() {
        let joined = req.protocols.join(", ");
        let value = joined.parse().map_err(|_| NetError::InvalidProtocols { list: joined.clone() })?;
        request.headers_mut().insert("Sec-WebSocket-Protocol", value);
    }
    Ok(request)
}

/// tungstenite's settings for one connection. A single frame may be as large as a whole message
/// (servers are free not to fragment). The write buffer is bounded by `max_write_buffer`: what
/// the script may queue (see `WRITE_HIGH_WATER`) plus the pongs a peer may make us owe before it
/// is cut off (see `PONG_BACKLOG`); tungstenite's default is unbounded.
pub(crate) fn ws_config(max_message_size: usize, max_write_buffer: usize) -> WebSocketConfig {
    let config = WebSocketConfig::default();
    let max_write_buffer = max_write_buffer.max(config.write_buffer_size + 1);
    config
        .read_buffer_size(READ_CHUNK)
        .max_message_size(Some(max_message_size))
        .max_frame_size(Some(max_message_size))
        .max_write_buffer_size(max_write_buffer)
}

/// Bytes a client frame with `payload` bytes takes on the wire: the header (2 to 10 bytes)
/// and the 4-byte mask.
pub(crate) fn frame_len(payload: usize) -> usize {
    let header = match payload {
        0..=125 => 2,
        126..=65_535 => 4,
        _ => 10,
    };
    payload.saturating_add(header + 4)
}

pub(crate) fn protocol_of(v: TlsVersion) -> native_tls::Protocol {
    match v {
        TlsVersion::Tls10 => native_tls::Protocol::Tlsv10,
        TlsVersion::Tls11 => native_tls::Protocol::Tlsv11,
        TlsVersion::Tls12 => native_tls::Protocol::Tlsv12,
        TlsVersion::Tls13 => native_tls::Protocol::Tlsv13,
    }
}

/// Rejects an empty version range.
pub(crate) fn check_tls_options(opts: &TlsOptions) -> Result<(), NetError> {
    if opts.min > opts.max {
        return Err(NetError::TlsRange { min: opts.min, max: opts.max });
    }
    Ok(())
}

/// Builds the TLS connector of one wss:// or TLS connection.
/// `pinned`: only `roots` are trusted and the host name is not checked (the `route_all` case).
/// `identity`: a client certificate to present.
pub(crate) fn tls_connector(
    opts: &TlsOptions,
    roots: &[native_tls::Certificate],
    insecure: bool,
    pinned: bool,
    identity: Option<&native_tls::Identity>,
) -> Result<native_tls::TlsConnector, NetError> {
    check_tls_options(opts)?;
    let mut b = native_tls::TlsConnector::builder();
    if let Some(identity) = identity {
        b.identity(identity.clone());
    }
    b.min_protocol_version(Some(protocol_of(opts.min)));
    b.max_protocol_version(Some(protocol_of(opts.max)));
    for root in roots {
        b.add_root_certificate(root.clone());
    }
    if insecure {
        b.danger_accept_invalid_certs(true);
        b.danger_accept_invalid_hostnames(true);
    } else if pinned {
        b.disable_built_in_roots(true);
        b.danger_accept_invalid_hostnames(true);
    }
    b.build().map_err(|e| NetError::TlsSetup { detail: e.to_string() })
}

/// Translates a failed WebSocket handshake.
pub(crate) fn handshake_error(e: tungstenite::Error, conn: &Conn) -> NetError {
    use tungstenite::Error as E;
    use tungstenite::error::ProtocolError as P;
    let target = conn.target();
    let failed = |cause| NetError::Handshake { target: target.clone(), cause };
    match e {
        E::Http(resp) => NetError::HttpStatus { status: resp.status().as_u16() },
        E::Protocol(P::SecWebSocketSubProtocolError(_)) if !conn.req.protocols.is_empty() => {
            NetError::NoProtocolAccepted { protocols: conn.req.protocols.clone() }
        }
        E::Io(io) => failed(HandshakeCause::Io(IoCause::of(&io))),
        // tungstenite's word for an end of stream before the whole answer came.
        E::Protocol(P::HandshakeIncomplete) => failed(HandshakeCause::ClosedBeforeAnswer),
        E::Protocol(P::SecWebSocketAcceptKeyMismatch) => failed(HandshakeCause::WrongAcceptKey),
        E::Capacity(tungstenite::error::CapacityError::TooManyHeaders) => failed(HandshakeCause::TooManyHeaders),
        // Its guard against endless or dripping headers.
        E::AttackAttempt => failed(HandshakeCause::AnswerTooLarge),
        E::Tls(t) => NetError::Tls { target, detail: t.to_string() },
        other => failed(HandshakeCause::Other(library_text(&other))),
    }
}

/// Why an open connection ended: `Ok` = lost (reported to the script as a closing), `Err` = a
/// failure (reported as an error: a protocol violation, an oversized message, ...).
pub(crate) fn broken_connection(e: &tungstenite::Error) -> Result<NetError, NetError> {
    use tungstenite::Error as E;
    use tungstenite::error::CapacityError as C;
    use tungstenite::error::ProtocolError as P;
    let protocol = |cause| Err(NetError::Protocol { cause });
    match e {
        E::Io(io) => Ok(NetError::Lost { cause: IoCause::of(io) }),
        E::Protocol(P::ResetWithoutClosingHandshake) => Ok(NetError::Lost { cause: IoCause::NoClosingHandshake }),
        E::Capacity(C::MessageTooLong { size, max_size }) => {
            Err(NetError::MessageTooLarge { size: *size as u64, limit: *max_size })
        }
        E::WriteBufferFull(_) => Err(NetError::WriteBufferFull),
        E::Protocol(P::NonZeroReservedBits) => protocol(ProtocolCause::ReservedBits),
        E::Protocol(P::InvalidOpcode(n)) => protocol(ProtocolCause::InvalidOpcode(*n)),
        E::Protocol(P::MaskedFrameFromServer) => protocol(ProtocolCause::MaskedFrame),
        E::Protocol(P::UnexpectedContinueFrame) => protocol(ProtocolCause::NothingToContinue),
        E::Protocol(P::ControlFrameTooBig) => protocol(ProtocolCause::ControlFrameTooBig),
        E::Protocol(P::FragmentedControlFrame) => protocol(ProtocolCause::FragmentedControlFrame),
        E::Protocol(P::InvalidCloseSequence) => protocol(ProtocolCause::InvalidCloseFrame),
        E::Protocol(P::ExpectedFragment(kind)) => protocol(ProtocolCause::ExpectedFragment(kind.to_string())),
        E::Protocol(p) => protocol(ProtocolCause::Other(lower_first(&p.to_string()))),
        E::Utf8(s) => protocol(ProtocolCause::InvalidUtf8(s.clone())),
        other => Err(NetError::Other { detail: library_text(other) }),
    }
}

/// A tungstenite error in its own words, without the category prefix its `Display` adds.
fn library_text(e: &tungstenite::Error) -> String {
    use tungstenite::Error as E;
    match e {
        E::Protocol(p) => lower_first(&p.to_string()),
        E::Capacity(c) => lower_first(&c.to_string()),
        other => lower_first(&other.to_string()),
    }
}
