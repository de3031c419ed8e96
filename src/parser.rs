//! Stage 2: tokens → syntax tree. The only file that knows lalrpop: it runs the generated parser
//! over the lexer's tokens, hosts the helpers the grammar's actions call, and converts lalrpop's
//! errors into `SourceError`s in exactly one place (`syntax_error`). Every syntax error of a file
//! is reported, thanks to line-level error recovery.

use std::rc::Rc;

use lalrpop_util::{ErrorRecovery, ParseError, lalrpop_mod};

use crate::ast::*;
use crate::diagnostics::{Expected, Found, SourceError};
use crate::keywords::{KEYWORDS, Kw};
use crate::lexer::{self, Tok};
use crate::source::Span;

lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused_parens, unused_imports, unused_mut, dead_code)]
    grammar,
    "/wlanguage.rs"
);

/// What the grammar's actions record while parsing.
#[derive(Default)]
pub struct ParseState {
    recovered: Vec<ErrorRecovery<usize, Tok, ()>>,
    errors: Vec<SourceError>,
}

/// Parses a whole script. On failure, every error found (lexical and syntactic), in source order.
pub fn parse(text: &str) -> Result<Program, Vec<SourceError>> {
    parse_chunk(text, 0)
}

/// Parses `text[base..]`, the latest chunk of an interactive session whose earlier chunks are
/// `text[..base]`: spans are offsets into the whole `text`, so reports can point anywhere in it.
pub fn parse_chunk(text: &str, base: usize) -> Result<Program, Vec<SourceError>> {
    let mut lexed = lexer::lex(&text[base..]);
    if base > 0 {
        let shift = |span: Span| Span::new(span.start as usize + base, span.end as usize + base);
        for (start, _, end) in &mut lexed.tokens {
            (*start, *end) = (*start + base, *end + base);
        }
        for e in &mut lexed.errors {
            e.span = shift(e.span);
        }
    }
    let mut errors: Vec<SourceError> =
        lexed.errors.iter().map(|e| SourceError::Lex { kind: e.kind.clone(), span: e.span }).collect();
    let mut st = ParseState::default();
    let tokens = lexed.tokens.into_iter().map(Ok::<_, ()>);
    let result = grammar::ProgramParser::new().parse(&mut st, tokens);
    let recovered = std::mem::take(&mut st.recovered);
    for e in recovered {
        errors.extend(syntax_error(text, base, e.error));
    }
    errors.append(&mut st.errors);
    let program = match result {
        Ok(program) => Some(program),
        Err(e) => {
            errors.extend(syntax_error(text, base, e));
            None
        }
    };
    if let Some(program) = &program
        && let Some(span) = too_deep(program)
    {
        errors.push(SourceError::TooDeep { limit: MAX_NESTING, span });
    }
    match program {
        Some(program) if errors.is_empty() => Ok(program),
        _ => {
            errors.sort_by_key(|e| e.span().start);
            errors.dedup_by_key(|e| e.span().start);
            Err(errors)
        }
    }
}

/// The deepest nesting of blocks and expressions accepted. Resolution and evaluation recurse
/// over the tree, so a limit checked here keeps a pathological script from overflowing the
/// (large) stack they run on; real code stays far below it.
pub const MAX_NESTING: usize = 40_000;

