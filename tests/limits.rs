//! Hostile programs and arguments, through the `wl` binary (and the library where the stack of a
//! test thread is the point): files of random bytes, huge files, tokens of 600,000 characters,
//! deep nesting under `wl translate`, scripts that grow memory without end. Each must end with
//! the documented result or a clear error, within the run limit, without a crash. Inputs are
//! generated here (nothing big is committed). The hostile scripts that fit in a file are golden
//! cases under `tests/cases/limits/`.
//!
//! The figures (how long, how much memory) are measured by the commands in README.md's
//! Reliability section, not asserted here: a shared VM's timings are too noisy for a test.

mod common;

use common::{Output, TempDir, run_command, wl};

/// `wl ARGS... FILE` with `contents` written to a temporary file named `name`.
fn wl_on(args: &[&str], name: &str, contents: impl AsRef<[u8]>) -> Output {
    let dir = TempDir::new("limits");
    let file = dir.write(name, contents);
    let mut command = wl();
    command.args(args).arg(&file);
    run_command(command)
}

/// Deterministic pseudo-random bytes (xorshift), so a failure can be replayed.
fn random_bytes(len: usize, mut seed: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 24) as u8
        })
        .collect()
}

fn assert_no_crash(out: &Output, what: &str) {
    for sign in ["overflow", "panicked", "fatal runtime error", "memory allocation"] {
        assert!(!out.stderr.contains(sign), "{what}: {sign}:\n{}", tail(&out.stderr));
    }
}

fn tail(text: &str) -> &str {
    let mut start = text.len().saturating_sub(2_000);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..]
}

/// The number in `prefix N suffix` on one of the lines.
fn number_after(text: &str, prefix: &str) -> Option<usize> {
    text.lines().find_map(|l| l.strip_prefix(prefix)?.split(' ').next()?.parse().ok())
}

// ---- wl check: many errors, big files ---------------------------------------------------------

#[test]
fn random_bytes_get_fifty_reports_then_a_count() {
    let bytes = random_bytes(200_000, 0x9E37_79B9_7F4A_7C15);
    for (lang, more, total) in [("en", "and ", " errors in "), ("fr", "et ", " erreurs dans ")] {
        let out = wl_on(&["--lang", lang, "check"], "random.wl", &bytes);
        assert_no_crash(&out, "random bytes");
        assert_eq!(out.code, 2, "{}", tail(&out.stderr));
        let reports = out.stderr.matches("wl::syntax::").count();
        assert_eq!(reports, wlang::MAX_REPORTED_ERRORS, "{}", tail(&out.stderr));
        let hidden = number_after(&out.stderr, more).expect("the `and N more errors` line");
        let last = out.stderr.lines().last().unwrap_or_default();
        let all: usize = last.split(' ').next().and_then(|n| n.parse().ok()).unwrap_or(0);
        assert!(last.contains(total), "{last}");
        assert_eq!(all, hidden + wlang::MAX_REPORTED_ERRORS, "{}", tail(&out.stderr));
        assert!(all > 5_000, "{all} errors in 200 KB of random bytes?");
    }
}

#[test]
fn twenty_thousand_error_lines_are_counted_not_all_reported() {
    // One error a line: reporting them cost a scan of the file each (40 s for 4,000 lines in a
    // debug build); now at most 50 reports, each costing the lines it shows.
    let text: String = (0..20_000).map(|i| format!("x = 1 $ {i}\n")).collect();
    let out = wl_on(&["check"], "errors.wl", &text);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("and 19950 more errors\n20000 errors in "), "{}", tail(&out.stderr));
    assert!(out.stderr.contains("errors.wl:50:7]"), "the 50th report points at line 50");
    assert!(!out.stderr.contains("errors.wl:51:"), "the 51st is not reported");
}

#[test]
fn a_program_of_fifty_thousand_statements_checks_and_runs() {
    let mut text = String::from("x est un entier\n");
    text.push_str(&"x = x + 1\n".repeat(50_000));
    text.push_str("Info(x)\n");
    let out = wl_on(&["check"], "big.wl", &text);
    assert_eq!((out.code, out.stderr.as_str()), (0, ""));
    let out = wl_on(&["run"], "big.wl", &text);
    assert_eq!((out.code, out.stdout.as_str()), (0, "50000\n"), "{}", tail(&out.stderr));
}

