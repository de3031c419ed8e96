//! Whole WINDEV/WEBDEV projects: the project loader behind `wl check PROJECT`, `wl audit
//! PROJECT` and `wl run PROJECT`.
//!
//! A project is a folder holding a `.wdp` (WINDEV) or `.wwp` (WEBDEV) project file, saved in
//! text mode like its elements (extensions are compared ignoring case). The project file lists
//! the elements (`physical_name`), names the analysis, and holds the project's initialisation
//! and closing code. Each element file is a text export (`export`): procedure sets (`.wdg`),
//! classes (`.wdc`), windows, pages, templates and reports (`.wdw`, `.wwh`, `.wwt`, `.wdt`,
//! `.wde`), whose code sits in `code :` blocks beside an event number (`type :`). Elements saved
//! in binary (`PCS\0`) and missing files are noted, not read. The analysis's XML description
//! (`.xdd`) gives the HFSQL files and items (`analysis`). Loose `.wl` scripts and exports outside
//! any project form a project of their own, without project file.
//!
//! Each element gets a *view*: a text with as many lines as its file up to its last code line,
//! where every code line stands at its own line number (without the export's indentation) and
//! every other line is empty. A block is a range of its element's view, so a diagnostic's
//! `file:line` is the line of the export file (columns count from the code's first character).
//!
//! What the blocks mean together (which names each block sees, what each needs) is `check`'s
//! business; running a project is `run`'s. Nothing here parses WLanguage.

pub mod analysis;
pub mod check;
pub mod export;
pub mod run;

use std::path::{Path, PathBuf};

use crate::source::SourceFile;
use analysis::Analysis;
use export::Node;

/// Extensions of WLanguage scripts.
const SCRIPT: &str = "wl";
/// Extensions of project files.
const PROJECT_FILES: &[&str] = &["wdp", "wwp"];
/// Extensions of elements that hold code.
const CODE_ELEMENTS: &[&str] = &["wdw", "wdg", "wdc", "wwh", "wwt", "wdt", "wde", "wwn", "wwc", "wwg", "wxt"];

/// What an element is, from its export's top-level key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ElementKind {
    Project,
    ProcedureSet,
    Class,
    Window,
    Page,
    Template,
    Report,
    /// A `.wl` script.
    Script,
    /// Any other export with code (a query, a test, ...).
    Other,
}

impl ElementKind {
    fn from_key(key: &str) -> ElementKind {
        match key {
            "project" => ElementKind::Project,
            "procedure_set" | "collection" => ElementKind::ProcedureSet,
            "class" => ElementKind::Class,
            "window" | "internal_window" => ElementKind::Window,
            "page" | "internal_page" => ElementKind::Page,
            "template" | "window_template" | "page_template" => ElementKind::Template,
            "report" => ElementKind::Report,
            _ => ElementKind::Other,
        }
    }

    /// Whether its controls are objects of the graphical interface its blocks see.
    pub fn has_controls(self) -> bool {
        matches!(self, ElementKind::Window | ElementKind::Page | ElementKind::Template | ElementKind::Report)
    }

    pub fn word(self) -> &'static str {
        match self {
            ElementKind::Project => "project",
            ElementKind::ProcedureSet => "procedure set",
            ElementKind::Class => "class",
            ElementKind::Window => "window",
            ElementKind::Page => "page",
            ElementKind::Template => "template",
            ElementKind::Report => "report",
            ElementKind::Script => "script",
            ElementKind::Other => "element",
        }
    }
}

/// One file of the project that holds code.
#[derive(Debug, Clone)]
pub struct Element {
    /// Path relative to the project's folder, `/`-separated.
    pub file: String,
    pub kind: ElementKind,
    pub name: String,
    /// Names of its controls (fields, buttons, menu options, columns, ...), as spelled.
    pub controls: Vec<String>,
    /// The code lines at their line numbers (see the module header); named after `file` as the
    /// user reaches it (the path given on the command line, joined).
    pub view: SourceFile,
    /// Its blocks, indices into `Project::blocks`.
    pub blocks: Vec<usize>,
}

/// What a block is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The project's initialisation code.
    Init,
    /// The project's closing code.
    Closing,
    /// Declarations of a window, page, procedure set or class, seen by the element's blocks
    /// (by the whole project for a procedure set).
    Declarations,
    /// A procedure: global in a procedure set, local to a window, a method of a class.
    Procedure,
    /// An event of the element or of one of its controls.
    Event,
    /// A whole `.wl` file.
    Script,
}

