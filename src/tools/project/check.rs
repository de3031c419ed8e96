//! What a project's blocks mean together: which names each block sees, and for each non-empty
//! block whether it runs in wlang, needs what wlang lacks, or is in error.
//!
//! Every block is parsed alone (at its place in its element's view), then resolved by a fresh
//! `resolve::Session` that first declares, with `Session::declare_external`, the names the
//! block sees without declaring them:
//! - in every block: the project's globals (declared in the project's initialisation code and in
//!   the declarations of procedure sets), the procedures of procedure sets, the project's
//!   elements (windows, pages, reports, queries, procedure sets, classes), the HFSQL files,
//!   items and connections of the analysis;
//! - in the blocks of a window, page, template or report: its declarations, its local
//!   procedures and its controls; in the blocks of a class: its members and methods.
//!
//! A name the resolver still calls unknown is looked up in the catalogue (`tools::catalogue`):
//! a WLanguage builtin wlang lacks is a *need* (with its family); failing that, a constant whose
//! prefix is that of one family's constants, or a `GR_`/`GRP_` group of controls in a window, is
//! a need too (`By::Prefix`); anything else is an *error*. A block also needs what it uses of
//! the graphical interface (windows, controls, `MoiMême` in a window: family `windows`) and of
//! HFSQL (files, items, queries, connections: family `hfsql`), the constructs the resolver knows
//! and the interpreter cannot run yet (`Session::unsupported`: classes, `..Propriété`,
//! indirections, ...; Automation is `external`), and what the project procedures it calls need
//! (transitively, reported `via` the procedure). A block that does not parse is an error; the
//! tree the parser recovered is still resolved, for its name errors and its needs.
//!
//! Empty blocks (only blank lines) get no verdict. Nothing here prints.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::rc::Rc;

use super::{Block, ElementKind, ObjectKind, Project, Role};
use crate::ast::{self, ExprKind};
use crate::builtins;
use crate::diagnostics::{Construct, ConstructKind, Lang, SourceError};
use crate::keywords::fold;
use crate::parser;
use crate::resolve::Session;
use crate::source::Span;
use crate::tools::catalogue::{self, Kind};
use crate::tools::walk::{self, Visit};

/// What a block's verdict says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// Everything it needs exists in wlang.
    Runs,
    /// Parses and resolves, but needs what wlang lacks.
    Needs,
    /// A syntax error or a truly unknown name.
    Error,
}

impl Status {
    pub fn word(self) -> &'static str {
        match self {
            Status::Runs => "runs",
            Status::Needs => "needs",
            Status::Error => "error",
        }
    }
}

/// What kind of thing a block needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NeedKind {
    /// A builtin of the catalogue wlang lacks (or lacks in this form).
    Builtin(Kind),
    /// A window, page, template or report.
    Window,
    /// A control of a window (field, button, table, menu option, ...).
    Control,
    /// An HFSQL data file, item, query or connection.
    DataFile,
    Item,
    Query,
    Connection,
    /// A project procedure that needs something (`via` names it) or has errors.
    Procedure,
    /// A construct of the language the interpreter cannot run yet (classes, `..Propriété`, ...).
    Construct,
}

impl NeedKind {
    pub fn word(self) -> &'static str {
        match self {
            NeedKind::Builtin(k) => k.word(),
            NeedKind::Window => "window",
            NeedKind::Control => "control",
            NeedKind::DataFile => "data file",
            NeedKind::Item => "item",
            NeedKind::Query => "query",
            NeedKind::Connection => "connection",
            NeedKind::Procedure => "procedure",
            NeedKind::Construct => "construct",
        }
    }
}

/// One thing a block needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Need {
    pub kind: NeedKind,
    /// The catalogue's French name, or the name as the code spells it.
    pub name: String,
    /// The catalogue's English name (empty when it has none or for project names).
    pub en: String,
    /// `windows`, `hfsql`, a catalogue family, or `project` for a procedure with errors.
    pub family: String,
    /// How many times the block uses it.
    pub uses: usize,
    /// For a builtin wlang has in another form: what is missing (`3 arguments`).
    pub form: Option<String>,
    /// Needed through this project procedure (called by the block, directly or not).
    pub via: Option<String>,
    /// What tells it is needed.
    pub by: By,
}

/// The evidence behind a need.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    /// The catalogue lists the name.
    Catalogue,
    /// The project declares it (a window, a control, an HFSQL file, a procedure).
    Project,
    /// The resolver: a construct of the language the interpreter cannot run yet.
    Resolver,
    /// Only its shape: a constant's prefix the catalogue's constants of one family share
    /// (`fselOpen`), a control group's `GR_`/`GRP_` (groups are not in text exports).
    Prefix,
}

