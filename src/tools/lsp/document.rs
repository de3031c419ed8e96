//! One open document and what the server knows of it: its text, where its lines start (LSP
//! positions count UTF-16 units), and its analysis (the errors `wl check` reports, the syntax
//! tree, the resolver's index of declarations and uses, the tokens). Every answer the server
//! gives about a document is computed here from the analysis, with the tables the interpreter
//! reads (keywords, builtins, constants, types): nothing is listed twice.

use lsp_types::{Position, Range};

use crate::ast::{self, StmtKind};
use crate::builtins::{self, Builtin};
use crate::diagnostics::{Lang, SourceError};
use crate::keywords::{KEYWORDS, Kw, PROPERTIES, fold};
use crate::lexer::{self, Tok};
use crate::resolve::{self, DeclKind, Index, Referent};
use crate::source::Span;
use crate::tools::fmt;
use crate::tools::translate::{Language, Meaning, Word};
use crate::tools::walk::{self, Visit};
use crate::types::TYPE_WORDS;

/// Byte offsets of line starts, for LSP positions (lines and UTF-16 units).
#[derive(Debug, Default)]
pub struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    pub fn new(text: &str) -> Lines {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(k, _)| k + 1));
        Lines { starts }
    }

    /// The byte offset of a position (clamped to the line and the text).
    pub fn offset(&self, text: &str, pos: Position) -> usize {
        let Some(&start) = self.starts.get(pos.line as usize) else { return text.len() };
        let end = self.starts.get(pos.line as usize + 1).map_or(text.len(), |&e| e);
        let mut units = 0u32;
        for (k, c) in text[start..end].char_indices() {
            if units >= pos.character || c == '\n' || c == '\r' {
                return start + k;
            }
            units += c.len_utf16() as u32;
        }
        end
    }

    pub fn position(&self, text: &str, offset: usize) -> Position {
        let offset = floor_boundary(text, offset.min(text.len()));
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let character = text[self.starts[line]..offset].encode_utf16().count() as u32;
        Position { line: line as u32, character }
    }

    pub fn range(&self, text: &str, span: Span) -> Range {
        Range { start: self.position(text, span.start as usize), end: self.position(text, span.end as usize) }
    }

    /// Replaces `range` of `text` (the whole text when `None`) by `new`, and follows the change.
    pub fn edit(&mut self, text: &mut String, range: Option<Range>, new: &str) {
        match range {
            None => *text = new.to_owned(),
            Some(range) => {
                let start = self.offset(text, range.start);
                let end = self.offset(text, range.end).max(start);
                text.replace_range(start..end, new);
            }
        }
        *self = Lines::new(text);
    }

    /// The text of line `line` (0-based), without its line break; empty past the end.
    pub fn line<'t>(&self, text: &'t str, line: usize) -> &'t str {
        match self.starts.get(line) {
            Some(&start) => self.line_text(text, start),
            None => "",
        }
    }

    /// The text of the line holding `offset`, without its line break.
    pub fn line_text<'t>(&self, text: &'t str, offset: usize) -> &'t str {
        let line = self.starts.partition_point(|&s| s <= offset.min(text.len())) - 1;
        let end = self.starts.get(line + 1).map_or(text.len(), |&e| e);
        text[self.starts[line]..end].trim_end_matches(['\n', '\r'])
    }
}

fn floor_boundary(text: &str, mut k: usize) -> usize {
    while k > 0 && !text.is_char_boundary(k) {
        k -= 1;
    }
    k
}

/// What the analysis of a text found.
pub struct Analysis {
    /// Every error `wl check` reports, in source order.
    pub errors: Vec<SourceError>,
    /// The tree, when the text parses.
    pub ast: Option<ast::Program>,
    /// Declarations and uses, when the text parses.
    pub index: Option<Index>,
    pub tokens: Vec<(usize, Tok, usize)>,
    /// The language the script is written in (for completion).
    pub language: Language,
}

