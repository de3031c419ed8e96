//! `wl audit PATH [--json]`: what porting WLanguage code to wlang involves, block by block.
//!
//! PATH is a project (its folder or its `.wdp`/`.wwp`), a folder holding projects, or scripts
//! and exports outside any project (see `tools::project`). Every non-empty code block gets a
//! status (`tools::project::check`): `runs` (everything it needs exists in wlang), `needs`
//! (it parses and resolves, but uses windows or controls, HFSQL, COM/DLL/.NET/Java, language
//! constructs or builtins wlang lacks: listed by name and family) or `error` (a syntax error or
//! a truly unknown name, with the diagnostic). Empty blocks are counted apart. Each project gets
//! its totals, its share of blocks that parse, its export artefacts (`<§…§>`), and the builtins
//! it needs that wlang lacks, ranked by uses, with their French and English names from the
//! catalogue (`stdlib/catalogue.tsv`); then come the totals of all projects.
//!
//! The JSON report (`--json`) is one object:
//!
//! ```text
//! { "format": "wlang-audit/1",
//!   "projects": [ {
//!       "name": "Projet", "folder": "projet", "file": "Projet.wdp" | null,
//!       "product": "windev" | "webdev" | null,      // null: files outside any project
//!       "elements": 6,                               // files read
//!       "notes": ["FEN_X.wdw: saved in binary, not read", ...],
//!       "analysis": {"files": 2, "items": 5, "connections": 0},
//!       "counts": {"blocks": 14, "empty": 3, "parse": 13, "runs": 4, "needs": 8, "error": 2,
//!                  "artefacts": 3, "artefact_blocks": 2, "calls_known": 20,
//!                  "calls_missing": 9, "calls_known_other": 18, "calls_missing_other": 2},
//!       "missing": [ {"name": "HLitPremier", "en": "HReadFirst", "kind": "function",
//!                     "family": "hfsql", "form": null, "by": "catalogue", "uses": 4,
//!                     "blocks": 2}, ... ],
//!       "constructs": [ {"construct": "classes", "family": "language", "uses": 3,
//!                        "blocks": 2}, ... ],
//!       "families": [ {"family": "windows", "blocks": 5, "uses": 12}, ... ],
//!       "blocks": [ {"file": "projet/FEN_Accueil.wdw", "line": 30, "element": "FEN_Accueil",
//!                    "kind": "window", "what": "BTN_Valider: click", "event": 18,
//!                    "status": "needs", "artefacts": 0,
//!                    "needs": [ {"name": "SAI_Nom", "en": "", "kind": "control",
//!                                "family": "windows", "uses": 2, "form": null,
//!                                "via": null, "by": "project"}, ... ],
//!                    "errors": [ {"message": "unknown name `x`", "file": "...", "line": 31,
//!                                 "column": 5}, ... ] }, ... ] }, ... ],
//!   "totals": { "projects": 1, "counts": {...}, "missing": [...], "constructs": [...],
//!               "families": [...] } }
//! ```
//!
//! `calls_known`/`calls_missing` count the calls of builtins wlang has (in its table or its
//! prelude) / lacks (a builtin named without parentheses counts as a call); the `_other` pair leaves out the families `windows`,
//! `hfsql` and `external`. `missing` holds the builtins wlang lacks (kind `function`, `constant`, `type`, `property`,
//! `variable`), ranked by uses, then blocks, then name; `form` says what wlang lacks of a builtin
//! it has (`"2 arguments"`). `by` is the evidence: `catalogue` (the name is listed),
//! `project` (a window, control, HFSQL name or procedure of the project), `resolver` (a
//! construct), `prefix` (the name is
//! in no list, but its prefix is that of a family's constants, as `fselOpen`; or `GR_`/`GRP_`,
//! a group of controls, which text exports do not hold). `families` counts, per family, the blocks that need it (directly
//! or `via` a project procedure) and the direct uses. A need's `kind` is a catalogue kind or
//! `window`, `control`, `data file`, `item`, `query`, `connection`, `construct` (a construct of
//! the language the resolver knows and the interpreter cannot run yet: its name is the
//! construct's, `classes`, `properties`; `constructs` ranks them), `procedure` (`via` then
//! names the project procedure through which the need comes; its family is the callee's need,
//! or `project` when the callee has errors).

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

