//! `wl repl`: an interactive session for learners. Each input is parsed as soon as it is
//! complete (`SI ... FIN` waits for its `FIN`, a global `PROCÉDURE` for an empty line), resolved
//! against what earlier inputs declared (`resolve::Session`) and run on one interpreter, so
//! variables and procedures persist. The logic (`Repl::feed`) is separate from the line editor
//! (`run`), so it is tested without a terminal.

use std::borrow::Cow;
use std::io::{IsTerminal, Write};

use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Editor, Helper};

use crate::builtins;
use crate::diagnostics::{self, Found, Lang, SourceError, Style};
use crate::interp::{Interp, Options};
use crate::ir;
use crate::keywords::{KEYWORDS, fold};
use crate::parser;
use crate::resolve::Session;
use crate::source::SourceFile;

/// What the editor should do after a line.
#[derive(Debug, PartialEq, Eq)]
pub enum Next {
    /// Read a new input (`wl> `).
    Input,
    /// The input goes on (`... `).
    More,
    Quit,
}

pub struct Repl {
    session: Session,
    interp: Interp,
    /// Every input accepted so far, then the one being typed: spans point into it, so an error
    /// in a procedure declared earlier is shown where it was written.
    text: String,
    /// Where the input being typed starts in `text`.
    pending: usize,
    err: Box<dyn Write>,
    style: Style,
    lang: Lang,
}

