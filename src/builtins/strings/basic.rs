//! Length, cuts, case, padding, building and the conversions between a string and an array.

use std::rc::Rc;

use unicode_normalization::UnicodeNormalization;

use super::{MAX_RESULT_BYTES, StringFault, bad, check_size};
use crate::builtins::{Args, BuiltinError, Host, Ret, arg_error};
use crate::value::{Value, WStr, char_range};

/// `ChaîneFormate` options, combined with `+`.
pub const CC_IGNORE_CASE: i64 = 1;
pub const CC_NO_SPACE: i64 = 2;
pub const CC_NO_PUNCTUATION: i64 = 4;
pub const CC_NO_ACCENT: i64 = 8;
pub const CC_NO_INSIDE_SPACE: i64 = 16;
pub const CC_UPPER: i64 = 32;
pub const CC_LOWER: i64 = 64;

/// The blanks `SansEspace` and `ccSansEspace` remove.
const BLANKS: [char; 4] = [' ', '\t', '\r', '\n'];

/// What one array element costs at least (its slot and its string's allocation), to bound
/// `ChaîneVersTableau` before it builds anything.
const ELEMENT_COST: u128 = 64;

pub fn length(_host: &mut dyn Host, args: Args) -> Ret {
    Ok(Value::Int(match &args[0] {
        Value::Buffer(b) => b.len(),
        Value::Array(a) => a.borrow().items.len(),
        Value::Str(s) => s.char_count(),
        _ => args.text(0)?.char_count(),
    } as i64))
}

pub fn left(_host: &mut dyn Host, args: Args) -> Ret {
    let s = args.text(0)?;
    let n = args.int(1)?;
    Ok(Value::from(char_range(&s, 1, n)))
}

pub fn right(_host: &mut dyn Host, args: Args) -> Ret {
    let s = args.text(0)?;
    let n = args.int(1)?.max(0);
    let len = s.char_count() as i64;
    Ok(Value::from(char_range(&s, len - n + 1, len)))
}

/// `Milieu(s, start [, length])`.
pub fn middle(_host: &mut dyn Host, args: Args) -> Ret {
    let s = args.text(0)?;
    let start = args.int(1)?;
    let count = args.opt_int(2, i64::MAX / 2)?;
    if start < 1 {
        return Err(bad(1, StringFault::StartPosition(start)));
    }
    Ok(Value::from(char_range(&s, start, start.saturating_add(count.max(0)) - 1)))
}

pub fn upper(_host: &mut dyn Host, args: Args) -> Ret {
    Ok(Value::from(args.text(0)?.to_uppercase()))
}

pub fn lower(_host: &mut dyn Host, args: Args) -> Ret {
    Ok(Value::from(args.text(0)?.to_lowercase()))
}

/// `SansEspace(s)`: without the blanks (spaces, tabs, line breaks) around it.
pub fn no_space(_host: &mut dyn Host, args: Args) -> Ret {
    let s = args.text(0)?;
    Ok(Value::from(s.trim_matches(BLANKS)))
}

/// `ChaîneConstruit("%1 and %2", a, b)`: `%%` is a percent sign, `%` not followed by a digit
/// stays as it is. The result's size is known (and checked) before it is built.
pub fn string_build(_host: &mut dyn Host, args: Args) -> Ret {
    let format = args.text(0)?;
    let mut pieces: Vec<Piece> = Vec::new();
    let mut size = 0u128;
    let mut literal_start = 0;
    let mut rest = format.as_str();
    let mut offset = 0;
    while let Some(i) = rest.find('%') {
        let at = offset + i;
        let after = &format[at + 1..];
        let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let (skip, piece) = if after.starts_with('%') {
            (2, Some(Piece::Text("%")))
        } else if digits > 0 {
            let number = &after[..digits];
            let value = number.parse::<usize>().ok().filter(|&i| i >= 1).and_then(|i| args.get(i).map(|v| (i, v)));
            match value {
                Some((i, v)) => (1 + digits, Some(Piece::Param(v.to_text().map_err(|e| arg_error(i, e.0))?))),
                None => return Err(bad(0, StringFault::NoMatchingParameter(number.to_owned()))),
            }
        } else {
            (1, None)
        };
        if let Some(piece) = piece {
            pieces.push(Piece::Text(&format[literal_start..at]));
            size += (at - literal_start) as u128 + piece.text().len() as u128;
            pieces.push(piece);
            literal_start = at + skip;
        }
        offset = at + skip;
        rest = &format[offset..];
    }
    pieces.push(Piece::Text(&format[literal_start..]));
    size += (format.len() - literal_start) as u128;
    let mut out = String::with_capacity(check_size(size, 0)?);
    for piece in &pieces {
        out.push_str(piece.text());
    }
    Ok(Value::from(out))
}