use crate::diagnostics::Lang;
use crate::keywords::fold;
use crate::tools::catalogue::Kind;
use crate::tools::project::check::{By, Examination, Need, NeedKind, Status, Verdict};
use crate::tools::project::{self, Project};

/// A project and the verdicts on its blocks.
pub struct Audited {
    pub project: Project,
    pub verdicts: Vec<Verdict>,
    /// Blocks with only blank lines.
    pub empty: usize,
}

/// Counts of blocks.
#[derive(Default, Clone, Copy)]
struct Counts {
    blocks: usize,
    empty: usize,
    parse: usize,
    runs: usize,
    needs: usize,
    error: usize,
    artefacts: usize,
    artefact_blocks: usize,
    /// Calls of builtins wlang has / lacks; `_other`: outside the families `windows`, `hfsql`
    /// and `external` (the graphical interface, the database, COM/DLL/.NET/Java).
    calls_known: usize,
    calls_missing: usize,
    calls_known_other: usize,
    calls_missing_other: usize,
}

/// Families whose builtins a console interpreter is not expected to have.
fn apart(family: &str) -> bool {
    matches!(family, "windows" | "hfsql" | "external")
}

impl Counts {
    fn of(a: &Audited) -> Counts {
        let mut c = Counts { blocks: a.verdicts.len(), empty: a.empty, ..Counts::default() };
        for v in &a.verdicts {
            match v.status {
                Status::Runs => c.runs += 1,
                Status::Needs => c.needs += 1,
                Status::Error => c.error += 1,
            }
            if !v.syntax {
                c.parse += 1;
            }
            c.artefacts += v.artefacts;
            if v.artefacts > 0 {
                c.artefact_blocks += 1;
            }
            for (family, n) in &v.known_calls {
                c.calls_known += n;
                if !apart(family) {
                    c.calls_known_other += n;
                }
            }
            for need in v.needs.iter().filter(|n| n.kind == NeedKind::Builtin(Kind::Function) && n.via.is_none()) {
                c.calls_missing += need.uses;
                if !apart(&need.family) {
                    c.calls_missing_other += need.uses;
                }
            }
        }
        c
    }

    fn add(&mut self, o: Counts) {
        self.blocks += o.blocks;
        self.empty += o.empty;
        self.parse += o.parse;
        self.runs += o.runs;
        self.needs += o.needs;
        self.error += o.error;
        self.artefacts += o.artefacts;
        self.artefact_blocks += o.artefact_blocks;
        self.calls_known += o.calls_known;
        self.calls_missing += o.calls_missing;
        self.calls_known_other += o.calls_known_other;
        self.calls_missing_other += o.calls_missing_other;
    }

    /// `builtin calls: ...` for the text report.
    fn calls_line(&self) -> String {
        let other = self.calls_known_other + self.calls_missing_other;
        let share = if other == 0 {
            "-".to_owned()
        } else {
            format!("{:.1}%", self.calls_known_other as f64 * 100.0 / other as f64)
        };
        format!(
            "builtin calls: {} to builtins wlang has, {} to builtins it lacks; outside windows, hfsql and external: {} of {other} known ({share})",
            self.calls_known, self.calls_missing, self.calls_known_other
        )
    }

    fn share(&self) -> String {
        if self.blocks == 0 { "-".into() } else { format!("{:.1}%", self.parse as f64 * 100.0 / self.blocks as f64) }
    }
}

/// One missing builtin, over many blocks.
#[derive(Clone)]
struct Missing {
    need: Need,
    uses: usize,
    blocks: usize,
}

