//! The interpreter's side of the builtins' calling convention: what `builtins::Host` offers a
//! builtin (output, error state, calling a procedure value, waiting, state slots), implemented
//! on `Interp` without naming any family.

use std::any::TypeId;
use std::io::{BufRead, Read, Write};
use std::rc::Rc;
use std::time::Instant;

use crate::builtins::{BuiltinError, ErrorState, FamilyState, Host, Ret, Settings, ThreadStatus};
use crate::diagnostics::{Fault, Lang};
use crate::keywords::fold;
use crate::value::{Closure, Value};

use super::Interp;

/// The longest line `read_line` returns at once, in bytes.
const MAX_LINE: u64 = 1 << 20;

impl Host for Interp {
    fn lang(&self) -> Lang {
        self.lang
    }

    fn print_line(&mut self, text: &str) {
        let _ = writeln!(self.out, "{text}");
    }

    fn print_error_line(&mut self, text: &str) {
        let _ = self.out.flush();
        let _ = writeln!(self.err, "{text}");
        let _ = self.err.flush();
    }

    fn read_line(&mut self) -> Option<String> {
        if self.no_input {
            return None;
        }
        let _ = self.out.flush();
        let mut line = String::new();
        // A line longer than this is read in several pieces: no unbounded allocation.
        match std::io::stdin().lock().take(MAX_LINE).read_line(&mut line) {
            Ok(0) | Err(_) => None,
            Ok(_) => {
                let end = line.trim_end_matches(['\r', '\n']).len();
                line.truncate(end);
                Some(line)
            }
        }
    }

    fn errors(&mut self) -> &mut ErrorState {
        &mut self.errors
    }

    fn procedure_named(&mut self, name: &str) -> Option<Value> {
        let folded = fold(name.trim());
        let id = self.procs.iter().rposition(|p| !p.internal && fold(&p.name) == folded)?;
        let proc = &self.procs[id];
        Some(Value::Proc(Rc::new(Closure { proc: id, name: proc.name.clone(), env: self.globals.clone() })))
    }

    fn call(&mut self, procedure: &Value, args: Vec<Value>) -> Ret {
        match procedure {
            Value::Proc(closure) => {
                let span = self.procs[closure.proc].span;
                Ok(self.call_closure(closure, args, span)?)
            }
            other => Err(BuiltinError::Fatal(Fault::ExpectedProcedure(other.ty()))),
        }
    }

    fn wait(
        &mut self,
        deadline: Option<Instant>,
        ready: &mut dyn FnMut(&mut dyn Host) -> bool,
    ) -> Result<bool, BuiltinError> {
        Ok(self.wait_events(deadline, ready)?)
    }

    fn start_thread(&mut self, name: &str, procedure: Value, args: Vec<Value>) -> bool {
        Interp::start_thread(self, name, procedure, args).is_ok()
    }

    fn thread_status(&self, name: &str) -> Option<ThreadStatus> {
        self.threads.status(name)
    }

    fn stop_thread(&mut self, name: &str) -> bool {
        Interp::stop_thread(self, name)
    }

    fn current_thread(&self) -> Option<String> {
        self.threads.current_name().map(str::to_owned)
    }

    fn state_slot(&mut self, id: TypeId, make: &dyn Fn(&Settings) -> Box<dyn FamilyState>) -> &mut dyn FamilyState {
        let index = match self.states.iter().position(|(t, _)| *t == id) {
            Some(i) => i,
            None => {
                self.states.push((id, make(&self.settings)));
                self.states.len() - 1
            }
        };
        &mut *self.states[index].1
    }
}
