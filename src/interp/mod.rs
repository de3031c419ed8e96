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
use crate::diagnostics::RuntimeError;
use crate::runtime;

use frame::Frame;
use ir::{Proc, Program};
use value::Value;

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
    pub(crate) sockets: Sockets,
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
            sockets: Sockets::new(options.net),
        }
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
