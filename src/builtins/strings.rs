//! String builtins. Positions and lengths count characters, 1-based, as WLanguage does.

use std::fmt::Write as _;

use super::{BuiltinError, arg_error, int, number, opt_int, opt_text, text};
use crate::diagnostics::Fault;
use crate::interp::Interp;
use crate::interp::eval::char_range;
use crate::interp::value::{Num, Value, parse_number};

pub fn length(_it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    Ok(Value::Int(match &args[0] {
        Value::Buffer(b) => b.len(),
        Value::Array(a) => a.borrow().items.len(),
        Value::Str(s) => s.char_count(),
        _ => text(args, 0)?.char_count(),
    } as i64))
}

pub fn left(_it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    let s = text(args, 0)?;
    let n = int(args, 1)?;
    Ok(Value::from(char_range(&s, 1, n)))
}

pub fn right(_it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    let s = text(args, 0)?;
    let n = int(args, 1)?.max(0);
    let len = s.char_count() as i64;
    Ok(Value::from(char_range(&s, len - n + 1, len)))
}

/// `Milieu(s, start [, length])`.
pub fn middle(_it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    let s = text(args, 0)?;
    let start = int(args, 1)?;
    let count = opt_int(args, 2, i64::MAX / 2)?;
    if start < 1 {
        return Err(arg_error(1, Fault::StartPosition(start)));
    }
    Ok(Value::from(char_range(&s, start, start.saturating_add(count.max(0)) - 1)))
}

/// `Position(s, searched [, start])`: 1-based character position, 0 when absent.
pub fn position(_it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    let s = text(args, 0)?;
    let needle = text(args, 1)?;
    let start = opt_int(args, 2, 1)?.max(1) as usize;
    let byte_start = if s.is_ascii() {
        (start - 1).min(s.len())
    } else {
        s.char_indices().nth(start - 1).map_or(s.len(), |(i, _)| i)
    };
    let chars_before = |end: usize| if s.is_ascii() { end } else { s[..end].chars().count() };
    Ok(Value::Int(match s[byte_start..].find(needle.as_str()) {
        Some(i) if !needle.is_empty() => (chars_before(byte_start + i) + 1) as i64,
        _ => 0,
    }))
}

pub fn replace(_it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    let s = text(args, 0)?;
    let old = text(args, 1)?;
    let new = text(args, 2)?;
    if old.is_empty() {
        return Ok(Value::Str(s));
    }
    Ok(Value::from(s.replace(old.as_str(), &new)))
}

pub fn upper(_it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    Ok(Value::from(text(args, 0)?.to_uppercase()))
}

pub fn lower(_it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    Ok(Value::from(text(args, 0)?.to_lowercase()))
}

/// `SansEspace(s)`: without the blanks (spaces, tabs, line breaks) around it.
pub fn no_space(_it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    let s = text(args, 0)?;
    Ok(Value::from(s.trim_matches([' ', '\t', '\r', '\n'])))
}

/// `ExtraitChaîne(s, n [, separator = TAB])`: the n-th part, or EOT past the last one.
pub fn extract_string(_it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    let s = text(args, 0)?;
    let n = int(args, 1)?;
    let sep = opt_text(args, 2, "\t")?;
    if n < 1 {
        return Err(arg_error(1, Fault::PartNumber(n)));
    }
    if sep.is_empty() {
        return Err(arg_error(2, Fault::EmptySeparator));
    }
    Ok(match s.split(sep.as_str()).nth(n as usize - 1) {
        Some(part) => Value::from(part),
        None => Value::from("\u{4}"),
    })
}

/// `ChaîneConstruit("%1 and %2", a, b)`.
pub fn string_build(_it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    let format = text(args, 0)?;
    let mut out = String::with_capacity(format.len());
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.peek().copied() {
            Some('%') => {
                chars.next();
                out.push('%');
            }
            Some(d) if d.is_ascii_digit() => {
                let mut index = 0usize;
                while let Some(d) = chars.peek().and_then(|c| c.to_digit(10)) {
                    index = index * 10 + d as usize;
                    chars.next();
                }
                match args.get(index).filter(|_| index >= 1) {
                    Some(v) => v.write_text(&mut out).map_err(|e| arg_error(index, e.0))?,
                    None => {
                        return Err(arg_error(0, Fault::NoMatchingParameter(index)));
                    }
                }
            }
            _ => out.push('%'),
        }
    }
    Ok(Value::from(out))
}

