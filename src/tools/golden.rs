//! Golden-output tests: run scripts, compare what they print with expected files beside them,
//! show a unified diff on mismatch, or write the expected files (bless). One engine serves
//! `wl test` (users' scripts) and wlang's own `cargo test --test golden`; they differ only in the
//! expected-file `Layout` and the `Runner`.
//!
//! A script `name.wl` may carry `name.args`: `wl run` options separated by blanks (`--echo`,
//! `--echo-idle-ms 200`, `--connect-to ...`, `--no-dynamic-strings`; no quoting). A script whose first five lines
//! contain `// wl: echo` runs as with `--echo`: with an embedded WebSocket echo server that every
//! connection is routed to.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::Capture;
use crate::diagnostics::{Lang, Style};
use crate::resolve::Dialect;
use crate::runtime::{EchoOptions, EchoServer, RouteAll};
use crate::source::SourceFile;

/// The marker that asks for the embedded echo server, in a script's first lines.
pub const ECHO_MARKER: &str = "// wl: echo";

/// Where the expected output of `name.wl` lives.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Layout {
    /// `wl test`: `name.out` holds the exact stdout, `name.err` the exact stderr (no file: the
    /// script writes nothing to stderr). wl's exit code follows from stderr (1 after a runtime
    /// error report, 2 after a syntax or name error report), so it is not stored.
    Split,
    /// wlang's own tests: `name.out` holds the exact stdout, then, when the script wrote to
    /// stderr or exited non-zero, a line `--- stderr (exit N) ---` and the exact stderr.
    Combined,
}

/// How a script is run.
#[derive(Clone, Debug)]
pub enum Runner {
    /// In this process through the library; `.args` may only hold `--echo`,
    /// `--echo-idle-ms MS` and `--no-dynamic-strings`. Diagnostics are plain, in English.
    InProcess,
    /// `EXE [global options] run [.args] name.wl`, from the script's folder (diagnostics name
    /// the file `name.wl` wherever the tests are started from), stdin closed, `NO_COLOR` set.
    Command { exe: PathBuf, global_args: Vec<String> },
}

#[derive(Clone, Debug)]
pub struct Config {
    pub layout: Layout,
    pub runner: Runner,
    /// Write the expected files instead of comparing.
    pub bless: bool,
    /// Scripts run at once (at least 1).
    pub jobs: usize,
    /// A script still running after this fails (and, with `Runner::Command`, is killed).
    pub timeout: Duration,
    /// Scripts are named relative to this folder in the report.
    pub base: PathBuf,
}

/// What a script did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub code: i32,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

/// The end of a run.
#[derive(Debug, Default)]
pub struct Summary {
    pub passed: usize,
    pub failed: usize,
    /// One line per failing script: `name: reason`.
    pub failures: Vec<String>,
}

impl Summary {
    /// The last line of a report: `N passed, N failed` (what CI systems read).
    pub fn line(&self) -> String {
        format!("{} passed, {} failed", self.passed, self.failed)
    }
}

/// The scripts to test: each path is a `.wl` file or a folder searched recursively (hidden
/// folders and `target` skipped), sorted.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut scripts = Vec::new();
    for path in paths {
        if path.is_dir() {
            collect(path, "wl", &mut scripts);
        } else if path.is_file() {
            scripts.push(path.clone());
        } else {
            return Err(format!("{}: no such file or folder", path.display()));
        }
    }
    scripts.sort();
    scripts.dedup();
    Ok(scripts)
}

/// Every file under `dir` (recursively) whose extension is `ext`.
pub fn collect(dir: &Path, ext: &str, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        let hidden = path.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.') || n == "target");
        if path.is_dir() {
            if !hidden {
                collect(&path, ext, found);
            }
        } else if path.extension().is_some_and(|e| e == ext) {
            found.push(path);
        }
    }
}

