//! Stage 4: running a resolved program. `Interp` owns the globals, the output streams, the error
//! state (`ErreurInfo`, `ErreurDétectée`) and the socket state; `eval` walks the `ir` tree.
//! After the main code ends, socket events keep being dispatched while an asynchronous socket is
//! open, as WINDEV does while its main window lives.

pub mod eval;
pub mod frame;
pub mod ir;
pub mod ops;
pub mod value;

use std::io::Write;
use std::rc::Rc;

use crate::builtins::sockets::Sockets;
use crate::diagnostics::{Fault, Lang, RuntimeError};
use crate::runtime;

use frame::Frame;
use ir::{Proc, Program};
use value::Value;

/// Steps between two Ctrl-C checks: well under a millisecond of work.
const FUEL: u32 = 1024;

/// Why evaluation stops unwinding the Rust stack: an error, or `FinProgramme`.
#[derive(Debug)]
pub enum Abort {
    Error(RuntimeError),
    Exit,
}

/// The result of evaluation steps; the error side is boxed to keep `Ok` paths small.
pub(crate) type Ctl<T> = Result<T, Box<Abort>>;

/// Everything a run needs besides the program.
#[derive(Default)]
pub struct Options {
    pub net: runtime::Config,
    /// The language of diagnostics.
    pub lang: Lang,
}

pub struct Interp {
    pub(crate) globals: Rc<Frame>,
    pub(crate) procs: Vec<Rc<Proc>>,
    pub(crate) out: Box<dyn Write>,
    pub(crate) err: Box<dyn Write>,
    /// `ErreurInfo()`: the last recoverable error's message.
    pub(crate) error_info: String,
    /// `ErreurDétectée`: reset by every builtin call, set by a failing one.
    pub(crate) error_occurred: bool,
    /// `ExceptionInfo()`: the message of the last error a `QUAND EXCEPTION` caught.
    pub(crate) exception_info: String,
    pub(crate) depth: u32,
    pub(crate) rng: u64,
    /// The language of `ExceptionInfo()` texts (as of diagnostics).
    pub(crate) lang: Lang,
    pub(crate) sockets: Sockets,
    /// Blocks the evaluator may enter before `refuel` runs (see `tick`).
    pub(crate) fuel: u32,
    /// Blocks the evaluator may still enter after `fuel` (see `set_step_limit`); `u64::MAX` = no limit.
    pub(crate) steps_left: u64,
    /// Ctrl-C, checked every `FUEL` blocks (loop iterations, calls).
    pub(crate) interrupt: runtime::Interrupt,
}

impl Interp {
    pub fn new(program: &Program, out: Box<dyn Write>, err: Box<dyn Write>, options: Options) -> Interp {
        let globals = program.globals.iter().map(|_| Value::Null).collect();
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0x9E37_79B9_7F4A_7C15, |d| d.as_nanos() as u64);
        Interp {
            globals: Frame::new(globals, None),
            procs: program.procs.clone(),
            out,
            err,
            error_info: String::new(),
            error_occurred: false,
            exception_info: String::new(),
            depth: 0,
            rng: seed | 1,
            lang: options.lang,
            fuel: 0,
            steps_left: u64::MAX,
            interrupt: options.net.interrupt.clone(),
            sockets: Sockets::new(options.net),
        }
    }

    /// Stops the run with an error after `steps` blocks (loop iterations, procedure calls,
    /// branches taken): a bound for running generated programs (fuzzing).
    pub fn set_step_limit(&mut self, steps: u64) {
        self.steps_left = steps;
        self.fuel = 0;
    }

    /// One evaluation step, at the start of every block: one decrement and one branch. Every
    /// `FUEL` steps, `refuel` counts them off the step limit and checks for Ctrl-C.
    #[inline(always)]
    pub(crate) fn tick(&mut self, block: &ir::Block) -> Ctl<()> {
        if self.fuel == 0 {
            self.refuel(block)?;
        }
        self.fuel -= 1;
        Ok(())
    }

    /// Stops the run at Ctrl-C (as `FinProgramme` does: not catchable, sockets closed) or at the
    /// step limit; otherwise grants the next `FUEL` steps (fewer when the limit is closer).
    #[cold]
    #[inline(never)]
    fn refuel(&mut self, block: &ir::Block) -> Ctl<()> {
        if self.interrupt.is_set() {
            return Err(Box::new(Abort::Exit));
        }
        if self.steps_left == 0 {
            let span = block.first().map(|s| s.span).unwrap_or_default();
            return eval::fail(Fault::StepLimit, span);
        }
        let grant = self.steps_left.min(FUEL as u64);
        self.steps_left -= grant;
        self.fuel = grant as u32;
        Ok(())
    }

    /// Runs the main code, then dispatches socket events until no asynchronous socket is left
    /// (or `FinProgramme`). Sockets are closed at the end, whatever happened.
    pub fn run(&mut self, program: &Program) -> Result<(), RuntimeError> {
        let globals = self.globals.clone();
        let mut result = self.exec_block(&program.main, &globals).map(|_| ());
        if result.is_ok() {
            result = self.run_event_loop();
        }
        self.sockets.shutdown();
        let _ = self.out.flush();
        let _ = self.err.flush();
        match result {
            Ok(()) => Ok(()),
            Err(abort) => match *abort {
                Abort::Exit => Ok(()),
                Abort::Error(e) => Err(e),
            },
        }
    }

    /// Runs one more chunk of an interactive session (see `resolve::Session`): globals declared
    /// so far keep their values; socket events already queued are dispatched, without waiting.
    /// Returns `Ok(false)` when the chunk called `FinProgramme`.
    pub fn run_chunk(&mut self, program: &Program) -> Result<bool, RuntimeError> {
        self.globals.grow(program.globals.len());
        self.procs.clone_from(&program.procs);
        let globals = self.globals.clone();
        let result = self.exec_block(&program.main, &globals).and_then(|_| self.dispatch_events());
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

    /// Closes every socket (end of an interactive session).
    pub fn shutdown(&mut self) {
        self.sockets.shutdown();
        let _ = self.out.flush();
    }

    /// Records a recoverable error: `ErreurInfo()` returns it, `ErreurDétectée` becomes true.
    pub(crate) fn set_error(&mut self, message: impl Into<String>) {
        self.error_info = message.into();
        self.error_occurred = true;
    }

    /// Writes one line to stdout.
    pub(crate) fn print_line(&mut self, text: &str) {
        let _ = writeln!(self.out, "{text}");
    }

    /// Writes one line to stderr, after flushing stdout so the two stay in order on a terminal.
    pub(crate) fn print_error_line(&mut self, text: &str) {
        let _ = self.out.flush();
        let _ = writeln!(self.err, "{text}");
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