// ---- long tokens, deep nesting: no recursion on the input's size --------------------------------

/// 600,000 non-ASCII characters: the lexer used to recurse once per byte of such a token
/// (logos' generated functions calling each other, not turned into jumps in a debug build).
fn long_tokens() -> Vec<(&'static str, String)> {
    let long = |c: &str| c.repeat(600_000 / c.chars().count());
    vec![
        ("line comment", format!("// {}\nInfo(1)\n", long("é"))),
        ("block comment", format!("/* {} */\nInfo(1)\n", long("éà€中"))),
        ("string", format!("s est une chaîne = \"{}\"\nInfo(Taille(s))\n", long("é"))),
        ("curly string", format!("Info(Taille(“{}”))\n", long("€"))),
        ("identifier", format!("{} est un entier = 1\nInfo(1)\n", long("中"))),
        ("unclosed string", format!("Info(\"{}\n", long("ü"))),
        ("unclosed comment", format!("Info(1)\n/* {}", long("ü\n"))),
    ]
}

#[test]
fn long_tokens_parse_on_a_small_stack() {
    // On this test thread's own stack (2 MiB), not the interpreter's 512 MiB one.
    for (what, text) in long_tokens() {
        let result = wlang::parser::parse(&text);
        let unclosed = what.starts_with("unclosed");
        assert_eq!(result.is_err(), unclosed, "{what}");
    }
}

#[test]
fn long_tokens_check_run_and_translate() {
    for (what, text) in long_tokens() {
        let unclosed = what.starts_with("unclosed");
        let out = wl_on(&["check"], "long.wl", &text);
        assert_no_crash(&out, what);
        assert_eq!(out.code, if unclosed { 2 } else { 0 }, "{what}: {}", tail(&out.stderr));
        if unclosed {
            continue;
        }
        let out = wl_on(&["run"], "long.wl", &text);
        assert_no_crash(&out, what);
        assert_eq!(out.code, 0, "{what}: {}", tail(&out.stderr));
        // `wl translate` runs on the main thread's 8 MiB stack.
        let out = wl_on(&["translate", "--to", "en"], "long.wl", &text);
        assert_no_crash(&out, what);
        assert_eq!(out.code, 0, "{what}: {}", tail(&out.stderr));
        assert!(out.stdout.contains("Info(") || out.stdout.contains("Length("), "{what}");
    }
}

#[test]
fn translate_keeps_a_two_thousand_line_french_comment() {
    let line = "Ceci est un commentaire en français, très détaillé, où l'on répète les accents : éèêàùç.\n";
    let text = format!("/*\n{}*/\nSI Vrai ALORS\n\tInfo(\"é\")\nFIN\n", line.repeat(2_000));
    let out = wl_on(&["translate", "--to", "en"], "comment.wl", &text);
    assert_no_crash(&out, "French comment");
    assert_eq!(out.code, 0, "{}", tail(&out.stderr));
    assert_eq!(out.stdout, text.replace("SI Vrai ALORS", "IF True THEN").replace("FIN\n", "END\n"));
}

#[test]
fn translate_takes_twenty_thousand_nested_blocks() {
    // The syntax tree is walked recursively: on the main thread's stack this overflowed.
    let n = 20_000;
    let text = format!("{}Info(1)\n{}", "SI Vrai ALORS\n".repeat(n), "FIN\n".repeat(n));
    let out = wl_on(&["translate", "--to", "en"], "deep.wl", &text);
    assert_no_crash(&out, "deep nesting");
    assert_eq!(out.code, 0, "{}", tail(&out.stderr));
    assert_eq!(out.stdout.matches("IF True THEN\n").count(), n);
    assert_eq!(out.stdout.matches("END\n").count(), n);
}

