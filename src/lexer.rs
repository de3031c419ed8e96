//! Stage 1: tokens. `Raw` is the logos lexer (characters → raw tokens); `lex` is the adapter the
//! parser reads: it folds identifiers and joins multi-word keywords through `keywords`, decides the
//! contextual keywords (`A`/`TO`, `SUR`, French `PAS`, `GLOBAL`, `STRUCTURE`, ...), reads a
//! keyword written as a member name (`t.Fin`) as a name, joins numbers written with thousands
//! separators (`123 456.478`), reads multi-line strings (`[` ... `]`) and compilation directives
//! (`<COMPILE SI ...>`), drops line continuations (`...`), newlines inside brackets and the
//! export's `<§rad:1§>` markers, and turns `;` into a newline. It never fails: bad input becomes
//! a `Tok::Error` plus a diagnostic kept aside, so the parser can recover and report everything
//! at once. It knows nothing of the grammar's rules.

use std::collections::VecDeque;
use std::ops::Range;
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
    /// `'http-equiv'`: a name written between quotes (an XML attribute, a member).
    #[regex(r"'[^'\n]*'")]
    QuotedName,
    /// `d'` in `tableau d'entiers`: the elided `de`.
    #[regex(r"[dD]'")]
    Elision,
    #[regex(r"[0-9]+(_[0-9]+)*")]
    Int,
    #[regex(r"0[xX]_?[0-9a-fA-F]+(_[0-9a-fA-F]+)*")]
    Hex,
    /// `0m12.5` (a currency literal) and `0n12.5` (a numeric literal): exact decimals.
    #[regex(r"0[mMnN][0-9]+(_[0-9]+)*(\.[0-9]+(_[0-9]+)*)?")]
    Decimal,
    #[regex(r"[0-9]+(_[0-9]+)*\.[0-9]+(_[0-9]+)*([eE][+-]?[0-9]+)?")]
    #[regex(r"[0-9]+(_[0-9]+)*[eE][+-]?[0-9]+")]
    Real,
    #[regex(r#""([^"\n]|"")*""#)]
    Str,
    #[regex(r"“[^”\n]*”")]
    CurlyStr,
    #[regex(r"`[^`\n]*`")]
    BacktickStr,
    #[regex(r#""([^"\n]|"")*"#)]
    UnclosedStr,
    /// `<§$0006§>`, `<§@3b8b...§>`, `<§?...§>`: a reference to a string of the export's resources;
    /// `<§rad:1§>` marks generated code.
    #[regex(r"<§[^§\n]*§>")]
    Resource,
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
    #[token("~~")]
    TildeTilde,
    #[token("~")]
    Tilde,
    #[token("&")]
    Amp,
    #[token("|")]
    Pipe,
    #[token("||")]
    PipePipe,
    #[token("[=")]
    StartsWith,
    #[token("[~")]
    StartsWithLoose,
    #[token("[~~")]
    StartsWithVeryLoose,
    #[token("=]")]
    EndsWith,
    #[token("~]")]
    EndsWithLoose,
    #[token("~~]")]
    EndsWithVeryLoose,
    #[token("[=]")]
    Contains,
    #[token("[~]")]
    ContainsLoose,
    #[token("[~~]")]
    ContainsVeryLoose,
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
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token(":")]
    Colon,
    #[token("::")]
    ColonColon,
    #[token(".")]
    Dot,
    #[token("..")]
    DotDot,
    #[token(">>")]
    GtGt,
    #[token("=>")]
    FatArrow,
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

/// A compilation directive line: `<COMPILE SI cond>` / `<SI cond>`, `<SINON SI cond>`, `<SINON>`,
/// `<FIN>` (the condition as written).
#[derive(Clone, Debug, PartialEq)]
pub enum Directive {
    If(Rc<str>),
    ElseIf(Rc<str>),
    Else,
    End,
}

/// A token as the grammar sees it. Identifiers carry their folded spelling; the original spelling
/// is the token's span in the source.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Ident(Rc<str>),
    Int(i64),
    Real(f64),
    /// `0m...` (`currency`) or `0n...`: the digits as written, without the prefix.
    Decimal {
        digits: Rc<str>,
        currency: bool,
    },
    /// `3 min 30 s`: a readable duration, in milliseconds.
    Duration(i64),
    Str(Rc<str>),
    /// A string-resource reference of an export (`<§@3b8b...§>`), as written.
    Resource(Rc<str>),
    Directive(Directive),
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
    TildeTilde,
    Tilde,
    Amp,
    Pipe,
    PipePipe,
    StartsWith,
    StartsWithLoose,
    StartsWithVeryLoose,
    EndsWith,
    EndsWithLoose,
    EndsWithVeryLoose,
    Contains,
    ContainsLoose,
    ContainsVeryLoose,
    LParen,
    RParen,
    LBracket,
    LBracket2,
    RBracket,
    LBrace,
    RBrace,
    Comma,
    Colon,
    /// The `:` that ends the values of a `CAS` (or `AUTRE CAS`) line.
    CaseColon,
    ColonColon,
    Dot,
    DotDot,
    GtGt,
    FatArrow,
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
    /// A multi-line string `[` without the line starting with `]` that closes it.
    UnclosedMultilineString,
    UnclosedComment,
    NumberTooLarge,
    HexTooLarge,
}

