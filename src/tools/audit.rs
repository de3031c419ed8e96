//! `wl audit`: what porting a folder of WLanguage code to wlang involves. It reads `.wl` scripts
//! and WINDEV text exports (`.wdw` windows, `.wdg` procedure sets, `.wdp` projects, `.wdc`
//! classes, `.wde` reports), whose code sits in YAML-like `code : |1+` blocks, parses every
//! block, and reports the blocks that parse or not (with the first error), every function called
//! with its count and whether wlang provides it, and the language constructs met that wlang does
//! not support. Nothing is resolved or run.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::ast::{ExprKind, StmtKind};
use crate::builtins;
use crate::keywords::{Kw, fold};
use crate::lexer::{self, LexErrorKind, Tok};
use crate::parser;
use crate::source::SourceFile;
use crate::tools::walk::{self, Visit};

/// Extensions of WINDEV text exports whose `code :` blocks are read.
const EXPORTS: &[&str] = &["wdw", "wdg", "wdp", "wdc", "wde"];

/// WLanguage words that open a construct wlang does not have, when they start a line (folded
/// spellings, what to call the construct).
const LINE_START_WORDS: &[(&[&str], &str)] = &[
    (&["structure"], "STRUCTURE (structures)"),
    (&["constante", "constant"], "CONSTANTE (constant blocks)"),
    (&["externe", "external"], "EXTERNE (external declarations)"),
    (&["global", "globale"], "GLOBAL (global declarations)"),
    (&["herite", "inherits"], "HÉRITE DE (class inheritance)"),
    (
        &["public", "publique", "prive", "privee", "private", "protege", "protegee", "protected"],
        "PUBLIC/PRIVÉ/PROTÉGÉ (class sections)",
    ),
    (&["enumeration"], "ENUMERATION"),
    (&["combinaison", "combination"], "COMBINAISON"),
];

/// Words that mark an unsupported construct wherever they stand (folded, name).
const ANYWHERE_WORDS: &[(&[&str], &str)] = &[
    (&["classe", "class"], "CLASSE (classes)"),
    (&["dynamique", "dynamic"], "dynamique (dynamic objects and arrays)"),
    (&["associatif", "associative"], "tableau associatif (associative arrays)"),
    (&["allouer"], "allouer (object allocation)"),
    (&["liberer"], "libérer (object release)"),
    (&["moi", "myself"], "MOI (current object)"),
];

/// One code block: a `.wl` file, or one `code :` block of an export.
#[derive(Clone, Debug)]
pub struct Block {
    pub file: String,
    /// 1-based line of the block's first code line in its file.
    pub line: usize,
    /// The `name :` the export gives nearest before the block (a procedure, a control).
    pub name: Option<String>,
    pub code: String,
}

/// The code blocks of a WINDEV text export: each `code : |N+` (or `|N-`) key is followed by lines
/// indented N more than the key; the block ends at the first non-blank line that is not.
pub fn export_blocks(file: &str, text: &str) -> Vec<Block> {
    let lines: Vec<&str> = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)).collect();
    let mut blocks = Vec::new();
    let mut name = None;
    let mut n = 0;
    while n < lines.len() {
        let line = lines[n];
        let indent = line.len() - line.trim_start_matches(' ').len();
        let key = line.trim_start().trim_start_matches("- ");
        n += 1;
        if let Some(value) = key.strip_prefix("name : ") {
            name = Some(value.trim().to_owned());
            continue;
        }
        let Some(header) = key.strip_prefix("code : |") else { continue };
        let step: usize = header.trim_end_matches(['+', '-']).parse().unwrap_or(1);
        let content_indent = indent + step;
        let first = n;
        let mut code = String::new();
        while n < lines.len() {
            let l = lines[n];
            let l_indent = l.len() - l.trim_start_matches(' ').len();
            if !l.trim().is_empty() && l_indent < content_indent {
                break;
            }
            code.push_str(l.get(content_indent..).unwrap_or(""));
            code.push('\n');
            n += 1;
        }
        blocks.push(Block { file: file.to_owned(), line: first + 1, name: name.clone(), code });
    }
    blocks
}

