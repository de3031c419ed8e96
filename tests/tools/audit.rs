//! `wl audit`: the report on `audit/projet` (a window, a procedure set, a project, a class and two
//! scripts; exports written for these tests), in text and in JSON, through the `wl` binary.

use crate::{expect_file, fixture, wl};

#[test]
fn text_report() {
    let (code, stdout, stderr) = wl(&fixture("audit"), &["audit", "projet"]);
    assert_eq!(code, 0, "{stderr}");
    expect_file(&fixture("audit/projet.txt"), stdout.as_bytes());
}

#[test]
fn json_report() {
    let (code, stdout, stderr) = wl(&fixture("audit"), &["audit", "--json", "projet"]);
    assert_eq!(code, 0, "{stderr}");
    expect_file(&fixture("audit/projet.json"), stdout.as_bytes());
}

#[test]
fn missing_path() {
    let (code, _, stderr) = wl(&fixture("audit"), &["audit", "nulle-part"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("no such file or folder"), "{stderr}");
}
