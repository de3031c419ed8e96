//! Helpers shared by the socket test files (`tests/sockets.rs`, `tests/faults.rs`): running a
//! script in-process or through the `wl` binary under a watchdog, loopback servers shaped for one
//! behaviour each, certificates, the documentation examples, the Python peer.
#![allow(dead_code)] // each test file uses its own subset

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock, mpsc};
use std::time::{Duration, Instant};

use tungstenite::handshake::server::{ErrorResponse, Request, Response};
use tungstenite::protocol::CloseFrame;
use tungstenite::protocol::frame::coding::CloseCode;
use tungstenite::{Message, WebSocket};
use wlang::diagnostics::Style;
use wlang::runtime::Config;
use wlang::source::SourceFile;

/// Bound on any one script run; a run that takes longer fails the test.
pub const LIMIT: Duration = Duration::from_secs(120);

/// What a script run produced.
#[derive(Debug)]
pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    /// Wall-clock time of the run (library runs: `wlang::run` only).
    pub elapsed: Duration,
    /// CPU time of the interpreter thread (library runs on Linux only).
    pub cpu: Option<Duration>,
}

// ---- running scripts ----------------------------------------------------------------------

/// CPU time consumed so far by the calling thread, from `/proc/thread-self/schedstat`.
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

/// Runs `script` through `wlang::run` on its own large-stack thread with these socket
/// settings; fails the test when it does not finish within `LIMIT`.
pub fn run_script(script: &str, net: Config) -> Output {
    let source = script.to_owned();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let output = wlang::with_large_stack(move || {
            let (out, err) = (wlang::Capture::default(), wlang::Capture::default());
            let src = SourceFile::new("test.wl", source);
            let cpu_before = thread_cpu();
            let start = Instant::now();
            let code = wlang::run(
                &src,
                Box::new(out.clone()),
                Box::new(err.clone()),
                wlang::options(Default::default(), net),
                Style::Plain,
            );
            let elapsed = start.elapsed();
            let cpu = thread_cpu().zip(cpu_before).map(|(after, before)| after - before);
            Output { code, stdout: out.take_text(), stderr: err.take_text(), elapsed, cpu }
        });
        let _ = tx.send(output);
    });
    match rx.recv_timeout(LIMIT) {
        Ok(output) => output,
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("the script did not finish within {LIMIT:?}:\n{script}"),
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("the interpreter panicked on:\n{script}"),
    }
}

/// Runs `script` with default socket settings.
pub fn run(script: &str) -> Output {
    run_script(script, Config::default())
}

/// Socket settings that trust one extra CA.
pub fn trusting(ca_pem: &str) -> Config {
    Config { extra_roots_pem: vec![ca_pem.as_bytes().to_vec()], ..Config::default() }
}

/// Runs a command under `LIMIT` (killed by its process id when over) and captures it.
pub fn run_command(mut command: Command) -> Output {
    command.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let start = Instant::now();
    let child = command.spawn().unwrap_or_else(|e| panic!("cannot start {command:?}: {e}"));
    let pid = child.id();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    let output = match rx.recv_timeout(LIMIT) {
        Ok(output) => output.expect("wait for the command"),
        Err(_) => {
            let _ = Command::new("kill").args(["-KILL", &pid.to_string()]).status();
            panic!("{command:?} did not finish within {LIMIT:?}");
        }
    };
    Output {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        elapsed: start.elapsed(),
        cpu: None,
    }
}

/// The `wl` binary built for these tests.
pub fn wl() -> Command {
    Command::new(env!("CARGO_BIN_EXE_wl"))
}

/// `wl run ARGS... FILE` with `script` written to a temporary file.
pub fn run_wl(args: &[&str], script: &str) -> Output {
    let dir = TempDir::new("script");
    let file = dir.write("script.wl", script);
    let mut command = wl();
    command.arg("run").args(args).arg(&file);
    run_command(command)
}