pub struct Lexed {
    pub tokens: Vec<(usize, Tok, usize)>,
    pub errors: Vec<LexError>,
}

/// Which header the current logical line is, for French `PAS` and the `:` of a `CAS`.
#[derive(Copy, Clone, PartialEq)]
enum LineKind {
    Other,
    /// A `POUR` header; `seen_to` once its `A`/`TO` has passed (then `PAS` is STEP).
    For {
        seen_to: bool,
    },
    /// A `CAS` or `AUTRE CAS` line, up to its `:`.
    Case,
}

type RawTok = (Result<Raw, ()>, Range<usize>);

/// The raw tokens, read lazily with some look-ahead, and restartable at an offset (after a
/// multi-line string, whose text is not code).
struct RawStream<'a> {
    text: &'a str,
    lexer: logos::Lexer<'a, Raw>,
    base: usize,
    ahead: VecDeque<RawTok>,
}

impl<'a> RawStream<'a> {
    fn new(text: &'a str) -> RawStream<'a> {
        RawStream { text, lexer: Raw::lexer(text), base: 0, ahead: VecDeque::new() }
    }

    fn fill(&mut self, n: usize) {
        while self.ahead.len() <= n {
            match self.lexer.next() {
                Some(kind) => {
                    let range = self.lexer.span();
                    self.ahead.push_back((kind, range.start + self.base..range.end + self.base));
                }
                None => break,
            }
        }
    }

    /// The `n`th token ahead (0: the next one).
    fn peek(&mut self, n: usize) -> Option<&RawTok> {
        self.fill(n);
        self.ahead.get(n)
    }

    fn peek_kind(&mut self, n: usize) -> Option<Raw> {
        self.peek(n).and_then(|(k, _)| k.ok())
    }

    fn next(&mut self) -> Option<RawTok> {
        self.fill(0);
        self.ahead.pop_front()
    }

    /// Drops every token read ahead and goes on reading at `offset`.
    fn restart(&mut self, offset: usize) {
        self.ahead.clear();
        self.base = offset;
        self.lexer = Raw::lexer(&self.text[offset..]);
    }
}

/// The whole token list at once (tools and tests; the parser streams with `Tokens`).
pub fn lex(text: &str) -> Lexed {
    let mut errors = Vec::new();
    let tokens = Tokens::new(text, &mut errors).collect();
    Lexed { tokens, errors }
}

/// The adapter as an iterator: tokens are made as the parser asks for them, so a file's tokens
/// are never all in memory at once (a 50 MB script is 30 million tokens). Errors go to the
/// vector it was given; a bad token still comes out, as `Tok::Error`.
pub struct Tokens<'t, 'e> {
    text: &'t str,
    raw: RawStream<'t>,
    errors: &'e mut Vec<LexError>,
    line: LineKind,
    /// Open `(`, `[`, `[[` and `{`.
    depth: usize,
    /// The last token given and where it ended: the contextual rules look at it.
    last: Option<(Tok, usize)>,
    /// A token to give before reading on (the second `[` of a `[[` that opens two arrays).
    pending: Option<(Span, Tok)>,
    finished: bool,
    /// The names met lately, by a hash of their spelling: a name met again shares the first
    /// one's allocation (a big script names the same few variables millions of times). A fixed
    /// table, not a set: a miss (another name in the slot) only costs the allocation, so no
    /// input can make it grow or slow down. Allocated at the first name.
    names: Vec<Option<Rc<str>>>,
}

/// The slots of `Tokens::names`.
const NAME_SLOTS: usize = 256;

impl<'t, 'e> Tokens<'t, 'e> {
    pub fn new(text: &'t str, errors: &'e mut Vec<LexError>) -> Tokens<'t, 'e> {
        Tokens {
            text,
            raw: RawStream::new(text),
            errors,
            line: LineKind::Other,
            depth: 0,
            last: None,
            pending: None,
            finished: false,
            names: Vec::new(),
        }
    }

