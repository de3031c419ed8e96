//! WLanguage's operators on values: `+` adds numbers but concatenates as soon as one side is a
//! string, `/` never truncates, `=` on strings is exact and on reals accurate to 10^-6 (page
//! 1514048), `~=` ignores case and outer blanks,
//! comparisons between a string and a number compare numbers when the string is one.
//! Pure functions: no frames, no spans (the evaluator attaches them to errors).

use std::cmp::Ordering;
use std::rc::Rc;

use crate::ast::BinOp;
use crate::diagnostics::Fault;

use super::datetime::{Date, DateTime, Duration, Time};
use super::{Decimal, Num, TypeError, Value, WStr, decimal, parse_number_prefix};

const MS_PER_DAY: i64 = 86_400_000;

pub fn binary(op: BinOp, a: &Value, b: &Value) -> Result<Value, TypeError> {
    if let Some(result) = special(op, a, b) {
        return result;
    }
    // The options of a combination: `A + B` holds both, `c - B` drops B (page 1514074).
    if let (BinOp::Add | BinOp::Sub, Value::Enum(x), Value::Enum(y)) = (op, a, b)
        && let Some(e) = x.combine(y, op == BinOp::Add)
    {
        return Ok(Value::Enum(Rc::new(e)));
    }
    Ok(match op {
        BinOp::Add => add(a, b)?,
        BinOp::Sub => arith(a, b, i64::checked_sub, |x, y| x - y)?,
        BinOp::Mul => arith(a, b, i64::checked_mul, |x, y| x * y)?,
        BinOp::Div => div(a, b)?,
        BinOp::Mod => modulo(a, b)?,
        BinOp::Pow => pow(a, b)?,
        BinOp::Eq => Value::Bool(equals(a, b)?),
        BinOp::Ne => Value::Bool(!equals(a, b)?),
        BinOp::Lt => Value::Bool(compare(a, b)? == Ordering::Less),
        BinOp::Le => Value::Bool(compare(a, b)? != Ordering::Greater || reals_close(a, b)),
        BinOp::Gt => Value::Bool(compare(a, b)? == Ordering::Greater),
        BinOp::Ge => Value::Bool(compare(a, b)? != Ordering::Less || reals_close(a, b)),
        BinOp::LooseEq => Value::Bool(loose_equals(a, b)?),
        BinOp::VeryLooseEq => Value::Bool(very_loose(&a.to_text()?) == very_loose(&b.to_text()?)),
        BinOp::StartsWith
        | BinOp::StartsWithLoose
        | BinOp::StartsWithVeryLoose
        | BinOp::EndsWith
        | BinOp::EndsWithLoose
        | BinOp::EndsWithVeryLoose
        | BinOp::Contains
        | BinOp::ContainsLoose
        | BinOp::ContainsVeryLoose => Value::Bool(text_test(op, a.to_text()?.as_str(), b.to_text()?.as_str())),
        BinOp::And | BinOp::AndThen => Value::Bool(a.truthy()? && b.truthy()?),
        BinOp::Or | BinOp::OrElse => Value::Bool(a.truthy()? || b.truthy()?),
        BinOp::BitAnd => Value::Int(integer(a)? & integer(b)?),
        BinOp::BitOr => Value::Int(integer(a)? | integer(b)?),
        BinOp::BitXor => Value::Int(integer(a)? ^ integer(b)?),
        BinOp::ShiftLeft | BinOp::ShiftRight => shift(op, integer(a)?, integer(b)?, 0)?,
    })
}

/// `~=`'s form of a string: blanks around it dropped, case and accents ignored (page 1512006).
fn loose(s: &str) -> String {
    crate::keywords::fold(s.trim()).into_owned()
}