impl By {
    pub fn word(self) -> &'static str {
        match self {
            By::Catalogue => "catalogue",
            By::Project => "project",
            By::Resolver => "resolver",
            By::Prefix => "prefix",
        }
    }
}

/// The verdict on one non-empty block.
#[derive(Debug, Clone)]
pub struct Verdict {
    /// Index in `Project::blocks`.
    pub block: usize,
    pub status: Status,
    /// Sorted by family, then kind, then name.
    pub needs: Vec<Need>,
    /// What makes the block an error: syntax errors, or name errors nobody explains.
    pub errors: Vec<SourceError>,
    /// The errors are syntax errors (the block did not parse).
    pub syntax: bool,
    /// Export artefacts met: string-resource references `<§$…§>`, `<§@…§>`, `<§?…§>` and
    /// `<§rad:…§>` markers.
    pub artefacts: usize,
    /// Calls of builtins wlang has, by the catalogue's family (`misc` when it does not list the
    /// builtin): with the uses of the needs of kind `function`, the share of calls wlang knows.
    pub known_calls: BTreeMap<String, usize>,
}

/// What a name is, when a block sees it without declaring it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Known {
    Global,
    /// A procedure; the block that defines it, when known.
    Procedure(Option<usize>),
    /// A procedure set, a class, a test: code of the project.
    Code,
    Window,
    Control,
    DataFile,
    Item,
    Query,
    Connection,
}

/// Names by folded spelling: (spelling, what, where it is declared when known).
#[derive(Default, Clone)]
struct Names(HashMap<String, (String, Known, Option<Site>)>);

impl Names {
    fn add(&mut self, name: &str, known: Known, site: Option<Site>) {
        self.0.entry(fold(name).into_owned()).or_insert_with(|| (name.to_owned(), known, site));
    }
}

/// Where a name is declared: a block, and the name's span in its element's view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Site {
    pub block: usize,
    pub span: Span,
}

/// What a declaration a block sees without making it is (`Examination::declaration`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeclarationKind {
    /// Declared by the block itself (a variable, a parameter).
    Local,
    /// A global of the project, or a declaration of the block's window, page or class.
    Global,
    Procedure,
}

/// A parsed block: its tree (when the parser could make one), its syntax errors.
struct Parsed {
    program: Option<ast::Program>,
    syntax: Vec<SourceError>,
    /// Names the lines the parser dropped seem to declare: never called unknown.
    dropped: Vec<Rc<str>>,
}

impl Parsed {
    /// Parses a block at its place in its element's view (spans are offsets in the view).
    fn block(project: &Project, block: &Block) -> Parsed {
        let parsed = parser::parse_recovering(project.text_through(block), block.start);
        Parsed { program: parsed.program, syntax: parsed.errors, dropped: parsed.dropped_names }
    }
}

/// The parses of blocks kept from one examination to the next (an editor re-checks a project
/// after each change, where most blocks are unchanged). A parse depends only on the block's code
/// and its offset in its element's view, which make the key. Parses no examination asked for
/// since the previous `sweep` are dropped by the next one.
#[derive(Default)]
pub struct ParseCache {
    parses: HashMap<(usize, String), (Rc<Parsed>, bool)>,
}

impl ParseCache {
    fn get(&mut self, project: &Project, block: &Block) -> Rc<Parsed> {
        let key = (block.start, project.code(block).to_owned());
        let entry = self.parses.entry(key).or_insert_with(|| (Rc::new(Parsed::block(project, block)), true));
        entry.1 = true;
        entry.0.clone()
    }

    /// Forgets the parses not used since the last sweep.
    pub fn sweep(&mut self) {
        self.parses.retain(|_, (_, used)| std::mem::take(used));
    }

    pub fn len(&self) -> usize {
        self.parses.len()
    }

    pub fn is_empty(&self) -> bool {
        self.parses.is_empty()
    }
}

/// The examination of a whole project: the parses and the names each block sees.
pub struct Examination<'p> {
    pub project: &'p Project,
    /// `None` for an empty block.
    parsed: Vec<Option<Rc<Parsed>>>,
    /// The project's names.
    global: Names,
    /// The names of each element (its declarations, local procedures, controls, members).
    local: Vec<Names>,
}

/// Whether a block has code (a line that is not blank).
pub fn is_empty(code: &str) -> bool {
    code.trim().is_empty()
}