    fn name(&mut self, folded: &str) -> Rc<str> {
        if self.names.is_empty() {
            self.names.resize(NAME_SLOTS, None);
        }
        // FNV-1a.
        let hash = folded.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3));
        let slot = &mut self.names[hash as usize % NAME_SLOTS];
        match slot {
            Some(name) if **name == *folded => name.clone(),
            _ => slot.insert(folded.into()).clone(),
        }
    }

    fn emit(&mut self, span: Span, tok: Tok) -> Option<(usize, Tok, usize)> {
        self.last = Some((tok.clone(), span.end as usize));
        Some((span.start as usize, tok, span.end as usize))
    }

    /// Newlines are collapsed: never two in a row, never one first.
    fn newline(&mut self, span: Span) -> Option<(usize, Tok, usize)> {
        if self.at_line_start() { None } else { self.emit(span, Tok::Newline) }
    }

    fn at_line_start(&self) -> bool {
        matches!(self.last, None | Some((Tok::Newline, _)))
    }

    fn last_tok(&self) -> Option<&Tok> {
        self.last.as_ref().map(|(t, _)| t)
    }

    fn error(&mut self, span: Span, kind: LexErrorKind) -> Tok {
        self.errors.push(LexError { kind, span });
        Tok::Error
    }

    /// One raw token's worth of adapting: the token it gives, if any.
    fn adapt(&mut self, kind: Result<Raw, ()>, range: Range<usize>) -> Option<(usize, Tok, usize)> {
        let text = self.text;
        let span = Span::new(range.start, range.end);
        let slice = &text[range.clone()];
        let kind = match kind {
            Ok(kind) => kind,
            Err(()) => {
                let shown = if slice.chars().any(char::is_control) {
                    slice.escape_debug().to_string()
                } else {
                    slice.to_owned()
                };
                let tok = self.error(span, LexErrorKind::UnexpectedChar(shown));
                return self.emit(span, tok);
            }
        };
        let tok = match kind {
            Raw::Comment => return None,
            Raw::UnclosedComment => {
                let tok = self.error(span, LexErrorKind::UnclosedComment);
                return self.emit(span, tok);
            }
            Raw::Newline => {
                if self.depth == 0 {
                    self.line = LineKind::Other;
                    return self.newline(span);
                }
                return None;
            }
            Raw::Continuation => {
                // `...` joins the next line to this one: skip everything up to that newline.
                if self.raw.peek_kind(0) == Some(Raw::Newline) {
                    self.raw.next();
                }
                return None;
            }
            Raw::Semi => {
                self.line = LineKind::Other;
                return self.newline(span);
            }
            Raw::Ident => {
                // Folded once: for the keyword test and as the name.
                let folded = keywords::fold(slice);
                let (kw, words) = self.keyword_at(range.clone(), &folded);
                let end =
                    if words > 1 { self.raw.peek(words - 2).map_or(range.end, |(_, r)| r.end) } else { range.end };
                for _ in 1..words {
                    self.raw.next();
                }
                let span = Span::new(range.start, end);
                let Some(kw) = kw else {
                    let name = self.name(&folded);
                    return self.emit(span, Tok::Ident(name));
                };
                let kw = match kw {
                    Kw::Step if !matches!(self.line, LineKind::For { seen_to: true }) => Kw::Not,
                    other => other,
                };
                if self.at_line_start() {
                    self.line = match kw {
                        Kw::For => LineKind::For { seen_to: false },
                        Kw::Case | Kw::OtherCase => LineKind::Case,
                        _ => self.line,
                    };
                }
                if matches!(kw, Kw::To | Kw::ToOnce) && matches!(self.line, LineKind::For { .. }) {
                    self.line = LineKind::For { seen_to: true };
                }
                return self.emit(span, Tok::Kw(kw));
            }
            Raw::QuotedName => Tok::Ident(keywords::fold(&slice[1..slice.len() - 1]).into()),
            Raw::Elision => Tok::Kw(Kw::Of),
            Raw::Int => {
                // `123 456` and `2 500.5`: groups of three digits after single spaces.
                let mut end = range.end;
                let mut real = false;
                if !slice.contains('_') && slice.len() <= 3 {
                    while let Some((Ok(next @ (Raw::Int | Raw::Real)), r)) = self.raw.peek(0)
                        && r.start == end + 1
                        && text.as_bytes()[end] == b' '
                        && is_digit_group(&text[r.clone()])
                    {
                        real = *next == Raw::Real;
                        end = r.end;
                        self.raw.next();
                        if real {
                            break;
                        }
                    }
                }
                let span = Span::new(range.start, end);
                let digits = without_separators(&text[range.start..end]);
                let tok = match if real { parse_real(&digits) } else { parse_int(&digits) } {
                    Some(tok) => match duration_literal(text, &mut self.raw, &tok, span) {
                        Some((ms, span)) => return self.emit(span, Tok::Duration(ms)),
                        None => tok,
                    },
                    None => self.error(span, LexErrorKind::NumberTooLarge),
                };
                return self.emit(span, tok);
            }
            Raw::Decimal => {
                let currency = matches!(slice.as_bytes()[1], b'm' | b'M');
                Tok::Decimal { digits: Rc::from(&*without_separators(&slice[2..])), currency }
            }
            Raw::Hex => match i64::from_str_radix(&without_separators(&slice[2..]), 16) {
                Ok(n) => Tok::Int(n),
                Err(_) => self.error(span, LexErrorKind::HexTooLarge),
            },
            Raw::Real => match parse_real(&without_separators(slice)) {
                Some(tok) => match duration_literal(text, &mut self.raw, &tok, span) {
                    Some((ms, span)) => return self.emit(span, Tok::Duration(ms)),
                    None => tok,
                },
                None => self.error(span, LexErrorKind::NumberTooLarge),
            },
            Raw::Str => Tok::Str(slice[1..slice.len() - 1].replace("\"\"", "\"").into()),
            Raw::CurlyStr => Tok::Str(slice["“".len()..slice.len() - "”".len()].into()),
            Raw::BacktickStr => Tok::Str(slice[1..slice.len() - 1].into()),
            Raw::UnclosedStr => self.error(span, LexErrorKind::UnclosedString),
            Raw::Resource => {
                if slice.starts_with("<§rad") {
                    return None;
                }
                Tok::Resource(slice.into())
            }
            Raw::Plus => Tok::Plus,
            Raw::Minus => Tok::Minus,
            Raw::Star => Tok::Star,
            Raw::Slash => Tok::Slash,
            Raw::Percent => Tok::Percent,
            Raw::Caret => Tok::Caret,
            Raw::Eq => Tok::Eq,
            Raw::Ne => Tok::Ne,
            Raw::Lt => {
                if self.at_line_start()
                    && self.depth == 0
                    && let Some((directive, end)) = directive(text, &mut self.raw)
                {
                    self.raw.restart(end);
                    return self.emit(Span::new(range.start, end), Tok::Directive(directive));
                }
                Tok::Lt
            }
            Raw::Le => Tok::Le,
            Raw::Gt => Tok::Gt,
            Raw::Ge => Tok::Ge,
            Raw::TildeEq => Tok::TildeEq,
            Raw::TildeTilde => Tok::TildeTilde,
            Raw::Tilde => Tok::Tilde,
            Raw::Amp => Tok::Amp,
            Raw::Pipe => Tok::Pipe,
            Raw::PipePipe => Tok::PipePipe,
            Raw::StartsWith => Tok::StartsWith,
            Raw::StartsWithLoose => Tok::StartsWithLoose,
            Raw::StartsWithVeryLoose => Tok::StartsWithVeryLoose,
            Raw::EndsWith => Tok::EndsWith,
            Raw::EndsWithLoose => Tok::EndsWithLoose,
            Raw::EndsWithVeryLoose => Tok::EndsWithVeryLoose,
            Raw::Contains => Tok::Contains,
            Raw::ContainsLoose => Tok::ContainsLoose,
            Raw::ContainsVeryLoose => Tok::ContainsVeryLoose,
            Raw::LParen => {
                self.depth += 1;
                Tok::LParen
            }
            Raw::LBracket => {
                // `[` ending a line where a value is expected opens a multi-line string.
                if self.raw.peek_kind(0) == Some(Raw::Newline) && !self.last_ends_operand() {
                    return match multiline_string(text, range.end) {
                        Some((content, end)) => {
                            self.raw.restart(end);
                            self.emit(Span::new(range.start, end), Tok::Str(content.into()))
                        }
                        None => {
                            self.raw.restart(text.len());
                            let tok = self.error(span, LexErrorKind::UnclosedMultilineString);
                            self.emit(span, tok)
                        }
                    };
                }
                self.depth += 1;
                Tok::LBracket
            }
            Raw::LBracket2 => {
                self.depth += 2;
                // `[[1, 2], [3, 4]]`: two array literals, not a substring.
                if !self.last_ends_operand() {
                    self.pending = Some((Span::new(range.start + 1, range.end), Tok::LBracket));
                    return self.emit(Span::new(range.start, range.start + 1), Tok::LBracket);
                }
                Tok::LBracket2
            }
            Raw::LBrace => {
                self.depth += 1;
                Tok::LBrace
            }
            Raw::RParen => {
                self.depth = self.depth.saturating_sub(1);
                Tok::RParen
            }
            Raw::RBracket => {
                self.depth = self.depth.saturating_sub(1);
                Tok::RBracket
            }
            Raw::RBrace => {
                self.depth = self.depth.saturating_sub(1);
                Tok::RBrace
            }
            Raw::Comma => Tok::Comma,
            Raw::Colon if self.line == LineKind::Case && self.depth == 0 => {
                self.line = LineKind::Other;
                Tok::CaseColon
            }
            Raw::Colon => Tok::Colon,
            Raw::ColonColon => Tok::ColonColon,
            Raw::Dot => Tok::Dot,
            Raw::DotDot => Tok::DotDot,
            Raw::GtGt => Tok::GtGt,
            Raw::FatArrow => Tok::FatArrow,
            Raw::PlusPlus => Tok::PlusPlus,
            Raw::MinusMinus => Tok::MinusMinus,
            Raw::PlusEq => Tok::PlusEq,
            Raw::MinusEq => Tok::MinusEq,
            Raw::StarEq => Tok::StarEq,
            Raw::SlashEq => Tok::SlashEq,
        };
        self.emit(span, tok)
    }

    /// Whether the last token can end an operand (a value, a name, a closing bracket).
    fn last_ends_operand(&self) -> bool {
        matches!(
            self.last_tok(),
            Some(
                Tok::Ident(_)
                    | Tok::Int(_)
                    | Tok::Real(_)
                    | Tok::Str(_)
                    | Tok::Resource(_)
                    | Tok::RParen
                    | Tok::RBracket
                    | Tok::RBrace
                    | Tok::PlusPlus
                    | Tok::MinusMinus
                    | Tok::Kw(Kw::True | Kw::False | Kw::Null | Kw::MySelf | Kw::MyWindow | Kw::MyParameters)
            )
        )
    }

    /// The keyword the identifier at `range` (`folded`: its folded spelling) starts, if any, with its number of words, once its
    /// context is taken into account (`None`: the word is a name here).
    fn keyword_at(&mut self, range: Range<usize>, folded: &str) -> (Option<Kw>, usize) {
        let text = self.text;
        // A keyword written as a member name: `t.Fin`, `x..Procédure`, `o:Classe`.
        if let Some((last, last_end)) = &self.last
            && *last_end == range.start
            && matches!(last, Tok::Dot | Tok::DotDot | Tok::Colon | Tok::ColonColon | Tok::GtGt)
        {
            return (None, 1);
        }
        let (kw, words) = longest_keyword(text, &mut self.raw, range.end, folded);
        let Some(kw) = kw else { return (None, 1) };
        // What follows the keyword's words.
        let after = self.raw.peek_kind(words - 1);
        // Where a statement may start: a line's start, after `CAS v:`, `ALORS`, `SINON`.
        let line_start =
            matches!(self.last_tok(), None | Some(Tok::Newline | Tok::CaseColon | Tok::Kw(Kw::Then | Kw::Else)));
        let starts_statement = !matches!(
            after,
            Some(
                Raw::Eq
                    | Raw::LParen
                    | Raw::Dot
                    | Raw::DotDot
                    | Raw::LBracket
                    | Raw::PlusEq
                    | Raw::MinusEq
                    | Raw::PlusPlus
                    | Raw::MinusMinus
            )
        );
        let after_modifier = matches!(
            self.last_tok(),
            Some(Tok::Kw(
                Kw::Procedure
                    | Kw::Global
                    | Kw::Public
                    | Kw::Private
                    | Kw::Protected
                    | Kw::Virtual
                    | Kw::Abstract
                    | Kw::Local
            ))
        );
        let keep = match kw {
            Kw::To => {
                self.last_ends_operand()
                    || (matches!(self.last_tok(), Some(Tok::LBracket2 | Tok::Kw(Kw::Case)))
                        && next_starts_operand(text, &mut self.raw))
            }
            Kw::On | Kw::By | Kw::With | Kw::ShiftLeft | Kw::ShiftRight | Kw::FromEnd => self.last_ends_operand(),
            Kw::Global | Kw::Public | Kw::Private | Kw::Protected => (line_start && starts_statement) || after_modifier,
            Kw::Virtual | Kw::Abstract => after_modifier,
            Kw::Constant => (line_start && starts_statement) || after_modifier,
            Kw::Using | Kw::Delete | Kw::Inherits => line_start && starts_statement,
            Kw::Structure | Kw::Class | Kw::Enumeration | Kw::Combination => {
                matches!(self.last_tok(), Some(Tok::Kw(Kw::IsA | Kw::Are)))
            }
            Kw::Wl => after == Some(Raw::Dot),
            Kw::Propagate => line_start && matches!(after, None | Some(Raw::Newline | Raw::Semi)),
            // `p est une procédure`: a type name.
            Kw::Procedure => !matches!(self.last_tok(), Some(Tok::Kw(Kw::IsA | Kw::Are | Kw::Of))),
            _ => true,
        };
        if !keep {
            return (None, 1);
        }
        let kw = match kw {
            Kw::End if after == Some(Raw::Colon) => Kw::EndLabel,
            // `CAS ERREUR` without its `:` is `CAS` and a value.
            Kw::CaseError | Kw::CaseException if after != Some(Raw::Colon) => return (Some(Kw::Case), 1),
            kw => kw,
        };
        (Some(kw), words)
    }
}

