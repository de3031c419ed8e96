//! Stage 2: tokens → syntax tree. The only file that knows lalrpop: it runs the generated parser
//! over the lexer's tokens, hosts the helpers the grammar's actions call, and converts lalrpop's
//! errors into `SourceError`s in exactly one place (`syntax_error`). Every syntax error of a file
//! is reported, thanks to line-level error recovery, and the tree recovered past them is kept
//! (`parse_recovering`) so that its names can be checked too. It holds no keyword spelling: the
//! grammar's terminals are neutral names (`If`, `End`), shown to users through `keywords`.

use std::rc::Rc;

use lalrpop_util::{ErrorRecovery, ParseError, lalrpop_mod};

use crate::ast::visit;
use crate::ast::*;
use crate::diagnostics::{Expected, Found, SourceError};
use crate::keywords::{self, Kw};
use crate::lexer::{self, Tok};
use crate::source::Span;

lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused_parens, unused_imports, unused_mut, dead_code)]
    grammar,
    "/wlanguage.rs"
);

/// What the grammar's actions record while parsing, and the text they read (`[% %]` in strings).
/// lalrpop's recovered errors are converted as soon as they are met: its own carry every
/// expected terminal's name and the dropped tokens, too much to keep for a file of garbage.
pub struct ParseState<'t> {
    /// The recovered syntax errors, converted.
    syntax: Vec<SourceError>,
    /// Where each recovered error was (byte offsets): their lines were dropped.
    dropped_at: Vec<usize>,
    /// How many errors the parser recovered from.
    recovered: usize,
    errors: Vec<SourceError>,
    /// The whole text; token positions are offsets into it.
    text: &'t str,
    /// Where the chunk being parsed starts in `text`.
    base: usize,
}

impl ParseState<'_> {
    fn new(text: &str, base: usize) -> ParseState<'_> {
        ParseState { syntax: Vec::new(), dropped_at: Vec::new(), recovered: 0, errors: Vec::new(), text, base }
    }

    fn record(&mut self, e: ErrorRecovery<usize, Tok, ()>) {
        self.recovered += 1;
        self.dropped_at.extend(error_location(&e.error));
        self.syntax.extend(syntax_error(self.text, self.base, e.error));
    }
}

/// A parse that went on past its errors: the tree the parser recovered (lines with an error
/// dropped), when it reached the end of the file, and every error found, in source order.
pub struct Parsed {
    pub program: Option<Program>,
    pub errors: Vec<SourceError>,
    /// Names that the dropped lines seem to declare (`x est un ...`, parameters of a broken
    /// header, loop counters): the resolver does not call them unknown.
    pub dropped_names: Vec<Rc<str>>,
}

/// Parses a whole script. On failure, every error found (lexical and syntactic), in source order.
pub fn parse(text: &str) -> Result<Program, Vec<SourceError>> {
    parse_chunk(text, 0)
}

/// Parses `text[base..]`, the latest chunk of an interactive session whose earlier chunks are
/// `text[..base]`: spans are offsets into the whole `text`, so reports can point anywhere in it.
pub fn parse_chunk(text: &str, base: usize) -> Result<Program, Vec<SourceError>> {
    let parsed = parse_recovering(text, base);
    match parsed.program {
        Some(program) if parsed.errors.is_empty() => Ok(program),
        _ => Err(parsed.errors),
    }
}

/// Parses `text[base..]` (see `parse_chunk`), keeping the tree recovered past syntax errors so
/// that its names can still be checked.
pub fn parse_recovering(text: &str, base: usize) -> Parsed {
    let mut lex_errors = Vec::new();
    let mut st = ParseState::new(text, base);
    // Tokens are made as the parser reads them: the token list is never in memory.
    let tokens = lexer::Tokens::new(&text[base..], &mut lex_errors)
        .map(|(start, tok, end)| Ok::<_, ()>((start + base, tok, end + base)));
    let result = grammar::ProgramParser::new().parse(&mut st, tokens);
    let mut errors: Vec<SourceError> = lex_errors
        .into_iter()
        .map(|e| SourceError::Lex {
            kind: e.kind,
            span: Span::new(e.span.start as usize + base, e.span.end as usize + base),
        })
        .collect();
    // The lines the parser dropped, and every line the lexer could not read.
    let mut dropped_at = std::mem::take(&mut st.dropped_at);
    dropped_at.extend(errors.iter().map(|e| e.span().start as usize));
    let dropped_names = names_on_lines(text, base, dropped_at);
    errors.append(&mut st.syntax);
    errors.append(&mut st.errors);
    let program = match result {
        Ok(program) => Some(program),
        Err(e) => {
            errors.extend(syntax_error(text, base, e));
            None
        }
    };
    let mut program = program;
    if let Some(tree) = &program
        && let Some(span) = too_deep(tree)
    {
        errors.push(SourceError::TooDeep { limit: MAX_NESTING, span });
        // Too deep to resolve: the later stages recurse over the tree.
        program = None;
    }
    errors.sort_by_key(|e| e.span().start);
    errors.dedup_by_key(|e| e.span().start);
    Parsed { program, errors, dropped_names }
}

/// Where a syntax error is, as a byte offset.
fn error_location(error: &ParseError<usize, Tok, ()>) -> Option<usize> {
    match error {
        ParseError::UnrecognizedToken { token: (start, _, _), .. }
        | ParseError::ExtraToken { token: (start, _, _) } => Some(*start),
        ParseError::UnrecognizedEof { location, .. } | ParseError::InvalidToken { location } => Some(*location),
        ParseError::User { .. } => None,
    }
}

/// The names declared on the logical lines holding the byte offsets `at` (each line once, in
/// order), by a second pass of the lexer over `text[base..]`: a line holds the offsets after
/// the previous line's newline token up to its own. Nothing is lexed again when `at` is empty.
fn names_on_lines(text: &str, base: usize, mut at: Vec<usize>) -> Vec<Rc<str>> {
    let mut names = Vec::new();
    if at.is_empty() {
        return names;
    }
    at.sort_unstable();
    let mut next = 0;
    let mut errors = Vec::new();
    let mut line: Vec<(usize, Tok, usize)> = Vec::new();
    for (start, tok, end) in lexer::Tokens::new(&text[base..], &mut errors) {
        let start = start + base;
        if tok != Tok::Newline {
            line.push((start, tok, end + base));
            continue;
        }
        if at[next] <= start {
            names.extend(names_declared_on_line(&line));
            while next < at.len() && at[next] <= start {
                next += 1;
            }
            if next == at.len() {
                return names;
            }
        }
        line.clear();
    }
    names.extend(names_declared_on_line(&line));
    names
}

