//! Output, error state, program control and time. On a console `Info`, `ToastAffiche` and `Trace`
//! write to stdout, `Erreur` and `Avertissement` to stderr; each parameter of
//! `Info`/`Erreur`/`Avertissement` goes on its own line, `Trace` writes one line per call.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use super::{BuiltinError, int, text};
use crate::interp::value::{Value, WStr};
use crate::interp::{Abort, Interp};

fn lines(args: &[Value]) -> Result<Vec<std::rc::Rc<WStr>>, BuiltinError> {
    (0..args.len()).map(|i| text(args, i)).collect()
}

pub fn info(it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    for line in lines(args)? {
        it.print_line(&line);
    }
    Ok(Value::Null)
}

pub fn error(it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    for line in lines(args)? {
        it.print_error_line(&line);
    }
    Ok(Value::Null)
}

pub fn warning(it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    error(it, args)
}

/// `Trace(a, b)`: one line, parameters separated by ", ".
pub fn trace(it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    let line = lines(args)?.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ");
    it.print_line(&line);
    Ok(Value::Null)
}

/// `ToastAffiche(message, ...)`: the message on stdout; position and style parameters are ignored.
pub fn toast(it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    let message = text(args, 0)?;
    it.print_line(&message);
    Ok(Value::Null)
}

pub fn error_info(it: &mut Interp, _args: &[Value]) -> Result<Value, BuiltinError> {
    Ok(Value::from(it.error_info.as_str()))
}

pub fn error_occurred(it: &mut Interp, _args: &[Value]) -> Result<Value, BuiltinError> {
    Ok(Value::Bool(it.error_occurred))
}

pub fn exception_info(it: &mut Interp, _args: &[Value]) -> Result<Value, BuiltinError> {
    Ok(Value::from(it.exception_info.as_str()))
}

pub fn end_program(_it: &mut Interp, _args: &[Value]) -> Result<Value, BuiltinError> {
    Err(BuiltinError::Abort(Box::new(Abort::Exit)))
}

/// `Multitâche(n)`: waits |n| hundredths of a second (0: just lets pending events through),
/// dispatching socket events meanwhile.
pub fn multitask(it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    let n = if args.is_empty() { 0 } else { int(args, 0)? };
    pause(it, n.unsigned_abs())
}

/// `ThreadPause(n)`: waits n hundredths of a second, dispatching socket events meanwhile.
pub fn thread_pause(it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    let n = int(args, 0)?;
    pause(it, n.max(0) as u64)
}

fn pause(it: &mut Interp, hundredths: u64) -> Result<Value, BuiltinError> {
    let deadline = Instant::now() + Duration::from_millis(hundredths.saturating_mul(10));
    it.pump_events(deadline).map_err(BuiltinError::Abort)?;
    Ok(Value::Null)
}

fn now_utc() -> (i64, u64) {
    let since = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    ((since.as_secs() / 86_400) as i64, since.as_millis() as u64 % 86_400_000)
}

/// `DateSys()`: today as "AAAAMMJJ" (UTC).
pub fn date_sys(_it: &mut Interp, _args: &[Value]) -> Result<Value, BuiltinError> {
    let (days, _) = now_utc();
    let (y, m, d) = civil_from_days(days);
    Ok(Value::from(format!("{y:04}{m:02}{d:02}")))
}

/// `HeureSys()`: the time as "HHMMSSCC" (UTC, CC = hundredths).
pub fn time_sys(_it: &mut Interp, _args: &[Value]) -> Result<Value, BuiltinError> {
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
