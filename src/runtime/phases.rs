//! The phases of one connection, as the readiness loop resumes them: registration, address
//! choice and DNS (on a helper thread), TCP connect over each address in turn, the native-tls
//! handshake, the WebSocket handshake, and the end (a failure, a close, the release of the
//! transport). Stage: runtime. Each step runs as far as it can without blocking and returns;
//! it never waits (the loop in `reactor.rs` decides when a phase is resumed) and must not know
//! the interpreter.

use std::collections::VecDeque;
use std::io;
use std::net::SocketAddr;
use std::time::Instant;

use mio::net::TcpStream;
use mio::{Interest, Token};
use tungstenite::HandshakeError;

use super::Runtime;
use super::conn::{self, Conn, Phase, Reading, Stream};
use super::error::openssl_reason;
use super::reactor::{SLICE_BYTES, max_write_buffer};
use super::{ConnectRequest, Ending, Event, IoCause, NetError};

impl Runtime {
    /// Validates, creates the connection and starts it (DNS or TCP connect).
    pub(super) fn register(&mut self, name: &str, req: ConnectRequest, asynchronous: bool) -> Result<usize, NetError> {
        self.check_new_name(name)?;
        if conn::bare_host(req.host.trim()).is_empty() {
            return Err(NetError::EmptyAddress);
        }
        // Fail early on a request tungstenite would refuse, before any network activity.
        conn::build_request(&req)?;
        if let Some(t) = &req.tls {
            conn::check_tls_options(t)?;
        }
        let timeout = req.timeout.unwrap_or(self.config.default_connect_timeout);
        let id = self.new_id();
        let c = Conn {
            name: Some(name.to_string()),
            asynchronous,
            req,
            dial: None,
            phase: Phase::Resolving,
            deadline: Instant::now() + timeout,
            closing_deadline: None,
            inbox: VecDeque::new(),
            queued: 0,
            queued_bytes: 0,
            reading: Reading::On,
            scheduled: false,
            pongs_waiting: 0,
            write_blocked: false,
            ended: false,
            failure: None,
            end_note: None,
            pending_bytes: 0,
            opened: false,
        };
        self.conns.insert(id, c);
        self.names.insert(name.to_string(), id);
        self.start(id);
        Ok(id)
    }

    /// Picks the address to dial (route_all, connect_to, IP literal, or DNS on a thread).
    pub(super) fn start(&mut self, id: usize) {
        let Some(c) = self.conns.get_mut(&id) else {
            return;
        };
        let (host, port) = if let Some(r) = self.config.route_all {
            let a = if c.req.tls.is_some() { r.tls } else { r.plain };
            (a.ip().to_string(), a.port())
        } else if let Some(m) = self.config.connect_to.iter().find(|m| {
            m.from_port == c.req.port
                && conn::bare_host(&m.from_host).eq_ignore_ascii_case(conn::bare_host(&c.req.host))
        }) {
            (m.to_host.clone(), m.to_port)
        } else {
            (c.req.host.clone(), c.req.port)
        };
        c.dial = Some((host.clone(), port));
        if let Some(ip) = conn::ip_literal(&host) {
            self.connect_addrs(id, vec![SocketAddr::new(ip, port)]);
            return;
        }
        if let Err(e) = self.resolver.start(id, &host, port) {
            self.fail(id, e);
        }
    }

    /// Tries the addresses in order until a TCP connect starts.
    pub(super) fn connect_addrs(&mut self, id: usize, addrs: Vec<SocketAddr>) {
        let mut rest = addrs;
        let mut last_err: Option<io::Error> = None;
        while !rest.is_empty() {
            let addr = rest.remove(0);
            match TcpStream::connect(addr) {
                Ok(mut tcp) => {
                    let reg =
                        self.poll.registry().register(&mut tcp, Token(id), Interest::READABLE | Interest::WRITABLE);
                    match reg {
                        Ok(()) => {
                            if let Some(c) = self.conns.get_mut(&id) {
                                c.phase = Phase::Connecting { tcp, addr, rest };
                            }
                            return;
                        }
                        Err(e) => last_err = Some(e),
                    }
                }
                Err(e) => last_err = Some(e),
            }
        }
        let err = match self.conns.get(&id) {
            Some(c) => connect_error(c, last_err),
            None => return,
        };
        self.fail(id, err);
    }

