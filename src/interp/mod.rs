//! Stage 4: running a resolved program. `Interp` owns the globals, the output streams, the error
//! state (`ErreurInfo`, `ErreurDétectée`, `ExceptionInfo`), the state slots of the builtin
//! families and the host event loop; `compile` turns the `ir` tree into a tree of closures and
//! runs it, `errors` catches exceptions and jumps to `CAS ERREUR:`, `events` runs the event loop,
//! and `host` is the calling convention's other side (what builtins may ask of the interpreter).
//! After the main code ends, events keep being dispatched while a family's event source has
//! more to come (an asynchronous socket is open), as WINDEV does while its main window lives.
//! The interpreter never names a builtin family: families plug in through `builtins::Host`.

mod compile;
mod errors;
mod events;
mod host;
mod threads;

use std::any::TypeId;
use std::io::Write;
use std::rc::Rc;

use crate::builtins::{ErrorState, FamilyState, Settings};
use crate::diagnostics::{Abort, Fault, Lang, RuntimeError};
use crate::ir::{Proc, Program};
use crate::runtime::Interrupt;
use crate::source::Span;
use crate::value::{Frame, FramePool, Value};

use compile::{Flow, ProcCell};

/// Steps between two Ctrl-C checks: well under a millisecond of work.
const FUEL: u32 = 1024;

/// The result of evaluation steps; the error side is boxed to keep `Ok` paths small.
pub(crate) type Ctl<T> = Result<T, Box<Abort>>;

/// Everything a run needs besides the program.
#[derive(Default)]
pub struct Options {
    /// The language of diagnostics and of messages builtins produce.
    pub lang: Lang,
    /// Ctrl-C: checked at evaluation steps, ends every wait.
    pub interrupt: Interrupt,
    /// What families read when their state is created (e.g. the socket runtime's configuration).
    pub settings: Settings,
    /// The script reads no standard input (`OuiNon` answers its default): for in-process runs
    /// such as the golden tests.
    pub no_input: bool,
    /// The script's text, for the line numbers `ErreurInfo(errLine)` gives (0 without it).
    pub source: Option<std::sync::Arc<str>>,
    /// The project options the script is compiled under (`wl run --no-dynamic-strings`).
    pub dialect: crate::resolve::Dialect,
}

pub struct Interp {
    pub(crate) globals: Rc<Frame>,
    pub(crate) procs: Vec<Rc<Proc>>,
    /// The compiled procedures, by procedure id.
    pub(crate) code: Vec<ProcCell>,
    /// Frames of finished calls, for the next calls.
    pub(crate) frames: FramePool,
    pub(crate) out: Box<dyn Write>,
    pub(crate) err: Box<dyn Write>,
    pub(crate) errors: ErrorState,
    pub(crate) depth: u32,
    /// The language of `ExceptionInfo()` and builtin messages (as of diagnostics).
    pub(crate) lang: Lang,
    /// The families' state slots, in order of creation.
    pub(crate) states: Vec<(TypeId, Box<dyn FamilyState>)>,
    pub(crate) settings: Settings,
    pub(crate) no_input: bool,
    /// True while an event's procedure runs: waits inside it drive the sources but dispatch
    /// nothing (no nesting of dispatches).
    pub(crate) dispatching: bool,
    /// Steps (loop iterations, calls) the evaluator may take before `refuel` runs (see `tick`).
    pub(crate) fuel: u32,
    /// Steps the evaluator may still take after `fuel` (see `set_step_limit`); `u64::MAX` = no limit.
    pub(crate) steps_left: u64,
    /// Ctrl-C, checked every `FUEL` steps (loop iterations, calls).
    pub(crate) interrupt: Interrupt,
    /// The WLanguage threads (`ThreadExécute`).
    pub(crate) threads: threads::Threads,
}

impl Interp {
    pub fn new(program: &Program, out: Box<dyn Write>, err: Box<dyn Write>, options: Options) -> Interp {
        let globals = program.globals.iter().map(|_| Value::Null).collect();
        Interp {
            globals: Frame::new(globals, None),
            procs: program.procs.clone(),
            code: Vec::new(),
            frames: FramePool::default(),
            out,
            err,
            errors: ErrorState { source: options.source, ..ErrorState::default() },
            depth: 0,
            lang: options.lang,
            states: Vec::new(),
            settings: options.settings,
            no_input: options.no_input,
            dispatching: false,
            // The first slice is granted at the start (a thread started at once runs until it waits).
            fuel: FUEL,
            steps_left: u64::MAX,
            interrupt: options.interrupt,
            threads: threads::Threads::default(),
        }
    }

    /// Stops the run with an error after `steps` steps (loop iterations and procedure calls, the
    /// only ways a program runs for long): a bound for running generated programs (fuzzing).
    pub fn set_step_limit(&mut self, steps: u64) {
        self.steps_left = steps;
        self.fuel = 0;
    }

