//! The runtime's readiness loop: one `mio::Poll` that the interpreter thread owns drives every
//! connection, all non-blocking. Stage: runtime. A synchronous call (connect_sync, a blocking
//! read, a write with a large backlog) runs this loop until its own condition or deadline while
//! events of asynchronous sockets are queued for the interpreter's next dispatch point. It must
//! not sleep-poll, spin, print, or know the interpreter's values.
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

use std::io;
use std::time::{Duration, Instant};

use mio::Token;

use super::Runtime;
use super::conn::{Conn, Phase, Reading};
use super::{Event, Message, NetError, NetErrorKind};

pub(super) const WAKER: Token = Token(0);
/// How long a closing handshake may take before the transport is simply dropped.
pub(super) const CLOSE_GRACE: Duration = Duration::from_secs(1);
/// A write blocks (running the loop) while more than this many bytes wait to be sent.
pub(super) const WRITE_HIGH_WATER: usize = 4 << 20;
/// Bound on that blocking: a peer that reads nothing for this long fails the write.
const WRITE_TIMEOUT: Duration = Duration::from_secs(30);
/// A connection stops reading while this many received messages wait for the script.
const READ_AHEAD: usize = 1;
/// While the script is blocked writing to a connection, it keeps reading until this many bytes
/// of received messages wait (a peer that echoes would otherwise deadlock with the writer).
const BLOCKED_READ_AHEAD_BYTES: usize = 64 << 20;

impl Runtime {
    /// One loop turn: waits for readiness until the nearest of `deadline` and the internal
    /// deadlines, resumes the ready connections, then expires what is overdue.
    pub(super) fn run_once(&mut self, deadline: Option<Instant>) -> io::Result<()> {
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

    pub(super) fn expire(&mut self, now: Instant) {
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
    pub(super) fn drive(&mut self, id: usize) {
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

    /// Open or closing connection: flush, then read until WouldBlock.
    pub(super) fn pump(&mut self, id: usize) {
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

    pub(super) fn deliver(&mut self, id: usize, m: Message) {
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
    pub(super) fn dequeued(&mut self, id: usize, len: usize) {
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

    /// Runs the loop until the write backlog of `id` is below the high-water mark. Meanwhile
    /// the connection reads ahead up to [`BLOCKED_READ_AHEAD_BYTES`]: a peer that echoes stops
    /// reading while its own writes are blocked, and would otherwise never drain the backlog.
    pub(super) fn drain_backlog(&mut self, id: usize, name: &str) -> Result<(), NetError> {
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

    pub(super) fn wait_for_backlog(&mut self, id: usize, name: &str) -> Result<(), NetError> {
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

/// True when the connection may read one more message for the script (see [`READ_AHEAD`]).
fn has_room(c: &Conn) -> bool {
    c.queued < READ_AHEAD || (c.write_blocked && c.queued_bytes < BLOCKED_READ_AHEAD_BYTES)
}
