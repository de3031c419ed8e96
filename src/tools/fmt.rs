//! `wl fmt`: lays a script out as WINDEV's editor does. One statement a line (`;` becomes a line
//! break), blocks indented with tabs, keywords, type names, builtin functions and constants in
//! their table spelling (`si` → `SI`, `chaineconstruit` → `ChaîneConstruit`; `--keep-case` leaves
//! words as written), one space around binary operators and after commas, none inside brackets.
//! Comments, blank lines, `...` continuations, the file's language, its encoding (UTF-8 with or
//! without BOM, pure ASCII, Windows-1252) and its line endings are kept.
//!
//! The formatter is driven by the lexer's tokens, the keyword table and the builtin/type tables
//! (through `translate::words`, which decides what is a builtin with the syntax tree), not by a
//! printer of the syntax tree: every token is written back as it was (or respelled), and only the
//! gaps between tokens change. The text between two tokens holds nothing but blanks, line breaks,
//! comments, continuations and the export markers the lexer drops (kept as written), so a
//! construct the grammar learns later flows through unchanged. The syntax tree is read for two
//! facts only: where types are (their keywords in lowercase) and where attributes are (their
//! spacing kept). The result is checked before it is returned: it must lex to the very same
//! tokens, in the same order, as the original (which is what the parser reads), or the formatter
//! reports a bug instead of writing. Indentation comes from a small table of block roles
//! (`OPENERS`, `MIDDLES`, `ARMS`, `CLOSERS`, `SECTIONS`), which the editors' indentation rules
//! are generated from too.

use std::collections::HashMap;
use std::path::PathBuf;

use crate::diagnostics::{Lang, SourceError};
use crate::keywords::{Kw, fold};
use crate::lexer::{self, Directive, Tok};
use crate::source::Span;
use crate::tools::translate::{self, Language, Meaning};

/// How `format` treats words.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Keep keywords, types and builtin names as written instead of their table spelling.
    pub keep_case: bool,
}

/// The characters the output may use for the words it respells: the file's encoding decides
/// (a pure-ASCII file stays ASCII: `procedure` becomes `PROCEDURE`, not `PROCÉDURE`).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Charset {
    Unicode,
    Ascii,
    Windows1252,
}

impl Charset {
    /// The charset a decoded text allows when nothing else is known about its file.
    pub fn of_text(text: &str) -> Charset {
        if text.is_ascii() { Charset::Ascii } else { Charset::Unicode }
    }

    fn allows(self, s: &str) -> bool {
        match self {
            Charset::Unicode => true,
            Charset::Ascii => s.is_ascii(),
            Charset::Windows1252 => !encoding_rs::WINDOWS_1252.encode(s).2,
        }
    }
}

/// Why a script was not formatted.
#[derive(Debug)]
pub enum FmtError {
    /// The script does not parse (or does not lex): nothing is formatted.
    Syntax(Vec<SourceError>),
    /// The layout would not read as the same tokens: a bug of the formatter, reported instead of
    /// written.
    Unstable(String),
}

/// Formats a script's text (see the module's header). The script must parse.
pub fn format(text: &str, options: Options, charset: Charset) -> Result<String, FmtError> {
    let lexed = lexer::lex(text);
    if !lexed.errors.is_empty() {
        return Err(FmtError::Syntax(crate::parser::parse(text).err().unwrap_or_default()));
    }
    // A script that does not parse is not formatted.
    let program = crate::parser::parse(text).map_err(FmtError::Syntax)?;
    let facts = tree_facts(&program, &lexed.tokens);
    let spellings = if options.keep_case {
        HashMap::new()
    } else {
        let words = translate::words(text).map_err(FmtError::Syntax)?;
        respellings(text, &facts.type_keywords, &words, charset)
    };
    let out = Layout::new(text, &lexed.tokens, &spellings, &facts.verbatim).run();
    check_same_tokens(&lexed.tokens, &out)?;
    Ok(out)
}

/// Formats a file's bytes, keeping its encoding: a UTF-8 BOM is kept, and a file that is not
/// valid UTF-8 (read as Windows-1252, as `SourceFile` does) is written back in Windows-1252.
pub fn format_bytes(bytes: &[u8], options: Options) -> Result<Vec<u8>, FmtError> {
    const BOM: &[u8] = b"\xEF\xBB\xBF";
    let (bom, body) = match bytes.strip_prefix(BOM) {
        Some(body) => (BOM, body),
        None => (&b""[..], bytes),
    };
    let mut out = bom.to_vec();
    match std::str::from_utf8(body) {
        Ok(text) => {
            // With a BOM the file is declared UTF-8: accents are welcome.
            let charset = if bom.is_empty() { Charset::of_text(text) } else { Charset::Unicode };
            out.extend_from_slice(format(text, options, charset)?.as_bytes());
        }
        Err(_) => {
            let text = encoding_rs::WINDOWS_1252.decode_without_bom_handling(body).0;
            let formatted = format(&text, options, Charset::Windows1252)?;
            let (encoded, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&formatted);
            if unmappable {
                return Err(FmtError::Unstable("the result cannot be written in Windows-1252".into()));
            }
            out.extend_from_slice(&encoded);
        }
    }
    Ok(out)
}