/// `~~`'s form: case and accents ignored, and only letters and digits kept (no spaces,
/// punctuation or line breaks).
fn very_loose(s: &str) -> String {
    crate::keywords::fold(s).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// `[=`, `=]`, `[=]` and their flexible (`~`) and very flexible (`~~`) forms (page 1512006):
/// the flexible forms ignore case and the blanks on the side compared, the very flexible ones
/// every space and punctuation mark.
fn text_test(op: BinOp, a: &str, b: &str) -> bool {
    use BinOp::*;
    match op {
        StartsWith => a.starts_with(b),
        StartsWithLoose => crate::keywords::fold(a.trim_start()).starts_with(&loose(b)),
        StartsWithVeryLoose => very_loose(a).starts_with(&very_loose(b)),
        EndsWith => a.ends_with(b),
        EndsWithLoose => crate::keywords::fold(a.trim_end()).ends_with(&loose(b)),
        EndsWithVeryLoose => very_loose(a).ends_with(&very_loose(b)),
        Contains => a.contains(b),
        ContainsLoose => crate::keywords::fold(a).contains(&loose(b)),
        ContainsVeryLoose => very_loose(a).contains(&very_loose(b)),
        _ => false,
    }
}

/// A whole number for the bitwise operators.
pub fn integer(v: &Value) -> Result<i64, TypeError> {
    match v.to_number()? {
        Num::Int(n) => Ok(n),
        Num::Real(x) if x.fract() == 0.0 && x.abs() < 9.2e18 => Ok(x as i64),
        Num::Real(_) => Err(TypeError(Fault::NotInteger(v.ty()))),
    }
}

/// `~x`: every bit flipped.
pub fn bit_not(v: &Value) -> Result<Value, TypeError> {
    Ok(Value::Int(!integer(v)?))
}

/// `bitDécaleGauche`/`bitDécaleDroite` (`BinOp::ShiftLeft`/`ShiftRight`), page 1512009: the bits
/// shifted out of the first value's size are lost, and a shift by the size or more gives 0. The
/// size is `bits` (32 or 64, from the first value's declared type), or with 0 the value's own
/// (4 bytes when it fits in 4, else 8).
pub fn shift(op: BinOp, x: i64, n: i64, bits: i64) -> Result<Value, TypeError> {
    if n < 0 {
        return Err(TypeError(Fault::NegativeShift(n)));
    }
    let narrow = match bits {
        32 => true,
        64 => false,
        _ => i32::try_from(x).is_ok(),
    };
    let bits = if narrow { 32 } else { 64 };
    if n >= bits {
        return Ok(Value::Int(0));
    }
    let n = n as u32;
    Ok(Value::Int(match (op, narrow) {
        (BinOp::ShiftLeft, true) => ((x as u32) << n) as i32 as i64,
        (BinOp::ShiftLeft, false) => ((x as u64) << n) as i64,
        (_, true) => ((x as u32) >> n) as i32 as i64,
        (_, false) => ((x as u64) >> n) as i64,
    }))
}

/// Operators on dates, times, durations and exact decimals (help page 1514040 for the temporal
/// types): `None` when neither operand is one of those, or the pair is not special.
fn special(op: BinOp, a: &Value, b: &Value) -> Option<Result<Value, TypeError>> {
    use Value::{Date as D, DateTime as DT, Duration as Du, Time as T};
    let out_of_calendar = || Err(TypeError(Fault::DateOutOfRange));
    let temporal = |v: &Value| matches!(v, D(_) | T(_) | DT(_) | Du(_));
    if !(temporal(a) || temporal(b) || matches!(a, Value::Decimal(_)) || matches!(b, Value::Decimal(_))) {
        return None;
    }
    let date_plus = |d: Date, days: i64| d.add_days(days).map_or_else(out_of_calendar, |d| Ok(D(d)));
    let moment_plus = |t: DateTime, ms: i64| t.add_ms(ms).map_or_else(out_of_calendar, |t| Ok(DT(t)));
    let result = match (op, a, b) {
        // Date + Durée is a Date (the duration's time part is ignored), Heure + Durée an Heure
        // (round midnight), DateHeure + Durée a DateHeure, Durée + Durée a Durée.
        (BinOp::Add, D(d), Du(x)) | (BinOp::Add, Du(x), D(d)) => date_plus(*d, x.0 / MS_PER_DAY),
        (BinOp::Add, D(d), Value::Int(n)) | (BinOp::Add, Value::Int(n), D(d)) => date_plus(*d, *n),
        (BinOp::Add, T(t), Du(x)) | (BinOp::Add, Du(x), T(t)) => Ok(T(Time::from_ms(t.ms() + x.0 % MS_PER_DAY))),
        (BinOp::Add, DT(t), Du(x)) | (BinOp::Add, Du(x), DT(t)) => moment_plus(*t, x.0),
        (BinOp::Add, Du(x), Du(y)) => Ok(Du(Duration(x.0.saturating_add(y.0)))),
        (BinOp::Sub, D(d), Du(x)) => date_plus(*d, -(x.0 / MS_PER_DAY)),
        (BinOp::Sub, D(d), Value::Int(n)) => date_plus(*d, -*n),
        (BinOp::Sub, T(t), Du(x)) => Ok(T(Time::from_ms(t.ms() - x.0 % MS_PER_DAY))),
        (BinOp::Sub, DT(t), Du(x)) => moment_plus(*t, -x.0),
        (BinOp::Sub, Du(x), Du(y)) => Ok(Du(Duration(x.0.saturating_sub(y.0)))),
        // The difference of two dates, times or date-times is a Durée.
        (BinOp::Sub, D(x), D(y)) if !x.is_empty() && !y.is_empty() => {
            Ok(Du(Duration((x.0 as i64 - y.0 as i64) * MS_PER_DAY)))
        }
        (BinOp::Sub, T(x), T(y)) => Ok(Du(Duration(x.ms() - y.ms()))),
        (BinOp::Sub, DT(x), DT(y)) if !x.is_empty() && !y.is_empty() => Ok(Du(Duration(x.0 - y.0))),
        (BinOp::Sub, DT(x), D(y)) if !x.is_empty() && !y.is_empty() => {
            Ok(Du(Duration(x.0 - DateTime::new(*y, Time(0)).0)))
        }
        (BinOp::Mul, Du(x), n) | (BinOp::Mul, n, Du(x)) if !temporal(n) => {
            Ok(Du(Duration((x.0 as f64 * n.to_real().ok()?).round() as i64)))
        }
        (BinOp::Div, Du(x), Du(y)) => {
            if y.0 == 0 {
                Err(TypeError(Fault::DivisionByZero))
            } else {
                Ok(Value::Real(x.0 as f64 / y.0 as f64))
            }
        }
        (BinOp::Div, Du(x), n) if !temporal(n) => {
            let n = n.to_real().ok()?;
            if n == 0.0 {
                Err(TypeError(Fault::DivisionByZero))
            } else {
                Ok(Du(Duration((x.0 as f64 / n).round() as i64)))
            }
        }
        (BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge, ..) => return None,
        // Two temporal values added otherwise (Date + Heure) make a string of their forms.
        (BinOp::Add, x, y) if temporal(x) && temporal(y) => {
            let mut s = String::new();
            x.write_text(&mut s).ok()?;
            y.write_text(&mut s).ok()?;
            Ok(Value::from(s))
        }
        (_, x, y) if temporal(x) || temporal(y) => return None,
        (op, x, y) => {
            // Exact decimals: with a string `+` still concatenates.
            if matches!(x, Value::Str(_)) || matches!(y, Value::Str(_)) {
                return None;
            }
            decimal_arith(op, x, y)
        }
    };
    Some(result)
}

/// Arithmetic when one operand is an exact decimal: exact with integers and decimals; a real
/// operand is read as the decimal it prints as.
fn decimal_arith(op: BinOp, a: &Value, b: &Value) -> Result<Value, TypeError> {
    let exact = |v: &Value| -> Result<Decimal, TypeError> {
        match v {
            Value::Decimal(d) => Ok(**d),
            Value::Real(x) => decimal::from_real(*x).ok_or(TypeError(Fault::NotNumber(v.ty()))),
            other => match other.to_number()? {
                Num::Int(n) => Ok(decimal::from_int(n)),
                Num::Real(x) => decimal::from_real(x).ok_or(TypeError(Fault::NotNumber(v.ty()))),
            },
        }
    };
    let (x, y) = (exact(a)?, exact(b)?);
    let overflow = || TypeError(Fault::DecimalOverflow);
    let result = match op {
        BinOp::Add => x.checked_add(y).ok_or_else(overflow)?,
        BinOp::Sub => x.checked_sub(y).ok_or_else(overflow)?,
        BinOp::Mul => x.checked_mul(y).ok_or_else(overflow)?,
        BinOp::Div => {
            if y.is_zero() {
                return Err(TypeError(Fault::DivisionByZero));
            }
            x.checked_div(y).ok_or_else(overflow)?
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(TypeError(Fault::ModuloByZero));
            }
            x.checked_rem(y).ok_or_else(overflow)?
        }
        // Powers and logic read the decimals as reals.
        _ => {
            let (p, q) = (Value::Real(decimal::to_real(&x)), Value::Real(decimal::to_real(&y)));
            return binary(op, &p, &q);
        }
    };
    Ok(Value::Decimal(Rc::new(result)))
}