/// Parses and resolves `text` as `wl check` does, keeping the tree and the index. A bug that
/// panics inside the pipeline leaves an empty analysis (the panic is logged on stderr, which
/// editors show in the server's log) instead of ending the server.
pub fn analyse(text: &str) -> Analysis {
    std::panic::catch_unwind(|| analyse_unguarded(text)).unwrap_or_else(|_| Analysis {
        errors: Vec::new(),
        ast: None,
        index: None,
        tokens: Vec::new(),
        language: Language::Fr,
    })
}

fn analyse_unguarded(text: &str) -> Analysis {
    let tokens = lexer::lex(text).tokens;
    let language = language_of(text, &tokens);
    // As `crate::compile`: past a syntax error, the tree the parser recovered is resolved too.
    let parsed = crate::parser::parse_recovering(text, 0);
    match parsed.program {
        Some(program) => {
            let mut errors = parsed.errors;
            let (result, index) = resolve::resolve_indexed(&program, text, &parsed.dropped_names);
            if errors.is_empty() {
                errors = result.err().unwrap_or_default();
            } else {
                errors.extend(result.err().unwrap_or_default());
                errors.sort_by_key(|e| e.span().start);
            }
            Analysis { errors, ast: Some(program), index: Some(index), tokens, language }
        }
        None => Analysis { errors: parsed.errors, ast: None, index: None, tokens, language },
    }
}

/// The script's language, from the keywords it contains.
pub(super) fn language_of(text: &str, tokens: &[(usize, Tok, usize)]) -> Language {
    let words: Vec<Word> = tokens
        .iter()
        .filter_map(|(start, tok, end)| match tok {
            Tok::Kw(kw) => Some(Word { span: *start..*end, meaning: Meaning::Keyword(*kw) }),
            _ => None,
        })
        .collect();
    fmt::script_language(text, &words)
}

/// An open document.
pub struct Document {
    pub text: String,
    pub version: i32,
    pub lines: Lines,
    pub analysis: Analysis,
}

impl Document {
    pub fn new(text: String, version: i32) -> Document {
        let lines = Lines::new(&text);
        let analysis = analyse(&text);
        Document { text, version, lines, analysis }
    }

    /// Replaces `range` (the whole text when `None`) by `new`; the analysis is left stale until
    /// `refresh`.
    pub fn edit(&mut self, range: Option<Range>, new: &str) {
        self.lines.edit(&mut self.text, range, new);
    }

    pub fn refresh(&mut self) {
        self.analysis = analyse(&self.text);
    }

    pub fn offset(&self, pos: Position) -> usize {
        self.lines.offset(&self.text, pos)
    }

    pub fn range(&self, span: Span) -> Range {
        self.lines.range(&self.text, span)
    }

    /// The token at `offset` (or just before it: the cursor after a word).
    pub fn token_at(&self, offset: usize) -> Option<(usize, &Tok, usize)> {
        let tokens = &self.analysis.tokens;
        let k = tokens.partition_point(|(_, _, end)| *end < offset);
        let (start, tok, end) = tokens.get(k)?;
        (*start <= offset && *tok != Tok::Newline).then_some((*start, tok, *end))
    }

    /// Whether the token starting at `start` is a member name (after `.`, `..`, `:`, `::`, `>>`),
    /// which names no builtin.
    fn is_member(&self, start: usize) -> bool {
        let tokens = &self.analysis.tokens;
        let k = tokens.partition_point(|(s, _, _)| *s < start);
        k > 0 && matches!(tokens[k - 1].1, Tok::Dot | Tok::DotDot | Tok::Colon | Tok::ColonColon | Tok::GtGt)
    }

    // ------------------------------------------------------------------ procedures