/// The names a dropped line declares, by its tokens: the names before `est un` / `sont des`, the
/// parameters of a procedure header, the counter of a loop.
fn names_declared_on_line(tokens: &[(usize, Tok, usize)]) -> Vec<Rc<str>> {
    let line: Vec<&Tok> = tokens.iter().map(|(_, t, _)| t).collect();
    let mut names = Vec::new();
    let ident = |t: &Tok| match t {
        Tok::Ident(name) => Some(name.clone()),
        _ => None,
    };
    match line.first() {
        Some(Tok::Kw(Kw::Procedure | Kw::InternalProcedure)) => {
            // The procedure's name and its parameters: each name followed by `,`, `)`, `est un`, `=`.
            for pair in line.windows(2) {
                if let Some(name) = ident(pair[0])
                    && matches!(pair[1], Tok::Comma | Tok::RParen | Tok::LParen | Tok::Kw(Kw::IsA) | Tok::Eq)
                {
                    names.push(name);
                }
            }
        }
        Some(Tok::Kw(Kw::For | Kw::ForEach | Kw::ForEachString | Kw::ForEachRow | Kw::ForEachSelectedRow)) => {
            names.extend(line.get(1).and_then(|t| ident(t)));
        }
        _ => {
            if let Some(decl) = line.iter().position(|t| matches!(t, Tok::Kw(Kw::IsA | Kw::Are))) {
                names.extend(line[..decl].iter().filter_map(|t| ident(t)));
            }
            if let Some(Tok::Kw(Kw::Let)) = line.first() {
                names.extend(line.get(1).and_then(|t| ident(t)));
            }
        }
    }
    names
}

/// The deepest nesting of blocks and expressions accepted. Resolution and evaluation recurse
/// over the tree, so a limit checked here keeps a pathological script from overflowing the
/// (large) stack they run on; real code stays far below it.
pub const MAX_NESTING: usize = 40_000;

/// Where the tree nests deeper than `MAX_NESTING`, measured without recursion.
fn too_deep(program: &Program) -> Option<Span> {
    let mut found = None;
    visit::walk_program(program, &mut |node, depth| {
        if found.is_some() {
            return false;
        }
        if depth > MAX_NESTING {
            found = Some(node.span());
            return false;
        }
        true
    });
    found
}

/// Parses one expression (used by tools and tests).
pub fn parse_expr(text: &str) -> Result<Expr, Vec<SourceError>> {
    let lexed = lexer::lex(text);
    let mut st = ParseState::new(text, 0);
    // The lexer ends every input with a newline; an expression does not take one.
    let tokens = lexed.tokens.into_iter().filter(|(_, t, _)| *t != Tok::Newline).map(Ok::<_, ()>);
    grammar::ExprParser::new().parse(&mut st, tokens).map_err(|e| syntax_error(text, 0, e).into_iter().collect())
}

/// The one conversion from lalrpop's errors. Errors at a token the lexer already reported give
/// nothing more.
fn syntax_error(text: &str, base: usize, error: ParseError<usize, Tok, ()>) -> Option<SourceError> {
    match error {
        ParseError::UnrecognizedToken { token: (_, Tok::Error, _), .. } => None,
        ParseError::UnrecognizedToken { token: (start, tok, end), expected } => Some(SourceError::Unexpected {
            found: describe(text, &tok, start, end),
            expected: expected_list(&expected),
            span: Span::new(start, end),
        }),
        ParseError::UnrecognizedEof { location, expected } => {
            // Point at the end of the last line rather than past it, where no caret can be drawn.
            let end = text[..location.min(text.len())].trim_end().len();
            let opened = if expected.iter().any(|t| t == "\"End\"") { unclosed_block(text, base) } else { None };
            Some(SourceError::UnexpectedEof { expected: expected_list(&expected), span: Span::new(end, end), opened })
        }
        ParseError::ExtraToken { token: (start, tok, end) } => Some(SourceError::Unexpected {
            found: describe(text, &tok, start, end),
            expected: vec![Expected::EndOfFile],
            span: Span::new(start, end),
        }),
        ParseError::InvalidToken { location } => Some(SourceError::Unexpected {
            found: Found::Symbol(text.get(location..).and_then(|t| t.chars().next()).unwrap_or(' ').to_string()),
            expected: Vec::new(),
            span: Span::new(location, location),
        }),
        ParseError::User { error: () } => None,
    }
}

/// The innermost block opener left without its FIN/END at the end of the file: a line-level
/// scan of the tokens (one-line `SI c ALORS x` opens nothing; a global PROCÉDURE closes all).
fn unclosed_block(text: &str, base: usize) -> Option<Span> {
    let mut errors = Vec::new();
    let mut tokens = lexer::Tokens::new(&text[base..], &mut errors).peekable();
    let mut open: Vec<Span> = Vec::new();
    let mut line: Vec<(usize, Tok, usize)> = Vec::new();
    while tokens.peek().is_some() {
        // One line at a time: the whole token list of a big file is never held.
        line.clear();
        line.extend(tokens.by_ref().take_while(|(_, t, _)| *t != Tok::Newline));
        let Some((start, first, end)) = line.first() else { continue };
        let span = Span::new(*start + base, *end + base);
        let type_block = line
            .iter()
            .any(|(_, t, _)| matches!(t, Tok::Kw(Kw::Structure | Kw::Class | Kw::Enumeration | Kw::Combination)));
        match first {
            Tok::Kw(Kw::If) => {
                let one_line =
                    line.iter().position(|(_, t, _)| *t == Tok::Kw(Kw::Then)).is_some_and(|i| i + 1 < line.len());
                if !one_line {
                    open.push(span);
                }
            }
            Tok::Kw(
                Kw::Switch
                | Kw::For
                | Kw::ForEach
                | Kw::ForEachString
                | Kw::ForEachRow
                | Kw::ForEachSelectedRow
                | Kw::While
                | Kw::Loop
                | Kw::WhenException
                | Kw::Using
                | Kw::InternalProcedure,
            )
            | Tok::Directive(lexer::Directive::If(_)) => open.push(span),
            Tok::Kw(Kw::Constant) if line.len() == 1 => open.push(span),
            _ if type_block => open.push(span),
            Tok::Kw(Kw::End | Kw::DoWhile) | Tok::Directive(lexer::Directive::End) => {
                open.pop();
            }
            Tok::Kw(Kw::Procedure) => open.clear(),
            _ => {}
        }
    }
    open.pop()
}