impl Repl {
    pub fn new(
        out: Box<dyn Write>,
        err: Box<dyn Write>,
        script_err: Box<dyn Write>,
        options: Options,
        style: Style,
    ) -> Repl {
        let lang = options.lang;
        let empty = ir::Program {
            main: Vec::new(),
            globals: Vec::new(),
            procs: Vec::new(),
            structs: Vec::new(),
            classes: Vec::new(),
        };
        Repl {
            session: Session::default(),
            interp: Interp::new(&empty, out, script_err, options),
            text: String::new(),
            pending: 0,
            err,
            style,
            lang,
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether an input is being continued.
    pub fn in_progress(&self) -> bool {
        self.text.len() > self.pending
    }

    /// Drops the input being typed (Ctrl-C at the prompt).
    pub fn cancel(&mut self) {
        self.text.truncate(self.pending);
    }

    /// Takes one line of input.
    pub fn feed(&mut self, line: &str) -> Next {
        if !self.in_progress() {
            if let Some(command) = line.trim().strip_prefix(':') {
                return self.command(command.trim());
            }
            if line.trim().is_empty() {
                return Next::Input;
            }
        }
        self.text.push_str(line);
        self.text.push('\n');
        let program = match parser::parse_chunk(&self.text, self.pending) {
            Ok(program) => program,
            // A block, a parenthesis or a `...` still open: wait for the rest.
            Err(errors) if errors.iter().all(incomplete) => return Next::More,
            Err(errors) => return self.reject(&errors),
        };
        // A global procedure runs to the end of the input: an empty line ends it.
        if !program.procedures.is_empty() && !line.trim().is_empty() {
            return Next::More;
        }
        let resolved = match self.session.resolve(&program, &self.text) {
            Ok(resolved) => resolved,
            Err(errors) => return self.reject(&errors),
        };
        self.pending = self.text.len();
        match self.interp.run_chunk(&resolved) {
            Ok(true) => Next::Input,
            Ok(false) => Next::Quit,
            Err(error) => {
                let src = self.source();
                let report = diagnostics::render_runtime_error(&error, &src, self.style, self.lang);
                let _ = write!(self.err, "{report}");
                Next::Input
            }
        }
    }

    fn source(&self) -> SourceFile {
        SourceFile::new("<repl>", self.text.clone())
    }

    /// Reports the input's errors and forgets it; the session is unchanged.
    fn reject(&mut self, errors: &[SourceError]) -> Next {
        let src = self.source();
        for error in errors {
            let _ = write!(self.err, "{}", diagnostics::render_source_error(error, &src, self.style, self.lang));
        }
        self.cancel();
        Next::Input
    }

    fn command(&mut self, command: &str) -> Next {
        let (name, arg) = command.split_once(' ').unwrap_or((command, ""));
        match (fold(name).as_ref(), arg.trim()) {
            ("q" | "quit" | "quitter" | "exit", _) => return Next::Quit,
            ("help" | "aide" | "h", _) => {
                let _ = self.err.write_all(self.lang.pick(HELP_EN, HELP_FR).as_bytes());
            }
            ("lang" | "langue", arg) => match arg.parse::<Lang>() {
                Ok(lang) => self.lang = lang,
                Err(_) => {
                    let _ = writeln!(self.err, "{}", self.lang.pick(":lang fr | :lang en", ":lang fr | :lang en"));
                }
            },
            _ => {
                let _ = writeln!(
                    self.err,
                    "{}",
                    self.lang.pick(
                        format!("unknown command `:{name}` (see :help)"),
                        format!("commande inconnue `:{name}` (voir :aide)")
                    )
                );
            }
        }
        Next::Input
    }

    /// Closes the session's sockets.
    pub fn finish(&mut self) {
        self.interp.shutdown();
    }
}

/// An error that more input could fix: the input ended inside a block, brackets or a `...`.
fn incomplete(error: &SourceError) -> bool {
    matches!(error, SourceError::UnexpectedEof { .. } | SourceError::Unexpected { found: Found::EndOfFile, .. })
}

const HELP_EN: &str = "\
Type WLanguage statements; they run as soon as they are complete.
  SI ... FIN, POUR ... FIN, SELON ... FIN: a block runs after its FIN/END
  PROCEDURE Name(...): a global procedure ends with an empty line
  variables and procedures persist between inputs; Tab completes keywords and functions
  :help          this text
  :lang fr|en    language of messages and of completion
  :quit          leave (also Ctrl-D); Ctrl-C drops the input being typed
";

const HELP_FR: &str = "\
Tapez des instructions WLangage ; elles s'exécutent dès qu'elles sont complètes.
  SI ... FIN, POUR ... FIN, SELON ... FIN : un bloc s'exécute après son FIN
  PROCÉDURE Nom(...) : une procédure globale se termine par une ligne vide
  les variables et procédures restent d'une saisie à l'autre ; Tab complète mots-clés et fonctions
  :aide          ce texte
  :langue fr|en  langue des messages et de la complétion
  :quitter       sortir (aussi Ctrl-D) ; Ctrl-C abandonne la saisie en cours
";

/// Completion of keywords, functions and constants in the session's language.
struct WlHelper {
    words: [Vec<String>; 2],
    lang: Lang,
}

impl WlHelper {
    fn new() -> WlHelper {
        let mut fr: Vec<String> = Vec::new();
        let mut en: Vec<String> = Vec::new();
        for (_, fr_words, en_words) in KEYWORDS {
            fr.push(fr_words[0].to_owned());
            en.push(en_words[0].to_owned());
        }
        for b in builtins::functions() {
            fr.push(b.fr.to_owned());
            en.push(b.en.to_owned());
        }
        for p in crate::prelude::procedures() {
            fr.push(p.french.to_owned());
            en.push(p.name(true).to_owned());
        }
        for (fr_name, en_name, _) in builtins::constants() {
            fr.push((*fr_name).to_owned());
            en.push((*en_name).to_owned());
        }
        for list in [&mut fr, &mut en] {
            list.sort();
            list.dedup();
        }
        WlHelper { words: [en, fr], lang: Lang::En }
    }
}

impl Completer for WlHelper {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        let start = line[..pos].rfind(|c: char| !(c.is_alphanumeric() || c == '_')).map_or(0, |i| i + 1);
        let prefix = fold(&line[start..pos]).into_owned();
        if prefix.is_empty() {
            return Ok((pos, Vec::new()));
        }
        let words = &self.words[usize::from(self.lang == Lang::Fr)];
        let matches = words
            .iter()
            .filter(|w| fold(w).starts_with(&prefix))
            .map(|w| Pair { display: w.clone(), replacement: w.clone() })
            .collect();
        Ok((start, matches))
    }
}

impl Hinter for WlHelper {
    type Hint = String;
}

impl Highlighter for WlHelper {
    fn highlight_prompt<'b, 's: 'b, 'p: 'b>(&'s self, prompt: &'p str, _default: bool) -> Cow<'b, str> {
        Cow::Borrowed(prompt)
    }
}

impl Validator for WlHelper {}

impl Helper for WlHelper {}

/// `wl repl`: line editing and history on a terminal; plain line reading otherwise (so a file
/// can be piped in). Returns the exit code.
pub fn run(options: Options) -> i32 {
    let style = Style::detect();
    let interactive = std::io::stdin().is_terminal();
    let mut repl = Repl::new(
        Box::new(std::io::LineWriter::new(std::io::stdout())),
        Box::new(std::io::stderr()),
        Box::new(std::io::stderr()),
        options,
        style,
    );
    if !interactive {
        for line in std::io::stdin().lines() {
            let Ok(line) = line else { break };
            if repl.feed(&line) == Next::Quit {
                break;
            }
        }
        repl.finish();
        return 0;
    }
    let mut editor: Editor<WlHelper, rustyline::history::DefaultHistory> = match Editor::new() {
        Ok(editor) => editor,
        Err(e) => {
            eprintln!("error: cannot start the line editor: {e}");
            return 1;
        }
    };
    editor.set_helper(Some(WlHelper::new()));
    let history = std::env::var_os("HOME").map(|home| std::path::Path::new(&home).join(".wlang_history"));
    if let Some(path) = &history {
        let _ = editor.load_history(path);
    }
    eprintln!(
        "{}",
        repl.lang().pick(
            "wlang — WLanguage interpreter. :help for help, :quit to leave.",
            "wlang — interpréteur WLangage. :aide pour l'aide, :quitter pour sortir."
        )
    );
    loop {
        if let Some(helper) = editor.helper_mut() {
            helper.lang = repl.lang();
        }
        let prompt = if repl.in_progress() { "... " } else { "wl> " };
        match editor.readline(prompt) {
            Ok(line) => {
                let _ = editor.add_history_entry(line.as_str());
                if repl.feed(&line) == Next::Quit {
                    break;
                }
            }
            Err(ReadlineError::Interrupted) => repl.cancel(),
            Err(_) => break,
        }
    }
    if let Some(path) = &history {
        let _ = editor.save_history(path);
    }
    repl.finish();
    0
}

#[cfg(test)]
mod tests {