impl Iterator for Tokens<'_, '_> {
    type Item = (usize, Tok, usize);

    fn next(&mut self) -> Option<(usize, Tok, usize)> {
        if let Some((span, tok)) = self.pending.take() {
            return self.emit(span, tok);
        }
        while let Some((kind, range)) = self.raw.next() {
            if let Some(tok) = self.adapt(kind, range) {
                return Some(tok);
            }
        }
        if self.finished {
            return None;
        }
        // Every input ends with a newline (unless it has no token at all).
        self.finished = true;
        let end = self.text.len();
        self.newline(Span::new(end, end))
    }
}

/// A number's digits without their separators (`1 000`, `7_014.5`), borrowed when it has none.
fn without_separators(written: &str) -> std::borrow::Cow<'_, str> {
    if written.contains([' ', '_']) {
        written.chars().filter(|c| *c != ' ' && *c != '_').collect::<String>().into()
    } else {
        written.into()
    }
}
/// Whether a number token is a group of a number written with spaces: three digits (then
/// optionally the decimals).
fn is_digit_group(s: &str) -> bool {
    let int = s.split(['.', 'e', 'E']).next().unwrap_or("");
    int.len() == 3 && int.bytes().all(|b| b.is_ascii_digit())
}

/// The units of a readable duration (`3 min 30 s`, page 1514069), in milliseconds.
const DURATION_UNITS: &[(&str, i64)] =
    &[("j", 86_400_000), ("d", 86_400_000), ("h", 3_600_000), ("min", 60_000), ("s", 1000), ("ms", 1)];