/// The builtins the verdicts need, ranked.
fn missing<'a>(verdicts: impl Iterator<Item = &'a Verdict>) -> Vec<Missing> {
    let mut by: BTreeMap<(String, NeedKind, Option<String>), Missing> = BTreeMap::new();
    for v in verdicts {
        for need in v.needs.iter().filter(|n| matches!(n.kind, NeedKind::Builtin(_)) && n.via.is_none()) {
            let key = (fold(&need.name).into_owned(), need.kind, need.form.clone());
            let entry = by.entry(key).or_insert_with(|| Missing { need: need.clone(), uses: 0, blocks: 0 });
            entry.uses += need.uses;
            entry.blocks += 1;
        }
    }
    let mut list: Vec<Missing> = by.into_values().collect();
    list.sort_by(|a, b| {
        b.uses.cmp(&a.uses).then(b.blocks.cmp(&a.blocks)).then(fold(&a.need.name).cmp(&fold(&b.need.name)))
    });
    list
}

/// The constructs the verdicts need (`construct`, family, uses, blocks), ranked by uses.
fn constructs<'a>(verdicts: impl Iterator<Item = &'a Verdict>) -> Vec<(String, String, usize, usize)> {
    let mut by: BTreeMap<String, (String, usize, usize)> = BTreeMap::new();
    for v in verdicts {
        for need in v.needs.iter().filter(|n| n.kind == NeedKind::Construct) {
            let entry = by.entry(need.name.clone()).or_insert_with(|| (need.family.clone(), 0, 0));
            entry.1 += need.uses;
            entry.2 += 1;
        }
    }
    let mut list: Vec<(String, String, usize, usize)> = by.into_iter().map(|(c, (f, u, b))| (c, f, u, b)).collect();
    list.sort_by(|a, b| b.2.cmp(&a.2).then(b.3.cmp(&a.3)).then(a.0.cmp(&b.0)));
    list
}

/// Per family: (blocks needing it, direct uses), most blocks first.
fn families<'a>(verdicts: impl Iterator<Item = &'a Verdict>) -> Vec<(String, usize, usize)> {
    let mut by: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for v in verdicts {
        let mut seen = HashSet::new();
        for need in &v.needs {
            let entry = by.entry(need.family.clone()).or_default();
            if seen.insert(&need.family) {
                entry.0 += 1;
            }
            if need.via.is_none() {
                entry.1 += need.uses;
            }
        }
    }
    let mut list: Vec<(String, usize, usize)> = by.into_iter().map(|(f, (b, u))| (f, b, u)).collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then(b.2.cmp(&a.2)).then(a.0.cmp(&b.0)));
    list
}

/// Audits every project under `path`.
pub fn audit(path: &Path) -> Result<Vec<Audited>, project::LoadError> {
    let projects = project::discover(path)?;
    Ok(projects
        .into_iter()
        .map(|project| {
            let verdicts = Examination::new(&project).verdicts();
            let empty = project.blocks.len() - verdicts.len();
            Audited { project, verdicts, empty }
        })
        .collect())
}

fn product(p: &Project) -> Option<&'static str> {
    p.file.as_ref().map(|_| if p.webdev { "webdev" } else { "windev" })
}

fn folder(p: &Project) -> String {
    let text = p.root.to_string_lossy().replace('\\', "/");
    match text.strip_prefix("./") {
        Some(rest) if !rest.is_empty() => rest.to_owned(),
        _ if text.is_empty() => ".".into(),
        _ => text,
    }
}

/// A need as people read it: `HLitPremier/HReadFirst`, `SAI_Nom (control)`, `Charge (via)`.
fn need_text(n: &Need) -> String {
    let mut s = match n.kind {
        NeedKind::Builtin(_) if !n.en.is_empty() && !n.en.eq_ignore_ascii_case(&n.name) => {
            format!("{}/{}", n.name, n.en)
        }
        NeedKind::Builtin(crate::tools::catalogue::Kind::Function) => n.name.clone(),
        NeedKind::Builtin(k) => format!("{} ({})", n.name, k.word()),
        NeedKind::Procedure => format!("via {}", n.name),
        kind => format!("{} ({})", n.name, kind.word()),
    };
    if n.by == By::Prefix {
        s.insert_str(s.len() - usize::from(s.ends_with(')')), ", by its prefix");
    }
    if let Some(form) = &n.form {
        let _ = write!(s, " with {form}");
    }
    if n.uses > 1 && n.kind != NeedKind::Procedure {
        let _ = write!(s, " ×{}", n.uses);
    }
    s
}

