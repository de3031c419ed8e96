//! WINDEV and WEBDEV projects as workspaces. An element's text export open in the editor (what
//! the project loader reads: `.wdw`, `.wdg`, `.wdc`, `.wde`, `.wwh`, ..., and the project file
//! `.wdp`/`.wwp` itself) is checked with its whole project, as `wl check PROJECT` checks it. The
//! project is the nearest folder holding a project file, from the export's own folder up; it is
//! loaded from disk when the first of its elements is opened, and the elements open in the
//! editor are read from the editor's texts instead of the disk. An export outside any project is
//! checked alone, as the one element of a project of its own.
//!
//! A diagnostic of a block (a span in its element's view, see `project`) is shown at its place in
//! the export: the view's lines are the file's lines, and its columns are the file's shifted by
//! the block's indentation (`Mapping`). The parses of unchanged blocks are kept from one check to
//! the next (`check::ParseCache`): a change parses again the blocks it touched, and resolves
//! again the blocks of the open elements.
//!
//! Hover and go to definition know the names the project declares (its globals and the
//! procedures of its procedure sets, a window's declarations and local procedures) and those a
//! block declares itself, then the builtins, constants, types and keywords. Nothing here sends
//! messages: the server (`super`) does.

use std::path::{Path, PathBuf};

use lsp_types::{Position, Range, Uri};

use super::document::{Lines, keyword_hover, language_of, name_hover};
use crate::diagnostics::{Lang, SourceError};
use crate::lexer::{self, Tok};
use crate::source::{SourceFile, Span};
use crate::tools::project::check::{DeclarationKind, Examination, ParseCache, Site};
use crate::tools::project::{self, Block, ElementKind, Project, Role};

/// A project the editor has elements of open.
pub struct Workspace {
    pub project: Project,
    cache: ParseCache,
}

/// The project file of the project the export at `path` belongs to: itself when it is one, else
/// one of the nearest folder's (the one whose text names the export's file, else the first).
pub fn project_file_of(path: &Path) -> Option<PathBuf> {
    if project::is_project_file(path) {
        return Some(path.to_path_buf());
    }
    let candidates = project::project_files_around(path);
    if candidates.len() > 1 {
        let name = path.file_name()?.to_string_lossy().to_lowercase();
        let names_it = |file: &PathBuf| {
            std::fs::read(file)
                .is_ok_and(|bytes| SourceFile::from_bytes("", &bytes).text.to_lowercase().contains(&name))
        };
        if let Some(file) = candidates.iter().find(|f| names_it(f)) {
            return Some(file.clone());
        }
    }
    candidates.into_iter().next()
}

impl Workspace {
    /// The project of a project file, as on disk.
    pub fn load(project_file: &Path) -> Result<Workspace, project::LoadError> {
        Ok(Workspace { project: project::load(project_file)?, cache: ParseCache::default() })
    }

    /// A project of its own for an export outside any project, in folder `root`.
    pub fn alone(root: PathBuf) -> Workspace {
        let name = root.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        Workspace { project: Project { name, root, ..Project::default() }, cache: ParseCache::default() }
    }

    /// The file at `path` as the project names it: relative to its folder, `/`-separated.
    pub fn file_of(&self, path: &Path) -> String {
        match path.strip_prefix(&self.project.root) {
            Ok(rel) => rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/"),
            Err(_) => path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
        }
    }

    /// Reads element `file` again from the editor's `text` (see `Project::set_element_text`).
    pub fn set_text(&mut self, file: &str, text: &str) {
        guarded(|| {
            self.project.set_element_text(file, text);
        });
    }

    /// The errors `wl check` reports in each of `files` (elements of the project), in order.
    pub fn check(&mut self, files: &[&str]) -> Vec<Vec<SourceError>> {
        let checked = guarded(|| {
            let ex = Examination::cached(&self.project, &mut self.cache);
            files
                .iter()
                .map(|file| match self.project.element(file) {
                    Some(e) => ex.verdicts_of(e).into_iter().flat_map(|v| v.errors).collect(),
                    None => Vec::new(),
                })
                .collect()
        });
        self.cache.sweep();
        checked.unwrap_or_else(|| vec![Vec::new(); files.len()])
    }

    /// The non-empty block of element `e` whose code holds view offset `offset`.
    fn block_at(&self, e: usize, offset: usize) -> Option<usize> {
        let project = &self.project;
        project.elements.get(e)?.blocks.iter().copied().find(|&b| {
            let block = &project.blocks[b];
            block.start <= offset && offset <= block.end && !project.code(block).trim().is_empty()
        })
    }