/// A readable duration starting with the number `first` (`3 min 30 s`, `2 h`, `1.5 s`): its
/// milliseconds and span, the raw tokens read; `None` (nothing read) when no unit follows.
fn duration_literal(text: &str, raw: &mut RawStream, first: &Tok, span: Span) -> Option<(i64, Span)> {
    let unit = |raw: &mut RawStream, k: usize| match raw.peek(k) {
        Some((Ok(Raw::Ident), r)) => {
            let word = text[r.clone()].to_lowercase();
            DURATION_UNITS.iter().find(|(u, _)| *u == word).map(|(_, ms)| (*ms, r.end))
        }
        _ => None,
    };
    let amount = |tok: &Tok| match tok {
        Tok::Int(n) => Some(*n as f64),
        Tok::Real(x) => Some(*x),
        _ => None,
    };
    let (ms, mut end) = unit(raw, 0)?;
    let mut total = amount(first)? * ms as f64;
    raw.next();
    // More `number unit` pairs: `3 min 30 s`.
    while let Some((Ok(Raw::Int | Raw::Real), r)) = raw.peek(0) {
        let r = r.clone();
        let Some((ms, unit_end)) = unit(raw, 1) else { break };
        let digits: String = text[r].chars().filter(|c| *c != '_').collect();
        let Ok(n) = digits.parse::<f64>() else { break };
        total += n * ms as f64;
        end = unit_end;
        raw.next();
        raw.next();
    }
    (total.abs() < 9.0e18).then(|| (total.round() as i64, Span::new(span.start as usize, end)))
}