/// `path` relative to `base`, with `/` separators: stable in reports.
pub fn relative_name(base: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(base).unwrap_or(path);
    rel.components()
        .filter(|c| *c != std::path::Component::CurDir)
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Runs every script (`config.jobs` at a time), writes one line per script to `log` in the
/// scripts' order (`ok`, `blessed` or `FAIL` with a diff), then the summary line.
pub fn run(config: &Config, scripts: &[PathBuf], log: &mut dyn Write) -> Summary {
    let next = AtomicUsize::new(0);
    let (send, receive) = mpsc::channel::<(usize, Verdict)>();
    let mut summary = Summary::default();
    std::thread::scope(|scope| {
        for _ in 0..config.jobs.clamp(1, scripts.len().max(1)) {
            let send = send.clone();
            let next = &next;
            scope.spawn(move || {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(script) = scripts.get(i) else { break };
                    if send.send((i, check(config, script))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(send);
        // Print in the scripts' order as soon as each one's turn has come.
        let mut pending: Vec<Option<Verdict>> = (0..scripts.len()).map(|_| None).collect();
        let mut shown = 0;
        for (i, verdict) in receive {
            pending[i] = Some(verdict);
            while let Some(Some(verdict)) = pending.get_mut(shown).map(Option::take) {
                let name = relative_name(&config.base, &scripts[shown]);
                let _ = write!(log, "{}", verdict.report(&name));
                let _ = log.flush();
                match verdict {
                    Verdict::Pass | Verdict::Blessed(_) => summary.passed += 1,
                    Verdict::Fail { reason, .. } => {
                        summary.failed += 1;
                        summary.failures.push(format!("{name}: {reason}"));
                    }
                }
                shown += 1;
            }
        }
    });
    let _ = writeln!(log, "{}", summary.line());
    summary
}

/// What became of one script.
enum Verdict {
    Pass,
    /// The expected files written or removed.
    Blessed(Vec<PathBuf>),
    Fail {
        reason: String,
        details: String,
    },
}

impl Verdict {
    fn report(&self, name: &str) -> String {
        match self {
            Verdict::Pass => format!("ok   {name}\n"),
            Verdict::Blessed(files) => {
                let files: Vec<String> =
                    files.iter().map(|f| f.file_name().unwrap_or_default().to_string_lossy().into_owned()).collect();
                format!("ok   {name} (blessed {})\n", files.join(", "))
            }
            Verdict::Fail { reason, details } => format!("FAIL {name}: {reason}\n{details}"),
        }
    }
}

fn fail(reason: impl Into<String>) -> Verdict {
    Verdict::Fail { reason: reason.into(), details: String::new() }
}

/// Runs one script and compares (or blesses) its expected files.
fn check(config: &Config, script: &Path) -> Verdict {
    let args = match script_args(script) {
        Ok(args) => args,
        Err(problem) => return fail(problem),
    };
    let outcome = match execute(config, script, &args) {
        Ok(outcome) => outcome,
        Err(problem) => return fail(problem),
    };
    // (file, expected content; None: the file must not exist)
    let files: Vec<(PathBuf, Option<Vec<u8>>)> = match config.layout {
        Layout::Combined => vec![(script.with_extension("out"), Some(combined(&outcome)))],
        Layout::Split => vec![
            (script.with_extension("out"), Some(outcome.stdout.clone())),
            (script.with_extension("err"), (!outcome.stderr.is_empty()).then(|| outcome.stderr.clone())),
        ],
    };
    let mut blessed = Vec::new();
    let mut details = String::new();
    let mut reasons = Vec::new();
    for (path, actual) in files {
        let expected = std::fs::read(&path).ok();
        // A missing `.err` is an empty stderr.
        let same = match (&expected, &actual) {
            (Some(e), Some(a)) => e == a,
            (None, None) => true,
            (None, Some(a)) => {
                config.layout == Layout::Split && path.extension().is_some_and(|x| x == "err") && a.is_empty()
            }
            (Some(e), None) => e.is_empty(),
        };
        if same {
            continue;
        }
        let file_name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
        if config.bless {
            let written = match &actual {
                Some(content) => std::fs::write(&path, content),
                None => std::fs::remove_file(&path),
            };
            if let Err(e) = written {
                return fail(format!("cannot write {file_name}: {e}"));
            }
            blessed.push(path);
            continue;
        }
        if expected.is_none() && path.extension().is_some_and(|x| x == "out") {
            reasons.push(format!("no expected file {file_name} (run with --bless)"));
            let what = if config.layout == Layout::Split { "stdout" } else { "output" };
            details.push_str(&format!("--- actual {what} ---\n{}", show_all(&actual.unwrap_or_default())));
            continue;
        }
        reasons.push(format!("{file_name} differs"));
        let (e, a) = (expected.unwrap_or_default(), actual.unwrap_or_default());
        details.push_str(&unified_diff(&e, &a, &format!("{file_name} (expected)"), &format!("{file_name} (actual)")));
    }
    if !reasons.is_empty() {
        if config.layout == Layout::Split {
            details.push_str(&format!("(exit code {})\n", outcome.code));
        }
        Verdict::Fail { reason: reasons.join(", "), details }
    } else if !blessed.is_empty() {
        Verdict::Blessed(blessed)
    } else {
        Verdict::Pass
    }
}

/// The `Layout::Combined` form of an outcome.
pub fn combined(outcome: &Outcome) -> Vec<u8> {
    let mut out = outcome.stdout.clone();
    if outcome.code != 0 || !outcome.stderr.is_empty() {
        out.extend_from_slice(format!("--- stderr (exit {}) ---\n", outcome.code).as_bytes());
        out.extend_from_slice(&outcome.stderr);
    }
    out
}

/// The script's `wl run` options: its `.args` file, plus `--echo` for the marker.
fn script_args(script: &Path) -> Result<Vec<String>, String> {
    let mut args: Vec<String> = match std::fs::read_to_string(script.with_extension("args")) {
        Ok(text) => text.split_whitespace().map(str::to_owned).collect(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(format!("cannot read its .args: {e}")),
    };
    let head = std::fs::read(script).map_err(|e| format!("cannot read: {e}"))?;
    let head = String::from_utf8_lossy(&head[..head.len().min(500)]).into_owned();
    if head.lines().take(5).any(|line| line.contains(ECHO_MARKER)) && !args.iter().any(|a| a == "--echo") {
        args.push("--echo".into());
    }
    Ok(args)
}

fn execute(config: &Config, script: &Path, args: &[String]) -> Result<Outcome, String> {
    match &config.runner {
        Runner::InProcess => {
            let name = relative_name(&config.base, script);
            let bytes = std::fs::read(script).map_err(|e| format!("cannot read: {e}"))?;
            let (echo, dialect) = in_process_options(args)?;
            run_in_process_with(SourceFile::from_bytes(name, &bytes), echo, dialect, config.timeout)
        }
        Runner::Command { exe, global_args } => run_command(exe, global_args, script, args, config.timeout),
    }
}

/// The echo server settings and the project options `.args` asks for, in process (the only
/// options supported there).
fn in_process_options(args: &[String]) -> Result<(Option<Duration>, Dialect), String> {
    let mut dialect = Dialect::default();
    let mut echo = false;
    let mut idle = Duration::from_millis(500);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--echo" => echo = true,
            "--no-dynamic-strings" => dialect.dynamic_strings = false,
            "--echo-idle-ms" => {
                let ms = it.next().and_then(|v| v.parse().ok()).ok_or("--echo-idle-ms needs a number")?;
                idle = Duration::from_millis(ms);
            }
            other => return Err(format!("option {other} is not supported in process")),
        }
    }
    Ok((echo.then_some(idle), dialect))
}

/// Runs a script through the library on a large-stack thread, with an embedded echo server when
/// `echo` gives its idle time. A script still running after `timeout` is reported and left
/// behind (a thread cannot be killed; the process ends with the run).
pub fn run_in_process(src: SourceFile, echo: Option<Duration>, timeout: Duration) -> Result<Outcome, String> {
    run_in_process_with(src, echo, Dialect::default(), timeout)
}

/// `run_in_process` under the project options `dialect` gives.
pub fn run_in_process_with(
    src: SourceFile,
    echo: Option<Duration>,
    dialect: Dialect,
    timeout: Duration,
) -> Result<Outcome, String> {
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        let result = crate::with_large_stack(move || run_captured(src, echo, dialect));
        let _ = send.send(result);
    });
    match receive.recv_timeout(timeout) {
        Ok(result) => result,
        Err(mpsc::RecvTimeoutError::Timeout) => Err(format!("still running after {} s (timeout)", timeout.as_secs())),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err("the interpreter panicked".into()),
    }
}

/// On the interpreter thread: stdout and stderr go to buffers created here.
fn run_captured(src: SourceFile, echo: Option<Duration>, dialect: Dialect) -> Result<Outcome, String> {
    let mut net = crate::runtime::Config::default();
    let server = match echo {
        Some(idle) => {
            let server =
                EchoServer::start(EchoOptions { plain_port: 0, tls_port: Some(0), idle, bind: [127, 0, 0, 1].into() })
                    .map_err(|e| format!("cannot start the echo server: {e}"))?;
            let tls = server.tls.ok_or("the echo server has no TLS listener")?;
            net.route_all = Some(RouteAll { plain: server.plain, tls });
            net.extra_roots_pem.push(server.ca_pem.clone());
            Some(server)
        }
        None => None,
    };
    let (out, err) = (Capture::default(), Capture::default());
    let mut options = crate::options(Lang::default(), net);
    // Golden scripts never read the terminal: dialogs answer their default.
    options.no_input = true;
    options.dialect = dialect;
    let code = crate::run(&src, Box::new(out.clone()), Box::new(err.clone()), options, Style::Plain);
    drop(server);
    Ok(Outcome { code, stdout: out.take(), stderr: err.take() })
}

/// Runs `exe [global_args] run [args] name.wl` in the script's folder, killed after `timeout`.
fn run_command(
    exe: &Path,
    global_args: &[String],
    script: &Path,
    args: &[String],
    timeout: Duration,
) -> Result<Outcome, String> {
    use std::process::{Command, Stdio};
    let dir = script.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let file = script.file_name().ok_or("not a file")?;
    let mut child = Command::new(exe)
        .args(global_args)
        .arg("run")
        .args(args)
        .arg(file)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", exe.display()))?;
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut buf);
            }
            buf
        })
    };
    let stdout = drain(child.stdout.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let stderr = drain(child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() >= timeout => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("still running after {} s (killed)", timeout.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("cannot wait for {}: {e}", exe.display())),
        }
    };
    let code = status.code().unwrap_or(-1);
    Ok(Outcome { code, stdout: stdout.join().unwrap_or_default(), stderr: stderr.join().unwrap_or_default() })
}

