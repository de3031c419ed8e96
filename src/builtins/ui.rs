//! Output, error state, program control and time. On a console `Info`, `ToastAffiche` and `Trace`
//! write to stdout, `Erreur` and `Avertissement` to stderr; each parameter of
//! `Info`/`Erreur`/`Avertissement` goes on its own line, `Trace` writes one line per call.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

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
        row("DateSys", "DateSys", 0, 0, date_sys),
        row("HeureSys", "TimeSys", 0, 0, time_sys),
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

fn now_utc() -> (i64, u64) {
    let since = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    ((since.as_secs() / 86_400) as i64, since.as_millis() as u64 % 86_400_000)
}

/// `DateSys()`: today as "AAAAMMJJ" (UTC).
fn date_sys(_host: &mut dyn Host, _args: Args) -> Ret {
    let (days, _) = now_utc();
    let (y, m, d) = civil_from_days(days);
    Ok(Value::from(format!("{y:04}{m:02}{d:02}")))
}

/// `HeureSys()`: the time as "HHMMSSCC" (UTC, CC = hundredths).
fn time_sys(_host: &mut dyn Host, _args: Args) -> Ret {
    let (_, ms) = now_utc();
    let (h, m, s, c) = (ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms / 10 % 100);
    Ok(Value::from(format!("{h:02}{m:02}{s:02}{c:02}")))
}

/// Days since 1970-01-01 → (year, month, day), proleptic Gregorian.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    #[test]
    fn civil_dates() {
        assert_eq!(super::civil_from_days(0), (1970, 1, 1));
        assert_eq!(super::civil_from_days(20_414), (2025, 11, 22));
    }
}