    /// One evaluation step, at each loop iteration and procedure call: one decrement and one
    /// branch. Every `FUEL` steps, `refuel` counts them off the step limit and checks for Ctrl-C.
    #[inline(always)]
    pub(crate) fn tick(&mut self, span: Span) -> Ctl<()> {
        if self.fuel == 0 {
            self.refuel(span)?;
        }
        self.fuel -= 1;
        Ok(())
    }

    /// Stops the run at Ctrl-C (as `FinProgramme` does: not catchable, sockets closed), at the
    /// step limit or past `--max-memory` (`crate::alloc`); otherwise grants the next `FUEL`
    /// steps (fewer when the limit is closer).
    #[cold]
    #[inline(never)]
    fn refuel(&mut self, span: Span) -> Ctl<()> {
        if self.interrupt.is_set() {
            return Err(Box::new(Abort::Exit));
        }
        if self.steps_left == 0 {
            return compile::fail(Fault::StepLimit, span);
        }
        if crate::alloc::over_limit() {
            return compile::fail(crate::alloc::fault(), span);
        }
        let grant = self.steps_left.min(FUEL as u64);
        self.steps_left -= grant;
        self.fuel = grant as u32;
        // Time slices: a thread that computes hands over to the others, the main code lets them run.
        if self.threads.in_thread() {
            // The main code schedules: hand it control.
            self.pause_thread(threads::Pause::Slice)?;
        } else if self.threads.any_alive() {
            self.run_threads()?;
        }
        Ok(())
    }

    /// Runs the main code, then dispatches events until no event source has more to come
    /// (or `FinProgramme`). The families' states are shut down at the end, whatever happened.
    pub fn run(&mut self, program: &Program) -> Result<(), RuntimeError> {
        let main = self.compile(program);
        let globals = self.globals.clone();
        let mut result = main(self, &globals).map(|_| ());
        if result.is_ok() {
            result = self.run_event_loop();
        }
        if result.is_ok() {
            result = self.destroy_globals(program);
        }
        self.shutdown();
        match result {
            Ok(()) => Ok(()),
            Err(abort) => match *abort {
                Abort::Exit => Ok(()),
                Abort::Error(e) => Err(e),
            },
        }
    }

    /// Runs one more chunk of an interactive session (see `resolve::Session`): globals declared
    /// so far keep their values; events already queued are dispatched, without waiting.
    /// Returns `Ok(false)` when the chunk called `FinProgramme`.
    pub fn run_chunk(&mut self, program: &Program) -> Result<bool, RuntimeError> {
        self.globals.grow(program.globals.len());
        let main = self.compile(program);
        let globals = self.globals.clone();
        let result = main(self, &globals).and_then(|_| self.dispatch_queued());
        let _ = self.out.flush();
        let _ = self.err.flush();
        match result {
            Ok(()) => Ok(true),
            Err(abort) => match *abort {
                Abort::Exit => Ok(false),
                Abort::Error(e) => Err(e),
            },
        }
    }

    /// The end of the program: the objects of the main code's variables are destroyed, the last
    /// declared first (as a procedure's are when it ends).
    fn destroy_globals(&mut self, program: &Program) -> Ctl<()> {
        for (slot, ty) in program.globals.iter().enumerate().rev() {
            if let crate::types::Ty::Object { class, dynamic: false } = ty
                && class.has_destructor()
                && let Value::Object(object) = self.globals.get_raw(slot as u32)
            {
                self.destroy(&object, Span::default())?;
            }
        }
        Ok(())
    }

    /// Compiles the program's procedures (kept for calls) and returns its compiled main code.
    fn compile(&mut self, program: &Program) -> compile::Code<Flow> {
        self.procs.clone_from(&program.procs);
        let (code, main) = compile::program(program);
        self.code = code;
        main
    }

    /// Ends the run: the families release what they hold (sockets are closed), streams flushed.
    pub fn shutdown(&mut self) {
        self.stop_all_threads();
        for (_, state) in &mut self.states {
            state.shutdown();
        }
        let _ = self.out.flush();
        let _ = self.err.flush();
    }
}

#[cfg(test)]
mod tests {

    use super::*;
    use crate::resolve::Session;

    #[test]
    fn a_session_keeps_globals_and_procedures_between_chunks() {
        let out = crate::Capture::default();
        let mut session = Session::default();
        let chunk = |session: &mut Session, text: &str| session.resolve(&crate::parser::parse(text).unwrap(), text);
        let first = chunk(&mut session, "x est un entier = 40\nPROCEDURE Plus(n)\nRENVOYER n + 2").unwrap();
        let mut interp = Interp::new(&first, Box::new(out.clone()), Box::new(std::io::sink()), Options::default());
        assert!(interp.run_chunk(&first).unwrap());
        // An error leaves the session as it was.
        assert!(chunk(&mut session, "Info(inconnu)").is_err());
        let second = chunk(&mut session, "y est une chaîne = \"ok\"\nInfo(Plus(x), y)").unwrap();
        assert!(interp.run_chunk(&second).unwrap());
        let third = chunk(&mut session, "FinProgramme()").unwrap();
        assert!(!interp.run_chunk(&third).unwrap());
        assert_eq!(out.take_text(), "42\nok\n");
    }
}