/// One `code :` block (or a whole script).
#[derive(Debug, Clone)]
pub struct Block {
    pub element: usize,
    pub role: Role,
    /// The export's event number (`type :`).
    pub event: Option<i64>,
    /// The control the event belongs to, or the procedure's name.
    pub owner: Option<String>,
    /// 1-based line of its first code line in the file.
    pub line: usize,
    /// Its range in the element's view.
    pub start: usize,
    pub end: usize,
}

impl Block {
    /// A short description: `global declarations`, `procedure Calcule`, `BTN_OK: click`.
    pub fn describe(&self) -> String {
        let event = self.event.map(event_name).unwrap_or_default();
        match (self.role, &self.owner) {
            (Role::Init, _) => "project initialization".into(),
            (Role::Closing, _) => "project closing".into(),
            (Role::Declarations, _) => "declarations".into(),
            (Role::Procedure, Some(name)) => format!("procedure {name}"),
            (Role::Procedure, None) => "procedure".into(),
            (Role::Script, _) => "script".into(),
            (Role::Event, Some(owner)) => format!("{owner}: {event}"),
            (Role::Event, None) => event,
        }
    }
}

/// Event numbers whose meaning is certain (from what their code does in PC SOFT's examples);
/// the others are shown as `event N`.
fn event_name(code: i64) -> String {
    match code {
        14 => "initialization".into(),
        18 => "click".into(),
        32 => "menu option".into(),
        _ => format!("event {code}"),
    }
}

/// An element of the project as code names it.
#[derive(Debug, Clone, PartialEq)]
pub struct Object {
    pub name: String,
    pub kind: ObjectKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObjectKind {
    /// A window, page, template or report: the graphical interface.
    Interface,
    /// A query of the analysis (`.wdr`).
    Query,
    /// A procedure set, a class, a test, anything else.
    Code,
}

impl ObjectKind {
    /// From the element's file extension.
    fn of(path: &Path) -> ObjectKind {
        if has_ext(path, &["wdw", "wwh", "wwt", "wdt", "wde"]) {
            ObjectKind::Interface
        } else if has_ext(path, &["wdr"]) {
            ObjectKind::Query
        } else {
            ObjectKind::Code
        }
    }
}

impl Project {
    fn add_object(&mut self, name: &str, kind: ObjectKind) {
        if !name.is_empty() && !self.objects.iter().any(|o| o.name.eq_ignore_ascii_case(name)) {
            self.objects.push(Object { name: name.to_owned(), kind });
        }
    }
}

/// A file of the project that was not read, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub file: String,
    pub why: NoteKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum NoteKind {
    /// Saved in binary: not readable.
    Binary,
    /// Listed by the project file, not found.
    Missing,
    Unreadable(String),
    /// The analysis exists only in binary: HFSQL names are unknown.
    BinaryAnalysis,
}

impl Note {
    pub fn text(&self) -> String {
        match &self.why {
            NoteKind::Binary => format!("{}: saved in binary, not read", self.file),
            NoteKind::Missing => format!("{}: listed by the project, not found", self.file),
            NoteKind::Unreadable(e) => format!("{}: cannot be read ({e})", self.file),
            NoteKind::BinaryAnalysis => {
                format!("{}: binary analysis, no .xdd beside it: HFSQL names are unknown", self.file)
            }
        }
    }
}

/// A project, or the loose files of a folder.
#[derive(Debug, Clone, Default)]
pub struct Project {
    pub name: String,
    /// The folder the paths are relative to.
    pub root: PathBuf,
    /// The project file, relative to `root`; `None` for loose files.
    pub file: Option<String>,
    /// WEBDEV (`.wwp`) rather than WINDEV.
    pub webdev: bool,
    pub elements: Vec<Element>,
    pub blocks: Vec<Block>,
    /// The names of the project's elements (windows, pages, reports, queries, procedure sets,
    /// classes, ...), including those saved in binary: code names them.
    pub objects: Vec<Object>,
    pub analysis: Analysis,
    pub notes: Vec<Note>,
}

impl Project {
    /// The code of a block.
    pub fn code(&self, block: &Block) -> &str {
        &self.elements[block.element].view.text[block.start..block.end]
    }

    /// The view up to the end of a block: the parser reads the block from `block.start`
    /// (`parser::parse_chunk`), so that spans are offsets in the view.
    pub fn text_through(&self, block: &Block) -> &str {
        &self.elements[block.element].view.text[..block.end]
    }