fn describe(text: &str, tok: &Tok, start: usize, end: usize) -> Found {
    let written = text.get(start..end).unwrap_or("").to_owned();
    match tok {
        Tok::Newline if start == end => Found::EndOfFile,
        Tok::Newline => Found::EndOfLine,
        Tok::Ident(_) => Found::Name(written),
        Tok::Int(_) | Tok::Real(_) | Tok::Decimal { .. } | Tok::Duration(_) => Found::Number(written),
        Tok::Str(_) | Tok::Resource(_) => Found::Str,
        Tok::Kw(_) | Tok::Directive(_) => Found::Keyword(written),
        _ => Found::Symbol(written),
    }
}

/// Turns lalrpop's terminal names into what a user knows: what would close the construct
/// first (`)`, `]`, FIN/END), then "a statement", "an expression" or "an operator" instead of
/// long lists, then the few remaining keywords in both languages (`ALORS/THEN`).
fn expected_list(expected: &[String]) -> Vec<Expected> {
    const OPERATORS: &[&str] = &[
        "+",
        "-",
        "*",
        "/",
        "%",
        "^",
        "=",
        "<>",
        "<",
        "<=",
        ">",
        ">=",
        "~=",
        "~~",
        "[=",
        "[~",
        "[~~",
        "=]",
        "~]",
        "~~]",
        "[=]",
        "[~]",
        "[~~]",
        "&",
        "|",
        "||",
        "And",
        "Or",
        "AndThen",
        "OrElse",
        "ShiftLeft",
        "ShiftRight",
        "In",
        "Not",
        "To",
        "(",
        "[",
        "[[",
        ".",
        "..",
        ":",
        "::",
        ">>",
        "++",
        "--",
        "+=",
        "-=",
        "*=",
        "/=",
        "=>",
    ];
    const EXPR_START: &[&str] = &[
        "ident",
        "int",
        "real",
        "decimal",
        "duration",
        "str",
        "resource",
        "True",
        "False",
        "Null",
        "Not",
        "-",
        "+",
        "~",
        "&",
        "++",
        "--",
        "(",
        "[",
        "{",
        ":",
        "::",
        "MySelf",
        "MyWindow",
        "MyParameters",
        "Switch",
        "New",
        "Wl",
    ];
    const STMT_START: &[&str] = &[
        "If",
        "Switch",
        "For",
        "ForEach",
        "ForEachString",
        "ForEachRow",
        "ForEachSelectedRow",
        "While",
        "Loop",
        "Break",
        "Continue",
        "Result",
        "Return",
        "Let",
        "WhenException",
        "InternalProcedure",
        "Using",
        "Delete",
        "Global",
        "Local",
        "Constant",
        "DirIf",
        "MySelf",
        "MyWindow",
        "Wl",
        "{",
        ":",
        "::",
        "(",
        "++",
        "--",
    ];
    const CLOSERS: &[&str] = &[")", "]", "}", "End", "\\n"];
    let terms: Vec<&str> = expected.iter().map(|t| t.trim_matches('"')).collect();
    let has = |t: &str| terms.contains(&t);
    let mut parts: Vec<Expected> = CLOSERS.iter().filter(|c| has(c)).map(|c| terminal(c)).collect();
    let statement = has("If") && has("For");
    let expression = has("int") && has("str");
    if statement {
        parts.push(Expected::Statement);
    } else if expression {
        parts.push(Expected::Expression);
    }
    // After a name at the start of a statement: what would make it one.
    let assignment = has("+=");
    if assignment {
        parts.push(Expected::Assignment);
    }
    let operator = !assignment && terms.iter().filter(|t| OPERATORS.contains(t) && !EXPR_START.contains(t)).count() > 3;
    if operator {
        parts.push(Expected::Operator);
    }
    let mut rest: Vec<Expected> = terms
        .iter()
        .filter(|t| !CLOSERS.contains(t))
        .filter(|t| !(statement && (STMT_START.contains(t) || **t == "ident")))
        .filter(|t| !(expression && EXPR_START.contains(t)))
        .filter(|t| !((operator || assignment) && OPERATORS.contains(t)))
        .filter(|t| {
            !(statement
                && matches!(
                    **t,
                    "Else"
                        | "ElseIf"
                        | "OtherCase"
                        | "Case"
                        | "Do"
                        | "Procedure"
                        | "error"
                        | "CaseError"
                        | "CaseException"
                        | "EndLabel"
                        | "DoWhile"
                        | "DirElse"
                        | "DirElseIf"
                        | "DirEnd"
                ))
        })
        .map(|t| terminal(t))
        .collect();
    rest.dedup();
    if rest.len() > 4 {
        rest.truncate(4);
        rest.push(Expected::More);
    }
    parts.extend(rest);
    parts
}

fn terminal(terminal: &str) -> Expected {
    match terminal {
        "ident" => Expected::Name,
        "int" | "real" | "decimal" | "duration" => Expected::Number,
        "str" | "resource" => Expected::Str,
        "\\n" => Expected::EndOfLine,
        "case:" => Expected::Term("`:`".into()),
        "DirIf" | "DirElseIf" | "DirElse" | "DirEnd" => Expected::Term("`<...>`".into()),
        other => match Kw::from_terminal(other) {
            Some(kw) => Expected::Term(kw.shown()),
            None => Expected::Term(format!("`{other}`")),
        },
    }
}

// ------------------------------------------------------------------ grammar action helpers

pub(crate) fn push<T>(mut v: Vec<T>, e: T) -> Vec<T> {
    v.push(e);
    v
}

pub(crate) fn push_opt<T>(mut v: Vec<T>, e: Option<T>) -> Vec<T> {
    v.extend(e);
    v
}

/// Appends a boxed item (a statement, a member) where the tree keeps it by value.
pub(crate) fn push_unboxed<T>(mut v: Vec<T>, e: Option<Box<T>>) -> Vec<T> {
    if let Some(e) = e {
        v.push(*e);
    }
    v
}

pub(crate) fn unbox_all<T>(v: Vec<Box<T>>) -> Vec<T> {
    v.into_iter().map(|e| *e).collect()
}

/// The grammar's statement rules box a statement as soon as they make it (see `Stmt` in the
/// grammar); `spanned` then gives it its span.
impl From<StmtKind> for Box<Stmt> {
    fn from(kind: StmtKind) -> Box<Stmt> {
        Box::new(Stmt { kind, span: Span::new(0, 0) })
    }
}

pub(crate) fn spanned(mut stmt: Box<Stmt>, span: Span) -> Box<Stmt> {
    stmt.span = span;
    stmt
}

pub(crate) fn append<T>(mut v: Vec<T>, mut w: Vec<T>) -> Vec<T> {
    v.append(&mut w);
    v
}

pub(crate) fn prepend(first: Option<Box<Stmt>>, mut body: Block) -> Block {
    if let Some(first) = first {
        body.insert(0, *first);
    }
    body
}