/// A piece of `ChaîneConstruit`'s result: literal text, or the text of a parameter.
enum Piece<'a> {
    Text(&'a str),
    Param(Rc<WStr>),
}

impl Piece<'_> {
    fn text(&self) -> &str {
        match self {
            Piece::Text(text) => text,
            Piece::Param(text) => text,
        }
    }
}

/// `Complète(s, n [, c = " "])`: padded on the right with c (or cut) to exactly n characters.
pub fn complete(_host: &mut dyn Host, args: Args) -> Ret {
    let s = args.text(0)?;
    let n = args.int(1)?.max(0) as u128;
    let fill = args.opt_text(2, " ")?;
    let fill = fill.chars().next().unwrap_or(' ');
    let len = s.char_count() as u128;
    if n <= len {
        return Ok(Value::from(char_range(&s, 1, n as i64)));
    }
    check_size(s.len() as u128 + (n - len) * fill.len_utf8() as u128, 1)?;
    let mut out = String::with_capacity(s.len() + (n - len) as usize * fill.len_utf8());
    out.push_str(&s);
    out.extend(std::iter::repeat_n(fill, (n - len) as usize));
    Ok(Value::from(out))
}

pub fn repeat(_host: &mut dyn Host, args: Args) -> Ret {
    let s = args.text(0)?;
    let n = args.int(1)?;
    if n < 0 {
        return Err(bad(1, StringFault::NegativeCount(n)));
    }
    check_size(n as u128 * s.len() as u128, 1)?;
    Ok(Value::from(s.repeat(n as usize)))
}

pub fn charact(_host: &mut dyn Host, args: Args) -> Ret {
    let code = args.int(0)?;
    let c = u32::try_from(code).ok().and_then(char::from_u32).ok_or_else(|| bad(0, StringFault::NotCharCode(code)))?;
    Ok(Value::from(c.to_string()))
}

pub fn asc(_host: &mut dyn Host, args: Args) -> Ret {
    let s = args.text(0)?;
    Ok(Value::Int(s.chars().next().map_or(0, |c| c as i64)))
}

/// `ChaîneInverse(s)`: the characters in the reverse order.
pub fn reverse(_host: &mut dyn Host, args: Args) -> Ret {
    Ok(Value::from(args.text(0)?.chars().rev().collect::<String>()))
}

/// `ChaîneIncrémente(s)`: the number that ends the string plus one, keeping its leading zeros
/// (`"CDE0009"` → `"CDE0010"`); a string that does not end with a digit gets `1` appended.
pub fn increment(_host: &mut dyn Host, args: Args) -> Ret {
    let s = args.text(0)?;
    Ok(Value::from(increment_text(&s)))
}

fn increment_text(s: &str) -> String {
    let digits_start = s.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits_start == s.len() {
        return format!("{s}1");
    }
    let mut digits: Vec<u8> = s.as_bytes()[digits_start..].to_vec();
    // Add one from the right, carrying; a carry out of the first digit adds a digit.
    let mut i = digits.len();
    loop {
        if i == 0 {
            digits.insert(0, b'1');
            break;
        }
        i -= 1;
        if digits[i] == b'9' {
            digits[i] = b'0';
        } else {
            digits[i] += 1;
            break;
        }
    }
    let mut out = s[..digits_start].to_owned();
    out.push_str(std::str::from_utf8(&digits).unwrap_or_default());
    out
}

/// `ChaîneInsère(s, inserted, position)`: `inserted` placed before the character at
/// `position`; a position past the end appends.
pub fn insert(_host: &mut dyn Host, args: Args) -> Ret {
    let s = args.text(0)?;
    let inserted = args.text(1)?;
    let position = args.int(2)?;
    if position < 1 {
        return Err(bad(2, StringFault::StartPosition(position)));
    }
    check_size(s.len() as u128 + inserted.len() as u128, 1)?;
    let at = byte_of_char(&s, position as usize - 1);
    let mut out = String::with_capacity(s.len() + inserted.len());
    out.push_str(&s[..at]);
    out.push_str(&inserted);
    out.push_str(&s[at..]);
    Ok(Value::from(out))
}

/// The byte offset of character `index` (0-based), or the end of the string.
pub(super) fn byte_of_char(s: &WStr, index: usize) -> usize {
    if s.is_ascii() { index.min(s.len()) } else { s.char_indices().nth(index).map_or(s.len(), |(i, _)| i) }
}