    /// `file:line` of a block, with the path as the user gave it.
    pub fn place(&self, block: &Block) -> String {
        format!("{}:{}", self.elements[block.element].view.name, block.line)
    }
}

impl Project {
    /// Reads element `rel` (its path relative to the project's folder) again from `text`, an
    /// editor's unsaved text of its export: its blocks, controls and view are rebuilt, the other
    /// elements are kept. An element the project does not have yet is added. Returns its index.
    pub fn set_element_text(&mut self, rel: &str, text: &str) -> usize {
        let old = self.element(rel);
        let shown_name = old.map(|e| self.elements[e].view.name.clone());
        let mut scratch = Project { root: self.root.clone(), ..Project::default() };
        let rel = old.map_or(rel, |e| self.elements[e].file.as_str()).to_owned();
        if has_ext(Path::new(&rel), &[SCRIPT]) {
            add_script(&mut scratch, &self.root, &rel, text.to_owned());
        } else if export::is_text_export(text) {
            add_element(&mut scratch, &self.root, &rel, &export::parse(text));
        }
        let Some(mut element) = scratch.elements.pop() else {
            // Not a text export (a binary save shown as text): an element without code.
            let name = Path::new(&rel).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            let kind = old.map_or(ElementKind::Other, |e| self.elements[e].kind);
            let view = SourceFile::new(shown(&self.root, &rel), String::new());
            let element = Element { file: rel.clone(), kind, name, controls: Vec::new(), view, blocks: Vec::new() };
            return self.put_element(old, element, Vec::new());
        };
        for object in scratch.objects {
            self.add_object(&object.name, object.kind);
        }
        if let Some(name) = shown_name {
            element.view.name = name;
        }
        self.put_element(old, element, scratch.blocks)
    }

    /// Puts `element` with its `blocks` at `old` (or adds it), keeping the order `sort` makes.
    fn put_element(&mut self, old: Option<usize>, mut element: Element, blocks: Vec<Block>) -> usize {
        let index = match old {
            Some(e) => e,
            None => {
                self.elements.push(element.clone());
                self.elements.len() - 1
            }
        };
        // The blocks again, element after element, the new element's in place of its old ones.
        let mut all = Vec::with_capacity(self.blocks.len() + blocks.len());
        let mut new_blocks = Some(blocks);
        for e in 0..self.elements.len() {
            let ids: Vec<usize> = if e == index {
                let mut ids = Vec::new();
                for mut block in new_blocks.take().unwrap_or_default() {
                    block.element = e;
                    ids.push(all.len());
                    all.push(block);
                }
                ids
            } else {
                let mut ids = Vec::new();
                for &b in &self.elements[e].blocks {
                    ids.push(all.len());
                    all.push(self.blocks[b].clone());
                }
                ids
            };
            if e == index {
                element.blocks = ids;
            } else {
                self.elements[e].blocks = ids;
            }
        }
        self.elements[index] = element;
        self.blocks = all;
        if old.is_none() {
            let file = self.elements[index].file.clone();
            sort(self);
            return self.elements.iter().position(|e| e.file == file).unwrap_or(index);
        }
        index
    }

    /// The element whose file is `rel` (compared ignoring case when no file matches exactly).
    pub fn element(&self, rel: &str) -> Option<usize> {
        self.elements
            .iter()
            .position(|e| e.file == rel)
            .or_else(|| self.elements.iter().position(|e| e.file.to_lowercase() == rel.to_lowercase()))
    }
}

/// Whether a path is a file the project loader reads code from: an element's export or a
/// project file (extensions compared ignoring case).
pub fn is_element_file(path: &Path) -> bool {
    has_ext(path, CODE_ELEMENTS) || has_ext(path, PROJECT_FILES)
}

/// The project files of the project a file belongs to: those of the nearest folder holding any,
/// from the file's own folder up (as `wl check FOLDER` makes each folder with a project file one
/// project), sorted. Empty when no folder above holds one.
pub fn project_files_around(file: &Path) -> Vec<PathBuf> {
    let mut dir = file.parent();
    while let Some(d) = dir {
        if let Ok(entries) = std::fs::read_dir(d) {
            let mut files: Vec<PathBuf> =
                entries.flatten().map(|e| e.path()).filter(|p| p.is_file() && is_project_file(p)).collect();
            if !files.is_empty() {
                files.sort();
                return files;
            }
        }
        dir = d.parent();
    }
    Vec::new()
}

/// Why a path gives no project, in both languages.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError {
    en: String,
    fr: String,
}

impl LoadError {
    fn new(en: String, fr: String) -> LoadError {
        LoadError { en, fr }
    }

    fn unreadable(path: &Path, e: &std::io::Error) -> LoadError {
        LoadError::new(
            format!("cannot read {}: {e}", path.display()),
            format!("impossible de lire {} : {e}", path.display()),
        )
    }