/// Comparing dates, times, durations and decimals: `None` when neither operand is one.
fn compare_special(a: &Value, b: &Value) -> Option<Result<Ordering, TypeError>> {
    use Value::{Date as D, DateTime as DT, Duration as Du, Time as T};
    Some(Ok(match (a, b) {
        (D(x), D(y)) => x.cmp(y),
        (T(x), T(y)) => x.cmp(y),
        (DT(x), DT(y)) => x.cmp(y),
        (Du(x), Du(y)) => x.cmp(y),
        (DT(x), D(y)) => x.cmp(&DateTime::new(*y, Time(0))),
        (D(x), DT(y)) => DateTime::new(*x, Time(0)).cmp(y),
        // A string compares with a date as the date it reads as, else as text.
        (D(_) | T(_) | DT(_), Value::Str(s)) => {
            let other = match a {
                D(_) => Date::parse(s).map(D),
                T(_) => Time::parse(s).map(T),
                _ => DateTime::parse(s).map(DT),
            };
            return match other {
                Some(other) => compare_special(a, &other),
                None => Some(Ok(a.to_text().ok()?.as_str().cmp(s.as_str()))),
            };
        }
        (Value::Str(_), D(_) | T(_) | DT(_)) => return compare_special(b, a).map(|r| r.map(Ordering::reverse)),
        (Du(x), n) | (n, Du(x)) if matches!(n, Value::Int(_) | Value::Real(_)) => {
            let ordering = (x.0 as f64).partial_cmp(&n.to_real().ok()?).unwrap_or(Ordering::Equal);
            if matches!(a, Du(_)) { ordering } else { ordering.reverse() }
        }
        (Value::Decimal(_), _) | (_, Value::Decimal(_)) => {
            let exact = |v: &Value| match v {
                Value::Decimal(d) => Some(**d),
                Value::Real(x) => decimal::from_real(*x),
                Value::Str(s) => s.trim().parse().ok(),
                other => match other.to_number().ok()? {
                    Num::Int(n) => Some(decimal::from_int(n)),
                    Num::Real(x) => decimal::from_real(x),
                },
            };
            match (exact(a), exact(b)) {
                (Some(x), Some(y)) => x.cmp(&y),
                _ => return Some(Err(TypeError(Fault::Compare(a.ty(), b.ty())))),
            }
        }
        _ => return None,
    }))
}