/// The first line of a diagnostic with its place: `file:line:col: message`.
fn error_text(p: &Project, v: &Verdict, error: &crate::diagnostics::SourceError, lang: Lang) -> (String, usize, usize) {
    let view = &p.elements[p.blocks[v.block].element].view;
    let (line, col) = view.line_col(error.span().start);
    (error.texts(lang).message, line, col)
}

/// The report for people.
pub fn text(audited: &[Audited], lang: Lang) -> String {
    let mut out = String::new();
    let mut total = Counts::default();
    for a in audited {
        let p = &a.project;
        let c = Counts::of(a);
        total.add(c);
        let title = match &p.file {
            Some(file) => format!("project {} ({}/{file}, {})", p.name, folder(p), product(p).unwrap_or("")),
            None => format!("files outside any project in {}", folder(p)),
        };
        let _ = writeln!(out, "{title}: {} elements read", p.elements.len());
        if p.file.is_some() {
            let an = &p.analysis;
            let _ = writeln!(
                out,
                "  analysis: {} data files, {} items, {} connections",
                an.files.len(),
                an.item_count(),
                an.connections.len()
            );
        }
        for note in &p.notes {
            let _ = writeln!(out, "  note: {}", note.text());
        }
        let _ = writeln!(
            out,
            "  {} code blocks ({} empty, not counted): {} run, {} need, {} error; {} parse ({})",
            c.blocks,
            c.empty,
            c.runs,
            c.needs,
            c.error,
            c.parse,
            c.share()
        );
        if c.artefacts > 0 {
            let _ = writeln!(out, "  export artefacts <§…§>: {} in {} blocks", c.artefacts, c.artefact_blocks);
        }
        let _ = writeln!(out, "  {}", c.calls_line());
        for v in &a.verdicts {
            let block = &p.blocks[v.block];
            let art = if v.artefacts > 0 { format!(" [{} export artefacts]", v.artefacts) } else { String::new() };
            let _ = writeln!(out, "  {:<5}  {}  {}{art}", v.status.word(), p.place(block), block.describe());
            let mut by_family: BTreeMap<&str, Vec<String>> = BTreeMap::new();
            for n in &v.needs {
                by_family.entry(&n.family).or_default().push(need_text(n));
            }
            for (family, list) in by_family {
                let _ = writeln!(out, "           {family}: {}", list.join(", "));
            }
            for error in &v.errors {
                let (message, line, col) = error_text(p, v, error, lang);
                let _ = writeln!(out, "           {line}:{col}: {message}");
            }
        }
        write_missing(
            &mut out,
            &missing(a.verdicts.iter()),
            &families(a.verdicts.iter()),
            &constructs(a.verdicts.iter()),
        );
        out.push('\n');
    }
    if audited.len() > 1 {
        let _ = writeln!(
            out,
            "total, {} projects: {} code blocks ({} empty, not counted): {} run, {} need, {} error; {} parse ({}); {} export artefacts in {} blocks",
            audited.len(),
            total.blocks,
            total.empty,
            total.runs,
            total.needs,
            total.error,
            total.parse,
            total.share(),
            total.artefacts,
            total.artefact_blocks
        );
        let _ = writeln!(out, "  {}", total.calls_line());
        let all = || audited.iter().flat_map(|a| a.verdicts.iter());
        write_missing(&mut out, &missing(all()), &families(all()), &constructs(all()));
    }
    out
}

