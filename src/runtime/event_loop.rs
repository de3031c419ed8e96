//! The runtime's readiness loop: named WebSocket client connections, all non-blocking, driven
//! by one `mio::Poll` that the interpreter thread owns. Stage: runtime. A synchronous call
//! (connect_sync, a blocking read, a write with a large backlog) runs this loop until its own
//! condition or deadline while events of asynchronous sockets are queued for the interpreter's
//! next dispatch point. It must not sleep-poll, spin, print, or know the interpreter's values.
//!
//! Sockets are edge-triggered and registered for reading and writing once: every readiness
//! event resumes the connection's phase as far as it can go (read until `WouldBlock`), because
//! an edge is not repeated for data already buffered inside tungstenite or OpenSSL.
//!
//! Read-ahead is bounded: a connection stops reading while [`READ_AHEAD`] received messages
//! wait for the script (a synchronous socket's inbox, an asynchronous socket's undispatched
//! message events), so a flooding server cannot grow memory, and the script answers a message
//! (an echo, say) before the next frame is even parsed, which may fail the connection. When the
//! script takes a message the connection is marked [`Reading::Resume`] and read at the next
//! loop turn (or at once by `try_read`, `write`), without waiting for a readiness edge that
//! will not come for data already buffered. A paused connection answers no ping until then
//! (tungstenite answers pings only inside `read()`).

use std::collections::{HashMap, VecDeque};
use std::io;
use std::net::{SocketAddr, ToSocketAddrs};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::{Duration, Instant};

use mio::net::TcpStream;
use mio::{Interest, Poll, Token, Waker};
use tungstenite::HandshakeError;
use tungstenite::protocol::CloseFrame;
use tungstenite::protocol::frame::coding::CloseCode;

use super::conn::{self, Conn, Phase, Reading, Stream};
use super::{Config, ConnectRequest, Event, Message, NetError, NetErrorKind, ReadOutcome};

const WAKER: Token = Token(0);
/// How long a closing handshake may take before the transport is simply dropped.
const CLOSE_GRACE: Duration = Duration::from_secs(1);
/// A write blocks (running the loop) while more than this many bytes wait to be sent.
const WRITE_HIGH_WATER: usize = 4 << 20;
/// Bound on that blocking: a peer that reads nothing for this long fails the write.
const WRITE_TIMEOUT: Duration = Duration::from_secs(30);
/// A connection stops reading while this many received messages wait for the script.
const READ_AHEAD: usize = 1;
/// While the script is blocked writing to a connection, it keeps reading until this many bytes
/// of received messages wait (a peer that echoes would otherwise deadlock with the writer).
const BLOCKED_READ_AHEAD_BYTES: usize = 64 << 20;

type DnsAnswer = (usize, Result<Vec<SocketAddr>, String>);

/// The socket runtime. See the module documentation of `runtime` for the contract.
pub struct Runtime {
    config: Config,
    roots: Vec<native_tls::Certificate>,
    poll: Poll,
    mio_events: mio::Events,
    waker: Arc<Waker>,
    dns_tx: Sender<DnsAnswer>,
    dns_rx: Receiver<DnsAnswer>,
    conns: HashMap<usize, Conn>,
    names: HashMap<String, usize>,
    next_id: usize,
    /// Events of asynchronous sockets for the interpreter, with the connection they concern.
    events: VecDeque<(usize, String, Event)>,
    /// Connections in [`Reading::Resume`]: read at the next loop turn.
    resume: Vec<usize>,
}

impl Runtime {
    /// Fails when the poller cannot be created or an extra root certificate is not valid PEM.
    pub fn new(config: Config) -> io::Result<Runtime> {
        let mut roots = Vec::new();
        for pem in &config.extra_roots_pem {
            let certs = native_tls::Certificate::stack_from_pem(pem).map_err(|e| {
                io::Error::new(io::ErrorKind::InvalidInput, format!("invalid trusted certificate: {e}"))
            })?;
            roots.extend(certs);
        }
        let poll = Poll::new()?;
        let waker = Arc::new(Waker::new(poll.registry(), WAKER)?);
        config.interrupt.attach(waker.clone());
        let (dns_tx, dns_rx) = mpsc::channel();
        Ok(Runtime {
            config,
            roots,
            poll,
            mio_events: mio::Events::with_capacity(256),
            waker,
            dns_tx,
            dns_rx,
            conns: HashMap::new(),
            names: HashMap::new(),
            next_id: 1,
            events: VecDeque::new(),
            resume: Vec::new(),
        })
    }

