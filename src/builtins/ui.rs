//! Output, error state and program control (the clock is in `dates`). On a console `Info`,
//! `ToastAffiche` and `Trace` write to stdout, `Erreur` and `Avertissement` to stderr; each parameter of
//! `Info`/`Erreur`/`Avertissement` goes on its own line, `Trace` writes one line per call.

use std::time::{Duration, Instant};

use super::{ANY, Args, Builtin, BuiltinError, Const, Family, Host, Ret, row};
use crate::diagnostics::Abort;
use crate::value::{Value, WStr};

pub static FAMILY: Family = Family {
    name: "ui",
    functions: &[
        row("Info", "Info", 0, ANY, info),
        row("Erreur", "Error", 0, ANY, error),
        row("Avertissement", "Warning", 0, ANY, warning),
        row("Trace", "Trace", 0, ANY, trace),
        row("ToastAffiche", "ToastDisplay", 1, 6, toast),
        Builtin { keeps_error_state: true, ..row("ErreurInfo", "ErrorInfo", 0, 1, error_info) },
        Builtin { keeps_error_state: true, ..row("ErreurDétectée", "ErrorOccurred", 0, 0, error_occurred) },
        row("ExceptionInfo", "ExceptionInfo", 0, 1, exception_info),
        row("FinProgramme", "EndProgram", 0, 2, end_program),
        row("Multitâche", "Multitask", 0, 1, multitask),
        row("ThreadPause", "ThreadPause", 1, 1, thread_pause),
    ],
    constants: &[
        // WLanguage's RC is a Windows line break, CR + LF.
        ("RC", "CR", Const::Str("\r\n")),
        ("TAB", "TAB", Const::Str("\t")),
        ("EOT", "EOT", Const::Str("\u{4}")),
    ],
};

fn lines(args: Args) -> Result<Vec<std::rc::Rc<WStr>>, BuiltinError> {
    (0..args.len()).map(|i| args.text(i)).collect()
}

fn info(host: &mut dyn Host, args: Args) -> Ret {
    for line in lines(args)? {
        host.print_line(&line);
    }
    Ok(Value::Null)
}

fn error(host: &mut dyn Host, args: Args) -> Ret {
    for line in lines(args)? {
        host.print_error_line(&line);
    }
    Ok(Value::Null)
}

fn warning(host: &mut dyn Host, args: Args) -> Ret {
    error(host, args)
}

/// `Trace(a, b)`: one line, parameters separated by ", ".
fn trace(host: &mut dyn Host, args: Args) -> Ret {
    let line = lines(args)?.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ");
    host.print_line(&line);
    Ok(Value::Null)
}

/// `ToastAffiche(message, ...)`: the message on stdout; position and style parameters are ignored.
fn toast(host: &mut dyn Host, args: Args) -> Ret {
    let message = args.text(0)?;
    host.print_line(&message);
    Ok(Value::Null)
}

fn error_info(host: &mut dyn Host, _args: Args) -> Ret {
    Ok(Value::from(host.errors().info.as_str()))
}

fn error_occurred(host: &mut dyn Host, _args: Args) -> Ret {
    Ok(Value::Bool(host.errors().occurred))
}

fn exception_info(host: &mut dyn Host, _args: Args) -> Ret {
    Ok(Value::from(host.errors().exception.as_str()))
}

fn end_program(_host: &mut dyn Host, _args: Args) -> Ret {
    Err(BuiltinError::Abort(Box::new(Abort::Exit)))
}

/// `Multitâche(n)`: waits |n| hundredths of a second (0: just lets pending events through),
/// dispatching socket events meanwhile.
fn multitask(host: &mut dyn Host, args: Args) -> Ret {
    let n = if args.is_empty() { 0 } else { args.int(0)? };
    pause(host, n.unsigned_abs())
}

/// `ThreadPause(n)`: waits n hundredths of a second, dispatching socket events meanwhile.
fn thread_pause(host: &mut dyn Host, args: Args) -> Ret {
    let n = args.int(0)?;
    pause(host, n.max(0) as u64)
}

fn pause(host: &mut dyn Host, hundredths: u64) -> Ret {
    let deadline = Instant::now() + Duration::from_millis(hundredths.saturating_mul(10));
    host.wait(Some(deadline), &mut |_| false)?;
    Ok(Value::Null)
}
