//! `wl run PROJECT`: runs a project that needs no window. Its code is put together as one
//! script: the declarations of the procedure sets and classes, the project's initialisation
//! code and its closing code as the main code, then the procedures of the procedure sets. Before
//! that, every one of these blocks is checked alone, in the project's context without its
//! graphical interface and HFSQL: what a run cannot have is reported there, at its place in
//! its file. A runtime error is reported at its place too (its span is mapped back from the
//! assembled script to the block's file).

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use super::check::{Examination, NeedKind};
use super::{ElementKind, Project, Role};
use crate::diagnostics::{self, Lang, RuntimeError, SourceError, Style};
use crate::interp::{Interp, Options};
use crate::source::{SourceFile, Span};
use crate::{EXIT_RUNTIME_ERROR, EXIT_SOURCE_ERROR, parser, resolve};

/// One block's place in the assembled script.
struct Segment {
    /// Offset of its first byte in the assembled script.
    at: usize,
    len: usize,
    block: usize,
}

/// The blocks a run executes, in order: main code, then procedures.
fn selected(project: &Project) -> Vec<usize> {
    let mut main = Vec::new();
    let mut closing = Vec::new();
    let mut procedures = Vec::new();
    for (b, block) in project.blocks.iter().enumerate() {
        if super::check::is_empty(project.code(block)) {
            continue;
        }
        let kind = project.elements[block.element].kind;
        match (kind, block.role) {
            (ElementKind::ProcedureSet | ElementKind::Class, Role::Declarations) => main.push(b),
            (ElementKind::Project, Role::Init) => main.push(b),
            (ElementKind::Project, Role::Closing) => closing.push(b),
            (ElementKind::ProcedureSet, Role::Procedure) => procedures.push(b),
            _ => {}
        }
    }
    // Declarations first, the initialisation code after them, the closing code last.
    main.sort_by_key(|&b| project.blocks[b].role == Role::Init);
    main.into_iter().chain(closing).chain(procedures).collect()
}

/// Runs the project; the exit code of `wl run`.
pub fn run(project: &Project, out: Box<dyn Write>, err: Box<dyn Write>, options: Options, style: Style) -> i32 {
    let lang = options.lang;
    let err = Shared(Rc::new(RefCell::new(err)));
    let mut report = err.clone();
    if project.file.is_none() {
        let _ = writeln!(
            report,
            "{}",
            lang.pick(
                format!("error: {}: no project file (.wdp, .wwp) here", project.root.display()),
                format!("erreur : {} : aucun fichier projet (.wdp, .wwp) ici", project.root.display()),
            )
        );
        return EXIT_SOURCE_ERROR;
    }
    let blocks = selected(project);
    if !blocks.iter().any(|&b| matches!(project.blocks[b].role, Role::Init | Role::Closing)) {
        let name = project.root.join(project.file.as_deref().unwrap_or_default());
        let name = name.to_string_lossy();
        let name = name.trim_start_matches("./");
        let _ = writeln!(
            report,
            "{}",
            lang.pick(
                format!(
                    "error: {name}: no initialisation code to run (wl run opens no window; `wl audit` tells what the project needs)"
                ),
                format!(
                    "erreur : {name} : aucun code d'initialisation à exécuter (wl run n'ouvre aucune fenêtre ; `wl audit` dit ce dont le projet a besoin)"
                ),
            )
        );
        return EXIT_SOURCE_ERROR;
    }
    if let Err(code) = precheck(project, &blocks, &mut report, style, lang) {
        return code;
    }
    // The assembled script.
    let mut text = String::new();
    let mut segments = Vec::new();
    for &b in &blocks {
        let code = project.code(&project.blocks[b]);
        segments.push(Segment { at: text.len(), len: code.len(), block: b });
        text.push_str(code);
        if !code.ends_with('\n') {
            text.push('\n');
        }
    }
    let whole = SourceFile::new(format!("{} (all its code)", project.name), text);
    let program =
        match parser::parse(&whole.text).and_then(|ast| resolve::resolve_with(&ast, &whole.text, options.dialect)) {
            Ok(program) => program,
            Err(errors) => {
                // Each block resolved alone: what is left are conflicts between blocks.
                crate::report_source_errors(&errors, &whole, &mut report, style, lang);
                return EXIT_SOURCE_ERROR;
            }
        };
    let mut interp = Interp::new(&program, out, Box::new(err.clone()), options);
    let result = interp.run(&program);
    drop(interp);
    match result {
        Ok(()) => 0,
        Err(error) => {
            let _ = write!(report, "{}", render_runtime_error(project, &segments, &whole, &error, style, lang));
            EXIT_RUNTIME_ERROR
        }
    }
}