    /// Synchronous connect: runs the loop until the connection is open, fails, or the deadline
    /// passes. Events of asynchronous sockets that arrive meanwhile are queued.
    pub fn connect_sync(&mut self, name: &str, req: ConnectRequest) -> Result<(), NetError> {
        let id = self.register(name, req, false)?;
        loop {
            let Some(c) = self.conns.get_mut(&id) else {
                // Unreachable in practice: only this function removes a sync connect.
                self.names.remove(name);
                return Err(NetError::new(NetErrorKind::Io, "connection vanished"));
            };
            if let Some(err) = c.failure.take() {
                self.remove_conn(id);
                self.names.remove(name);
                return Err(err);
            }
            if c.opened {
                return Ok(());
            }
            let deadline = c.deadline;
            if self.config.interrupt.is_set() {
                self.remove_conn(id);
                self.names.remove(name);
                return Err(NetError::interrupted());
            }
            if let Err(e) = self.run_once(Some(deadline)) {
                self.remove_conn(id);
                self.names.remove(name);
                return Err(NetError::new(NetErrorKind::Io, format!("socket poller failed: {e}")));
            }
        }
    }

    /// Asynchronous connect: validates, registers the name, starts connecting and returns.
    /// Later come `Event::Opened`, then messages and `Closed`, or `Event::Error` (which frees
    /// the name).
    pub fn connect_async(&mut self, name: &str, req: ConnectRequest) -> Result<(), NetError> {
        self.register(name, req, true).map(|_| ())
    }

    /// Queues one message (text frame for `Text`, binary frame for `Binary`) and sends as much
    /// as the socket takes without blocking. Blocks (running the loop, at most 30 s) only while
    /// more than 4 MiB are still waiting to be sent, so memory stays bounded.
    pub fn write(&mut self, name: &str, msg: Message) -> Result<(), NetError> {
        let id = self.id_of(name)?;
        let max = self.config.max_message_size;
        if msg.len() > max {
            return Err(NetError::new(
                NetErrorKind::Protocol,
                format!("message too large: {} bytes, the limit is {max} bytes", msg.len()),
            ));
        }
        if self.conns.get(&id).is_some_and(|c| c.pending_bytes > WRITE_HIGH_WATER) {
            self.drain_backlog(id, name)?;
        }
        let Some(c) = self.conns.get_mut(&id) else {
            return Err(NetError::unknown_socket(name));
        };
        let len = msg.len();
        let frame = match msg {
            Message::Text(s) => tungstenite::Message::text(s),
            Message::Binary(b) => tungstenite::Message::binary(b),
        };
        let result = match &mut c.phase {
            Phase::Open(ws) => ws.write(frame),
            p if p.is_establishing() => {
                return Err(NetError::new(NetErrorKind::Closed, format!("socket {name:?} is not connected yet")));
            }
            _ => {
                return Err(NetError::new(NetErrorKind::Closed, format!("socket {name:?} is closed")));
            }
        };
        match result {
            Ok(()) => c.pending_bytes = c.pending_bytes.saturating_add(len),
            Err(tungstenite::Error::Io(e)) if e.kind() == io::ErrorKind::WouldBlock => {
                c.pending_bytes = c.pending_bytes.saturating_add(len)
            }
            Err(e) => {
                let (_, why) = conn::broken_connection(&e);
                self.end_connection(id, &e);
                return Err(NetError::new(NetErrorKind::Closed, why));
            }
        }
        // Flushing and reading right away: a pending edge may have been consumed by OpenSSL.
        self.drive(id);
        Ok(())
    }