// ------------------------------------------------------------------ words

/// The language a script is written in, from its words that belong to one language only
/// (French on a tie, as WINDEV's default).
pub fn script_language(text: &str, words: &[translate::Word]) -> Language {
    let (mut fr, mut en) = (0usize, 0usize);
    for word in words {
        let source = normal(&text[word.span.clone()]);
        let is = |lang| word.meaning.spellings(lang).iter().any(|s| normal(s) == source);
        match (is(Language::Fr), is(Language::En)) {
            (true, false) => fr += 1,
            (false, true) => en += 1,
            _ => {}
        }
    }
    if en > fr { Language::En } else { Language::Fr }
}

/// A word's folded spelling with its words separated by one space.
fn normal(s: &str) -> String {
    s.split_whitespace().map(|w| fold(w).into_owned()).collect::<Vec<_>>().join(" ")
}

/// The table spelling of every word that has one, by start offset: the spelling of the same
/// variant (`est une` stays `est une`, `FONCTION` stays `FONCTION`), in the word's own language;
/// a spelling both languages share after folding (`PROCEDURE`, `Complete`) takes the script's.
fn respellings(
    text: &str,
    in_types: &std::collections::HashSet<usize>,
    words: &[translate::Word],
    charset: Charset,
) -> HashMap<usize, String> {
    let lang = script_language(text, words);
    let mut out = HashMap::new();
    for word in words {
        let source = &text[word.span.clone()];
        if let Some(spelling) = table_spelling(source, word.meaning, lang) {
            let spelling =
                if in_types.contains(&word.span.start) { spelling.to_lowercase() } else { spelling.to_owned() };
            let spelling = if charset.allows(&spelling) { spelling } else { recase(source, &spelling) };
            if spelling == source {
                continue;
            }
            // A word of several tokens (`sans signe`): each token takes its word of the spelling.
            let source_words: Vec<(usize, &str)> =
                source.split_whitespace().map(|w| (w.as_ptr() as usize - source.as_ptr() as usize, w)).collect();
            let spelled_words: Vec<&str> = spelling.split_whitespace().collect();
            if source_words.len() > 1 && !matches!(word.meaning, translate::Meaning::Keyword(_)) {
                if source_words.len() == spelled_words.len() {
                    for ((offset, _), spelled) in source_words.iter().zip(spelled_words) {
                        out.insert(word.span.start + offset, spelled.to_owned());
                    }
                }
                continue;
            }
            out.insert(word.span.start, spelling);
        }
    }
    out
}

/// What the syntax tree tells the layout: the keywords inside types (`tableau de 3 par 4
/// entiers`, `entier sur 4 octets`), which WINDEV writes in lowercase, by start offset; and the
/// attributes (`<redéfinition>`), whose spacing is kept as written.
struct TreeFacts {
    type_keywords: std::collections::HashSet<usize>,
    verbatim: Vec<Span>,
}

fn tree_facts(program: &crate::ast::Program, tokens: &[(usize, Tok, usize)]) -> TreeFacts {
    use crate::ast::visit::{self, Node};
    let (mut types, mut verbatim) = (Vec::new(), Vec::new());
    visit::walk_program(program, &mut |node, _| {
        match node {
            Node::Type(ty) => types.push(ty.span),
            Node::Attribute(a) => verbatim.push(a.span),
            _ => {}
        }
        true
    });
    let inside = |spans: &[Span], start: usize, end: usize| {
        spans.iter().any(|s| s.start as usize <= start && end <= s.end as usize)
    };
    let type_keywords = tokens
        .iter()
        .filter(|(start, tok, end)| matches!(tok, Tok::Kw(_)) && inside(&types, *start, *end))
        .map(|(start, _, _)| *start)
        .collect();
    TreeFacts { type_keywords, verbatim }
}

/// The spelling of the table row `meaning` that `source` is written as (see `respellings`).
/// When both languages spell it alike after folding (`PROCEDURE`, `complete`), a source written
/// with accents keeps the language whose spelling has them (`Complète`), else the script's
/// language decides.
pub fn table_spelling(source: &str, meaning: Meaning, lang: Language) -> Option<&'static str> {
    let folded = normal(source);
    let lower = |s: &str| s.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>().join(" ");
    let exact = lower(source);
    // In one language: the spelling written (accents included), else its first one.
    let find = |l| {
        let all: Vec<&'static str> = meaning.spellings(l).into_iter().filter(|s| normal(s) == folded).collect();
        all.iter().find(|s| lower(s) == exact).or(all.first()).copied()
    };
    match (find(Language::Fr), find(Language::En)) {
        (Some(fr), Some(en)) => {
            let accented = !source.is_ascii();
            Some(if accented && lower(fr) == exact {
                fr
            } else if accented && lower(en) == exact {
                en
            } else if lang == Language::Fr {
                fr
            } else {
                en
            })
        }
        (one, other) => one.or(other),
    }
}