// ------------------------------------------------------------------ unified diff

const CONTEXT: usize = 3;
/// Above this many line pairs the middle of a diff is shown as one replacement (LCS is quadratic).
const MAX_CELLS: usize = 4_000_000;

/// A unified diff (`diff -u` layout, 3 lines of context) of two outputs, by lines. Carriage
/// returns are shown as `\r` so that line-ending differences are visible.
pub fn unified_diff(expected: &[u8], actual: &[u8], from: &str, to: &str) -> String {
    let (e, a) = (String::from_utf8_lossy(expected), String::from_utf8_lossy(actual));
    let a_lines: Vec<&str> = e.split_inclusive('\n').collect();
    let b_lines: Vec<&str> = a.split_inclusive('\n').collect();
    let ops = diff_ops(&a_lines, &b_lines);
    let mut out = format!("--- {from}\n+++ {to}\n");
    let changes: Vec<usize> = (0..ops.len()).filter(|&k| !matches!(ops[k], Op::Same(..))).collect();
    let mut k = 0;
    while k < changes.len() {
        // A hunk: changes closer than 2 × CONTEXT lines apart, with CONTEXT lines around.
        let mut last = k;
        while last + 1 < changes.len() && changes[last + 1] - changes[last] <= 2 * CONTEXT {
            last += 1;
        }
        let start = changes[k].saturating_sub(CONTEXT);
        let end = (changes[last] + CONTEXT + 1).min(ops.len());
        let (mut old_start, mut new_start) = position(&ops, start);
        let old_len = ops[start..end].iter().filter(|o| !matches!(o, Op::Insert(_))).count();
        let new_len = ops[start..end].iter().filter(|o| !matches!(o, Op::Delete(_))).count();
        // `diff -u` numbers an empty side by the line before it.
        if old_len > 0 {
            old_start += 1;
        }
        if new_len > 0 {
            new_start += 1;
        }
        out.push_str(&format!("@@ -{old_start},{old_len} +{new_start},{new_len} @@\n"));
        for op in &ops[start..end] {
            let (tag, line) = match *op {
                Op::Same(i) => (' ', a_lines[i]),
                Op::Delete(i) => ('-', a_lines[i]),
                Op::Insert(j) => ('+', b_lines[j]),
            };
            out.push(tag);
            match line.strip_suffix('\n') {
                Some(body) => {
                    out.push_str(&body.replace('\r', "\\r"));
                    out.push('\n');
                }
                None => {
                    out.push_str(&line.replace('\r', "\\r"));
                    out.push_str("\n\\ No newline at end of file\n");
                }
            }
        }
        k = last + 1;
    }
    out
}