    pub fn text(&self, lang: crate::diagnostics::Lang) -> &str {
        lang.pick(&self.en, &self.fr)
    }
}

/// Whether a path is a project file.
pub fn is_project_file(path: &Path) -> bool {
    has_ext(path, PROJECT_FILES)
}

fn has_ext(path: &Path, exts: &[&str]) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| exts.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

/// The projects under a path: a project file, a project's folder, a folder holding projects
/// (each folder with a project file is one, and is not searched further), a script or export
/// alone. Files outside every project (`.wl` scripts and exports) form one more project, named
/// after the folder. Sorted by folder.
pub fn discover(path: &Path) -> Result<Vec<Project>, LoadError> {
    if path.is_file() {
        if is_project_file(path) {
            return Ok(vec![load(path)?]);
        }
        if !has_ext(path, &[SCRIPT]) && !has_ext(path, CODE_ELEMENTS) {
            return Err(LoadError::new(
                format!(
                    "{}: not a WLanguage script (.wl), a WINDEV/WEBDEV project (.wdp, .wwp) or an element export",
                    path.display()
                ),
                format!(
                    "{} : ni un script WLangage (.wl), ni un projet WINDEV/WEBDEV (.wdp, .wwp), ni l'export d'un élément",
                    path.display()
                ),
            ));
        }
        let base = path.parent().unwrap_or(Path::new(""));
        return Ok(vec![loose(base, &[path.to_path_buf()])]);
    }
    if !path.is_dir() {
        return Err(no_such(path));
    }
    let mut projects = Vec::new();
    let mut loose_files = Vec::new();
    search(path, &mut projects, &mut loose_files)?;
    projects.sort_by(|a, b| a.root.cmp(&b.root).then(a.file.cmp(&b.file)));
    if !loose_files.is_empty() {
        loose_files.sort();
        projects.push(loose(path, &loose_files));
    }
    Ok(projects)
}

fn no_such(path: &Path) -> LoadError {
    LoadError::new(
        format!("{}: no such file or folder", path.display()),
        format!("{} : fichier ou dossier introuvable", path.display()),
    )
}

/// The one project a path names (for `wl run`): a project file, or a folder holding one.
pub fn load_one(path: &Path) -> Result<Project, LoadError> {
    if path.is_file() {
        return load(path);
    }
    if !path.is_dir() {
        return Err(no_such(path));
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(path)
        .map_err(|e| LoadError::unreadable(path, &e))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && is_project_file(p))
        .collect();
    files.sort();
    match files.len() {
        1 => load(&files[0]),
        0 => Err(LoadError::new(
            format!("{}: no project file (.wdp, .wwp) in this folder", path.display()),
            format!("{} : aucun fichier projet (.wdp, .wwp) dans ce dossier", path.display()),
        )),
        _ => {
            let names: Vec<String> =
                files.iter().filter_map(|f| f.file_name()).map(|n| n.to_string_lossy().into_owned()).collect();
            Err(LoadError::new(
                format!("{}: several project files, name one: {}", path.display(), names.join(", ")),
                format!("{} : plusieurs fichiers projet, nommez-en un : {}", path.display(), names.join(", ")),
            ))
        }
    }
}

fn search(dir: &Path, projects: &mut Vec<Project>, loose: &mut Vec<PathBuf>) -> Result<(), LoadError> {
    let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries.flatten().map(|e| e.path()).collect(),
        Err(e) => return Err(LoadError::unreadable(dir, &e)),
    };
    entries.sort();
    let project_files: Vec<&PathBuf> = entries.iter().filter(|p| p.is_file() && is_project_file(p)).collect();
    if !project_files.is_empty() {
        for file in project_files {
            projects.push(load(file)?);
        }
        return Ok(());
    }
    for path in &entries {
        let hidden = path.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.') || n == "target");
        if path.is_dir() && !hidden {
            search(path, projects, loose)?;
        } else if path.is_file() && (has_ext(path, &[SCRIPT]) || has_ext(path, CODE_ELEMENTS)) {
            loose.push(path.clone());
        }
    }
    Ok(())
}

/// `path` relative to `base`, `/`-separated.
fn relative(base: &Path, path: &Path) -> String {
    crate::tools::golden::relative_name(base, path)
}

/// How a file of the project is shown: the project's folder as the user reached it, joined with
/// the file's path in the project.
fn shown(shown_root: &Path, rel: &str) -> String {
    let joined = shown_root.join(rel);
    let text = joined.to_string_lossy().replace('\\', "/");
    text.strip_prefix("./").map(str::to_owned).unwrap_or(text)
}

