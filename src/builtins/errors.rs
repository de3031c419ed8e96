//! The errors family: non-fatal errors (`ErreurDéclenche`, `ErreurDétectée`, `ErreurInfo`,
//! `ErreurPropage`) and exceptions (`ExceptionDéclenche`, `ExceptionInfo`, `ExceptionPropage`,
//! `ExceptionActive`), with the `err*` constants both `...Info` functions take. Help pages:
//! 3034005 (ExceptionDéclenche), 3034003 and 3034001 (specific and general exceptions), 3034013
//! (`CAS EXCEPTION:`), 3034010 (`CAS ERREUR:`), 3034015 (ErreurPropage).
//!
//! The error state (`ErrorState`) is the interpreter's, reached through `host.errors()`: a
//! builtin that fails records a non-fatal error there (`Host::fail`); the interpreter fills in
//! where it happened, catches exceptions and jumps to `CAS ERREUR:` (`interp::errors`). A
//! thrown exception is a fatal fault (`Fault::Thrown`) that unwinds like any runtime error.

use super::{Args, Builtin, BuiltinError, Const, Family, Host, Ret, arg_error, row};
use super::{ErrorDetails, ErrorState};
use crate::diagnostics::{Abort, Fault, Lang};
use crate::value::Value;

pub static FAMILY: Family = Family {
    name: "errors",
    functions: &[
        Builtin { keeps_error_state: true, ..row("ErreurInfo", "ErrorInfo", 0, 1, error_info) },
        Builtin { keeps_error_state: true, ..row("ErreurDétectée", "ErrorOccurred", 0, 0, error_occurred) },
        row("ErreurDéclenche", "ErrorThrow", 1, 2, error_throw),
        Builtin { keeps_error_state: true, ..row("ErreurPropage", "ErrorPropagate", 0, 2, error_propagate) },
        Builtin { keeps_error_state: true, ..row("ExceptionInfo", "ExceptionInfo", 0, 1, exception_info) },
        row("ExceptionDéclenche", "ExceptionThrow", 1, 2, exception_throw),
        Builtin { keeps_error_state: true, ..row("ExceptionPropage", "ExceptionPropagate", 0, 1, exception_propagate) },
        Builtin { keeps_error_state: true, ..row("ExceptionActive", "ExceptionEnable", 0, 1, exception_enable) },
    ],
    constants: &[
        // errMessage and errComplet have WINDEV's values (seen in the code WINDEV generates); the
        // others are wlang's.
        ("errMessage", "errMessage", Const::Int(ERR_MESSAGE)),
        ("errCode", "errCode", Const::Int(ERR_CODE)),
        ("errRésumé", "errSummary", Const::Int(ERR_SUMMARY)),
        ("errTraitement", "errProcess", Const::Int(ERR_PROCESS)),
        ("errLigne", "errLine", Const::Int(ERR_LINE)),
        ("errComplet", "errFullDetails", Const::Int(ERR_FULL)),
    ],
};

const ERR_MESSAGE: i64 = 1;
const ERR_CODE: i64 = 2;
const ERR_SUMMARY: i64 = 3;
const ERR_PROCESS: i64 = 4;
const ERR_LINE: i64 = 5;
const ERR_FULL: i64 = 19;

/// WINDEV's line break inside a message, as `RC`.
const BREAK: &str = "\r\n";

/// `ErreurInfo([info])`: the last non-fatal error; without a parameter its message.
fn error_info(host: &mut dyn Host, args: Args) -> Ret {
    let lang = host.lang();
    let errors = host.errors();
    describe(&errors.error, errors, args, lang)
}

fn error_occurred(host: &mut dyn Host, _args: Args) -> Ret {
    Ok(Value::Bool(host.errors().occurred))
}

/// `ExceptionInfo([info])`: the last exception a handler caught; without a parameter its message.
fn exception_info(host: &mut dyn Host, args: Args) -> Ret {
    let lang = host.lang();
    let errors = host.errors();
    describe(&errors.exception, errors, args, lang)
}