/// `source`'s own letters in the case of `target`'s (`procedure`, `PROCÉDURE` → `PROCEDURE`),
/// word by word; `source` unchanged when the letters do not line up.
fn recase(source: &str, target: &str) -> String {
    let source_words: Vec<&str> = source.split_whitespace().collect();
    let target_words: Vec<&str> = target.split(' ').collect();
    if source_words.len() != target_words.len() {
        return source.to_owned();
    }
    let mut out = Vec::new();
    for (s, t) in source_words.iter().zip(&target_words) {
        let (sc, tc): (Vec<char>, Vec<char>) = (s.chars().collect(), t.chars().collect());
        if sc.len() != tc.len() {
            return source.to_owned();
        }
        let mut word = String::new();
        for (a, b) in sc.iter().zip(&tc) {
            if fold(&a.to_string()) != fold(&b.to_string()) {
                return source.to_owned();
            }
            if b.is_uppercase() {
                word.extend(a.to_uppercase());
            } else {
                word.extend(a.to_lowercase());
            }
        }
        out.push(word);
    }
    out.join(" ")
}

// ------------------------------------------------------------------ block roles

/// What a keyword at the start of a line does to the indentation.
#[derive(Copy, Clone, PartialEq, Eq)]
enum Role {
    /// A plain line: at the current block's body level.
    Plain,
    /// `FIN`: closes the innermost block; at its header's level.
    Close,
    /// `SINON`, `SINON SI`, `FAIRE`: at the header's level, the block goes on.
    Middle,
    /// `CAS`, `AUTRE CAS`: one level inside `SELON`, their bodies one more.
    Arm,
    /// A global `PROCÉDURE`: closes everything; its body is not indented (as in WINDEV).
    Procedure,
    /// `CAS ERREUR:` and the other section labels: close everything; their code one level in.
    Section,
}

/// Keywords that open a block closed by `FIN` (`SI` only without a statement after `ALORS`).
/// `CONSTANTE` opens a block only alone on its line.
pub const OPENERS: &[Kw] = &[
    Kw::If,
    Kw::Switch,
    Kw::For,
    Kw::ForEach,
    Kw::ForEachString,
    Kw::ForEachRow,
    Kw::ForEachSelectedRow,
    Kw::While,
    Kw::Loop,
    Kw::WhenException,
    Kw::Using,
    Kw::InternalProcedure,
    Kw::Structure,
    Kw::Class,
    Kw::Enumeration,
    Kw::Combination,
    Kw::Constant,
];
/// Keywords that stand at their block's level inside it.
pub const MIDDLES: &[Kw] = &[Kw::Else, Kw::ElseIf, Kw::Do];
/// Keywords of the arms of a `SELON`.
pub const ARMS: &[Kw] = &[Kw::Case, Kw::OtherCase];
/// Keywords that close a block (`À FAIRE TANTQUE` ends a `BOUCLE`).
pub const CLOSERS: &[Kw] = &[Kw::End, Kw::DoWhile];
/// The labels of a procedure's sections (`CAS ERREUR:`, `CAS EXCEPTION:`, `FIN:`): at the
/// procedure's level, their code one level in.
pub const SECTIONS: &[Kw] = &[Kw::CaseError, Kw::CaseException, Kw::EndLabel];

fn role(tok: &Tok) -> Role {
    match tok {
        // Compilation directives nest like blocks: `<SI ...>`, `<SINON>`, `<FIN>`.
        Tok::Directive(Directive::ElseIf(_) | Directive::Else) => Role::Middle,
        Tok::Directive(Directive::End) => Role::Close,
        Tok::Kw(kw) if CLOSERS.contains(kw) => Role::Close,
        Tok::Kw(kw) if MIDDLES.contains(kw) => Role::Middle,
        Tok::Kw(kw) if ARMS.contains(kw) => Role::Arm,
        Tok::Kw(Kw::Procedure) => Role::Procedure,
        Tok::Kw(kw) if SECTIONS.contains(kw) => Role::Section,
        _ => Role::Plain,
    }
}

/// Whether a line opens a block that a `FIN` closes, and of which kind. `line` is one logical
/// line's tokens (without its newline).
fn opens(line: &[Tok]) -> Option<FrameKind> {
    let mut depth = 0usize;
    for (i, tok) in line.iter().enumerate() {
        // Where a block may start: the start of the line, after the `:` of a `CAS`, and after
        // `est un` for the types (`Point est une Structure`).
        let prev = if i == 0 { None } else { Some(&line[i - 1]) };
        let at_start = matches!(prev, None | Some(Tok::Colon | Tok::CaseColon));
        match tok {
            Tok::LParen | Tok::LBracket => depth += 1,
            Tok::LBracket2 => depth += 2,
            Tok::RParen | Tok::RBracket => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            // `CONSTANTE` alone at the end of its line opens a block of constants.
            Tok::Kw(Kw::Constant) if i + 1 == line.len() => return Some(FrameKind::Plain),
            Tok::Kw(Kw::Structure | Kw::Class | Kw::Enumeration | Kw::Combination)
                if prev == Some(&Tok::Kw(Kw::IsA)) =>
            {
                let kind = if *tok == Tok::Kw(Kw::Class) { FrameKind::Class } else { FrameKind::Plain };
                return Some(kind);
            }
            _ if !at_start => {}
            // A one-line SI has a statement after its ALORS.
            Tok::Kw(Kw::If) => {
                let then = line[i..].iter().position(|t| *t == Tok::Kw(Kw::Then));
                return then.is_none_or(|k| i + k + 1 == line.len()).then_some(FrameKind::Plain);
            }
            Tok::Kw(Kw::Switch) => return Some(FrameKind::Switch),
            Tok::Kw(Kw::Constant | Kw::Structure | Kw::Class | Kw::Enumeration | Kw::Combination) => {}
            Tok::Kw(kw) if OPENERS.contains(kw) => return Some(FrameKind::Plain),
            Tok::Directive(Directive::If(_)) => return Some(FrameKind::Plain),
            _ => {}
        }
    }
    None
}

