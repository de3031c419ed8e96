//! Whole projects through the `wl` binary: `wl audit` (text and JSON), `wl check PROJECT` and
//! `wl run PROJECT` on projects written for these tests under `audit/` (never PC SOFT's):
//! - `projet/`: a WINDEV project with every kind of element (project code, a procedure set, a
//!   window with controls, a menu and a local procedure, a class, a report, an analysis `.xdd`,
//!   an element saved in binary, a missing one, an extension in upper case) and blocks of each
//!   status (`runs`, `needs`: windows, HFSQL, DLL, printing, through a procedure; `error`:
//!   syntax, unknown name);
//! - `site/`: a WEBDEV project (`.WWP`, a page `.WWH`, a template `.wwt`);
//! - `scripts/`: `.wl` files outside any project;
//! - `console/`: a project that needs no window, run by `wl run`;
//! - `plantage/`: a project whose run fails in a procedure of its procedure set.

use crate::{expect_file, fixture, wl};

#[test]
fn audit_text_report() {
    let (code, stdout, stderr) = wl(&fixture("audit"), &["audit", "projet"]);
    assert_eq!(code, 0, "{stderr}");
    expect_file(&fixture("audit/projet.txt"), stdout.as_bytes());
}

#[test]
fn audit_json_report() {
    let (code, stdout, stderr) = wl(&fixture("audit"), &["audit", "--json", "projet"]);
    assert_eq!(code, 0, "{stderr}");
    json::check(&stdout).unwrap_or_else(|e| panic!("invalid JSON ({e}):\n{stdout}"));
    expect_file(&fixture("audit/projet.json"), stdout.as_bytes());
}

/// A folder holding projects: each one audited, the loose scripts apart, then the totals.
#[test]
fn audit_of_a_folder_of_projects() {
    let (code, stdout, stderr) = wl(&fixture("audit"), &["audit", "."]);
    assert_eq!(code, 0, "{stderr}");
    expect_file(&fixture("audit/all.txt"), stdout.as_bytes());
    let (code, stdout, _) = wl(&fixture("audit"), &["audit", "--json", "."]);
    assert_eq!(code, 0);
    json::check(&stdout).unwrap_or_else(|e| panic!("invalid JSON ({e}):\n{stdout}"));
}