/// Folder of a path, `.` for a bare file name.
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Loads a project from its project file.
pub fn load(project_file: &Path) -> Result<Project, LoadError> {
    let root = folder_of(project_file);
    let shown_root = root.clone();
    let bytes = std::fs::read(project_file).map_err(|e| LoadError::unreadable(project_file, &e))?;
    let rel_file = relative(&root, project_file);
    let stem = project_file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let mut project = Project {
        name: stem.clone(),
        root: root.clone(),
        file: Some(rel_file.clone()),
        webdev: has_ext(project_file, &["wwp"]),
        ..Project::default()
    };
    let text = SourceFile::from_bytes(&rel_file, &bytes).text;
    let mut listed: Option<Vec<(String, String)>> = None;
    let mut analysis_path = None;
    if export::is_text_export(&text) {
        let tree = export::parse(&text);
        if let Some(name) = tree.get("info").and_then(|i| i.text("name")) {
            project.name = name.to_owned();
        }
        let body = tree.get("project").cloned().unwrap_or(Node::Map(Vec::new()));
        listed = element_list(&body);
        analysis_path = find_text(&body, "analysis", 0).map(str::to_owned);
        add_element(&mut project, &shown_root, &rel_file, &tree);
    } else {
        project.notes.push(Note { file: rel_file.clone(), why: NoteKind::Binary });
    }
    match listed {
        Some(list) => {
            for (name, physical) in list {
                let rel = physical.trim_start_matches(".\\").trim_start_matches("./").replace('\\', "/");
                let path = Path::new(&rel);
                project.add_object(&name, ObjectKind::of(path));
                if !has_ext(path, CODE_ELEMENTS) {
                    continue;
                }
                match find_ignoring_case(&root, &rel) {
                    Some(found) => read_element(&mut project, &shown_root, &found),
                    None => project.notes.push(Note { file: rel, why: NoteKind::Missing }),
                }
            }
        }
        None => {
            // No element list: every element file in the folder.
            let mut files = Vec::new();
            collect_files(&root, &mut files);
            files.sort();
            for file in files {
                read_element(&mut project, &shown_root, &file);
            }
        }
    }
    project.analysis = read_analysis(&root, analysis_path.as_deref(), &mut project.notes);
    sort(&mut project);
    Ok(project)
}

fn collect_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = path.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
        if path.is_dir() {
            // Analyses and skin templates are not elements of the project.
            if !name.starts_with('.') && !name.ends_with(".ana") && name != "target" {
                collect_files(&path, out);
            }
        } else if has_ext(&path, CODE_ELEMENTS) {
            out.push(path);
        }
    }
}

/// A path relative to `root` whose case may differ from the disk's (projects come from Windows).
fn find_ignoring_case(root: &Path, rel: &str) -> Option<PathBuf> {
    let direct = root.join(rel);
    if direct.is_file() {
        return Some(direct);
    }
    let mut current = root.to_path_buf();
    for part in rel.split('/').filter(|p| !p.is_empty() && *p != ".") {
        let next = std::fs::read_dir(&current)
            .ok()?
            .flatten()
            .map(|e| e.path())
            .find(|p| p.file_name().is_some_and(|n| n.to_string_lossy().to_lowercase() == part.to_lowercase()))?;
        current = next;
    }
    current.is_file().then_some(current)
}

/// The `(name, physical_name)` of every element the project file lists.
fn element_list(body: &Node) -> Option<Vec<(String, String)>> {
    let outer = body.get("elements")?;
    let items = match outer {
        Node::List(_) => outer.items(),
        _ => outer.get("elements").map(Node::items).unwrap_or_default(),
    };
    Some(
        items
            .iter()
            .filter_map(|item| {
                let physical = item.text("physical_name")?;
                Some((item.text("name").unwrap_or("").to_owned(), physical.to_owned()))
            })
            .collect(),
    )
}

/// The first scalar of this key anywhere below `node`.
fn find_text<'a>(node: &'a Node, key: &str, depth: usize) -> Option<&'a str> {
    if depth > 8 {
        return None;
    }
    for entry in node.entries() {
        if entry.key == key
            && let Some(text) = entry.value.scalar()
        {
            return Some(text);
        }
        if let Some(found) = find_text(&entry.value, key, depth + 1) {
            return Some(found);
        }
    }
    None
}

