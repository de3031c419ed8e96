//! The public face of the socket runtime: [`Runtime`], its state, and the calls the interpreter
//! makes on any socket (names, kinds, close, poll) and on WebSocket clients (connect, write,
//! read, events). Stage: runtime. Each call validates its arguments, then hands the waiting to
//! the readiness loop (`reactor.rs`) and the connection's progress to its phases (`phases.rs`);
//! the calls of TCP connections, listening sockets and UDP sockets live in `tcp.rs`,
//! `listener.rs` and `udp.rs`. It must not sleep-poll, spin, print, or know the interpreter's
//! values.

use std::collections::VecDeque;
use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;

// Ids and names are the script's, not a peer's: a fast hasher (several look-ups per message).
use foldhash::HashMap;
use mio::{Poll, Waker};
use tungstenite::protocol::CloseFrame;
use tungstenite::protocol::frame::coding::CloseCode;

use super::conn::{self, Conn, Phase};
use super::dns::{Answer, Resolver};
use super::listener::Listener;
use super::reactor::{CLOSE_GRACE, WAKER, WRITE_HIGH_WATER};
use super::tcp::StreamConn;
use super::udp::{DATAGRAM_MAX, UdpConn};
use super::{Config, ConnectRequest, Ending, Event, Message, NetError, ReadOutcome};

/// What kind of socket a name stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SocketKind {
    /// A WebSocket client (`WebSocketClientConnecte`).
    WebSocket,
    /// A TCP connection: a client (`SocketConnecte`) or a channel `SocketAccepte` returned.
    Stream,
    /// A listening socket (`SocketCrée`).
    Listener,
    /// A UDP socket (`SocketCréeUDP`).
    Udp,
}

/// A name lookup the script waits for (a UDP destination, an address to listen on).
pub(super) struct Lookup {
    pub host: String,
    pub answer: Option<Answer>,
}

/// The socket runtime. See the module documentation of `runtime` for the contract.
pub struct Runtime {
    pub(super) config: Config,
    pub(super) roots: Vec<native_tls::Certificate>,
    pub(super) poll: Poll,
    pub(super) mio_events: mio::Events,
    pub(super) resolver: Resolver,
    /// WebSocket clients.
    pub(super) conns: HashMap<usize, Conn>,
    /// TCP connections (clients and accepted channels).
    pub(super) streams: HashMap<usize, StreamConn>,
    pub(super) listeners: HashMap<usize, Listener>,
    pub(super) udps: HashMap<usize, UdpConn>,
    /// Lookups started by [`Runtime::lookup_start`].
    pub(super) lookups: HashMap<usize, Lookup>,
    /// Every named socket, whatever its kind (ids are unique across the maps above).
    pub(super) names: HashMap<String, usize>,
    pub(super) next_id: usize,
    /// Events of asynchronous sockets for the interpreter, with the connection they concern.
    pub(super) events: VecDeque<(usize, String, Event)>,
    /// Connections to drive at the next loop turn without waiting for readiness (see
    /// `Conn::scheduled`).
    pub(super) resume: Vec<usize>,
    /// Where stream and UDP reads land before they are queued (one datagram fits).
    pub(super) scratch: Vec<u8>,
}

