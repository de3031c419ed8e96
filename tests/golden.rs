//! Golden tests: every `*.wl` under `samples/` and `tests/cases/` is run in-process and its output
//! compared with the `.out` file beside it.
//!
//! An expected file holds the exact stdout; when the script wrote to stderr or exited non-zero, a
//! trailing section `--- stderr (exit N) ---` follows with the exact stderr (diagnostics rendered
//! colourless at width 80). Scripts whose first lines contain `// wl: echo` run with an embedded
//! WebSocket echo server that every connection is routed to (what `wl run --echo` does). Each
//! script gets a watchdog; a mismatch prints a line diff, and the test fails at the end with the
//! list of every mismatch.
//!
//! To regenerate the expected files (then read every changed one: a wrong bless is a bug), and
//! see which files were rewritten:
//!
//! ```text
//! WLANG_BLESS=1 cargo test --test golden -- --nocapture
//! ```

use std::cell::RefCell;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::mpsc;
use std::time::Duration;

use wlang::diagnostics::Style;
use wlang::interp::Options;
use wlang::runtime::{EchoOptions, EchoServer, RouteAll};
use wlang::source::SourceFile;

const ROOTS: &[&str] = &["samples", "tests/cases"];
const WATCHDOG: Duration = Duration::from_secs(20);
const ECHO_MARKER: &str = "// wl: echo";

#[test]
fn golden() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bless = std::env::var_os("WLANG_BLESS").is_some_and(|v| !v.is_empty() && v != "0");
    let mut scripts = Vec::new();
    for root in ROOTS {
        collect(&repo.join(root), "wl", &mut scripts);
    }
    scripts.sort();
    assert!(!scripts.is_empty(), "no .wl file under {ROOTS:?}");

    let mut failures = Vec::new();
    for script in &scripts {
        let name = relative_name(repo, script);
        let expected_path = script.with_extension("out");
        let actual = match run_script(&name, script) {
            Ok(actual) => actual,
            Err(problem) => {
                eprintln!("FAIL {name}: {problem}");
                failures.push(format!("{name}: {problem}"));
                continue;
            }
        };
        let expected = std::fs::read(&expected_path).ok();
        if expected.as_deref() == Some(&actual[..]) {
            continue;
        }
        if bless {
            std::fs::write(&expected_path, &actual)
                .unwrap_or_else(|e| panic!("cannot write {}: {e}", expected_path.display()));
            eprintln!("blessed {}", relative_name(repo, &expected_path));
            continue;
        }
        match expected {
            None => {
                eprintln!("FAIL {name}: no expected file {}", relative_name(repo, &expected_path));
                failures.push(format!("{name}: missing .out (run with WLANG_BLESS=1)"));
            }
            Some(expected) => {
                eprintln!("FAIL {name}: output differs (- expected, + actual)");
                eprint!("{}", diff(&String::from_utf8_lossy(&expected), &String::from_utf8_lossy(&actual)));
                failures.push(format!("{name}: output differs"));
            }
        }
    }
    // An expected file without its script is a leftover.
    for root in ROOTS {
        let mut outs = Vec::new();
        collect(&repo.join(root), "out", &mut outs);
        for out in outs.into_iter().filter(|o| !o.with_extension("wl").exists()) {
            failures.push(format!("{}: no matching .wl", relative_name(repo, &out)));
        }
    }
    eprintln!("golden: {} scripts, {} failures", scripts.len(), failures.len());
    assert!(failures.is_empty(), "golden mismatches:\n  {}", failures.join("\n  "));
}