fn read_element(project: &mut Project, shown_root: &Path, path: &Path) {
    let rel = relative(&project.root, path);
    if project.elements.iter().any(|e| e.file == rel) {
        return;
    }
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => {
            project.notes.push(Note { file: rel, why: NoteKind::Unreadable(e.to_string()) });
            return;
        }
    };
    if has_ext(path, &[SCRIPT]) {
        let text = SourceFile::from_bytes(&rel, &bytes).text;
        add_script(project, shown_root, &rel, text);
        return;
    }
    let text = SourceFile::from_bytes(&rel, &bytes).text;
    if !export::is_text_export(&text) {
        project.notes.push(Note { file: rel, why: NoteKind::Binary });
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        project.add_object(&stem, ObjectKind::of(path));
        return;
    }
    let tree = export::parse(&text);
    add_element(project, shown_root, &rel, &tree);
}

fn add_script(project: &mut Project, shown_root: &Path, rel: &str, text: String) {
    let element = project.elements.len();
    let end = text.len();
    project.blocks.push(Block { element, role: Role::Script, event: None, owner: None, line: 1, start: 0, end });
    let name = Path::new(rel).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    project.elements.push(Element {
        file: rel.to_owned(),
        kind: ElementKind::Script,
        name,
        controls: Vec::new(),
        view: SourceFile::new(shown(shown_root, rel), text),
        blocks: vec![project.blocks.len() - 1],
    });
}

/// A code block found in an export, before the view is built.
struct Found {
    role: Role,
    event: Option<i64>,
    owner: Option<String>,
    first_line: usize,
    lines: Vec<String>,
}

/// Adds an export's element: its blocks, its controls, its view.
fn add_element(project: &mut Project, shown_root: &Path, rel: &str, tree: &Node) {
    let (key, body) = tree
        .entries()
        .iter()
        .find(|e| !matches!(e.key.as_str(), "info" | "resources" | "rad" | "custom_note" | "project_explorer"))
        .map(|e| (e.key.as_str(), &e.value))
        .unwrap_or(("", tree));
    let kind = ElementKind::from_key(key);
    let name =
        tree.get("info").and_then(|i| i.text("name")).or_else(|| body.text("name")).map(str::to_owned).unwrap_or_else(
            || Path::new(rel).file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default(),
        );
    let mut found = Vec::new();
    let mut controls = Vec::new();
    walk(body, kind, None, false, &mut found, &mut controls, 0);
    if kind != ElementKind::Project {
        let object = if kind.has_controls() { ObjectKind::Interface } else { ObjectKind::of(Path::new(rel)) };
        project.add_object(&name, object);
    }
    // The view: code lines at their line numbers.
    let last = found.iter().map(|f| f.first_line + f.lines.len()).max().unwrap_or(0);
    let mut lines: Vec<&str> = vec![""; last];
    for f in &found {
        for (k, line) in f.lines.iter().enumerate() {
            lines[f.first_line - 1 + k] = line;
        }
    }
    let mut starts = Vec::with_capacity(lines.len() + 1);
    let mut text = String::new();
    for line in &lines {
        starts.push(text.len());
        text.push_str(line);
        text.push('\n');
    }
    starts.push(text.len());
    let element = project.elements.len();
    let mut blocks = Vec::new();
    for f in found {
        let start = starts[f.first_line - 1];
        let end = starts[f.first_line - 1 + f.lines.len()];
        blocks.push(project.blocks.len());
        project.blocks.push(Block {
            element,
            role: f.role,
            event: f.event,
            owner: f.owner,
            line: f.first_line,
            start,
            end,
        });
    }
    project.elements.push(Element {
        file: rel.to_owned(),
        kind,
        name,
        controls,
        view: SourceFile::new(shown(shown_root, rel), text),
        blocks,
    });
}

/// Keys that never hold code or controls.
const INERT: &[&str] = &[
    "internal_properties",
    "properties",
    "code_parameters",
    "custom_note",
    "rad",
    "languages",
    "resources",
    "configurations",
    "elements",
    // Code of removed controls: WINDEV keeps it aside and does not compile it.
    "orphans",
];

