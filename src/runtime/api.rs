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

use super::conn::{self, Conn, Phase};
use super::reactor::{CLOSE_GRACE, WAKER, WRITE_HIGH_WATER};
use super::{Config, ConnectRequest, Ending, Event, Message, NetError, ReadOutcome};

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
    /// Connections to drive at the next loop turn without waiting for readiness (see
    /// `Conn::scheduled`).
    pub(super) resume: Vec<usize>,
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
    pub fn end_reason(&self, name: &str) -> Option<Ending> {
        self.conns.get(self.names.get(name)?)?.end_note.clone()
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

/// The certificates of a PEM buffer (`--cacert`): an error when it holds none or is not PEM.
pub fn certificates_in(pem: &[u8]) -> Result<Vec<native_tls::Certificate>, String> {
    let certs = native_tls::Certificate::stack_from_pem(pem)
        .map_err(|e| format!("not a valid PEM certificate ({})", super::error::openssl_reason(&e.to_string())))?;
    if certs.is_empty() {
        return Err("no certificate found (expected PEM blocks \"-----BEGIN CERTIFICATE-----\")".to_string());
    }
    Ok(certs)
}