impl<'p> Examination<'p> {
    /// Parses every non-empty block and gathers the names.
    pub fn new(project: &'p Project) -> Examination<'p> {
        let parsed = project
            .blocks
            .iter()
            .map(|b| (!is_empty(project.code(b))).then(|| Rc::new(Parsed::block(project, b))))
            .collect();
        Examination::with_parses(project, parsed)
    }

    /// As `new`, taking the parses `cache` holds and keeping there those it makes.
    pub fn cached(project: &'p Project, cache: &mut ParseCache) -> Examination<'p> {
        let parsed =
            project.blocks.iter().map(|b| (!is_empty(project.code(b))).then(|| cache.get(project, b))).collect();
        Examination::with_parses(project, parsed)
    }

    fn with_parses(project: &'p Project, parsed: Vec<Option<Rc<Parsed>>>) -> Examination<'p> {
        let mut ex = Examination {
            project,
            parsed,
            global: Names::default(),
            local: vec![Names::default(); project.elements.len()],
        };
        ex.gather();
        ex
    }

    fn gather(&mut self) {
        let project = self.project;
        // (name, where, element whose blocks see it or None for the whole project, what it is)
        let mut found: Vec<(String, Site, Option<usize>, Known)> = Vec::new();
        for (b, block) in project.blocks.iter().enumerate() {
            let element = &project.elements[block.element];
            let e = block.element;
            let site =
                |span: Option<Span>| Site { block: b, span: span.unwrap_or(Span::new(block.start, block.start)) };
            match (element.kind, block.role) {
                (ElementKind::Project, Role::Init) | (ElementKind::ProcedureSet, Role::Declarations) => {
                    found.extend(self.declared(b).into_iter().map(|(n, s)| (n, site(s), None, Known::Global)));
                }
                (ElementKind::ProcedureSet, Role::Procedure) => found
                    .extend(self.procedures(b).into_iter().map(|(n, s)| (n, site(s), None, Known::Procedure(Some(b))))),
                (ElementKind::Class, Role::Declarations) => found.extend(
                    self.declared(b)
                        .into_iter()
                        .filter(|(n, _)| !n.eq_ignore_ascii_case(&element.name))
                        .map(|(n, s)| (n, site(s), Some(e), Known::Global)),
                ),
                (kind, Role::Declarations) if kind.has_controls() => {
                    found.extend(self.declared(b).into_iter().map(|(n, s)| (n, site(s), Some(e), Known::Global)));
                }
                (_, Role::Procedure) => found.extend(
                    self.procedures(b).into_iter().map(|(n, s)| (n, site(s), Some(e), Known::Procedure(Some(b)))),
                ),
                _ => {}
            }
        }
        for (name, site, scope, known) in found {
            match scope {
                Some(e) => self.local[e].add(&name, known, Some(site)),
                None => self.global.add(&name, known, Some(site)),
            }
        }
        for (e, element) in project.elements.iter().enumerate() {
            if element.kind.has_controls() {
                for control in &element.controls {
                    self.local[e].add(control, Known::Control, None);
                }
            }
        }
        for object in &project.objects {
            let known = match object.kind {
                ObjectKind::Interface => Known::Window,
                ObjectKind::Query => Known::Query,
                ObjectKind::Code => Known::Code,
            };
            self.global.add(&object.name, known, None);
        }
        for file in &project.analysis.files {
            self.global.add(&file.name, Known::DataFile, None);
            for item in &file.items {
                self.global.add(item, Known::Item, None);
            }
        }
        for connection in &project.analysis.connections {
            self.global.add(connection, Known::Connection, None);
        }
    }

    /// The names a block declares (everything, at any depth) with their spans, or what a line
    /// scan finds when it does not parse (`x est un ...`, `x is ...`, the lines of a
    /// `CONSTANTE` block), without.
    fn declared(&self, b: usize) -> Vec<(String, Option<Span>)> {
        let Some(parsed) = &self.parsed[b] else { return Vec::new() };
        let mut names = Vec::new();
        if let Some(program) = &parsed.program {
            walk::program(program, &mut |v| {
                if let Visit::Declared(name) = v {
                    names.push((self.spelled(b, name), Some(name.span)));
                }
            });
        }
        if !parsed.syntax.is_empty() {
            names.extend(scan_declarations(self.project.code(&self.project.blocks[b])).into_iter().map(|n| (n, None)));
        }
        names
    }

    /// The procedures a block declares: from its tree, or the export's name for it.
    fn procedures(&self, b: usize) -> Vec<(String, Option<Span>)> {
        let block = &self.project.blocks[b];
        let mut names: Vec<(String, Option<Span>)> = match self.program(b) {
            Some(program) => program.procedures.iter().map(|p| (self.spelled(b, &p.name), Some(p.name.span))).collect(),
            None => Vec::new(),
        };
        if let Some(owner) = &block.owner
            && !names.iter().any(|(n, _)| n.eq_ignore_ascii_case(owner))
        {
            names.push((owner.clone(), None));
        }
        names
    }

    fn spelled(&self, b: usize, name: &ast::Name) -> String {
        let block = &self.project.blocks[b];
        let view = &self.project.elements[block.element].view.text;
        view.get(name.span.start as usize..name.span.end as usize).unwrap_or(&name.folded).to_owned()
    }

    /// The names block `b` sees without declaring them, local ones first. With `interface`
    /// false, the graphical interface and HFSQL are left out (what a run has).
    fn visible(&self, b: usize, interface: bool) -> Vec<(&str, Known)> {
        let block = &self.project.blocks[b];
        let own: HashSet<String> = self.procedures_declared_by(b);
        let mut seen: HashSet<&str> = HashSet::new();
        let mut out = Vec::new();
        for names in [&self.local[block.element], &self.global] {
            for (folded, (spelled, known, _)) in &names.0 {
                let runnable = matches!(known, Known::Global | Known::Procedure(_) | Known::Code);
                if (interface || runnable) && !own.contains(folded) && seen.insert(folded) {
                    out.push((spelled.as_str(), *known));
                }
            }
        }
        out.sort_by(|a, b| a.0.cmp(b.0));
        out
    }

    fn procedures_declared_by(&self, b: usize) -> HashSet<String> {
        match self.program(b) {
            Some(program) => program.procedures.iter().map(|p| p.name.folded.to_string()).collect(),
            None => HashSet::new(),
        }
    }

    /// The tree of block `b`, if it has one.
    pub fn program(&self, b: usize) -> Option<&ast::Program> {
        self.parsed[b].as_ref().and_then(|p| p.program.as_ref())
    }

    /// Where the name block `b` uses is declared: by the block itself (its first declaration of
    /// the name: a variable, a parameter, a procedure), else by its element (declarations of a
    /// window, page, template, report or class, local procedures) or by the project (globals,
    /// procedures of procedure sets). `None` for the other names (builtins, windows, controls,
    /// HFSQL names, unknown names).
    pub fn declaration(&self, b: usize, name: &str) -> Option<(Site, DeclarationKind)> {
        let folded = fold(name);
        if let Some(program) = self.program(b) {
            let mut own = None;
            walk::program(program, &mut |v| {
                if let Visit::Declared(declared) = v
                    && own.is_none()
                    && *declared.folded == *folded
                {
                    own = Some(declared.span);
                }
            });
            if let Some(span) = own {
                let procedure = program.procedures.iter().any(|p| p.name.span == span);
                let kind = if procedure { DeclarationKind::Procedure } else { DeclarationKind::Local };
                return Some((Site { block: b, span }, kind));
            }
        }
        let block = &self.project.blocks[b];
        [&self.local[block.element], &self.global].iter().find_map(|names| {
            let (_, known, site) = names.0.get(&*folded)?;
            let kind = match known {
                Known::Global => DeclarationKind::Global,
                Known::Procedure(_) => DeclarationKind::Procedure,
                _ => return None,
            };
            Some(((*site)?, kind))
        })
    }

    /// Resolves block `b` in its context: the resolver's errors (empty when it resolves),
    /// without those about names the parser's dropped lines seem to declare, and the constructs
    /// it uses that the interpreter cannot run yet. `None` for an empty block or one the parser
    /// made no tree of.
    pub fn resolve(&self, b: usize, interface: bool) -> Option<(Vec<SourceError>, Vec<Construct>)> {
        let parsed = self.parsed[b].as_ref()?;
        let program = parsed.program.as_ref()?;
        let mut session = Session::default();
        for (name, _) in self.visible(b, interface) {
            session.declare_external(name);
        }
        let text = self.project.text_through(&self.project.blocks[b]);
        let mut errors = match session.resolve(program, text) {
            Ok(_) => Vec::new(),
            Err(errors) => errors,
        };
        errors.retain(|e| unknown_name(e).is_none_or(|n| !parsed.dropped.iter().any(|d| **d == *fold(n))));
        Some((errors, session.unsupported().to_vec()))
    }

    /// Whether a resolver's error is about a window, control or HFSQL name block `b` sees (an
    /// unknown name only where the graphical interface and HFSQL are left out).
    pub fn names_an_object(&self, b: usize, error: &SourceError) -> bool {
        let Some(name) = unknown_name(error) else { return false };
        let folded = fold(name);
        let block = &self.project.blocks[b];
        [&self.local[block.element], &self.global].iter().any(|names| {
            names
                .0
                .get(&*folded)
                .is_some_and(|(_, known, _)| !matches!(known, Known::Global | Known::Procedure(_) | Known::Code))
        })
    }

    /// The syntax errors of block `b` (empty when it parses or is empty).
    pub fn syntax_errors(&self, b: usize) -> &[SourceError] {
        self.parsed[b].as_ref().map_or(&[], |p| &p.syntax)
    }

    /// The verdicts on every non-empty block, in block order.
    pub fn verdicts(&self) -> Vec<Verdict> {
        self.verdicts_where(|_| true)
    }

    /// The verdicts on the non-empty blocks of one element, in block order. Their errors are
    /// those `verdicts` finds; their needs leave out what the procedures they call need through
    /// procedures of other elements.
    pub fn verdicts_of(&self, element: usize) -> Vec<Verdict> {
        self.verdicts_where(|block| block.element == element)
    }

    fn verdicts_where(&self, wanted: impl Fn(&Block) -> bool) -> Vec<Verdict> {
        let mut verdicts = Vec::new();
        // Project procedures each block calls: (verdict index, callee's defining block, spelling).
        let mut calls: Vec<Vec<(usize, String)>> = Vec::new();
        let mut verdict_of: HashMap<usize, usize> = HashMap::new();
        for (b, parsed) in self.parsed.iter().enumerate() {
            let Some(parsed) = parsed else { continue };
            if !wanted(&self.project.blocks[b]) {
                continue;
            }
            let code = self.project.code(&self.project.blocks[b]);
            let artefacts = count_artefacts(code);
            let mut verdict = Verdict {
                block: b,
                status: Status::Runs,
                needs: Vec::new(),
                errors: Vec::new(),
                syntax: false,
                artefacts,
                known_calls: BTreeMap::new(),
            };
            let mut called = Vec::new();
            if !parsed.syntax.is_empty() {
                verdict.syntax = true;
                verdict.errors = parsed.syntax.clone();
            }
            if let Some(program) = &parsed.program {
                let mut needs: BTreeMap<(NeedKind, String, Option<String>), Need> = BTreeMap::new();
                let mut add = |need: Need| {
                    let key = (need.kind, fold(&need.name).into_owned(), need.form.clone());
                    needs.entry(key).and_modify(|n| n.uses += need.uses).or_insert(need);
                };
                let block = &self.project.blocks[b];
                let element = &self.project.elements[block.element];
                let interface = element.kind.has_controls();
                let (errors, constructs) = self.resolve(b, true).unwrap_or_default();
                // Unknown names placed as needs (`MaFenêtre`, `H`, `GRP_X`), folded.
                let mut placed: HashSet<String> = HashSet::new();
                for error in errors {
                    match classify(&error, interface) {
                        Some(need) => {
                            if let Some(name) = unknown_name(&error) {
                                placed.insert(fold(name).into_owned());
                            }
                            add(need)
                        }
                        None => verdict.errors.push(error),
                    }
                }
                let visible: HashMap<String, (&str, Known)> =
                    self.visible(b, true).into_iter().map(|(n, k)| (fold(n).into_owned(), (n, k))).collect();
                for construct in constructs {
                    // `CLIENT.NOM`, `SAI_Nom..Valeur`, `MoiMême..Libellé` in a window, `H.Fichier`:
                    // the need of the object says it.
                    let object = construct.written.split(['.', ':', '[', ' ', '>', '(']).next().unwrap_or("");
                    let object = fold(object);
                    let myself = interface && matches!(&*object, "moimeme" | "myself");
                    let of_project = visible
                        .get(&*object)
                        .is_some_and(|(_, known)| !matches!(known, Known::Global | Known::Procedure(_) | Known::Code));
                    if myself || of_project || placed.contains(&*object) {
                        continue;
                    }
                    add(Need {
                        kind: NeedKind::Construct,
                        name: construct.words(Lang::En).to_owned(),
                        en: String::new(),
                        family: construct_family(construct.kind).into(),
                        uses: 1,
                        form: None,
                        via: None,
                        by: By::Resolver,
                    });
                }
                // In a window's code `MoiMême` is the control whose code it is.
                if interface && let Some(uses) = myself_uses(program) {
                    add(Need {
                        kind: NeedKind::Control,
                        name: "MoiMême".into(),
                        en: "MySelf".into(),
                        family: "windows".into(),
                        uses,
                        form: None,
                        via: None,
                        by: By::Project,
                    });
                }
                // A method runs on an object of its class, which wlang cannot make yet.
                if element.kind == ElementKind::Class && block.role == Role::Procedure {
                    add(Need {
                        kind: NeedKind::Construct,
                        name: "classes".into(),
                        en: String::new(),
                        family: "language".into(),
                        uses: 1,
                        form: None,
                        via: None,
                        by: By::Resolver,
                    });
                }
                for (folded, uses) in used_names(program) {
                    let Some(&(spelled, known)) = visible.get(&folded) else {
                        // A builtin wlang has, named or called (`HeureSys`, `Info(...)`), in
                        // its table or in its prelude (`fSéparateur(...)`).
                        if builtins::lookup(&folded).is_some() || crate::prelude::lookup(&folded).is_some() {
                            let family = catalogue::find(&folded, &[Kind::Function]).map_or("misc", |e| e.family);
                            *verdict.known_calls.entry(family.to_owned()).or_default() += uses;
                        }
                        continue;
                    };
                    let (kind, family) = match known {
                        Known::Window => (NeedKind::Window, "windows"),
                        Known::Control => (NeedKind::Control, "windows"),
                        Known::DataFile => (NeedKind::DataFile, "hfsql"),
                        Known::Item => (NeedKind::Item, "hfsql"),
                        Known::Query => (NeedKind::Query, "hfsql"),
                        Known::Connection => (NeedKind::Connection, "hfsql"),
                        Known::Procedure(Some(callee)) => {
                            called.push((callee, spelled.to_owned()));
                            continue;
                        }
                        _ => continue,
                    };
                    add(Need {
                        kind,
                        name: spelled.to_owned(),
                        en: String::new(),
                        family: family.into(),
                        uses,
                        form: None,
                        via: None,
                        by: By::Project,
                    });
                }
                verdict.needs = needs.into_values().collect();
            }
            verdict.errors.sort_by_key(|e| e.span().start);
            verdict.status = if !verdict.errors.is_empty() {
                Status::Error
            } else if verdict.needs.is_empty() {
                Status::Runs
            } else {
                Status::Needs
            };
            verdict_of.insert(b, verdicts.len());
            verdicts.push(verdict);
            calls.push(called);
        }
        propagate(&mut verdicts, &calls, &verdict_of);
        for v in &mut verdicts {
            v.needs.sort_by(|a, b| {
                (&a.family, a.kind, fold(&a.name), &a.via).cmp(&(&b.family, b.kind, fold(&b.name), &b.via))
            });
        }
        verdicts
    }
}

/// The name an unknown-name error is about.
fn unknown_name(error: &SourceError) -> Option<&str> {
    match error {
        SourceError::UnknownName { name, .. }
        | SourceError::UnknownObject { name, .. }
        | SourceError::UnknownProcedure { name, .. } => Some(name),
        _ => None,
    }
}

/// Every name the block uses as a value, a call or an object, with its count; names the
/// block declares itself are left out.
fn used_names(program: &ast::Program) -> BTreeMap<String, usize> {
    let mut declared: HashSet<&str> = HashSet::new();
    walk::program(program, &mut |v| match v {
        Visit::Declared(name) => {
            declared.insert(&name.folded);
        }
        // A loop counter needs no declaration: it is the block's own.
        Visit::Stmt(s) => {
            if let ast::StmtKind::For { var, .. }
            | ast::StmtKind::ForEach { var, .. }
            | ast::StmtKind::ForEachString { var, .. } = &s.kind
            {
                declared.insert(&var.folded);
            }
        }
        _ => {}
    });
    let mut used: BTreeMap<String, usize> = BTreeMap::new();
    walk::program(program, &mut |v| {
        let name = match v {
            Visit::Expr(e) => match &e.kind {
                ExprKind::Name(name) => name,
                _ => return,
            },
            // `POUR TOUT CLIENT`: the file is a name, not an expression.
            Visit::Stmt(s) => match &s.kind {
                ast::StmtKind::ForEachRecord { file, .. } => file,
                _ => return,
            },
            _ => return,
        };
        if !declared.contains(&*name.folded) {
            *used.entry(name.folded.to_string()).or_default() += 1;
        }
    });
    used
}

/// How many times a block names `MoiMême`/`MySelf`.
fn myself_uses(program: &ast::Program) -> Option<usize> {
    let mut uses = 0;
    walk::program(program, &mut |v| {
        if let Visit::Expr(e) = v
            && matches!(e.kind, ExprKind::MySelf)
        {
            uses += 1;
        }
    });
    (uses > 0).then_some(uses)
}

/// The family of what a construct wlang cannot run yet needs.
fn construct_family(kind: ConstructKind) -> &'static str {
    match kind {
        ConstructKind::Automation => "external",
        ConstructKind::Hfsql => "hfsql",
        ConstructKind::TableControl | ConstructKind::Window => "windows",
        _ => "language",
    }
}

/// What an error of the resolver means when the catalogue knows the name (or, failing that,
/// when its shape tells: see `By::Prefix`; `interface`: the block belongs to a window, page,
/// template or report): a need. `None`: a real error.
fn classify(error: &SourceError, interface: bool) -> Option<Need> {
    let (name, kinds, form): (&str, &[Kind], Option<String>) = match error {
        SourceError::UnknownProcedure { name, .. } => (name, &[Kind::Function, Kind::Type, Kind::Variable], None),
        SourceError::UnknownName { name, .. } | SourceError::UnknownObject { name, .. } => {
            (name, &[Kind::Constant, Kind::Variable, Kind::Function, Kind::Property, Kind::Type], None)
        }
        SourceError::UnknownType { name, .. } => (name, &[Kind::Type], None),
        SourceError::Arity { name, found, .. } if builtins::lookup(&fold(name)).is_some() => {
            let plural = if *found == 1 { "" } else { "s" };
            (name, &[Kind::Function], Some(format!("{found} argument{plural}")))
        }
        _ => return None,
    };
    if let Some(entry) = catalogue::find(name, kinds) {
        return Some(Need {
            kind: NeedKind::Builtin(entry.kind),
            name: entry.fr.to_owned(),
            en: entry.en.to_owned(),
            family: entry.family.to_owned(),
            uses: 1,
            form,
            via: None,
            by: By::Catalogue,
        });
    }
    let guessed = |kind, family: &str| Need {
        kind,
        name: name.to_owned(),
        en: String::new(),
        family: family.to_owned(),
        uses: 1,
        form: None,
        via: None,
        by: By::Prefix,
    };
    if !matches!(error, SourceError::UnknownName { .. } | SourceError::UnknownObject { .. }) {
        return None;
    }
    // Groups of controls live in the window's binary properties, not in its text export.
    let upper = name.to_uppercase();
    if interface && (upper.starts_with("GR_") || upper.starts_with("GRP_")) {
        return Some(guessed(NeedKind::Control, "windows"));
    }
    catalogue::constant_family(name).map(|family| guessed(NeedKind::Builtin(Kind::Constant), family))
}

/// A block that calls a project procedure needs what the procedure needs (through it), and a
/// procedure with errors: until nothing changes.
fn propagate(verdicts: &mut [Verdict], calls: &[Vec<(usize, String)>], verdict_of: &HashMap<usize, usize>) {
    // What each verdict needs through its callees: (callee spelling, family).
    let mut via: Vec<HashSet<(String, String)>> = vec![HashSet::new(); verdicts.len()];
    loop {
        let mut changed = false;
        for v in 0..verdicts.len() {
            for (callee_block, spelled) in &calls[v] {
                let Some(&c) = verdict_of.get(callee_block) else { continue };
                if c == v {
                    continue;
                }
                let mut families: Vec<String> =
                    verdicts[c].needs.iter().filter(|n| n.via.is_none()).map(|n| n.family.clone()).collect();
                families.extend(via[c].iter().map(|(_, f)| f.clone()));
                if verdicts[c].status == Status::Error {
                    families.push("project".into());
                }
                for family in families {
                    changed |= via[v].insert((spelled.clone(), family));
                }
            }
        }
        if !changed {
            break;
        }
    }
    for (v, entries) in via.into_iter().enumerate() {
        let mut entries: Vec<(String, String)> = entries.into_iter().collect();
        entries.sort();
        for (callee, family) in entries {
            verdicts[v].needs.push(Need {
                kind: NeedKind::Procedure,
                name: callee.clone(),
                en: String::new(),
                family,
                uses: 1,
                form: None,
                via: Some(callee),
                by: By::Project,
            });
        }
        if verdicts[v].status == Status::Runs && !verdicts[v].needs.is_empty() {
            verdicts[v].status = Status::Needs;
        }
    }
}

/// `<§…§>` export artefacts in a block's code.
pub fn count_artefacts(code: &str) -> usize {
    let mut count = 0;
    let mut rest = code;
    while let Some(open) = rest.find("<§") {
        rest = &rest[open + "<§".len()..];
        let line_end = rest.find('\n').unwrap_or(rest.len());
        if let Some(close) = rest[..line_end].find("§>") {
            count += 1;
            rest = &rest[close + "§>".len()..];
        }
    }
    count
}

/// The names a block that does not parse seems to declare: `a, b sont des entiers`,
/// `x is string`, `NOM = valeur` inside `CONSTANTE ... FIN`.
fn scan_declarations(code: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut in_constants = false;
    for line in code.lines() {
        let line = line.split("//").next().unwrap_or("").trim();
        let words: Vec<&str> = line.split_whitespace().collect();
        let first = words.first().map(|w| fold(w).into_owned()).unwrap_or_default();
        if matches!(first.as_str(), "constante" | "constant") && words.len() == 1 {
            in_constants = true;
            continue;
        }
        if in_constants {
            if matches!(first.as_str(), "fin" | "end") {
                in_constants = false;
            } else if let Some((name, _)) = line.split_once('=') {
                names.push(name.trim().to_owned());
            }
            continue;
        }
        if let Some(at) = words.iter().position(|w| matches!(&*fold(w), "est" | "sont" | "is" | "are"))
            && at > 0
        {
            for name in words[..at].join(" ").split(',') {
                let name = name.trim();
                if !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_') {
                    names.push(name.to_owned());
                }
            }
        }
    }
    names
}

/// `wl check PROJECT`: the diagnostics of every block in error, at their places, then one line
/// per project with its counts. Exit code 2 when a block is in error (or the path cannot be
/// read), else 0: what a block needs that wlang lacks is no error of the code (`wl audit`
/// lists it).
pub fn command(
    path: &std::path::Path,
    err: &mut dyn std::io::Write,
    style: crate::diagnostics::Style,
    lang: crate::diagnostics::Lang,
) -> i32 {
    let projects = match super::discover(path) {
        Ok(projects) => projects,
        Err(e) => {
            let _ = writeln!(
                err,
                "{}",
                lang.pick(format!("error: {}", e.text(lang)), format!("erreur : {}", e.text(lang)))
            );
            return crate::EXIT_SOURCE_ERROR;
        }
    };
    let mut code = 0;
    for project in &projects {
        let verdicts = Examination::new(project).verdicts();
        let mut errors = 0;
        let (mut runs, mut needs, mut failing) = (0, 0, 0);
        for v in &verdicts {
            match v.status {
                Status::Runs => runs += 1,
                Status::Needs => needs += 1,
                Status::Error => failing += 1,
            }
            let view = &project.elements[project.blocks[v.block].element].view;
            for error in &v.errors {
                let _ = write!(err, "{}", crate::diagnostics::render_source_error(error, view, style, lang));
                errors += 1;
            }
        }
        let name = match &project.file {
            Some(file) => project.root.join(file).to_string_lossy().trim_start_matches("./").to_owned(),
            None => project.root.to_string_lossy().into_owned(),
        };
        let total = verdicts.len();
        let (en_s, fr_s) = (if errors == 1 { "" } else { "s" }, if errors > 1 { "s" } else { "" });
        let _ = writeln!(
            err,
            "{}",
            lang.pick(
                format!(
                    "{name}: {total} code blocks: {runs} run, {needs} need what wlang lacks (see `wl audit`), {failing} in error ({errors} error{en_s})"
                ),
                format!(
                    "{name} : {total} blocs de code : {runs} s'exécutent, {needs} demandent ce que wlang n'a pas (voir `wl audit`), {failing} en erreur ({errors} erreur{fr_s})"
                ),
            )
        );
        if failing > 0 {
            code = crate::EXIT_SOURCE_ERROR;
        }
    }
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn artefacts_are_counted() {
        assert_eq!(count_artefacts("Info(<§$0001§>)\nx = <§@0000000000000000000a§> + \"<§\"\n"), 2);
    }

    #[test]
    fn declarations_found_by_scanning() {
        let code = "GLOBAL\n\tgnA, gnB sont des entiers\n\tgs is string // c\nCONSTANTE\n\tMAX = 3\nFIN\nSI x ALORS\n";
        assert_eq!(scan_declarations(code), ["gnA", "gnB", "gs", "MAX"]);
    }

    #[test]
    fn catalogue_names_become_needs() {
        let need =
            classify(&SourceError::UnknownProcedure { name: "hlitrecherche".into(), span: Default::default() }, false)
                .expect("an HFSQL function");
        assert_eq!(
            (need.name.as_str(), need.en.as_str(), need.family.as_str()),
            ("HLitRecherche", "HReadSeek", "hfsql")
        );
        let unknown = |name: &str, interface| {
            classify(&SourceError::UnknownName { name: name.into(), span: Default::default() }, interface)
        };
        assert!(unknown("gnInconnue", true).is_none());
        assert_eq!(unknown("wdtouche", true).map(|n| n.family), Some("external".to_owned()));
        let by_prefix = unknown("hTriggerBefore", false).expect("an HFSQL constant by its prefix");
        assert_eq!((by_prefix.family.as_str(), by_prefix.by), ("hfsql", By::Prefix));
        assert_eq!(unknown("GRP_Options", true).map(|n| n.kind), Some(NeedKind::Control));
        assert!(unknown("GRP_Options", false).is_none());
    }
}