    /// Non-blocking: the next received message of a synchronous socket, if one is queued.
    pub fn try_read(&mut self, name: &str) -> Result<ReadOutcome, NetError> {
        let id = self.id_of(name)?;
        let Some(c) = self.conns.get_mut(&id) else {
            return Err(NetError::unknown_socket(name));
        };
        if c.asynchronous {
            return Err(NetError::new(
                NetErrorKind::Unsupported,
                format!("socket {name:?} is asynchronous: its messages go to its procedure"),
            ));
        }
        if c.inbox.is_empty() && c.reading != Reading::On {
            // Reading stopped at the bound: frames may be waiting in the buffers, with no
            // readiness edge to come for them.
            self.drive(id);
        }
        let Some(c) = self.conns.get_mut(&id) else {
            return Err(NetError::unknown_socket(name));
        };
        if let Some(m) = c.inbox.pop_front() {
            self.dequeued(id, m.len());
            return Ok(ReadOutcome::Message(m));
        }
        if c.ended || matches!(c.phase, Phase::Done | Phase::Closing(_)) {
            return Ok(ReadOutcome::Closed);
        }
        Ok(ReadOutcome::Empty)
    }

    /// Blocking read of a synchronous socket: runs the loop until a message is queued, the
    /// socket is closed, or `deadline` passes (then `Empty`). Asynchronous events that arrive
    /// meanwhile stay queued. (Addition to the contract: avoids a `try_read`/`poll` loop that
    /// would spin while asynchronous events are waiting to be dispatched.)
    pub fn read(&mut self, name: &str, deadline: Option<Instant>) -> Result<ReadOutcome, NetError> {
        loop {
            match self.try_read(name)? {
                ReadOutcome::Empty => {}
                other => return Ok(other),
            }
            if deadline.is_some_and(|d| Instant::now() >= d) {
                return Ok(ReadOutcome::Empty);
            }
            if self.config.interrupt.is_set() {
                return Err(NetError::interrupted());
            }
            self.run_once(deadline)
                .map_err(|e| NetError::new(NetErrorKind::Io, format!("socket poller failed: {e}")))?;
        }
    }

    /// Runs the loop once: blocks until some I/O or internal wake-up happened, or `deadline`
    /// (None = none) passed. Returns at once when events are already queued.
    pub fn poll(&mut self, deadline: Option<Instant>) -> io::Result<()> {
        if self.events.is_empty() { self.run_once(deadline) } else { self.run_once(Some(Instant::now())) }
    }

    /// Next queued event of an asynchronous socket (FIFO across sockets). Taking a message lets
    /// its socket read again from the next loop turn on (see the module documentation).
    pub fn pop_event(&mut self) -> Option<(String, Event)> {
        let (id, name, event) = self.events.pop_front()?;
        if let Event::Message(m) = &event {
            self.dequeued(id, m.len());
        }
        Some((name, event))
    }

    /// Received messages of `name` waiting for the script (inbox or undispatched events).
    #[cfg(test)]
    pub(crate) fn queued_messages(&self, name: &str) -> usize {
        let in_events = self.events.iter().filter(|(_, n, e)| n == name && matches!(e, Event::Message(_))).count();
        in_events + self.names.get(name).and_then(|id| self.conns.get(id)).map_or(0, |c| c.inbox.len())
    }

