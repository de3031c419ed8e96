//! `wl fmt`: messy scripts (`fmt/NAME.wl`) have their layout pinned in `NAME.fmt.out` (bytes:
//! encoding and line endings included); every sample and golden case runs identically after
//! formatting, and formatting twice changes nothing.
//!
//! "Runs identically": the same stdout and exit code, and the same stderr once the source
//! excerpts and line:column positions of diagnostics are set aside (the layout moves them).

use std::path::{Path, PathBuf};
use std::time::Duration;

use wlang::source::SourceFile;
use wlang::tools::fmt::{Charset, FmtError, Options, format, format_bytes};
use wlang::tools::golden::{ECHO_MARKER, Outcome, collect, run_in_process};

use crate::{expect_file, fixture};

fn scripts(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    collect(dir, "wl", &mut found);
    found.sort();
    assert!(!found.is_empty(), "no script in {}", dir.display());
    found
}

fn options_for(path: &Path) -> Options {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    Options { keep_case: name.starts_with("keep_case") }
}

#[test]
fn messy_scripts_are_laid_out() {
    for path in scripts(&fixture("fmt")) {
        let bytes = std::fs::read(&path).unwrap();
        let options = options_for(&path);
        let name = path.display().to_string();
        let out = format_bytes(&bytes, options).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        expect_file(&path.with_extension("fmt.out"), &out);
        let again = format_bytes(&out, options).unwrap_or_else(|e| panic!("{name} (second pass): {e:?}"));
        assert!(again == out, "{name}: formatting twice changes the text");
        // The layout changes nothing a script does.
        let (before, after) = (SourceFile::from_bytes(&name, &bytes), SourceFile::from_bytes(&name, &out));
        assert_same_run(&name, &run(&name, &before.text), &run(&name, &after.text));
    }
}

fn run(name: &str, text: &str) -> Outcome {
    let echo = text.lines().take(5).any(|l| l.contains(ECHO_MARKER));
    run_in_process(SourceFile::new(name, text), echo.then(|| Duration::from_millis(500)), Duration::from_secs(30))
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// stderr without what depends on the layout: source excerpts and `line:column` positions.
fn without_positions(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    let mut out = String::new();
    for line in text.lines() {
        if line.contains('│') || line.trim_start().starts_with('·') || line.contains('╭') || line.contains('╰') {
            continue;
        }
        // `file.wl:12:5` → `file.wl:_:_`
        let mut rest = line;
        while let Some(k) = rest.find(".wl:") {
            out.push_str(&rest[..k + 4]);
            rest = rest[k + 4..].trim_start_matches(|c: char| c.is_ascii_digit() || c == ':');
            out.push_str("_:_");
        }
        out.push_str(rest);
        out.push('\n');
    }
    out
}

/// Whether two runs did the same (see `assert_same_run`).
fn same_run(original: &Outcome, formatted: &Outcome) -> bool {
    original.stdout == formatted.stdout
        && original.code == formatted.code
        && without_positions(&original.stderr) == without_positions(&formatted.stderr)
}

fn assert_same_run(name: &str, original: &Outcome, formatted: &Outcome) {
    assert_eq!(
        String::from_utf8_lossy(&original.stdout),
        String::from_utf8_lossy(&formatted.stdout),
        "{name}: stdout differs after formatting"
    );
    assert_eq!(original.code, formatted.code, "{name}: exit code differs after formatting");
    assert_eq!(
        without_positions(&original.stderr),
        without_positions(&formatted.stderr),
        "{name}: stderr differs after formatting"
    );
}

#[test]
fn samples_and_cases_run_identically_after_formatting() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = scripts(&repo.join("samples"));
    all.extend(scripts(&repo.join("tests/cases")));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let formatted = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..3 {
            scope.spawn(|| {
                while let Some(path) = all.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed)) {
                    let name = path.strip_prefix(repo).unwrap_or(path).display().to_string();
                    let text = SourceFile::from_bytes(&name, &std::fs::read(path).unwrap()).text;
                    let out = match format(&text, Options::default(), Charset::Unicode) {
                        Ok(out) => out,
                        // Only scripts that do not compile are refused, and they are refused
                        // for their syntax.
                        Err(FmtError::Syntax(_)) => {
                            assert!(wlang::parser::parse(&text).is_err(), "{name}: refused but it parses");
                            continue;
                        }
                        Err(e) => panic!("{name}: {e:?}"),
                    };
                    let again = format(&out, Options::default(), Charset::Unicode).unwrap();
                    assert!(again == out, "{name}: formatting twice changes the text");
                    let kept = format(&text, Options { keep_case: true }, Charset::Unicode).unwrap();
                    let kept_again = format(&kept, Options { keep_case: true }, Charset::Unicode).unwrap();
                    assert!(kept_again == kept, "{name}: --keep-case twice changes the text");
                    // A few scripts depend on timing (threads, timers, asynchronous sockets) and
                    // can print differently under the load of the other tests: a difference is
                    // checked twice more before it counts.
                    let mut attempt = 1;
                    loop {
                        let (before, after) = (run(&name, &text), run(&name, &out));
                        if attempt == 3 || same_run(&before, &after) {
                            assert_same_run(&name, &before, &after);
                            break;
                        }
                        eprintln!("{name}: the runs differ, trying again (attempt {attempt} of 3)");
                        attempt += 1;
                    }
                    formatted.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                }
            });
        }
    });
    // Most of them do parse.
    assert!(formatted.into_inner() > all.len() / 2);
}