    use super::*;

    use crate::Capture;

    fn repl(lang: Lang) -> (Repl, Capture, Capture) {
        let (out, err) = (Capture::default(), Capture::default());
        let options = Options { lang, ..Options::default() };
        let repl =
            Repl::new(Box::new(out.clone()), Box::new(err.clone()), Box::new(err.clone()), options, Style::Plain);
        (repl, out, err)
    }

    #[test]
    fn variables_and_procedures_persist_and_blocks_wait_for_fin() {
        let (mut r, out, err) = repl(Lang::En);
        assert_eq!(r.feed("x est un entier = 20"), Next::Input);
        assert_eq!(r.feed("PROCEDURE Double(n)"), Next::More);
        assert_eq!(r.feed("RENVOYER n * 2"), Next::More);
        assert_eq!(r.feed(""), Next::Input);
        assert_eq!(r.feed("SI Double(x) > 10 ALORS"), Next::More);
        assert_eq!(r.feed("  Info(\"grand\", Double(x) + 2)"), Next::More);
        assert_eq!(r.feed("FIN"), Next::Input);
        assert_eq!(r.feed("Trace(1, ..."), Next::More);
        assert_eq!(r.feed("2)"), Next::Input);
        assert_eq!(out.take_text(), "grand\n42\n1, 2\n");
        assert_eq!(err.take_text(), "");
    }

    #[test]
    fn errors_are_reported_and_forgotten() {
        let (mut r, out, err) = repl(Lang::En);
        assert_eq!(r.feed("Info(inconnu)"), Next::Input);
        assert!(err.take_text().contains("unknown name `inconnu`"));
        assert_eq!(r.feed("y est un entier = 1 +"), Next::Input);
        assert!(err.take_text().contains("unexpected end of line"));
        // The runtime error of a procedure declared earlier points into that earlier input.
        r.feed("PROCEDURE Div(d)");
        r.feed("RENVOYER 1 / d");
        r.feed("");
        assert_eq!(r.feed("Info(Div(0))"), Next::Input);
        let report = err.take_text();
        assert!(report.contains("division by zero") && report.contains("RENVOYER 1 / d"), "{report}");
        assert_eq!(r.feed("Info(Div(4))"), Next::Input);
        assert_eq!(out.take_text(), "0.25\n");
    }

    #[test]
    fn commands_help_lang_quit() {
        let (mut r, _, err) = repl(Lang::En);
        r.feed(":help");
        assert!(err.take_text().contains(":lang fr|en"));
        r.feed(":lang fr");
        r.feed("Info(inconnu)");
        assert!(err.take_text().contains("nom inconnu"));
        r.feed(":nope");
        assert!(err.take_text().contains("commande inconnue"));
        assert_eq!(r.feed(":quit"), Next::Quit);
        let (mut r, _, _) = repl(Lang::En);
        assert_eq!(r.feed("FinProgramme()"), Next::Quit);
    }

    #[test]
    fn completion_follows_the_language() {
        let mut helper = WlHelper::new();
        let history = rustyline::history::DefaultHistory::new();
        let ctx = Context::new(&history);
        let names = |h: &WlHelper, line: &str| {
            h.complete(line, line.len(), &ctx).unwrap().1.into_iter().map(|p| p.replacement).collect::<Vec<_>>()
        };
        assert!(names(&helper, "SocketEc").is_empty(), "French names are not offered in English");
        helper.lang = Lang::Fr;
        assert!(names(&helper, "SocketEc").contains(&"SocketEcrit".to_owned()));
        helper.lang = Lang::En;
        assert!(names(&helper, "x = socketwr").contains(&"SocketWrite".to_owned()));
        helper.lang = Lang::Fr;
        assert!(names(&helper, "multit").contains(&"Multitâche".to_owned()));
    }
}
