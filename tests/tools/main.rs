//! Golden tests of the `wl` tools (`wlang::tools`): `translate`, `test` (the golden runner
//! itself) and `audit`. Each tool's fixtures sit in the folder of its name beside this file;
//! expected outputs are regenerated with `WLANG_BLESS=1 cargo test --test tools`.

mod audit;
mod fmt;
mod golden;
mod translate;

use std::path::{Path, PathBuf};

/// `tests/tools/<rel>`.
pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools").join(rel)
}

/// Compares `actual` with the expected file (or writes it under `WLANG_BLESS=1`), failing with a
/// unified diff.
pub fn expect_file(path: &Path, actual: &[u8]) {
    let bless = std::env::var_os("WLANG_BLESS").is_some_and(|v| !v.is_empty() && v != "0");
    let expected = std::fs::read(path).ok();
    if expected.as_deref() == Some(actual) {
        return;
    }
    if bless {
        std::fs::write(path, actual).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
        eprintln!("blessed {}", path.display());
        return;
    }
    let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
    let diff = wlang::tools::golden::unified_diff(
        &expected.unwrap_or_default(),
        actual,
        &format!("{name} (expected)"),
        &format!("{name} (actual)"),
    );
    panic!("{} differs (WLANG_BLESS=1 to accept):\n{diff}", path.display());
}

/// Runs the `wl` binary from `dir`; (exit code, stdout, stderr).
pub fn wl(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_wl"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("wl runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
