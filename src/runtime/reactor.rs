//! The runtime's readiness loop: one `mio::Poll` that the interpreter thread owns drives every
//! connection, all non-blocking. Stage: runtime. A synchronous call (connect_sync, a blocking
//! read, a write with a large backlog) runs this loop until its own condition or deadline while
//! events of asynchronous sockets are queued for the interpreter's next dispatch point. It must
//! not sleep-poll, spin, print, or know the interpreter's values.
//!
//! Sockets are edge-triggered and registered for reading and writing once. An edge is not
//! repeated for data already inside the kernel, OpenSSL or tungstenite, so a connection that
//! stops reading before `WouldBlock` is *scheduled*: driven again at the next turn without
//! waiting for readiness (that turn polls with a zero timeout).
//!
//! Work is sliced: a connection is driven for at most [`SLICE_FRAMES`] frames (data or
//! control), [`SLICE_BYTES`] bytes and about [`SLICE_TIME`] per turn, then scheduled. Between slices the callers look
//! at their deadlines and at Ctrl-C, and every other ready connection gets its own slice, so a
//! peer that floods pings or sends endless (empty) continuation frames can neither hang a wait
//! nor starve the other sockets.
//!
//! Read-ahead is bounded: a connection stops reading data frames while [`READ_AHEAD`] received
//! messages wait for the script (a synchronous socket's inbox, an asynchronous socket's
//! undispatched message events), so a flooding server cannot grow memory, and the script answers
//! a message (an echo, say) before the next frame is even parsed, which may fail the connection.
//! Pings and pongs still pass meanwhile (`conn::Stream` hands tungstenite one frame at a time and
//! holds any other frame back), so a paused connection answers pings. When the
//! script takes a message the connection is scheduled.
//!
//! Writes are bounded too: the script blocks above [`WRITE_HIGH_WATER`] bytes waiting to be
//! sent, and a peer that sends pings without reading the pongs is cut off once
//! [`PONG_BACKLOG`] bytes of pongs wait ([`NetError::PeerNotReading`]); tungstenite's write
//! buffer is capped at the sum of the two ([`max_write_buffer`]).

use std::io;
use std::time::{Duration, Instant};

use mio::{Interest, Token};

use super::Runtime;
use super::conn::{self, Conn, Phase, Reading};
use super::{Event, Message, NetError, ProtocolCause};

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
/// Frames (`read()` results, pings and pongs included) one connection may take per loop turn
/// (fewer when its time is up first).
pub(super) const SLICE_FRAMES: usize = 64;
/// Bytes one connection may read per loop turn (bounds the frames one `read()` call parses).
pub(super) const SLICE_BYTES: usize = 256 << 10;
/// Time after which one connection's slice stops reading (see `conn::Stream`).
const SLICE_TIME: Duration = Duration::from_millis(1);
/// Bytes of pongs that may wait unsent before a pinging peer that reads nothing is cut off.
pub(super) const PONG_BACKLOG: usize = 1 << 20;

/// The cap on tungstenite's write buffer for messages of at most `max_message_size` bytes:
/// the script's backlog (up to [`WRITE_HIGH_WATER`] plus one message), the pongs, and room for
/// a close frame.
pub(super) fn max_write_buffer(max_message_size: usize) -> usize {
    WRITE_HIGH_WATER.saturating_add(conn::frame_len(max_message_size)).saturating_add(PONG_BACKLOG + (64 << 10))
}

impl Runtime {
    /// One loop turn: waits for readiness until the nearest of `deadline` and the internal
    /// deadlines (not at all when connections are scheduled), gives each ready or scheduled
    /// connection one slice, then expires what is overdue.
    pub(super) fn run_once(&mut self, deadline: Option<Instant>) -> io::Result<()> {
        let now = Instant::now();
        let mut wake_at = deadline;
        for c in self.conns.values() {
            let d = if c.phase.is_establishing() { Some(c.deadline) } else { c.closing_deadline };
            if let Some(d) = d {
                wake_at = Some(wake_at.map_or(d, |w| w.min(d)));
            }
        }
        if let Some(d) = self.stream_deadlines() {
            wake_at = Some(wake_at.map_or(d, |w| w.min(d)));
        }
        // Scheduled connections have input waiting that no readiness event will announce.
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
        // With each token, whether the peer finished or failed (then a stream reads to the end).
        let ready: Vec<(Token, bool)> =
            self.mio_events.iter().map(|e| (e.token(), e.is_read_closed() || e.is_error())).collect();
        let scheduled = std::mem::take(&mut self.resume);
        for (token, closing) in ready {
            if token == WAKER {
                self.take_dns_answers();
            } else {
                if closing && let Some(c) = self.streams.get_mut(&token.0) {
                    c.peer_closing = true;
                }
                if let Some(stream) = self.conns.get_mut(&token.0).and_then(|c| c.phase.stream_mut()) {
                    stream.readiness(closing);
                }
                self.drive_any(token.0);
            }
        }
        for id in scheduled {
            // A readiness event may have driven it already (and cleared the flag); then it has
            // had its slice, unless that slice scheduled it again: at most two per turn.
            if self.is_scheduled(id) {
                self.drive_any(id);
            }
        }
        let now = Instant::now();
        self.expire(now);
        self.expire_streams(now);
        Ok(())
    }