    /// Starts the close handshake and frees the name at once; the handshake finishes in later
    /// loop runs (at most 1 s). Events still queued for this socket are dropped.
    pub fn close(&mut self, name: &str) -> Result<(), NetError> {
        let id = self.id_of(name)?;
        self.names.remove(name);
        self.events.retain(|(_, n, _)| n != name);
        let Some(c) = self.conns.get_mut(&id) else {
            return Ok(());
        };
        c.name = None;
        c.queued = 0;
        c.queued_bytes = 0;
        let phase = std::mem::replace(&mut c.phase, Phase::Done);
        match phase {
            Phase::Open(mut ws) => {
                let frame = CloseFrame { code: CloseCode::Normal, reason: "".into() };
                // Any error but WouldBlock means the transport is gone: nothing left to close.
                match ws.close(Some(frame)) {
                    Ok(()) => {}
                    Err(tungstenite::Error::Io(e)) if e.kind() == io::ErrorKind::WouldBlock => {}
                    Err(_) => {
                        c.phase = Phase::Open(ws);
                        self.remove_conn(id);
                        return Ok(());
                    }
                }
                c.phase = Phase::Closing(ws);
                c.closing_deadline = Some(Instant::now() + CLOSE_GRACE);
                self.drive(id);
            }
            Phase::Closing(ws) => {
                // The peer started closing: let it finish in the background.
                c.phase = Phase::Closing(ws);
                if c.closing_deadline.is_none() {
                    c.closing_deadline = Some(Instant::now() + CLOSE_GRACE);
                }
            }
            other => {
                c.phase = other;
                self.remove_conn(id);
            }
        }
        Ok(())
    }

    /// True from a successful connect (sync) or registration (async, until a connect failure)
    /// until `close()`, even after the peer left.
    pub fn exists(&self, name: &str) -> bool {
        self.names.contains_key(name)
    }

    /// True while an asynchronous socket is connecting or open, or events are still queued.
    pub fn has_pending_async(&self) -> bool {
        !self.events.is_empty() || self.conns.values().any(|c| c.asynchronous && c.name.is_some() && !c.ended)
    }

    /// Why a socket ended (close reason or failure), once it has; `None` while it is fine or
    /// unknown. (Addition to the contract, for `ErrorInfo` after a sync read saw `Closed`.)
    pub fn end_reason(&self, name: &str) -> Option<String> {
        self.conns.get(self.names.get(name)?)?.end_note.clone()
    }

    /// Closes everything, best effort, in at most about a second.
    pub fn shutdown(&mut self) {
        let names: Vec<String> = self.names.keys().cloned().collect();
        for n in names {
            let _ = self.close(&n);
        }
        self.events.clear();
        let deadline = Instant::now() + CLOSE_GRACE;
        while !self.conns.is_empty() && Instant::now() < deadline {
            if self.run_once(Some(deadline)).is_err() {
                break;
            }
        }
        let ids: Vec<usize> = self.conns.keys().copied().collect();
        for id in ids {
            self.remove_conn(id);
        }
    }

    // ---- internals ------------------------------------------------------------------------

    fn id_of(&self, name: &str) -> Result<usize, NetError> {
        self.names.get(name).copied().ok_or_else(|| NetError::unknown_socket(name))
    }