/// What kind of block a frame is: a `SELON` has its `CAS` arms one level in, a class its
/// sections (`PUBLIC`, `PRIVÉ`, ... alone on a line).
#[derive(Copy, Clone, PartialEq, Eq)]
enum FrameKind {
    Plain,
    Switch,
    Class,
    /// After `GLOBAL` or `LOCAL` alone on a line: the declarations that follow, up to the first
    /// line that declares nothing.
    Declarations,
}

/// An open block: the level of its header line, and whether an arm (a `CAS`, a class section)
/// was met, whose body is one level further in.
struct Frame {
    level: usize,
    kind: FrameKind,
    arm: bool,
}

impl Frame {
    fn body(&self) -> usize {
        self.level + 1 + usize::from(matches!(self.kind, FrameKind::Switch | FrameKind::Class) && self.arm)
    }
}

/// The keywords that, alone on a line of a class, open a section of its members.
const CLASS_SECTIONS: &[Kw] = &[Kw::Public, Kw::Private, Kw::Protected, Kw::Global];

// ------------------------------------------------------------------ gaps

/// A piece of the text between two tokens.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Piece<'a> {
    Blank(&'a str),
    Eol,
    Comment(&'a str),
    Continuation,
    /// A `;` (a line break the lexer collapsed).
    Semi,
    /// Anything else the lexer skipped: kept as written.
    Other(&'a str),
}

impl Piece<'_> {
    /// Whether the piece is written (a comment, a continuation, anything unknown).
    fn shows(&self) -> bool {
        matches!(self, Piece::Comment(_) | Piece::Continuation | Piece::Other(_))
    }
}

fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\r' | '\x0c' | '\u{a0}')
}

fn pieces(gap: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = gap;
    while let Some(c) = rest.chars().next() {
        let (piece, len) = if rest.starts_with("//") {
            let len = rest.find('\n').unwrap_or(rest.len());
            (Piece::Comment(rest[..len].trim_end_matches(is_blank)), len)
        } else if let Some(body) = rest.strip_prefix("/*") {
            let len = body.find("*/").map_or(rest.len(), |k| k + 4);
            (Piece::Comment(&rest[..len]), len)
        } else if rest.starts_with("...") {
            (Piece::Continuation, 3)
        } else if c == '\n' {
            (Piece::Eol, 1)
        } else if c == ';' {
            (Piece::Semi, 1)
        } else if is_blank(c) {
            let len = rest.find(|c| !is_blank(c)).unwrap_or(rest.len());
            (Piece::Blank(&rest[..len]), len)
        } else {
            let len = rest
                .char_indices()
                .find(|&(k, c)| k > 0 && (is_blank(c) || matches!(c, '\n' | ';' | '/' | '.')))
                .map_or(rest.len(), |(k, _)| k);
            (Piece::Other(&rest[..len]), len)
        };
        out.push(piece);
        rest = &rest[len..];
    }
    out
}

/// The pieces of the text between two logical lines, without `...`: a continuation there only
/// joined a line break that was not the one between the statements (`a = 1; ...` + line break),
/// and the layout writes its own line breaks.
fn between_lines(gap: &str) -> Vec<Piece<'_>> {
    pieces(gap).into_iter().filter(|p| *p != Piece::Continuation).collect()
}

/// The written content of one physical line's pieces: from the first shown piece to the last,
/// with the blanks between them as written.
fn content(pieces: &[Piece<'_>]) -> String {
    let (Some(first), Some(last)) = (pieces.iter().position(Piece::shows), pieces.iter().rposition(Piece::shows))
    else {
        return String::new();
    };
    let mut s = String::new();
    for p in &pieces[first..=last] {
        match p {
            Piece::Comment(t) | Piece::Other(t) | Piece::Blank(t) => s.push_str(t),
            Piece::Continuation => s.push_str("..."),
            Piece::Eol | Piece::Semi => {}
        }
    }
    s
}

// ------------------------------------------------------------------ layout

struct Layout<'a> {
    text: &'a str,
    tokens: &'a [(usize, Tok, usize)],
    spellings: &'a HashMap<usize, String>,
    /// Where the blanks between tokens are kept as written.
    verbatim: &'a [Span],
    eol: &'static str,
    out: String,
    stack: Vec<Frame>,
}

