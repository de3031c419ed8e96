//! The functions that look for a substring, with the search options `SansCasse`/`IgnoreCase`,
//! `MotComplet`/`WholeWord` and `DepuisFin`/`FromEnd`: `Position`, `Remplace`,
//! `ExtraitChaîne`, `ChaîneOccurrence`, `ChaîneCommencePar`, `ChaîneFinitPar`, `ChaîneSupprime`.
//!
//! Every search is linear in the searched string (`str::find` on the text itself, or on a copy
//! folded to lowercase that keeps every byte offset), whatever the arguments.

use std::rc::Rc;

use super::basic::byte_of_char;
use super::{FROM_END, IGNORE_CASE, StringFault, WHOLE_WORD, bad, check_size, flags};
use crate::builtins::{Args, BuiltinError, Host, Ret};
use crate::value::{Value, WStr};

/// Lowercase when that keeps the character's UTF-8 length (so that a folded copy of a string
/// has the same byte offsets as the string); the few other characters stay as they are.
fn fold_char(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

/// The longest searched string looked for by its first byte (see `find`).
const SHORT_NEEDLE: usize = 16;

/// `hay.find(needle)`. A short needle starting with an ASCII byte is looked for by that byte
/// and compared where it is found: for the short strings scripts look for (`;`, `ville=`) in
/// short texts, this beats the general two-way search, whose set-up alone costs more than the
/// scan. Still linear: at most `SHORT_NEEDLE` bytes are compared at each candidate, and an ASCII
/// byte never occurs inside a multi-byte character, so every candidate is a character's start.
fn find(hay: &str, needle: &str) -> Option<usize> {
    let n = needle.as_bytes();
    let first = match n {
        // One ASCII byte (`;`, `,`): where it is.
        [b] if b.is_ascii() => return byte_position(hay, 0, *b),
        [b, ..] if b.is_ascii() && n.len() <= SHORT_NEEDLE => *b,
        _ => return hay.find(needle),
    };
    let bytes = hay.as_bytes();
    let mut from = 0;
    loop {
        let at = byte_position(hay, from, first)?;
        if bytes[at + 1..].starts_with(&n[1..]) {
            return Some(at);
        }
        from = at + 1;
    }
}

/// The first ASCII `byte` of `hay` from `from` (which starts a character): a few bytes eight at
/// a time, more through the memchr behind `str::find(char)` (whose set-up costs more than a
/// short scan).
#[inline]
fn byte_position(hay: &str, from: usize, byte: u8) -> Option<usize> {
    let rest = &hay.as_bytes()[from..];
    let i = if rest.len() < 256 { position_of(rest, byte)? } else { hay[from..].find(byte as char)? };
    Some(from + i)
}

/// The first `byte` in a few `bytes`, eight at a time (a word in which a byte equal to `byte`
/// turns into a zero byte, found by the classic carry trick).
#[inline]
fn position_of(bytes: &[u8], byte: u8) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let pattern = ONES * byte as u64;
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes")) ^ pattern;
        let zeros = word.wrapping_sub(ONES) & !word & HIGHS;
        if zeros != 0 {
            return Some(at + (zeros.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    chunks.remainder().iter().position(|&b| b == byte).map(|i| at + i)
}

/// `hay.rfind(needle)`, as `find` does it.
fn rfind(hay: &str, needle: &str) -> Option<usize> {
    let n = needle.as_bytes();
    let Some(&first) = n.first().filter(|b| b.is_ascii() && n.len() <= SHORT_NEEDLE) else {
        return hay.rfind(needle);
    };
    let bytes = hay.as_bytes();
    let mut end = bytes.len();
    while let Some(at) = bytes[..end].iter().rposition(|&b| b == first) {
        if bytes[at..].starts_with(n) {
            return Some(at);
        }
        end = at;
    }
    None
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Occurrences of one searched string in a text, with the search options.
struct Finder<'a> {
    text: &'a str,
    /// `text` folded when the case is ignored (same byte offsets).
    folded: Option<String>,
    needle: std::borrow::Cow<'a, str>,
    whole_word: bool,
}

impl<'a> Finder<'a> {
    fn new(text: &'a str, needle: &'a str, options: i64) -> Finder<'a> {
        let ignore_case = options & IGNORE_CASE != 0;
        Finder {
            text,
            folded: ignore_case.then(|| fold(text)),
            needle: if ignore_case { fold(needle).into() } else { needle.into() },
            whole_word: options & WHOLE_WORD != 0,
        }
    }

    fn haystack(&self) -> &str {
        self.folded.as_deref().unwrap_or(self.text)
    }

    /// Whether `start..end` is a whole word of the text (when that is asked).
    fn accepts(&self, start: usize, end: usize) -> bool {
        !self.whole_word
            || (!self.text[..start].chars().next_back().is_some_and(is_word_char)
                && !self.text[end..].chars().next().is_some_and(is_word_char))
    }

    /// Calls `f(start, end)` (byte offsets) for each occurrence from `from`, left to right,
    /// without overlaps, until `f` returns false.
    fn each(&self, from: usize, mut f: impl FnMut(usize, usize) -> bool) {
        if self.needle.is_empty() {
            return;
        }
        let hay = self.haystack();
        let mut from = from;
        while let Some(i) = hay.get(from..).and_then(|rest| find(rest, &self.needle)) {
            let (start, end) = (from + i, from + i + self.needle.len());
            if !self.accepts(start, end) {
                from = start + hay[start..].chars().next().map_or(1, char::len_utf8);
                continue;
            }
            if !f(start, end) {
                return;
            }
            from = end;
        }
    }

    fn first(&self, from: usize) -> Option<(usize, usize)> {
        let mut found = None;
        self.each(from, |s, e| {
            found = Some((s, e));
            false
        });
        found
    }

    /// The last occurrence that starts at or before byte `limit`.
    fn last(&self, limit: usize) -> Option<(usize, usize)> {
        if self.needle.is_empty() {
            return None;
        }
        let hay = self.haystack();
        let mut end = floor_boundary(hay, limit.saturating_add(self.needle.len()).min(hay.len()));
        while let Some(start) = rfind(&hay[..end], &self.needle) {
            let stop = start + self.needle.len();
            if self.accepts(start, stop) {
                return Some((start, stop));
            }
            // The next candidate starts before `start`, so it ends before `stop`.
            end = floor_boundary(hay, stop - 1);
        }
        None
    }

    fn count(&self) -> usize {
        let mut n = 0;
        self.each(0, |_, _| {
            n += 1;
            true
        });
        n
    }
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The character position (1-based) of byte offset `byte`.
fn char_position(s: &WStr, byte: usize) -> i64 {
    (if s.is_ascii() { byte } else { s[..byte].chars().count() }) as i64 + 1
}

/// The strings to look for: one (the common case, kept without a vector), or several.
enum Searched {
    One([Rc<WStr>; 1]),
    Many(Vec<Rc<WStr>>),
}

impl std::ops::Deref for Searched {
    type Target = [Rc<WStr>];
    fn deref(&self) -> &[Rc<WStr>] {
        match self {
            Searched::One(one) => one,
            Searched::Many(many) => many,
        }
    }
}

/// Argument `i` as the strings to look for: one string, or each string of an array.
fn searched(args: &Args, i: usize) -> Result<Searched, BuiltinError> {
    match &args[i] {
        Value::Array(a) => Ok(Searched::Many(
            a.borrow()
                .items
                .iter()
                .map(|v| v.to_text().map_err(|e| crate::builtins::arg_error(i, e.0)))
                .collect::<Result<_, _>>()?,
        )),
        _ => Ok(Searched::One([args.text(i)?])),
    }
}

/// `Position(s, searched [, start [, options]])`: the character position (1-based) of the
/// first occurrence from `start`, or with `DepuisFin` of the last one starting at or before
/// `start` (default: the end); 0 when absent. `searched` may be an array of strings: the
/// nearest occurrence of any of them.
pub fn position(_host: &mut dyn Host, args: Args) -> Ret {
    let s = args.text(0)?;
    let needles = searched(&args, 1)?;
    let options = flags(&args, 3, IGNORE_CASE | WHOLE_WORD | FROM_END)?;
    let from_end = options & FROM_END != 0;
    // The length in characters, counted only when needed (a scan on non-ASCII text).
    let len = if from_end || args.len() > 2 { s.char_count() as i64 } else { i64::from(!s.is_empty()) };
    let start = if from_end { args.opt_int(2, len)? } else { args.opt_int(2, 1)? };
    if start < 1 {
        return Ok(Value::Int(0));
    }
    let start_byte = byte_of_char(&s, (start - 1) as usize);
    let mut best: Option<usize> = None;
    for needle in needles.iter() {
        let finder = Finder::new(&s, needle, options);
        let found = if from_end {
            finder.last(start_byte).map(|(b, _)| b)
        } else if start > len {
            None
        } else {
            finder.first(start_byte).map(|(b, _)| b)
        };
        if let Some(b) = found {
            best = Some(match best {
                Some(old) if from_end => old.max(b),
                Some(old) => old.min(b),
                None => b,
            });
        }
    }
    Ok(Value::Int(best.map_or(0, |b| char_position(&s, b))))
}

/// Every occurrence replaced, after checking the size of the result.
fn replace_all(s: &str, old: &str, new: &str, options: i64, blame: usize) -> Result<String, BuiltinError> {
    let finder = Finder::new(s, old, options);
    // The result's size: no more than `s`'s when `new` is no longer than `old` (then one pass),
    // else counted first and checked against the limit.
    let size = if new.len() <= old.len() {
        s.len()
    } else {
        let (mut count, mut removed) = (0u128, 0u128);
        finder.each(0, |start, end| {
            count += 1;
            removed += (end - start) as u128;
            true
        });
        if count == 0 {
            return Ok(s.to_owned());
        }
        check_size(s.len() as u128 - removed + count * new.len() as u128, blame)?
    };
    let mut out = String::with_capacity(size);
    let mut last = 0;
    finder.each(0, |start, end| {
        out.push_str(&s[last..start]);
        out.push_str(new);
        last = end;
        true
    });
    out.push_str(&s[last..]);
    Ok(out)
}

/// `Remplace(s, old, new [, options])`: every occurrence of `old` (`SansCasse`, `MotComplet`).
pub fn replace(_host: &mut dyn Host, args: Args) -> Ret {
    let s = args.text(0)?;
    let old = args.text(1)?;
    let new = args.text(2)?;
    let options = flags(&args, 3, IGNORE_CASE | WHOLE_WORD)?;
    if old.is_empty() {
        return Ok(Value::Str(s));
    }
    // One ASCII character for another (`;` by `,`): byte by byte, the length unchanged.
    if options == 0
        && let ([from], [to]) = (old.as_bytes(), new.as_bytes())
        && from.is_ascii()
        && to.is_ascii()
    {
        if byte_position(&s, 0, *from).is_none() {
            return Ok(Value::Str(s));
        }
        return Ok(Value::Str(Rc::new(s.replace_ascii_byte(*from, *to))));
    }
    Ok(Value::from(replace_all(&s, &old, &new, options, 2)?))
}

/// `ChaîneSupprime(s, removed [, options])`: every occurrence removed.
pub fn delete(_host: &mut dyn Host, args: Args) -> Ret {
    let s = args.text(0)?;
    let removed = args.text(1)?;
    let options = flags(&args, 2, IGNORE_CASE | WHOLE_WORD)?;
    if removed.is_empty() {
        return Ok(Value::Str(s));
    }
    Ok(Value::from(replace_all(&s, &removed, "", options, 1)?))
}

/// `ChaîneOccurrence(s, searched [, options])`: how many times, without overlaps.
pub fn count(_host: &mut dyn Host, args: Args) -> Ret {
    let s = args.text(0)?;
    let needle = args.text(1)?;
    let options = flags(&args, 2, IGNORE_CASE | WHOLE_WORD)?;
    Ok(Value::Int(Finder::new(&s, &needle, options).count() as i64))
}

/// `ChaîneCommencePar(s, start [, options])`; `start` may be an array (any of them).
pub fn starts_with(_host: &mut dyn Host, args: Args) -> Ret {
    affix(args, false)
}

/// `ChaîneFinitPar(s, end [, options])`; `end` may be an array (any of them).
pub fn ends_with(_host: &mut dyn Host, args: Args) -> Ret {
    affix(args, true)
}

fn affix(args: Args, at_end: bool) -> Ret {
    let s = args.text(0)?;
    let needles = searched(&args, 1)?;
    let options = flags(&args, 2, IGNORE_CASE | WHOLE_WORD)?;
    let finder = Finder::new(&s, "", options);
    let hay = finder.haystack();
    let found = needles.iter().any(|needle| {
        let needle = if options & IGNORE_CASE != 0 { fold(needle) } else { needle.to_string() };
        if at_end {
            hay.ends_with(&needle) && finder.accepts(hay.len() - needle.len(), hay.len())
        } else {
            hay.starts_with(&needle) && finder.accepts(0, needle.len())
        }
    });
    Ok(Value::Bool(found))
}

/// `ExtraitChaîne(s, n [, separator = TAB [, direction]])`: the n-th part (counted from the end
/// with `DepuisFin`), or EOT past the last one. The separator may be an array of separators.
pub fn extract_string(_host: &mut dyn Host, args: Args) -> Ret {
    let s = args.text(0)?;
    let n = args.int(1)?;
    let separators =
        if args.len() > 2 { searched(&args, 2)? } else { Searched::One([Rc::new(WStr::from("\t".to_owned()))]) };
    let from_end = flags(&args, 3, FROM_END)? != 0;
    if n < 1 {
        return Err(bad(1, StringFault::PartNumber(n)));
    }
    if separators.iter().any(|sep| sep.is_empty()) {
        return Err(bad(2, StringFault::EmptySeparator));
    }
    // One ASCII character as the separator (`,`, TAB), from the start: the n-th piece.
    if !from_end
        && let [sep] = &*separators
        && let [byte] = sep.as_bytes()
        && byte.is_ascii()
    {
        let mut start = 0;
        for _ in 1..n {
            match byte_position(&s, start, *byte) {
                Some(i) => start = i + 1,
                None => return Ok(Value::from("\u{4}")),
            }
        }
        let end = byte_position(&s, start, *byte).unwrap_or(s.len());
        return Ok(Value::from(&s[start..end]));
    }
    let mut cuts = Cuts::new(&s, &separators);
    // Walk n - 1 separators from the chosen end, then the part runs to the next one.
    let (mut start, mut end) = (0, s.len());
    for _ in 1..n {
        let cut = if from_end { cuts.previous(end) } else { cuts.next(start) };
        match cut {
            Some((a, _)) if from_end => end = a,
            Some((_, b)) => start = b,
            None => return Ok(Value::from("\u{4}")),
        }
    }
    let part = if from_end {
        let from = cuts.previous(end).map_or(0, |(_, b)| b);
        &s[from..end]
    } else {
        let to = cuts.next(start).map_or(s.len(), |(a, _)| a);
        &s[start..to]
    };
    Ok(Value::from(part))
}

/// The separators of a string, found in either direction; each separator's last position is
/// remembered, so that walking the whole string stays linear.
struct Cuts<'a> {
    text: &'a str,
    separators: &'a [Rc<WStr>],
    /// Per separator: where it was last found (`None`: nowhere further in that direction).
    ahead: Found,
    behind: Found,
}

/// Per separator, where it was last found: inline for up to four separators.
enum Found {
    Few([Option<Option<usize>>; 4]),
    Many(Vec<Option<Option<usize>>>),
}

impl Found {
    fn new(n: usize) -> Found {
        if n <= 4 { Found::Few([None; 4]) } else { Found::Many(vec![None; n]) }
    }

    fn slots(&mut self) -> &mut [Option<Option<usize>>] {
        match self {
            Found::Few(few) => few,
            Found::Many(many) => many,
        }
    }
}

impl<'a> Cuts<'a> {
    fn new(text: &'a str, separators: &'a [Rc<WStr>]) -> Cuts<'a> {
        Cuts { text, separators, ahead: Found::new(separators.len()), behind: Found::new(separators.len()) }
    }

    /// The first separator starting at or after `at` (the longest when several start there).
    fn next(&mut self, at: usize) -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize)> = None;
        for (sep, cache) in self.separators.iter().zip(self.ahead.slots()) {
            let pos = match *cache {
                Some(Some(p)) if p >= at => Some(p),
                Some(None) => None,
                _ => find(&self.text[at..], sep.as_str()).map(|i| at + i),
            };
            *cache = Some(pos);
            if let Some(p) = pos {
                let cut = (p, p + sep.len());
                if best.is_none_or(|b| cut.0 < b.0 || (cut.0 == b.0 && cut.1 > b.1)) {
                    best = Some(cut);
                }
            }
        }
        best
    }

    /// The last separator ending at or before `at` (the longest when several end there).
    fn previous(&mut self, at: usize) -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize)> = None;
        for (sep, cache) in self.separators.iter().zip(self.behind.slots()) {
            let pos = match *cache {
                Some(Some(p)) if p + sep.len() <= at => Some(p),
                Some(None) => None,
                _ => rfind(&self.text[..at], sep.as_str()),
            };
            *cache = Some(pos);
            if let Some(p) = pos {
                let cut = (p, p + sep.len());
                if best.is_none_or(|b| cut.1 > b.1 || (cut.1 == b.1 && cut.0 < b.0)) {
                    best = Some(cut);
                }
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_needle_search_finds_what_the_standard_search_finds() {
        let texts = ["", "a", "aaab", "abababc", "nom=Dupont;prénom=Jean;ville=Montpellier", "ééa;é;", "x;;y;"];
        let needles = [";", "a", "ab", "abc", "ville=", "é", "é;", ";;", "aab", "Montpellier", "zz", "a;é"];
        for text in texts {
            for needle in needles {
                assert_eq!(find(text, needle), text.find(needle), "find({text:?}, {needle:?})");
                assert_eq!(rfind(text, needle), text.rfind(needle), "rfind({text:?}, {needle:?})");
            }
        }
        for text in ["", "a", "abcdefgh;", "abcdefghijklmnop;q", ";", "ééééé;", "\u{80}\u{100};"] {
            for byte in [b';', b'a', b'q', b'z'] {
                assert_eq!(position_of(text.as_bytes(), byte), text.bytes().position(|b| b == byte), "{text:?} {byte}");
            }
        }
        let long = "0123456789abcdefghij";
        assert_eq!(find(&long.repeat(3), long), Some(0));
        assert_eq!(rfind(&long.repeat(3), long), Some(40));
    }

    fn positions(text: &str, needle: &str, options: i64) -> Vec<usize> {
        let mut found = Vec::new();
        Finder::new(text, needle, options).each(0, |s, _| {
            found.push(s);
            true
        });
        found
    }

    #[test]
    fn options_change_what_matches() {
        assert_eq!(positions("aAa", "a", 0), vec![0, 2]);
        assert_eq!(positions("aAa", "a", IGNORE_CASE), vec![0, 1, 2]);
        assert_eq!(positions("le lent lapin le", "le", WHOLE_WORD), vec![0, 14]);
        assert_eq!(positions("ÉTÉ été", "été", IGNORE_CASE), vec![0, 6]);
        assert_eq!(positions("aaaa", "aa", 0), vec![0, 2]);
    }

    #[test]
    fn the_last_occurrence_respects_the_limit_and_words() {
        let f = Finder::new("abcabc", "abc", 0);
        assert_eq!(f.last(6), Some((3, 6)));
        assert_eq!(f.last(2), Some((0, 3)));
        let f = Finder::new("cat concat cat", "cat", WHOLE_WORD);
        assert_eq!(f.last(9), Some((0, 3)));
    }
}