pub(crate) fn prepend_value<T>(e: Expr, (mut values, other): (Vec<Expr>, T)) -> (Vec<Expr>, T) {
    values.insert(0, e);
    (values, other)
}

pub(crate) fn recover<T>(st: &mut ParseState, e: ErrorRecovery<usize, Tok, ()>) -> Option<T> {
    st.record(e);
    None
}

pub(crate) fn recover_all<T>(st: &mut ParseState, e: ErrorRecovery<usize, Tok, ()>) -> Vec<T> {
    st.record(e);
    Vec::new()
}

/// A procedure's header line, as the grammar reads it.
pub struct Header {
    class: Option<Name>,
    name: Name,
    modifiers: Vec<(Modifier, Span)>,
    params: Vec<Param>,
    variadic: bool,
    returns: Vec<TypeRef>,
    attributes: Vec<Attribute>,
}

pub(crate) fn header(
    modifiers: Vec<(Modifier, Span)>,
    (class, name): (Option<Name>, Name),
    params: Option<Vec<Option<Box<Param>>>>,
    returns: Option<Vec<TypeRef>>,
    attributes: Vec<Attribute>,
) -> Box<Header> {
    let params = params.unwrap_or_default();
    let variadic = params.iter().any(Option::is_none);
    Box::new(Header {
        class,
        name,
        modifiers,
        params: params.into_iter().flatten().map(|p| *p).collect(),
        variadic,
        returns: returns.unwrap_or_default(),
        attributes,
    })
}

pub(crate) fn procedure((header, span): (Box<Header>, Span), body: Body, internal: bool) -> Box<Procedure> {
    let Header { class, name, modifiers, params, variadic, returns, attributes } = *header;
    Box::new(Procedure { name, class, modifiers, params, variadic, returns, attributes, body, internal, span })
}

pub(crate) fn internal_procedure(header: (Box<Header>, Span), body: Body) -> StmtKind {
    StmtKind::InternalProcedure(Rc::new(*procedure(header, body, true)))
}

pub(crate) fn section(kind: SectionKind, first: Option<Box<Stmt>>, body: Block, span: Span) -> Section {
    Section { kind, body: prepend(first, body), span }
}

pub(crate) fn declare(
    names: Vec<Name>,
    mut ty: Box<TypeRef>,
    attributes: Vec<Attribute>,
    of: Option<Box<TypeRef>>,
    init: Option<(Expr, bool)>,
) -> StmtKind {
    let (init, by_ref) = match init {
        Some((e, by_ref)) => (Some(e), by_ref),
        None => (None, false),
    };
    // `tableau <agrandissement=1> de T`: the element type read after the options.
    if let Some(mut of) = of {
        if ty.dims.is_empty() {
            ty.dims = std::mem::take(&mut of.dims);
        }
        ty.span = ty.span.to(of.span);
        ty.of = Some(of);
    }
    StmtKind::Declare { names, ty, init, by_ref, attributes }
}

/// One item of a type as the grammar reads it, before `type_ref` sorts them out.
pub enum TypeItem {
    Word(Name),
    Int(i64, Span),
    /// `sur`/`on`.
    On(Span),
    /// `par`/`by`.
    By(Span),
    /// `1-byte` in `1-byte int`: a size in bytes, and the unit word.
    Bytes(i64, Name, Span),
}

pub(crate) fn prepend_item(first: TypeItem, mut rest: Vec<TypeItem>) -> Vec<TypeItem> {
    rest.insert(0, first);
    rest
}

/// Sorts out the words of a type: `sur N` is the size, the last word that is no qualifier is the
/// type's name, what comes before it (numbers, names, `par`) the dimensions of an array, the
/// other words its qualifiers.
pub(crate) fn type_ref(
    st: &mut ParseState,
    items: Vec<TypeItem>,
    args: Option<Vec<Expr>>,
    of: Option<Box<TypeRef>>,
    span: Span,
) -> TypeRef {
    let as_expr = |item: &TypeItem| match item {
        TypeItem::Word(n) => Some(Expr { kind: ExprKind::Name(n.clone()), span: n.span }),
        TypeItem::Int(v, span) => Some(Expr { kind: ExprKind::Int(*v), span: *span }),
        TypeItem::On(_) | TypeItem::By(_) | TypeItem::Bytes(..) => None,
    };
    // `sur N`: the size, and the item after `sur` is no word of the type.
    let mut size = None;
    let mut skip = vec![false; items.len()];
    let mut unknown_words = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if let TypeItem::On(_) = item {
            skip[i] = true;
            if let Some(e) = items.get(i + 1).and_then(as_expr) {
                size = Some(Box::new(e));
                skip[i + 1] = true;
            }
        }
        // `2-byte`: the size, in bytes.
        if let TypeItem::Bytes(n, unit, span) = item {
            skip[i] = true;
            size = Some(Box::new(Expr { kind: ExprKind::Int(*n), span: *span }));
            if keywords::qualifier(&[&unit.folded]).map(|(q, _)| q) != Some(keywords::Qualifier::Bytes) {
                unknown_words.push(unit.clone());
            }
        }
    }
    let folded = |i: usize| match &items[i] {
        TypeItem::Word(n) => Some(n.folded.clone()),
        _ => None,
    };
    let base = (0..items.len())
        .rev()
        .find(|&i| !skip[i] && folded(i).is_some_and(|w| !keywords::is_qualifier_word(&w)))
        .or_else(|| (0..items.len()).find(|&i| !skip[i] && folded(i).is_some()));
    let Some(base) = base else {
        // Only numbers: `tableau de 5` has no element type.
        st.errors.push(SourceError::MissingType { span });
        let name = Name { folded: "".into(), span };
        return TypeRef { name, qualifiers: vec![], unknown_words: vec![], size, dims: vec![], args, of, span };
    };
    // Dimensions: the numbers and names before the first qualifier or the name.
    let mut dims = Vec::new();
    let mut i = 0;
    while i < base && !skip[i] {
        match &items[i] {
            TypeItem::Int(..) => dims.push(as_expr(&items[i]).expect("a number is an expression")),
            TypeItem::Word(n) if !keywords::is_qualifier_word(&n.folded) => {
                dims.push(as_expr(&items[i]).expect("a name is an expression"))
            }
            TypeItem::By(_) => {}
            _ => break,
        }
        skip[i] = true;
        i += 1;
    }
    let name = match &items[base] {
        TypeItem::Word(n) => n.clone(),
        _ => unreachable!("the base is a word"),
    };
    skip[base] = true;
    // The rest: qualifiers (one or two words), or unknown words.
    let mut qualifiers = Vec::new();
    let rest: Vec<&Name> = items
        .iter()
        .enumerate()
        .filter(|(i, _)| !skip[*i])
        .filter_map(|(_, item)| match item {
            TypeItem::Word(n) => Some(n),
            _ => None,
        })
        .collect();
    let mut k = 0;
    while k < rest.len() {
        let words: Vec<&str> = rest[k..].iter().map(|n| &*n.folded).collect();
        match keywords::qualifier(&words) {
            Some((q, n)) => {
                qualifiers.push((q, rest[k].span.to(rest[k + n - 1].span)));
                k += n;
            }
            None => {
                unknown_words.push(rest[k].clone());
                k += 1;
            }
        }
    }
    // `tableau de 5 entiers`: the numbers read with the element type are the array's.
    let mut of = of;
    if let Some(inner) = &mut of
        && dims.is_empty()
    {
        dims = std::mem::take(&mut inner.dims);
    }
    TypeRef { name, qualifiers, unknown_words, size, dims, args, of, span }
}

