//! WLanguage threads (`ThreadExécute` and friends) as cooperative threads on the interpreter's
//! own OS thread: each is a stackful coroutine (corosensei) that runs the thread's procedure with
//! the evaluator, and switches back to the scheduler at every wait (`ThreadPause`, a blocking
//! `SocketLit`, `SocketAttendConnexion`, `ThreadAttend`...) and at the evaluator's periodic tick
//! (every 1,024 steps), so a thread that computes cannot starve the others.
//!
//! The model: the main code runs on the native stack and is the scheduler; whenever it waits, or
//! at its own ticks, it resumes the other threads one after the other. Values need no locks
//! (one OS thread), and a script's behaviour is deterministic for a given timing of its I/O.
//! Its limits: one core only (threads interleave, they never run at the same time), and a thread
//! blocked in a long computation inside a single builtin call holds the others until it returns.
//!
//! Each thread keeps its own call depth, error state (`ErreurInfo`) and dispatch flag, swapped
//! in and out with the thread. A fatal error in a thread stops the program, as an error in the
//! main code does; `FinProgramme` in a thread ends the program.

use std::time::Instant;

use corosensei::stack::DefaultStack;
use corosensei::{Coroutine, CoroutineResult, Yielder};

use crate::builtins::{ErrorState, ThreadStatus};
use crate::diagnostics::Abort;
use crate::value::Value;

use super::{Ctl, Interp};

/// The stack of each thread: reserved, committed by the system only as it is used.
const STACK_SIZE: usize = 64 << 20;

/// What the scheduler hands a thread when it resumes it: the interpreter to run with (the same
/// one every time), and whether the thread must stop (`ThreadArrête`, end of the program).
pub(crate) struct Resume {
    interp: *mut Interp,
    stop: bool,
}

/// Why a thread handed control back.
pub(crate) enum Pause {
    /// Waiting for something, at most until this moment.
    Wait(Option<Instant>),
    /// Its time slice is over; it can go on at once.
    Slice,
}

type Co = Coroutine<Resume, Pause, Ctl<Value>, DefaultStack>;

struct WThread {
    name: String,
    co: Option<Co>,
    /// When the thread waits, until when (None: until an event).
    wake: Option<Instant>,
    ready: bool,
    finished: bool,
    stop_requested: bool,
    /// The coroutine's yielder, known once it has started.
    yielder: Option<*const Yielder<Resume, Pause>>,
    /// The thread's own interpreter state, kept while it does not run.
    depth: u32,
    dispatching: bool,
    errors: ErrorState,
}

/// Every thread of the run, and the one running now (None: the main code).
#[derive(Default)]
pub(crate) struct Threads {
    list: Vec<WThread>,
    current: Option<usize>,
    /// The running thread's yielder (valid while `current` is set).
    yielder: Option<*const Yielder<Resume, Pause>>,
}

impl Threads {
    pub(crate) fn in_thread(&self) -> bool {
        self.current.is_some()
    }

    /// Whether some thread has not finished.
    pub(crate) fn any_alive(&self) -> bool {
        self.list.iter().any(|t| !t.finished)
    }

    /// Whether another thread than the running one could run now.
    pub(crate) fn others_ready(&self, now: Instant) -> bool {
        self.list.iter().enumerate().any(|(i, t)| {
            Some(i) != self.current && !t.finished && (t.ready || t.stop_requested || t.wake.is_some_and(|w| w <= now))
        })
    }

    /// The earliest moment a waiting thread wants to be looked at again.
    pub(crate) fn next_wake(&self) -> Option<Instant> {
        self.list.iter().filter(|t| !t.finished && !t.ready).filter_map(|t| t.wake).min()
    }

    /// Whether a thread waits for something (an event, a signal, data, with or without a
    /// deadline): it is looked at again after every turn of the event loop, and at the latest
    /// every few milliseconds (what it waits for may come from another thread).
    pub(crate) fn any_waiting_for_events(&self) -> bool {
        self.list.iter().any(|t| !t.finished && !t.ready)
    }

    pub(crate) fn status(&self, name: &str) -> Option<ThreadStatus> {
        self.list
            .iter()
            .rev()
            .find(|t| t.name == name)
            .map(|t| if t.finished { ThreadStatus::Finished } else { ThreadStatus::Running })
    }

    pub(crate) fn current_name(&self) -> Option<&str> {
        self.current.map(|i| self.list[i].name.as_str())
    }
}