/// True when `unshare -rn` can give a process its own network namespace with only loopback.
pub fn netns_available() -> bool {
    static AVAILABLE: OnceLock<bool> = OnceLock::new();
    *AVAILABLE.get_or_init(|| {
        Command::new("unshare")
            .args(["-rn", "sh", "-c", "ip link set lo up"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    })
}

/// Runs the calling test again inside a fresh loopback-only network namespace: this test binary,
/// filtered to the one test, so that the servers the test starts and the `wl` processes it runs
/// share a network that reaches nothing else (a `--connect-to` rule that dialled a real host
/// would fail there). Returns true when the test ran (and passed) there: the caller then returns.
/// Returns false inside the namespace, and (with a note) when the machine has none.
pub fn rerun_in_loopback_namespace(test: &str) -> bool {
    if std::env::var_os("WLANG_IN_NETNS").is_some() {
        return false;
    }
    if !netns_available() {
        eprintln!("note: `unshare -rn` is not available here: {test} runs without network isolation");
        return false;
    }
    let exe = std::env::current_exe().expect("the test binary");
    let mut command = Command::new("unshare");
    command.args(["-rn", "sh", "-c", r#"ip link set lo up && exec "$@""#, "--"]);
    command.arg(exe).args([test, "--exact", "--nocapture", "--test-threads=1"]).env("WLANG_IN_NETNS", "1");
    let out = run_command(command);
    assert!(
        out.code == 0 && out.stdout.contains("test result: ok. 1 passed"),
        "{test} failed in a loopback-only namespace:\n{}\n{}",
        out.stdout,
        out.stderr
    );
    true
}

/// `wl run ARGS... FILE` inside a fresh loopback-only network namespace when possible (so a
/// script that escaped its routing could reach nothing); directly, with a note, otherwise.
pub fn run_wl_isolated(args: &[&str], script: &str) -> Output {
    let dir = TempDir::new("script");
    let file = dir.write("script.wl", script);
    let mut command = if netns_available() {
        let mut c = Command::new("unshare");
        c.args(["-rn", "sh", "-c", r#"ip link set lo up && exec "$@""#, "--"]);
        c.arg(env!("CARGO_BIN_EXE_wl"));
        c
    } else {
        eprintln!("note: `unshare -rn` is not available here: running without network isolation");
        wl()
    };
    command.arg("run").args(args).arg(&file);
    run_command(command)
}

/// A directory under the system temporary directory, removed on drop.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        let path = std::env::temp_dir().join(format!("wlang-sockets-{tag}-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&path).expect("create a temporary directory");
        TempDir(path)
    }

    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, contents).expect("write a temporary file");
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

// ---- certificates -------------------------------------------------------------------------

/// A throw-away CA and a server certificate it signed.
pub struct Certs {
    pub ca_pem: String,
    pub cert_pem: String,
    pub key_pem: String,
}

/// Certificates for `names` (DNS names or IP addresses).
pub fn certificate(names: &[&str]) -> Certs {
    let ca_key = rcgen::KeyPair::generate().expect("key");
    let mut ca_params = rcgen::CertificateParams::new(Vec::<String>::new()).expect("params");
    ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    ca_params.distinguished_name.push(rcgen::DnType::CommonName, "wlang sockets test CA");
    ca_params.key_usages = vec![rcgen::KeyUsagePurpose::KeyCertSign, rcgen::KeyUsagePurpose::DigitalSignature];
    let ca = ca_params.self_signed(&ca_key).expect("ca");
    let issuer = rcgen::Issuer::new(ca_params, ca_key);
    let key = rcgen::KeyPair::generate().expect("key");
    let mut params =
        rcgen::CertificateParams::new(names.iter().map(|n| n.to_string()).collect::<Vec<_>>()).expect("params");
    params.extended_key_usages = vec![rcgen::ExtendedKeyUsagePurpose::ServerAuth];
    let leaf = params.signed_by(&key, &issuer).expect("leaf");
    Certs { ca_pem: ca.pem(), cert_pem: leaf.pem(), key_pem: key.serialize_pem() }
}

// ---- servers ------------------------------------------------------------------------------

/// A listener on 127.0.0.1 calling `handler` on a thread per connection. It is listening when
/// this returns; it lives as long as the test process.
pub fn tcp_server(handler: impl Fn(TcpStream) + Send + Sync + 'static) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("address");
    let handler = Arc::new(handler);
    std::thread::spawn(move || {
        for tcp in listener.incoming().flatten() {
            // No server thread outlives a silent client for long.
            let _ = tcp.set_read_timeout(Some(LIMIT));
            let h = Arc::clone(&handler);
            std::thread::spawn(move || h(tcp));
        }
    });
    addr
}

/// A port nobody listens on (bound, then released).
pub fn closed_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("address").port()
}

/// A plain WebSocket server: `handler` gets each connection after the handshake.
pub fn ws_server(handler: impl Fn(&mut WebSocket<TcpStream>) + Send + Sync + 'static) -> SocketAddr {
    tcp_server(move |tcp| {
        if let Ok(mut ws) = tungstenite::accept(tcp) {
            handler(&mut ws);
        }
    })
}

/// A plain WebSocket server answering the handshake's subprotocol offer with `choose(offer)`.
pub fn ws_server_choosing(
    choose: fn(&str) -> Option<&'static str>,
    handler: impl Fn(&mut WebSocket<TcpStream>, String) + Send + Sync + 'static,
) -> SocketAddr {
    tcp_server(move |tcp| {
        let mut offer = String::new();
        // The error type is tungstenite's, imposed by its `Callback` trait.
        #[allow(clippy::result_large_err)]
        let callback = |req: &Request, mut resp: Response| -> Result<Response, ErrorResponse> {
            offer = req
                .headers()
                .get("Sec-WebSocket-Protocol")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_string();
            if let Some(chosen) = choose(&offer) {
                resp.headers_mut().insert("Sec-WebSocket-Protocol", chosen.parse().expect("header"));
            }
            Ok(resp)
        };
        if let Ok(mut ws) = tungstenite::accept_hdr(tcp, callback) {
            handler(&mut ws, offer);
        }
    })
}

/// Echoes text as text and binary as binary; after `idle` without a message, closes with
/// code 1000 and reason "idle" (like `wl echo-server` and the documentation's servers).
pub fn echo<S: Read + Write>(ws: &mut WebSocket<S>, tcp: &TcpStream, idle: Duration) {
    let _ = tcp.set_read_timeout(Some(idle));
    loop {
        match ws.read() {
            Ok(m @ (Message::Text(_) | Message::Binary(_))) => {
                if ws.send(m).is_err() {
                    return;
                }
            }
            Ok(_) => {}
            Err(tungstenite::Error::Io(e))
                if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) =>
            {
                close_with(ws, "idle");
                let _ = tcp.set_read_timeout(Some(Duration::from_secs(2)));
                while ws.read().is_ok() {}
                return;
            }
            Err(_) => return,
        }
    }
}

/// Sends a close frame with code 1000 and `reason`.
pub fn close_with<S: Read + Write>(ws: &mut WebSocket<S>, reason: &str) {
    let _ = ws.close(Some(CloseFrame { code: CloseCode::Normal, reason: reason.into() }));
    let _ = ws.flush();
}

/// Reads until the peer's close frame has been answered (or the connection failed).
pub fn drain<S: Read + Write>(ws: &mut WebSocket<S>) {
    while ws.read().is_ok() {}
}

/// A plain echo server (see [`echo`]).
pub fn echo_server(idle: Duration) -> SocketAddr {
    tcp_server(move |tcp| {
        let Ok(control) = tcp.try_clone() else { return };
        if let Ok(mut ws) = tungstenite::accept(tcp) {
            echo(&mut ws, &control, idle);
        }
    })
}

/// Which TLS versions a [`tls_echo_server`] accepts.
#[derive(Clone, Copy)]
pub enum Tls {
    /// native-tls's server defaults (up to TLS 1.2: its OpenSSL profile disables 1.3).
    Default,
    /// TLS 1.2 and nothing else.
    Only12,
}

/// A wss:// echo server presenting `certs` (see [`echo`]).
pub fn tls_echo_server(certs: &Certs, versions: Tls, idle: Duration) -> SocketAddr {
    let identity =
        native_tls::Identity::from_pkcs8(certs.cert_pem.as_bytes(), certs.key_pem.as_bytes()).expect("identity");
    let mut builder = native_tls::TlsAcceptor::builder(identity);
    if let Tls::Only12 = versions {
        builder.min_protocol_version(Some(native_tls::Protocol::Tlsv12));
        builder.max_protocol_version(Some(native_tls::Protocol::Tlsv12));
    }
    let acceptor = Arc::new(builder.build().expect("acceptor"));
    tcp_server(move |tcp| {
        let Ok(control) = tcp.try_clone() else { return };
        let Ok(tls) = acceptor.accept(tcp) else { return };
        if let Ok(mut ws) = tungstenite::accept(tls) {
            echo(&mut ws, &control, idle);
        }
    })
}

// ---- the documentation examples -----------------------------------------------------------

/// The ```wl blocks of `../shared/seeds/*.txt` (file name, code), in file order; `None`
/// (with a note) when the directory is absent.
pub fn documentation_examples() -> Option<Vec<(String, String)>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("note: {} is absent: the documentation examples are skipped", dir.display());
        return None;
    };
    let mut files: Vec<PathBuf> =
        entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
    files.sort();
    let mut blocks = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("read a seed page");
        let name = file.file_name().unwrap_or_default().to_string_lossy().into_owned();
        let mut current: Option<String> = None;
        for line in text.lines() {
            match &mut current {
                None if line.trim_end() == "```wl" => current = Some(String::new()),
                Some(code) if line.trim_end() == "```" => {
                    blocks.push((name.clone(), std::mem::take(code)));
                    current = None;
                }
                Some(code) => {
                    code.push_str(line);
                    code.push('\n');
                }
                None => {}
            }
        }
    }
    Some(blocks)
}