/// Checks each block in the run's context; on errors, reports them and says what the run lacks.
fn precheck(project: &Project, blocks: &[usize], report: &mut dyn Write, style: Style, lang: Lang) -> Result<(), i32> {
    let ex = Examination::new(project);
    let mut count = 0;
    let mut objects = false;
    let mut lacking: Vec<String> = Vec::new();
    for &b in blocks {
        let element = &project.elements[project.blocks[b].element];
        let mut errors: Vec<SourceError> = ex.syntax_errors(b).to_vec();
        errors.extend(ex.resolve(b, false).map(|(errors, _)| errors).unwrap_or_default());
        errors.sort_by_key(|e| e.span().start);
        for error in &errors {
            // A window, control or HFSQL name of the project is not unknown: the list of what
            // the project needs names it.
            if ex.names_an_object(b, error) {
                objects = true;
                continue;
            }
            let _ = write!(report, "{}", diagnostics::render_source_error(error, &element.view, style, lang));
            count += 1;
        }
    }
    if count == 0 && !objects {
        return Ok(());
    }
    // What the same blocks need, to say why they cannot run.
    for v in ex.verdicts().into_iter().filter(|v| blocks.contains(&v.block)) {
        for need in v.needs {
            let what = match need.kind {
                NeedKind::Builtin(_) => format!("{} ({})", need.name, need.family),
                NeedKind::Procedure => continue,
                kind => format!("{} ({} {})", need.name, need.family, kind.word()),
            };
            if !lacking.contains(&what) {
                lacking.push(what);
            }
        }
    }
    let name = project.file.as_deref().unwrap_or(&project.name);
    if count > 0 {
        let _ = writeln!(report, "{}", diagnostics::error_count(count, name, lang));
    }
    if !lacking.is_empty() {
        let list = lacking.join(", ");
        let _ = writeln!(
            report,
            "{}",
            lang.pick(
                format!("the project needs what wlang lacks: {list}"),
                format!("le projet a besoin de ce que wlang n'a pas : {list}"),
            )
        );
    }
    Err(EXIT_SOURCE_ERROR)
}

/// Where an offset of the assembled script lies: (block, offset in its element's view).
fn locate(project: &Project, segments: &[Segment], offset: u32) -> Option<(usize, u32)> {
    let offset = offset as usize;
    let k = segments.partition_point(|s| s.at <= offset).checked_sub(1)?;
    let s = &segments[k];
    let local = (offset - s.at).min(s.len);
    Some((s.block, (project.blocks[s.block].start + local) as u32))
}

fn map_span(project: &Project, segments: &[Segment], span: Span) -> Option<(usize, Span)> {
    let (block, start) = locate(project, segments, span.start)?;
    let end = start + (span.end.saturating_sub(span.start));
    Some((project.blocks[block].element, Span { start, end }))
}

/// The runtime error at its place in its file; calls made from other files are listed after it.
fn render_runtime_error(
    project: &Project,
    segments: &[Segment],
    whole: &SourceFile,
    error: &RuntimeError,
    style: Style,
    lang: Lang,
) -> String {
    let Some((element, span)) = map_span(project, segments, error.span) else {
        return diagnostics::render_runtime_error(error, whole, style, lang);
    };
    let view = &project.elements[element].view;
    let mut mapped = RuntimeError { fault: error.fault.clone(), span, calls: Vec::new() };
    let mut elsewhere = Vec::new();
    let calls: Vec<_> = error.calls.iter().map(|c| (c, map_span(project, segments, c.span))).collect();
    let same_file = calls.iter().all(|(_, m)| m.is_some_and(|(e, _)| e == element));
    for (call, place) in calls {
        match place {
            Some((e, span)) if same_file => {
                let _ = e;
                mapped.calls.push(diagnostics::CallSite { name: call.name.clone(), span });
            }
            Some((e, span)) => {
                let file = &project.elements[e].view;
                let (line, col) = file.line_col(span.start);
                let at = format!("{}:{line}:{col}", file.name);
                elsewhere.push(lang.pick(
                    format!("  in {} called at {at}", call.name),
                    format!("  dans {} appelée en {at}", call.name),
                ));
            }
            None => {}
        }
    }
    let mut text = diagnostics::render_runtime_error(&mapped, view, style, lang);
    for line in elsewhere {
        text.push_str(&line);
        text.push('\n');
    }
    text
}

/// One error stream shared by the interpreter and the final report, so both land in order.
#[derive(Clone)]
struct Shared(Rc<RefCell<Box<dyn Write>>>);

impl Write for Shared {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.borrow_mut().flush()
    }
}