/// Where the tree nests deeper than `MAX_NESTING`, measured without recursion.
fn too_deep(program: &Program) -> Option<Span> {
    enum Node<'a> {
        Stmt(&'a Stmt),
        Expr(&'a Expr),
    }
    let mut stack: Vec<(Node, usize)> = Vec::new();
    let blocks = std::iter::once(&program.main).chain(program.procedures.iter().map(|p| &p.body));
    for block in blocks {
        stack.extend(block.iter().map(|s| (Node::Stmt(s), 1)));
    }
    while let Some((node, depth)) = stack.pop() {
        let span = match &node {
            Node::Stmt(s) => s.span,
            Node::Expr(e) => e.span,
        };
        if depth > MAX_NESTING {
            return Some(span);
        }
        match node {
            Node::Stmt(stmt) => {
                let (exprs, blocks) = stmt_children(stmt);
                stack.extend(exprs.into_iter().map(|e| (Node::Expr(e), depth + 1)));
                for block in blocks {
                    stack.extend(block.iter().map(|s| (Node::Stmt(s), depth + 1)));
                }
            }
            Node::Expr(expr) => stack.extend(expr_children(expr).into_iter().map(|e| (Node::Expr(e), depth + 1))),
        }
    }
    None
}

fn stmt_children(stmt: &Stmt) -> (Vec<&Expr>, Vec<&Block>) {
    match &stmt.kind {
        StmtKind::Declare { init, .. } => (init.iter().collect(), vec![]),
        StmtKind::Let { init, .. } => (vec![init], vec![]),
        StmtKind::Assign { target, value, .. } => (vec![target, value], vec![]),
        StmtKind::Increment { target, .. } => (vec![target], vec![]),
        StmtKind::Call(e) => (vec![e], vec![]),
        StmtKind::If { branches, otherwise } => {
            (branches.iter().map(|(c, _)| c).collect(), branches.iter().map(|(_, b)| b).chain(otherwise).collect())
        }
        StmtKind::Switch { subject, cases, other } => {
            let mut exprs = vec![subject];
            for case in cases {
                for item in &case.items {
                    match item {
                        CaseItem::Value(e) | CaseItem::Compare(_, e) => exprs.push(e),
                        CaseItem::Range(a, b) => exprs.extend([a, b]),
                    }
                }
            }
            (exprs, cases.iter().map(|c| &c.body).chain(other).collect())
        }
        StmtKind::For { from, to, step, body, .. } => ([from, to].into_iter().chain(step).collect(), vec![body]),
        StmtKind::ForEach { iterable, body, .. } => (vec![iterable], vec![body]),
        StmtKind::ForEachString { source, separator, body, .. } => (vec![source, separator], vec![body]),
        StmtKind::While { cond, body } => (vec![cond], vec![body]),
        StmtKind::Loop { count, body } => (count.iter().collect(), vec![body]),
        StmtKind::Return(value) => (value.iter().collect(), vec![]),
        StmtKind::WhenException { body, handler } => (vec![], vec![body, handler]),
        StmtKind::InternalProcedure(p) => (vec![], vec![&p.body]),
        StmtKind::Break | StmtKind::Continue => (vec![], vec![]),
    }
}

fn expr_children(expr: &Expr) -> Vec<&Expr> {
    match &expr.kind {
        ExprKind::Unary(_, e) => vec![e],
        ExprKind::Binary(_, a, b) => vec![a, b],
        ExprKind::Call { callee, args } => std::iter::once(&**callee).chain(args).collect(),
        ExprKind::Index { base, index } => vec![base, index],
        ExprKind::Substring { base, from, to } => match to {
            SubstringEnd::To(e) => vec![base, from, e],
            _ => vec![base, from],
        },
        ExprKind::Member { base, .. } => vec![base],
        ExprKind::Array(items) => items.iter().collect(),
        ExprKind::Int(_)
        | ExprKind::Real(_)
        | ExprKind::Str(_)
        | ExprKind::Bool(_)
        | ExprKind::Null
        | ExprKind::Name(_) => {
            vec![]
        }
    }
}

/// Parses one expression (used by tools and tests).
pub fn parse_expr(text: &str) -> Result<Expr, Vec<SourceError>> {
    let lexed = lexer::lex(text);
    let mut st = ParseState::default();
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
            let opened = if expected.iter().any(|t| t == "\"FIN\"") { unclosed_block(text, base) } else { None };
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
    let lexed = lexer::lex(&text[base..]);
    let mut open: Vec<Span> = Vec::new();
    let mut lines = lexed.tokens.split(|(_, t, _)| *t == Tok::Newline);
    for line in &mut lines {
        let Some((start, Tok::Kw(first), end)) = line.first() else { continue };
        let span = Span::new(*start + base, *end + base);
        match first {
            Kw::If => {
                let one_line =
                    line.iter().position(|(_, t, _)| *t == Tok::Kw(Kw::Then)).is_some_and(|i| i + 1 < line.len());
                if !one_line {
                    open.push(span);
                }
            }
            Kw::Switch
            | Kw::For
            | Kw::ForEach
            | Kw::ForEachString
            | Kw::While
            | Kw::Loop
            | Kw::WhenException
            | Kw::InternalProcedure => open.push(span),
            Kw::End => {
                open.pop();
            }
            Kw::Procedure => open.clear(),
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
        Tok::Int(_) | Tok::Real(_) => Found::Number(written),
        Tok::Str(_) => Found::Str,
        Tok::Kw(_) => Found::Keyword(written),
        _ => Found::Symbol(written),
    }
}

/// Turns lalrpop's terminal names into what a user knows: what would close the construct
/// first (`)`, `]`, FIN/END), then "a statement", "an expression" or "an operator" instead of
/// long lists, then the few remaining keywords in both languages (`ALORS/THEN`).
fn expected_list(expected: &[String]) -> Vec<Expected> {
    const OPERATORS: &[&str] = &[
        "+", "-", "*", "/", "%", "^", "=", "<>", "<", "<=", ">", ">=", "~=", "ET", "OU", "_ET_", "_OU_", "(", "[",
        "[[", ".", "..", "++", "--", "+=", "-=", "*=", "/=",
    ];
    const EXPR_START: &[&str] = &["ident", "int", "real", "str", "Vrai", "Faux", "Null", "NOT", "-", "+", "(", "["];
    const STMT_START: &[&str] = &[
        "SI",
        "SELON",
        "POUR",
        "POUR TOUT",
        "POUR TOUTE CHAÎNE",
        "TANTQUE",
        "BOUCLE",
        "SORTIR",
        "CONTINUER",
        "RENVOYER",
        "RETOUR",
        "SOIT",
        "QUAND EXCEPTION DANS",
        "PROCÉDURE INTERNE",
    ];
    const CLOSERS: &[&str] = &[")", "]", "FIN", "\\n"];
    let terms: Vec<&str> = expected.iter().map(|t| t.trim_matches('"')).collect();
    let has = |t: &str| terms.contains(&t);
    let mut parts: Vec<Expected> = CLOSERS.iter().filter(|c| has(c)).map(|c| terminal(c)).collect();
    let statement = has("SI") && has("POUR");
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
            !(statement && matches!(**t, "SINON" | "SINON SI" | "AUTRE CAS" | "CAS" | "FAIRE" | "PROCÉDURE" | "error"))
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
        "int" | "real" => Expected::Number,
        "str" => Expected::Str,
        "\\n" => Expected::EndOfLine,
        other => match KEYWORDS.iter().find(|(_, fr, _)| fr[0] == other) {
            Some((_, fr, en)) if !fr[0].eq_ignore_ascii_case(en[0]) => Expected::Term(format!("{}/{}", fr[0], en[0])),
            _ => Expected::Term(format!("`{other}`")),
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

pub(crate) fn prepend(first: Option<Stmt>, mut body: Block) -> Block {
    if let Some(first) = first {
        body.insert(0, first);
    }
    body
}

pub(crate) fn recover(st: &mut ParseState, e: ErrorRecovery<usize, Tok, ()>) -> Option<Stmt> {
    st.recovered.push(e);
    None
}

pub(crate) fn header(
    name: Name,
    params: Option<Vec<Param>>,
    ret: Option<TypeRef>,
) -> (Name, Vec<Param>, Option<TypeRef>) {
    (name, params.unwrap_or_default(), ret)
}

pub(crate) fn procedure(
    ((name, params, return_type), span): ((Name, Vec<Param>, Option<TypeRef>), Span),
    body: Block,
    internal: bool,
) -> Procedure {
    Procedure { name, params, return_type, body, internal, span }
}

pub(crate) fn internal_procedure(header: ((Name, Vec<Param>, Option<TypeRef>), Span), body: Block) -> StmtKind {
    StmtKind::InternalProcedure(Rc::new(procedure(header, body, true)))
}

pub(crate) fn type_ref(name: Name, of: Option<(Option<Expr>, TypeRef)>, span: Span) -> TypeRef {
    match of {
        None => TypeRef { name, of: None, size: None, span },
        Some((size, of)) => TypeRef { name, of: Some(Box::new(of)), size: size.map(Box::new), span },
    }
}

pub(crate) fn call_stmt(st: &mut ParseState, expr: Expr) -> StmtKind {
    if !matches!(expr.kind, ExprKind::Call { .. } | ExprKind::Name(_) | ExprKind::Member { .. }) {
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

pub(crate) fn one_line_if(cond: Expr, then: Stmt, otherwise: Option<Stmt>) -> StmtKind {
    StmtKind::If { branches: vec![(cond, vec![then])], otherwise: otherwise.map(|s| vec![s]) }
}

pub(crate) fn case(first: Option<Stmt>, items: Vec<CaseItem>, body: Block, span: Span) -> Case {
    Case { items, body: prepend(first, body), span }
}

pub(crate) fn substring(base: Expr, from: Expr, to: SubstringEnd, span: Span) -> Expr {
    Expr { kind: ExprKind::Substring { base: Box::new(base), from: Box::new(from), to }, span }
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
