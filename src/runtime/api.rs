//! The public face of the socket runtime: [`Runtime`], its state, and the calls the interpreter
//! makes (connect, write, read, close, poll, events). Stage: runtime. Each call validates its
//! arguments, then hands the waiting to the readiness loop (`reactor.rs`) and the connection's
//! progress to its phases (`phases.rs`). It must not sleep-poll, spin, print, or know the
//! interpreter's values.

use std::collections::{HashMap, VecDeque};
use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Instant;

use mio::{Poll, Waker};
use tungstenite::protocol::CloseFrame;
use tungstenite::protocol::frame::coding::CloseCode;

use super::conn::{self, Conn, Phase, Reading};
use super::reactor::{CLOSE_GRACE, WAKER, WRITE_HIGH_WATER};
use super::{Config, ConnectRequest, Event, Message, NetError, NetErrorKind, ReadOutcome};

pub(super) type DnsAnswer = (usize, Result<Vec<SocketAddr>, String>);

/// The socket runtime. See the module documentation of `runtime` for the contract.
pub struct Runtime {
    pub(super) config: Config,
    pub(super) roots: Vec<native_tls::Certificate>,
    pub(super) poll: Poll,
    pub(super) mio_events: mio::Events,
    pub(super) waker: Arc<Waker>,
    pub(super) dns_tx: Sender<DnsAnswer>,
    pub(super) dns_rx: Receiver<DnsAnswer>,
    pub(super) conns: HashMap<usize, Conn>,
    pub(super) names: HashMap<String, usize>,
    pub(super) next_id: usize,
    /// Events of asynchronous sockets for the interpreter, with the connection they concern.
    pub(super) events: VecDeque<(usize, String, Event)>,
    /// Connections in [`Reading::Resume`]: read at the next loop turn.
    pub(super) resume: Vec<usize>,
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

    fn id_of(&self, name: &str) -> Result<usize, NetError> {
        self.names.get(name).copied().ok_or_else(|| NetError::unknown_socket(name))
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