#[test]
fn translate_fixes_thousands_of_contextual_keywords_at_once() {
    // `STEP NOT 0` cannot become `PAS PAS 0` (the second PAS would read as STEP): each such
    // word stays NOT. This used to take one full parse per line (5 minutes for 2,000 lines).
    let text = format!("n est un entier = 1\n{}", "FOR i = 1 TO n STEP NOT 0\nEND\n".repeat(2_000));
    let out = wl_on(&["translate", "--to", "fr"], "steps.wl", &text);
    assert_eq!(out.code, 0, "{}", tail(&out.stderr));
    let expected = format!("n est un entier = 1\n{}", "POUR i = 1 A n PAS NOT 0\nFIN\n".repeat(2_000));
    assert_eq!(out.stdout, expected);
}

// ---- --max-memory ----------------------------------------------------------------------------

/// `wl run --max-memory 64MiB` under an address-space cap of about 1.5 GB: without the limit,
/// the script would die on a failed allocation (an abort) instead of the runtime error.
fn run_capped(lang: &str, script: &str) -> Output {
    let dir = TempDir::new("memory");
    let file = dir.write("grow.wl", script);
    let mut command = std::process::Command::new("sh");
    command
        .arg("-c")
        .arg("ulimit -v 1500000 && exec \"$0\" --lang \"$1\" run --max-memory 64MiB \"$2\"")
        .arg(env!("CARGO_BIN_EXE_wl"))
        .arg(lang)
        .arg(&file);
    run_command(command)
}

#[test]
fn endless_growth_stops_at_max_memory() {
    let scripts = [
        ("Ajoute in an endless loop", "t est un tableau de entiers\nBOUCLE\n\tAjoute(t, 1)\nFIN\n", "Ajoute(t, 1)"),
        ("s = s + s", "s est une chaîne = \"abcdefgh\"\nBOUCLE\n\ts = s + s\nFIN\n", "s = s + s"),
        (
            "concatenation into another",
            "s est une chaîne = \"ab\"\nBOUCLE\n\tt est une chaîne = s + s\n\ts = t\nFIN\n",
            "s + s",
        ),
        (
            "strings kept in an array",
            "t est un tableau de chaînes\ns est une chaîne = Répète(\"x\", 1000)\nBOUCLE\n\tAjoute(t, s + \"\")\nFIN\n",
            "Ajoute",
        ),
        ("one array too large", "t est un tableau de 100000000 entiers\nInfo(\"jamais\")\n", "100000000"),
        (
            "inside an exception handler",
            // Caught, the script would go on growing past the limit.
            "t est un tableau de entiers\nBOUCLE\n\tQUAND EXCEPTION DANS\n\t\tBOUCLE\n\t\t\tAjoute(t, 1)\n\t\tFIN\n\tFAIRE\n\t\tInfo(\"jamais\")\n\tFIN\nFIN\n",
            "Ajoute(t, 1)",
        ),
    ];
    for (what, script, at) in scripts {
        let out = run_capped("en", script);
        assert_no_crash(&out, what);
        assert_eq!(out.code, 1, "{what}: {}", tail(&out.stderr));
        assert!(
            out.stderr.contains("out of memory: the script needs more than its limit of 64 MiB (--max-memory)"),
            "{what}: {}",
            tail(&out.stderr)
        );
        assert!(out.stderr.contains(at), "{what}: the report points at `{at}`:\n{}", tail(&out.stderr));
        assert!(!out.stdout.contains("jamais"), "{what}");
    }
    let out = run_capped("fr", scripts[0].1);
    assert!(
        out.stderr.contains("mémoire épuisée : le script a besoin de plus que sa limite de 64 Mio (--max-memory)"),
        "{}",
        tail(&out.stderr)
    );
}

#[test]
fn a_script_under_max_memory_runs() {
    let script = "t est un tableau de entiers\nPOUR i = 1 A 100000\n\tAjoute(t, i)\nFIN\nInfo(t..Occurrence)\n";
    let out = run_capped("en", script);
    assert_eq!((out.code, out.stdout.as_str()), (0, "100000\n"), "{}", tail(&out.stderr));
}