fn parse_int(digits: &str) -> Option<Tok> {
    match digits.parse::<i64>() {
        Ok(n) => Some(Tok::Int(n)),
        // Too large for 8 bytes: WLanguage keeps it as a real.
        Err(_) => parse_real(digits),
    }
}

fn parse_real(digits: &str) -> Option<Tok> {
    digits.parse::<f64>().ok().filter(|x| x.is_finite()).map(Tok::Real)
}

/// A multi-line string whose `[` ends at `open_end`: the lines up to the one starting with `]`
/// (blanks aside), without the indentation they all share, joined by CR+LF as WINDEV's line
/// breaks are. Returns the text and the offset just past the `]`.
fn multiline_string(text: &str, open_end: usize) -> Option<(String, usize)> {
    let first = open_end + text[open_end..].find('\n')? + 1;
    let mut lines: Vec<&str> = Vec::new();
    let mut at = first;
    while at <= text.len() {
        let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
        let line = &text[at..line_end];
        let blanks = line.len() - line.trim_start().len();
        if line.trim_start().starts_with(']') {
            let indent = lines
                .iter()
                .filter(|l| !l.trim().is_empty())
                .map(|l| &l[..l.len() - l.trim_start_matches([' ', '\t']).len()])
                .reduce(|a, b| &a[..a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count()])
                .unwrap_or("");
            let lines: Vec<&str> = lines.iter().map(|l| l.strip_prefix(indent).unwrap_or(l.trim_start())).collect();
            return Some((lines.join("\r\n"), at + blanks + 1));
        }
        lines.push(line.strip_suffix('\r').unwrap_or(line));
        if line_end == text.len() {
            break;
        }
        at = line_end + 1;
    }
    None
}