/// Collects the code blocks and control names below an element's body. `owner`: the control
/// the code belongs to; `procedures`: inside a `procedures` list.
fn walk(
    node: &Node,
    kind: ElementKind,
    owner: Option<&str>,
    procedures: bool,
    found: &mut Vec<Found>,
    controls: &mut Vec<String>,
    depth: usize,
) {
    if depth > 64 {
        return;
    }
    match node {
        Node::List(items) => {
            for item in items {
                walk(item, kind, owner, procedures, found, controls, depth + 1);
            }
        }
        Node::Map(entries) => {
            if let Some(Node::Code { first_line, lines }) = node.get("code") {
                let event = node.text("type").and_then(|t| t.trim().parse::<i64>().ok());
                let name = node.text("name").map(str::to_owned);
                let role = if procedures {
                    Role::Procedure
                } else {
                    match (kind, event) {
                        (_, Some(196608)) => Role::Init,
                        (_, Some(196610)) => Role::Closing,
                        (_, Some(458752)) => Role::Procedure,
                        (_, Some(720896)) => Role::Declarations,
                        (ElementKind::Class, _) if owner.is_none() => Role::Declarations,
                        (_, None) if owner.is_none() => Role::Declarations,
                        _ => Role::Event,
                    }
                };
                let owner = if role == Role::Procedure { name } else { owner.map(str::to_owned) };
                found.push(Found { role, event, owner, first_line: *first_line, lines: lines.clone() });
                return;
            }
            // A map with a name and an identifier below the element's body is a control (or a
            // menu option, a column); a procedure has a `procedure_id` instead.
            let mut owner = owner;
            if depth > 0
                && !procedures
                && let Some(name) = node.text("name")
                && node.get("identifier").is_some()
                && kind != ElementKind::Project
            {
                if !controls.iter().any(|c| c == name) {
                    controls.push(name.to_owned());
                }
                owner = Some(name);
            }
            for entry in entries {
                if INERT.contains(&entry.key.as_str()) {
                    continue;
                }
                let in_procedures = procedures || entry.key == "procedures";
                walk(&entry.value, kind, owner, in_procedures, found, controls, depth + 1);
            }
        }
        _ => {}
    }
}

/// The analysis: its `.xdd` (or readable `.wdd`) beside the path the project names, at the
/// project's root, or in a `*.ana` folder there.
fn read_analysis(root: &Path, named: Option<&str>, notes: &mut Vec<Note>) -> Analysis {
    let mut candidates: Vec<PathBuf> = Vec::new();
    let mut push = |p: PathBuf| {
        if !candidates.contains(&p) {
            candidates.push(p);
        }
    };
    if let Some(named) = named {
        let rel = named.trim_start_matches(".\\").trim_start_matches("./").replace('\\', "/");
        if let Some(found) = find_ignoring_case(root, &rel).or_else(|| Some(root.join(&rel))) {
            let dir = found.parent().unwrap_or(root).to_path_buf();
            let base = found.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            for ext in ["xdd", "wdd"] {
                if let Some(p) = find_ignoring_case(&dir, &format!("{base}.{ext}")) {
                    push(p);
                }
            }
        }
    }
    let mut dirs = vec![root.to_path_buf()];
    if let Ok(entries) = std::fs::read_dir(root) {
        let mut ana: Vec<PathBuf> =
            entries.flatten().map(|e| e.path()).filter(|p| p.is_dir() && has_ext(p, &["ana"])).collect();
        ana.sort();
        dirs.extend(ana);
    }
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        let mut files: Vec<PathBuf> =
            entries.flatten().map(|e| e.path()).filter(|p| p.is_file() && has_ext(p, &["xdd", "wdd"])).collect();
        files.sort();
        files.into_iter().for_each(&mut push);
    }
    let mut analysis = Analysis::default();
    let mut binary = None;
    let mut read_any = false;
    for path in candidates {
        let Ok(bytes) = std::fs::read(&path) else { continue };
        let text = SourceFile::from_bytes("", &bytes).text;
        match analysis::read(&text) {
            Some(a) => {
                analysis.merge(a);
                read_any = true;
            }
            None => {
                binary.get_or_insert_with(|| relative(root, &path));
            }
        }
    }
    if !read_any && let Some(file) = binary {
        notes.push(Note { file, why: NoteKind::BinaryAnalysis });
    }
    analysis
}

/// Loose files: scripts and exports outside any project.
fn loose(base: &Path, files: &[PathBuf]) -> Project {
    let root = if base.as_os_str().is_empty() { PathBuf::from(".") } else { base.to_path_buf() };
    let name = root
        .canonicalize()
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| root.to_string_lossy().into_owned());
    let shown_root = root.clone();
    let mut project = Project { name, root: root.clone(), ..Project::default() };
    for file in files {
        read_element(&mut project, &shown_root, file);
    }
    sort(&mut project);
    project
}