    /// Every procedure of the script with the range of text it covers: global procedures up to
    /// the next one, internal procedures up to their `FIN`.
    pub fn procedures(&self) -> Vec<ProcedureExtent<'_>> {
        let Some(program) = &self.analysis.ast else { return Vec::new() };
        let mut out = Vec::new();
        for (k, proc) in program.procedures.iter().enumerate() {
            let end = program.procedures.get(k + 1).map_or(self.text.len(), |next| next.span.start as usize);
            out.push(ProcedureExtent { proc, start: proc.span.start as usize, end, parent: None });
        }
        walk::program(program, &mut |v| {
            if let Visit::Stmt(stmt) = v
                && let StmtKind::InternalProcedure(proc) = &stmt.kind
            {
                out.push(ProcedureExtent {
                    proc,
                    start: stmt.span.start as usize,
                    end: stmt.span.end as usize,
                    parent: None,
                });
            }
        });
        // The parent of each: the smallest other extent around it.
        for k in 0..out.len() {
            let (start, end) = (out[k].start, out[k].end);
            out[k].parent = (0..out.len())
                .filter(|&j| j != k && out[j].start <= start && end <= out[j].end)
                .min_by_key(|&j| out[j].end - out[j].start);
        }
        out
    }

    /// The innermost procedure around `offset`.
    fn procedure_at<'p>(extents: &'p [ProcedureExtent<'p>], offset: usize) -> Option<usize> {
        (0..extents.len())
            .filter(|&k| extents[k].start <= offset && offset <= extents[k].end)
            .min_by_key(|&k| extents[k].end - extents[k].start)
    }

    /// Whether a variable declared at `decl` is visible at `offset`: it was declared before, in
    /// the main code (global) or in a procedure around `offset`.
    fn visible(extents: &[ProcedureExtent<'_>], decl: usize, offset: usize) -> bool {
        decl <= offset
            && match Self::procedure_at(extents, decl) {
                None => true,
                Some(k) => extents[k].start <= offset && offset <= extents[k].end,
            }
    }
}

/// A procedure and the text it covers.
pub struct ProcedureExtent<'a> {
    pub proc: &'a ast::Procedure,
    pub start: usize,
    pub end: usize,
    /// The procedure it is declared in (an index in the same list).
    pub parent: Option<usize>,
}

// ------------------------------------------------------------------ builtins

/// The family a builtin belongs to.
pub fn family_of(builtin: &Builtin) -> &'static str {
    builtins::FAMILIES.iter().find(|f| f.functions.iter().any(|b| std::ptr::eq(b, builtin))).map_or("", |f| f.name)
}

/// A builtin's name in a language.
pub fn builtin_name(builtin: &Builtin, language: Language) -> &'static str {
    match language {
        Language::Fr => builtin.fr,
        Language::En => builtin.en,
    }
}

/// The parameters a builtin's arity allows: `p1, p2` then the optional ones.
pub fn builtin_params(builtin: &Builtin) -> Vec<String> {
    let shown = if builtin.max == builtins::ANY { builtin.min + 1 } else { builtin.max };
    (1..=shown)
        .map(|k| {
            let name = format!("p{k}");
            if builtin.max == builtins::ANY && k == shown {
                format!("[{name}, ...]")
            } else if k > builtin.min {
                format!("[{name}]")
            } else {
                name
            }
        })
        .collect()
}

/// `Gauche(p1, [p2])`.
pub fn builtin_signature(builtin: &Builtin, language: Language) -> String {
    format!("{}({})", builtin_name(builtin, language), builtin_params(builtin).join(", "))
}

/// The hover text of a builtin: its signature, both names, its family, and a link to its page of
/// the WLanguage help (in the language of messages) when the catalogue knows it.
pub fn builtin_hover(builtin: &Builtin, language: Language, lang: Lang) -> String {
    let (other, other_lang) = match language {
        Language::Fr => (builtin.en, "English"),
        Language::En => (builtin.fr, "français"),
    };
    let arity = match (builtin.min, builtin.max) {
        (min, builtins::ANY) => format!("{min}+"),
        (min, max) if min == max => format!("{min}"),
        (min, max) => format!("{min}–{max}"),
    };
    let mut text = format!(
        "```wlanguage\n{}\n```\n{other_lang}: `{other}` · family: {} · parameters: {arity}",
        builtin_signature(builtin, language),
        family_of(builtin)
    );
    if let Some(page) = help_page(&fold(builtin.fr)) {
        let (label, site) = lang.pick(("help", "https://help.windev.com"), ("aide", "https://doc.pcsoft.fr"));
        text.push_str(&format!(" · [{label}]({site}/?{page})"));
    }
    text
}