pub fn val(_it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    let s = text(args, 0)?;
    Ok(parse_number(&s).into_value())
}

/// `NumériqueVersChaîne(n [, format])`; formats like "5d", "05d", ".2f", "8.3f", "x", "X", "+d".
pub fn num_to_string(_it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    let n = number(args, 0)?;
    if args.len() < 2 {
        return Ok(Value::Str(n.into_value().to_text().map_err(|e| arg_error(0, e.0))?));
    }
    let format = text(args, 1)?;
    format_number(n, &format).map(Value::from).ok_or_else(|| arg_error(1, Fault::UnsupportedFormat(format.to_string())))
}

fn format_number(n: Num, format: &str) -> Option<String> {
    let mut rest = format;
    let (mut zero, mut plus, mut left) = (false, false, false);
    while let Some(c) = rest.chars().next() {
        match c {
            '0' => zero = true,
            '+' => plus = true,
            '-' => left = true,
            _ => break,
        }
        rest = &rest[1..];
    }
    let width_len = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
    let width: usize = rest[..width_len].parse().unwrap_or(0);
    rest = &rest[width_len..];
    let mut precision = None;
    if let Some(p) = rest.strip_prefix('.') {
        let len = p.find(|c: char| !c.is_ascii_digit()).unwrap_or(p.len());
        precision = Some(p[..len].parse().unwrap_or(0));
        rest = &p[len..];
    }
    let mut body = String::new();
    match rest {
        "d" | "" => {
            let v = match n {
                Num::Int(v) => v,
                Num::Real(x) => x.trunc() as i64,
            };
            if plus && v >= 0 {
                body.push('+');
            }
            let _ = write!(body, "{v}");
        }
        "f" => {
            let x = n.as_f64();
            if plus && x >= 0.0 {
                body.push('+');
            }
            let _ = write!(body, "{:.*}", precision.unwrap_or(6), x);
        }
        "x" => {
            let _ = write!(body, "{:x}", n.as_f64() as i64);
        }
        "X" => {
            let _ = write!(body, "{:X}", n.as_f64() as i64);
        }
        "e" => {
            let _ = write!(body, "{:.*e}", precision.unwrap_or(6), n.as_f64());
        }
        _ => return None,
    }
    let pad = width.saturating_sub(body.chars().count());
    Some(if left {
        body + &" ".repeat(pad)
    } else if zero {
        let sign_len = usize::from(body.starts_with(['-', '+']));
        format!("{}{}{}", &body[..sign_len], "0".repeat(pad), &body[sign_len..])
    } else {
        " ".repeat(pad) + &body
    })
}

/// `Complète(s, n [, c = " "])`: padded on the right with c (or cut) to exactly n characters.
pub fn complete(_it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    let s = text(args, 0)?;
    let n = int(args, 1)?.max(0) as usize;
    let fill = opt_text(args, 2, " ")?;
    let fill = fill.chars().next().unwrap_or(' ');
    let mut out: String = s.chars().take(n).collect();
    let len = out.chars().count();
    out.extend(std::iter::repeat_n(fill, n - len));
    Ok(Value::from(out))
}

pub fn repeat(_it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    let s = text(args, 0)?;
    let n = int(args, 1)?;
    if n < 0 {
        return Err(arg_error(1, Fault::NegativeCount(n)));
    }
    if (n as u128) * (s.len() as u128) > (1 << 30) {
        return Err(arg_error(1, Fault::ResultTooLarge));
    }
    Ok(Value::from(s.repeat(n as usize)))
}

pub fn charact(_it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    let code = int(args, 0)?;
    let c = u32::try_from(code).ok().and_then(char::from_u32).ok_or_else(|| arg_error(0, Fault::NotCharCode(code)))?;
    Ok(Value::from(c.to_string()))
}

pub fn asc(_it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    let s = text(args, 0)?;
    Ok(Value::Int(s.chars().next().map_or(0, |c| c as i64)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_formats() {
        assert_eq!(format_number(Num::Int(42), "5d").unwrap(), "   42");
        assert_eq!(format_number(Num::Int(-42), "05d").unwrap(), "-0042");
        assert_eq!(format_number(Num::Real(1.23456), ".2f").unwrap(), "1.23");
        assert_eq!(format_number(Num::Int(255), "X").unwrap(), "FF");
        assert!(format_number(Num::Int(1), "q").is_none());
    }
}