    /// The word at view offset `offset` of element `e`: its block, its token and span (in the
    /// view), whether it follows `.`, `..`, `:` (a member), and the block's language.
    fn word_at(&self, e: usize, offset: usize) -> Option<Word> {
        let b = self.block_at(e, offset)?;
        let block = &self.project.blocks[b];
        let code = self.project.code(block);
        let tokens = lexer::lex(code).tokens;
        let at = offset - block.start;
        let k = tokens.partition_point(|(_, _, end)| *end < at);
        let (start, tok, end) = tokens.get(k)?;
        if *start > at || *tok == Tok::Newline {
            return None;
        }
        let member =
            k > 0 && matches!(tokens[k - 1].1, Tok::Dot | Tok::DotDot | Tok::Colon | Tok::ColonColon | Tok::GtGt);
        Some(Word {
            block: b,
            tok: tok.clone(),
            span: Span::new(block.start + start, block.start + end),
            member,
            language: language_of(code, &tokens),
        })
    }

    /// Where the name at view offset `offset` of element `e` is declared.
    pub fn definition(&mut self, e: usize, offset: usize) -> Option<Site> {
        guarded(|| {
            let word = self.word_at(e, offset)?;
            let Tok::Ident(folded) = &word.tok else { return None };
            if word.member {
                return None;
            }
            let ex = Examination::cached(&self.project, &mut self.cache);
            ex.declaration(word.block, folded).map(|(site, _)| site)
        })?
    }

    /// What to show under the mouse at view offset `offset` of element `e`, and the word's
    /// span in the view.
    pub fn hover(&mut self, e: usize, offset: usize, lang: Lang) -> Option<(String, Span)> {
        guarded(|| self.hover_unguarded(e, offset, lang))?
    }

    fn hover_unguarded(&mut self, e: usize, offset: usize, lang: Lang) -> Option<(String, Span)> {
        let word = self.word_at(e, offset)?;
        let folded = match &word.tok {
            Tok::Kw(kw) => return Some((keyword_hover(*kw), word.span)),
            Tok::Ident(folded) => folded.clone(),
            _ => return None,
        };
        if !word.member {
            let ex = Examination::cached(&self.project, &mut self.cache);
            if let Some((site, kind)) = ex.declaration(word.block, &folded) {
                return Some((self.declaration_hover(e, site, kind), word.span));
            }
        }
        Some((name_hover(&folded, word.member, word.language, lang)?, word.span))
    }

    /// A declaration's line, what it is, and where (seen from element `from`).
    fn declaration_hover(&self, from: usize, site: Site, kind: DeclarationKind) -> String {
        let block = &self.project.blocks[site.block];
        let element = &self.project.elements[block.element];
        let view = &element.view.text;
        let start = (site.span.start as usize).min(view.len());
        let line_start = view[..start].rfind('\n').map_or(0, |k| k + 1);
        let line = view[line_start..].lines().next().unwrap_or("").trim();
        let line_no = view[..start].matches('\n').count() + 1;
        let name = view.get(site.span.start as usize..site.span.end as usize).unwrap_or("");
        let what = match kind {
            DeclarationKind::Local => "variable",
            DeclarationKind::Procedure => "procedure",
            DeclarationKind::Global if matches!(element.kind, ElementKind::Project | ElementKind::ProcedureSet) => {
                "global"
            }
            DeclarationKind::Global => "declaration",
        };
        let place = if block.element == from {
            format!("line {line_no}")
        } else {
            format!("{} `{}` ({}), line {line_no}", element.kind.word(), element.name, element.file)
        };
        let name = if name.is_empty() { String::new() } else { format!(" `{name}`") };
        format!("```wlanguage\n{line}\n```\n{what}{name}, {place}")
    }

    /// The blocks of element `e` with code: (description, first line, last line), 0-based.
    pub fn outline(&self, e: usize) -> Vec<(String, Role, u32, u32)> {
        let Some(element) = self.project.elements.get(e) else { return Vec::new() };
        element
            .blocks
            .iter()
            .map(|&b| &self.project.blocks[b])
            .filter(|block: &&Block| !self.project.code(block).trim().is_empty())
            .map(|block| {
                let lines = self.project.code(block).trim_end().lines().count().max(1);
                (block.describe(), block.role, (block.line - 1) as u32, (block.line - 1 + lines - 1) as u32)
            })
            .collect()
    }
}