pub(crate) fn call_stmt(st: &mut ParseState, expr: Expr) -> StmtKind {
    if !matches!(
        expr.kind,
        ExprKind::Call { .. } | ExprKind::Name(_) | ExprKind::Member { .. } | ExprKind::Indirection(_)
    ) {
        st.errors.push(SourceError::NotAStatement { span: expr.span });
    }
    StmtKind::Call(expr)
}

pub(crate) fn if_stmt(cond: Expr, then: Block, elifs: Vec<(Expr, Block)>, otherwise: Option<Block>) -> StmtKind {
    let mut branches = Vec::with_capacity(1 + elifs.len());
    branches.push((cond, then));
    branches.extend(elifs);
    StmtKind::If { branches, otherwise }
}

pub(crate) fn compile_if(
    condition: Rc<str>,
    then: Block,
    elifs: Vec<(Rc<str>, Block)>,
    otherwise: Option<Block>,
) -> StmtKind {
    let mut branches = Vec::with_capacity(1 + elifs.len());
    branches.push((condition, then));
    branches.extend(elifs);
    StmtKind::CompileIf { branches, otherwise }
}

#[allow(clippy::boxed_local, reason = "statements are boxed on the parser's stack")]
pub(crate) fn one_line_if(cond: Expr, then: Box<Stmt>, otherwise: Option<Box<Stmt>>) -> StmtKind {
    StmtKind::If { branches: vec![(cond, vec![*then])], otherwise: otherwise.map(|s| vec![*s]) }
}

#[allow(clippy::vec_box, reason = "case items are boxed on the parser's stack")]
pub(crate) fn case(first: Option<Option<Box<Stmt>>>, items: Vec<Box<CaseItem>>, body: Block, span: Span) -> Case {
    Case { items: unbox_all(items), body: prepend(first.flatten(), body), span }
}

pub(crate) fn case_recovered(st: &mut ParseState, e: ErrorRecovery<usize, Tok, ()>, body: Block, span: Span) -> Case {
    st.record(e);
    Case { items: Vec::new(), body, span }
}

/// The bounds of an interval from its two operators: `<`/`<=` then `<`/`<=` (ascending), or
/// `>`/`>=` twice (descending, stored ascending). `None` for any other pair.
fn interval_bounds(op1: BinOp, op2: BinOp, first: Expr, last: Expr) -> Option<Interval<Expr>> {
    let less = |op| match op {
        BinOp::Lt => Some(true),
        BinOp::Le => Some(false),
        _ => None,
    };
    let greater = |op| match op {
        BinOp::Gt => Some(true),
        BinOp::Ge => Some(false),
        _ => None,
    };
    if let (Some(s1), Some(s2)) = (less(op1), less(op2)) {
        return Some(Interval { low: first, low_strict: s1, high: last, high_strict: s2 });
    }
    if let (Some(s1), Some(s2)) = (greater(op1), greater(op2)) {
        return Some(Interval { low: last, low_strict: s2, high: first, high_strict: s1 });
    }
    None
}

/// `CAS 10 < * < 20`.
pub(crate) fn case_interval(
    st: &mut ParseState,
    low: Expr,
    (op1, span1): (BinOp, Span),
    (op2, span2): (BinOp, Span),
    high: Expr,
    span: Span,
) -> Box<CaseItem> {
    match interval_bounds(op1, op2, low.clone(), high) {
        Some(bounds) => Box::new(CaseItem::Interval(bounds)),
        None => {
            st.errors.push(SourceError::BadInterval { span: span1.to(span2) });
            let _ = span;
            Box::new(CaseItem::Value(low))
        }
    }
}

/// What may follow `a op b` in a comparison: a second operator (`a < x < b`) or `À` (`x = a À b`).
pub enum CompareTail {
    Compare(BinOp, Span, Expr),
    To(Expr),
}

/// `a op b`, `a < x < b` (one interval node), `x = a À b` (one range node).
pub(crate) fn compare(st: &mut ParseState, a: Expr, op: BinOp, b: Expr, tail: Option<CompareTail>, span: Span) -> Expr {
    match tail {
        None => binary(op, a, b, span),
        Some(CompareTail::To(high)) if op == BinOp::Eq => {
            Expr { kind: ExprKind::Between { value: Box::new(a), low: Box::new(b), high: Box::new(high) }, span }
        }
        Some(CompareTail::To(high)) => {
            st.errors.push(SourceError::BadInterval { span: high.span });
            binary(op, a, b, span)
        }
        Some(CompareTail::Compare(op2, op2_span, last)) => {
            let value = b.clone();
            match interval_bounds(op, op2, a.clone(), last) {
                Some(bounds) => {
                    Expr { kind: ExprKind::Interval { value: Box::new(value), bounds: Box::new(bounds) }, span }
                }
                None => {
                    st.errors.push(SourceError::BadInterval { span: op2_span });
                    binary(op, a, b, span)
                }
            }
        }
    }
}

/// `x DANS (a, b)`: the list is the parenthesised expression or tuple after `DANS`.
pub(crate) fn in_list(value: Expr, list: Expr, negated: bool, span: Span) -> Expr {
    let list = match list.kind {
        ExprKind::Tuple(items) => items,
        _ => vec![list],
    };
    Expr { kind: ExprKind::In { value: Box::new(value), list, negated }, span }
}

pub(crate) fn tuple(first: Expr, mut rest: Vec<Expr>, span: Span) -> Expr {
    rest.insert(0, first);
    Expr { kind: ExprKind::Tuple(rest), span }
}

