//! The calling convention every builtin follows, owned by the library and implemented by the
//! interpreter (as Lua's `lauxlib` is for C functions): argument readers that turn a wrong
//! argument into an error naming it, the `Host` services a builtin may use, and the typed state
//! slots a family owns. Nothing here knows a family or the interpreter's internals.

use std::any::{Any, TypeId};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::time::Instant;

use crate::diagnostics::{Abort, FAMILY_ERROR, FamilyFault, Fault, Lang, RuntimeError};
use crate::source::Span;
use crate::value::{Array, Num, Place, Value, WStr};

/// What a builtin returns.
pub type Ret = Result<Value, BuiltinError>;

/// How a builtin fails fatally (a recoverable failure sets `ErreurInfo` and returns normally).
pub enum BuiltinError {
    /// The argument at `index` (0-based) is wrong.
    Arg {
        index: usize,
        fault: Fault,
    },
    Fatal(Fault),
    /// Unwinding on purpose (`FinProgramme`, Ctrl-C) or an error raised by a called procedure.
    Abort(Box<Abort>),
}

impl From<Box<Abort>> for BuiltinError {
    fn from(abort: Box<Abort>) -> BuiltinError {
        BuiltinError::Abort(abort)
    }
}

pub fn arg_error(index: usize, fault: Fault) -> BuiltinError {
    BuiltinError::Arg { index, fault }
}

/// A builtin's arguments, already evaluated, with readers that convert them or name the faulty
/// one. Derefs to the slice for anything else (`args.len()`, `args.get(i)`, `args[i]`).
#[derive(Clone, Copy)]
pub struct Args<'a>(pub &'a [Value]);

impl<'a> std::ops::Deref for Args<'a> {
    type Target = [Value];
    fn deref(&self) -> &[Value] {
        self.0
    }
}

impl<'a> Args<'a> {
    /// Argument `i` as text.
    pub fn text(&self, i: usize) -> Result<Rc<WStr>, BuiltinError> {
        self.0[i].to_text().map_err(|e| arg_error(i, e.0))
    }

    pub fn int(&self, i: usize) -> Result<i64, BuiltinError> {
        self.0[i].to_int().map_err(|e| arg_error(i, e.0))
    }

    pub fn number(&self, i: usize) -> Result<Num, BuiltinError> {
        self.0[i].to_number().map_err(|e| arg_error(i, e.0))
    }

    pub fn real(&self, i: usize) -> Result<f64, BuiltinError> {
        self.0[i].to_real().map_err(|e| arg_error(i, e.0))
    }

    pub fn bool(&self, i: usize) -> Result<bool, BuiltinError> {
        self.0[i].truthy().map_err(|e| arg_error(i, e.0))
    }

    pub fn opt_int(&self, i: usize, default: i64) -> Result<i64, BuiltinError> {
        if i < self.0.len() { self.int(i) } else { Ok(default) }
    }

    pub fn opt_bool(&self, i: usize, default: bool) -> Result<bool, BuiltinError> {
        if i < self.0.len() { self.bool(i) } else { Ok(default) }
    }

    pub fn opt_text(&self, i: usize, default: &str) -> Result<Rc<WStr>, BuiltinError> {
        if i < self.0.len() { self.text(i) } else { Ok(Rc::new(default.to_owned().into())) }
    }

