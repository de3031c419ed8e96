//! Stage 1: tokens. `Raw` is the logos lexer (characters → raw tokens); `lex` is the adapter the
//! parser reads: it folds identifiers and joins multi-word keywords through `keywords`, decides the
//! contextual keywords (`A`/`TO`, French `PAS`), drops line continuations (`...`) and newlines inside
//! brackets, and turns `;` into a newline. It never fails: bad input becomes a `Tok::Error` plus a
//! diagnostic kept aside, so the parser can recover and report everything at once.
//! It knows nothing of the grammar's rules.

use std::rc::Rc;

use logos::Logos;

use crate::keywords::{self, Kw};
use crate::source::Span;

#[derive(Logos, Debug, Clone, Copy, PartialEq, Eq)]
#[logos(skip r"[ \t\f\r\u{a0}]+")]
enum Raw {
    #[regex(r"//[^\n]*", logos::skip, allow_greedy = true)]
    #[regex(r"/\*([^*]|\*+[^*/])*\*+/", logos::skip)]
    Comment,
    #[regex(r"/\*([^*]|\*+[^*/])*\*?")]
    UnclosedComment,
    #[token("\n")]
    Newline,
    #[regex(r"[\p{L}_][\p{L}\p{N}_]*")]
    Ident,
    #[regex(r"[0-9]+")]
    Int,
    #[regex(r"0[xX][0-9a-fA-F]+")]
    Hex,
    #[regex(r"[0-9]+\.[0-9]+([eE][+-]?[0-9]+)?")]
    #[regex(r"[0-9]+[eE][+-]?[0-9]+")]
    Real,
    #[regex(r#""([^"\n]|"")*""#)]
    Str,
    #[regex(r"“[^”\n]*”")]
    CurlyStr,
    #[regex(r#""([^"\n]|"")*"#)]
    UnclosedStr,
    #[token("...")]
    Continuation,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("%")]
    Percent,
    #[token("^")]
    Caret,
    #[token("=")]
    Eq,
    #[token("<>")]
    Ne,
    #[token("<")]
    Lt,
    #[token("<=")]
    Le,
    #[token(">")]
    Gt,
    #[token(">=")]
    Ge,
    #[token("~=")]
    TildeEq,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("[[")]
    LBracket2,
    #[token("]")]
    RBracket,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token(":")]
    Colon,
    #[token(".")]
    Dot,
    #[token("..")]
    DotDot,
    #[token("++")]
    PlusPlus,
    #[token("--")]
    MinusMinus,
    #[token("+=")]
    PlusEq,
    #[token("-=")]
    MinusEq,
    #[token("*=")]
    StarEq,
    #[token("/=")]
    SlashEq,
}

/// A token as the grammar sees it. Identifiers carry their folded spelling; the original spelling
/// is the token's span in the source.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Ident(Rc<str>),
    Int(i64),
    Real(f64),
    Str(Rc<str>),
    Kw(Kw),
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    Caret,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    TildeEq,
    LParen,
    RParen,
    LBracket,
    LBracket2,
    RBracket,
    Comma,
    Colon,
    Dot,
    DotDot,
    PlusPlus,
    MinusMinus,
    PlusEq,
    MinusEq,
    StarEq,
    SlashEq,
    Newline,
    /// Input the lexer could not read; its diagnostic is in `Lexed::errors`.
    Error,
}

/// What the lexer could not read.
#[derive(Clone, Debug, PartialEq)]
pub struct LexError {
    pub kind: LexErrorKind,
    pub span: Span,
}

/// Why; the words are in `diagnostics` (both languages).
#[derive(Clone, Debug, PartialEq)]
pub enum LexErrorKind {
    UnexpectedChar(String),
    UnclosedString,
    UnclosedComment,
    NumberTooLarge,
    HexTooLarge,
}

pub struct Lexed {
    pub tokens: Vec<(usize, Tok, usize)>,
    pub errors: Vec<LexError>,
}