pub(crate) fn switch_expr(subject: Expr, (values, otherwise): (Vec<Expr>, Option<Expr>), span: Span) -> Expr {
    Expr { kind: ExprKind::SwitchExpr { subject: Box::new(subject), values, otherwise: otherwise.map(Box::new) }, span }
}

/// `:membre`: a member of the current object (`MoiMême`, at the colon).
pub(crate) fn own_member(name: Name, sep: MemberSep, span: Span) -> Expr {
    let myself = Expr { kind: ExprKind::MySelf, span: Span { start: span.start, end: span.start } };
    Expr { kind: ExprKind::Member { base: Box::new(myself), name, sep }, span }
}

/// `Constructeur CBase(args)`: a call of the ancestor's constructor, read as
/// `CBase::Constructeur(args)`; any other pair of names is a syntax error.
pub(crate) fn base_constructor(st: &mut ParseState, word: Name, class: Name, args: Vec<Expr>, span: Span) -> StmtKind {
    if !matches!(&*word.folded, "constructeur" | "constructor") {
        st.errors.push(SourceError::Unexpected {
            found: Found::Name(
                st.text.get(class.span.start as usize..class.span.end as usize).unwrap_or("?").to_owned(),
            ),
            expected: vec![Expected::EndOfLine, Expected::Assignment],
            span: class.span,
        });
    }
    let base = Expr { kind: ExprKind::Name(class.clone()), span: class.span };
    let callee = Expr { kind: ExprKind::Member { base: Box::new(base), name: word, sep: MemberSep::Scope }, span };
    StmtKind::Call(Expr { kind: ExprKind::Call { callee: Box::new(callee), args }, span })
}

/// `(a, b) => e`: the head must be names.
pub(crate) fn lambda(st: &mut ParseState, head: Option<Expr>, body: Expr, span: Span) -> Expr {
    let items = match head.map(|h| (h.span, h.kind)) {
        None => vec![],
        Some((_, ExprKind::Tuple(items))) => items,
        Some((span, kind)) => vec![Expr { kind, span }],
    };
    let mut params = Vec::with_capacity(items.len());
    for item in items {
        match item.kind {
            ExprKind::Name(name) => params.push(name),
            _ => st.errors.push(SourceError::LambdaParameter { span: item.span }),
        }
    }
    Expr { kind: ExprKind::Lambda { params, body: Box::new(body) }, span }
}

/// A structure, class or enumeration declares one name.
fn one_name(st: &mut ParseState, mut names: Vec<Name>) -> Name {
    if names.len() > 1 {
        st.errors.push(SourceError::OneTypeName { span: names[1].span });
    }
    names.swap_remove(0)
}

/// A member declaration: names, type, attributes, default (visibility set by `class`).
pub(crate) fn member(
    names: Vec<Name>,
    ty: Box<TypeRef>,
    attributes: Vec<Attribute>,
    default: Option<Expr>,
    span: Span,
) -> Box<Member> {
    Box::new(Member { names, ty, default, attributes, visibility: Modifier::Public, global: false, span })
}

pub(crate) fn structure(st: &mut ParseState, names: Vec<Name>, members: Vec<Member>, span: Span) -> StmtKind {
    let name = one_name(st, names);
    StmtKind::Structure(Rc::new(StructDecl { name, members, span }))
}

/// A line of a class, with its modifiers applied.
pub enum ClassLine {
    /// Modifiers alone on a line: they apply to the members that follow.
    Section(Vec<(Modifier, Span)>),
    /// A member, and the modifiers written on its line.
    Member(Box<Member>, Vec<(Modifier, Span)>),
    Constants(Vec<Constant>),
    Parent(Box<TypeRef>),
}

pub(crate) fn class_line(modifiers: Vec<(Modifier, Span)>, rest: ClassLine) -> ClassLine {
    match rest {
        ClassLine::Section(_) => ClassLine::Section(modifiers),
        ClassLine::Member(m, _) => ClassLine::Member(m, modifiers),
        other => other,
    }
}

pub(crate) fn class(
    st: &mut ParseState,
    names: Vec<Name>,
    parent: Option<Box<TypeRef>>,
    lines: Vec<ClassLine>,
    span: Span,
) -> StmtKind {
    let name = one_name(st, names);
    let mut parents: Vec<TypeRef> = parent.into_iter().map(|p| *p).collect();
    let mut members = Vec::new();
    let mut constants = Vec::new();
    // The section in force: `PUBLIC` by default.
    let (mut visibility, mut global) = (Modifier::Public, false);
    for line in lines {
        match line {
            ClassLine::Section(modifiers) => {
                global = false;
                visibility = Modifier::Public;
                for (modifier, _) in modifiers {
                    match modifier {
                        Modifier::Global => global = true,
                        other => visibility = other,
                    }
                }
            }
            ClassLine::Member(mut m, own) => {
                // The line's own modifiers, else the section's.
                m.visibility = own.iter().map(|(m, _)| *m).rfind(|m| *m != Modifier::Global).unwrap_or(visibility);
                m.global = global || own.iter().any(|(m, _)| *m == Modifier::Global);
                members.push(*m);
            }
            ClassLine::Constants(mut c) => constants.append(&mut c),
            ClassLine::Parent(t) => parents.push(*t),
        }
    }
    StmtKind::Class(Rc::new(ClassDecl { name, parents, members, constants, span }))
}

pub(crate) fn enumeration(
    st: &mut ParseState,
    names: Vec<Name>,
    kind: EnumKind,
    values: Vec<(Name, Option<Expr>)>,
    span: Span,
) -> StmtKind {
    let name = one_name(st, names);
    StmtKind::Enum(Rc::new(EnumDecl { name, kind, values, span }))
}

/// A string literal; a `"..."` string holding `[% expr %]` is a dynamic string (page 1512011):
/// its parts are the text around and the expressions, parsed where they stand. A part that does
/// not parse as an expression stays text.
pub(crate) fn string(st: &mut ParseState, value: Rc<str>, span: Span) -> Expr {
    let raw = &st.text[span.start as usize..span.end as usize];
    if !raw.starts_with('"') || !raw.contains("[%") {
        return Expr { kind: ExprKind::Str(value), span };
    }
    let inner_start = span.start as usize + 1;
    let inner = &raw[1..raw.len() - 1];
    let mut parts: Vec<StrPart> = Vec::new();
    let mut text = String::new();
    let mut at = 0;
    while let Some(open) = inner[at..].find("[%").map(|i| at + i) {
        let Some(close) = inner[open + 2..].find("%]").map(|i| open + 2 + i) else { break };
        text.push_str(&inner[at..open].replace("\"\"", "\""));
        match expr_at(st.text, inner_start + open + 2, inner_start + close) {
            Some(e) => {
                if !text.is_empty() {
                    parts.push(StrPart::Text(std::mem::take(&mut text).into()));
                }
                parts.push(StrPart::Expr(e));
            }
            None => text.push_str(&inner[open..close + 2].replace("\"\"", "\"")),
        }
        at = close + 2;
    }
    text.push_str(&inner[at..].replace("\"\"", "\""));
    if !parts.iter().any(|p| matches!(p, StrPart::Expr(_))) {
        return Expr { kind: ExprKind::Str(value), span };
    }
    if !text.is_empty() {
        parts.push(StrPart::Text(text.into()));
    }
    Expr { kind: ExprKind::DynamicString { literal: value, parts }, span }
}

