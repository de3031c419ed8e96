//! Numbers to text and back: `Val`, and `NumériqueVersChaîne` with the format grammar of its
//! help page (3024024): `[-][+][0][length][.decimals|,decimals]type[S]`.

use std::fmt::Write as _;

use super::{StringFault, bad};
use crate::builtins::{Args, Host, Ret, arg_error};
use crate::value::{Num, Value, parse_number};

pub fn val(_host: &mut dyn Host, args: Args) -> Ret {
    let s = args.text(0)?;
    Ok(parse_number(&s).into_value())
}

/// `NumériqueVersChaîne(n [, format])`. A string comes back unchanged and its format is
/// ignored, as the help page says.
pub fn num_to_string(_host: &mut dyn Host, args: Args) -> Ret {
    if let Value::Str(s) = &args[0] {
        return Ok(Value::Str(s.clone()));
    }
    let n = args.number(0)?;
    if args.len() < 2 {
        return Ok(Value::Str(n.into_value().to_text().map_err(|e| arg_error(0, e.0))?));
    }
    let format = args.text(1)?;
    let spec = Spec::parse(&format).map_err(|fault| bad(1, fault))?;
    Ok(Value::from(spec.apply(n)))
}

/// A parsed `NumériqueVersChaîne` format.
#[derive(Debug, PartialEq)]
struct Spec {
    left: bool,
    plus: bool,
    zero: bool,
    /// Total length, < 100 (the page's limit).
    length: usize,
    /// Decimals, < 100.
    decimals: Option<usize>,
    comma: bool,
    kind: char,
    thousands: bool,
}

/// The largest length and number of decimals the help page allows, plus one.
const LIMIT: u64 = 100;

impl Spec {
    fn parse(format: &str) -> Result<Spec, StringFault> {
        let unsupported = || StringFault::UnsupportedFormat(format.to_owned());
        let mut rest = format;
        let (mut left, mut plus, mut zero) = (false, false, false);
        while let Some(c) = rest.chars().next() {
            match c {
                '-' => left = true,
                '+' => plus = true,
                '0' => zero = true,
                _ => break,
            }
            rest = &rest[1..];
        }
        let digits = |s: &str| s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
        let number = |text: &str, fault: fn(String) -> StringFault| -> Result<usize, StringFault> {
            match text.parse::<u64>() {
                Ok(n) if n < LIMIT => Ok(n as usize),
                _ if text.is_empty() => Ok(0),
                _ => Err(fault(text.to_owned())),
            }
        };
        let n = digits(rest);
        let length = number(&rest[..n], StringFault::FormatLength)?;
        rest = &rest[n..];
        let (mut decimals, mut comma) = (None, false);
        if let Some(sep) = rest.chars().next().filter(|c| *c == '.' || *c == ',') {
            comma = sep == ',';
            let after = &rest[1..];
            let n = digits(after);
            decimals = Some(number(&after[..n], StringFault::FormatPrecision)?);
            rest = &after[n..];
        }
        let mut chars = rest.chars();
        let kind = match chars.next() {
            Some(k @ ('d' | 'f' | 'e' | 'E' | 'x' | 'X' | 'o')) => k,
            _ => return Err(unsupported()),
        };
        let thousands = match chars.as_str() {
            "" => false,
            "S" if matches!(kind, 'd' | 'f') => true,
            _ => return Err(unsupported()),
        };
        Ok(Spec { left, plus, zero, length, decimals, comma, kind, thousands })
    }