impl<'a> Layout<'a> {
    fn new(
        text: &'a str,
        tokens: &'a [(usize, Tok, usize)],
        spellings: &'a HashMap<usize, String>,
        verbatim: &'a [Span],
    ) -> Layout<'a> {
        let eol = match text.find('\n') {
            Some(k) if text[..k].ends_with('\r') => "\r\n",
            _ => "\n",
        };
        let out = String::with_capacity(text.len() + text.len() / 8);
        Layout { text, tokens, spellings, verbatim, eol, out, stack: vec![] }
    }

    fn body_level(&self) -> usize {
        self.stack.last().map_or(0, Frame::body)
    }

    fn indent(&mut self, level: usize) {
        for _ in 0..level {
            self.out.push('\t');
        }
    }

    fn run(mut self) -> String {
        // Logical lines: the tokens between two newline tokens.
        let tokens = self.tokens;
        let lines: Vec<&[(usize, Tok, usize)]> =
            tokens.split(|(_, tok, _)| *tok == Tok::Newline).filter(|l| !l.is_empty()).collect();
        let mut at = 0;
        for (n, line) in lines.iter().enumerate() {
            let comment_level = self.body_level();
            let level = self.line_level(line);
            self.line_break(&self.text[at..line[0].0], n == 0, comment_level, level);
            self.line(line, level);
            at = line[line.len() - 1].2;
        }
        self.end(&self.text[at..], lines.is_empty());
        self.out
    }

    /// The level of a logical line, updating the block stack.
    fn line_level(&mut self, line: &[(usize, Tok, usize)]) -> usize {
        let toks: Vec<Tok> = line.iter().map(|(_, t, _)| t.clone()).collect();
        let section = toks.iter().all(|t| matches!(t, Tok::Kw(kw) if CLASS_SECTIONS.contains(kw)));
        let declares = toks.iter().any(|t| matches!(t, Tok::Kw(Kw::IsA | Kw::Are | Kw::Constant)));
        if self.stack.last().is_some_and(|f| f.kind == FrameKind::Declarations) && !declares {
            self.stack.pop();
        }
        let role = match self.stack.last() {
            Some(f) if f.kind == FrameKind::Class && section => Role::Arm,
            _ => role(&toks[0]),
        };
        // `GLOBAL` or `LOCAL` alone (not in a class): the declarations that follow, one level in.
        if role == Role::Plain && matches!(toks[..], [Tok::Kw(Kw::Global | Kw::Local)]) {
            if self.stack.last().is_some_and(|f| f.kind == FrameKind::Declarations) {
                self.stack.pop();
            }
            let level = self.body_level();
            self.stack.push(Frame { level, kind: FrameKind::Declarations, arm: false });
            return level;
        }
        let level = match role {
            Role::Plain => self.body_level(),
            Role::Close => self.stack.pop().map_or(0, |f| f.level),
            Role::Middle => self.stack.last().map_or(0, |f| f.level),
            Role::Arm => match self.stack.last_mut() {
                Some(f) if matches!(f.kind, FrameKind::Switch | FrameKind::Class) => {
                    f.arm = true;
                    f.level + 1
                }
                _ => self.body_level(),
            },
            Role::Procedure => {
                self.stack.clear();
                0
            }
            Role::Section => {
                self.stack.clear();
                self.stack.push(Frame { level: 0, kind: FrameKind::Plain, arm: false });
                0
            }
        };
        if let Some(kind) = opens(&toks) {
            self.stack.push(Frame { level, kind, arm: false });
        }
        level
    }

    /// What follows a logical line on its last physical line (a comment), written after it
    /// with the blanks it had (one space if none). Returns the pieces left.
    fn trailing<'g>(&mut self, segments: &mut Vec<&'g [Piece<'g>]>) {
        let trailing = segments.remove(0);
        let text = content(trailing);
        if text.is_empty() {
            return;
        }
        match trailing.iter().position(Piece::shows) {
            Some(k) if k > 0 && matches!(trailing[k - 1], Piece::Blank(_)) => {
                let Piece::Blank(blanks) = trailing[k - 1] else { unreachable!("matched above") };
                self.out.push_str(blanks);
            }
            _ => self.out.push(' '),
        }
        self.out.push_str(&text);
    }

    /// Writes the text between two logical lines (or before the first one, `first`): what
    /// stands on the previous line's last physical line stays there, blank lines and comment
    /// lines keep their place (comments at `comment_level`), and the next line starts on a line
    /// of its own at `level`.
    fn line_break(&mut self, gap: &str, first: bool, comment_level: usize, level: usize) {
        let pieces = between_lines(gap);
        let mut segments: Vec<&[Piece<'_>]> = pieces.split(|p| *p == Piece::Eol).collect();
        if !first {
            self.trailing(&mut segments);
            self.out.push_str(self.eol);
        }
        if let Some((prefix, middle)) = segments.split_last() {
            for segment in middle {
                let text = content(segment);
                if !text.is_empty() {
                    self.indent(comment_level);
                    self.out.push_str(&text);
                }
                self.out.push_str(self.eol);
            }
            self.indent(level);
            let prefix = content(prefix);
            if !prefix.is_empty() {
                self.out.push_str(&prefix);
                self.out.push(' ');
            }
        } else {
            self.indent(level);
        }
    }

    /// Writes the text after the last logical line (all of it when there is none, `first`):
    /// its comments stay, blank lines at the end are dropped, and the result ends with a line
    /// break when the source did.
    fn end(&mut self, gap: &str, first: bool) {
        let pieces = between_lines(gap);
        let mut segments: Vec<&[Piece<'_>]> = pieces.split(|p| *p == Piece::Eol).collect();
        if !first {
            self.trailing(&mut segments);
        }
        let mut lines: Vec<String> = segments.iter().map(|s| content(s)).collect();
        while lines.last().is_some_and(String::is_empty) {
            lines.pop();
        }
        if !first && !lines.is_empty() {
            self.out.push_str(self.eol);
        }
        let level = self.body_level();
        for (n, line) in lines.iter().enumerate() {
            if n > 0 {
                self.out.push_str(self.eol);
            }
            if !line.is_empty() {
                self.indent(level);
                self.out.push_str(line);
            }
        }
        if (!first || !lines.is_empty()) && self.text.ends_with('\n') {
            self.out.push_str(self.eol);
        }
    }

    /// Writes one logical line's tokens, the cursor being after its indentation.
    fn line(&mut self, line: &[(usize, Tok, usize)], level: usize) {
        for (k, (start, tok, end)) in line.iter().enumerate() {
            if k > 0 {
                let (_, prev, prev_end) = &line[k - 1];
                let gap = &self.text[*prev_end..*start];
                let before = if k > 1 { Some(&line[k - 2].1) } else { None };
                let kept = self.verbatim.iter().any(|s| s.start as usize <= *prev_end && *start <= s.end as usize);
                if kept && gap.chars().all(is_blank) {
                    self.out.push_str(gap);
                } else if k > 1 && line[k - 2].1 == Tok::Lt && *prev == Tok::Minus && line[k - 2].2 == line[k - 1].0 {
                    // `x <- valeur` (assignment by reference): `<-` is one operator.
                    self.inner_gap(gap, true, level + 1);
                } else {
                    let space = space_between(before, prev, tok, !gap.is_empty());
                    self.inner_gap(gap, space, level + 1);
                }
            }
            match self.spellings.get(start) {
                Some(spelling) => self.out.push_str(spelling),
                None => self.out.push_str(&self.text[*start..*end]),
            }
        }
    }

    /// The text between two tokens of one logical line: blanks become `space` (one space or
    /// none); comments stay; a line break (inside brackets, after `...`) starts a continuation
    /// line at `level`.
    fn inner_gap(&mut self, gap: &str, space: bool, level: usize) {
        let pieces = pieces(gap);
        if !pieces.iter().any(|p| p.shows() || *p == Piece::Eol) {
            if space {
                self.out.push(' ');
            }
            return;
        }
        if !pieces.contains(&Piece::Eol) {
            // An inline comment: kept with the blanks around it.
            self.out.push_str(gap);
            return;
        }
        let segments: Vec<&[Piece<'_>]> = pieces.split(|p| *p == Piece::Eol).collect();
        let (last, rest) = segments.split_last().expect("split gives one segment at least");
        for (n, segment) in rest.iter().enumerate() {
            let text = content(segment);
            if !text.is_empty() {
                if n == 0 {
                    self.out.push(' ');
                } else {
                    self.indent(level);
                }
                self.out.push_str(&text);
            }
            self.out.push_str(self.eol);
        }
        self.indent(level);
        let text = content(last);
        if !text.is_empty() {
            self.out.push_str(&text);
            self.out.push(' ');
        }
    }
}

// ------------------------------------------------------------------ spacing

/// Whether a token ends an operand (then a following `-` is binary, a `(` a call).
fn ends_operand(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Ident(_)
            | Tok::Int(_)
            | Tok::Real(_)
            | Tok::Str(_)
            | Tok::RParen
            | Tok::RBracket
            | Tok::PlusPlus
            | Tok::MinusMinus
            | Tok::Kw(Kw::True | Kw::False | Kw::Null)
    )
}

/// Operators written with one space on each side when binary.
fn is_operator(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Plus
            | Tok::Minus
            | Tok::Star
            | Tok::Slash
            | Tok::Percent
            | Tok::Caret
            | Tok::Eq
            | Tok::Ne
            | Tok::Lt
            | Tok::Le
            | Tok::Gt
            | Tok::Ge
            | Tok::TildeEq
            | Tok::PlusEq
            | Tok::MinusEq
            | Tok::StarEq
            | Tok::SlashEq
    )
}

