//! Every error a user can cause, as miette diagnostics, and their rendering. Errors are built
//! without source text (spans only); the text is attached once, here, when a report is rendered.
//! Messages are lowercase without a final period; each variant has its own code.

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, MietteError, MietteSpanContents, Report, SourceCode,
    SourceSpan, SpanContents,
};
use thiserror::Error;

use crate::source::{SourceFile, Span};

/// Errors found before running: syntax (`wl::syntax::*`) and names (`wl::name::*`).
#[derive(Debug, Clone, Error, Diagnostic, PartialEq)]
pub enum SourceError {
    #[error("{message}")]
    #[diagnostic(code(wl::syntax::token))]
    Lex {
        message: String,
        #[label("here")]
        span: Span,
    },
    #[error("unexpected {found}")]
    #[diagnostic(code(wl::syntax::unexpected), help("expected {expected}"))]
    Unexpected {
        found: String,
        expected: String,
        #[label("not expected here")]
        span: Span,
    },
    #[error("unexpected end of file")]
    #[diagnostic(code(wl::syntax::eof), help("expected {expected}"))]
    UnexpectedEof {
        expected: String,
        #[label("the file ends here")]
        span: Span,
        /// The innermost block still open, when the file ends inside one.
        #[label("this block has no FIN/END")]
        opened: Option<Span>,
    },
    #[error("this expression is not a statement")]
    #[diagnostic(code(wl::syntax::not_a_statement), help("assign it (`x = ...`) or call a procedure"))]
    NotAStatement {
        #[label("its value would be lost")]
        span: Span,
    },
    #[error("unknown name `{name}`")]
    #[diagnostic(code(wl::name::unknown), help("declare it first, e.g. `{name} est un entier` / `{name} is int`"))]
    UnknownName {
        name: String,
        #[label("not declared")]
        span: Span,
    },
    #[error("unknown procedure or function `{name}`")]
    #[diagnostic(code(wl::name::unknown_procedure))]
    UnknownProcedure {
        name: String,
        #[label("no procedure, builtin or variable has this name")]
        span: Span,
    },
    #[error("unknown type `{name}`")]
    #[diagnostic(
        code(wl::name::unknown_type),
        help(
            "known types: entier/int, réel/real, chaîne/string, booléen/boolean, variant, buffer, tableau de/array of"
        )
    )]
    UnknownType {
        name: String,
        #[label("not a type")]
        span: Span,
    },
    #[error("`{name}` expects {expected} argument(s), {found} given")]
    #[diagnostic(code(wl::name::arity))]
    Arity {
        name: String,
        expected: String,
        found: usize,
        #[label("called here")]
        span: Span,
    },
    #[error("`{name}` is declared twice")]
    #[diagnostic(code(wl::name::duplicate))]
    Duplicate {
        name: String,
        #[label("second declaration")]
        span: Span,
    },
    #[error("cannot assign to this expression")]
    #[diagnostic(code(wl::name::not_assignable), help("only variables, array elements and parameters can be assigned"))]
    NotAssignable {
        #[label("not a variable")]
        span: Span,
    },
    #[error("`{what}` outside a loop")]
    #[diagnostic(code(wl::name::outside_loop))]
    OutsideLoop {
        what: String,
        #[label("no enclosing POUR, TANTQUE or BOUCLE")]
        span: Span,
    },
}

impl SourceError {
    pub fn span(&self) -> Span {
        match self {
            SourceError::Lex { span, .. }
            | SourceError::Unexpected { span, .. }
            | SourceError::UnexpectedEof { span, .. }
            | SourceError::NotAStatement { span }
            | SourceError::UnknownName { span, .. }
            | SourceError::UnknownProcedure { span, .. }
            | SourceError::UnknownType { span, .. }
            | SourceError::Arity { span, .. }
            | SourceError::Duplicate { span, .. }
            | SourceError::NotAssignable { span }
            | SourceError::OutsideLoop { span, .. } => *span,
        }
    }
}

/// One procedure call on the way to a runtime error: `name` as the user spelled it at the call.
#[derive(Debug, Clone, PartialEq)]
pub struct CallSite {
    pub name: String,
    pub span: Span,
}