/// Every block under `path` (a file or a folder, searched recursively), files sorted; the file
/// names are relative to `path`'s folder.
pub fn blocks(path: &Path) -> Result<(Vec<Block>, usize), String> {
    let mut files = Vec::new();
    if path.is_dir() {
        for ext in std::iter::once(&"wl").chain(EXPORTS) {
            super::golden::collect(path, ext, &mut files);
        }
    } else if path.is_file() {
        files.push(path.to_path_buf());
    } else {
        return Err(format!("{}: no such file or folder", path.display()));
    }
    files.sort();
    let base: PathBuf =
        if path.is_dir() { path.to_path_buf() } else { path.parent().unwrap_or(Path::new("")).to_path_buf() };
    let mut blocks = Vec::new();
    for file in &files {
        let bytes = std::fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        let name = super::golden::relative_name(&base, file);
        let text = SourceFile::from_bytes(&name, &bytes).text;
        let is_export = file.extension().is_some_and(|e| EXPORTS.iter().any(|x| e.eq_ignore_ascii_case(x)));
        if is_export {
            blocks.extend(export_blocks(&name, &text));
        } else {
            blocks.push(Block { file: name, line: 1, name: None, code: text });
        }
    }
    Ok((blocks, files.len()))
}

/// A block that did not parse.
#[derive(Clone, Debug)]
pub struct Failure {
    /// `file:line` of the first error.
    pub at: String,
    pub name: Option<String>,
    pub error: String,
}

/// A function called somewhere.
#[derive(Clone, Debug)]
pub struct Function {
    /// As first spelled.
    pub name: String,
    pub calls: usize,
    pub supported: bool,
}

/// A construct wlang lacks.
#[derive(Clone, Debug)]
pub struct Construct {
    pub what: String,
    pub count: usize,
    /// `file:line` of the first one.
    pub first: String,
}

#[derive(Clone, Debug, Default)]
pub struct Report {
    pub files: usize,
    pub blocks: usize,
    pub failures: Vec<Failure>,
    /// Sorted: unsupported first, then by calls (most first), then by name.
    pub functions: Vec<Function>,
    /// Sorted by count (most first), then by name.
    pub constructs: Vec<Construct>,
}

/// Audits the blocks.
pub fn audit(blocks: &[Block], files: usize) -> Report {
    let mut report = Report { files, blocks: blocks.len(), ..Report::default() };
    // Procedures of the whole project: calls to them are not calls to builtins.
    let mut project_procs: HashSet<String> = HashSet::new();
    for block in blocks {
        let tokens = lexer::lex(&block.code).tokens;
        for pair in tokens.windows(2) {
            if let [(_, Tok::Kw(Kw::Procedure | Kw::InternalProcedure), _), (_, Tok::Ident(name), _)] = pair {
                project_procs.insert(name.to_string());
            }
        }
    }
    let mut functions: BTreeMap<String, Function> = BTreeMap::new();
    let mut constructs: BTreeMap<String, Construct> = BTreeMap::new();
    for block in blocks {
        let line_of = |offset: usize| block.line + block.code[..offset.min(block.code.len())].matches('\n').count();
        let at = |offset: usize| format!("{}:{}", block.file, line_of(offset));
        let mut construct = |what: String, offset: usize| {
            let entry = constructs.entry(what.clone()).or_insert(Construct { what, count: 0, first: at(offset) });
            entry.count += 1;
        };
        scan_tokens(&block.code, &mut construct);
        let program = match parser::parse(&block.code) {
            Ok(program) => program,
            Err(errors) => {
                let first = errors.iter().min_by_key(|e| e.span().start);
                report.failures.push(Failure {
                    at: at(first.map_or(0, |e| e.span().start as usize)),
                    name: block.name.clone(),
                    error: first.map(|e| e.to_string()).unwrap_or_default(),
                });
                continue;
            }
        };
        let mut declared: HashSet<&str> = HashSet::new();
        walk::program(&program, &mut |v| {
            if let Visit::Declared(name) = v {
                declared.insert(&name.folded);
            }
        });
        let mut called = Vec::new();
        // Callees already counted with their call (the walk visits them next).
        let mut callees = HashSet::new();
        walk::program(&program, &mut |v| match v {
            Visit::Expr(e) => {
                if let ExprKind::Call { callee, .. } = &e.kind
                    && let ExprKind::Name(name) = &callee.kind
                {
                    callees.insert(callee.span.start);
                    called.push(name.clone());
                } else if let ExprKind::Name(name) = &e.kind
                    && !callees.contains(&e.span.start)
                    && builtins::lookup(&name.folded).is_some()
                {
                    // A builtin named without parentheses is called (`HeureSys`); other bare
                    // names may be controls or globals of the project.
                    called.push(name.clone());
                }
            }
            Visit::Stmt(s) => {
                // A statement that is a bare name calls it (`FinProgramme`).
                if let StmtKind::Call(e) = &s.kind
                    && let ExprKind::Name(name) = &e.kind
                    && builtins::lookup(&name.folded).is_none()
                {
                    called.push(name.clone());
                }
            }
            Visit::Type(ty) => {
                if crate::types::type_word(&ty.name.folded).is_none() {
                    let spelled = &block.code[ty.name.span.start as usize..ty.name.span.end as usize];
                    construct(format!("type {}", spelled), ty.name.span.start as usize);
                }
            }
            Visit::Declared(_) => {}
        });
        for name in called {
            if declared.contains(&*name.folded) || project_procs.contains(&*name.folded) {
                continue;
            }
            let spelled = &block.code[name.span.start as usize..name.span.end as usize];
            let entry = functions.entry(name.folded.to_string()).or_insert(Function {
                name: spelled.to_owned(),
                calls: 0,
                supported: builtins::lookup(&name.folded).is_some(),
            });
            entry.calls += 1;
        }
    }
    report.functions = functions.into_values().collect();
    report.functions.sort_by(|a, b| {
        a.supported.cmp(&b.supported).then(b.calls.cmp(&a.calls)).then(fold(&a.name).cmp(&fold(&b.name)))
    });
    report.constructs = constructs.into_values().collect();
    report.constructs.sort_by(|a, b| b.count.cmp(&a.count).then(a.what.cmp(&b.what)));
    report
}