fn add(a: &Value, b: &Value) -> Result<Value, TypeError> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x.checked_add(*y).map_or(Value::Real(*x as f64 + *y as f64), Value::Int)),
        // `s + [sep]`: the optional concatenation (page 1512001): the separator is added unless
        // the string is empty or already ends with it.
        (Value::Str(s), Value::Array(items)) if items.borrow().items.len() == 1 => {
            let sep = items.borrow().items.get(0).unwrap_or(Value::Null).to_text()?;
            if s.as_str().is_empty() || s.as_str().ends_with(sep.as_str()) {
                Ok(a.clone())
            } else {
                let mut out = String::with_capacity(s.as_str().len() + sep.as_str().len());
                out.push_str(s.as_str());
                out.push_str(sep.as_str());
                Ok(Value::from(out))
            }
        }
        (Value::Str(_), _) | (_, Value::Str(_)) => {
            reserve(text_len(a) + text_len(b))?;
            let mut s = String::new();
            a.write_text(&mut s)?;
            b.write_text(&mut s)?;
            Ok(Value::from(s))
        }
        (Value::Buffer(x), Value::Buffer(y)) => {
            reserve(x.len() + y.len())?;
            Ok(Value::Buffer(Rc::new([&x[..], &y[..]].concat())))
        }
        _ => arith(a, b, i64::checked_add, |x, y| x + y),
    }
}

/// `target = target + b`, in place when it can be: a string nobody else holds grows without being
/// copied (a loop appending to a string is linear, not quadratic).
#[inline]
pub fn add_in_place(target: &mut Value, b: &Value) -> Result<(), TypeError> {
    // Two integers, the common case, inline.
    if let (Value::Int(x), Value::Int(y)) = (&mut *target, b)
        && let Some(sum) = x.checked_add(*y)
    {
        *x = sum;
        return Ok(());
    }
    add_in_place_any(target, b)
}