#[derive(Copy, Clone)]
enum Op {
    Same(usize),
    Delete(usize),
    Insert(usize),
}

/// Lines of each side before `ops[k]`.
fn position(ops: &[Op], k: usize) -> (usize, usize) {
    let old = ops[..k].iter().filter(|o| !matches!(o, Op::Insert(_))).count();
    let new = ops[..k].iter().filter(|o| !matches!(o, Op::Delete(_))).count();
    (old, new)
}

/// The edit script from `a` to `b`: common prefix and suffix, and a longest common subsequence
/// of the middle (or a plain replacement when the middle is too large).
fn diff_ops(a: &[&str], b: &[&str]) -> Vec<Op> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..].iter().rev().zip(b[prefix..].iter().rev()).take_while(|(x, y)| x == y).count();
    let (ma, mb) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let mut ops: Vec<Op> = (0..prefix).map(Op::Same).collect();
    if ma.len() * mb.len() > MAX_CELLS {
        ops.extend((0..ma.len()).map(|i| Op::Delete(prefix + i)));
        ops.extend((0..mb.len()).map(|j| Op::Insert(prefix + j)));
    } else {
        // lcs[i][j]: length of the LCS of ma[i..] and mb[j..].
        let w = mb.len() + 1;
        let mut lcs = vec![0u32; (ma.len() + 1) * w];
        for i in (0..ma.len()).rev() {
            for j in (0..mb.len()).rev() {
                lcs[i * w + j] = if ma[i] == mb[j] {
                    lcs[(i + 1) * w + j + 1] + 1
                } else {
                    lcs[(i + 1) * w + j].max(lcs[i * w + j + 1])
                };
            }
        }
        let (mut i, mut j) = (0, 0);
        while i < ma.len() || j < mb.len() {
            if i < ma.len() && j < mb.len() && ma[i] == mb[j] {
                ops.push(Op::Same(prefix + i));
                (i, j) = (i + 1, j + 1);
            } else if i < ma.len() && (j == mb.len() || lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) {
                ops.push(Op::Delete(prefix + i));
                i += 1;
            } else {
                ops.push(Op::Insert(prefix + j));
                j += 1;
            }
        }
    }
    let sa = a.len() - suffix;
    ops.extend((0..suffix).map(|k| Op::Same(sa + k)));
    ops
}