/// The help page id of a function or constant, by folded French name, from the catalogue
/// (`stdlib/catalogue.tsv`: kind, French, English, family, source `help:<id>`). Read on first
/// use. (The audit's catalogue module, when it lands, is the one reader to use.)
fn help_page(folded_fr: &str) -> Option<&'static str> {
    use std::collections::HashMap;
    use std::sync::OnceLock;
    static PAGES: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    const TABLE: &str = include_str!("../../../stdlib/catalogue.tsv");
    let pages = PAGES.get_or_init(|| {
        TABLE
            .lines()
            .skip(1)
            .filter_map(|line| {
                let mut cols = line.split('\t');
                let (_kind, fr, _en, _family, source) =
                    (cols.next()?, cols.next()?, cols.next()?, cols.next()?, cols.next()?);
                let page = source.strip_prefix("help:")?;
                page.bytes().all(|b| b.is_ascii_digit()).then(|| (fold(fr).into_owned(), page))
            })
            .collect()
    });
    pages.get(folded_fr).copied()
}

/// A builtin constant's row by folded name: (French, English, value as written).
pub fn constant_row(folded: &str) -> Option<(&'static str, &'static str, String)> {
    builtins::constants().find(|(fr, en, _)| fold(fr) == folded || fold(en) == folded).map(|(fr, en, value)| {
        let value = match value {
            builtins::Const::Int(n) => n.to_string(),
            builtins::Const::Str(s) => format!("{s:?}"),
        };
        (*fr, *en, value)
    })
}

// ------------------------------------------------------------------ queries

/// What `hover` shows.
pub struct HoverText {
    pub markdown: String,
    pub span: Span,
}

/// A completion proposal.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    pub label: String,
    pub kind: ProposalKind,
    pub detail: String,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ProposalKind {
    Keyword,
    Function,
    Constant,
    Type,
    Variable,
    Procedure,
    Property,
}

/// A signature to show while typing a call's arguments.
pub struct Signature {
    pub label: String,
    /// Each parameter's byte range in `label`.
    pub params: Vec<(usize, usize)>,
    pub active: usize,
}

impl Document {
    /// What to show under the mouse at `offset`; `lang` is the language of messages.
    pub fn hover(&self, offset: usize, lang: Lang) -> Option<HoverText> {
        let (start, tok, end) = self.token_at(offset)?;
        let span = Span::new(start, end);
        let language = self.analysis.language;
        match tok {
            Tok::Kw(kw) => Some(HoverText { markdown: keyword_hover(*kw), span }),
            Tok::Ident(folded) => {
                let referent = self.analysis.index.as_ref().and_then(|i| i.at(offset)).map(|(_, r)| r);
                match referent {
                    Some(Referent::Decl(k)) => {
                        let index = self.analysis.index.as_ref()?;
                        let decl = &index.decls[k];
                        let line = self.lines.line_text(&self.text, decl.span.start as usize).trim();
                        let (line_no, _) = {
                            let p = self.lines.position(&self.text, decl.span.start as usize);
                            (p.line + 1, p.character)
                        };
                        let what = match decl.kind {
                            DeclKind::Variable if self.is_parameter(decl.span) => "parameter",
                            DeclKind::Variable => "variable",
                            DeclKind::Procedure => "procedure",
                            DeclKind::InternalProcedure => "internal procedure",
                            DeclKind::Class => "class",
                            DeclKind::Structure => "structure",
                            DeclKind::Enumeration => "enumeration",
                        };
                        Some(HoverText {
                            markdown: format!("```wlanguage\n{line}\n```\n{what} `{}`, line {line_no}", decl.name),
                            span,
                        })
                    }
                    Some(Referent::Builtin(b)) => Some(HoverText { markdown: builtin_hover(b, language, lang), span }),
                    Some(Referent::Constant) | None => {
                        let markdown = name_hover(folded, self.is_member(start), language, lang)?;
                        Some(HoverText { markdown, span })
                    }
                }
            }
            _ => None,
        }
    }

    /// Whether a declared name is a parameter (it stands in a procedure's header).
    fn is_parameter(&self, span: Span) -> bool {
        self.analysis.ast.as_ref().is_some_and(|p| {
            let mut found = false;
            let mut check = |proc: &ast::Procedure| found |= proc.params.iter().any(|param| param.name.span == span);
            p.procedures.iter().for_each(&mut check);
            walk::program(p, &mut |v| {
                if let Visit::Stmt(s) = v
                    && let StmtKind::InternalProcedure(proc) = &s.kind
                {
                    check(proc);
                }
            });
            found
        })
    }

