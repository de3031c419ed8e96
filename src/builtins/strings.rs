//! String builtins. Positions and lengths count characters, 1-based, as WLanguage does.

use std::fmt::Write as _;

use super::{ANY, Args, Family, Host, Ret, arg_error, row};
use crate::diagnostics::{FamilyFault, Fault, Lang};
use crate::value::{Num, Value, char_range, parse_number};

pub static FAMILY: Family = Family {
    name: "strings",
    functions: &[
        row("Taille", "Length", 1, 1, length),
        row("Gauche", "Left", 2, 2, left),
        row("Droite", "Right", 2, 2, right),
        row("Milieu", "Middle", 2, 3, middle),
        row("Position", "Position", 2, 4, position),
        row("Remplace", "Replace", 3, 4, replace),
        row("Majuscule", "Upper", 1, 1, upper),
        row("Minuscule", "Lower", 1, 1, lower),
        row("SansEspace", "NoSpace", 1, 2, no_space),
        row("ExtraitChaîne", "ExtractString", 2, 4, extract_string),
        row("ChaîneConstruit", "StringBuild", 1, ANY, string_build),
        row("Val", "Val", 1, 2, val),
        row("NumériqueVersChaîne", "NumToString", 1, 2, num_to_string),
        row("Complète", "Complete", 2, 3, complete),
        row("Répète", "RepeatString", 2, 2, repeat),
        row("Caract", "Charact", 1, 1, charact),
        row("Asc", "Asc", 1, 1, asc),
    ],
    constants: &[],
};

/// How a string builtin refuses its arguments.
#[derive(Debug)]
enum StringFault {
    StartPosition(i64),
    PartNumber(i64),
    EmptySeparator,
    NoMatchingParameter(usize),
    UnsupportedFormat(String),
    NegativeCount(i64),
    ResultTooLarge,
    NotCharCode(i64),
}

impl FamilyFault for StringFault {
    fn text(&self, lang: Lang) -> String {
        let t = |en: String, fr: String| lang.pick(en, fr);
        match self {
            StringFault::StartPosition(n) => t(
                format!("the start position must be 1 or more, not {n}"),
                format!("la position de départ doit valoir au moins 1, pas {n}"),
            ),
            StringFault::PartNumber(n) => t(
                format!("the part number must be 1 or more, not {n}"),
                format!("le numéro de la partie doit valoir au moins 1, pas {n}"),
            ),
            StringFault::EmptySeparator => t("the separator is empty".into(), "le séparateur est vide".into()),
            StringFault::NoMatchingParameter(i) => {
                t(format!("%{i} has no matching parameter"), format!("%{i} n'a pas de paramètre correspondant"))
            }
            StringFault::UnsupportedFormat(f) => {
                t(format!("unsupported format \"{f}\""), format!("format non géré \"{f}\""))
            }
            StringFault::NegativeCount(n) => {
                t(format!("the count must be 0 or more, not {n}"), format!("le nombre doit valoir au moins 0, pas {n}"))
            }
            StringFault::ResultTooLarge => {
                t("the result would be larger than 1 GiB".into(), "le résultat dépasserait 1 Gio".into())
            }
            StringFault::NotCharCode(n) => {
                t(format!("{n} is not a character code"), format!("{n} n'est pas un code de caractère"))
            }
        }
    }
}

fn bad(index: usize, fault: StringFault) -> super::BuiltinError {
    arg_error(index, Fault::family(fault))
}

fn length(_host: &mut dyn Host, args: Args) -> Ret {
    Ok(Value::Int(match &args[0] {
        Value::Buffer(b) => b.len(),
        Value::Array(a) => a.borrow().items.len(),
        Value::Str(s) => s.char_count(),
        _ => args.text(0)?.char_count(),
    } as i64))
}

fn left(_host: &mut dyn Host, args: Args) -> Ret {
    let s = args.text(0)?;
    let n = args.int(1)?;
    Ok(Value::from(char_range(&s, 1, n)))
}

fn right(_host: &mut dyn Host, args: Args) -> Ret {
    let s = args.text(0)?;
    let n = args.int(1)?.max(0);
    let len = s.char_count() as i64;
    Ok(Value::from(char_range(&s, len - n + 1, len)))
}

/// `Milieu(s, start [, length])`.
fn middle(_host: &mut dyn Host, args: Args) -> Ret {
    let s = args.text(0)?;
    let start = args.int(1)?;
    let count = args.opt_int(2, i64::MAX / 2)?;
    if start < 1 {
        return Err(bad(1, StringFault::StartPosition(start)));
    }
    Ok(Value::from(char_range(&s, start, start.saturating_add(count.max(0)) - 1)))
}