/// Runs one script in-process on a large-stack thread, bounded by the watchdog, and returns its
/// output in expected-file form.
fn run_script(name: &str, path: &Path) -> Result<Vec<u8>, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read: {e}"))?;
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(500)]).into_owned();
    let echo = head.lines().take(5).any(|line| line.contains(ECHO_MARKER));
    let src = SourceFile::from_bytes(name, &bytes);
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        let result = wlang::with_large_stack(move || run_captured(src, echo));
        let _ = send.send(result);
    });
    let (code, stdout, stderr) = match receive.recv_timeout(WATCHDOG) {
        Ok(result) => result?,
        // The interpreter thread is left behind; the test process ends with the test anyway.
        Err(mpsc::RecvTimeoutError::Timeout) => return Err(format!("still running after {WATCHDOG:?} (watchdog)")),
        Err(mpsc::RecvTimeoutError::Disconnected) => return Err("the interpreter panicked".into()),
    };
    let mut actual = stdout;
    if code != 0 || !stderr.is_empty() {
        actual.extend_from_slice(format!("--- stderr (exit {code}) ---\n").as_bytes());
        actual.extend_from_slice(&stderr);
    }
    Ok(actual)
}

/// Runs on the interpreter thread: stdout and stderr go to buffers created here.
fn run_captured(src: SourceFile, echo: bool) -> Result<(i32, Vec<u8>, Vec<u8>), String> {
    let mut options = Options::default();
    let server = if echo {
        let server = EchoServer::start(EchoOptions {
            plain_port: 0,
            tls_port: Some(0),
            idle: Duration::from_millis(500),
            bind: [127, 0, 0, 1].into(),
        })
        .map_err(|e| format!("cannot start the echo server: {e}"))?;
        let tls = server.tls.ok_or("the echo server has no TLS listener")?;
        options.net.route_all = Some(RouteAll { plain: server.plain, tls });
        options.net.extra_roots_pem.push(server.ca_pem.clone());
        Some(server)
    } else {
        None
    };
    let (out, err) = (Capture::default(), Capture::default());
    let code = wlang::run(&src, Box::new(out.clone()), Box::new(err.clone()), options, Style::Plain);
    drop(server);
    Ok((code, out.take(), err.take()))
}

/// A writer into a buffer the caller keeps a handle on.
#[derive(Clone, Default)]
struct Capture(Rc<RefCell<Vec<u8>>>);

impl Capture {
    fn take(&self) -> Vec<u8> {
        std::mem::take(&mut self.0.borrow_mut())
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

/// Every file under `dir` (recursively) whose extension is `ext`.
fn collect(dir: &Path, ext: &str, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, ext, found);
        } else if path.extension().is_some_and(|e| e == ext) {
            found.push(path);
        }
    }
}

/// The path relative to the repository, with `/` separators: stable in diagnostics.
fn relative_name(repo: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(repo).unwrap_or(path);
    rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/")
}

/// A line diff from the longest common subsequence, changed lines with two lines of context.
/// Carriage returns are shown as `\r` so CRLF differences are visible.
fn diff(expected: &str, actual: &str) -> String {
    let a: Vec<String> = expected.split_inclusive('\n').map(show).collect();
    let b: Vec<String> = actual.split_inclusive('\n').map(show).collect();
    // lcs[i][j]: length of the LCS of a[i..] and b[j..].
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let mut ops = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            ops.push((' ', &a[i]));
            (i, j) = (i + 1, j + 1);
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push(('-', &a[i]));
            i += 1;
        } else {
            ops.push(('+', &b[j]));
            j += 1;
        }
    }
    const CONTEXT: usize = 2;
    let near_change =
        |k: usize| ops[k.saturating_sub(CONTEXT)..(k + CONTEXT + 1).min(ops.len())].iter().any(|(t, _)| *t != ' ');
    let mut out = String::new();
    let mut skipped = false;
    for (k, (tag, line)) in ops.iter().enumerate() {
        if near_change(k) {
            out.push_str(&format!("{tag} {line}\n"));
            skipped = false;
        } else if !skipped {
            out.push_str("  ...\n");
            skipped = true;
        }
    }
    out
}

fn show(line: &str) -> String {
    match line.strip_suffix('\n') {
        Some(line) => line.replace('\r', "\\r"),
        None => format!("{}  (no newline at end)", line.replace('\r', "\\r")),
    }
}
