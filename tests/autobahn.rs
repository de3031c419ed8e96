//! Autobahn WebSocket conformance, client side: `kosoku -m fuzzingserver` (a Python runner of
//! the Autobahn cases, installed by `.ci/setup` in `tests/interop/.venv`) serves every case;
//! `tests/autobahn/client.wl` runs them all through `wl run`, echoing each message with
//! wlang's own builtins. The verdict of every case (behaviour and closing behaviour) must equal
//! `tests/autobahn/expected.txt`; `WLANG_BLESS=1 cargo test --test autobahn` rewrites it.
//!
//! Skipped with a note when kosoku is missing, except under CI (`CI` set), where that fails.
//! `$WLANG_KOSOKU` may name the kosoku executable.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const LIMIT: Duration = Duration::from_secs(600);

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn kosoku() -> Option<PathBuf> {
    let path = std::env::var_os("WLANG_KOSOKU")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interop/.venv/bin/kosoku"));
    path.is_file().then_some(path)
}

/// `index.json` summarised as one sorted line per case: `case behavior behaviorClose`.
fn summarise(python: &Path, index: &Path) -> String {
    let code = r#"
import json, sys
agents = json.load(open(sys.argv[1]))
for agent, cases in agents.items():
    for case in sorted(cases, key=lambda c: [int(p) for p in c.split('.')]):
        r = cases[case]
        print(case, r['behavior'], r['behaviorClose'])
"#;
    let out = Command::new(python).arg("-c").arg(code).arg(index).output().expect("run python");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn autobahn_client_cases() {
    let Some(kosoku) = kosoku() else {
        assert!(std::env::var_os("CI").is_none(), "kosoku is missing: run .ci/setup");
        eprintln!("skipped: kosoku is not installed (run .ci/setup)");
        return;
    };
    let python = kosoku.with_file_name("python");
    let port = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("free port").port();
    let dir = std::env::temp_dir().join(format!("wlang-autobahn-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let server = Server(
        Command::new(&kosoku)
            .args(["-m", "fuzzingserver", &format!("127.0.0.1:{port}"), "-o"])
            .arg(&dir)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start kosoku"),
    );
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(start.elapsed() < Duration::from_secs(20), "kosoku does not listen on {port}");
        std::thread::sleep(Duration::from_millis(50));
    }

    let client = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/autobahn/client.wl");
    let mut wl = Command::new(env!("CARGO_BIN_EXE_wl"))
        .args(["run", "--connect-to", &format!("autobahn.test:9001:127.0.0.1:{port}")])
        .arg(&client)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start wl");
    let started = Instant::now();
    while wl.try_wait().expect("wait").is_none() {
        if started.elapsed() > LIMIT {
            let _ = wl.kill();
            panic!("the Autobahn run did not finish within {LIMIT:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = wl.wait_with_output().expect("output");
    let took = started.elapsed();
    // kosoku writes index.json after /updateReports has closed.
    let index = dir.join("index.json");
    let waiting = Instant::now();
    while !index.is_file() && waiting.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(200));
    drop(server);
    assert!(out.status.success(), "wl failed: {}", String::from_utf8_lossy(&out.stderr));

    let actual = summarise(&python, &index);
    let counts = ["OK", "NON-STRICT", "INFORMATIONAL", "UNIMPLEMENTED", "FAILED"]
        .map(|b| format!("{b} {}", actual.lines().filter(|l| l.split(' ').nth(1) == Some(b)).count()));
    println!("Autobahn: {} cases in {took:?}: {}", actual.lines().count(), counts.join(", "));

    let expected_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/autobahn/expected.txt");
    if std::env::var_os("WLANG_BLESS").is_some() {
        std::fs::write(&expected_path, &actual).expect("write expected.txt");
        return;
    }
    let expected = std::fs::read_to_string(&expected_path).expect("tests/autobahn/expected.txt");
    let mut diff = Vec::new();
    let exp: Vec<&str> = expected.lines().collect();
    let act: Vec<&str> = actual.lines().collect();
    for line in &exp {
        if !act.contains(line) {
            diff.push(format!("- {line}"));
        }
    }
    for line in &act {
        if !exp.contains(line) {
            diff.push(format!("+ {line}"));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(diff.is_empty(), "Autobahn results differ from tests/autobahn/expected.txt:\n{}", diff.join("\n"));
}