#[inline(never)]
fn add_in_place_any(target: &mut Value, b: &Value) -> Result<(), TypeError> {
    match (&mut *target, b) {
        (Value::Int(x), Value::Int(y)) if x.checked_add(*y).is_some() => *x += y,
        (Value::Str(s), _) if !matches!(b, Value::Array(_) | Value::Ref(_)) => {
            let grown = s.as_str().len() + text_len(b);
            if grown >= CHECKED_SIZE / 2 {
                check_growth(s, grown)?;
            }
            Rc::make_mut(s).append(|text| b.write_text(text))?
        }
        _ => *target = binary(BinOp::Add, target, b)?,
    }
    Ok(())
}

/// `a + [sep]` (page 1512001): the separator is concatenated unless `a` is empty or already
/// ends with it.
pub fn separated(a: &Value, sep: &Value) -> Result<Value, TypeError> {
    let mut out = a.clone();
    append_separated(&mut out, std::slice::from_ref(sep))?;
    Ok(out)
}

/// `target += [sep] + a + b` with `parts` = `[sep, a, b]`: the separator as `separated` adds
/// it, then the texts of the other parts, in place when the string is unshared.
pub fn append_separated(target: &mut Value, parts: &[Value]) -> Result<(), TypeError> {
    let Some((sep, rest)) = parts.split_first() else { return Ok(()) };
    if !matches!(target, Value::Str(_)) {
        *target = Value::Str(target.to_text()?);
    }
    let sep = sep.to_text()?;
    if let Value::Str(s) = target {
        let s = Rc::make_mut(s);
        if !s.is_empty() && !s.ends_with(sep.as_str()) {
            s.append(|text| text.push_str(&sep));
        }
        for part in rest {
            s.append(|text| part.write_text(text))?;
        }
    }
    Ok(())
}

/// Strings and buffers from this size on are checked against `--max-memory` before they are
/// made; smaller ones are left to the evaluator's periodic check, so short concatenations pay
/// only this comparison.
const CHECKED_SIZE: usize = 1 << 16;

/// Refuses a string or buffer of about `bytes` that would take the script past `--max-memory`.
#[inline]
fn reserve(bytes: usize) -> Result<(), TypeError> {
    if bytes < CHECKED_SIZE { Ok(()) } else { crate::alloc::check(bytes).map_err(TypeError) }
}

/// Refuses to grow the string `s` to `grown` bytes past `--max-memory`: a string someone else
/// holds is copied first, and growing may double the capacity. Out of line: short strings, the
/// common case, pay only the comparison before the call.
#[cold]
#[inline(never)]
fn check_growth(s: &Rc<WStr>, grown: usize) -> Result<(), TypeError> {
    let copy = if Rc::strong_count(s) > 1 { s.as_str().len() } else { 0 };
    reserve(copy + 2 * grown)
}

/// The length of a value's text, exact for strings and buffers (numbers and the rest are short).
fn text_len(v: &Value) -> usize {
    match v {
        Value::Str(s) => s.as_str().len(),
        Value::Buffer(b) => b.len(),
        _ => 32,
    }
}

fn arith(
    a: &Value,
    b: &Value,
    int: fn(i64, i64) -> Option<i64>,
    real: fn(f64, f64) -> f64,
) -> Result<Value, TypeError> {
    Ok(match (a.to_number()?, b.to_number()?) {
        (Num::Int(x), Num::Int(y)) => int(x, y).map_or_else(|| Value::Real(real(x as f64, y as f64)), Value::Int),
        (x, y) => Value::Real(real(x.as_f64(), y.as_f64())),
    })
}

fn div(a: &Value, b: &Value) -> Result<Value, TypeError> {
    let (x, y) = (a.to_number()?, b.to_number()?);
    if y.as_f64() == 0.0 {
        return Err(TypeError(Fault::DivisionByZero));
    }
    Ok(match (x, y) {
        (Num::Int(x), Num::Int(y)) if x.checked_rem(y) == Some(0) => Value::Int(x / y),
        (x, y) => Value::Real(x.as_f64() / y.as_f64()),
    })
}

fn modulo(a: &Value, b: &Value) -> Result<Value, TypeError> {
    let (x, y) = (a.to_number()?, b.to_number()?);
    if y.as_f64() == 0.0 {
        return Err(TypeError(Fault::ModuloByZero));
    }
    Ok(match (x, y) {
        (Num::Int(x), Num::Int(y)) => Value::Int(x.checked_rem(y).unwrap_or(0)),
        (x, y) => Value::Real(x.as_f64() % y.as_f64()),
    })
}