#[test]
fn cli_check_and_in_place() {
    let dir = std::env::temp_dir().join(format!("wl-fmt-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("x.wl");
    std::fs::write(&file, "si vrai alors\r\ninfo( 1 )\r\nfin\r\n").unwrap();
    let (code, stdout, _) = crate::wl(&dir, &["fmt", "--check", "x.wl"]);
    assert_eq!((code, stdout.as_str()), (1, "would reformat x.wl\n"));
    let (code, _, _) = crate::wl(&dir, &["fmt", "x.wl"]);
    assert_eq!(code, 0);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "SI Vrai ALORS\r\n\tInfo(1)\r\nFIN\r\n");
    let (code, stdout, _) = crate::wl(&dir, &["fmt", "--check", "x.wl"]);
    assert_eq!((code, stdout.as_str()), (0, ""));
    std::fs::write(&file, "SI x ALORS\n").unwrap();
    let (code, _, stderr) = crate::wl(&dir, &["fmt", "x.wl"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("must parse to be formatted"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "SI x ALORS\n", "a broken file is left alone");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Scripts mangled at random (blanks added and removed, lines joined with `;`, comments and
/// continuations inserted, letters capitalised): every one that parses formats to the same
/// tokens (`format` checks it) and formatting the result changes nothing.
#[test]
fn mangled_scripts_format_stably() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = scripts(&repo.join("samples"));
    all.extend(scripts(&repo.join("tests/cases")));
    all.extend(scripts(&fixture("fmt")));
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut formatted = 0;
    for path in &all {
        let text = SourceFile::from_bytes("x", &std::fs::read(path).unwrap()).text;
        for _ in 0..12 {
            let mut chars: Vec<char> = text.chars().collect();
            for _ in 0..1 + next() % 6 {
                if chars.is_empty() {
                    break;
                }
                let k = next() as usize % chars.len();
                let insert = |chars: &mut Vec<char>, s: &str| {
                    for c in s.chars().rev() {
                        chars.insert(k, c);
                    }
                };
                match (next() % 10, chars[k]) {
                    (0, ' ') => drop(chars.remove(k)),
                    (1, _) => chars.insert(k, ' '),
                    (2, _) => chars.insert(k, '\t'),
                    (3, '\n') => chars[k] = ';',
                    (4, ' ') => chars[k] = '\n',
                    (5, c) if c.is_alphabetic() => chars[k] = c.to_uppercase().next().unwrap_or(c),
                    (6, '\n') => insert(&mut chars, " // c"),
                    (7, ' ') => insert(&mut chars, " /* c */ "),
                    (8, ' ') => insert(&mut chars, " ...\n"),
                    (9, '\n') => insert(&mut chars, "\n\n  // a comment line\n"),
                    _ => {}
                }
            }
            let mangled: String = chars.into_iter().collect();
            match format(&mangled, Options::default(), Charset::Unicode) {
                Ok(out) => {
                    let again = format(&out, Options::default(), Charset::Unicode)
                        .unwrap_or_else(|e| panic!("{}: the result does not format: {e:?}\n{out}", path.display()));
                    assert!(again == out, "{}: formatting twice changes\n{mangled}\n---\n{out}", path.display());
                    formatted += 1;
                }
                Err(FmtError::Syntax(_)) => {}
                Err(e) => panic!("{}: {e:?}\n{mangled}", path.display()),
            }
        }
    }
    assert!(formatted > all.len() * 4, "only {formatted} mangled scripts parsed");
}