/// Which header the current logical line is, for the contextual keywords.
#[derive(Copy, Clone, PartialEq)]
enum LineKind {
    Other,
    /// A `POUR` header; `seen_to` once its `A`/`TO` has passed (then `PAS` is STEP).
    For {
        seen_to: bool,
    },
    /// A `CAS` line, up to its `:`.
    Case,
}

pub fn lex(text: &str) -> Lexed {
    let raw: Vec<(Result<Raw, ()>, std::ops::Range<usize>)> = Raw::lexer(text).spanned().collect();
    let mut out = Adapter { text, tokens: Vec::with_capacity(raw.len() + 1), errors: Vec::new() };
    let mut line = LineKind::Other;
    let mut depth = 0usize; // open (, [ and [[
    let mut substring_depth = 0usize;
    let mut i = 0;
    while i < raw.len() {
        let (kind, range) = (&raw[i].0, raw[i].1.clone());
        let span = Span::new(range.start, range.end);
        let slice = &text[range.clone()];
        i += 1;
        let kind = match kind {
            Ok(kind) => *kind,
            Err(()) => {
                let shown = if slice.chars().any(char::is_control) {
                    slice.escape_debug().to_string()
                } else {
                    slice.to_owned()
                };
                out.error(span, LexErrorKind::UnexpectedChar(shown));
                continue;
            }
        };
        let tok = match kind {
            Raw::Comment => continue,
            Raw::UnclosedComment => {
                out.error(span, LexErrorKind::UnclosedComment);
                continue;
            }
            Raw::Newline => {
                if depth == 0 {
                    line = LineKind::Other;
                    out.newline(span);
                }
                continue;
            }
            Raw::Continuation => {
                // `...` joins the next line to this one: skip everything up to that newline.
                if let Some((Ok(Raw::Newline), _)) = raw.get(i) {
                    i += 1;
                }
                continue;
            }
            Raw::Semi => {
                line = LineKind::Other;
                out.newline(span);
                continue;
            }
            Raw::Ident => {
                let (kw, words) = longest_keyword(text, &raw[i - 1..]);
                match kw {
                    Some(kw) => {
                        let end = raw[i - 1 + words - 1].1.end;
                        i += words - 1;
                        let at_line_start = out.at_line_start();
                        let kw = match kw {
                            // `A`/`TO` is the keyword only in a POUR/CAS header or `[[ ]]`, and
                            // only right after the end of an operand (`1 A n`): `POUR j = a À 1`
                            // reads the first `a` as a name.
                            Kw::To
                                if !((matches!(line, LineKind::For { seen_to: false } | LineKind::Case)
                                    || substring_depth > 0)
                                    && out.last_ends_operand()) =>
                            {
                                None
                            }
                            Kw::Step if !matches!(line, LineKind::For { seen_to: true }) => Some(Kw::Not),
                            other => Some(other),
                        };
                        if at_line_start {
                            line = match kw {
                                Some(Kw::For) => LineKind::For { seen_to: false },
                                Some(Kw::Case) => LineKind::Case,
                                _ => line,
                            };
                        }
                        if matches!(kw, Some(Kw::To | Kw::ToOnce)) && matches!(line, LineKind::For { .. }) {
                            line = LineKind::For { seen_to: true };
                        }
                        let span = Span::new(range.start, end);
                        match kw {
                            Some(kw) => out.push(span, Tok::Kw(kw)),
                            None => out.push(span, Tok::Ident(keywords::fold(slice).into())),
                        }
                    }
                    None => out.push(span, Tok::Ident(keywords::fold(slice).into())),
                }
                continue;
            }
            Raw::Int => match slice.parse::<i64>() {
                Ok(n) => Tok::Int(n),
                Err(_) => match slice.parse::<f64>() {
                    // Too large for 8 bytes: WLanguage keeps it as a real.
                    Ok(x) => Tok::Real(x),
                    Err(_) => out.error_tok(span, LexErrorKind::NumberTooLarge),
                },
            },
            Raw::Hex => match i64::from_str_radix(&slice[2..], 16) {
                Ok(n) => Tok::Int(n),
                Err(_) => out.error_tok(span, LexErrorKind::HexTooLarge),
            },
            Raw::Real => match slice.parse::<f64>() {
                Ok(x) if x.is_finite() => Tok::Real(x),
                _ => out.error_tok(span, LexErrorKind::NumberTooLarge),
            },
            Raw::Str => Tok::Str(slice[1..slice.len() - 1].replace("\"\"", "\"").into()),
            Raw::CurlyStr => Tok::Str(slice["“".len()..slice.len() - "”".len()].into()),
            Raw::UnclosedStr => out.error_tok(span, LexErrorKind::UnclosedString),
            Raw::Plus => Tok::Plus,
            Raw::Minus => Tok::Minus,
            Raw::Star => Tok::Star,
            Raw::Slash => Tok::Slash,
            Raw::Percent => Tok::Percent,
            Raw::Caret => Tok::Caret,
            Raw::Eq => Tok::Eq,
            Raw::Ne => Tok::Ne,
            Raw::Lt => Tok::Lt,
            Raw::Le => Tok::Le,
            Raw::Gt => Tok::Gt,
            Raw::Ge => Tok::Ge,
            Raw::TildeEq => Tok::TildeEq,
            Raw::LParen => {
                depth += 1;
                Tok::LParen
            }
            Raw::LBracket => {
                depth += 1;
                Tok::LBracket
            }
            Raw::LBracket2 => {
                depth += 2;
                substring_depth += 1;
                Tok::LBracket2
            }
            Raw::RParen => {
                depth = depth.saturating_sub(1);
                Tok::RParen
            }
            Raw::RBracket => {
                depth = depth.saturating_sub(1);
                Tok::RBracket
            }
            Raw::Comma => Tok::Comma,
            Raw::Colon => {
                if line == LineKind::Case && depth == 0 {
                    line = LineKind::Other;
                }
                Tok::Colon
            }
            Raw::Dot => Tok::Dot,
            Raw::DotDot => Tok::DotDot,
            Raw::PlusPlus => Tok::PlusPlus,
            Raw::MinusMinus => Tok::MinusMinus,
            Raw::PlusEq => Tok::PlusEq,
            Raw::MinusEq => Tok::MinusEq,
            Raw::StarEq => Tok::StarEq,
            Raw::SlashEq => Tok::SlashEq,
        };
        // A substring `s[[i A j]]` ends with two `]`; the second one closes the `[[`.
        if tok == Tok::RBracket && substring_depth > 0 && out.last_is(&Tok::RBracket) {
            substring_depth -= 1;
        }
        out.push(span, tok);
    }
    let end = text.len();
    out.newline(Span::new(end, end));
    Lexed { tokens: out.tokens, errors: out.errors }
}