    pub fn array(&self, i: usize) -> Result<&'a Rc<RefCell<Array>>, BuiltinError> {
        match &self.0[i] {
            Value::Array(a) => Ok(a),
            other => Err(arg_error(i, Fault::ExpectedArray(other.ty()))),
        }
    }

    /// Argument `i`, which must be a procedure (to call back through `Host::call`).
    pub fn procedure(&self, i: usize) -> Result<&'a Value, BuiltinError> {
        match &self.0[i] {
            v @ Value::Proc(_) => Ok(v),
            other => Err(arg_error(i, Fault::ExpectedProcedure(other.ty()))),
        }
    }

    /// The variable, element or member given for parameter `i` of a builtin that writes to it
    /// (`Builtin::by_ref`); `None` when an expression was given.
    pub fn place(&self, i: usize) -> Option<&'a Place> {
        match &self.0[i] {
            Value::Ref(place) => Some(place),
            _ => None,
        }
    }

    /// Argument `i`'s value; for a parameter given by reference, what its place holds.
    pub fn value(&self, i: usize) -> Value {
        match &self.0[i] {
            Value::Ref(place) => place.load(),
            v => v.clone(),
        }
    }

    /// Writes `value` to parameter `i` of a builtin that writes to it (`Builtin::by_ref`),
    /// converted as an assignment would: to a member's or an element's declared type, to the
    /// type of what a variable holds. An error when an expression was given instead of a
    /// variable, or when the value does not convert.
    pub fn store(&self, i: usize, value: Value) -> Result<(), BuiltinError> {
        let Some(place) = self.place(i) else {
            return Err(arg_error(i, Fault::NotVariable));
        };
        let ty = match place {
            Place::RecordField { record, index } => {
                record.borrow().ty.fields.get(*index as usize).map(|f| f.ty.clone())
            }
            Place::ObjectField { object, index } => object.class.fields.get(*index as usize).map(|f| f.ty.clone()),
            Place::DynamicField { members, .. } => Some(members.borrow().member_ty()),
            Place::Elem { array, .. } => Some(array.borrow().elem.clone()),
            // A variable's declared type is not kept when running: it is that of the value it
            // holds (a variant holding Null takes anything).
            Place::Slot { .. } => match place.load() {
                Value::Null | Value::Proc(_) | Value::Tuple(_) | Value::Ref(_) => None,
                held => Some(held.ty()),
            },
        };
        let value = match ty {
            Some(ty) if !value.has_type(&ty) => value.convert(&ty).map_err(|e| arg_error(i, e.0))?,
            _ => value,
        };
        place.store(value);
        Ok(())
    }

    /// Argument `i` as a procedure: a procedure value, or the name of a global procedure (as
    /// WINDEV's own examples pass it: `TimerSys("Affiche", 100)`).
    pub fn procedure_or_name(&self, host: &mut dyn Host, i: usize) -> Result<Value, BuiltinError> {
        match &self.0[i] {
            v @ Value::Proc(_) => Ok(v.clone()),
            Value::Str(name) => {
                host.procedure_named(name).ok_or_else(|| arg_error(i, Fault::UnknownProcedureName(name.to_string())))
            }
            other => Err(arg_error(i, Fault::ExpectedProcedure(other.ty()))),
        }
    }
}

/// One error as `ErreurInfo` and `ExceptionInfo` describe it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ErrorDetails {
    /// `errCode`: the script's number (`ErreurDéclenche`, `ExceptionDéclenche`) or wlang's
    /// (`Fault::number`, `FamilyFault::code`).
    pub code: i64,
    /// `errMessage`.
    pub message: String,
    /// Where it happened, when known.
    pub at: Option<Location>,
}

/// Where an error happened: the procedure (`None`: the main code) and the faulty code.
#[derive(Clone, Debug, PartialEq)]
pub struct Location {
    pub procedure: Option<Rc<str>>,
    pub span: Span,
}

impl ErrorDetails {
    pub fn new(code: i64, message: impl Into<String>) -> ErrorDetails {
        ErrorDetails { code, message: message.into(), at: None }
    }

    /// What `ExceptionInfo` says of an error a handler caught: an `ExceptionDéclenche`'s own
    /// number and message, else wlang's number and the error's text.
    pub fn of_fault(fault: &Fault, lang: Lang) -> ErrorDetails {
        let message = match fault.root() {
            Fault::Thrown { message: Some(message), .. } => message.clone(),
            _ => fault.text(lang),
        };
        ErrorDetails::new(fault.number(), message)
    }
}