impl Interp {
    /// `ThreadExécute`: registers a thread that will call `procedure(args)`; it first runs at the
    /// main code's next wait or tick. `Err` when a running thread already has this name.
    pub(crate) fn start_thread(&mut self, name: &str, procedure: Value, args: Vec<Value>) -> Result<(), ()> {
        if self.threads.status(name) == Some(ThreadStatus::Running) {
            return Err(());
        }
        self.threads.list.retain(|t| t.name != name);
        let stack = match DefaultStack::new(STACK_SIZE) {
            Ok(stack) => stack,
            Err(_) => return Err(()),
        };
        let co = Co::with_stack(stack, move |yielder, first: Resume| {
            // SAFETY: the scheduler passes the interpreter it runs with at every resume, and
            // does not touch it until this coroutine suspends or returns.
            let interp = unsafe { &mut *first.interp };
            if first.stop {
                return Ok(Value::Null);
            }
            interp.threads.yielder = Some(yielder as *const _);
            let Value::Proc(closure) = &procedure else {
                return Ok(Value::Null);
            };
            let span = interp.procs[closure.proc].span;
            interp.call_closure(closure, args, span)
        });
        self.threads.list.push(WThread {
            name: name.to_owned(),
            co: Some(co),
            wake: None,
            ready: true,
            finished: false,
            stop_requested: false,
            yielder: None,
            depth: 0,
            dispatching: false,
            errors: ErrorState::default(),
        });
        Ok(())
    }

    /// `ThreadArrête`: the thread stops at its next switch (its current wait ends with a stop).
    pub(crate) fn stop_thread(&mut self, name: &str) -> bool {
        match self.threads.list.iter_mut().rev().find(|t| t.name == name && !t.finished) {
            Some(t) => {
                t.stop_requested = true;
                t.ready = true;
                true
            }
            None => false,
        }
    }

    /// Inside a thread: hands control back to the scheduler. `Err` when the thread must stop.
    pub(crate) fn pause_thread(&mut self, why: Pause) -> Ctl<()> {
        let Some(yielder) = self.threads.yielder else {
            return Ok(());
        };
        // SAFETY: the yielder belongs to the running coroutine (set when it started, and the
        // same for its whole life); this code runs on that coroutine's stack.
        let resume = unsafe { (*yielder).suspend(why) };
        if resume.stop { Err(Box::new(Abort::Exit)) } else { Ok(()) }
    }

    /// From the main code: resumes every thread that can run, once each. A fatal error (or
    /// `FinProgramme`) in a thread ends the program from here.
    pub(crate) fn run_threads(&mut self) -> Ctl<()> {
        if self.threads.in_thread() {
            return Ok(());
        }
        if self.threads.any_waiting_for_events() {
            // What a waiting thread waits for may have arrived while the main code computed.
            self.poll_io_now()?;
        }
        let mut i = 0;
        while i < self.threads.list.len() {
            let t = &self.threads.list[i];
            // A waiting thread is resumed too: it looks at what it waits for, and waits again.
            let runnable = !t.finished && t.co.is_some();
            if runnable {
                self.resume_thread(i)?;
            }
            i += 1;
        }
        Ok(())
    }

    fn resume_thread(&mut self, i: usize) -> Ctl<()> {
        let Some(mut co) = self.threads.list[i].co.take() else {
            return Ok(());
        };
        let stop = self.threads.list[i].stop_requested;
        self.swap_thread_state(i);
        self.threads.current = Some(i);
        self.threads.yielder = self.threads.list[i].yielder;
        let result = co.resume(Resume { interp: self as *mut Interp, stop });
        self.threads.current = None;
        self.threads.list[i].yielder = self.threads.yielder.take();
        self.swap_thread_state(i);
        let t = &mut self.threads.list[i];
        match result {
            CoroutineResult::Yield(Pause::Slice) => {
                t.ready = true;
                t.wake = None;
                t.co = Some(co);
            }
            CoroutineResult::Yield(Pause::Wait(until)) => {
                t.ready = false;
                t.wake = until;
                t.co = Some(co);
            }
            CoroutineResult::Return(outcome) => {
                t.finished = true;
                t.ready = false;
                if let Err(abort) = outcome
                    && !t.stop_requested
                {
                    return Err(abort);
                }
            }
        }
        Ok(())
    }

    /// Exchanges the interpreter's per-thread state with the thread's saved copy.
    fn swap_thread_state(&mut self, i: usize) {
        let t = &mut self.threads.list[i];
        std::mem::swap(&mut self.depth, &mut t.depth);
        std::mem::swap(&mut self.dispatching, &mut t.dispatching);
        std::mem::swap(&mut self.errors, &mut t.errors);
    }

    /// End of the run: every thread still alive is stopped (its waits end, its code unwinds).
    pub(crate) fn stop_all_threads(&mut self) {
        for t in &mut self.threads.list {
            t.stop_requested = true;
        }
        for i in 0..self.threads.list.len() {
            while !self.threads.list[i].finished && self.threads.list[i].co.is_some() {
                if self.resume_thread(i).is_err() {
                    break;
                }
            }
        }
    }
}
