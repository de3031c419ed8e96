//! The host event loop. Families plug event sources into it through their state slots
//! (`builtins::FamilyState::events`): the sockets' readiness loop, later timers and threads. Every
//! wait of a script goes through `wait_events` (a pause, a blocking read, the end of the main
//! code): it calls the procedures of ready events, checks what the caller waits for, and sleeps in
//! the one source that does I/O until the nearest deadline. Ctrl-C ends a wait as `FinProgramme`
//! does. Events are dispatched only from the outermost wait: a procedure called for an event that
//! waits in turn drives the sources without dispatching (no nesting, so no unbounded recursion).

use std::io::Write;
use std::time::{Duration, Instant};

use crate::builtins::{Dispatch, Host};
use crate::diagnostics::Abort;
use crate::value::Value;

use super::compile::fail;
use super::threads::Pause;
use super::{Ctl, Interp};

/// With several sources doing I/O, each is polled in turn for at most this long.
const SHARED_SLICE: Duration = Duration::from_millis(10);

/// How often a thread waiting for an event without a deadline is looked at, at the latest.
const THREAD_RECHECK: Duration = Duration::from_millis(10);

impl Interp {
    /// Waits until `ready` (then `true`) or `deadline` (then `false`), dispatching events.
    /// Also returns `false` when nothing could ever wake the loop (no source, no deadline).
    pub(crate) fn wait_events(
        &mut self,
        deadline: Option<Instant>,
        ready: &mut dyn FnMut(&mut dyn Host) -> bool,
    ) -> Ctl<bool> {
        if self.threads.in_thread() {
            return self.wait_in_thread(deadline, ready);
        }
        loop {
            if !self.dispatching {
                self.dispatch_queued()?;
            }
            if ready(self) {
                return Ok(true);
            }
            if self.interrupt.is_set() {
                return Err(Box::new(Abort::Exit));
            }
            if deadline.is_some_and(|d| Instant::now() >= d) {
                return Ok(false);
            }
            if self.threads.any_alive() {
                self.run_threads()?;
                if ready(self) {
                    return Ok(true);
                }
            }
            if !self.poll_sources(deadline)? {
                return Ok(false);
            }
        }
    }

    /// A wait inside a WLanguage thread: hands over to the scheduler (the main code's wait loop,
    /// which drives the event sources) until `ready` or `deadline`.
    fn wait_in_thread(&mut self, deadline: Option<Instant>, ready: &mut dyn FnMut(&mut dyn Host) -> bool) -> Ctl<bool> {
        loop {
            if ready(self) {
                return Ok(true);
            }
            if self.interrupt.is_set() {
                return Err(Box::new(Abort::Exit));
            }
            if deadline.is_some_and(|d| Instant::now() >= d) {
                return Ok(false);
            }
            self.pause_thread(Pause::Wait(deadline))?;
        }
    }

    /// After the main code: dispatches events while a source has more to come or a thread runs.
    pub(crate) fn run_event_loop(&mut self) -> Ctl<()> {
        loop {
            self.dispatch_queued()?;
            self.run_threads()?;
            if !self.keeps_alive() && !self.threads.any_alive() {
                return Ok(());
            }
            if self.interrupt.is_set() {
                return Err(Box::new(Abort::Exit));
            }
            if !self.poll_sources(None)? {
                return Ok(());
            }
        }
    }

    /// Calls the procedures of every event already queued, source by source.
    pub(crate) fn dispatch_queued(&mut self) -> Ctl<()> {
        let mut i = 0;
        while i < self.states.len() {
            let lang = self.lang;
            match self.states[i].1.events().and_then(|source| source.next_event(lang)) {
                Some(event) => self.dispatch(event)?,
                None => i += 1,
            }
        }
        Ok(())
    }

    fn dispatch(&mut self, event: Dispatch) -> Ctl<()> {
        let Value::Proc(closure) = &event.procedure else {
            return Ok(());
        };
        let span = self.procs[closure.proc].span;
        let outer = std::mem::replace(&mut self.dispatching, true);
        let result = self.call_closure(closure, event.args, span);
        self.dispatching = outer;
        result.map(Value::discard)
    }

    fn keeps_alive(&mut self) -> bool {
        self.states.iter_mut().any(|(_, state)| state.events().is_some_and(|source| source.keeps_alive()))
    }

    /// One turn of the I/O sources without waiting: what arrived is read, so that threads that
    /// wait for it see it even while the main code computes (called at the evaluator's ticks).
    pub(crate) fn poll_io_now(&mut self) -> Ctl<()> {
        let now = Some(Instant::now());
        for i in 0..self.states.len() {
            if let Some(source) = self.states[i].1.events()
                && source.does_io()
                && let Err(fault) = source.poll(now, false)
            {
                return fail(fault, Default::default());
            }
        }
        Ok(())
    }

    /// One turn of waiting, until the nearest of `deadline` and the sources' own deadlines.
    /// Returns `false` when nothing could wake the loop.
    fn poll_sources(&mut self, deadline: Option<Instant>) -> Ctl<bool> {
        let mut wake = deadline;
        // Threads: one that can run at once wants no sleep; one that waits for an event with no
        // deadline (a signal, a socket) is looked at again every few milliseconds at the latest.
        let now = Instant::now();
        let threads_wake = if self.threads.others_ready(now) {
            Some(now)
        } else if self.threads.any_waiting_for_events() {
            Some(now + THREAD_RECHECK)
        } else {
            self.threads.next_wake()
        };
        if let Some(t) = threads_wake {
            wake = Some(wake.map_or(t, |w| w.min(t)));
        }
        let mut io = Vec::new();
        for (i, (_, state)) in self.states.iter_mut().enumerate() {
            if let Some(source) = state.events() {
                if let Some(d) = source.next_deadline() {
                    wake = Some(wake.map_or(d, |w| w.min(d)));
                }
                if source.does_io() {
                    io.push(i);
                }
            }
        }
        // What the script printed shows before it waits (stdout may be a pipe).
        let _ = self.out.flush();
        if io.is_empty() {
            return Ok(match wake {
                Some(wake) => {
                    self.interrupt.sleep_until(wake);
                    true
                }
                None => false,
            });
        }
        let shared = io.len() > 1;
        for i in io {
            let until = if shared {
                let slice = Instant::now() + SHARED_SLICE;
                Some(wake.map_or(slice, |w| w.min(slice)))
            } else {
                wake
            };
            if let Some(source) = self.states[i].1.events()
                && let Err(fault) = source.poll(until, !self.dispatching)
            {
                return fail(fault, Default::default());
            }
        }
        Ok(true)
    }
}