/// `ChaîneFormate(s, options)`: the `cc...` constants, combined with `+`.
pub fn format(_host: &mut dyn Host, args: Args) -> Ret {
    let s = args.text(0)?;
    let all =
        CC_IGNORE_CASE | CC_NO_SPACE | CC_NO_PUNCTUATION | CC_NO_ACCENT | CC_NO_INSIDE_SPACE | CC_UPPER | CC_LOWER;
    let options = super::flags(&args, 1, all)?;
    let has = |flag: i64| options & flag != 0;
    if has(CC_UPPER) && has(CC_LOWER) {
        return Err(bad(1, StringFault::UpperAndLower));
    }
    let mut out: String = if has(CC_NO_ACCENT) {
        s.nfd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)).nfc().collect()
    } else {
        s.to_string()
    };
    if has(CC_UPPER) || (has(CC_IGNORE_CASE) && !has(CC_LOWER)) {
        out = out.to_uppercase();
    } else if has(CC_LOWER) {
        out = out.to_lowercase();
    }
    if has(CC_NO_PUNCTUATION) {
        out.retain(char::is_alphanumeric);
    }
    if has(CC_NO_INSIDE_SPACE) {
        let start = out.len() - out.trim_start_matches(BLANKS).len();
        let end = out.trim_end_matches(BLANKS).len().max(start);
        let inside: String = out[start..end].chars().filter(|c| !BLANKS.contains(c)).collect();
        out = format!("{}{inside}{}", &out[..start], &out[end..]);
    }
    if has(CC_NO_SPACE) {
        out = out.trim_matches(BLANKS).to_owned();
    }
    Ok(Value::from(out))
}

/// `ChaîneVersTableau(s, t [, separator = RC])`: the array emptied, then filled with the parts
/// of `s` (converted to its element type). With the default separator a lone LF also separates
/// (text files from Linux). An empty string gives an empty array.
pub fn to_array(_host: &mut dyn Host, args: Args) -> Ret {
    let s = args.text(0)?;
    let array = args.array(1)?;
    let separator = args.opt_text(2, "\r\n")?;
    if separator.is_empty() {
        return Err(bad(2, StringFault::EmptySeparator));
    }
    let default = args.len() < 3;
    let parts: Vec<&str> = if s.is_empty() {
        Vec::new()
    } else if default {
        // Count first: a string of separators must not become millions of elements.
        check_elements(s.matches('\n').count() + 1)?;
        s.split('\n').map(|line| line.strip_suffix('\r').unwrap_or(line)).collect()
    } else {
        check_elements(s.matches(separator.as_str()).count() + 1)?;
        s.split(separator.as_str()).collect()
    };
    let elem = array.borrow().elem.clone();
    let items = parts
        .into_iter()
        .map(|part| Value::from(part).convert(&elem).map_err(|e| arg_error(1, e.0)))
        .collect::<Result<Vec<_>, BuiltinError>>()?;
    let mut array = array.borrow_mut();
    array.items = crate::value::Items::of(&array.elem, items);
    Ok(Value::Null)
}

/// Refuses to make an array of `n` string elements if they would take more than 1 GiB.
fn check_elements(n: usize) -> Result<(), BuiltinError> {
    if n as u128 * ELEMENT_COST > MAX_RESULT_BYTES {
        return Err(arg_error(0, crate::diagnostics::Fault::ArrayTooLarge(n as i64)));
    }
    Ok(())
}

/// `TableauVersChaîne(t [, separator = RC])`: the elements as text, separated.
pub fn from_array(_host: &mut dyn Host, args: Args) -> Ret {
    let array = args.array(0)?;
    let separator = args.opt_text(1, "\r\n")?;
    let array = array.borrow();
    let mut out = String::new();
    for (i, item) in array.items.iter().enumerate() {
        if i > 0 {
            out.push_str(&separator);
        }
        item.write_text(&mut out).map_err(|e| arg_error(0, e.0))?;
        if out.len() as u128 > MAX_RESULT_BYTES {
            return Err(bad(0, StringFault::ResultTooLarge));
        }
    }
    Ok(Value::from(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn increments_keep_the_width_and_carry() {
        assert_eq!(increment_text("CDE0009"), "CDE0010");
        assert_eq!(increment_text("A99"), "A100");
        assert_eq!(increment_text("Facture"), "Facture1");
        assert_eq!(increment_text(""), "1");
        assert_eq!(increment_text("v1.9"), "v1.10");
    }
}
