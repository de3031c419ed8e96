//! Stage 0: source text. Decodes a script's bytes (UTF-8 with or without BOM, else Windows-1252 as
//! legacy WINDEV exports are) and defines the byte-offset `Span` every later stage carries.
//! Nothing here knows about tokens or syntax.

use std::fmt;
use std::sync::OnceLock;

/// A script as read from disk or stdin, decoded to UTF-8. Line endings are kept as they were
/// (CRLF or LF) so spans point at the exact bytes the user wrote.
///
/// `text` must not change once a location has been asked for: the line index is built once, on
/// first use, so that reporting many errors costs a binary search each instead of a scan of the
/// whole file each (which made `wl check` quadratic on files with many errors).
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub name: String,
    pub text: String,
    line_starts: OnceLock<Vec<u32>>,
}

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> SourceFile {
        SourceFile { name: name.into(), text: text.into(), line_starts: OnceLock::new() }
    }

    /// Decodes raw bytes: a UTF-8 BOM is dropped; bytes that are not valid UTF-8 are read as
    /// Windows-1252, the code page of WINDEV's text exports.
    pub fn from_bytes(name: impl Into<String>, bytes: &[u8]) -> SourceFile {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => text.to_owned(),
            Err(_) => encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned(),
        };
        SourceFile::new(name, text)
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: u32) -> (usize, usize) {
        let offset = floor_char_boundary(&self.text, (offset as usize).min(self.text.len()));
        let line = self.line_of(offset);
        let line_start = self.line_starts()[line] as usize;
        (line + 1, self.text[line_start.min(offset)..offset].chars().count() + 1)
    }

    /// The byte offset where each line starts (the first is 0). Lines end as miette ends them
    /// when it draws a report: at LF, at CRLF, and at a CR alone, so `file:line:col` in a call
    /// chain agrees with the one miette prints.
    pub fn line_starts(&self) -> &[u32] {
        self.line_starts.get_or_init(|| {
            let bytes = self.text.as_bytes();
            let mut starts = vec![0u32];
            for (i, &b) in bytes.iter().enumerate() {
                if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                    starts.push((i + 1) as u32);
                }
            }
            starts
        })
    }

    /// The 0-based line holding a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.line_starts().partition_point(|&start| start as usize <= offset).saturating_sub(1)
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A half-open byte range `start..end` in a `SourceFile`.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start: start as u32, end: end as u32 }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }
}

impl From<Span> for miette::SourceSpan {
    fn from(span: Span) -> Self {
        (span.start as usize, span.len()).into()
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// A syntax node with the span of the text it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct Spanned<T> {
    pub node: T,
    pub span: Span,
}

impl<T> Spanned<T> {
    pub fn new(node: T, span: Span) -> Spanned<T> {
        Spanned { node, span }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_utf8_with_bom_and_windows_1252() {
        let utf8 = SourceFile::from_bytes("a", "\u{feff}nEvénement".as_bytes());
        assert_eq!(utf8.text, "nEvénement");
        let cp1252 = SourceFile::from_bytes("b", b"Proc\xe9dure \x93x\x94");
        assert_eq!(cp1252.text, "Procédure \u{201c}x\u{201d}");
    }

    #[test]
    fn line_col_counts_characters() {
        let src = SourceFile::new("a", "ab\r\néx = 1\n");
        assert_eq!(src.line_col(0), (1, 1));
        assert_eq!(src.line_col(4), (2, 1));
        assert_eq!(src.line_col(7), (2, 3));
        assert_eq!(src.line_col(3), (1, 4));
        assert_eq!(src.line_col(100), (3, 1));
        let cr = SourceFile::new("b", "a\rb\n");
        assert_eq!(cr.line_col(2), (2, 1));
    }
}