    /// Validates, creates the connection and starts it (DNS or TCP connect).
    fn register(&mut self, name: &str, req: ConnectRequest, asynchronous: bool) -> Result<usize, NetError> {
        if self.names.contains_key(name) {
            return Err(NetError::new(NetErrorKind::NameInUse, format!("a socket named {name:?} already exists")));
        }
        if self.names.len() >= self.config.max_sockets {
            return Err(NetError::new(
                NetErrorKind::TooManySockets,
                format!("too many sockets: the limit is {}", self.config.max_sockets),
            ));
        }
        if conn::bare_host(req.host.trim()).is_empty() {
            return Err(NetError::new(NetErrorKind::Dns, "empty server address"));
        }
        // Fail early on a request tungstenite would refuse, before any network activity.
        conn::build_request(&req)?;
        if let Some(t) = &req.tls {
            conn::check_tls_options(t)?;
        }
        let timeout = req.timeout.unwrap_or(self.config.default_connect_timeout);
        let id = self.next_id;
        self.next_id += 1;
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
    fn start(&mut self, id: usize) {
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
        let tx = self.dns_tx.clone();
        let waker = Arc::clone(&self.waker);
        let lookup = move || {
            let answer = (conn::bare_host(&host), port)
                .to_socket_addrs()
                .map(|it| it.collect::<Vec<_>>())
                .map_err(|e| e.to_string());
            // The runtime may be gone (or the connect timed out): then nobody listens.
            if tx.send((id, answer)).is_ok() {
                let _ = waker.wake();
            }
        };
        if let Err(e) = std::thread::Builder::new().name("wlang-dns".into()).spawn(lookup) {
            let err = NetError::new(NetErrorKind::Io, format!("cannot start name lookup: {e}"));
            self.fail(id, err);
        }
    }

    /// Tries the addresses in order until a TCP connect starts.
    fn connect_addrs(&mut self, id: usize, addrs: Vec<SocketAddr>) {
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

    /// One loop turn: waits for readiness until the nearest of `deadline` and the internal
    /// deadlines, resumes the ready connections, then expires what is overdue.
    fn run_once(&mut self, deadline: Option<Instant>) -> io::Result<()> {
        let now = Instant::now();
        let mut wake_at = deadline;
        for c in self.conns.values() {
            let d = if c.phase.is_establishing() { Some(c.deadline) } else { c.closing_deadline };
            if let Some(d) = d {
                wake_at = Some(wake_at.map_or(d, |w| w.min(d)));
            }
        }
        // Connections to resume have input waiting that no readiness event will announce.
        let timeout = if self.resume.is_empty() {
            wake_at.map(|w| w.saturating_duration_since(now))
        } else {
            Some(Duration::ZERO)
        };
        match self.poll.poll(&mut self.mio_events, timeout) {
            Ok(()) => {}
            // A signal (e.g. Ctrl-C) interrupts the wait; the caller decides what to do.
            Err(e) if e.kind() == io::ErrorKind::Interrupted => return Ok(()),
            Err(e) => return Err(e),
        }
        let ready: Vec<Token> = self.mio_events.iter().map(|e| e.token()).collect();
        for token in ready {
            if token == WAKER {
                self.take_dns_answers();
            } else {
                self.drive(token.0);
            }
        }
        for id in std::mem::take(&mut self.resume) {
            if self.conns.get(&id).is_some_and(|c| c.reading == Reading::Resume) {
                self.drive(id);
            }
        }
        self.expire(Instant::now());
        Ok(())
    }

    fn take_dns_answers(&mut self) {
        while let Ok((id, answer)) = self.dns_rx.try_recv() {
            let Some(c) = self.conns.get(&id) else {
                continue;
            };
            if !matches!(c.phase, Phase::Resolving) {
                continue;
            }
            match answer {
                Ok(addrs) if !addrs.is_empty() => self.connect_addrs(id, addrs),
                Ok(_) => {
                    let err =
                        NetError::new(NetErrorKind::Dns, format!("cannot resolve {}: no address found", dial_host(c)));
                    self.fail(id, err);
                }
                Err(why) => {
                    let err = NetError::new(NetErrorKind::Dns, format!("cannot resolve {}: {why}", dial_host(c)));
                    self.fail(id, err);
                }
            }
        }
    }

    fn expire(&mut self, now: Instant) {
        let mut timed_out = Vec::new();
        let mut close_overdue = Vec::new();
        for (&id, c) in &self.conns {
            if c.phase.is_establishing() && now >= c.deadline {
                timed_out.push(id);
            } else if c.closing_deadline.is_some_and(|d| now >= d) {
                close_overdue.push(id);
            }
        }
        for id in timed_out {
            let Some(c) = self.conns.get(&id) else {
                continue;
            };
            let ms = c.req.timeout.unwrap_or(self.config.default_connect_timeout).as_millis();
            let err =
                NetError::new(NetErrorKind::Timeout, format!("connection to {} timed out after {ms} ms", c.target()));
            self.fail(id, err);
        }
        for id in close_overdue {
            self.finish(id);
        }
    }

    /// Resumes a connection as far as it can go without blocking.
    fn drive(&mut self, id: usize) {
        // Each step either moves to a later phase (then loop) or stops on WouldBlock/failure.
        loop {
            let Some(c) = self.conns.get_mut(&id) else {
                return;
            };
            let phase = std::mem::replace(&mut c.phase, Phase::Done);
            match phase {
                Phase::Resolving | Phase::Done => {
                    c.phase = phase;
                    return;
                }
                Phase::Connecting { tcp, addr, rest } => {
                    if !self.step_connecting(id, tcp, addr, rest) {
                        return;
                    }
                }
                Phase::TlsHandshaking(mid) => {
                    let r = mid.handshake();
                    if !self.after_tls(id, r) {
                        return;
                    }
                }
                Phase::WsHandshaking(mid) => {
                    let r = mid.handshake();
                    if !self.after_ws_handshake(id, r) {
                        return;
                    }
                }
                Phase::Open(ws) => {
                    c.phase = Phase::Open(ws);
                    self.pump(id);
                    return;
                }
                Phase::Closing(ws) => {
                    c.phase = Phase::Closing(ws);
                    self.pump(id);
                    return;
                }
            }
        }
    }

    /// TCP connect progress. Returns true when the phase advanced and driving should go on.
    fn step_connecting(&mut self, id: usize, mut tcp: TcpStream, addr: SocketAddr, rest: Vec<SocketAddr>) -> bool {
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
                let connector = match conn::tls_connector(&opts, &self.roots, self.config.insecure, pinned) {
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
            None => self.start_ws_handshake(id, Stream::Plain(tcp)),
        }
    }

    fn after_tls(
        &mut self,
        id: usize,
        r: Result<native_tls::TlsStream<TcpStream>, native_tls::HandshakeError<TcpStream>>,
    ) -> bool {
        let Some(c) = self.conns.get_mut(&id) else {
            return false;
        };
        match r {
            Ok(tls) => self.start_ws_handshake(id, Stream::Tls(Box::new(tls))),
            Err(native_tls::HandshakeError::WouldBlock(mid)) => {
                c.phase = Phase::TlsHandshaking(mid);
                false
            }
            Err(native_tls::HandshakeError::Failure(e)) => {
                // The socket was consumed by native-tls and is dropped with it; closing the fd
                // removes it from the poller.
                let err = NetError::new(
                    NetErrorKind::Tls,
                    format!(
                        "tls handshake with {} failed: {}",
                        conn::host_port(&c.req.host, c.req.port),
                        tls_reason(&e)
                    ),
                );
                self.fail(id, err);
                false
            }
        }
    }

    fn start_ws_handshake(&mut self, id: usize, stream: Stream) -> bool {
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
        let config = conn::ws_config(self.config.max_message_size);
        let r = tungstenite::client::client_with_config(request, stream, Some(config));
        self.after_ws_handshake(id, r)
    }

    fn after_ws_handshake(
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
                c.phase = Phase::WsHandshaking(mid);
                false
            }
            Err(HandshakeError::Failure(e)) => {
                let err = conn::handshake_error(e, c);
                self.fail(id, err);
                false
            }
        }
    }