/// Keywords that are operators: a space on each side, even next to a bracket.
fn is_word_operator(tok: &Tok) -> bool {
    matches!(tok, Tok::Kw(Kw::And | Kw::Or | Kw::AndThen | Kw::OrElse | Kw::Not))
}

/// Tokens that could join with a neighbour into another token when written without a space
/// (`-` `-` → `--`, `<` `=` → `<=`, `/` `*` → a comment).
fn is_symbol(tok: &Tok) -> bool {
    is_operator(tok) || matches!(tok, Tok::PlusPlus | Tok::MinusMinus | Tok::Dot | Tok::DotDot | Tok::Colon)
}

/// Whether one space goes between `prev` and `next` (written next to each other on one line);
/// `before` is the token before `prev`, `had_space` whether the source had blanks there.
fn space_between(before: Option<&Tok>, prev: &Tok, next: &Tok, had_space: bool) -> bool {
    let unary =
        |tok: &Tok, before: Option<&Tok>| matches!(tok, Tok::Minus | Tok::Plus) && !before.is_some_and(ends_operand);
    let prev_unary = unary(prev, before);
    let next_unary = unary(next, Some(prev));
    // Never glue two symbols that could read as one token.
    if is_symbol(prev) && is_symbol(next) {
        // `a <- b` (an assignment in later grammars) is written as it was.
        if *prev == Tok::Lt && *next == Tok::Minus && !had_space {
            return false;
        }
        return true;
    }
    if matches!(next, Tok::Comma | Tok::RParen | Tok::RBracket) {
        return false;
    }
    // `d'entiers`: the elided `de` keeps its word.
    if *prev == Tok::Kw(Kw::Of) && !had_space {
        return false;
    }
    // `t[ [5]]` (an array written in brackets) is not `t[[5]]` (a character of a string).
    if *prev == Tok::LBracket && *next == Tok::LBracket {
        return true;
    }
    if matches!(prev, Tok::LParen | Tok::LBracket | Tok::LBracket2) {
        return false;
    }
    if *prev == Tok::Comma {
        return true;
    }
    if matches!(prev, Tok::Dot | Tok::DotDot) || matches!(next, Tok::Dot | Tok::DotDot) {
        return false;
    }
    if matches!(next, Tok::PlusPlus | Tok::MinusMinus) && ends_operand(prev) {
        return false;
    }
    if prev_unary {
        return false;
    }
    match next {
        Tok::LParen if matches!(prev, Tok::Ident(_) | Tok::RParen | Tok::RBracket) => return false,
        Tok::LParen if is_word_operator(prev) || is_operator(prev) => return true,
        // `BOUCLE(5)` as the help writes it; `SI (a)`, `RENVOYER (x)`.
        Tok::LParen if *prev == Tok::Kw(Kw::Loop) => return false,
        // `SELON(x, a, b)`, the expression, as written.
        Tok::LParen if *prev == Tok::Kw(Kw::Switch) => return had_space,
        Tok::LParen if matches!(prev, Tok::Kw(_)) => return true,
        Tok::LBracket | Tok::LBracket2 if ends_operand(prev) => return false,
        _ => {}
    }
    if (is_operator(prev) && !prev_unary) || (is_operator(next) && !next_unary) {
        return true;
    }
    if next_unary {
        return true;
    }
    if *prev == Tok::Colon || *next == Tok::Colon {
        return had_space;
    }
    if is_word_operator(prev) || is_word_operator(next) {
        return true;
    }
    if matches!(prev, Tok::Kw(_)) || matches!(next, Tok::Kw(_)) {
        return true;
    }
    had_space
}