fn write_missing(
    out: &mut String,
    missing: &[Missing],
    families: &[(String, usize, usize)],
    constructs: &[(String, String, usize, usize)],
) {
    if !families.is_empty() {
        let list: Vec<String> = families.iter().map(|(f, b, u)| format!("{f} {b} ({u} uses)")).collect();
        let _ = writeln!(out, "  needed, by family (blocks, direct uses): {}", list.join(", "));
    }
    if !constructs.is_empty() {
        let list: Vec<String> = constructs.iter().map(|(c, _, u, b)| format!("{c} {u} ({b} blocks)")).collect();
        let _ = writeln!(out, "  constructs wlang cannot run yet, by uses: {}", list.join(", "));
    }
    if missing.is_empty() {
        return;
    }
    let _ = writeln!(out, "  builtins wlang lacks, by uses (uses, blocks, family, kind, French/English):");
    for m in missing {
        let n = &m.need;
        let mut form = n.form.as_ref().map(|f| format!(" (with {f})")).unwrap_or_default();
        if n.by == By::Prefix {
            form.push_str(" (not in the catalogue: by its prefix)");
        }
        let en = if n.en.is_empty() { "-" } else { &n.en };
        let _ = writeln!(
            out,
            "  {:>6} {:>4}  {:<10} {:<8}  {} / {en}{form}",
            m.uses,
            m.blocks,
            n.family,
            n.kind.word(),
            n.name
        );
    }
}

/// The report as JSON (see the module header).
pub fn json(audited: &[Audited], lang: Lang) -> String {
    let mut projects = Vec::new();
    let mut total = Counts::default();
    for a in audited {
        let p = &a.project;
        let c = Counts::of(a);
        total.add(c);
        let notes: Vec<String> = p.notes.iter().map(|n| json_str(&n.text())).collect();
        let blocks: Vec<String> = a
            .verdicts
            .iter()
            .map(|v| {
                let block = &p.blocks[v.block];
                let element = &p.elements[block.element];
                let needs: Vec<String> = v.needs.iter().map(need_json).collect();
                let errors: Vec<String> = v
                    .errors
                    .iter()
                    .map(|e| {
                        let (message, line, col) = error_text(p, v, e, lang);
                        format!(
                            "{{\"message\": {}, \"file\": {}, \"line\": {line}, \"column\": {col}}}",
                            json_str(&message),
                            json_str(&element.view.name)
                        )
                    })
                    .collect();
                format!(
                    "{{\"file\": {}, \"line\": {}, \"element\": {}, \"kind\": {}, \"what\": {}, \"event\": {}, \"status\": {}, \"artefacts\": {},\n          \"needs\": {},\n          \"errors\": {}}}",
                    json_str(&element.view.name),
                    block.line,
                    json_str(&element.name),
                    json_str(element.kind.word()),
                    json_str(&block.describe()),
                    block.event.map_or("null".into(), |e| e.to_string()),
                    json_str(v.status.word()),
                    v.artefacts,
                    inline_list(needs),
                    inline_list(errors)
                )
            })
            .collect();
        let an = &p.analysis;
        projects.push(format!(
            "{{\n      \"name\": {},\n      \"folder\": {},\n      \"file\": {},\n      \"product\": {},\n      \"elements\": {},\n      \"notes\": {},\n      \"analysis\": {{\"files\": {}, \"items\": {}, \"connections\": {}}},\n      \"counts\": {},\n      \"missing\": {},\n      \"constructs\": {},\n      \"families\": {},\n      \"blocks\": {}\n    }}",
            json_str(&p.name),
            json_str(&folder(p)),
            p.file.as_deref().map_or("null".into(), json_str),
            product(p).map_or("null".into(), json_str),
            p.elements.len(),
            inline_list(notes),
            an.files.len(),
            an.item_count(),
            an.connections.len(),
            counts_json(&c),
            list(missing(a.verdicts.iter()).iter().map(missing_json).collect(), 8),
            list(constructs(a.verdicts.iter()).iter().map(construct_json).collect(), 8),
            list(families(a.verdicts.iter()).iter().map(family_json).collect(), 8),
            list(blocks, 8)
        ));
    }
    let all = || audited.iter().flat_map(|a| a.verdicts.iter());
    format!(
        "{{\n  \"format\": \"wlang-audit/1\",\n  \"projects\": {},\n  \"totals\": {{\n    \"projects\": {},\n    \"counts\": {},\n    \"missing\": {},\n    \"constructs\": {},\n    \"families\": {}\n  }}\n}}\n",
        list(projects, 4),
        audited.len(),
        counts_json(&total),
        list(missing(all()).iter().map(missing_json).collect(), 6),
        list(constructs(all()).iter().map(construct_json).collect(), 6),
        list(families(all()).iter().map(family_json).collect(), 6)
    )
}