/// The constructs visible in the tokens, parsed or not: unsupported words, operators and
/// characters, member access.
fn scan_tokens(code: &str, construct: &mut dyn FnMut(String, usize)) {
    let lexed = lexer::lex(code);
    for error in &lexed.errors {
        if let LexErrorKind::UnexpectedChar(c) = &error.kind {
            construct(format!("character `{c}`"), error.span.start as usize);
        }
    }
    let tokens = &lexed.tokens;
    for (k, (start, tok, end)) in tokens.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| &tokens[p]);
        let next = tokens.get(k + 1);
        let adjacent = next.filter(|(s, _, _)| s == end);
        match tok {
            Tok::Ident(_) | Tok::Kw(_) => {
                // Keywords too (`CLASSE`, `GLOBAL` are keywords where they mean the construct):
                // their first word as written.
                let word: std::borrow::Cow<str> = match tok {
                    Tok::Ident(word) => std::borrow::Cow::Borrowed(&**word),
                    _ => fold(code[*start..*end].split_whitespace().next().unwrap_or("")).into_owned().into(),
                };
                let word = &*word;
                let line_start = matches!(prev, None | Some((_, Tok::Newline, _)));
                let member = matches!(prev, Some((_, Tok::Dot | Tok::DotDot | Tok::Colon, _)));
                let table: &[(&[&str], &str)] = if line_start { LINE_START_WORDS } else { &[] };
                let found = table.iter().chain(ANYWHERE_WORDS).find(|(words, _)| words.contains(&word));
                if let Some((_, what)) = found
                    && !member
                    && !matches!(next, Some((_, Tok::LParen | Tok::Eq, _)))
                {
                    construct((*what).to_owned(), *start);
                }
            }
            Tok::DotDot | Tok::Dot => {
                if let Some((s, Tok::Ident(name), e)) = adjacent
                    && crate::keywords::property(name).is_none()
                {
                    let what = if *tok == Tok::DotDot {
                        format!("property ..{}", &code[*s..*e])
                    } else {
                        "member access a.b (structures, objects)".to_owned()
                    };
                    construct(what, *start);
                }
            }
            Tok::Colon => {
                // `:membre` of the current object: a colon glued to a name, where no `CAS v:` is.
                let opens =
                    matches!(prev, None | Some((_, Tok::Newline | Tok::LParen | Tok::Comma | Tok::Eq | Tok::Plus, _)));
                if opens && matches!(adjacent, Some((_, Tok::Ident(_), _))) {
                    construct(":member (current object)".into(), *start);
                }
            }
            Tok::Lt if matches!(adjacent, Some((_, Tok::Minus, _))) => {
                construct("<- (assignment by reference)".into(), *start)
            }
            Tok::Eq if matches!(adjacent, Some((_, Tok::Gt, _))) => construct("=> (lambda)".into(), *start),
            _ => {}
        }
    }
}