fn pow(a: &Value, b: &Value) -> Result<Value, TypeError> {
    Ok(match (a.to_number()?, b.to_number()?) {
        (Num::Int(x), Num::Int(y)) if (0..=u32::MAX as i64).contains(&y) => {
            x.checked_pow(y as u32).map_or_else(|| Value::Real((x as f64).powf(y as f64)), Value::Int)
        }
        (x, y) => Value::Real(x.as_f64().powf(y.as_f64())),
    })
}

pub fn negate(v: &Value) -> Result<Value, TypeError> {
    match v {
        Value::Decimal(d) => return Ok(Value::Decimal(Rc::new(-**d))),
        Value::Duration(d) => return Ok(Value::Duration(Duration(d.0.saturating_neg()))),
        _ => {}
    }
    Ok(match v.to_number()? {
        Num::Int(n) => n.checked_neg().map_or(Value::Real(-(n as f64)), Value::Int),
        Num::Real(x) => Value::Real(-x),
    })
}

fn is_numeric(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Real(_) | Value::Bool(_))
}

/// A string that is a whole number (blanks aside) compares as that number.
fn whole_number(s: &str) -> Option<Num> {
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    let n = parse_number_prefix(t)?;
    // Accept only when the number spans the whole string.
    let canonical_len = t
        .trim_start_matches(['+', '-'])
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',' || c == 'e' || c == 'E' || c == '+' || c == '-');
    canonical_len.then_some(n)
}

pub fn compare(a: &Value, b: &Value) -> Result<Ordering, TypeError> {
    if let Some(result) = compare_special(a, b) {
        return result;
    }
    let numbers = |x: Num, y: Num| match (x, y) {
        (Num::Int(x), Num::Int(y)) => x.cmp(&y),
        (x, y) => x.as_f64().partial_cmp(&y.as_f64()).unwrap_or(Ordering::Equal),
    };
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Ok(x.cmp(y)),
        (Value::Null, Value::Null) => Ok(Ordering::Equal),
        (Value::Null, Value::Str(s)) => Ok("".cmp(s.as_str())),
        (Value::Str(s), Value::Null) => Ok(s.as_str().cmp("")),
        _ if (is_numeric(a) || matches!(a, Value::Null)) && (is_numeric(b) || matches!(b, Value::Null)) => {
            Ok(numbers(a.to_number()?, b.to_number()?))
        }
        (Value::Str(s), n) if is_numeric(n) => match whole_number(s) {
            Some(x) => Ok(numbers(x, n.to_number()?)),
            None => Ok(s.as_str().cmp(n.to_text()?.as_str())),
        },
        (n, Value::Str(s)) if is_numeric(n) => match whole_number(s) {
            Some(y) => Ok(numbers(n.to_number()?, y)),
            None => Ok(n.to_text()?.as_str().cmp(s.as_str())),
        },
        (Value::Buffer(x), Value::Buffer(y)) => Ok(x.cmp(y)),
        // Enumeration values in their declaration order.
        (Value::Enum(x), Value::Enum(y)) if x.ty.id == y.ty.id => Ok(x.bits.cmp(&y.bits)),
        (Value::Buffer(x), Value::Str(y)) => Ok(x.as_slice().cmp(y.as_bytes())),
        (Value::Str(x), Value::Buffer(y)) => Ok(x.as_bytes().cmp(y.as_slice())),
        _ => Err(TypeError(Fault::Compare(a.ty(), b.ty()))),
    }
}

/// How close two numbers must be for `=` when one is a real (help page 1514048: "the `=`
/// operator is accurate to 10e-6 on the reals", read as 10^-6 as the comparison page's "more than
/// 6 different decimal places" does).
pub const REAL_EQUALITY: f64 = 1e-6;

/// `=`'s tolerance: two numbers, one of them a real, that differ by less than 10^-6 (an
/// absolute difference, as "accurate to 10^-6" says). `<` and `>` stay exact, so two close reals
/// can be both `=` and `>`, as the page warns; `<=` and `>=` are `<` or `=`, `>` or `=`.
pub fn reals_close(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Real(x), y) | (y, Value::Real(x)) if is_numeric(y) => {
            y.to_real().is_ok_and(|y| (x - y).abs() < REAL_EQUALITY)
        }
        _ => false,
    }
}

