//! THE builtin table: every WLanguage function wlang provides, one row each with its French and
//! English names side by side, and the builtin constants in the same shape. The functions live in
//! one file per family. Builtins return errors without spans; the evaluator attaches the call's
//! (or the faulty argument's) span.

pub mod arrays;
pub mod math;
pub mod sockets;
pub mod strings;
pub mod ui;

use std::collections::HashMap;
use std::rc::Rc;
use std::sync::OnceLock;

use crate::diagnostics::Fault;
use crate::interp::frame::Closure;
use crate::interp::value::{Array, Num, Value, WStr};
use crate::interp::{Abort, Interp};
use crate::keywords::fold;

pub type BuiltinFn = fn(&mut Interp, &[Value]) -> Result<Value, BuiltinError>;

pub struct Builtin {
    pub fr: &'static str,
    pub en: &'static str,
    pub min: usize,
    /// `usize::MAX`: any number.
    pub max: usize,
    pub func: BuiltinFn,
    /// `ErreurInfo` and `ErreurDétectée` read the error state; every other call resets it first.
    pub keeps_error_state: bool,
}

impl std::fmt::Debug for Builtin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.fr)
    }
}

/// How a builtin fails fatally (a recoverable failure sets `ErreurInfo` and returns normally).
pub enum BuiltinError {
    /// The argument at `index` (0-based) is wrong.
    Arg {
        index: usize,
        fault: Fault,
    },
    Fatal(Fault),
    /// Unwinding on purpose (`FinProgramme`) or an error raised by a callback.
    Abort(Box<Abort>),
}

const ANY: usize = usize::MAX;

const fn row(fr: &'static str, en: &'static str, min: usize, max: usize, func: BuiltinFn) -> Builtin {
    Builtin { fr, en, min, max, func, keeps_error_state: false }
}

pub static BUILTINS: &[Builtin] = &[
    // ui.rs: output, errors, program control, time
    row("Info", "Info", 0, ANY, ui::info),
    row("Erreur", "Error", 0, ANY, ui::error),
    row("Avertissement", "Warning", 0, ANY, ui::warning),
    row("Trace", "Trace", 0, ANY, ui::trace),
    row("ToastAffiche", "ToastDisplay", 1, 6, ui::toast),
    Builtin { keeps_error_state: true, ..row("ErreurInfo", "ErrorInfo", 0, 1, ui::error_info) },
    Builtin { keeps_error_state: true, ..row("ErreurDétectée", "ErrorOccurred", 0, 0, ui::error_occurred) },
    row("ExceptionInfo", "ExceptionInfo", 0, 1, ui::exception_info),
    row("FinProgramme", "EndProgram", 0, 2, ui::end_program),
    row("Multitâche", "Multitask", 0, 1, ui::multitask),
    row("ThreadPause", "ThreadPause", 1, 1, ui::thread_pause),
    row("DateSys", "DateSys", 0, 0, ui::date_sys),
    row("HeureSys", "TimeSys", 0, 0, ui::time_sys),
    // strings.rs
    row("Taille", "Length", 1, 1, strings::length),
    row("Gauche", "Left", 2, 2, strings::left),
    row("Droite", "Right", 2, 2, strings::right),
    row("Milieu", "Middle", 2, 3, strings::middle),
    row("Position", "Position", 2, 4, strings::position),
    row("Remplace", "Replace", 3, 4, strings::replace),
    row("Majuscule", "Upper", 1, 1, strings::upper),
    row("Minuscule", "Lower", 1, 1, strings::lower),
    row("SansEspace", "NoSpace", 1, 2, strings::no_space),
    row("ExtraitChaîne", "ExtractString", 2, 4, strings::extract_string),
    row("ChaîneConstruit", "StringBuild", 1, ANY, strings::string_build),
    row("Val", "Val", 1, 2, strings::val),
    row("NumériqueVersChaîne", "NumToString", 1, 2, strings::num_to_string),
    row("Complète", "Complete", 2, 3, strings::complete),
    row("Répète", "RepeatString", 2, 2, strings::repeat),
    row("Caract", "Charact", 1, 1, strings::charact),
    row("Asc", "Asc", 1, 1, strings::asc),
    // math.rs
    row("Arrondi", "Round", 1, 2, math::round),
    row("Abs", "Abs", 1, 1, math::abs),
    row("Max", "Max", 1, ANY, math::max),
    row("Min", "Min", 1, ANY, math::min),
    row("Racine", "Sqrt", 1, 1, math::sqrt),
    row("Hasard", "Random", 0, 2, math::random),
    row("InitHasard", "InitRandom", 0, 1, math::init_random),
    // arrays.rs
    row("Ajoute", "Add", 2, 2, arrays::add),
    row("TableauAjoute", "ArrayAdd", 2, 2, arrays::add),
    row("TableauOccurrence", "ArrayCount", 1, 1, arrays::count),
    // sockets.rs
    row("WebSocketClientConnecte", "WebSocketClientConnect", 2, 6, sockets::connect_plain),
    row("WebSocketClientConnecteSSL", "WebSocketClientConnectSSL", 2, 7, sockets::connect_tls),
    row("SocketEcrit", "SocketWrite", 2, 3, sockets::write),
    row("SocketLit", "SocketRead", 1, 4, sockets::read),
    row("SocketFerme", "SocketClose", 1, 1, sockets::close),
    row("SocketExiste", "SocketExist", 1, 1, sockets::exists),
    row("SocketChangeModeTransmission", "SocketChangeTransmissionMode", 2, 3, sockets::change_mode),
];

/// A builtin constant's value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Const {
    Int(i64),
    Str(&'static str),
}