/// A directive line starting at the `<` just read: `<COMPILE SI cond>`, `<SI cond>`,
/// `<SINON SI cond>`, `<SINON>`, `<FIN>` (English alike), whose last token is `>`. Returns it and
/// the offset just past its `>`.
fn directive(text: &str, raw: &mut RawStream) -> Option<(Directive, usize)> {
    let mut k = 0;
    if let Some((Ok(Raw::Ident), r)) = raw.peek(0)
        && keywords::is_directive_word(&keywords::fold(&text[r.clone()]))
    {
        k = 1;
    }
    let (Ok(Raw::Ident), first) = raw.peek(k)?.clone() else { return None };
    // The keyword: one or two words (`SINON SI`).
    let mut kw_end = first.end;
    let word = keywords::fold(&text[first.clone()]);
    let mut kw = keywords::lookup(&word);
    if let Some((Ok(Raw::Ident), second)) = raw.peek(k + 1).cloned()
        && let Some(found @ Kw::ElseIf) = keywords::lookup(&format!("{word} {}", keywords::fold(&text[second.clone()])))
    {
        (kw, kw_end) = (Some(found), second.end);
    }
    // The line must end with `>`.
    let mut n = k;
    let mut last_gt = None;
    while let Some((kind, r)) = raw.peek(n) {
        match kind {
            Ok(Raw::Newline) => break,
            Ok(Raw::Gt) => last_gt = Some(r.clone()),
            _ => last_gt = None,
        }
        n += 1;
    }
    let gt = last_gt?;
    let condition: Rc<str> = text[kw_end..gt.start].trim().into();
    let directive = match kw? {
        Kw::If => Directive::If(condition),
        Kw::ElseIf => Directive::ElseIf(condition),
        Kw::Else if condition.is_empty() => Directive::Else,
        Kw::End if condition.is_empty() => Directive::End,
        _ => return None,
    };
    Some((directive, gt.end))
}

/// The longest keyword (in words) starting with the identifier whose folded spelling is `first`
/// and which ends at `first_end`; the following words must be identifiers separated by blanks
/// only. Returns the keyword and its number of words.
fn longest_keyword(text: &str, raw: &mut RawStream, first_end: usize, first: &str) -> (Option<Kw>, usize) {
    if !keywords::may_start_keyword(first) {
        return (None, 1);
    }
    let mut best = (keywords::lookup(first), 1);
    let mut phrase = String::new();
    let mut prev_end = first_end;
    for n in 0..keywords::MAX_WORDS - 1 {
        let Some((Ok(Raw::Ident), range)) = raw.peek(n).cloned() else { break };
        if !text[prev_end..range.start].chars().all(|c| c == ' ' || c == '\t') {
            break;
        }
        if n == 0 {
            phrase.push_str(first);
        }
        phrase.push(' ');
        phrase.push_str(&keywords::fold(&text[range.clone()]));
        if let Some(kw) = keywords::lookup(&phrase) {
            best = (Some(kw), n + 2);
        }
        prev_end = range.end;
    }
    best
}