pub fn equals(a: &Value, b: &Value) -> Result<bool, TypeError> {
    match (a, b) {
        // Reals are equal to 10^-6: two close reals may be both `=` and `>`.
        (Value::Real(x), Value::Real(y)) => Ok((x - y).abs() < REAL_EQUALITY || x == y),
        (Value::Real(x), Value::Int(n)) | (Value::Int(n), Value::Real(x)) => {
            Ok((x - *n as f64).abs() < REAL_EQUALITY || *x == *n as f64)
        }
        (Value::Array(x), Value::Array(y)) => Ok(Rc::ptr_eq(x, y)),
        (Value::Proc(x), Value::Proc(y)) => Ok(x.proc == y.proc),
        // Objects are the same object or not (a NULL dynamic object equals Null only).
        (Value::Object(x), Value::Object(y)) => Ok(Rc::ptr_eq(x, y)),
        (Value::Record(x), Value::Record(y)) => Ok(Rc::ptr_eq(x, y)),
        (Value::Assoc(x), Value::Assoc(y)) => Ok(Rc::ptr_eq(x, y)),
        (Value::Enum(x), Value::Enum(y)) => Ok(x.ty.id == y.ty.id && x.bits == y.bits),
        (
            Value::Array(_) | Value::Proc(_) | Value::Object(_) | Value::Record(_) | Value::Assoc(_) | Value::Enum(_),
            _,
        )
        | (
            _,
            Value::Array(_) | Value::Proc(_) | Value::Object(_) | Value::Record(_) | Value::Assoc(_) | Value::Enum(_),
        ) => Ok(false),
        _ => Ok(reals_close(a, b) || compare(a, b)? == Ordering::Equal),
    }
}

/// `~=`: strings equal ignoring case, accents and blanks around them; otherwise plain equality.
pub fn loose_equals(a: &Value, b: &Value) -> Result<bool, TypeError> {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Ok(loose(x.as_str()) == loose(y.as_str())),
        _ => equals(a, b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(x: &str) -> Value {
        Value::from(x)
    }

    #[test]
    fn plus_concatenates_when_a_string_is_involved() {
        assert_eq!(&*binary(BinOp::Add, &s("12"), &Value::Int(3)).unwrap().to_text().unwrap(), "123");
        assert_eq!(&*binary(BinOp::Add, &s("a"), &Value::Bool(true)).unwrap().to_text().unwrap(), "a1");
        assert_eq!(binary(BinOp::Add, &Value::Int(2), &Value::Int(3)).unwrap().to_int().unwrap(), 5);
    }

    #[test]
    fn division_never_truncates() {
        assert_eq!(binary(BinOp::Div, &Value::Int(10), &Value::Int(4)).unwrap().to_real().unwrap(), 2.5);
        assert!(matches!(binary(BinOp::Div, &Value::Int(10), &Value::Int(2)).unwrap(), Value::Int(5)));
        assert!(binary(BinOp::Div, &Value::Int(1), &Value::Int(0)).is_err());
    }

    #[test]
    fn real_equality_is_accurate_to_a_millionth_and_order_stays_exact() {
        let r = Value::Real;
        let sum = binary(BinOp::Add, &r(0.1), &r(0.2)).unwrap();
        assert!(equals(&sum, &r(0.3)).unwrap());
        // Page 1514048: two close reals can be both `=` and `>`.
        assert!(equals(&r(1.000_000_2), &r(1.000_000_1)).unwrap());
        assert_eq!(compare(&r(1.000_000_2), &r(1.000_000_1)).unwrap(), Ordering::Greater);
        assert!(matches!(binary(BinOp::Le, &r(1.000_000_2), &r(1.000_000_1)).unwrap(), Value::Bool(true)));
        assert!(matches!(binary(BinOp::Ne, &r(1.000_000_2), &r(1.000_000_1)).unwrap(), Value::Bool(false)));
        // 4 millionths apart: different; an integer against a close real: equal.
        assert!(!equals(&r(1.000_005), &r(1.000_001)).unwrap());
        assert!(equals(&Value::Int(2), &r(2.000_000_5)).unwrap());
        // Integers stay exact.
        assert!(!equals(&Value::Int(1_000_000_001), &Value::Int(1_000_000_000)).unwrap());
    }

    #[test]
    fn string_equality_is_exact_and_loose_equality_is_not() {
        assert!(!equals(&s("Abc"), &s("abc")).unwrap());
        assert!(loose_equals(&s(" Abc "), &s("abc")).unwrap());
        assert!(equals(&s("12"), &Value::Int(12)).unwrap());
    }
}