    /// The declaration of the name at `offset`.
    pub fn definition(&self, offset: usize) -> Option<Span> {
        let index = self.analysis.index.as_ref()?;
        match index.at(offset)? {
            (_, Referent::Decl(k)) => Some(index.decls[k].span),
            _ => None,
        }
    }

    /// Every place the name at `offset` stands for the same declaration (the declaration
    /// itself first when `with_declaration`).
    pub fn references(&self, offset: usize, with_declaration: bool) -> Vec<Span> {
        let Some(index) = &self.analysis.index else { return Vec::new() };
        let Some((_, Referent::Decl(k))) = index.at(offset) else { return Vec::new() };
        let mut out = Vec::new();
        if with_declaration {
            out.push(index.decls[k].span);
        }
        out.extend(index.uses_of(k).map(|u| u.span));
        out
    }

    /// Completion proposals at `offset`, in the script's language.
    pub fn completion(&self, offset: usize) -> Vec<Proposal> {
        let language = self.analysis.language;
        let pick = |fr: &'static [&'static str], en: &'static [&'static str]| match language {
            Language::Fr => fr,
            Language::En => en,
        };
        // After `.`, `..` or `:`: properties, and the members of the receiver's type.
        let before =
            self.text[..offset.min(self.text.len())].trim_end_matches(|c: char| c.is_alphanumeric() || c == '_');
        if before.ends_with('.') || before.ends_with(':') {
            let mut out: Vec<Proposal> = PROPERTIES
                .iter()
                .flat_map(|(_, fr, en)| pick(fr, en).iter())
                .map(|name| Proposal { label: name.to_string(), kind: ProposalKind::Property, detail: String::new() })
                .collect();
            let receiver = before.trim_end_matches(['.', ':']).len();
            out.extend(self.members_of(receiver.saturating_sub(1)));
            return out;
        }
        let mut out = Vec::new();
        for (kw, fr, en) in KEYWORDS {
            // `PAS` is listed twice (STEP and NOT); `A` and `TO` are contextual.
            if matches!(kw, Kw::Step) {
                continue;
            }
            for spelling in pick(fr, en).iter().take(1) {
                out.push(Proposal { label: spelling.to_string(), kind: ProposalKind::Keyword, detail: String::new() });
            }
        }
        for b in builtins::functions() {
            out.push(Proposal {
                label: builtin_name(b, language).to_owned(),
                kind: ProposalKind::Function,
                detail: builtin_signature(b, language),
            });
        }
        for p in crate::prelude::procedures() {
            let english = language == Language::En;
            out.push(Proposal {
                label: p.name(english).to_owned(),
                kind: ProposalKind::Function,
                detail: p.signature(english),
            });
        }
        for (fr, en, _) in builtins::constants() {
            let (name, other) = if language == Language::Fr { (fr, en) } else { (en, fr) };
            out.push(Proposal { label: name.to_string(), kind: ProposalKind::Constant, detail: other.to_string() });
        }
        for (_, fr, en) in TYPE_WORDS {
            out.push(Proposal { label: pick(fr, en)[0].to_owned(), kind: ProposalKind::Type, detail: String::new() });
        }
        if let Some(index) = &self.analysis.index {
            let extents = self.procedures();
            let mut seen = std::collections::HashSet::new();
            for decl in &index.decls {
                let (kind, visible) = match decl.kind {
                    DeclKind::Variable => {
                        (ProposalKind::Variable, Self::visible(&extents, decl.span.start as usize, offset))
                    }
                    DeclKind::Procedure => (ProposalKind::Procedure, true),
                    DeclKind::Class | DeclKind::Structure | DeclKind::Enumeration => (ProposalKind::Type, true),
                    DeclKind::InternalProcedure => (
                        ProposalKind::Procedure,
                        match Self::procedure_at(&extents, decl.span.start as usize).and_then(|k| extents[k].parent) {
                            None => true,
                            Some(p) => extents[p].start <= offset && offset <= extents[p].end,
                        },
                    ),
                };
                if visible && seen.insert(fold(&decl.name).into_owned()) {
                    let detail = self.lines.line_text(&self.text, decl.span.start as usize).trim().to_owned();
                    out.push(Proposal { label: decl.name.to_string(), kind, detail });
                }
            }
        }
        out
    }

    /// The signature of the call whose arguments hold `offset`.
    pub fn signature_help(&self, offset: usize) -> Option<Signature> {
        // The innermost open parenthesis before `offset` on its logical line, and its callee.
        let tokens = &self.analysis.tokens;
        let upto = tokens.partition_point(|(start, _, _)| *start < offset);
        let line_start = tokens[..upto].iter().rposition(|(_, t, _)| *t == Tok::Newline).map_or(0, |k| k + 1);
        let mut open: Vec<(usize, usize)> = Vec::new(); // (index of `(`, commas)
        for (k, (_, tok, _)) in tokens[line_start..upto].iter().enumerate() {
            match tok {
                Tok::LParen | Tok::LBracket | Tok::LBracket2 => open.push((line_start + k, 0)),
                Tok::RParen | Tok::RBracket => {
                    open.pop();
                }
                Tok::Comma => {
                    if let Some(last) = open.last_mut() {
                        last.1 += 1;
                    }
                }
                _ => {}
            }
        }
        let &(paren, commas) = open.last()?;
        if tokens[paren].1 != Tok::LParen || paren == 0 {
            return None;
        }
        let (callee_start, Tok::Ident(folded), callee_end) = &tokens[paren - 1] else { return None };
        let language = self.analysis.language;
        let referent = self.analysis.index.as_ref().and_then(|i| i.at(*callee_start)).map(|(_, r)| r);
        let (name, params): (String, Vec<String>) = match referent {
            Some(Referent::Decl(k)) => {
                let decl = &self.analysis.index.as_ref()?.decls[k];
                let proc = self.procedures().into_iter().find(|e| e.proc.name.span == decl.span)?.proc;
                let params = proc
                    .params
                    .iter()
                    .map(|p| {
                        let start = p.name.span.start;
                        let end = p
                            .default
                            .as_ref()
                            .map_or(p.ty.as_ref().map_or(p.name.span.end, |t| t.span.end), |d| d.span.end);
                        self.text[start as usize..end as usize].to_owned()
                    })
                    .collect();
                (self.text[*callee_start..*callee_end].to_owned(), params)
            }
            _ if self.is_member(*callee_start) => return None,
            _ => match builtins::lookup(folded) {
                Some(b) => (builtin_name(b, language).to_owned(), builtin_params(b)),
                None => {
                    let p = crate::prelude::lookup(folded)?;
                    let params = p.params.split(',').map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect();
                    (p.name(language == Language::En).to_owned(), params)
                }
            },
        };
        let mut label = format!("{name}(");
        let mut ranges = Vec::new();
        for (k, p) in params.iter().enumerate() {
            if k > 0 {
                label.push_str(", ");
            }
            ranges.push((label.len(), label.len() + p.len()));
            label.push_str(p);
        }
        label.push(')');
        Some(Signature { label, params: ranges, active: commas })
    }
}