/// `ErreurInfo()`, `ErreurDétectée`, `ExceptionInfo()` and what `ErreurPropage` and
/// `ExceptionPropage` need: the error state a run keeps.
#[derive(Default, Debug)]
pub struct ErrorState {
    /// `ErreurInfo()`: the last non-fatal error.
    pub error: ErrorDetails,
    /// `ErreurDétectée`: reset by every builtin call, set by a failing one.
    pub occurred: bool,
    /// `ErreurPropage` was called: the caller's `CAS ERREUR:` takes the error when its
    /// statement ends; reset with `occurred`.
    pub propagated: bool,
    /// `ExceptionInfo()`: the last error a `QUAND EXCEPTION` or `CAS EXCEPTION:` caught.
    pub exception: ErrorDetails,
    /// The errors whose handlers are running, innermost last: `ExceptionPropage` throws the
    /// last one again.
    pub handling: Vec<RuntimeError>,
    /// The script's text, for `errLine` (`None` when the run has none to give).
    pub source: Option<std::sync::Arc<str>>,
}

impl ErrorState {
    /// Records a non-fatal error (a builtin's failure) with wlang's number for it.
    pub fn set(&mut self, message: impl Into<String>) {
        self.raise(ErrorDetails::new(FAMILY_ERROR, message));
    }

    /// Records a non-fatal error: `ErreurDétectée` becomes true.
    pub fn raise(&mut self, details: ErrorDetails) {
        self.error = details;
        self.occurred = true;
    }

    /// The 1-based line of `span` in the script (0 when unknown).
    pub fn line(&self, span: Span) -> u32 {
        match &self.source {
            Some(text) => {
                let end = (span.start as usize).min(text.len());
                text.as_bytes()[..end].iter().filter(|&&b| b == b'\n').count() as u32 + 1
            }
            None => 0,
        }
    }
}

/// What the interpreter offers a builtin.
pub trait Host {
    /// The language of messages (`--lang`, `LANG`).
    fn lang(&self) -> Lang;

    /// Writes one line to stdout.
    fn print_line(&mut self, text: &str);

    /// Writes one line to stderr, in order with stdout.
    fn print_error_line(&mut self, text: &str);

    /// Reads one line of the script's standard input (`OuiNon`, `Confirmer`), without its line
    /// break, after flushing stdout so that a question shows first; `None` at the end of input
    /// or when stdin cannot be read (a host without input, by default).
    fn read_line(&mut self) -> Option<String> {
        None
    }

    fn errors(&mut self) -> &mut ErrorState;

    /// The global procedure with this name, as a procedure value (WLanguage functions also take
    /// a procedure's name as a string: `TimerSys("Affiche", 100)`).
    fn procedure_named(&mut self, name: &str) -> Option<Value> {
        let _ = name;
        None
    }

    /// Records a recoverable failure (`ErreurInfo()` in the run's language); the builtin then
    /// returns its documented failure value.
    fn fail(&mut self, fault: &dyn FamilyFault) {
        let details = ErrorDetails::new(fault.code(), fault.text(self.lang()));
        self.errors().raise(details);
    }

    /// Calls a procedure value (a callback) with argument values.
    fn call(&mut self, procedure: &Value, args: Vec<Value>) -> Ret;

    /// Runs the event loop until `ready` says so (then `true`) or `deadline` passes (`false`):
    /// drives every family's event source and, unless already inside a dispatched procedure,
    /// calls the procedures of their events. Ctrl-C ends the run from here.
    fn wait(
        &mut self,
        deadline: Option<Instant>,
        ready: &mut dyn FnMut(&mut dyn Host) -> bool,
    ) -> Result<bool, BuiltinError>;

    /// `ThreadExécute`: starts a WLanguage thread named `name` calling `procedure(args)`; it runs
    /// when the current thread next waits or at its next tick. `false` when a running thread
    /// already has this name (or the system refuses a new thread).
    fn start_thread(&mut self, name: &str, procedure: Value, args: Vec<Value>) -> bool {
        let _ = (name, procedure, args);
        false
    }