/// What a documentation example must print, recognised by the server it names.
pub fn expected_example_output(code: &str) -> &'static str {
    const ASYNC: &str = "Réception d'un message serveur: Envoi message depuis le navigateur.\n\
                         Fermeture du socket\n\
                         idle\n";
    if code.contains("\"monserveur.com\"") {
        "réponse du serveur: Bonjour le monde!\n"
    } else if code.contains("\"echo.websocket.org\"") {
        "Réponse du serveur: Bonjour le monde!\n"
    } else if code.contains("\"192.168.100.1\"") {
        ASYNC
    } else {
        panic!("unexpected documentation example:\n{code}")
    }
}

/// Runs the four documentation examples with `run` and checks each output exactly.
pub fn check_documentation_examples(how: &str, run: impl Fn(&str) -> Output) {
    let Some(examples) = documentation_examples() else { return };
    assert_eq!(examples.len(), 4, "four ```wl blocks expected in ../shared/seeds");
    for (file, code) in &examples {
        let out = run(code);
        assert_eq!(
            (out.code, out.stdout.as_str(), out.stderr.as_str()),
            (0, expected_example_output(code), ""),
            "{how}: example from {file}:\n{code}"
        );
    }
}

/// `--connect-to` rules sending the documentation's hosts to loopback: ws:// to `plain`,
/// wss:// to `tls`.
pub fn documentation_routes(plain: u16, tls: u16) -> Vec<String> {
    let mut args = Vec::new();
    for (from, to) in [
        ("monserveur.com:80", plain),
        ("192.168.100.1:80", plain),
        ("echo.websocket.org:443", tls),
        ("192.168.100.1:443", tls),
    ] {
        args.push("--connect-to".to_string());
        args.push(format!("{from}:127.0.0.1:{to}"));
    }
    args
}