/// An error that stops the script (unless a `QUAND EXCEPTION` block catches it).
#[derive(Debug, Clone, Error, PartialEq)]
#[error("{message}")]
pub struct RuntimeError {
    pub message: String,
    pub span: Span,
    /// Innermost call first.
    pub calls: Vec<CallSite>,
    /// Rendered once the source is known (see `render_runtime`).
    pub call_chain: Option<String>,
}

impl Diagnostic for RuntimeError {
    fn code<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        Some(Box::new("wl::runtime"))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn std::fmt::Display + 'a>> {
        self.call_chain.as_ref().map(|c| Box::new(c) as Box<dyn std::fmt::Display>)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        Some(Box::new(std::iter::once(miette::LabeledSpan::new_with_span(Some("here".into()), self.span))))
    }
}

impl RuntimeError {
    pub fn new(message: impl Into<String>, span: Span) -> RuntimeError {
        RuntimeError { message: message.into(), span, calls: Vec::new(), call_chain: None }
    }
}

/// How reports look: colour for a terminal, plain unicode otherwise (and always in tests).
#[derive(Copy, Clone, PartialEq, Eq)]
pub enum Style {
    Color,
    Plain,
}

impl Style {
    /// Plain when stdout or stderr is not a terminal (output captured, piped, compared) or
    /// NO_COLOR is set.
    pub fn detect() -> Style {
        use std::io::IsTerminal;
        let piped = !std::io::stdout().is_terminal() || !std::io::stderr().is_terminal();
        if std::env::var_os("NO_COLOR").is_some() || piped { Style::Plain } else { Style::Color }
    }
}

fn handler(style: Style) -> GraphicalReportHandler {
    let theme = match style {
        Style::Color => GraphicalTheme::unicode(),
        Style::Plain => GraphicalTheme::unicode_nocolor(),
    };
    // No wrapping: call chains and file:line:col references stay whole, whatever their length.
    GraphicalReportHandler::new_themed(theme).with_width(80).with_wrap_lines(false).with_links(false)
}

fn render_report(report: Report, style: Style) -> String {
    let mut out = String::new();
    if handler(style).render_report(&mut out, report.as_ref()).is_err() {
        out = format!("{report}\n");
    }
    out
}

pub fn render_source_error(error: &SourceError, src: &SourceFile, style: Style) -> String {
    let report = Report::new(error.clone()).with_source_code(Source::of(src));
    render_report(report, style)
}

/// Renders a runtime error with its chain of calls (`called from P at file:line:col`).
pub fn render_runtime_error(error: &RuntimeError, src: &SourceFile, style: Style) -> String {
    let mut error = error.clone();
    if !error.calls.is_empty() {
        // Runaway recursion repeats one call thousands of times: say it once, with a count.
        let mut chain: Vec<String> = Vec::new();
        let mut calls = error.calls.iter().peekable();
        while let Some(c) = calls.next() {
            let mut repeats = 1;
            while calls.peek().is_some_and(|next| next.name == c.name && next.span == c.span) {
                calls.next();
                repeats += 1;
            }
            let (line, col) = src.line_col(c.span.start);
            let times = if repeats > 1 { format!(" ({repeats} times)") } else { String::new() };
            chain.push(format!("in {} called at {}:{line}:{col}{times}", c.name, src.name));
        }
        const SHOWN: usize = 20;
        if chain.len() > SHOWN {
            let hidden = chain.len() - SHOWN;
            chain.truncate(SHOWN);
            chain.push(format!("... and {hidden} more calls"));
        }
        error.call_chain = Some(chain.join("\n"));
    }
    let report = Report::new(error).with_source_code(Source::of(src));
    render_report(report, style)
}

/// The script's text for miette, with columns counted in characters (miette counts bytes), so
/// a report's `file:line:col` agrees with `SourceFile::line_col` on accented lines.
struct Source {
    name: String,
    text: String,
}

impl Source {
    fn of(src: &SourceFile) -> Source {
        Source { name: src.name.clone(), text: src.text.clone() }
    }
}

impl SourceCode for Source {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let inner = self.text.read_span(span, context_lines_before, context_lines_after)?;
        let start = inner.span().offset().min(self.text.len());
        let line_start = self.text[..start].rfind('\n').map_or(0, |i| i + 1);
        let column = self.text.get(line_start..start).map_or(0, |t| t.chars().count());
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            *inner.span(),
            inner.line(),
            column,
            inner.line_count(),
        )))
    }
}
