//! One client connection of the socket runtime: its transport (plain TCP or native-tls over a
//! non-blocking mio socket), the phases it goes through, and the translation of tungstenite and
//! native-tls failures into [`NetError`]s. Stage: runtime. This file does no waiting and owns no
//! loop: `reactor.rs` decides when a phase is resumed. It must not know the interpreter.

use std::collections::VecDeque;
use std::io::{self, Read, Write};
use std::net::{IpAddr, SocketAddr};
use std::time::Instant;

use mio::net::TcpStream;
use tungstenite::ClientHandshake;
use tungstenite::WebSocket;
use tungstenite::handshake::MidHandshake;
use tungstenite::protocol::WebSocketConfig;

use super::{ConnectRequest, Message, NetError, NetErrorKind, TlsOptions, TlsVersion};

/// The byte stream under the WebSocket: we do TLS ourselves because tungstenite's own TLS
/// client panics on non-blocking sockets.
pub(crate) enum Stream {
    Plain(TcpStream),
    Tls(Box<native_tls::TlsStream<TcpStream>>),
}

impl Stream {
    pub(crate) fn tcp_mut(&mut self) -> &mut TcpStream {
        match self {
            Stream::Plain(tcp) => tcp,
            Stream::Tls(tls) => tls.get_mut(),
        }
    }
}

impl Read for Stream {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Stream::Plain(tcp) => tcp.read(buf),
            Stream::Tls(tls) => tls.read(buf),
        }
    }
}

impl Write for Stream {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Stream::Plain(tcp) => tcp.write(buf),
            Stream::Tls(tls) => tls.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Stream::Plain(tcp) => tcp.flush(),
            Stream::Tls(tls) => tls.flush(),
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
    WsHandshaking(MidHandshake<ClientHandshake<Stream>>),
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
    /// The script is blocked in a write on this socket (backlog above the high-water mark): the
    /// read-ahead bound is relaxed so that a peer which echoes cannot deadlock with it.
    pub write_blocked: bool,
    /// Set once the peer closed or the connection failed: `Closed`/`Error` was reported.
    pub ended: bool,
    /// Why a synchronous connect failed (picked up by `connect_sync`).
    pub failure: Option<NetError>,
    /// Why an established connection ended (close reason or failure), for `end_reason`.
    pub end_note: Option<String>,
    /// Bytes handed to tungstenite since its last complete flush (bounds the write backlog).
    pub pending_bytes: usize,
    /// Established at least once (Opened was reported).
    pub opened: bool,
}

/// Whether the loop reads a connection's incoming frames. An edge-triggered poller repeats no
/// readiness for bytes already inside the kernel, OpenSSL or tungstenite, so a connection whose
/// reading stopped must be read again explicitly once its queue has room.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reading {
    /// Read until `WouldBlock` whenever the connection is driven.
    On,
    /// Stopped because the queue of received messages is full; frames may be waiting.
    Paused,
    /// The queue has room again: read at the next loop turn without waiting for readiness.
    Resume,
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
        .map_err(|e| NetError::new(NetErrorKind::Unsupported, format!("invalid websocket address {uri:?}: {e}")))?;
    if !req.protocols.is_empty() {
        let joined = req.protocols.join(", ");
        let value = joined
            .parse()
            .map_err(|_| NetError::new(NetErrorKind::Unsupported, format!("invalid protocol list {joined:?}")))?;
        request.headers_mut().insert("Sec-WebSocket-Protocol", value);
    }
    Ok(request)
}

pub(crate) fn ws_config(max_message_size: usize) -> WebSocketConfig {
    // A single frame may be as large as a whole message: servers are free not to fragment.
    WebSocketConfig::default().max_message_size(Some(max_message_size)).max_frame_size(Some(max_message_size))
}

fn protocol_of(v: TlsVersion) -> native_tls::Protocol {
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
        return Err(NetError::new(
            NetErrorKind::Unsupported,
            format!("tls minimum version {:?} is above maximum version {:?}", opts.min, opts.max),
        ));
    }
    Ok(())
}