    /// Where the thread named `name` stands (`None`: no such thread).
    fn thread_status(&self, name: &str) -> Option<ThreadStatus> {
        let _ = name;
        None
    }

    /// `ThreadArrête`: asks the thread to stop at its next switch; `false` if it is not running.
    fn stop_thread(&mut self, name: &str) -> bool {
        let _ = name;
        false
    }

    /// The name of the running thread; `None` in the main code.
    fn current_thread(&self) -> Option<String> {
        None
    }

    /// The state slot of type `id`, made by `make` on first use. Use [`state`] instead.
    fn state_slot(&mut self, id: TypeId, make: &dyn Fn(&Settings) -> Box<dyn FamilyState>) -> &mut dyn FamilyState;
}

/// Where a WLanguage thread stands.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ThreadStatus {
    /// Running, or waiting for an event.
    Running,
    /// Its procedure returned, or it was stopped.
    Finished,
}

/// The state a family keeps for a run (its random generator, its sockets), created on first use
/// from the run's settings, dropped (after `shutdown`) at the end of the run.
pub trait FamilyState: Any {
    fn new(settings: &Settings) -> Self
    where
        Self: Sized;

    fn as_any(&mut self) -> &mut dyn Any;

    /// The family's events (socket messages, timers), if it has any.
    fn events(&mut self) -> Option<&mut dyn EventSource> {
        None
    }

    /// The run ends: release what the state holds (close sockets).
    fn shutdown(&mut self) {}
}

/// The typed state slot `T` of the running script.
pub fn state<T: FamilyState>(host: &mut dyn Host) -> &mut T {
    let slot = host.state_slot(TypeId::of::<T>(), &|settings| Box::new(T::new(settings)));
    match slot.as_any().downcast_mut::<T>() {
        Some(state) => state,
        // `state_slot` keys slots by type: another type here is a host bug.
        None => unreachable!("state slot of the wrong type"),
    }
}

/// A procedure to call for an event, with its arguments.
pub struct Dispatch {
    pub procedure: Value,
    pub args: Vec<Value>,
}

/// Something the host's event loop drives: a family's sockets, its timers.
pub trait EventSource {
    /// Whether events may still come that the script must wait for after its main code ends.
    fn keeps_alive(&self) -> bool;

    /// The next event ready to be dispatched.
    fn next_event(&mut self, lang: Lang) -> Option<Dispatch>;

    /// Whether `poll` waits for I/O (otherwise the host sleeps until `next_deadline`).
    fn does_io(&self) -> bool;

    /// The earliest moment this source needs the loop (a timer), if any.
    fn next_deadline(&self) -> Option<Instant> {
        None
    }

    /// Waits for I/O at most until `until`, for one bounded turn of work. With `can_dispatch`
    /// false (a wait inside a procedure called for an event), queued events will not be
    /// dispatched: the turn must not end early because some are waiting.
    fn poll(&mut self, until: Option<Instant>, can_dispatch: bool) -> Result<(), Fault>;
}

/// Settings of a run that families read when their state is created (the socket runtime's
/// configuration, ...), keyed by type. The command line fills them; the interpreter only
/// carries them.
#[derive(Default)]
pub struct Settings(HashMap<TypeId, Box<dyn Any + Send>>);

impl Settings {
    pub fn insert<T: Any + Send>(&mut self, value: T) {
        self.0.insert(TypeId::of::<T>(), Box::new(value));
    }

    pub fn get<T: Any + Send>(&self) -> Option<&T> {
        self.0.get(&TypeId::of::<T>()).and_then(|b| b.downcast_ref())
    }

    pub fn get_mut<T: Any + Send>(&mut self) -> Option<&mut T> {
        self.0.get_mut(&TypeId::of::<T>()).and_then(|b| b.downcast_mut())
    }
}