/// Elements in a stable order: the project file first, then by path ignoring case; blocks in
/// element then line order.
fn sort(project: &mut Project) {
    let mut order: Vec<usize> = (0..project.elements.len()).collect();
    order.sort_by_key(|&i| {
        let e = &project.elements[i];
        (e.kind != ElementKind::Project, e.file.to_lowercase())
    });
    let mut elements = Vec::with_capacity(order.len());
    let mut blocks = Vec::with_capacity(project.blocks.len());
    for (new, &old) in order.iter().enumerate() {
        let mut element = project.elements[old].clone();
        let mut ids = Vec::new();
        let mut mine: Vec<Block> = element.blocks.iter().map(|&b| project.blocks[b].clone()).collect();
        mine.sort_by_key(|b| b.line);
        for mut block in mine {
            block.element = new;
            ids.push(blocks.len());
            blocks.push(block);
        }
        element.blocks = ids;
        elements.push(element);
    }
    project.elements = elements;
    project.blocks = blocks;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_sit_at_their_lines_in_the_view() {
        let text = "#To edit and compare internal_properties, use WINDEV integrated tools.\ninfo :\n name : FEN_A\nwindow :\n \
                    name : FEN_A\n identifier : 0x1\n controls :\n  -\n    name : BTN_OK\n    identifier : 0x2\n    \
                    code_elements :\n     p_codes :\n      -\n        code : |1+\n         Info(1)\n         Info(2)\n        \
                    type : 18\n code_elements :\n  p_codes :\n   -\n     code : |1-\n      n est un entier\n   -\n     \
                    type : 2\n  procedures :\n   -\n     name : P\n     procedure_id : 1\n     code : |1+\n      \
                    PROCÉDURE P()\n     type : 458752\n";
        let mut project = Project::default();
        add_element(&mut project, Path::new(""), "FEN_A.wdw", &export::parse(text));
        let e = &project.elements[0];
        assert_eq!((e.kind, e.name.as_str()), (ElementKind::Window, "FEN_A"));
        assert_eq!(e.controls, ["BTN_OK"]);
        let described: Vec<String> = project.blocks.iter().map(Block::describe).collect();
        assert_eq!(described, ["BTN_OK: click", "declarations", "procedure P"]);
        assert_eq!(project.code(&project.blocks[0]), "Info(1)\nInfo(2)\n");
        assert_eq!(project.blocks[0].line, 15);
        let view_lines: Vec<&str> = e.view.text.lines().collect();
        assert_eq!(view_lines[14], "Info(1)");
        assert_eq!(view_lines[21], "n est un entier");
        let through = project.text_through(&project.blocks[2]);
        assert!(through[project.blocks[2].start..].starts_with("PROCÉDURE P()"));
        assert_eq!(through.lines().count(), 30);
    }

    #[test]
    fn an_element_read_again_from_a_text_keeps_the_others() {
        let set = |procs: &str| {
            format!(
                "{}, use WINDEV integrated tools.\ninfo :\n name : COL_A\nprocedure_set :\n procedures :\n{procs}",
                export::HEADER
            )
        };
        let proc = |name: &str| {
            format!("  -\n    name : {name}\n    code : |1+\n     PROCÉDURE {name}()\n    type : 458752\n")
        };
        let mut project = Project::default();
        add_element(&mut project, Path::new(""), "A.wdg", &export::parse(&set(&proc("P"))));
        add_element(&mut project, Path::new(""), "B.wdg", &export::parse(&set(&proc("Q"))));
        let e = project.set_element_text("a.WDG", &(set(&proc("P")) + &proc("R")));
        assert_eq!(e, 0);
        assert_eq!(project.elements[0].file, "A.wdg");
        let codes = |p: &Project| -> Vec<(usize, String)> {
            p.elements
                .iter()
                .enumerate()
                .flat_map(|(k, el)| el.blocks.iter().map(move |&b| (k, b)))
                .map(|(k, b)| {
                    assert_eq!(p.blocks[b].element, k);
                    (k, p.code(&p.blocks[b]).trim().to_owned())
                })
                .collect()
        };
        let expected = |v: &[(usize, &str)]| v.iter().map(|(k, c)| (*k, c.to_string())).collect::<Vec<_>>();
        assert_eq!(codes(&project), expected(&[(0, "PROCÉDURE P()"), (0, "PROCÉDURE R()"), (1, "PROCÉDURE Q()")]));
        // A new file is added in its place in the order; a text that is no export has no code.
        assert_eq!(project.set_element_text("0.wdg", &set(&proc("S"))), 0);
        assert_eq!(project.set_element_text("B.wdg", "PCS\0"), 2);
        assert_eq!(codes(&project), expected(&[(0, "PROCÉDURE S()"), (1, "PROCÉDURE P()"), (1, "PROCÉDURE R()")]));
    }
}
