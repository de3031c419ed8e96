//! wlang: an interpreter for WLanguage, the language of PC SOFT's WINDEV / WEBDEV, with a real
//! WebSocket runtime.
//!
//! The pipeline, one module per stage, in order:
//! 1. `source`: bytes → text (UTF-8 or Windows-1252), spans;
//! 2. `keywords` + `lexer`: text → tokens, French and English keywords folded into one set;
//! 3. `parser` (+ `grammar/wlanguage.lalrpop`): tokens → `ast`;
//! 4. `resolve`: `ast` → `ir`, names turned into slots, errors reported before running;
//! 5. `interp`: evaluation of the `ir`, and the host event loop; it calls `builtins`, the library
//!    of families (one table each, both languages) behind one calling convention;
//! 6. `runtime`: the socket runtime the socket family drives (knows nothing of values).
//!
//! Beside the stages: `types` (the one type vocabulary), `value` (runtime values, their
//! operators and conversions, below `ir`, `builtins` and `interp`), `diagnostics` (every error
//! as a miette report).
//!
//! `prelude` holds `stdlib/*.wl`, WLanguage functions written in WLanguage, resolved before a
//! script that names them.
//!
//! `tools` holds the commands built on the pipeline (translation, golden tests, porting audit);
//! `alloc` counts memory for `--max-memory`.

pub mod alloc;
pub mod ast;
pub mod builtins;
pub mod diagnostics;
pub mod interp;
pub mod ir;
pub mod keywords;
pub mod lang;
pub mod lexer;
pub mod parser;
pub mod prelude;
pub mod resolve;
pub mod runtime;
pub mod source;
pub mod tools;
pub mod types;
pub mod value;

use std::io::Write;

use diagnostics::{Lang, SourceError, Style};
use interp::{Interp, Options};
use source::SourceFile;

/// Exit code after a runtime error.
pub const EXIT_RUNTIME_ERROR: i32 = 1;
/// Exit code after a syntax or name error (nothing ran).
pub const EXIT_SOURCE_ERROR: i32 = 2;

/// Parses and resolves a script: the program to run, or every error found. Past a syntax
/// error, the tree the parser recovered is resolved too, so its name errors are reported with it.
pub fn compile(src: &SourceFile) -> Result<ir::Program, Vec<SourceError>> {
    compile_with(src, resolve::Dialect::default())
}

/// `compile` under the project options `dialect` gives.
pub fn compile_with(src: &SourceFile, dialect: resolve::Dialect) -> Result<ir::Program, Vec<SourceError>> {
    let parsed = parser::parse_recovering(&src.text, 0);
    match parsed.program {
        Some(ast) if parsed.errors.is_empty() => resolve::resolve_with(&ast, &src.text, dialect),
        Some(ast) => {
            let mut errors = parsed.errors;
            errors.extend(resolve::check_recovered(&ast, &src.text, &parsed.dropped_names));
            errors.sort_by_key(|e| e.span().start);
            Err(errors)
        }
        None => Err(parsed.errors),
    }
}

/// The errors `compile` reports, without keeping the program (`wl check`): each statement's IR
/// is dropped once resolved, so checking a big script holds little more than its syntax tree.
pub fn check(src: &SourceFile) -> Vec<SourceError> {
    let parsed = parser::parse_recovering(&src.text, 0);
    let mut errors = parsed.errors;
    if let Some(ast) = &parsed.program {
        // With no syntax error nothing was dropped: this is `compile`'s resolution.
        errors.extend(resolve::check_recovered(ast, &src.text, &parsed.dropped_names));
        errors.sort_by_key(|e| e.span().start);
    }
    errors
}

/// The options of a run from the command line's pieces: the language of messages and the socket
/// runtime's configuration (whose interrupt flag the whole run shares).
pub fn options(lang: Lang, net: runtime::Config) -> Options {
    let mut options = Options { lang, interrupt: net.interrupt.clone(), ..Options::default() };
    options.settings.insert(net);
    options
}

/// Runs a script: its output to `out`, its errors and the diagnostics to `err`.
/// Returns the process exit code (0, `EXIT_RUNTIME_ERROR` or `EXIT_SOURCE_ERROR`).
pub fn run(src: &SourceFile, out: Box<dyn Write>, mut err: Box<dyn Write>, options: Options, style: Style) -> i32 {
    let lang = options.lang;
    let program = match compile_with(src, options.dialect) {
        Ok(program) => program,
        Err(errors) => {
            report_source_errors(&errors, src, &mut err, style, lang);
            return EXIT_SOURCE_ERROR;
        }
    };
    let err_writer = SharedWriter::new(err);
    let options = Options { source: Some(src.text.as_str().into()), ..options };
    let mut interp = Interp::new(&program, out, Box::new(err_writer.clone()), options);
    let result = interp.run(&program);
    drop(interp);
    match result {
        Ok(()) => 0,
        Err(error) => {
            let text = diagnostics::render_runtime_error(&error, src, style, lang);
            let _ = write!(err_writer.clone(), "{text}");
            EXIT_RUNTIME_ERROR
        }
    }
}

/// Errors of one file reported in full; the others are counted (`and N more errors`). A file
/// of random bytes has an error every few characters: past this many, more reports tell nothing.
pub const MAX_REPORTED_ERRORS: usize = 50;

/// Writes the reports of a file's errors (the first `MAX_REPORTED_ERRORS`), then the count.
pub fn report_source_errors(errors: &[SourceError], src: &SourceFile, err: &mut dyn Write, style: Style, lang: Lang) {
    for error in errors.iter().take(MAX_REPORTED_ERRORS) {
        let _ = write!(err, "{}", diagnostics::render_source_error(error, src, style, lang));
    }
    if errors.len() > MAX_REPORTED_ERRORS {
        let _ = writeln!(err, "{}", diagnostics::more_errors(errors.len() - MAX_REPORTED_ERRORS, lang));
    }
    let _ = writeln!(err, "{}", diagnostics::error_count(errors.len(), &src.name, lang));
}

/// Runs `f` on a thread with a large stack: deeply nested scripts and recursion recurse in the
/// evaluator, and the call-depth limit must trip before the native stack does.
pub fn with_large_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    const STACK: usize = 512 << 20;
    match std::thread::Builder::new().stack_size(STACK).spawn(f) {
        Ok(handle) => match handle.join() {
            Ok(value) => value,
            Err(panic) => std::panic::resume_unwind(panic),
        },
        Err(e) => panic!("cannot start the interpreter thread: {e}"),
    }
}

/// A writer into a buffer the caller keeps a handle on: to capture a script's output when
/// embedding wlang (the golden runner, the tests).
#[derive(Clone, Default)]
pub struct Capture(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl Capture {
    /// Takes what was written so far, leaving the buffer empty.
    pub fn take(&self) -> Vec<u8> {
        std::mem::take(&mut self.0.borrow_mut())
    }

    /// Takes what was written so far, as text (invalid UTF-8 replaced).
    pub fn take_text(&self) -> String {
        String::from_utf8_lossy(&self.take()).into_owned()
    }
}

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// One writer shared by the interpreter (script errors) and the final report, so both land in
/// the same stream in order.
#[derive(Clone)]
struct SharedWriter(std::rc::Rc<std::cell::RefCell<Box<dyn Write>>>);

impl SharedWriter {
    fn new(inner: Box<dyn Write>) -> SharedWriter {
        SharedWriter(std::rc::Rc::new(std::cell::RefCell::new(inner)))
    }
}

impl Write for SharedWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.borrow_mut().flush()
    }
}