impl Runtime {
    /// Fails when the poller cannot be created or an extra root buffer holds no valid PEM
    /// certificate (see [`certificates_in`]).
    pub fn new(config: Config) -> io::Result<Runtime> {
        let mut roots = Vec::new();
        for pem in &config.extra_roots_pem {
            roots.extend(certificates_in(pem).map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?);
        }
        let poll = Poll::new()?;
        let waker = Arc::new(Waker::new(poll.registry(), WAKER)?);
        config.interrupt.attach(waker.clone());
        Ok(Runtime {
            config,
            roots,
            poll,
            mio_events: mio::Events::with_capacity(256),
            resolver: Resolver::new(Arc::clone(&waker)),
            conns: HashMap::default(),
            streams: HashMap::default(),
            listeners: HashMap::default(),
            udps: HashMap::default(),
            lookups: HashMap::default(),
            names: HashMap::default(),
            next_id: 1,
            events: VecDeque::new(),
            resume: Vec::new(),
            scratch: vec![0; DATAGRAM_MAX.next_power_of_two()],
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
                return Err(NetError::unknown_socket(name));
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
                return Err(NetError::Interrupted);
            }
            if let Err(e) = self.run_once(Some(deadline)) {
                self.remove_conn(id);
                self.names.remove(name);
                return Err(NetError::poller(&e));
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
            return Err(NetError::MessageTooLarge { size: msg.len() as u64, limit: max });
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
            p if p.is_establishing() => return Err(NetError::NotConnectedYet { name: name.to_string() }),
            _ => return Err(self.closed_error(name)),
        };
        match result {
            Ok(()) => c.pending_bytes = c.pending_bytes.saturating_add(conn::frame_len(len)),
            Err(tungstenite::Error::Io(e)) if e.kind() == io::ErrorKind::WouldBlock => {
                c.pending_bytes = c.pending_bytes.saturating_add(conn::frame_len(len))
            }
            Err(e) => {
                self.end_connection(id, &e);
                return Err(self.closed_error(name));
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
            return Err(NetError::Asynchronous { name: name.to_string() });
        }
        if c.inbox.is_empty() && c.scheduled {
            // Reading stopped at the bound or at the end of a slice: frames may be waiting in
            // the buffers, with no readiness edge to come for them.
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
                return Err(NetError::Interrupted);
            }
            self.run_once(deadline).map_err(|e| NetError::poller(&e))?;
        }
    }

    /// Runs the loop once: blocks until some I/O or internal wake-up happened, or `deadline`
    /// (None = none) passed. Returns at once when events are already queued.
    pub fn poll(&mut self, deadline: Option<Instant>) -> io::Result<()> {
        if self.events.is_empty() { self.run_once(deadline) } else { self.run_once(Some(Instant::now())) }
    }

    /// One turn of the loop, whatever events are queued: blocks until some I/O or internal
    /// wake-up happened, or `deadline` passed. (Addition to the contract: the host's event loop
    /// waits this way while it may not dispatch events.)
    pub fn turn(&mut self, deadline: Option<Instant>) -> io::Result<()> {
        self.run_once(deadline)
    }

    /// Drives every connection until `deadline` or Ctrl-C, whatever events are queued: the wait
    /// of a pause made inside an event procedure, where events must stay queued for the
    /// outermost dispatch point (dispatching them there would nest procedure calls without
    /// bound). (Addition to the contract.)
    pub fn wait_until(&mut self, deadline: Instant) -> Result<(), NetError> {
        while Instant::now() < deadline && !self.config.interrupt.is_set() {
            self.run_once(Some(deadline)).map_err(|e| NetError::poller(&e))?;
        }
        Ok(())
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

    /// Closes any socket and frees its name at once. A WebSocket starts its close handshake
    /// and a TCP connection sends what is still waiting, both in later loop runs (at most 1 s);
    /// events still queued for this socket are dropped.
    pub fn close(&mut self, name: &str) -> Result<(), NetError> {
        let id = self.id_of(name)?;
        self.names.remove(name);
        self.events.retain(|(_, n, _)| n != name);
        if self.streams.contains_key(&id) {
            self.close_stream(id);
            return Ok(());
        }
        if self.listeners.contains_key(&id) {
            self.close_listener(id);
            return Ok(());
        }
        if self.udps.contains_key(&id) {
            self.close_udp(id);
            return Ok(());
        }
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
    pub fn end_reason(&self, name: &str) -> Option<Ending> {
        let id = self.names.get(name)?;
        match self.streams.get(id) {
            Some(c) => c.end_note.clone(),
            None => self.conns.get(id)?.end_note.clone(),
        }
    }

    /// The local address of a listening socket, a UDP socket or an open TCP connection.
    pub fn local_address(&mut self, name: &str) -> Option<SocketAddr> {
        let id = *self.names.get(name)?;
        if let Some(l) = self.listeners.get(&id) {
            return Some(l.local);
        }
        if let Some(u) = self.udps.get(&id) {
            return Some(u.local);
        }
        self.streams.get_mut(&id)?.local_address()
    }

    /// What kind of socket `name` is; `None` when no socket has this name.
    pub fn kind(&self, name: &str) -> Option<SocketKind> {
        let id = self.names.get(name)?;
        if self.conns.contains_key(id) {
            Some(SocketKind::WebSocket)
        } else if self.streams.contains_key(id) {
            Some(SocketKind::Stream)
        } else if self.listeners.contains_key(id) {
            Some(SocketKind::Listener)
        } else if self.udps.contains_key(id) {
            Some(SocketKind::Udp)
        } else {
            None
        }
    }

    /// Starts looking up `host` for the script (a UDP destination, an address to listen on):
    /// with `dial`, `--connect-to` rules apply; an IP literal answers at once. The answer comes
    /// from [`Runtime::lookup_result`].
    pub fn lookup_start(&mut self, host: &str, port: u16, dial: bool) -> Result<usize, NetError> {
        let (dial, port) = if dial { self.dial_target(host, port) } else { (host.to_string(), port) };
        if conn::bare_host(dial.trim()).is_empty() {
            return Err(NetError::EmptyAddress);
        }
        let id = self.new_id();
        let answer = conn::ip_literal(&dial).map(|ip| Ok(vec![SocketAddr::new(ip, port)]));
        let pending = answer.is_none();
        self.lookups.insert(id, Lookup { host: dial.clone(), answer });
        if pending && let Err(e) = self.resolver.start(id, &dial, port) {
            self.lookups.remove(&id);
            return Err(e);
        }
        Ok(id)
    }

    /// The answer of a lookup once it came (the lookup is then forgotten).
    pub fn lookup_result(&mut self, id: usize) -> Option<Result<Vec<SocketAddr>, NetError>> {
        let done = self.lookups.get(&id)?.answer.is_some();
        if !done {
            return None;
        }
        let Lookup { host, answer } = self.lookups.remove(&id)?;
        Some(match answer? {
            Ok(addrs) if !addrs.is_empty() => Ok(addrs),
            Ok(_) => Err(NetError::Resolve { host, detail: None }),
            Err(why) => Err(NetError::Resolve { host, detail: Some(why) }),
        })
    }

    /// Stops waiting for a lookup (its answer is dropped when it comes).
    pub fn lookup_abandon(&mut self, id: usize) {
        self.lookups.remove(&id);
    }

    /// Where a connection asked for at `host:port` is dialled: the first `--connect-to` rule
    /// that matches, else the same place.
    pub(super) fn dial_target(&self, host: &str, port: u16) -> (String, u16) {
        match self
            .config
            .connect_to
            .iter()
            .find(|m| m.from_port == port && conn::bare_host(&m.from_host).eq_ignore_ascii_case(conn::bare_host(host)))
        {
            Some(m) => (m.to_host.clone(), m.to_port),
            None => (host.to_string(), port),
        }
    }

    /// Refuses a name already used, or one socket too many.
    pub(super) fn check_new_name(&self, name: &str) -> Result<(), NetError> {
        if self.names.contains_key(name) {
            return Err(NetError::NameInUse { name: name.to_string() });
        }
        if self.names.len() >= self.config.max_sockets {
            return Err(NetError::TooManySockets { limit: self.config.max_sockets });
        }
        Ok(())
    }

    /// A fresh id (also the connection's poll token).
    pub(super) fn new_id(&mut self) -> usize {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// The error for an operation that found `name` closed, with why it ended when known.
    pub fn closed_error(&self, name: &str) -> NetError {
        NetError::SocketClosed { name: name.to_string(), reason: self.end_reason(name).map(Box::new) }
    }

    /// Closes everything, best effort, in at most about a second.
    pub fn shutdown(&mut self) {
        let names: Vec<String> = self.names.keys().cloned().collect();
        for n in names {
            let _ = self.close(&n);
        }
        self.events.clear();
        let deadline = Instant::now() + CLOSE_GRACE;
        while !(self.conns.is_empty() && self.streams.is_empty()) && Instant::now() < deadline {
            if self.run_once(Some(deadline)).is_err() {
                break;
            }
        }
        self.drop_all();
    }

    /// Releases every connection at once.
    fn drop_all(&mut self) {
        let ids: Vec<usize> = self.conns.keys().copied().collect();
        for id in ids {
            self.remove_conn(id);
        }
        let ids: Vec<usize> = self.streams.keys().copied().collect();
        for id in ids {
            self.remove_stream(id);
        }
        let ids: Vec<usize> = self.listeners.keys().copied().collect();
        for id in ids {
            self.close_listener(id);
        }
        let ids: Vec<usize> = self.udps.keys().copied().collect();
        for id in ids {
            self.close_udp(id);
        }
    }

    pub(super) fn id_of(&self, name: &str) -> Result<usize, NetError> {
        self.names.get(name).copied().ok_or_else(|| NetError::unknown_socket(name))
    }
}

impl Drop for Runtime {
    fn drop(&mut self) {
        // Dropping sockets closes them; no close handshake here (shutdown() does that).
        self.drop_all();
    }
}

/// The certificates of a PEM buffer (`--cacert`): an error when it holds none or is not PEM.
pub fn certificates_in(pem: &[u8]) -> Result<Vec<native_tls::Certificate>, String> {
    let certs = native_tls::Certificate::stack_from_pem(pem)
        .map_err(|e| format!("not a valid PEM certificate ({})", super::error::openssl_reason(&e.to_string())))?;
    if certs.is_empty() {
        return Err("no certificate found (expected PEM blocks \"-----BEGIN CERTIFICATE-----\")".to_string());
    }
    Ok(certs)
}