impl Document {
    /// The members of the type of the name that ends at `offset` (a variable of a structure or
    /// class type, or the type itself): fields, methods, enumeration values.
    fn members_of(&self, offset: usize) -> Vec<Proposal> {
        let (Some(index), Some(program)) = (&self.analysis.index, &self.analysis.ast) else { return Vec::new() };
        let Some((_, Referent::Decl(k))) = index.at(offset) else { return Vec::new() };
        let decl = &index.decls[k];
        let type_name: Option<std::rc::Rc<str>> = match decl.kind {
            DeclKind::Class | DeclKind::Structure | DeclKind::Enumeration => Some(fold(&decl.name).into()),
            DeclKind::Variable => {
                let mut found = None;
                walk::program(program, &mut |v| {
                    if let Visit::Stmt(stmt) = v
                        && let StmtKind::Declare { names, ty, .. } = &stmt.kind
                        && names.iter().any(|n| n.span == decl.span)
                    {
                        found = Some(ty.name.folded.clone());
                    }
                });
                found
            }
            _ => None,
        };
        let Some(type_name) = type_name else { return Vec::new() };
        let mut out = Vec::new();
        let field = |name: &ast::Name, kind: ProposalKind, detail: String| Proposal {
            label: self.text[name.span.start as usize..name.span.end as usize].to_owned(),
            kind,
            detail,
        };
        walk::program(program, &mut |v| {
            if let Visit::Stmt(stmt) = v {
                let line = |span: Span| self.lines.line_text(&self.text, span.start as usize).trim().to_owned();
                match &stmt.kind {
                    StmtKind::Structure(d) if d.name.folded == type_name => out.extend(
                        d.members
                            .iter()
                            .flat_map(|m| m.names.iter().map(|n| field(n, ProposalKind::Variable, line(m.span)))),
                    ),
                    StmtKind::Class(d) if d.name.folded == type_name => out.extend(
                        d.members
                            .iter()
                            .flat_map(|m| m.names.iter().map(|n| field(n, ProposalKind::Variable, line(m.span)))),
                    ),
                    StmtKind::Enum(d) if d.name.folded == type_name => {
                        out.extend(d.values.iter().map(|(n, _)| field(n, ProposalKind::Constant, line(d.span))))
                    }
                    _ => {}
                }
            }
        });
        for proc in &program.procedures {
            if proc.class.as_ref().is_some_and(|c| c.folded == type_name) {
                let header = self.lines.line_text(&self.text, proc.span.start as usize).trim().to_owned();
                out.push(field(&proc.name, ProposalKind::Procedure, header));
            }
        }
        out
    }
}

