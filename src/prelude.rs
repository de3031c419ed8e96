//! The prelude: the functions of `stdlib/*.wl`, WLanguage functions written in WLanguage on top
//! of the builtins (`EstPair`, `TableauContient`, `ChronoDébut`, ...). The files are part of the
//! binary; a script gets the procedures it names (and those they name), parsed from their
//! files' text and resolved as one chunk per file of its `resolve::Session` before it (see
//! `Session::load_prelude`): a script that names none pays for one walk of its tree.
//!
//! Each prelude procedure is declared `PROCÉDURE Français(...) <en = "English">` and is callable
//! under both names. A procedure of the script with the same name hides it (the prelude's own
//! calls keep theirs). An error inside a prelude procedure is reported at the script's call, as
//! a builtin's would be, with the place in `stdlib/` where it happened (`Interp::invoke`).

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::ast::visit::{self, Node};
use crate::ast::{self, ExprKind};
use crate::keywords::fold;

/// One file of `stdlib/`.
pub struct File {
    /// `stdlib/<name>.wl`.
    pub name: &'static str,
    pub text: &'static str,
}

/// The prelude files, in the order they are resolved when a script needs several (a file may
/// call the procedures of the files before it).
pub const FILES: &[File] = &[
    File { name: "chaines", text: include_str!("../stdlib/chaines.wl") },
    File { name: "maths", text: include_str!("../stdlib/maths.wl") },
    File { name: "dates", text: include_str!("../stdlib/dates.wl") },
    File { name: "fichiers", text: include_str!("../stdlib/fichiers.wl") },
    File { name: "tableaux", text: include_str!("../stdlib/tableaux.wl") },
];

/// A procedure of the prelude, as its header line declares it.
#[derive(Debug, Clone)]
pub struct Procedure {
    pub french: &'static str,
    /// The `<en = "...">` attribute; `None` when the English name is the French one or a builtin.
    pub english: Option<&'static str>,
    /// The parameters as the header writes them (`nNombre, nDécimales = 2`).
    pub params: &'static str,
    /// Index in `FILES`.
    pub file: usize,
    /// Its text in its file: from its header to the next one.
    pub range: std::ops::Range<usize>,
}

impl Procedure {
    /// Its name in a language (the French name when it has no English one of its own).
    pub fn name(&self, english: bool) -> &'static str {
        if english { self.english.unwrap_or(self.french) } else { self.french }
    }

    /// Its header as a signature: `EstPair(nNombre)`.
    pub fn signature(&self, english: bool) -> String {
        format!("{}({})", self.name(english), self.params)
    }

    /// The file it is in, as the repository names it: `stdlib/maths.wl`.
    pub fn path(&self) -> String {
        format!("stdlib/{}.wl", FILES[self.file].name)
    }
}

/// Every procedure of the prelude, in file order.
pub fn procedures() -> &'static [Procedure] {
    &tables().procs
}

/// The index in `procedures()` of the procedure a name (French or English, any case or accents)
/// stands for.
pub fn index_of(name: &str) -> Option<usize> {
    tables().by_name.get(fold(name).as_ref()).copied()
}

/// The prelude procedure a name (French or English, any case or accents) stands for.
pub fn lookup(name: &str) -> Option<&'static Procedure> {
    index_of(name).map(|i| &procedures()[i])
}

/// The end of a file's head: the constants and globals before its first procedure.
pub fn head_end(file: usize) -> usize {
    tables().heads[file]
}

struct Tables {
    procs: Vec<Procedure>,
    /// By folded name, French and English.
    by_name: HashMap<Box<str>, usize>,
    heads: Vec<usize>,
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut procs: Vec<Procedure> = Vec::new();
        let mut heads = Vec::with_capacity(FILES.len());
        for (file, f) in FILES.iter().enumerate() {
            let first = procs.len();
            let mut at = 0;
            for line in f.text.split_inclusive('\n') {
                if let Some(p) = header(line, file, at) {
                    if let Some(last) = procs[first..].last_mut() {
                        last.range.end = at;
                    }
                    procs.push(p);
                }
                at += line.len();
            }
            heads.push(procs.get(first).map_or(f.text.len(), |p| p.range.start));
        }
        let mut by_name = HashMap::with_capacity(procs.len() * 2);
        for (i, p) in procs.iter().enumerate() {
            by_name.insert(fold(p.french).into(), i);
            if let Some(en) = p.english {
                by_name.insert(fold(en).into(), i);
            }
        }
        Tables { procs, by_name, heads }
    })
}

/// The procedure a line declares, if it is a prelude header: `PROCÉDURE Nom(...) <en = "Name">`
/// at the start of the line (the files' layout, checked by a test); it runs to the end of the file
/// until the next header is found.
fn header(line: &'static str, file: usize, at: usize) -> Option<Procedure> {
    let (word, rest) = line.split_once(' ')?;
    if !matches!(fold(word).as_ref(), "procedure" | "fonction" | "function") {
        return None;
    }
    let rest = rest.trim_start();
    let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_'))?;
    let french = &rest[..end];
    let english =
        rest.split_once("<en").and_then(|(_, attr)| attr.split('"').nth(1)).filter(|en| fold(en) != fold(french));
    let params = rest[end..].strip_prefix('(').and_then(|p| p.split_once(')')).map_or("", |(p, _)| p.trim());
    let range = at..FILES[file].text.len();
    Some(Procedure { french, english, params, file, range })
}

