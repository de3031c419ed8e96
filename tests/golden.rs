//! Golden tests: every `*.wl` under `samples/` and `tests/cases/` is run in-process and its output
//! compared with the `.out` file beside it, by the runner behind `wl test`
//! (`wlang::tools::golden`), with wlang's own expected-file layout.
//!
//! An expected file holds the exact stdout; when the script wrote to stderr or exited non-zero, a
//! trailing section `--- stderr (exit N) ---` follows with the exact stderr (diagnostics rendered
//! colourless at width 80, in English). Scripts whose first lines contain `// wl: echo` run with
//! an embedded WebSocket echo server that every connection is routed to (what `wl run --echo`
//! does). Each script gets a timeout; a mismatch prints a unified diff, and the test fails at the
//! end with the list of every mismatch.
//!
//! To regenerate the expected files (then read every changed one: a wrong bless is a bug), and
//! see which files were rewritten:
//!
//! ```text
//! WLANG_BLESS=1 cargo test --test golden -- --nocapture
//! ```

use std::path::Path;
use std::time::Duration;

use wlang::tools::golden::{self, Config, Layout, Runner};

const ROOTS: &[&str] = &["samples", "tests/cases"];

#[test]
fn golden() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let bless = std::env::var_os("WLANG_BLESS").is_some_and(|v| !v.is_empty() && v != "0");
    let roots: Vec<_> = ROOTS.iter().map(|r| repo.join(r)).collect();
    let scripts = golden::discover(&roots).expect("the golden folders exist");
    assert!(!scripts.is_empty(), "no .wl file under {ROOTS:?}");

    let config = Config {
        layout: Layout::Combined,
        runner: Runner::InProcess,
        bless,
        jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
        timeout: Duration::from_secs(20),
        base: repo.to_path_buf(),
    };
    let mut log = Vec::new();
    let summary = golden::run(&config, &scripts, &mut log);
    // Only what needs reading: failures with their diffs, and blessed files.
    let log = String::from_utf8_lossy(&log);
    eprint!(
        "{}",
        log.lines()
            .filter(|l| !l.starts_with("ok   ") || l.contains("(blessed"))
            .fold(String::new(), |s, l| s + l + "\n")
    );

    let mut failures = summary.failures;
    // An expected file without its script is a leftover.
    for root in &roots {
        let mut outs = Vec::new();
        golden::collect(root, "out", &mut outs);
        for out in outs.into_iter().filter(|o| !o.with_extension("wl").exists()) {
            failures.push(format!("{}: no matching .wl", golden::relative_name(repo, &out)));
        }
    }
    assert!(failures.is_empty(), "golden mismatches:\n  {}", failures.join("\n  "));
}