    /// Open or closing connection: flush, then read until WouldBlock.
    fn pump(&mut self, id: usize) {
        loop {
            let Some(c) = self.conns.get_mut(&id) else {
                return;
            };
            let ws = match &mut c.phase {
                Phase::Open(ws) | Phase::Closing(ws) => ws,
                _ => return,
            };
            // Flushing every time is cheap and covers close frames and queued pongs too.
            match ws.flush() {
                Ok(()) => c.pending_bytes = 0,
                Err(tungstenite::Error::Io(e)) if e.kind() == io::ErrorKind::WouldBlock => {}
                Err(e) => {
                    self.end_connection(id, &e);
                    return;
                }
            }
            let Some(c) = self.conns.get_mut(&id) else {
                return;
            };
            // The bound applies to an open, named connection: a closing one receives no more
            // messages, and one the script closed delivers none.
            if matches!(c.phase, Phase::Open(_)) && c.name.is_some() && !has_room(c) {
                c.reading = Reading::Paused;
                return;
            }
            c.reading = Reading::On;
            let ws = match &mut c.phase {
                Phase::Open(ws) | Phase::Closing(ws) => ws,
                _ => return,
            };
            match ws.read() {
                Ok(tungstenite::Message::Text(t)) => self.deliver(id, Message::Text(t.as_str().to_string())),
                Ok(tungstenite::Message::Binary(b)) => self.deliver(id, Message::Binary(b.to_vec())),
                Ok(tungstenite::Message::Close(frame)) => {
                    let reason = frame.map(|f| f.reason.as_str().to_string()).unwrap_or_default();
                    let phase = std::mem::replace(&mut c.phase, Phase::Done);
                    c.phase = match phase {
                        Phase::Open(ws) => Phase::Closing(ws),
                        other => other,
                    };
                    if c.closing_deadline.is_none() {
                        c.closing_deadline = Some(Instant::now() + CLOSE_GRACE);
                    }
                    self.report_end(id, false, reason);
                }
                // Pings are answered by tungstenite itself; pongs and raw frames mean nothing here.
                Ok(_) => {}
                Err(tungstenite::Error::Io(e)) if e.kind() == io::ErrorKind::WouldBlock => return,
                Err(e) => {
                    self.end_connection(id, &e);
                    return;
                }
            }
        }
    }