    fn apply(&self, n: Num) -> String {
        // The digits without sign, and whether the number is negative (a negative number that
        // becomes 0 once rounded counts as 0).
        let (negative, digits) = match self.kind {
            'd' => {
                let v = match n {
                    Num::Int(v) => v as i128,
                    Num::Real(x) => x.trunc() as i128,
                };
                (v < 0, group(&v.unsigned_abs().to_string(), self.thousands))
            }
            'f' => {
                let x = n.as_f64();
                let text = format!("{:.*}", self.decimals.unwrap_or(6), x.abs());
                let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
                let mut body = group(int, self.thousands);
                if !frac.is_empty() {
                    body.push(if self.comma { ',' } else { '.' });
                    body.push_str(frac);
                }
                (x < 0.0 && text.bytes().any(|b| (b'1'..=b'9').contains(&b)), body)
            }
            'e' | 'E' => {
                let x = n.as_f64();
                let text = format!("{:.*e}", self.decimals.unwrap_or(6), x.abs());
                let (mantissa, exp) = text.split_once('e').unwrap_or((&text, "0"));
                let exp: i32 = exp.parse().unwrap_or(0);
                let mantissa = if self.comma { mantissa.replace('.', ",") } else { mantissa.to_owned() };
                let e = if self.kind == 'E' { 'E' } else { 'e' };
                let sign = if exp < 0 { '-' } else { '+' };
                (
                    x < 0.0 && mantissa.bytes().any(|b| (b'1'..=b'9').contains(&b)),
                    format!("{mantissa}{e}{sign}{:02}", exp.abs()),
                )
            }
            kind => {
                // Hexadecimal and octal show the 8 bytes of the integer (two's complement).
                let v = match n {
                    Num::Int(v) => v,
                    Num::Real(x) => crate::value::real_to_int(x),
                };
                let mut s = String::new();
                let _ = match kind {
                    'x' => write!(s, "{v:x}"),
                    'X' => write!(s, "{v:X}"),
                    _ => write!(s, "{v:o}"),
                };
                (false, s)
            }
        };
        let sign = if negative {
            "-"
        } else if self.plus {
            "+"
        } else {
            ""
        };
        let used = sign.len() + digits.chars().count();
        let pad = self.length.saturating_sub(used);
        if self.left {
            format!("{sign}{digits}{}", " ".repeat(pad))
        } else if self.zero {
            format!("{sign}{}{digits}", "0".repeat(pad))
        } else {
            format!("{}{sign}{digits}", " ".repeat(pad))
        }
    }
}

/// Digits grouped by three with a space, when asked.
fn group(digits: &str, thousands: bool) -> String {
    if !thousands || digits.len() <= 3 {
        return digits.to_owned();
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(n: Num, format: &str) -> String {
        Spec::parse(format).unwrap().apply(n)
    }

    #[test]
    fn the_help_page_examples() {
        let x = Num::Real(12345.5);
        assert_eq!(fmt(x, "+10.2f"), " +12345.50");
        assert_eq!(fmt(x, "-+10.2f"), "+12345.50 ");
        assert_eq!(fmt(x, "+010.2f"), "+012345.50");
        assert_eq!(fmt(x, "010.2f"), "0012345.50");
        assert_eq!(fmt(x, "10.2fS"), " 12 345.50");
        assert_eq!(fmt(x, "10,2fS"), " 12 345,50");
        assert_eq!(fmt(Num::Int(123), "05d"), "00123");
    }

    #[test]
    fn other_types_and_signs() {
        assert_eq!(fmt(Num::Int(255), "X"), "FF");
        assert_eq!(fmt(Num::Int(8), "o"), "10");
        assert_eq!(fmt(Num::Int(-42), "05d"), "-0042");
        assert_eq!(fmt(Num::Int(0), "+d"), "+0");
        assert_eq!(fmt(Num::Real(-0.001), "+.2f"), "+0.00");
        assert_eq!(fmt(Num::Real(12345.678), ".3e"), "1.235e+04");
        assert_eq!(fmt(Num::Int(1234567), "dS"), "1 234 567");
    }

    #[test]
    fn limits_are_errors_not_allocations() {
        assert!(matches!(Spec::parse("999999999999d"), Err(StringFault::FormatLength(_))));
        assert!(matches!(Spec::parse(".70000f"), Err(StringFault::FormatPrecision(_))));
        assert!(matches!(Spec::parse("q"), Err(StringFault::UnsupportedFormat(_))));
        assert!(matches!(Spec::parse("5xS"), Err(StringFault::UnsupportedFormat(_))));
    }
}