// ------------------------------------------------------------------ checks

/// The formatted text must read as the very same tokens.
fn check_same_tokens(before: &[(usize, Tok, usize)], out: &str) -> Result<(), FmtError> {
    let after = lexer::lex(out);
    if !after.errors.is_empty() {
        return Err(FmtError::Unstable(format!("the result does not lex at byte {}", after.errors[0].span.start)));
    }
    let first_difference = before.iter().zip(&after.tokens).position(|((_, a, _), (_, b, _))| a != b);
    match first_difference {
        None if before.len() == after.tokens.len() => Ok(()),
        Some(k) => Err(FmtError::Unstable(format!(
            "token {k} would change from {:?} to {:?} (byte {} of the source)",
            before[k].1, after.tokens[k].1, before[k].0
        ))),
        None => Err(FmtError::Unstable(format!("{} tokens would become {}", before.len(), after.tokens.len()))),
    }
}

// ------------------------------------------------------------------ command

/// `wl fmt [--check] [--keep-case] PATH...`: formats each file in place (a folder: its `.wl`
/// files, recursively; `-`: stdin to stdout). With `check`, writes nothing and lists the files
/// that are not formatted. Exit code: 0, 1 when `check` found a file to format, 2 when a file
/// cannot be read or does not parse.
pub fn command(paths: &[PathBuf], check: bool, options: Options, lang: Lang) -> i32 {
    use std::io::{Read, Write};
    let mut code = 0;
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found = Vec::new();
            crate::tools::golden::collect(path, "wl", &mut found);
            found.sort();
            files.extend(found);
        } else {
            files.push(path.clone());
        }
    }
    for path in &files {
        let stdin = path.as_os_str() == "-";
        let name = if stdin { "<stdin>".to_owned() } else { path.display().to_string() };
        let bytes = if stdin {
            let mut bytes = Vec::new();
            std::io::stdin().read_to_end(&mut bytes).map(|_| bytes)
        } else {
            std::fs::read(path)
        };
        let bytes = match bytes {
            Ok(bytes) => bytes,
            Err(e) => {
                eprintln!(
                    "{}",
                    lang.pick(
                        format!("error: cannot read {name}: {e}"),
                        format!("erreur : impossible de lire {name} : {e}")
                    )
                );
                code = code.max(crate::EXIT_SOURCE_ERROR);
                continue;
            }
        };
        let formatted = match format_bytes(&bytes, options) {
            Ok(out) => out,
            Err(FmtError::Syntax(errors)) => {
                let src = crate::source::SourceFile::from_bytes(name.clone(), &bytes);
                let style = crate::diagnostics::Style::detect();
                crate::report_source_errors(&errors, &src, &mut std::io::stderr(), style, lang);
                eprintln!(
                    "{}",
                    lang.pick(
                        format!("error: {name} must parse to be formatted"),
                        format!("erreur : {name} doit être correct pour être mis en forme")
                    )
                );
                code = code.max(crate::EXIT_SOURCE_ERROR);
                continue;
            }
            Err(FmtError::Unstable(message)) => {
                eprintln!(
                    "{}",
                    lang.pick(
                        format!("error: cannot format {name}: {message}"),
                        format!("erreur : impossible de mettre en forme {name} : {message}")
                    )
                );
                code = code.max(crate::EXIT_SOURCE_ERROR);
                continue;
            }
        };
        if check {
            if formatted != bytes {
                println!("{}", lang.pick(format!("would reformat {name}"), format!("à remettre en forme : {name}")));
                code = code.max(1);
            }
            continue;
        }
        let written = if stdin {
            let mut out = std::io::stdout().lock();
            out.write_all(&formatted).and_then(|()| out.flush())
        } else if formatted != bytes {
            std::fs::write(path, &formatted)
        } else {
            Ok(())
        };
        if let Err(e) = written {
            eprintln!(
                "{}",
                lang.pick(
                    format!("error: cannot write {name}: {e}"),
                    format!("erreur : impossible d'écrire {name} : {e}")
                )
            );
            code = code.max(crate::EXIT_SOURCE_ERROR);
        }
    }
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(text: &str) -> String {
        format(text, Options::default(), Charset::of_text(text)).unwrap()
    }

    #[test]
    fn spaces_and_case() {
        assert_eq!(fmt("x est un entier=1+2*3\n"), "x est un entier = 1 + 2 * 3\n");
        assert_eq!(fmt("si x>1 alors\ninfo(x)\nfin\n"), "SI x > 1 ALORS\n\tInfo(x)\nFIN\n");
        assert_eq!(fmt("x est un entier\nx=-1\ninfo( -x , x-1 )\n"), "x est un entier\nx = -1\nInfo(-x, x - 1)\n");
    }

    #[test]
    fn one_statement_a_line() {
        assert_eq!(fmt("a est un entier = 1; b est un entier = 2\n"), "a est un entier = 1\nb est un entier = 2\n");
        assert_eq!(fmt("x est un entier; // c\nx++\n"), "x est un entier // c\nx++\n");
    }

    #[test]
    fn blocks() {
        let text = "SELON 2\nCAS 1:Info(1)\ncas 2\nInfo(2)\nAUTRE CAS\nInfo(3)\nFIN\n";
        assert_eq!(fmt(text), "SELON 2\n\tCAS 1:Info(1)\n\tCAS 2\n\t\tInfo(2)\n\tAUTRE CAS\n\t\tInfo(3)\nFIN\n");
        let text = "POUR i=1 A 3\nSI i=2 ALORS Info(i) SINON Info(0)\nFIN\n";
        assert_eq!(fmt(text), "POUR i = 1 A 3\n\tSI i = 2 ALORS Info(i) SINON Info(0)\nFIN\n");
    }

    #[test]
    fn ascii_files_stay_ascii() {
        assert_eq!(fmt("procedure p()\ninfo(1)\n"), "PROCEDURE p()\nInfo(1)\n");
        assert_eq!(
            fmt("// é\nprocédure p()\nrenvoyer complete(\"a\", 2)\n"),
            "// é\nPROCÉDURE p()\nRENVOYER Complète(\"a\", 2)\n"
        );
        // A spelling both languages share takes the script's language.
        assert_eq!(
            fmt("// é\nx est un entier\nRENVOYER complete(\"a\", 2)\n").lines().last(),
            Some("RENVOYER Complète(\"a\", 2)")
        );
    }

    #[test]
    fn recase_keeps_letters() {
        assert_eq!(recase("procedure", "PROCÉDURE"), "PROCEDURE");
        assert_eq!(recase("chaineconstruit", "ChaîneConstruit"), "ChaineConstruit");
        assert_eq!(recase("autre   cas", "AUTRE CAS"), "AUTRE CAS");
    }
}