/// What to show under the mouse on a name the script does not declare (`folded`): a property
/// after `.`/`..`/`:` (`member`), else a builtin constant, function, prelude procedure or type.
pub(super) fn name_hover(folded: &str, member: bool, language: Language, lang: Lang) -> Option<String> {
    if member {
        let (_, fr, en) =
            PROPERTIES.iter().find(|(_, fr, en)| fr.iter().chain(en.iter()).any(|s| fold(s) == *folded))?;
        return Some(format!("property · `{}` · `{}`", fr.join("`, `"), en.join("`, `")));
    }
    if let Some((fr, en, value)) = constant_row(folded) {
        let (name, other) = if language == Language::Fr { (fr, en) } else { (en, fr) };
        return Some(format!("```wlanguage\n{name} = {value}\n```\nconstant · `{other}`"));
    }
    if let Some(b) = builtins::lookup(folded) {
        return Some(builtin_hover(b, language, lang));
    }
    if let Some(p) = crate::prelude::lookup(folded) {
        let english = language == Language::En;
        let other = p.name(!english);
        return Some(format!(
            "```wlanguage\n{}\n```\n{} · `{other}` · {}",
            p.signature(english),
            lang.pick("procedure of the prelude", "procédure du prélude"),
            p.path()
        ));
    }
    let row = TYPE_WORDS.iter().find(|(_, fr, en)| fr.iter().chain(en.iter()).any(|s| fold(s) == *folded))?;
    Some(format!("type `{}` · `{}`", row.1[0], row.2[0]))
}

/// A keyword's spellings in both languages.
pub(super) fn keyword_hover(kw: Kw) -> String {
    let Some((_, fr, en)) = KEYWORDS.iter().find(|(k, _, _)| *k == kw) else { return String::new() };
    format!("keyword · français: `{}` · English: `{}`", fr.join("`, `"), en.join("`, `"))
}

/// What a symbol is.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum SymbolKind {
    Procedure,
    Class,
    Structure,
    Enumeration,
    Field,
}

/// The symbols of a document: procedures (with their internal procedures inside) and the types
/// it declares (with their members).
pub struct Symbol {
    pub name: String,
    pub detail: String,
    pub kind: SymbolKind,
    pub span: Span,
    pub name_span: Span,
    pub children: Vec<Symbol>,
}