/// The host names the documentation examples connect to (for their certificate).
pub const DOCUMENTATION_HOSTS: &[&str] = &["echo.websocket.org", "monserveur.com", "192.168.100.1"];

// ---- the independent implementation -------------------------------------------------------

/// A Python interpreter with `websockets` installed: `$WLANG_PYTHON`, else
/// `tests/interop/.venv/bin/python`; `None` (with a note) when neither works.
pub fn python_with_websockets() -> Option<PathBuf> {
    let candidate = match std::env::var_os("WLANG_PYTHON") {
        Some(p) => PathBuf::from(p),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interop/.venv/bin/python"),
    };
    let works = Command::new(&candidate)
        .args(["-c", "import websockets"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if works {
        Some(candidate)
    } else {
        eprintln!(
            "note: no Python with `websockets` ({} unusable): interoperability test skipped; \
             set WLANG_PYTHON or run `python3 -m venv tests/interop/.venv && \
             tests/interop/.venv/bin/pip install websockets`",
            candidate.display()
        );
        None
    }
}

/// `tests/interop/echo_server.py` running; killed (by its own handle) on drop.
pub struct PythonServer {
    child: Child,
    pub plain: u16,
    pub tls: u16,
    _dir: TempDir,
}

impl PythonServer {
    /// Starts the server with a TLS listener presenting `certs`; waits (bounded) for the
    /// ports it prints.
    pub fn start(python: &Path, certs: &Certs) -> PythonServer {
        let dir = TempDir::new("python");
        let cert = dir.write("cert.pem", &certs.cert_pem);
        let key = dir.write("key.pem", &certs.key_pem);
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interop/echo_server.py");
        let mut child = Command::new(python)
            .arg(script)
            .arg("--cert")
            .arg(cert)
            .arg("--key")
            .arg(key)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("start the Python echo server");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    return;
                }
            }
        });
        let mut server = PythonServer { child, plain: 0, tls: 0, _dir: dir };
        let deadline = Instant::now() + Duration::from_secs(10);
        while server.plain == 0 || server.tls == 0 {
            let left = deadline.saturating_duration_since(Instant::now());
            let line = rx.recv_timeout(left).expect("the Python server did not print its ports in time");
            match line.split_once(' ') {
                Some(("ws", port)) => server.plain = port.parse().expect("port"),
                Some(("wss", port)) => server.tls = port.parse().expect("port"),
                _ => panic!("unexpected line from the Python server: {line}"),
            }
        }
        server
    }
}

