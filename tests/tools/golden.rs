//! `wl test`: the golden runner on its own fixtures, through the `wl` binary. `golden/pass`
//! passes (stdout in `.out`, stderr in `.err`, options in `.args`, the echo marker),
//! `golden/fail` fails in every way (a wrong `.out`, a missing `.out`, an unexpected stderr), and
//! `--bless` makes it pass. The reports are pinned in `golden/*.report`.

use crate::{expect_file, fixture, wl};

#[test]
fn passing_scripts() {
    let (code, stdout, stderr) = wl(&fixture("golden"), &["test", "--jobs", "2", "pass"]);
    expect_file(&fixture("golden/pass.report"), stdout.as_bytes());
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.ends_with("3 passed, 0 failed\n"));
}

#[test]
fn failing_scripts() {
    let (code, stdout, _) = wl(&fixture("golden"), &["test", "-j", "3", "fail"]);
    expect_file(&fixture("golden/fail.report"), stdout.as_bytes());
    assert_eq!(code, 1);
    assert!(stdout.ends_with("0 passed, 3 failed\n"));
}

#[test]
fn bless_writes_the_expected_files() {
    let dir = std::env::temp_dir().join(format!("wl-test-bless-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(fixture("golden/fail")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }
    let (code, stdout, _) = wl(&dir, &["test", "--bless"]);
    assert_eq!(code, 0, "{stdout}");
    assert!(stdout.contains("ok   manquant.wl (blessed manquant.out)"), "{stdout}");
    assert!(stdout.contains("(blessed stderr_attendu.err)"), "{stdout}");
    assert_eq!(std::fs::read_to_string(dir.join("faux.out")).unwrap(), "actual\nsame\n");
    let (code, stdout, _) = wl(&dir, &["test", "."]);
    assert_eq!((code, stdout.lines().last()), (0, Some("3 passed, 0 failed")), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}