/// The project file names the same project as its folder (extensions in any case).
#[test]
fn audit_of_the_project_file() {
    let (_, by_folder, _) = wl(&fixture("audit"), &["audit", "projet"]);
    let (code, by_file, stderr) = wl(&fixture("audit"), &["audit", "projet/Projet.wdp"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(by_file, by_folder);
    let (code, stdout, stderr) = wl(&fixture("audit"), &["audit", "site/Site.WWP"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.starts_with("project Site (site/Site.WWP, webdev): 3 elements read"), "{stdout}");
}

#[test]
fn audit_of_a_missing_path() {
    let (code, stdout, stderr) = wl(&fixture("audit"), &["audit", "nulle-part"]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert_eq!(stderr, "error: nulle-part: no such file or folder\n");
    let (_, _, stderr) = wl(&fixture("audit"), &["--lang", "fr", "audit", "nulle-part"]);
    assert_eq!(stderr, "erreur : nulle-part : fichier ou dossier introuvable\n");
}

/// `wl check PROJECT`: the diagnostics of the blocks in error at their places in the export
/// files, then the counts; exit code 2.
#[test]
fn check_of_a_project_with_errors() {
    let (code, stdout, stderr) = wl(&fixture("audit"), &["check", "projet"]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    expect_file(&fixture("audit/projet.check"), stderr.as_bytes());
}

/// Needing what wlang lacks is no error of the code: exit code 0.
#[test]
fn check_of_a_project_without_errors() {
    let (code, stdout, stderr) = wl(&fixture("audit"), &["check", "console", "site"]);
    assert_eq!((code, stdout.as_str()), (0, ""));
    assert_eq!(
        stderr,
        "console/Console.wdp: 5 code blocks: 5 run, 0 need what wlang lacks (see `wl audit`), 0 in error (0 errors)\n\
         site/Site.WWP: 6 code blocks: 4 run, 2 need what wlang lacks (see `wl audit`), 0 in error (0 errors)\n"
    );
}

/// `wl run PROJECT`: the initialisation code calls the procedures of the procedure set, which
/// use the globals of both; the closing code runs last.
#[test]
fn run_of_a_project() {
    for path in ["console", "console/Console.wdp"] {
        let (code, stdout, stderr) = wl(&fixture("audit"), &["run", path]);
        assert_eq!(code, 0, "{stderr}");
        assert_eq!((stdout.as_str(), stderr.as_str()), ("total : 30 points\nfermeture : 30\n", ""));
    }
}

/// A runtime error in a procedure of the set is shown in its file, with the call in the project
/// file.
#[test]
fn run_of_a_project_that_fails() {
    let (code, stdout, stderr) = wl(&fixture("audit"), &["run", "plantage"]);
    assert_eq!((code, stdout.as_str()), (1, "avant\n"));
    expect_file(&fixture("audit/plantage.err"), stderr.as_bytes());
}

/// A project that needs windows, HFSQL or builtins wlang lacks does not run: every reason at
/// its place, then what it needs.
#[test]
fn run_of_a_project_that_needs_what_wlang_lacks() {
    let (code, stdout, stderr) = wl(&fixture("audit"), &["run", "projet"]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    expect_file(&fixture("audit/projet.run"), stderr.as_bytes());
}

/// A project whose code is all in its windows has nothing `wl run` can run.
#[test]
fn run_of_a_project_with_windows_only() {
    let (code, stdout, stderr) = wl(&fixture("audit"), &["run", "site/Site.WWP"]);
    assert_eq!((code, stdout.as_str()), (0, ""), "{stderr}");
    let (code, stdout, stderr) = wl(&fixture("audit"), &["run", "fenetres"]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert_eq!(
        stderr,
        "error: fenetres/Fenetres.wdp: no initialisation code to run (wl run opens no window; `wl audit` tells what the project needs)\n"
    );
}

#[test]
fn run_of_a_folder_without_project() {
    let (code, _, stderr) = wl(&fixture("audit"), &["run", "scripts"]);
    assert_eq!(code, 2);
    assert_eq!(stderr, "error: scripts: no project file (.wdp, .wwp) in this folder\n");
}

/// Just enough of a JSON reader to tell a valid document from an invalid one.
mod json {
    pub fn check(text: &str) -> Result<(), String> {
        let mut p = Reader { s: text.as_bytes(), i: 0 };
        p.value(0)?;
        p.ws();
        if p.i == p.s.len() { Ok(()) } else { Err(format!("trailing text at byte {}", p.i)) }
    }

    struct Reader<'a> {
        s: &'a [u8],
        i: usize,
    }

    impl Reader<'_> {
        fn ws(&mut self) {
            while self.i < self.s.len() && b" \t\r\n".contains(&self.s[self.i]) {
                self.i += 1;
            }
        }

        fn eat(&mut self, c: u8) -> Result<(), String> {
            self.ws();
            if self.s.get(self.i) == Some(&c) {
                self.i += 1;
                Ok(())
            } else {
                Err(format!("expected `{}` at byte {}", c as char, self.i))
            }
        }

        fn value(&mut self, depth: usize) -> Result<(), String> {
            if depth > 64 {
                return Err("too deep".into());
            }
            self.ws();
            match self.s.get(self.i) {
                Some(b'{') => self.seq(b'}', depth, true),
                Some(b'[') => self.seq(b']', depth, false),
                Some(b'"') => self.string(),
                Some(b't') => self.word("true"),
                Some(b'f') => self.word("false"),
                Some(b'n') => self.word("null"),
                Some(c) if c.is_ascii_digit() || *c == b'-' => {
                    self.i += 1;
                    while self.s.get(self.i).is_some_and(|c| c.is_ascii_digit() || b".eE+-".contains(c)) {
                        self.i += 1;
                    }
                    Ok(())
                }
                _ => Err(format!("unexpected byte {}", self.i)),
            }
        }

        fn seq(&mut self, close: u8, depth: usize, object: bool) -> Result<(), String> {
            self.i += 1;
            self.ws();
            if self.s.get(self.i) == Some(&close) {
                self.i += 1;
                return Ok(());
            }
            loop {
                if object {
                    self.ws();
                    self.string()?;
                    self.eat(b':')?;
                }
                self.value(depth + 1)?;
                self.ws();
                match self.s.get(self.i) {
                    Some(b',') => self.i += 1,
                    Some(c) if *c == close => {
                        self.i += 1;
                        return Ok(());
                    }
                    _ => return Err(format!("expected `,` or `{}` at byte {}", close as char, self.i)),
                }
            }
        }

        fn string(&mut self) -> Result<(), String> {
            self.eat(b'"')?;
            while let Some(&c) = self.s.get(self.i) {
                self.i += 1;
                match c {
                    b'"' => return Ok(()),
                    b'\\' => {
                        let e = *self.s.get(self.i).ok_or("unfinished escape")?;
                        self.i += if e == b'u' { 5 } else { 1 };
                        if !b"\"\\/bfnrtu".contains(&e) {
                            return Err(format!("bad escape at byte {}", self.i));
                        }
                    }
                    c if c < 0x20 => return Err(format!("control character in a string at byte {}", self.i)),
                    _ => {}
                }
            }
            Err("unfinished string".into())
        }

        fn word(&mut self, w: &str) -> Result<(), String> {
            if self.s[self.i..].starts_with(w.as_bytes()) {
                self.i += w.len();
                Ok(())
            } else {
                Err(format!("unexpected word at byte {}", self.i))
            }
        }
    }
}