/// Runs `f`; a bug that panics inside the pipeline gives `None` (the panic is logged on stderr,
/// which editors show in the server's log) instead of ending the server, as for scripts
/// (`document::analyse`).
fn guarded<T>(f: impl FnOnce() -> T) -> Option<T> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).ok()
}

struct Word {
    block: usize,
    tok: Tok,
    span: Span,
    member: bool,
    language: crate::tools::translate::Language,
}

/// Positions of an element's view (where spans point) in its export's text, and back.
pub struct Mapping<'a> {
    view: &'a str,
    view_lines: Lines,
    export: &'a str,
    export_lines: &'a Lines,
}

impl<'a> Mapping<'a> {
    pub fn new(view: &'a str, export: &'a str, export_lines: &'a Lines) -> Mapping<'a> {
        Mapping { view, view_lines: Lines::new(view), export, export_lines }
    }

    /// How many UTF-16 units the export's line `line` has before the view's: the block's
    /// indentation.
    fn indent(&self, line: usize) -> u32 {
        let view = self.view_lines.line(self.view, line);
        let export = self.export_lines.line(self.export, line);
        export.strip_suffix(view).map_or(0, |indent| indent.encode_utf16().count() as u32)
    }

    pub fn position(&self, offset: usize) -> Position {
        let p = self.view_lines.position(self.view, offset);
        Position { line: p.line, character: p.character + self.indent(p.line as usize) }
    }

    pub fn range(&self, span: Span) -> Range {
        Range { start: self.position(span.start as usize), end: self.position(span.end as usize) }
    }

    /// The view offset of a position in the export.
    pub fn offset(&self, position: Position) -> usize {
        let indent = self.indent(position.line as usize);
        let inside = Position { line: position.line, character: position.character.saturating_sub(indent) };
        self.view_lines.offset(self.view, inside)
    }
}

/// The path of a `file:` URI (percent-decoded).
pub fn path_of(uri: &Uri) -> Option<PathBuf> {
    let rest = uri.as_str().strip_prefix("file://")?;
    let path = &rest[rest.find('/')?..];
    let mut bytes = Vec::with_capacity(path.len());
    let mut k = 0;
    let raw = path.as_bytes();
    while k < raw.len() {
        if raw[k] == b'%' && k + 2 < raw.len() {
            let hex = std::str::from_utf8(&raw[k + 1..k + 3]).ok()?;
            bytes.push(u8::from_str_radix(hex, 16).ok()?);
            k += 3;
        } else {
            bytes.push(raw[k]);
            k += 1;
        }
    }
    let text = String::from_utf8(bytes).ok()?;
    // `file:///c:/dir` on Windows.
    let text = match text.as_bytes() {
        [b'/', drive, b':', ..] if cfg!(windows) && drive.is_ascii_alphabetic() => text[1..].to_owned(),
        _ => text,
    };
    Some(PathBuf::from(text))
}

/// The `file:` URI of a path.
pub fn uri_of(path: &Path) -> Option<Uri> {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut out = String::from("file://");
    if !text.starts_with('/') {
        out.push('/');
    }
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out.parse().ok()
}

/// The text of an element's export on disk, decoded as the project loader decodes it.
pub fn disk_text(path: &Path) -> Option<String> {
    std::fs::read(path).ok().map(|bytes| SourceFile::from_bytes("", &bytes).text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_shift_by_the_blocks_indentation() {
        let export = "a :\n code : |1+\n  SI é ALORS\n  \tx = 1\n";
        let view = "\n\nSI é ALORS\n\tx = 1\n";
        let lines = Lines::new(export);
        let mapping = Mapping::new(view, export, &lines);
        let x = view.find('x').unwrap();
        assert_eq!(mapping.position(x), Position::new(3, 3));
        assert_eq!(mapping.offset(Position::new(3, 3)), x);
        assert_eq!(mapping.offset(Position::new(2, 0)), view.find('S').unwrap());
        let alors = view.find("ALORS").unwrap();
        assert_eq!(mapping.position(alors), Position::new(2, 7));
    }

    #[test]
    fn uris_and_paths() {
        let uri: Uri = "file:///tmp/WD%20Projet/FEN_%C3%A9.wdw".parse().unwrap();
        let path = path_of(&uri).unwrap();
        assert_eq!(path, PathBuf::from("/tmp/WD Projet/FEN_é.wdw"));
        assert_eq!(uri_of(&path).unwrap().as_str(), uri.as_str());
        assert_eq!(path_of(&"untitled:Untitled-1".parse().unwrap()), None);
    }
}