/// Builds the TLS connector of one wss:// connection.
/// `pinned`: only `roots` are trusted and the host name is not checked (the `route_all` case).
pub(crate) fn tls_connector(
    opts: &TlsOptions,
    roots: &[native_tls::Certificate],
    insecure: bool,
    pinned: bool,
) -> Result<native_tls::TlsConnector, NetError> {
    check_tls_options(opts)?;
    let mut b = native_tls::TlsConnector::builder();
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
    b.build().map_err(|e| NetError::new(NetErrorKind::Tls, format!("cannot set up tls: {e}")))
}

/// Translates a failed WebSocket handshake.
pub(crate) fn handshake_error(e: tungstenite::Error, conn: &Conn) -> NetError {
    use tungstenite::Error as E;
    use tungstenite::error::ProtocolError as P;
    let target = conn.target();
    match e {
        E::Http(resp) => NetError::new(
            NetErrorKind::Handshake,
            format!("server answered HTTP {} instead of switching protocols", resp.status().as_u16()),
        ),
        E::Protocol(P::SecWebSocketSubProtocolError(_)) if !conn.req.protocols.is_empty() => NetError::new(
            NetErrorKind::Handshake,
            format!("server accepted none of the requested protocols ({})", conn.req.protocols.join(", ")),
        ),
        E::Io(io) => NetError::new(
            NetErrorKind::Handshake,
            format!("websocket handshake with {target} failed: {}", io_reason(&io)),
        ),
        // tungstenite's word for an end of stream before the whole answer came.
        E::Protocol(P::HandshakeIncomplete) => NetError::new(
            NetErrorKind::Handshake,
            format!("websocket handshake with {target} failed: connection closed by the server before it answered"),
        ),
        E::Protocol(p) => NetError::new(
            NetErrorKind::Handshake,
            format!("websocket handshake with {target} failed: {}", lower_first(&p.to_string())),
        ),
        E::Tls(t) => NetError::new(NetErrorKind::Tls, format!("tls error with {target}: {t}")),
        other => NetError::new(
            NetErrorKind::Handshake,
            format!("websocket handshake with {target} failed: {}", lower_first(&other.to_string())),
        ),
    }
}

/// Why an open connection ended, as the `Closed`/`Error` text; `true` = report as an error
/// (protocol violation), `false` = report as a lost connection.
pub(crate) fn broken_connection(e: &tungstenite::Error) -> (bool, String) {
    use tungstenite::Error as E;
    use tungstenite::error::ProtocolError as P;
    match e {
        E::Io(io) => (false, format!("connection lost: {}", io_reason(io))),
        E::Protocol(P::ResetWithoutClosingHandshake) => {
            (false, "connection lost: closed without a closing handshake".to_string())
        }
        E::Capacity(tungstenite::error::CapacityError::MessageTooLong { size, max_size }) => {
            (true, format!("message too large: {size} bytes, the limit is {max_size} bytes"))
        }
        E::Capacity(c) => (true, format!("message too large: {}", lower_first(&c.to_string()))),
        E::Protocol(p) => (true, format!("protocol error: {}", lower_first(&p.to_string()))),
        E::Utf8(s) => (true, format!("protocol error: invalid utf-8 in a text message: {s}")),
        other => (true, lower_first(&other.to_string())),
    }
}

/// A short lowercase reason for an I/O error.
pub(crate) fn io_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::UnexpectedEof => "connection closed by the server".to_string(),
        io::ErrorKind::ConnectionReset => "connection reset by the server".to_string(),
        io::ErrorKind::BrokenPipe => "connection closed by the server (broken pipe)".to_string(),
        _ => lower_first(&e.to_string()),
    }
}

/// Lowercases the first letter of a library message, unless it starts an acronym ("HTTP").
pub(crate) fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match (c.next(), c.clone().next()) {
        (Some(f), Some(g)) if !g.is_uppercase() => f.to_lowercase().chain(c).collect(),
        _ => s.to_string(),
    }
}