/// A whole output shown as the `+` side of a diff would show it.
fn show_all(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut out = String::new();
    for line in text.split_inclusive('\n') {
        out.push_str(&line.trim_end_matches('\n').replace('\r', "\\r"));
        out.push('\n');
    }
    out
}

/// `wl test`: runs the golden tests of `paths` (default: the current folder) with `wl run`.
pub fn command(paths: &[PathBuf], bless: bool, jobs: Option<usize>, timeout: Duration, lang: Lang) -> i32 {
    let paths = if paths.is_empty() { vec![PathBuf::from(".")] } else { paths.to_vec() };
    let scripts = match discover(&paths) {
        Ok(scripts) => scripts,
        Err(message) => {
            eprintln!("error: {message}");
            return crate::EXIT_SOURCE_ERROR;
        }
    };
    let exe = match std::env::current_exe() {
        Ok(exe) => exe,
        Err(e) => {
            eprintln!("error: cannot find the wl executable: {e}");
            return crate::EXIT_SOURCE_ERROR;
        }
    };
    let jobs = jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let config = Config {
        layout: Layout::Split,
        // The scripts' messages in the language of this run (`--lang`, else the locale).
        runner: Runner::Command { exe, global_args: vec!["--lang".into(), lang.pick("en", "fr").into()] },
        bless,
        jobs,
        timeout,
        base: std::env::current_dir().unwrap_or_default(),
    };
    let summary = run(&config, &scripts, &mut std::io::stdout().lock());
    if summary.failed == 0 { 0 } else { crate::EXIT_RUNTIME_ERROR }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_layout() {
        let d = unified_diff(b"a\nb\nc\n", b"a\nB\nc\n", "x", "y");
        assert_eq!(d, "--- x\n+++ y\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n");
        let d = unified_diff(b"", b"z", "x", "y");
        assert_eq!(d, "--- x\n+++ y\n@@ -0,0 +1,1 @@\n+z\n\\ No newline at end of file\n");
        let d = unified_diff(b"1\r\n", b"1\n", "x", "y");
        assert_eq!(d, "--- x\n+++ y\n@@ -1,1 +1,1 @@\n-1\\r\n+1\n");
    }

    #[test]
    fn distant_changes_make_two_hunks() {
        let a: String = (1..=20).map(|i| format!("{i}\n")).collect();
        let b: String =
            (1..=20).map(|i| if i == 2 || i == 18 { format!("x{i}\n") } else { format!("{i}\n") }).collect();
        let d = unified_diff(a.as_bytes(), b.as_bytes(), "x", "y");
        assert_eq!(d.matches("@@ -").count(), 2, "{d}");
        assert!(d.contains("@@ -1,5 +1,5 @@"), "{d}");
        assert!(d.contains("@@ -15,6 +15,6 @@"), "{d}");
    }
}