pub static CONSTANTS: &[(&str, &str, Const)] = &[
    // WLanguage's RC is a Windows line break, CR + LF.
    ("RC", "CR", Const::Str("\r\n")),
    ("TAB", "TAB", Const::Str("\t")),
    ("EOT", "EOT", Const::Str("\u{4}")),
    ("SocketOuverture", "SocketOpening", Const::Int(sockets::EVENT_OPENING)),
    ("SocketMessage", "SocketMessage", Const::Int(sockets::EVENT_MESSAGE)),
    ("SocketFermeture", "SocketClosing", Const::Int(sockets::EVENT_CLOSING)),
    ("SocketErreur", "SocketError", Const::Int(sockets::EVENT_ERROR)),
    ("ProtocoleSSL2", "ProtocolSSL2", Const::Int(sockets::PROTOCOL_SSL2)),
    ("ProtocoleSSL3", "ProtocolSSL3", Const::Int(sockets::PROTOCOL_SSL3)),
    ("ProtocoleTLS1", "ProtocolTLS1", Const::Int(sockets::PROTOCOL_TLS1)),
    ("ProtocoleTLS1_1", "ProtocolTLS1_1", Const::Int(sockets::PROTOCOL_TLS1_1)),
    ("ProtocoleTLS1_2", "ProtocolTLS1_2", Const::Int(sockets::PROTOCOL_TLS1_2)),
    ("ProtocoleTLS1_3", "ProtocolTLS1_3", Const::Int(sockets::PROTOCOL_TLS1_3)),
    ("SocketSansMarqueurFin", "SocketNoEndTag", Const::Int(1)),
    ("SocketMarqueurFin", "SocketEndTag", Const::Int(2)),
    ("SocketTailleAuDébut", "SocketSizeAtBeginning", Const::Int(3)),
];

fn functions() -> &'static HashMap<String, &'static Builtin> {
    static TABLE: OnceLock<HashMap<String, &'static Builtin>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = HashMap::new();
        for b in BUILTINS {
            map.insert(fold(b.fr).into_owned(), b);
            map.insert(fold(b.en).into_owned(), b);
        }
        map
    })
}

/// The builtin function with this folded name.
pub fn lookup(folded: &str) -> Option<&'static Builtin> {
    functions().get(folded).copied()
}

/// The value of the builtin constant with this folded name.
pub fn constant(folded: &str) -> Option<Value> {
    CONSTANTS.iter().find(|(fr, en, _)| fold(fr) == folded || fold(en) == folded).map(|(_, _, c)| match c {
        Const::Int(n) => Value::Int(*n),
        Const::Str(s) => Value::from(*s),
    })
}

// ------------------------------------------------------------------ argument helpers

pub(crate) fn arg_error(index: usize, fault: Fault) -> BuiltinError {
    BuiltinError::Arg { index, fault }
}

/// Argument `i` as text.
pub(crate) fn text(args: &[Value], i: usize) -> Result<Rc<WStr>, BuiltinError> {
    args[i].to_text().map_err(|e| arg_error(i, e.0))
}

pub(crate) fn int(args: &[Value], i: usize) -> Result<i64, BuiltinError> {
    args[i].to_int().map_err(|e| arg_error(i, e.0))
}

pub(crate) fn number(args: &[Value], i: usize) -> Result<Num, BuiltinError> {
    args[i].to_number().map_err(|e| arg_error(i, e.0))
}

pub(crate) fn opt_int(args: &[Value], i: usize, default: i64) -> Result<i64, BuiltinError> {
    if i < args.len() { int(args, i) } else { Ok(default) }
}

pub(crate) fn opt_text(args: &[Value], i: usize, default: &str) -> Result<Rc<WStr>, BuiltinError> {
    if i < args.len() { text(args, i) } else { Ok(Rc::new(default.to_owned().into())) }
}

pub(crate) fn array(args: &[Value], i: usize) -> Result<&Rc<std::cell::RefCell<Array>>, BuiltinError> {
    match &args[i] {
        Value::Array(a) => Ok(a),
        other => Err(arg_error(i, Fault::ExpectedArray(other.kind()))),
    }
}

pub(crate) fn procedure(args: &[Value], i: usize) -> Result<&Rc<Closure>, BuiltinError> {
    match &args[i] {
        Value::Proc(p) => Ok(p),
        other => Err(arg_error(i, Fault::ExpectedProcedure(other.kind()))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_builtins_or_constants_share_a_folded_name() {
        let mut seen = HashMap::new();
        for b in BUILTINS {
            for name in [b.fr, b.en] {
                if let Some(other) = seen.insert(fold(name).into_owned(), b.fr) {
                    // A row may list the same name twice (`Info`/`Info`), and two rows may share a function.
                    let same = other == b.fr || (lookup(&fold(name)).unwrap().func as usize == b.func as usize);
                    assert!(same, "{name} names both {other} and {}", b.fr);
                }
            }
        }
        for (fr, en, _) in CONSTANTS {
            for name in [fr, en] {
                assert!(lookup(&fold(name)).is_none(), "{name} is both a constant and a function");
            }
        }
    }

    #[test]
    fn both_languages_find_the_same_builtin() {
        assert!(std::ptr::eq(lookup("socketecrit").unwrap(), lookup("socketwrite").unwrap()));
        assert!(std::ptr::eq(lookup(&fold("Multitâche")).unwrap(), lookup("multitache").unwrap()));
        assert_eq!(constant("socketouverture").unwrap().to_int().unwrap(), sockets::EVENT_OPENING);
        assert_eq!(constant("socketopening").unwrap().to_int().unwrap(), sockets::EVENT_OPENING);
    }
}