/// One piece of an error's description (`errCode`, `errMessage`, ...).
fn describe(details: &ErrorDetails, errors: &ErrorState, args: Args, lang: Lang) -> Ret {
    let what = if args.is_empty() { ERR_MESSAGE } else { args.int(0)? };
    if ![ERR_MESSAGE, ERR_CODE, ERR_SUMMARY, ERR_PROCESS, ERR_LINE, ERR_FULL].contains(&what) {
        return Err(arg_error(0, Fault::family(UnknownInfo(what))));
    }
    // No error yet: 0 and empty texts.
    let none = details.code == 0 && details.message.is_empty();
    let line = details.at.as_ref().map_or(0, |at| errors.line(at.span));
    let process = || match details.at.as_ref().map(|at| at.procedure.clone()) {
        Some(Some(name)) => name.to_string(),
        Some(None) => lang.pick("main code", "code principal").to_string(),
        None => String::new(),
    };
    Ok(match what {
        ERR_CODE => Value::Int(details.code),
        ERR_LINE => Value::Int(line.into()),
        _ if none => Value::from(""),
        ERR_MESSAGE => Value::from(details.message.as_str()),
        ERR_PROCESS => Value::from(process()),
        ERR_SUMMARY => {
            let first = details.message.lines().next().unwrap_or_default();
            let code = details.code;
            Value::from(lang.pick(format!("Error {code}: {first}"), format!("Erreur {code} : {first}")))
        }
        _ => {
            let mut text = String::new();
            if details.at.is_some() {
                let process = process();
                let (en, fr) =
                    (format!("Error at line {line} of {process}."), format!("Erreur à la ligne {line} de {process}."));
                text += &lang.pick(en, fr);
                text += BREAK;
            }
            text += &details.message;
            text += BREAK;
            let code = details.code;
            text += &lang.pick(format!("Error code: {code}"), format!("Code erreur : {code}"));
            Value::from(text)
        }
    })
}

/// The message of an error thrown without one.
fn default_message(lang: Lang, code: i64) -> String {
    lang.pick(format!("error {code}"), format!("erreur {code}"))
}

/// `ErreurDéclenche(code [, message])`: a non-fatal error, as a failing function raises one:
/// `ErreurDétectée` becomes true and, in a procedure with `CAS ERREUR:`, the script goes there.
fn error_throw(host: &mut dyn Host, args: Args) -> Ret {
    let code = args.int(0)?;
    let message = if args.len() > 1 { args.text(1)?.to_string() } else { default_message(host.lang(), code) };
    host.errors().raise(ErrorDetails::new(code, message));
    Ok(Value::Null)
}

/// `ErreurPropage([message])` / `ErreurPropage(code, message)` (help page 3034015): the current
/// non-fatal error goes on to the caller (its `CAS ERREUR:`, or its `ErreurDétectée`), the
/// message inserted at its beginning; with a number, a new error with that number and message.
/// Without a number and without a current error, nothing happens.
fn error_propagate(host: &mut dyn Host, args: Args) -> Ret {
    let (code, message) = match args.len() {
        0 => (None, None),
        1 => (None, Some(args.text(0)?)),
        _ => (Some(args.int(0)?), Some(args.text(1)?)),
    };
    let errors = host.errors();
    match code {
        Some(code) => errors.error = ErrorDetails::new(code, message.map(|m| m.to_string()).unwrap_or_default()),
        None if !errors.occurred => return Ok(Value::Null),
        None => {
            if let Some(message) = message {
                errors.error.message = format!("{message}{BREAK}{}", errors.error.message);
            }
        }
    }
    errors.occurred = true;
    errors.propagated = true;
    Ok(Value::Null)
}

/// `ExceptionDéclenche(code [, message])` (help page 3034005): throws an exception that
/// `QUAND EXCEPTION` and `CAS EXCEPTION:` catch; uncaught, it stops the script.
fn exception_throw(_host: &mut dyn Host, args: Args) -> Ret {
    let code = args.int(0)?;
    let message = if args.len() > 1 { Some(args.text(1)?.to_string()) } else { None };
    Err(BuiltinError::Fatal(Fault::Thrown { code, message }))
}

/// `ExceptionPropage()` (and `EXCEPTION` alone): inside a handler, throws the exception it
/// handles again, to the handler of the level above. An optional parameter is accepted and
/// ignored (the help page was not found).
fn exception_propagate(host: &mut dyn Host, _args: Args) -> Ret {
    match host.errors().handling.last() {
        Some(error) => Err(BuiltinError::Abort(Box::new(Abort::Error(error.clone())))),
        None => Err(BuiltinError::Fatal(Fault::NoException)),
    }
}

/// `ExceptionActive()`: a handler is active again each time its `QUAND EXCEPTION` runs, and the
/// script goes on after the block it guards: there is nothing to enable again.
fn exception_enable(_host: &mut dyn Host, _args: Args) -> Ret {
    Ok(Value::Null)
}

/// `ErreurInfo(n)` / `ExceptionInfo(n)` with a number that is no `err*` constant.
#[derive(Debug)]
struct UnknownInfo(i64);

impl crate::diagnostics::FamilyFault for UnknownInfo {
    fn text(&self, lang: Lang) -> String {
        let n = self.0;
        lang.pick(
            format!("{n} is not one of the err* constants (errCode, errMessage, errFullDetails, ...)"),
            format!("{n} n'est pas une des constantes err* (errCode, errMessage, errComplet, ...)"),
        )
    }
}