/// The expression written at `text[start..end]`, with spans into `text`, if it is one.
fn expr_at(text: &str, start: usize, end: usize) -> Option<Expr> {
    let source = &text[start..end];
    if source.trim().is_empty() || source.contains('"') {
        return None;
    }
    let lexed = lexer::lex(source);
    if !lexed.errors.is_empty() {
        return None;
    }
    let mut st = ParseState::new(text, 0);
    let tokens = lexed
        .tokens
        .into_iter()
        .filter(|(_, t, _)| *t != Tok::Newline)
        .map(|(s, t, e)| Ok::<_, ()>((s + start, t, e + start)));
    let expr = grammar::ExprParser::new().parse(&mut st, tokens).ok()?;
    (st.errors.is_empty() && st.recovered == 0).then_some(expr)
}

/// `allouer un T(args)`: the type named, with its constructor's arguments.
pub(crate) fn new_object(name: Name, args: Option<Vec<Expr>>, span: Span) -> Expr {
    let ty = TypeRef {
        span: name.span,
        name,
        qualifiers: vec![],
        unknown_words: vec![],
        size: None,
        dims: vec![],
        args,
        of: None,
    };
    Expr { kind: ExprKind::New(Box::new(ty)), span }
}

/// `allouer un tableau de 4 par 7 entiers`: an array type, its dimensions read with the element
/// type.
pub(crate) fn new_array(st: &mut ParseState, name: Name, dims: Vec<TypeItem>, elem: Name, span: Span) -> Expr {
    let mut items = dims;
    let of_span = elem.span;
    items.push(TypeItem::Word(elem));
    let of = type_ref(st, items, None, None, of_span);
    let ty = type_ref(st, vec![TypeItem::Word(name)], None, Some(Box::new(of)), span);
    Expr { kind: ExprKind::New(Box::new(ty)), span }
}

pub(crate) fn substring(base: Expr, from: Option<Expr>, to: SubstringEnd, span: Span) -> Expr {
    Expr { kind: ExprKind::Substring { base: Box::new(base), from: from.map(Box::new), to }, span }
}

pub(crate) fn increment(target: Expr, delta: i64, prefix: bool, span: Span) -> Expr {
    Expr { kind: ExprKind::Increment { target: Box::new(target), delta, prefix }, span }
}

pub(crate) fn binary(op: BinOp, a: Expr, b: Expr, span: Span) -> Expr {
    Expr { kind: ExprKind::Binary(op, Box::new(a), Box::new(b)), span }
}

/// `-5` is folded into a literal so `CAS -1` and constant tables stay literals.
pub(crate) fn unary(op: UnOp, e: Expr, span: Span) -> Expr {
    let kind = match (op, e.kind) {
        (UnOp::Neg, ExprKind::Int(n)) if n != i64::MIN => ExprKind::Int(-n),
        (UnOp::Neg, ExprKind::Real(x)) => ExprKind::Real(-x),
        (op, kind) => ExprKind::Unary(op, Box::new(Expr { kind, span: e.span })),
    };
    Expr { kind, span }
}