impl Document {
    pub fn symbols(&self) -> Vec<Symbol> {
        let extents = self.procedures();
        fn build(doc: &Document, extents: &[ProcedureExtent<'_>], parent: Option<usize>) -> Vec<Symbol> {
            (0..extents.len())
                .filter(|&k| extents[k].parent == parent)
                .map(|k| {
                    let e = &extents[k];
                    let spelled = |span: Span| doc.text[span.start as usize..span.end as usize].to_owned();
                    let name = match &e.proc.class {
                        Some(class) => format!("{}.{}", spelled(class.span), spelled(e.proc.name.span)),
                        None => spelled(e.proc.name.span),
                    };
                    Symbol {
                        name,
                        detail: doc.lines.line_text(&doc.text, e.proc.span.start as usize).trim().to_owned(),
                        kind: SymbolKind::Procedure,
                        span: Span::new(e.start, e.end.max(e.start)),
                        name_span: e.proc.name.span,
                        children: build(doc, extents, Some(k)),
                    }
                })
                .collect()
        }
        let mut out = build(self, &extents, None);
        if let Some(program) = &self.analysis.ast {
            let line = |span: Span| self.lines.line_text(&self.text, span.start as usize).trim().to_owned();
            let spelled = |name: &ast::Name| self.text[name.span.start as usize..name.span.end as usize].to_owned();
            let fields = |members: &[ast::Member]| -> Vec<Symbol> {
                members
                    .iter()
                    .flat_map(|m| {
                        m.names.iter().map(|n| Symbol {
                            name: spelled(n),
                            detail: line(m.span),
                            kind: SymbolKind::Field,
                            span: m.span,
                            name_span: n.span,
                            children: Vec::new(),
                        })
                    })
                    .collect()
            };
            walk::program(program, &mut |v| {
                if let Visit::Stmt(stmt) = v {
                    let (name, kind, children) = match &stmt.kind {
                        StmtKind::Class(d) => (&d.name, SymbolKind::Class, fields(&d.members)),
                        StmtKind::Structure(d) => (&d.name, SymbolKind::Structure, fields(&d.members)),
                        StmtKind::Enum(d) => (&d.name, SymbolKind::Enumeration, Vec::new()),
                        _ => return,
                    };
                    out.push(Symbol {
                        name: spelled(name),
                        detail: line(stmt.span),
                        kind,
                        span: stmt.span,
                        name_span: name.span,
                        children,
                    });
                }
            });
        }
        out.sort_by_key(|s| s.span.start);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    /// The diagnostics are `wl check`'s: the same errors as `compile`, for every sample and
    /// golden case.
    #[test]
    fn errors_are_those_of_wl_check() {
        let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        crate::tools::golden::collect(&repo.join("samples"), "wl", &mut files);
        crate::tools::golden::collect(&repo.join("tests/cases"), "wl", &mut files);
        assert!(files.len() > 20);
        for path in files {
            let src = SourceFile::from_bytes(path.display().to_string(), &std::fs::read(&path).unwrap());
            let expected = crate::compile(&src).err().unwrap_or_default();
            let found = analyse(&src.text).errors;
            let texts = |errors: &[SourceError]| -> Vec<(Span, String)> {
                errors.iter().map(|e| (e.span(), e.texts(crate::diagnostics::Lang::En).message)).collect()
            };
            assert_eq!(texts(&found), texts(&expected), "{}", path.display());
            // `wl check` keeps no IR but finds what `compile` finds.
            assert_eq!(texts(&crate::check(&src)), texts(&expected), "wl check: {}", path.display());
        }
    }

    #[test]
    fn positions_count_utf16_units() {
        let text = "é𝄞x\r\ny";
        let lines = Lines::new(text);
        assert_eq!(lines.offset(text, Position::new(0, 3)), "é𝄞".len());
        assert_eq!(lines.position(text, "é𝄞".len()), Position::new(0, 3));
        // Past the end of a line: its end, before the line break.
        assert_eq!(lines.offset(text, Position::new(0, 99)), "é𝄞x".len());
        assert_eq!(lines.offset(text, Position::new(1, 0)), text.len() - 1);
        assert_eq!(lines.offset(text, Position::new(7, 0)), text.len());
    }
}