    /// The answers of the lookups that finished, each to the connection (or script lookup) that
    /// asked; answers nobody waits for any more are dropped.
    pub(super) fn take_dns_answers(&mut self) {
        for (id, answer) in self.resolver.answers() {
            if self.streams.contains_key(&id) {
                self.stream_dns_answer(id, answer);
                continue;
            }
            if let Some(slot) = self.lookups.get_mut(&id) {
                slot.answer = Some(answer);
                continue;
            }
            let Some(c) = self.conns.get(&id) else {
                continue;
            };
            if !matches!(c.phase, Phase::Resolving) {
                continue;
            }
            match answer {
                Ok(addrs) if !addrs.is_empty() => self.connect_addrs(id, addrs),
                Ok(_) => {
                    let err = NetError::Resolve { host: dial_host(c), detail: None };
                    self.fail(id, err);
                }
                Err(why) => {
                    let err = NetError::Resolve { host: dial_host(c), detail: Some(why) };
                    self.fail(id, err);
                }
            }
        }
    }

    /// TCP connect progress. Returns true when the phase advanced and driving should go on.
    pub(super) fn step_connecting(
        &mut self,
        id: usize,
        mut tcp: TcpStream,
        addr: SocketAddr,
        rest: Vec<SocketAddr>,
    ) -> bool {
        let failed = match tcp.take_error() {
            Ok(Some(e)) | Err(e) => Some(e),
            Ok(None) => match tcp.peer_addr() {
                Ok(_) => None,
                Err(e) if e.kind() == io::ErrorKind::NotConnected => {
                    // Spurious wake-up: still connecting.
                    if let Some(c) = self.conns.get_mut(&id) {
                        c.phase = Phase::Connecting { tcp, addr, rest };
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
                if let Some(c) = self.conns.get(&id) {
                    let err = connect_error(c, Some(e));
                    self.fail(id, err);
                }
            } else {
                self.connect_addrs(id, rest);
            }
            return false;
        }
        let _ = tcp.set_nodelay(true);
        let Some(c) = self.conns.get_mut(&id) else {
            return false;
        };
        match c.req.tls {
            Some(opts) => {
                let pinned = self.config.route_all.is_some();
                let connector = match conn::tls_connector(&opts, &self.roots, self.config.insecure, pinned, None) {
                    Ok(t) => t,
                    Err(e) => {
                        c.phase = Phase::Connecting { tcp, addr, rest };
                        self.fail(id, e);
                        return false;
                    }
                };
                let domain = conn::bare_host(&c.req.host).to_string();
                let r = connector.connect(&domain, tcp);
                self.after_tls(id, r)
            }
            None => self.start_ws_handshake(id, Stream::plain(tcp, SLICE_BYTES)),
        }
    }

    pub(super) fn after_tls(
        &mut self,
        id: usize,
        r: Result<native_tls::TlsStream<TcpStream>, native_tls::HandshakeError<TcpStream>>,
    ) -> bool {
        let Some(c) = self.conns.get_mut(&id) else {
            return false;
        };
        match r {
            Ok(tls) => self.start_ws_handshake(id, Stream::tls(tls, SLICE_BYTES)),
            Err(native_tls::HandshakeError::WouldBlock(mid)) => {
                c.phase = Phase::TlsHandshaking(mid);
                false
            }
            Err(native_tls::HandshakeError::Failure(e)) => {
                // The socket was consumed by native-tls and is dropped with it; closing the fd
                // removes it from the poller.
                let err = NetError::TlsHandshake {
                    target: conn::host_port(&c.req.host, c.req.port),
                    detail: openssl_reason(&e.to_string()),
                };
                self.fail(id, err);
                false
            }
        }
    }

    pub(super) fn start_ws_handshake(&mut self, id: usize, stream: Stream) -> bool {
        let Some(c) = self.conns.get_mut(&id) else {
            return false;
        };
        let request = match conn::build_request(&c.req) {
            Ok(r) => r,
            Err(e) => {
                drop(stream);
                self.fail(id, e);
                return false;
            }
        };
        let max = self.config.max_message_size;
        let config = conn::ws_config(max, max_write_buffer(max));
        let r = tungstenite::client::client_with_config(request, stream, Some(config));
        self.after_ws_handshake(id, r)
    }

    pub(super) fn after_ws_handshake(
        &mut self,
        id: usize,
        r: Result<
            (tungstenite::WebSocket<Stream>, tungstenite::handshake::client::Response),
            HandshakeError<tungstenite::ClientHandshake<Stream>>,
        >,
    ) -> bool {
        let Some(c) = self.conns.get_mut(&id) else {
            return false;
        };
        match r {
            Ok((ws, _response)) => {
                c.phase = Phase::Open(Box::new(ws));
                c.opened = true;
                if c.asynchronous
                    && let Some(n) = &c.name
                {
                    self.events.push_back((id, n.clone(), Event::Opened));
                }
                // Go on driving: the server may already have sent messages after its answer.
                true
            }
            Err(HandshakeError::Interrupted(mid)) => {
                c.phase = Phase::WsHandshaking(Box::new(mid));
                false
            }
            Err(HandshakeError::Failure(e)) => {
                let err = conn::handshake_error(e, c);
                self.fail(id, err);
                false
            }
        }
    }

    /// The transport ended (normally after a close handshake, or broken): report once, release.
    pub(super) fn end_connection(&mut self, id: usize, e: &tungstenite::Error) {
        let event = match e {
            tungstenite::Error::ConnectionClosed | tungstenite::Error::AlreadyClosed => {
                Event::Closed { reason: String::new() }
            }
            other => match conn::broken_connection(other) {
                Ok(lost) => Event::Lost(lost),
                Err(failure) => Event::Error(failure),
            },
        };
        self.report_end(id, event);
        self.finish(id);
    }

    /// Reports the end of an established connection once: `event` (`Closed`, `Lost` or
    /// `Error`) for an async socket; the reason is kept for `end_reason` either way.
    pub(super) fn report_end(&mut self, id: usize, event: Event) {
        let Some(c) = self.conns.get_mut(&id) else {
            return;
        };
        if c.ended {
            return;
        }
        c.ended = true;
        c.end_note = match &event {
            Event::Lost(e) | Event::Error(e) => Some(Ending::Failed(e.clone())),
            Event::Closed { reason } => Some(Ending::Closed(reason.clone())),
            Event::Opened | Event::Message(_) => None,
        };
        if c.asynchronous
            && let Some(n) = &c.name
        {
            self.events.push_back((id, n.clone(), event));
        }
    }

    /// Releases the transport; forgets the connection entirely once it has no name.
    pub(super) fn finish(&mut self, id: usize) {
        let Some(c) = self.conns.get_mut(&id) else {
            return;
        };
        if let Some(tcp) = c.phase.tcp_mut() {
            let _ = self.poll.registry().deregister(tcp);
        }
        c.phase = Phase::Done;
        c.closing_deadline = None;
        c.pending_bytes = 0;
        if c.name.is_none() {
            self.conns.remove(&id);
        }
    }

    /// An establishing connection failed: a sync connect gets the error back, an async one
    /// reports `Error` and frees its name. An established one is reported as failed.
    pub(super) fn fail(&mut self, id: usize, err: NetError) {
        let Some(c) = self.conns.get_mut(&id) else {
            return;
        };
        if let Some(tcp) = c.phase.tcp_mut() {
            let _ = self.poll.registry().deregister(tcp);
        }
        c.phase = Phase::Done;
        if c.opened {
            self.report_end(id, Event::Error(err));
            self.finish(id);
            return;
        }
        if c.asynchronous {
            let name = c.name.take();
            self.conns.remove(&id);
            if let Some(n) = name {
                self.names.remove(&n);
                self.events.push_back((id, n, Event::Error(err)));
            }
        } else {
            c.failure = Some(err);
            c.ended = true;
        }
    }

    pub(super) fn remove_conn(&mut self, id: usize) {
        if let Some(mut c) = self.conns.remove(&id)
            && let Some(tcp) = c.phase.tcp_mut()
        {
            let _ = self.poll.registry().deregister(tcp);
        }
    }
}

fn dial_host(c: &Conn) -> String {
    c.dial.as_ref().map_or_else(|| c.req.host.clone(), |(h, _)| h.clone())
}

fn connect_error(c: &Conn, e: Option<io::Error>) -> NetError {
    let target = c.target();
    match e {
        Some(e) if e.kind() == io::ErrorKind::ConnectionRefused => NetError::Refused { target },
        Some(e) if e.kind() == io::ErrorKind::TimedOut => NetError::ConnectTimeout { target, ms: None },
        Some(e) => NetError::Connect { target, cause: Some(IoCause::of(&e)) },
        None => NetError::Connect { target, cause: None },
    }
}