    fn deliver(&mut self, id: usize, m: Message) {
        let Some(c) = self.conns.get_mut(&id) else {
            return;
        };
        let Some(n) = &c.name else {
            return;
        };
        c.queued += 1;
        c.queued_bytes = c.queued_bytes.saturating_add(m.len());
        if c.asynchronous {
            self.events.push_back((id, n.clone(), Event::Message(m)));
        } else {
            c.inbox.push_back(m);
        }
    }

    /// The script took one received message of `len` bytes: a connection paused at the bound
    /// is read again at the next loop turn.
    fn dequeued(&mut self, id: usize, len: usize) {
        let Some(c) = self.conns.get_mut(&id) else {
            return;
        };
        c.queued = c.queued.saturating_sub(1);
        c.queued_bytes = c.queued_bytes.saturating_sub(len);
        if c.reading == Reading::Paused && has_room(c) {
            c.reading = Reading::Resume;
            self.resume.push(id);
        }
    }

    /// The transport ended (normally after a close handshake, or broken): report once, release.
    fn end_connection(&mut self, id: usize, e: &tungstenite::Error) {
        match e {
            tungstenite::Error::ConnectionClosed | tungstenite::Error::AlreadyClosed => {
                self.report_end(id, false, String::new());
            }
            other => {
                let (is_error, why) = conn::broken_connection(other);
                self.report_end(id, is_error, why);
            }
        }
        self.finish(id);
    }

    /// Reports the end of an established connection once: `Closed` or `Error` for an async
    /// socket; the reason is kept for `end_reason` either way.
    fn report_end(&mut self, id: usize, is_error: bool, why: String) {
        let Some(c) = self.conns.get_mut(&id) else {
            return;
        };
        if c.ended {
            return;
        }
        c.ended = true;
        c.end_note = Some(why.clone());
        if c.asynchronous
            && let Some(n) = &c.name
        {
            let ev = if is_error { Event::Error { message: why } } else { Event::Closed { reason: why } };
            self.events.push_back((id, n.clone(), ev));
        }
    }