fn counts_json(c: &Counts) -> String {
    format!(
        "{{\"blocks\": {}, \"empty\": {}, \"parse\": {}, \"runs\": {}, \"needs\": {}, \"error\": {}, \"artefacts\": {}, \"artefact_blocks\": {}, \"calls_known\": {}, \"calls_missing\": {}, \"calls_known_other\": {}, \"calls_missing_other\": {}}}",
        c.blocks,
        c.empty,
        c.parse,
        c.runs,
        c.needs,
        c.error,
        c.artefacts,
        c.artefact_blocks,
        c.calls_known,
        c.calls_missing,
        c.calls_known_other,
        c.calls_missing_other
    )
}

fn need_json(n: &Need) -> String {
    format!(
        "{{\"name\": {}, \"en\": {}, \"kind\": {}, \"family\": {}, \"uses\": {}, \"form\": {}, \"via\": {}, \"by\": {}}}",
        json_str(&n.name),
        json_str(&n.en),
        json_str(n.kind.word()),
        json_str(&n.family),
        n.uses,
        n.form.as_deref().map_or("null".into(), json_str),
        n.via.as_deref().map_or("null".into(), json_str),
        json_str(n.by.word())
    )
}

fn missing_json(m: &Missing) -> String {
    let n = &m.need;
    format!(
        "{{\"name\": {}, \"en\": {}, \"kind\": {}, \"family\": {}, \"form\": {}, \"by\": {}, \"uses\": {}, \"blocks\": {}}}",
        json_str(&n.name),
        json_str(&n.en),
        json_str(n.kind.word()),
        json_str(&n.family),
        n.form.as_deref().map_or("null".into(), json_str),
        json_str(n.by.word()),
        m.uses,
        m.blocks
    )
}

fn construct_json((construct, family, uses, blocks): &(String, String, usize, usize)) -> String {
    format!(
        "{{\"construct\": {}, \"family\": {}, \"uses\": {uses}, \"blocks\": {blocks}}}",
        json_str(construct),
        json_str(family)
    )
}

fn family_json((family, blocks, uses): &(String, usize, usize)) -> String {
    format!("{{\"family\": {}, \"blocks\": {blocks}, \"uses\": {uses}}}", json_str(family))
}

/// A JSON array, one item per line at this indentation.
fn list(items: Vec<String>, indent: usize) -> String {
    if items.is_empty() {
        return "[]".into();
    }
    let pad = " ".repeat(indent);
    format!("[\n{pad}{}\n{}]", items.join(&format!(",\n{pad}")), " ".repeat(indent.saturating_sub(2)))
}

/// A JSON array on one line.
fn inline_list(items: Vec<String>) -> String {
    format!("[{}]", items.join(", "))
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
pub fn command(path: &Path, json_output: bool, lang: Lang) -> i32 {
    let path = path.to_path_buf();
    let result = crate::with_large_stack(move || {
        audit(&path).map(|audited| if json_output { json(&audited, lang) } else { text(&audited, lang) })
    });
    match result {
        Ok(report) => {
            print!("{report}");
            0
        }
        Err(e) => {
            eprintln!("{}", lang.pick(format!("error: {}", e.text(lang)), format!("erreur : {}", e.text(lang))));
            crate::EXIT_SOURCE_ERROR
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_strings_are_escaped() {
        assert_eq!(json_str("a\"b\\c\n\u{1}é"), "\"a\\\"b\\\\c\\n\\u0001é\"");
    }
}