impl Drop for PythonServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Replaces `{port}` (or any other `{key}`) in a script.
pub fn script(template: &str, vars: &[(&str, &dyn std::fmt::Display)]) -> String {
    let mut s = template.to_string();
    for (key, value) in vars {
        s = s.replace(&format!("{{{key}}}"), &value.to_string());
    }
    s
}

/// The run printed exactly `expected`, nothing on stderr, and succeeded.
pub fn assert_output(out: &Output, expected: &str) {
    assert_eq!((out.stdout.as_str(), out.stderr.as_str(), out.code), (expected, "", 0), "{out:#?}");
}

// ---- measuring a `wl` process -------------------------------------------------------------

/// The peak resident memory (`VmHWM`, KiB) of a running process.
pub fn peak_rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status.lines().find(|l| l.starts_with("VmHWM:"))?.split_whitespace().nth(1)?.parse().ok()
}

/// A `wl run ARGS... FILE` process started on `script` (stdout and stderr piped), and the
/// temporary directory holding the script.
pub fn spawn_wl(args: &[&str], script: &str) -> (Child, TempDir) {
    let dir = TempDir::new("spawned");
    let file = dir.write("script.wl", script);
    let child = wl()
        .arg("run")
        .args(args)
        .arg(&file)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start wl");
    (child, dir)
}

/// Waits for a spawned `wl` (killed by its process id after `limit`), sampling its peak
/// resident memory every 10 ms. Returns its output (`elapsed` from this call) and the last
/// peak seen, in KiB (0 when /proc is unreadable).
pub fn wait_sampled(mut child: Child, limit: Duration) -> (Output, u64) {
    let start = Instant::now();
    let pid = child.id();
    let mut pipes = [
        child.stdout.take().map(|p| Box::new(p) as Box<dyn Read + Send>),
        child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>),
    ];
    let readers: Vec<_> = pipes
        .iter_mut()
        .map(|p| {
            let mut pipe = p.take();
            std::thread::spawn(move || {
                let mut text = Vec::new();
                if let Some(p) = pipe.as_mut() {
                    let _ = p.read_to_end(&mut text);
                }
                String::from_utf8_lossy(&text).into_owned()
            })
        })
        .collect();
    let mut peak = 0;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for wl") {
            break status;
        }
        peak = peak_rss_kib(pid).unwrap_or(peak).max(peak);
        if start.elapsed() > limit {
            let _ = Command::new("kill").args(["-KILL", &pid.to_string()]).status();
            let _ = child.wait();
            let texts: Vec<String> = readers.into_iter().map(|r| r.join().unwrap_or_default()).collect();
            panic!("wl did not finish within {limit:?} (peak RSS {peak} KiB):\n{}\n{}", texts[0], texts[1]);
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let elapsed = start.elapsed();
    let mut texts = readers.into_iter().map(|r| r.join().unwrap_or_default());
    let stdout = texts.next().unwrap_or_default();
    let stderr = texts.next().unwrap_or_default();
    (Output { code: status.code().unwrap_or(-1), stdout, stderr, elapsed, cpu: None }, peak)
}