impl Report {
    /// The report for people.
    pub fn text(&self) -> String {
        let mut out = String::new();
        let parsed = self.blocks - self.failures.len();
        let _ = writeln!(
            out,
            "{} files, {} code blocks: {parsed} parsed, {} failed",
            self.files,
            self.blocks,
            self.failures.len()
        );
        for f in &self.failures {
            let name = f.name.as_ref().map(|n| format!(" ({n})")).unwrap_or_default();
            let _ = writeln!(out, "  FAILED {}{name}: {}", f.at, f.error);
        }
        let supported = self.functions.iter().filter(|f| f.supported).count();
        let calls: usize = self.functions.iter().map(|f| f.calls).sum();
        let _ = writeln!(
            out,
            "\n{} functions called ({calls} calls): {supported} supported, {} not supported",
            self.functions.len(),
            self.functions.len() - supported
        );
        for f in &self.functions {
            let _ = writeln!(out, "  {:>5}  {:<3}  {}", f.calls, if f.supported { "yes" } else { "NO" }, f.name);
        }
        let _ = writeln!(out, "\n{} unsupported constructs", self.constructs.len());
        for c in &self.constructs {
            let _ = writeln!(out, "  {:>5}  {}  (first at {})", c.count, c.what, c.first);
        }
        out
    }

    /// The report as JSON (one object; see README).
    pub fn json(&self) -> String {
        let failures: Vec<String> = self
            .failures
            .iter()
            .map(|f| {
                format!(
                    "{{\"at\": {}, \"name\": {}, \"error\": {}}}",
                    json_str(&f.at),
                    f.name.as_deref().map_or("null".into(), json_str),
                    json_str(&f.error)
                )
            })
            .collect();
        let functions: Vec<String> = self
            .functions
            .iter()
            .map(|f| {
                format!("{{\"name\": {}, \"calls\": {}, \"supported\": {}}}", json_str(&f.name), f.calls, f.supported)
            })
            .collect();
        let constructs: Vec<String> = self
            .constructs
            .iter()
            .map(|c| {
                format!(
                    "{{\"construct\": {}, \"count\": {}, \"first\": {}}}",
                    json_str(&c.what),
                    c.count,
                    json_str(&c.first)
                )
            })
            .collect();
        let list = |items: Vec<String>| {
            if items.is_empty() { "[]".to_owned() } else { format!("[\n    {}\n  ]", items.join(",\n    ")) }
        };
        format!(
            "{{\n  \"files\": {},\n  \"blocks\": {},\n  \"parsed\": {},\n  \"failed\": {},\n  \"failures\": {},\n  \"functions\": {},\n  \"constructs\": {}\n}}\n",
            self.files,
            self.blocks,
            self.blocks - self.failures.len(),
            self.failures.len(),
            list(failures),
            list(functions),
            list(constructs)
        )
    }
}

/// A JSON string literal.
fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `wl audit PATH [--json]`: the report to stdout. Exit code 0 (the report is the result),
/// 2 when the path cannot be read.
pub fn command(path: &Path, json: bool) -> i32 {
    match blocks(path) {
        Ok((blocks, files)) => {
            let report = crate::with_large_stack(move || audit(&blocks, files));
            print!("{}", if json { report.json() } else { report.text() });
            0
        }
        Err(message) => {
            eprintln!("error: {message}");
            crate::EXIT_SOURCE_ERROR
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_blocks_follow_the_indentation() {
        let text = "x :\r\n name : P\r\n code : |1+\r\n  PROCEDURE P()\r\n  \r\n\r\n  \tInfo(1)\r\n type : 1\r\n code : |1-\r\n  a = 1\r\n";
        let blocks = export_blocks("f.wdg", text);
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[0].code, "PROCEDURE P()\n\n\n\tInfo(1)\n");
        assert_eq!((blocks[0].line, blocks[0].name.as_deref()), (4, Some("P")));
        assert_eq!(blocks[1].code, "a = 1\n\n");
    }

    #[test]
    fn json_strings_are_escaped() {
        assert_eq!(json_str("a\"b\\c\n\u{1}é"), "\"a\\\"b\\\\c\\n\\u0001é\"");
    }
}
