//! Exact decimal numbers: WLanguage's `monétaire` (currency: 24 significant digits, up to 17
//! before the point and 6 after; help page 1514043) and `numérique` (38 significant digits, by
//! default 32 before the point and 6 after, or as declared: `numérique (5, 7)`; page 1514072).
//! Values are `decimal_rs::Decimal` (38 digits); the declared type fixes the digits when a value
//! is stored (`Ty::Currency`, `Ty::Numeric`), arithmetic in between keeps every digit it can.

use decimal_rs::Decimal;

use crate::types::NumericDigits;

/// The digits a `monétaire` keeps.
pub const CURRENCY: NumericDigits = NumericDigits { int: 17, frac: 6 };
/// The digits a `numérique` keeps when its declaration gives none.
pub const NUMERIC_DEFAULT: NumericDigits = NumericDigits { int: 32, frac: 6 };

/// A real as a decimal, through its 15-significant-digit form (so `0.1` is exactly 0.1).
pub fn from_real(x: f64) -> Option<Decimal> {
    if !x.is_finite() {
        return None;
    }
    let mut s = String::new();
    super::write_real(&mut s, x);
    s.parse().ok()
}

pub fn from_int(n: i64) -> Decimal {
    Decimal::from(n)
}

/// The nearest real (for functions that compute in reals).
pub fn to_real(d: &Decimal) -> f64 {
    d.to_string().parse().unwrap_or(0.0)
}

/// The integer part, if it fits (assigning a decimal to an integer truncates, as for reals).
pub fn to_int(d: &Decimal) -> Option<i64> {
    i64::try_from(d.trunc(0)).ok()
}

/// `d` fitted to `digits`: rounded to its decimals (half away from zero), `None` when the
/// integer part has more digits than allowed.
pub fn fit(d: &Decimal, digits: NumericDigits) -> Option<Decimal> {
    let rounded = d.round(digits.frac as i16);
    let int_digits = rounded.trunc(0).abs().to_string().trim_start_matches('0').len();
    (int_digits <= digits.int as usize).then_some(rounded)
}

/// How a decimal reads: plain digits, no exponent, no trailing zeros after the point.
pub fn write(d: &Decimal, out: &mut String) {
    let text = d.normalize().to_string();
    if text.contains('e') || text.contains('E') {
        // decimal_rs writes huge or tiny values with an exponent: lay the digits out instead.
        out.push_str(&plain(&text));
    } else {
        out.push_str(&text);
    }
}

/// "1.5e3" → "1500", "1.5e-3" → "0.0015".
fn plain(sci: &str) -> String {
    let (mantissa, exp) = sci.split_once(['e', 'E']).unwrap_or((sci, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let negative = mantissa.starts_with('-');
    let mantissa = mantissa.trim_start_matches(['-', '+']);
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{int}{frac}");
    let point = int.len() as i64 + exp;
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if point <= 0 {
        out.push_str("0.");
        out.push_str(&"0".repeat((-point) as usize));
        out.push_str(&digits);
    } else if point as usize >= digits.len() {
        out.push_str(&digits);
        out.push_str(&"0".repeat(point as usize - digits.len()));
    } else {
        out.push_str(&digits[..point as usize]);
        out.push('.');
        out.push_str(&digits[point as usize..]);
    }
    if out.contains('.') {
        let trimmed = out.trim_end_matches('0').trim_end_matches('.').len();
        out.truncate(trimmed);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(d: &Decimal) -> String {
        let mut s = String::new();
        write(d, &mut s);
        s
    }

    #[test]
    fn reals_become_the_decimal_they_print_as() {
        assert_eq!(text(&from_real(0.1).unwrap()), "0.1");
        let sum = from_real(0.1).unwrap() + from_real(0.2).unwrap();
        assert_eq!(sum, from_real(0.3).unwrap());
        assert_eq!(text(&from_int(-42)), "-42");
    }

    #[test]
    fn fitting_rounds_decimals_and_refuses_big_integer_parts() {
        let third = from_int(1) / from_int(3);
        assert_eq!(text(&fit(&third, CURRENCY).unwrap()), "0.333333");
        assert_eq!(text(&fit(&(from_int(2) / from_int(3)), CURRENCY).unwrap()), "0.666667");
        let big: Decimal = "123456789012345678".parse().unwrap();
        assert!(fit(&big, CURRENCY).is_none());
        assert!(fit(&big, NUMERIC_DEFAULT).is_some());
        assert_eq!(text(&fit(&"1.5".parse().unwrap(), NumericDigits { int: 5, frac: 0 }).unwrap()), "2");
    }

    #[test]
    fn plain_layout_of_exponents() {
        assert_eq!(plain("1.5e3"), "1500");
        assert_eq!(plain("-1.5e-3"), "-0.0015");
        assert_eq!(plain("12e0"), "12");
    }
}