pub(crate) fn plus(e: Expr, span: Span) -> Expr {
    Expr { kind: e.kind, span }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keywords::Qualifier;

    fn program(text: &str) -> Program {
        parse(text).unwrap_or_else(|e| panic!("{text}: {e:?}"))
    }

    fn first_stmt(text: &str) -> StmtKind {
        program(text).main.block.into_iter().next().expect("a statement").kind
    }

    fn declared_type(text: &str) -> TypeRef {
        match first_stmt(text) {
            StmtKind::Declare { ty, .. } => *ty,
            other => panic!("not a declaration: {other:?}"),
        }
    }

    fn int(e: &Expr) -> i64 {
        match e.kind {
            ExprKind::Int(n) => n,
            ref other => panic!("not an integer: {other:?}"),
        }
    }

    #[test]
    fn types_keep_their_words_sorted_out() {
        let t = declared_type("x est un entier sans signe sur 4 octets");
        assert_eq!(&*t.name.folded, "entier");
        assert_eq!(t.qualifiers.iter().map(|q| q.0).collect::<Vec<_>>(), [Qualifier::Unsigned, Qualifier::Bytes]);
        assert_eq!(int(t.size.as_deref().unwrap()), 4);
        let t = declared_type("t est un tableau associatif (1) de chaînes");
        assert!(t.has(Qualifier::Associative));
        assert_eq!(t.args.as_ref().map(Vec::len), Some(1));
        assert_eq!(&*t.of.as_ref().unwrap().name.folded, "chaines");
        let t = declared_type("t est un tableau de 3 par 4 entiers");
        assert_eq!(t.dims.iter().map(int).collect::<Vec<_>>(), [3, 4]);
        assert_eq!(&*t.of.as_ref().unwrap().name.folded, "entiers");
        let t = declared_type("t est un tableau de nMax booléens");
        assert!(matches!(&t.dims[0].kind, ExprKind::Name(n) if &*n.folded == "nmax"));
        let t = declared_type("o est un MaClasse dynamique");
        assert_eq!((&*t.name.folded, t.qualifiers[0].0), ("maclasse", Qualifier::Dynamic));
        let t = declared_type("s is UNICODE string on 10");
        assert_eq!(
            (&*t.name.folded, t.qualifiers[0].0, int(t.size.as_deref().unwrap())),
            ("string", Qualifier::Unicode, 10)
        );
        let t = declared_type("o est un C(1, 2)");
        assert_eq!(t.args.as_ref().map(Vec::len), Some(2));
    }

    #[test]
    fn classes_keep_sections_and_modifiers() {
        let StmtKind::Class(c) = first_stmt(
            "C est une Classe\n hérite de B\n n est un entier\n PRIVÉ\n p est un réel = 1\n GLOBAL g est un entier\n \
             PUBLIC CONSTANTE K = 2\nFIN",
        ) else {
            panic!("not a class")
        };
        assert_eq!(&*c.parents[0].name.folded, "b");
        let members: Vec<(&str, Modifier, bool)> =
            c.members.iter().map(|m| (&*m.names[0].folded, m.visibility, m.global)).collect();
        assert_eq!(
            members,
            [("n", Modifier::Public, false), ("p", Modifier::Private, false), ("g", Modifier::Private, true)]
        );
        assert!(c.members[1].default.is_some());
        assert_eq!(&*c.constants[0].name.folded, "k");
    }

    #[test]
    fn procedure_headers_keep_everything() {
        let p = program("PROCÉDURE PRIVÉE VIRTUELLE C.M(a est un entier = 1, *) : (entier, chaîne) <redéfinition>\n");
        let p = &p.procedures[0];
        assert_eq!(p.class.as_ref().map(|c| &*c.folded), Some("c"));
        assert_eq!(&*p.name.folded, "m");
        assert_eq!(p.modifiers.iter().map(|m| m.0).collect::<Vec<_>>(), [Modifier::Private, Modifier::Virtual]);
        assert!(p.variadic && p.params.len() == 1 && p.params[0].default.is_some());
        assert_eq!(p.returns.len(), 2);
        assert_eq!(&*p.attributes[0].words[0].folded, "redefinition");
        let sections = program("P()\nPROCEDURE P()\nRETURN\nCASE EXCEPTION:\nTrace(1)\nEND:\nTrace(2)\n");
        let kinds: Vec<SectionKind> = sections.procedures[0].body.sections.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [SectionKind::Exception, SectionKind::End]);
    }

    #[test]
    fn comparisons_make_one_interval_node() {
        let Ok(e) = parse_expr("a < x <= b") else { panic!() };
        let ExprKind::Interval { value, bounds } = e.kind else { panic!("not an interval") };
        assert!(matches!(value.kind, ExprKind::Name(ref n) if &*n.folded == "x"));
        assert!(bounds.low_strict && !bounds.high_strict);
        let Ok(e) = parse_expr("b > x >= a") else { panic!() };
        let ExprKind::Interval { bounds, .. } = e.kind else { panic!("not an interval") };
        assert!(matches!(bounds.low.kind, ExprKind::Name(ref n) if &*n.folded == "a"));
        assert!(!bounds.low_strict && bounds.high_strict);
        assert!(matches!(parse_expr("x = 1 A 5").map(|e| e.kind), Ok(ExprKind::Between { .. })));
        assert!(matches!(parse_expr("x PAS DANS (1, 2)").map(|e| e.kind), Ok(ExprKind::In { negated: true, .. })));
        assert!(parse_expr("a = b = c").is_ok(), "the action reports it, the parse goes on");
        assert!(parse("SI a = b = c ALORS x = 1").is_err());
    }

    /// lalrpop keeps every value it has read on a stack of one enum of all the grammar's value
    /// types, and moves one at each shift and reduce: each is as large as the largest type (a
    /// `ClassLine` made it 312 bytes, the parse of a big file 3× slower). This finds every type of
    /// the generated parsers and bounds it by lalrpop's own error-recovery value (96 bytes), so
    /// a new rule with a larger type fails here: box it, as `Stmt`, `TypeRef` and `Param` are.
    #[test]
    fn parser_stack_values_stay_small() {
        use std::mem::size_of;
        macro_rules! sizes {
            ($($t:ty),* $(,)?) => { [$((stringify!($t), size_of::<$t>())),*] };
        }
        let known = sizes![
            (), (BinOp, Span), (Box<Header>, Span), (Expr, Block), (Expr, bool), (ExprKind, Span),
            (Modifier, Span), (Name, Option<Expr>), (Option<Name>, Name), (Rc<str>, Block),
            (Rc<str>, Span), (Rc<str>, bool), (Vec<Expr>, Option<Expr>), (i64, Span), AssignOp,
            Attribute, BinOp, Block, Body, Box<CaseItem>, Box<Header>, Box<Member>, Box<Param>,
            Box<Procedure>, Box<Stmt>, Box<TypeRef>, Case, ClassLine, CompareTail, Constant,
            EnumKind, ErrorRecovery<usize, Tok, ()>, Expr, ExprKind, MemberSep, Modifier, Name,
            Option<(Expr, bool)>, Option<Block>, Option<Box<Member>>, Option<Box<Param>>,
            Option<Box<Stmt>>, Option<Box<TypeRef>>, Option<ClassLine>, Option<CompareTail>,
            Option<Expr>, Option<Name>, Option<Option<Box<Param>>>, Option<Option<Box<Stmt>>>,
            Option<Tok>, Option<Vec<Expr>>, Option<Vec<Option<Box<Param>>>>, Option<Vec<TypeRef>>,
            Program, Rc<str>, Section, SectionKind, SubstringEnd, Tok, TypeItem,
            Vec<(Expr, Block)>, Vec<(Modifier, Span)>, Vec<(Name, Option<Expr>)>,
            Vec<(Rc<str>, Block)>, Vec<Attribute>, Vec<Box<CaseItem>>, Vec<Box<Procedure>>,
            Vec<Box<TypeRef>>, Vec<Case>, Vec<ClassLine>, Vec<Constant>, Vec<Expr>, Vec<Member>,
            Vec<Name>, Vec<Option<Box<Param>>>, Vec<Option<Expr>>, Vec<Section>, Vec<TypeItem>,
            Vec<TypeRef>, bool, f64, i64, usize,
        ];
        let squeeze = |t: &str| -> String {
            let t: String = t.chars().filter(|c| !c.is_whitespace()).collect();
            t.replace("alloc::vec::", "").replace("__lalrpop_util::", "")
        };
        let known: std::collections::HashMap<String, usize> = known.iter().map(|(t, n)| (squeeze(t), *n)).collect();
        let limit = size_of::<ErrorRecovery<usize, Tok, ()>>();
        let path = concat!(env!("OUT_DIR"), "/wlanguage.rs");
        let generated = std::fs::read_to_string(path).expect("the generated parser");
        let mut seen = 0;
        for symbol in generated.split("enum __Symbol").skip(1) {
            let variants = &symbol[..symbol.find('}').expect("the end of the enum")];
            for line in variants.lines().map(str::trim).filter(|l| l.starts_with("Variant")) {
                let ty = squeeze(&line[line.find('(').unwrap() + 1..line.rfind(')').unwrap()]);
                let size = known.get(&ty).unwrap_or_else(|| panic!("{ty}: a new value type; list it here"));
                assert!(*size <= limit, "{ty}: {size} bytes on the parser's stack, more than {limit}: box it");
                seen += 1;
            }
        }
        assert!(seen > 50, "the generated parsers' value types were not found");
        assert_eq!(limit, 96);
    }
}