    /// One slice for whatever socket `id` is.
    fn drive_any(&mut self, id: usize) {
        if self.conns.contains_key(&id) {
            self.drive(id);
        } else if self.streams.contains_key(&id) {
            self.drive_stream(id);
        } else if self.listeners.contains_key(&id) {
            self.drive_listener(id);
        } else if self.udps.contains_key(&id) {
            self.drive_udp(id);
        }
    }

    fn is_scheduled(&self, id: usize) -> bool {
        self.conns
            .get(&id)
            .map(|c| c.scheduled)
            .or_else(|| self.streams.get(&id).map(|c| c.scheduled))
            .or_else(|| self.listeners.get(&id).map(|l| l.scheduled))
            .or_else(|| self.udps.get(&id).map(|u| u.scheduled))
            .unwrap_or(false)
    }

    /// Drives `id` at the next loop turn without waiting for readiness.
    pub(super) fn schedule(&mut self, id: usize) {
        let flag = if let Some(c) = self.conns.get_mut(&id) {
            &mut c.scheduled
        } else if let Some(c) = self.streams.get_mut(&id) {
            &mut c.scheduled
        } else if let Some(l) = self.listeners.get_mut(&id) {
            &mut l.scheduled
        } else if let Some(u) = self.udps.get_mut(&id) {
            &mut u.scheduled
        } else {
            return;
        };
        if !*flag {
            *flag = true;
            self.resume.push(id);
        }
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
            let err = NetError::ConnectTimeout { target: c.target(), ms: Some(ms) };
            self.fail(id, err);
        }
        for id in close_overdue {
            self.finish(id);
        }
    }

    /// Resumes a connection for one slice: as far as it can go without blocking, within the
    /// slice's budgets. Schedules it again when the slice ended with input possibly waiting.
    pub(super) fn drive(&mut self, id: usize) {
        let Some(c) = self.conns.get_mut(&id) else {
            return;
        };
        c.scheduled = false;
        if let Some(stream) = c.phase.stream_mut() {
            stream.refill(SLICE_BYTES, SLICE_TIME);
        }
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
                        break;
                    }
                }
                Phase::TlsHandshaking(mid) => {
                    let r = mid.handshake();
                    if !self.after_tls(id, r) {
                        break;
                    }
                }
                Phase::WsHandshaking(mid) => {
                    let r = (*mid).handshake();
                    if !self.after_ws_handshake(id, r) {
                        break;
                    }
                }
                Phase::Open(ws) => {
                    c.phase = Phase::Open(ws);
                    self.pump(id);
                    break;
                }
                Phase::Closing(ws) => {
                    c.phase = Phase::Closing(ws);
                    self.pump(id);
                    break;
                }
            }
        }
        if self.conns.get_mut(&id).and_then(|c| c.phase.stream_mut()).is_some_and(|s| s.starved()) {
            self.schedule(id);
        }
    }

    /// Open or closing connection, one slice: flush, then read frames until `WouldBlock`, the
    /// read-ahead bound, or the end of the slice.
    pub(super) fn pump(&mut self, id: usize) {
        for frame in 0..SLICE_FRAMES {
            let Some(c) = self.conns.get_mut(&id) else {
                return;
            };
            let ws = match &mut c.phase {
                Phase::Open(ws) | Phase::Closing(ws) => ws,
                _ => return,
            };
            if frame > 0 && ws.get_ref().slice_over() {
                break;
            }
            // Flushing every time is cheap and covers close frames and queued pongs too.
            let waiting = match ws.flush() {
                Ok(()) => {
                    c.pending_bytes = 0;
                    c.pongs_waiting = 0;
                    false
                }
                Err(tungstenite::Error::Io(e)) if e.kind() == io::ErrorKind::WouldBlock => true,
                Err(e) => {
                    self.end_connection(id, &e);
                    return;
                }
            };
            let stream = ws.get_mut();
            if let Some(watch) = stream.watch_writes(waiting) {
                let interest = if watch { Interest::READABLE | Interest::WRITABLE } else { Interest::READABLE };
                // Re-arming re-reports a readiness that already holds: no edge is lost.
                let _ = self.poll.registry().reregister(stream.tcp_mut(), Token(id), interest);
            }
            if c.pongs_waiting > PONG_BACKLOG {
                let waiting = c.pongs_waiting;
                self.fail(id, NetError::PeerNotReading { waiting });
                return;
            }
            // The bound applies to an open, named connection: a closing one receives no more
            // messages, and one the script closed delivers none. While it holds, pings and pongs
            // still pass (pings are answered); any other frame waits unread.
            let hold = matches!(c.phase, Phase::Open(_)) && c.name.is_some() && !has_room(c);
            c.reading = if hold { Reading::Paused } else { Reading::On };
            if let Some(stream) = c.phase.stream_mut() {
                stream.control_only(hold);
            }
            let (ws, open) = match &mut c.phase {
                Phase::Open(ws) => (ws, true),
                Phase::Closing(ws) => (ws, false),
                _ => return,
            };
            match ws.read() {
                Ok(tungstenite::Message::Text(t)) => self.deliver(id, Message::Text(t.as_str().to_string())),
                Ok(tungstenite::Message::Binary(b)) => self.deliver(id, Message::Binary(b.to_vec())),
                Ok(tungstenite::Message::Close(frame)) => {
                    // tungstenite replaces a close code that must not be sent (999, 1005, 5000,
                    // ...) by this frame before we see it, and answers with it.
                    let invalid = open
                        && frame.as_ref().is_some_and(|f| {
                            f.code == tungstenite::protocol::frame::coding::CloseCode::Protocol
                                && f.reason.as_str() == "Protocol violation"
                        });
                    let reason = frame.map(|f| f.reason.as_str().to_string()).unwrap_or_default();
                    let phase = std::mem::replace(&mut c.phase, Phase::Done);
                    c.phase = match phase {
                        Phase::Open(ws) => Phase::Closing(ws),
                        other => other,
                    };
                    if c.closing_deadline.is_none() {
                        c.closing_deadline = Some(Instant::now() + CLOSE_GRACE);
                    }
                    let event = if invalid {
                        Event::Error(NetError::Protocol { cause: ProtocolCause::InvalidCloseCode })
                    } else {
                        Event::Closed { reason }
                    };
                    self.report_end(id, event);
                }
                Ok(tungstenite::Message::Ping(p)) => {
                    // tungstenite queued a pong (none once closing): count it until a flush
                    // completes.
                    if open {
                        c.pongs_waiting = c.pongs_waiting.saturating_add(conn::frame_len(p.len()));
                    }
                }
                // Pongs and raw frames mean nothing here.
                Ok(_) => {}
                Err(tungstenite::Error::Io(e)) if e.kind() == io::ErrorKind::WouldBlock => return,
                Err(e) => {
                    self.end_connection(id, &e);
                    return;
                }
            }
        }
        // The slice is over and more frames may be waiting.
        self.schedule(id);
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
            c.reading = Reading::On;
            self.schedule(id);
        }
    }

    /// Runs the loop until the write backlog of `id` is below the high-water mark. Meanwhile
    /// the connection reads ahead up to [`BLOCKED_READ_AHEAD_BYTES`]: a peer that echoes stops
    /// reading while its own writes are blocked, and would otherwise never drain the backlog.
    pub(super) fn drain_backlog(&mut self, id: usize, name: &str) -> Result<(), NetError> {
        if let Some(c) = self.conns.get_mut(&id) {
            c.write_blocked = true;
            if c.reading == Reading::Paused && has_room(c) {
                c.reading = Reading::On;
                self.schedule(id);
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
                Some(c) if c.ended => return Err(self.closed_error(name)),
                Some(_) => return Ok(()),
                None => return Err(NetError::unknown_socket(name)),
            }
            if self.config.interrupt.is_set() {
                return Err(NetError::Interrupted);
            }
            if Instant::now() >= deadline {
                return Err(NetError::WriteTimeout { name: name.to_string(), ms: WRITE_TIMEOUT.as_millis() });
            }
            self.run_once(Some(deadline)).map_err(|e| NetError::poller(&e))?;
        }
    }
}

/// True when the connection may read one more message for the script (see [`READ_AHEAD`]).
fn has_room(c: &Conn) -> bool {
    c.queued < READ_AHEAD || (c.write_blocked && c.queued_bytes < BLOCKED_READ_AHEAD_BYTES)
}