/// Where a span of a prelude file is, for messages: `stdlib/maths.wl:12:5`.
pub fn location(file: usize, span: crate::source::Span) -> String {
    let f = &FILES[file];
    let (line, col) = crate::source::SourceFile::new(f.name, f.text).line_col(span.start);
    format!("stdlib/{}.wl:{line}:{col}", f.name)
}

/// The README's list of the prelude's procedures, one line per file (after the builtins').
pub fn markdown_list() -> String {
    let mut out = String::new();
    for (i, f) in FILES.iter().enumerate() {
        let names: Vec<String> = procedures()
            .iter()
            .filter(|p| p.file == i)
            .map(|p| match p.english {
                Some(en) => format!("{}/{en}", p.french),
                None => p.french.to_owned(),
            })
            .collect();
        out.push_str(&format!("- **prelude `stdlib/{}.wl`** ({}): {}\n", f.name, names.len(), names.join(", ")));
    }
    out
}

/// The prelude procedures a tree names (indexes in `procedures()`).
pub fn wanted(program: &ast::Program) -> Vec<usize> {
    let mut procs = Vec::new();
    visit::walk_program(program, &mut |node, _| {
        if let Node::Expr(e) = node
            && let ExprKind::Name(name) | ExprKind::BuiltinName(name) = &e.kind
            && let Some(i) = index_of(&name.folded)
        {
            procs.push(i);
        }
        true
    });
    procs
}

/// The English name an attribute list gives (`<en = "Name">`).
pub fn english_attribute(attributes: &[ast::Attribute]) -> Option<&str> {
    attributes.iter().find_map(|a| match (a.words.as_slice(), &a.value) {
        ([word], Some(value)) if word.folded.as_ref() == "en" => match &value.kind {
            ExprKind::Str(s) => Some(s.as_ref()),
            _ => None,
        },
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_header_is_found_and_names_are_unique() {
        for (i, f) in FILES.iter().enumerate() {
            let program = crate::parser::parse(f.text).unwrap_or_else(|e| panic!("stdlib/{}.wl: {e:?}", f.name));
            let declared: Vec<&str> = program
                .procedures
                .iter()
                .map(|p| &f.text[p.name.span.start as usize..p.name.span.end as usize])
                .collect();
            let found: Vec<&str> = procedures().iter().filter(|p| p.file == i).map(|p| p.french).collect();
            assert_eq!(found, declared, "stdlib/{}.wl: a header the table misses", f.name);
            for (p, decl) in procedures().iter().filter(|p| p.file == i).zip(&program.procedures) {
                assert!(p.range.contains(&(decl.span.start as usize)), "{}", p.french);
            }
            for p in &program.procedures {
                let en = english_attribute(&p.attributes);
                let spelled = &f.text[p.name.span.start as usize..p.name.span.end as usize];
                assert_eq!(lookup(spelled).and_then(|p| p.english), en.filter(|en| fold(en) != fold(spelled)));
            }
        }
        let mut seen = std::collections::HashSet::new();
        for p in procedures() {
            for name in std::iter::once(p.french).chain(p.english) {
                assert!(seen.insert(fold(name).into_owned()), "{name} declared twice in the prelude");
                assert!(crate::builtins::lookup(&fold(name)).is_none(), "{name} is a builtin and a prelude procedure");
            }
        }
    }

    #[test]
    fn every_procedure_resolves_alone_and_only_named_ones_are_loaded() {
        for (i, p) in procedures().iter().enumerate() {
            let mut session = crate::resolve::Session::default();
            if let Err(errors) = session.load_prelude_procs(vec![i]) {
                panic!("{} ({}) does not resolve alone: {errors:?}", p.french, p.path());
            }
        }
        let run = |text: &str| {
            let mut session = crate::resolve::Session::default();
            let program = crate::parser::parse(text).unwrap();
            session.resolve(&program, text).map(|_| session.prelude_loaded())
        };
        assert_eq!(run("Trace(Taille(\"abc\"))").ok(), Some(vec![]));
        let even = index_of("EstPair").unwrap();
        assert_eq!(run("Trace(IsEven(2))").ok(), Some(vec![even]));
        // A procedure of the script hides the prelude's, under its own name only.
        assert_eq!(run("Trace(EstPair(2), IsEven(2))\nPROCEDURE EstPair(n)\nRENVOYER n").ok(), Some(vec![even]));
    }

    #[test]
    fn every_file_has_golden_cases() {
        let cases = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases/prelude");
        for f in FILES {
            let dir = cases.join(f.name);
            let count = std::fs::read_dir(&dir)
                .map(|d| d.filter_map(Result::ok).filter(|e| e.path().extension().is_some_and(|x| x == "wl")).count())
                .unwrap_or(0);
            assert!(count > 0, "stdlib/{}.wl has no golden case in {}", f.name, dir.display());
        }
    }
}