    /// Releases the transport; forgets the connection entirely once it has no name.
    fn finish(&mut self, id: usize) {
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
    fn fail(&mut self, id: usize, err: NetError) {
        let Some(c) = self.conns.get_mut(&id) else {
            return;
        };
        if let Some(tcp) = c.phase.tcp_mut() {
            let _ = self.poll.registry().deregister(tcp);
        }
        c.phase = Phase::Done;
        if c.opened {
            self.report_end(id, true, err.message);
            self.finish(id);
            return;
        }
        if c.asynchronous {
            let name = c.name.take();
            self.conns.remove(&id);
            if let Some(n) = name {
                self.names.remove(&n);
                self.events.push_back((id, n, Event::Error { message: err.message }));
            }
        } else {
            c.failure = Some(err);
            c.ended = true;
        }
    }

    fn remove_conn(&mut self, id: usize) {
        if let Some(mut c) = self.conns.remove(&id)
            && let Some(tcp) = c.phase.tcp_mut()
        {
            let _ = self.poll.registry().deregister(tcp);
        }
    }

    /// Runs the loop until the write backlog of `id` is below the high-water mark. Meanwhile
    /// the connection reads ahead up to [`BLOCKED_READ_AHEAD_BYTES`]: a peer that echoes stops
    /// reading while its own writes are blocked, and would otherwise never drain the backlog.
    fn drain_backlog(&mut self, id: usize, name: &str) -> Result<(), NetError> {
        if let Some(c) = self.conns.get_mut(&id) {
            c.write_blocked = true;
            if c.reading == Reading::Paused && has_room(c) {
                c.reading = Reading::Resume;
                self.resume.push(id);
            }
        }
        let result = self.wait_for_backlog(id, name);
        if let Some(c) = self.conns.get_mut(&id) {
            c.write_blocked = false;
        }
        result
    }

    fn wait_for_backlog(&mut self, id: usize, name: &str) -> Result<(), NetError> {
        let deadline = Instant::now() + WRITE_TIMEOUT;
        loop {
            match self.conns.get(&id) {
                Some(c) if c.pending_bytes > WRITE_HIGH_WATER && !c.ended => {}
                Some(c) if c.ended => {
                    return Err(NetError::new(NetErrorKind::Closed, format!("socket {name:?} is closed")));
                }
                Some(_) => return Ok(()),
                None => return Err(NetError::unknown_socket(name)),
            }
            if self.config.interrupt.is_set() {
                return Err(NetError::interrupted());
            }
            if Instant::now() >= deadline {
                return Err(NetError::new(
                    NetErrorKind::Timeout,
                    format!(
                        "write to socket {name:?} timed out after {} ms: the peer does not read",
                        WRITE_TIMEOUT.as_millis()
                    ),
                ));
            }
            self.run_once(Some(deadline))
                .map_err(|e| NetError::new(NetErrorKind::Io, format!("socket poller failed: {e}")))?;
        }
    }
}

impl Drop for Runtime {
    fn drop(&mut self) {
        // Dropping sockets closes them; no close handshake here (shutdown() does that).
        let ids: Vec<usize> = self.conns.keys().copied().collect();
        for id in ids {
            self.remove_conn(id);
        }
    }
}

/// True when the connection may read one more message for the script (see [`READ_AHEAD`]).
fn has_room(c: &Conn) -> bool {
    c.queued < READ_AHEAD || (c.write_blocked && c.queued_bytes < BLOCKED_READ_AHEAD_BYTES)
}

fn dial_host(c: &Conn) -> String {
    c.dial.as_ref().map_or_else(|| c.req.host.clone(), |(h, _)| h.clone())
}

fn connect_error(c: &Conn, e: Option<io::Error>) -> NetError {
    let target = c.target();
    match e {
        Some(e) if e.kind() == io::ErrorKind::ConnectionRefused => {
            NetError::new(NetErrorKind::Refused, format!("connection to {target} refused"))
        }
        Some(e) if e.kind() == io::ErrorKind::TimedOut => {
            NetError::new(NetErrorKind::Timeout, format!("connection to {target} timed out"))
        }
        Some(e) => NetError::new(NetErrorKind::Io, format!("cannot connect to {target}: {}", conn::io_reason(&e))),
        None => NetError::new(NetErrorKind::Io, format!("cannot connect to {target}: no address to try")),
    }
}

/// OpenSSL's reason without its error-queue decoration:
/// "error:0A000086:SSL routines:func:certificate verify failed:file.c:1889: (unable to get
/// local issuer certificate)" becomes "certificate verify failed (unable to get local issuer
/// certificate)".
fn tls_reason(e: &native_tls::Error) -> String {
    let s = e.to_string();
    if let Some(rest) = s.strip_prefix("error:") {
        let parts: Vec<&str> = rest.splitn(6, ':').collect();
        if let Some(reason) = parts.get(3).filter(|r| !r.is_empty()) {
            let detail = s.rfind(" (").filter(|_| s.ends_with(')')).map_or("", |i| &s[i..]);
            return format!("{reason}{detail}");
        }
    }
    conn::lower_first(&s)
}