/// `Position(s, searched [, start])`: 1-based character position, 0 when absent.
fn position(_host: &mut dyn Host, args: Args) -> Ret {
    let s = args.text(0)?;
    let needle = args.text(1)?;
    let start = args.opt_int(2, 1)?.max(1) as usize;
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

fn replace(_host: &mut dyn Host, args: Args) -> Ret {
    let s = args.text(0)?;
    let old = args.text(1)?;
    let new = args.text(2)?;
    if old.is_empty() {
        return Ok(Value::Str(s));
    }
    Ok(Value::from(s.replace(old.as_str(), &new)))
}

fn upper(_host: &mut dyn Host, args: Args) -> Ret {
    Ok(Value::from(args.text(0)?.to_uppercase()))
}

fn lower(_host: &mut dyn Host, args: Args) -> Ret {
    Ok(Value::from(args.text(0)?.to_lowercase()))
}

/// `SansEspace(s)`: without the blanks (spaces, tabs, line breaks) around it.
fn no_space(_host: &mut dyn Host, args: Args) -> Ret {
    let s = args.text(0)?;
    Ok(Value::from(s.trim_matches([' ', '\t', '\r', '\n'])))
}

/// `ExtraitChaîne(s, n [, separator = TAB])`: the n-th part, or EOT past the last one.
fn extract_string(_host: &mut dyn Host, args: Args) -> Ret {
    let s = args.text(0)?;
    let n = args.int(1)?;
    let sep = args.opt_text(2, "\t")?;
    if n < 1 {
        return Err(bad(1, StringFault::PartNumber(n)));
    }
    if sep.is_empty() {
        return Err(bad(2, StringFault::EmptySeparator));
    }
    Ok(match s.split(sep.as_str()).nth(n as usize - 1) {
        Some(part) => Value::from(part),
        None => Value::from("\u{4}"),
    })
}

/// `ChaîneConstruit("%1 and %2", a, b)`.
fn string_build(_host: &mut dyn Host, args: Args) -> Ret {
    let format = args.text(0)?;
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
                        return Err(bad(0, StringFault::NoMatchingParameter(index)));
                    }
                }
            }
            _ => out.push('%'),
        }
    }
    Ok(Value::from(out))
}

fn val(_host: &mut dyn Host, args: Args) -> Ret {
    let s = args.text(0)?;
    Ok(parse_number(&s).into_value())
}

/// `NumériqueVersChaîne(n [, format])`; formats like "5d", "05d", ".2f", "8.3f", "x", "X", "+d".
fn num_to_string(_host: &mut dyn Host, args: Args) -> Ret {
    let n = args.number(0)?;
    if args.len() < 2 {
        return Ok(Value::Str(n.into_value().to_text().map_err(|e| arg_error(0, e.0))?));
    }
    let format = args.text(1)?;
    format_number(n, &format).map(Value::from).ok_or_else(|| bad(1, StringFault::UnsupportedFormat(format.to_string())))
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
fn complete(_host: &mut dyn Host, args: Args) -> Ret {
    let s = args.text(0)?;
    let n = args.int(1)?.max(0) as usize;
    let fill = args.opt_text(2, " ")?;
    let fill = fill.chars().next().unwrap_or(' ');
    let mut out: String = s.chars().take(n).collect();
    let len = out.chars().count();
    out.extend(std::iter::repeat_n(fill, n - len));
    Ok(Value::from(out))
}

fn repeat(_host: &mut dyn Host, args: Args) -> Ret {
    let s = args.text(0)?;
    let n = args.int(1)?;
    if n < 0 {
        return Err(bad(1, StringFault::NegativeCount(n)));
    }
    if (n as u128) * (s.len() as u128) > (1 << 30) {
        return Err(bad(1, StringFault::ResultTooLarge));
    }
    Ok(Value::from(s.repeat(n as usize)))
}

fn charact(_host: &mut dyn Host, args: Args) -> Ret {
    let code = args.int(0)?;
    let c = u32::try_from(code).ok().and_then(char::from_u32).ok_or_else(|| bad(0, StringFault::NotCharCode(code)))?;
    Ok(Value::from(c.to_string()))
}

fn asc(_host: &mut dyn Host, args: Args) -> Ret {
    let s = args.text(0)?;
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