/// The longest keyword (in words) starting at `raw[0]`, an identifier; words must be identifiers
/// separated by blanks only.
fn longest_keyword(text: &str, raw: &[(Result<Raw, ()>, std::ops::Range<usize>)]) -> (Option<Kw>, usize) {
    let mut phrase = String::new();
    let mut best = (None, 1);
    for (n, (kind, range)) in raw.iter().take(keywords::MAX_WORDS).enumerate() {
        if *kind != Ok(Raw::Ident) {
            break;
        }
        if n > 0 {
            let gap = &text[raw[n - 1].1.end..range.start];
            if !gap.chars().all(|c| c == ' ' || c == '\t') {
                break;
            }
            phrase.push(' ');
        }
        phrase.push_str(&keywords::fold(&text[range.clone()]));
        if let Some(kw) = keywords::lookup(&phrase) {
            best = (Some(kw), n + 1);
        }
    }
    best
}

struct Adapter<'a> {
    #[allow(dead_code)]
    text: &'a str,
    tokens: Vec<(usize, Tok, usize)>,
    errors: Vec<LexError>,
}

impl Adapter<'_> {
    fn push(&mut self, span: Span, tok: Tok) {
        self.tokens.push((span.start as usize, tok, span.end as usize));
    }

    /// Newlines are collapsed: never two in a row, never one first.
    fn newline(&mut self, span: Span) {
        if !self.at_line_start() {
            self.push(span, Tok::Newline);
        }
    }

    fn at_line_start(&self) -> bool {
        matches!(self.tokens.last(), None | Some((_, Tok::Newline, _)))
    }

    /// Whether the last token can end an operand (a value, a name, a closing bracket).
    fn last_ends_operand(&self) -> bool {
        matches!(
            self.tokens.last(),
            Some((
                _,
                Tok::Ident(_)
                    | Tok::Int(_)
                    | Tok::Real(_)
                    | Tok::Str(_)
                    | Tok::RParen
                    | Tok::RBracket
                    | Tok::Kw(Kw::True | Kw::False | Kw::Null),
                _
            ))
        )
    }

    fn last_is(&self, tok: &Tok) -> bool {
        matches!(self.tokens.last(), Some((_, t, _)) if t == tok)
    }

    fn error(&mut self, span: Span, kind: LexErrorKind) {
        self.errors.push(LexError { kind, span });
        self.push(span, Tok::Error);
    }

    fn error_tok(&mut self, span: Span, kind: LexErrorKind) -> Tok {
        self.errors.push(LexError { kind, span });
        Tok::Error
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<Tok> {
        lex(text).tokens.into_iter().map(|(_, t, _)| t).collect()
    }

    fn ident(s: &str) -> Tok {
        Tok::Ident(s.into())
    }

    #[test]
    fn folds_keywords_in_both_languages() {
        assert_eq!(toks("PROCÉDURE INTERNE x"), toks("internal procedure X"));
        assert_eq!(toks("AUTRE CAS")[0], Tok::Kw(Kw::OtherCase));
        assert_eq!(toks("x est une chaîne")[1], Tok::Kw(Kw::IsA));
        assert_eq!(toks("nEvénement")[0], ident("nevenement"));
    }

    #[test]
    fn a_is_a_keyword_only_in_headers() {
        assert_eq!(toks("POUR i = 1 A n PAS 2")[4], Tok::Kw(Kw::To));
        assert_eq!(toks("POUR i = 1 A n PAS 2")[6], Tok::Kw(Kw::Step));
        assert_eq!(toks("a = PAS b"), vec![ident("a"), Tok::Eq, Tok::Kw(Kw::Not), ident("b"), Tok::Newline]);
        assert_eq!(toks("CAS 1 A 3: a = 1")[2], Tok::Kw(Kw::To));
        assert_eq!(toks("CAS 1 A 3: a = 1")[5], ident("a"));
        assert_eq!(toks("s[[2 A 3]]")[3], Tok::Kw(Kw::To));
        assert_eq!(toks("POUR j = a À 1")[3], ident("a"));
        assert_eq!(toks("POUR j = a À 1")[4], Tok::Kw(Kw::To));
        assert_eq!(toks("s[[a + 1 A]]")[2], ident("a"));
        assert_eq!(toks("CAS a A b")[1], ident("a"));
        assert_eq!(toks("CAS a A b")[2], Tok::Kw(Kw::To));
    }

    #[test]
    fn continuation_semicolons_and_brackets() {
        assert_eq!(toks("f(1, ...\n 2)\n\n\ng()").iter().filter(|t| **t == Tok::Newline).count(), 2);
        assert_eq!(toks("a = 1; b = 2").iter().filter(|t| **t == Tok::Newline).count(), 2);
        assert_eq!(toks("f(1,\n2)").iter().filter(|t| **t == Tok::Newline).count(), 1);
    }

    #[test]
    fn literals() {
        assert_eq!(toks(r#""say ""hi""""#)[0], Tok::Str("say \"hi\"".into()));
        assert_eq!(toks("“curly”")[0], Tok::Str("curly".into()));
        assert_eq!(toks("0x1F 2.5 7")[..3], [Tok::Int(31), Tok::Real(2.5), Tok::Int(7)]);
    }

    #[test]
    fn bad_input_becomes_error_tokens() {
        let lexed = lex("x = \"abc\ny = 1 $");
        assert_eq!(lexed.errors.len(), 2);
        assert!(lexed.tokens.iter().any(|(_, t, _)| *t == Tok::Error));
    }
}