/// Whether the next token starts an operand (after `CAS À` or `[[À`): a number, a string, `(`, a
/// minus, or a name that is not itself followed by `A`/`TO` (in `CAS a A b`, the first `a` is
/// the name).
fn next_starts_operand(text: &str, raw: &mut RawStream) -> bool {
    match raw.peek(0).cloned() {
        Some((Ok(Raw::Int | Raw::Real | Raw::Hex | Raw::Str | Raw::LParen | Raw::Minus), _)) => true,
        Some((Ok(Raw::Ident), range)) => keywords::lookup(&keywords::fold(&text[range])) != Some(Kw::To),
        _ => false,
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
        assert_eq!(toks("AUTRES CAS")[0], Tok::Kw(Kw::OtherCase));
        assert_eq!(toks("x est une chaîne")[1], Tok::Kw(Kw::IsA));
        assert_eq!(toks("nEvénement")[0], ident("nevenement"));
        assert_eq!(toks("POUR TOUTE LIGNE SÉLECTIONNÉE DE t")[0], Tok::Kw(Kw::ForEachSelectedRow));
    }

    /// A big script's tree holds one allocation per spelling of a name, not one per use.
    #[test]
    fn a_name_used_again_shares_its_spelling() {
        let t = toks("Compteur = compteur + COMPTEUR");
        let (Tok::Ident(a), Tok::Ident(b), Tok::Ident(c)) = (&t[0], &t[2], &t[4]) else { panic!("{t:?}") };
        assert!(Rc::ptr_eq(a, b) && Rc::ptr_eq(a, c));
        assert_eq!(&**a, "compteur");
    }

    #[test]
    fn a_is_a_keyword_only_after_an_operand() {
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
        assert_eq!(toks("CAS À 8")[1], Tok::Kw(Kw::To));
        assert_eq!(toks("s[[À 8]]")[2], Tok::Kw(Kw::To));
        assert_eq!(toks("s[[a]]")[2], ident("a"));
        assert_eq!(toks("SI x = 1 À 5 ALORS")[4], Tok::Kw(Kw::To));
        assert_eq!(toks("s[[2 SUR 3]]")[3], Tok::Kw(Kw::On));
        assert_eq!(toks("sur = 1")[0], ident("sur"));
    }

    #[test]
    fn contextual_statement_keywords() {
        assert_eq!(toks("GLOBAL\nx est un entier")[0], Tok::Kw(Kw::Global));
        assert_eq!(toks("global = 1")[0], ident("global"));
        assert_eq!(toks("PROCÉDURE PRIVÉE GLOBALE p()")[1..3], [Tok::Kw(Kw::Private), Tok::Kw(Kw::Global)]);
        assert_eq!(toks("S est une Structure")[2], Tok::Kw(Kw::Structure));
        assert_eq!(toks("Structure = 2")[0], ident("structure"));
        assert_eq!(toks("p est une procédure")[2], ident("procedure"));
        assert_eq!(toks("t.Fin = x..Procédure")[2], ident("fin"));
        assert_eq!(toks("t.Fin = x..Procédure")[6], ident("procedure"));
        assert_eq!(toks("FIN:")[0], Tok::Kw(Kw::EndLabel));
        assert_eq!(toks("FIN")[0], Tok::Kw(Kw::End));
        assert_eq!(toks("CAS ERREUR:")[0], Tok::Kw(Kw::CaseError));
        assert_eq!(toks("CAS Erreur, 2")[..2], [Tok::Kw(Kw::Case), ident("erreur")]);
        assert_eq!(toks("x = 4 bitDécaleGauche 1")[3], Tok::Kw(Kw::ShiftLeft));
        assert_eq!(toks("x = bitDécaleGauche(4, 1)")[2], ident("bitdecalegauche"));
        assert_eq!(toks("t est un tableau d'entiers")[3..5], [Tok::Kw(Kw::Of), ident("entiers")]);
        assert_eq!(toks("WL.Trace(1)")[0], Tok::Kw(Kw::Wl));
        assert_eq!(toks("SI x ALORS EXCEPTION")[3], Tok::Kw(Kw::Propagate));
        assert_eq!(toks("EXCEPTION = 1")[0], ident("exception"));
        assert_eq!(toks("wl = 1")[0], ident("wl"));
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
        assert_eq!(toks("`a \"b\"`")[0], Tok::Str("a \"b\"".into()));
        assert_eq!(toks("0x1F 2.5 7")[..3], [Tok::Int(31), Tok::Real(2.5), Tok::Int(7)]);
        assert_eq!(toks("0x_1_F")[0], Tok::Int(31));
        assert_eq!(toks("x = 123 456.478")[2], Tok::Real(123456.478));
        assert_eq!(toks("x = 7_014.5")[2], Tok::Real(7014.5));
        assert_eq!(toks("x = 1 000 000")[2], Tok::Int(1_000_000));
        assert_eq!(toks("f(1, 200)")[2..5], [Tok::Int(1), Tok::Comma, Tok::Int(200)]);
        assert_eq!(toks("x = <§@3b8b§>")[2], Tok::Resource("<§@3b8b§>".into()));
        assert_eq!(toks("<§rad:1§>x = 1")[0], ident("x"));
        assert_eq!(toks("m:'http-equiv'")[2], ident("http-equiv"));
    }

    #[test]
    fn multiline_strings() {
        let t = toks("s = [\nab\n  cd\n]\nx = [1]");
        assert_eq!(t[2], Tok::Str("ab\r\n  cd".into()));
        assert_eq!(toks("s = [\n\t\tab\n\n\t\t\tcd\n\t]")[2], Tok::Str("ab\r\n\r\n\tcd".into()));
        assert_eq!(t[3], Tok::Newline);
        assert_eq!(t[6], Tok::LBracket);
        let unclosed = lex("s = [\nab");
        assert_eq!(unclosed.errors[0].kind, LexErrorKind::UnclosedMultilineString);
        // An index left open at the end of a line is not a string.
        assert_eq!(toks("t[\n1]")[1], Tok::LBracket);
    }

    #[test]
    fn directives() {
        let t = toks("<COMPILE SI Config=\"A\">\nx = 1\n<SINON>\n<FIN>");
        assert_eq!(t[0], Tok::Directive(Directive::If("Config=\"A\"".into())));
        assert_eq!(t[6], Tok::Directive(Directive::Else));
        assert_eq!(t[8], Tok::Directive(Directive::End));
        assert_eq!(toks("<else if T=Java>")[0], Tok::Directive(Directive::ElseIf("T=Java".into())));
    }

    #[test]
    fn bad_input_becomes_error_tokens() {
        let lexed = lex("x = \"abc\ny = 1 $");
        assert_eq!(lexed.errors.len(), 2);
        assert!(lexed.tokens.iter().any(|(_, t, _)| *t == Tok::Error));
    }
}
