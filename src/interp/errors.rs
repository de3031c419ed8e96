//! Errors and exceptions while running (help pages 3034001, 3034003, 3034010, 3034013): which
//! errors a handler catches, what `ExceptionInfo` then says, and the `CAS ERREUR:` hook.
//!
//! Exceptions are the fatal errors (`Abort::Error`): every runtime fault and every
//! `ExceptionDéclenche` unwinds as one until a `QUAND EXCEPTION` or a `CAS EXCEPTION:` catches
//! it. While a handler runs, its error is on `ErrorState::handling`, so that `ExceptionPropage`
//! (or `EXCEPTION`) can throw it again to the level above.
//!
//! Non-fatal errors only set the error state (`ErreurDétectée`, `ErreurInfo`) and the script goes
//! on, except in a procedure with a `CAS ERREUR:` section. Its body is compiled with
//! `Compiler::on_error` set, and two checks are compiled in, nowhere else:
//! - after each builtin call of that body (not of the procedures it calls): if the call
//!   failed (`ErrorState::occurred`), the script jumps to `CAS ERREUR:`;
//! - after each statement of that body: if a called procedure used `ErreurPropage`
//!   (`ErrorState::propagated`), the same jump.
//!
//! The jump unwinds as a `Fault::NonFatal` error that no exception handler catches and that the
//! `Sections` node of that body always catches.

use std::rc::Rc;

use crate::builtins::{ErrorDetails, Location};
use crate::diagnostics::{Abort, Fault, RuntimeError};
use crate::source::Span;
use crate::value::Frame;

use super::compile::{Code, Flow, fail};
use super::{Ctl, Interp};

/// Whether a `QUAND EXCEPTION` or a `CAS EXCEPTION:` catches this: every runtime error, except
/// the jump to `CAS ERREUR:` and the limits of the run: the step limit of a bounded run (which is
/// no error of the script) and `--max-memory` (a handler that went on would grow past it).
pub(crate) fn is_exception(abort: &Abort) -> bool {
    match abort {
        Abort::Error(error) => {
            !matches!(error.fault, Fault::NonFatal { .. } | Fault::StepLimit | Fault::MemoryLimit { .. })
        }
        Abort::Exit => false,
    }
}

/// Whether this is the jump to `CAS ERREUR:`.
pub(crate) fn is_error_jump(abort: &Abort) -> bool {
    matches!(abort, Abort::Error(RuntimeError { fault: Fault::NonFatal { .. }, .. }))
}

impl Interp {
    /// Runs `handler` for an exception it caught in `procedure` (`None`: the main code):
    /// `ExceptionInfo` describes the error, and `ExceptionPropage` can throw it again meanwhile.
    pub(crate) fn handle_exception(
        &mut self,
        abort: Box<Abort>,
        procedure: &Option<Rc<str>>,
        handler: &Code<Flow>,
        env: &Rc<Frame>,
    ) -> Ctl<Flow> {
        let Abort::Error(error) = *abort else { return Err(abort) };
        let mut details = ErrorDetails::of_fault(&error.fault, self.lang);
        // The procedure where it happened: the innermost call it came out of, else this one.
        let procedure = match error.calls.first() {
            Some(call) => Some(Rc::from(call.name.as_str())),
            None => procedure.clone(),
        };
        details.at = Some(Location { procedure, span: error.span });
        self.errors.exception = details;
        self.errors.handling.push(error);
        let result = handler(self, env);
        self.errors.handling.pop();
        result
    }

    /// After a builtin call in `procedure` at `span`: notes where its non-fatal error happened.
    #[cold]
    pub(crate) fn locate_error(&mut self, procedure: &Option<Rc<str>>, span: Span) {
        self.errors.error.at = Some(Location { procedure: procedure.clone(), span });
    }

    /// The jump to `CAS ERREUR:` from `span`.
    #[cold]
    pub(crate) fn error_jump<T>(&mut self, span: Span) -> Ctl<T> {
        self.errors.propagated = false;
        fail(Fault::NonFatal { message: self.errors.error.message.clone() }, span)
    }
}
