//! Robustness at the WLanguage level: broken peers that `tests/sockets.rs` does not already
//! cover (HTTP refusals, non-WebSocket answers, malformed and oversized frames, stalls, resets,
//! aborted TLS handshakes), the configurable limits (`--max-message-size`, `--max-sockets`),
//! Ctrl-C, every builtin with a wrong arity or argument type, deep nesting, load (1,000
//! concurrent asynchronous sockets) and churn (10,000 connections in a row, fds and memory flat).
//!
//! Every peer is a small server on 127.0.0.1 written here; every script runs under a watchdog
//! (`LIMIT`). Figures (times, CPU, fds, memory) are printed: `cargo test --test faults --
//! --nocapture` shows them.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use tungstenite::Message;
use wlang::runtime::{Config, EchoOptions, EchoServer};

mod common;

use common::*;

// ---- running scripts ----------------------------------------------------------------------------

fn write_script(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("wlang-faults-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write script");
    path
}

// ---- servers ------------------------------------------------------------------------------------

/// Reads an HTTP request head (up to the blank line).
fn read_head(tcp: &mut TcpStream) -> String {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") && matches!(tcp.read(&mut byte), Ok(1)) {
        head.push(byte[0]);
    }
    String::from_utf8_lossy(&head).into_owned()
}

/// Answers every request with `reply` (bytes), then closes.
fn canned_server(reply: &'static [u8]) -> u16 {
    tcp_server(move |mut tcp| {
        read_head(&mut tcp);
        let _ = tcp.write_all(reply);
        let _ = tcp.flush();
        std::thread::sleep(Duration::from_millis(100));
    })
    .port()
}

fn embedded_echo_server() -> EchoServer {
    EchoServer::start(EchoOptions {
        plain_port: 0,
        tls_port: None,
        idle: Duration::from_secs(60),
        bind: [127, 0, 0, 1].into(),
    })
    .expect("echo server")
}

// ---- refused or garbled handshakes --------------------------------------------------------------

const SYNC_CONNECT: &str = r#"Info(WebSocketClientConnecte("s", "127.0.0.1", {port}, "", "", 5000))
Info(ErreurInfo())
Info("existe: " + SocketExiste("s"))
"#;

const ASYNC_CONNECT: &str = r#"WebSocketClientConnecte("a", Rappel, "127.0.0.1", {port})

PROCÉDURE INTERNE Rappel(nEvénement, sMessage)
	SELON nEvénement
		CAS SocketErreur: Info("erreur: " + sMessage, "existe: " + SocketExiste("a"))
		AUTRE CAS: Info("inattendu: " + nEvénement + " " + sMessage)
	FIN
FIN
"#;

/// An asynchronous socket whose procedure prints every event as `code: message`.
const LOG_EVENTS: &str = r#"WebSocketClientConnecte("a", Rappel, "127.0.0.1", {port})

PROCÉDURE INTERNE Rappel(nEvénement, sMessage)
	Info(nEvénement + ": " + sMessage)
FIN
"#;

/// Runs the sync and the async connect against `port`; both must fail with `why`.
fn assert_connect_fails(port: u16, why: &str) {
    let out = run(&script(SYNC_CONNECT, &[("port", &port)]));
    assert_output(&out, &format!("0\n{why}\nexiste: 0\n"));
    assert!(out.elapsed < Duration::from_secs(3), "{:?}", out.elapsed);
    let out = run(&script(ASYNC_CONNECT, &[("port", &port)]));
    assert_output(&out, &format!("erreur: {why}\nexiste: 0\n"));
    assert!(out.elapsed < Duration::from_secs(3), "{:?}", out.elapsed);
}

#[test]
fn http_404_and_500_refuse_the_connection() {
    let port = canned_server(b"HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found");
    assert_connect_fails(port, "server answered HTTP 404 instead of switching protocols");
    let port = canned_server(b"HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n");
    assert_connect_fails(port, "server answered HTTP 500 instead of switching protocols");
}

#[test]
fn a_plain_http_page_is_not_a_websocket() {
    let port = canned_server(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 13\r\n\r\n<html></html>");
    assert_connect_fails(port, "server answered HTTP 200 instead of switching protocols");
}

#[test]
fn a_101_without_the_accept_key_is_refused() {
    let port = canned_server(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n");
    let out = run(&script(SYNC_CONNECT, &[("port", &port)]));
    assert_eq!(out.stdout.lines().next(), Some("0"), "{out:#?}");
    assert!(out.stdout.contains(&format!("websocket handshake with 127.0.0.1:{port} failed: ")), "{out:#?}");
}

#[test]
fn a_non_http_answer_is_refused() {
    let port = canned_server(b"SSH-2.0-OpenSSH_9.2\r\n");
    let out = run(&script(SYNC_CONNECT, &[("port", &port)]));
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!((lines.len(), lines[0], lines[2]), (3, "0", "existe: 0"), "{out:#?}");
    assert!(lines[1].starts_with(&format!("websocket handshake with 127.0.0.1:{port} failed: ")), "{out:#?}");
}

#[test]
fn a_server_closing_right_after_accepting_is_reported() {
    let port = tcp_server(|mut tcp| {
        read_head(&mut tcp);
    })
    .port();
    assert_connect_fails(
        port,
        &format!(
            "websocket handshake with 127.0.0.1:{port} failed: connection closed by the server before it answered"
        ),
    );
}

// ---- TLS handshake aborted ----------------------------------------------------------------------

#[test]
fn tls_handshake_aborted_by_the_server() {
    // Reads the ClientHello and hangs up.
    let hang_up = tcp_server(|mut tcp| {
        let mut buf = [0u8; 512];
        let _ = tcp.read(&mut buf);
    })
    .port();
    // Answers the ClientHello with plain text.
    let garbage = tcp_server(|mut tcp| {
        let mut buf = [0u8; 512];
        let _ = tcp.read(&mut buf);
        let _ = tcp.write_all(b"HTTP/1.1 400 Bad Request\r\n\r\n");
        std::thread::sleep(Duration::from_millis(200));
    })
    .port();
    for port in [hang_up, garbage] {
        let out = run(&script(
            r#"Info(WebSocketClientConnecteSSL("s", "127.0.0.1", {port}, "", "", 0, 5000))
Info(ErreurInfo())
WebSocketClientConnecteSSL("a", Rappel, "127.0.0.1", {port})

PROCÉDURE INTERNE Rappel(nEvénement, sMessage)
	Info(nEvénement + ": " + sMessage)
FIN
"#,
            &[("port", &port)],
        ));
        let lines: Vec<&str> = out.stdout.lines().collect();
        assert_eq!((lines.len(), lines[0], out.code), (3, "0", 0), "{out:#?}");
        let prefix = format!("tls handshake with 127.0.0.1:{port} failed: ");
        assert!(lines[1].starts_with(&prefix), "{out:#?}");
        assert!(lines[2].starts_with(&format!("4: {prefix}")), "{out:#?}");
        assert!(out.elapsed < Duration::from_secs(3), "{:?}", out.elapsed);
    }
}

// ---- broken frames ------------------------------------------------------------------------------

/// A server that sends `bytes` raw after the handshake, then waits for the client to go.
fn raw_frame_server(bytes: &'static [u8]) -> u16 {
    ws_server(move |ws| {
        let raw = ws.get_mut();
        let _ = raw.write_all(bytes);
        let _ = raw.flush();
        drain(ws);
    })
    .port()
}

const SYNC_READ: &str = r#"WebSocketClientConnecte("s", "127.0.0.1", {port})
Info("[" + SocketLit("s", Vrai) + "]")
Info(ErreurInfo())
Info("[" + SocketLit("s", Faux, 100) + "]")
Info(ErreurInfo())
"#;

#[test]
fn malformed_frames_end_a_sync_read_with_a_protocol_error() {
    for (bytes, why) in [
        // RSV1 set without an extension.
        (&[0xC1u8, 1, b'x'][..] as &'static [u8], "protocol error: reserved bits are non-zero"),
        // Opcode 3 is reserved.
        (&[0x83, 1, b'x'][..], "protocol error: encountered invalid opcode: 3"),
        // A masked frame from a server.
        (&[0x81, 0x81, 1, 2, 3, 4, b'x'][..], "protocol error: received a masked frame from server"),
        // A continuation frame with nothing to continue.
        (&[0x80, 1, b'x'][..], "protocol error: continue frame but nothing to continue"),
        // A control frame longer than 125 bytes.
        (
            Box::leak([&[0x89u8, 126, 0, 126][..], &[0u8; 126]].concat().into_boxed_slice()),
            "protocol error: control frame too big (payload must be 125 bytes or less)",
        ),
    ] {
        let port = raw_frame_server(bytes);
        let out = run(&script(SYNC_READ, &[("port", &port)]));
        let expected = format!("[]\nsocket \"s\" is closed: {why}\n[]\nsocket \"s\" is closed: {why}\n");
        assert_output(&out, &expected);
    }
}

#[test]
fn a_message_over_the_limit_fails_the_connection() {
    // The server sends 2,000 bytes; the client accepts at most 1,000.
    let port = ws_server(|ws| {
        let _ = ws.send(Message::text("x".repeat(2000)));
        drain(ws);
    })
    .port();
    let small = || Config { max_message_size: 1000, ..Config::default() };
    let out = run_script(&script(SYNC_READ, &[("port", &port)]), small());
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!((lines.len(), lines[0], out.code), (4, "[]", 0), "{out:#?}");
    assert_eq!(lines[1], "socket \"s\" is closed: message too large: 2000 bytes, the limit is 1000 bytes");

    let out = run_script(&script(LOG_EVENTS, &[("port", &port)]), small());
    assert_output(&out, "1: \n4: message too large: 2000 bytes, the limit is 1000 bytes\n");

    // Sending over the limit fails at once, and the socket stays usable.
    let echo = embedded_echo_server();
    let out = run_script(
        &script(
            r#"WebSocketClientConnecte("s", "127.0.0.1", {port})
Info(SocketEcrit("s", Répète("x", 1001)))
Info(ErreurInfo())
Info(SocketEcrit("s", Répète("y", 1000)))
Info(Taille(SocketLit("s")))
"#,
            &[("port", &echo.plain.port())],
        ),
        small(),
    );
    assert_output(&out, "0\nmessage too large: 1001 bytes, the limit is 1000 bytes\n1\n1000\n");
}

#[test]
fn cli_limits_on_message_size_and_socket_count() {
    let echo = embedded_echo_server();
    let port = echo.plain.port();
    let path = write_script(
        "limits.wl",
        &script(
            r#"Info(WebSocketClientConnecte("a", "127.0.0.1", {port}))
Info(WebSocketClientConnecte("b", "127.0.0.1", {port}))
Info(WebSocketClientConnecte("c", "127.0.0.1", {port}))
Info(ErreurInfo())
SocketFerme("b")
Info(WebSocketClientConnecte("c", "127.0.0.1", {port}))
Info(SocketEcrit("a", Répète("x", 65)))
Info(ErreurInfo())
"#,
            &[("port", &port)],
        ),
    );
    let out = wl()
        .args(["run", "--max-sockets", "2", "--max-message-size", "64"])
        .arg(&path)
        .stdin(Stdio::null())
        .output()
        .expect("run wl");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "1\n1\n0\ntoo many sockets: the limit is 2\n1\n0\nmessage too large: 65 bytes, the limit is 64 bytes\n"
    );
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let bad = wl().args(["run", "--max-message-size", "12 parsecs"]).arg(&path).output().expect("run wl");
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--max-message-size"), "{bad:?}");
}

// ---- a peer that stalls, resets, or vanishes ----------------------------------------------------

#[test]
fn a_stalled_message_times_out_without_busy_waiting_then_completes() {
    // Half a frame, a pause longer than the script's read limit, then the rest.
    let port = ws_server(|ws| {
        let raw = ws.get_mut();
        let _ = raw.write_all(&[0x81, 10, b'0', b'1', b'2', b'3', b'4']);
        let _ = raw.flush();
        std::thread::sleep(Duration::from_millis(600));
        let _ = raw.write_all(b"56789");
        let _ = raw.flush();
        drain(ws);
    })
    .port();
    let out = run(&script(
        r#"WebSocketClientConnecte("s", "127.0.0.1", {port})
Info("[" + SocketLit("s", Faux, 300) + "]")
Info("[" + SocketLit("s", Faux, 2000) + "]")
"#,
        &[("port", &port)],
    ));
    assert_output(&out, "[]\n[0123456789]\n");
    assert!(out.elapsed < Duration::from_secs(2), "{:?}", out.elapsed);
    if let Some(cpu) = out.cpu {
        assert!(cpu < Duration::from_millis(150), "waiting used {cpu:?} of CPU");
    }

    // The same stall on an asynchronous socket: the message arrives whole, once.
    let out = run(&script(
        r#"WebSocketClientConnecte("a", Rappel, "127.0.0.1", {port})

PROCÉDURE INTERNE Rappel(nEvénement, sMessage)
	Info(nEvénement + ": " + sMessage)
	SI nEvénement = SocketMessage ALORS SocketFerme("a")
FIN
"#,
        &[("port", &port)],
    ));
    assert_output(&out, "1: \n2: 0123456789\n");
}

/// After the handshake, waits for a message from the client, then drops the connection with
/// that message unread, which makes the kernel send a reset.
fn resetting_server() -> u16 {
    ws_server(|ws| {
        let raw = ws.get_mut();
        let mut probe = [0u8; 1];
        let _ = raw.peek(&mut probe);
        std::thread::sleep(Duration::from_millis(50));
        // Dropping `ws` closes the socket with unread data: RST.
    })
    .port()
}

#[test]
fn a_connection_reset_is_reported() {
    let port = resetting_server();
    let out = run(&script(
        r#"WebSocketClientConnecte("s", "127.0.0.1", {port})
SocketEcrit("s", "bonjour")
Info("[" + SocketLit("s", Vrai) + "]")
Info(ErreurInfo())
Info(SocketEcrit("s", "encore"))
Info(ErreurInfo())
"#,
        &[("port", &port)],
    ));
    assert_output(
        &out,
        "[]\nsocket \"s\" is closed: connection lost: connection reset by the server\n0\nsocket \"s\" is closed: connection lost: connection reset by the server\n",
    );

    let out = run(&script(
        r#"WebSocketClientConnecte("a", Rappel, "127.0.0.1", {port})

PROCÉDURE INTERNE Rappel(nEvénement, sMessage)
	Info(nEvénement + ": " + sMessage)
	SI nEvénement = SocketOuverture ALORS SocketEcrit("a", "bonjour")
FIN
"#,
        &[("port", &port)],
    ));
    assert_output(&out, "1: \n3: connection lost: connection reset by the server\n");
}

#[test]
fn a_peer_vanishing_mid_frame_closes_an_async_socket() {
    let port = ws_server(|ws| {
        let raw = ws.get_mut();
        let _ = raw.write_all(&[0x82, 100, 1, 2, 3]);
        let _ = raw.flush();
        let _ = raw.shutdown(std::net::Shutdown::Both);
    })
    .port();
    let out = run(&script(LOG_EVENTS, &[("port", &port)]));
    assert_output(&out, "1: \n3: connection lost: closed without a closing handshake\n");
}

// ---- Ctrl-C -------------------------------------------------------------------------------------

/// Starts `wl run` on `text`, waits for `ready` (returns once it holds), sends SIGINT and
/// returns the exit code and the time from the signal to the exit.
fn interrupt_after(text: &str, ready: impl FnOnce()) -> (Option<i32>, Duration, String) {
    let path = write_script(&format!("ctrlc-{}.wl", text.len()), text);
    let mut child = wl()
        .arg("run")
        .arg(&path)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start wl");
    ready();
    let sent = Instant::now();
    let status = Command::new("kill").args(["-INT", &child.id().to_string()]).status().expect("kill");
    assert!(status.success());
    let (tx, rx) = mpsc::channel();
    let mut stderr = child.stderr.take().expect("stderr");
    std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        let _ = tx.send(text);
    });
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            let took = sent.elapsed();
            return (status.code(), took, rx.recv().unwrap_or_default());
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("wl did not stop within 10 s of Ctrl-C:\n{text}");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn ctrl_c_stops_loops_and_pauses_promptly() {
    for text in [
        "i est un entier\nTANTQUE Vrai\n\ti++\nFIN\n",
        "f(1)\nPROCÉDURE f(n)\n\tRENVOYER f(n) + 1\n",
        "Multitâche(100000)\n",
        "ThreadPause(100000)\n",
    ] {
        // Long enough for the interpreter to be inside the loop or the pause.
        let (code, took, stderr) = interrupt_after(text, || std::thread::sleep(Duration::from_millis(300)));
        // A runaway recursion may end on its own depth limit before the signal.
        if text.contains("PROCÉDURE") && code == Some(1) {
            continue;
        }
        assert_eq!(code, Some(130), "{text}: {stderr}");
        assert!(stderr.ends_with("interrupted\n"), "{text}: {stderr}");
        // Prompt: far below the 100 s the script asked for (a loaded machine delays the process's
        // start and exit, not the interpreter's reaction).
        assert!(took < Duration::from_secs(3), "{text}: {took:?}");
    }
}

#[test]
fn ctrl_c_during_socket_waits_closes_the_sockets_cleanly() {
    // The server reports how each connection ended: a close frame, or a bare disconnect.
    let (ended_tx, ended_rx) = mpsc::channel::<(u16, &'static str)>();
    let (opened_tx, opened_rx) = mpsc::channel::<()>();
    let ended_tx = std::sync::Mutex::new(ended_tx);
    let opened_tx = std::sync::Mutex::new(opened_tx);
    let port = ws_server(move |ws| {
        let _ = opened_tx.lock().map(|t| t.send(()));
        let how = loop {
            match ws.read() {
                Ok(Message::Close(_)) => break "close frame",
                Ok(_) => {}
                Err(_) => break "disconnect",
            }
        };
        let _ = ended_tx.lock().map(|t| t.send((ws.get_ref().peer_addr().map_or(0, |a| a.port()), how)));
    })
    .port();
    let never_answers = tcp_server(|mut tcp| {
        let mut buf = [0u8; 1024];
        while matches!(tcp.read(&mut buf), Ok(n) if n > 0) {}
    })
    .port();
    let cases = [
        // A sync read that would wait forever.
        ("WebSocketClientConnecte(\"s\", \"127.0.0.1\", {port})\nSocketLit(\"s\", Vrai)\n", 1),
        // The event loop after the main code, with an async socket open.
        ("WebSocketClientConnecte(\"a\", R, \"127.0.0.1\", {port})\nPROCÉDURE INTERNE R(n, m)\nFIN\n", 1),
        // A pause that dispatches events, with both kinds open.
        (
            "WebSocketClientConnecte(\"s\", \"127.0.0.1\", {port})\nWebSocketClientConnecte(\"a\", R, \"127.0.0.1\", {port})\nMultitâche(-100000)\nPROCÉDURE INTERNE R(n, m)\nFIN\n",
            2,
        ),
        // A sync connect to a server that never answers the handshake (60 s limit).
        ("WebSocketClientConnecte(\"s\", \"127.0.0.1\", {silent}, \"\", \"\", 60000)\n", 0),
    ];
    for (template, sockets) in cases {
        let text = script(template, &[("port", &port), ("silent", &never_answers)]);
        let (code, took, stderr) = interrupt_after(&text, || {
            if sockets == 0 {
                std::thread::sleep(Duration::from_millis(300));
            }
            for _ in 0..sockets {
                opened_rx.recv_timeout(Duration::from_secs(10)).expect("connection");
            }
            std::thread::sleep(Duration::from_millis(100));
        });
        assert_eq!(code, Some(130), "{text}: {stderr}");
        assert!(took < Duration::from_millis(1500), "{text}: {took:?}");
        for _ in 0..sockets {
            let (_, how) = ended_rx.recv_timeout(Duration::from_secs(5)).expect("end of connection");
            assert_eq!(how, "close frame", "{text}");
        }
    }
}

// ---- every builtin, wrong arity and wrong argument types ----------------------------------------

/// Network settings under which no builtin touches the network: every connect fails at once.
fn offline() -> Config {
    Config { max_sockets: 0, ..Config::default() }
}

#[test]
fn every_builtin_with_a_wrong_arity_is_refused_before_running() {
    let mut checked = 0;
    for b in wlang::builtins::functions() {
        let mut counts = Vec::new();
        if b.min > 0 {
            counts.push(b.min - 1);
        }
        if b.max != usize::MAX {
            counts.push(b.max + 1);
        }
        for n in counts {
            for name in [b.fr, b.en] {
                let args = vec!["1"; n].join(", ");
                let out =
                    run_script(&format!("Info(\"avant\")\nx est un entier = 0\nInfo({name}({args}))\n"), offline());
                assert_eq!((out.code, out.stdout.as_str()), (2, ""), "{name}({args}): {out:#?}");
                assert!(out.stderr.contains(&format!("`{name}`")), "{name}({args}): {}", out.stderr);
                checked += 1;
            }
        }
    }
    println!("wrong arity: {checked} calls refused");
}

#[test]
fn every_builtin_with_a_wrong_argument_type_fails_clearly_or_copes() {
    // For each builtin and each parameter position (up to 4 for variadic ones), an array or a
    // procedure where the other arguments are plausible: the run ends normally (the builtin
    // accepts anything there) or with a runtime error naming the builtin and the parameter.
    let fillers = ["1", "\"1\""];
    let wrong = [("tableau", "t"), ("procédure", "P")];
    let (mut refused, mut coped) = (0, 0);
    for b in wlang::builtins::functions() {
        // A procedure is a right first argument for a timer, and a running timer keeps the
        // program alive: not a wrong argument there. The exception functions throw by design.
        if matches!(b.fr, "FinProgramme" | "TimerSys" | "Timer" | "ExceptionDéclenche" | "ExceptionPropage") {
            continue;
        }
        let arity = if b.max == usize::MAX { b.min.max(4) } else { b.max };
        for position in 0..arity {
            for filler in fillers {
                for (kind, value) in wrong {
                    let mut args: Vec<&str> = vec![filler; arity];
                    args[position] = value;
                    let call = format!("{}({})", b.fr, args.join(", "));
                    let text =
                        format!("t est un tableau de 2 entiers\nx est un entier = 0\nInfo({call})\nPROCÉDURE P()\n");
                    let out = run_script(&text, offline());
                    match out.code {
                        0 => coped += 1,
                        1 => {
                            let first = out.stderr.lines().find(|l| l.contains('×')).unwrap_or_default();
                            // The faulty parameter may be a plausible filler that this builtin refuses too.
                            let expected = format!("{}: parameter ", b.fr);
                            assert!(first.contains(&expected), "{call} ({kind}): {}", out.stderr);
                            refused += 1;
                        }
                        _ => panic!("{call} ({kind}): {out:#?}"),
                    }
                }
            }
        }
    }
    println!("wrong argument types: {refused} refused with a diagnostic, {coped} accepted");
    assert!(refused > 50, "{refused}");
}

// ---- deep nesting and huge inputs ---------------------------------------------------------------

#[test]
fn deep_nesting_and_huge_inputs_are_errors_not_crashes() {
    let cases: Vec<(String, String)> = vec![
        ("100,000 parentheses".into(), format!("x est un entier = {}1{}\n", "(".repeat(100_000), ")".repeat(100_000))),
        ("100,000 unclosed parentheses".into(), format!("x est un entier = {}1\n", "(".repeat(100_000))),
        ("10,000 nested SI".into(), format!("{}Info(1)\n{}", "SI Vrai ALORS\n".repeat(10_000), "FIN\n".repeat(10_000))),
        ("100,000 unary minus".into(), format!("x est un entier = {}1\n", "-".repeat(100_000))),
        ("10,000 nested calls".into(), format!("Info({}1{})\n", "Abs(".repeat(10_000), ")".repeat(10_000))),
        ("10,000 terms".into(), format!("x est un entier = 1{}\n", " + 1".repeat(10_000))),
        ("a 10 MB line".into(), format!("s est une chaîne = \"{}\"\nInfo(Taille(s))\n", "x".repeat(10_000_000))),
        ("a 100,000-digit number".into(), format!("x est un entier = {}\n", "9".repeat(100_000))),
        ("runaway recursion".into(), "PROCÉDURE f(n)\n\tRENVOYER f(n + 1)\n".replace("PROC", "f(1)\nPROC")),
    ];
    for (what, text) in cases {
        let start = Instant::now();
        let out = run_script(&text, offline());
        assert!(matches!(out.code, 0..=2), "{what}: {out:#?}");
        if out.code != 0 {
            assert!(out.stderr.contains('×'), "{what}: no diagnostic: {}", &out.stderr[..out.stderr.len().min(500)]);
        }
        println!("{what}: exit {} in {:?}", out.code, start.elapsed());
    }
}

/// Known failure, kept out of the default run: nesting 100,000 deep still overflows the
/// interpreter thread's 512 MiB stack in the resolver (`SI` blocks) and the evaluator (calls,
/// operator chains) of a debug build. Needs a nesting limit checked right after parsing (see
/// tests/RELIABILITY.md). Run with `cargo test --test faults -- --ignored`.
#[test]
fn nesting_a_hundred_thousand_deep_is_an_error_not_a_crash() {
    for (what, text) in [
        ("100,000 nested SI", format!("{}Info(1)\n{}", "SI Vrai ALORS\n".repeat(100_000), "FIN\n".repeat(100_000))),
        ("100,000 nested calls", format!("Info({}1{})\n", "Abs(".repeat(100_000), ")".repeat(100_000))),
        ("100,000 terms", format!("x est un entier = 1{}\n", " + 1".repeat(100_000))),
    ] {
        let out = run_script(&text, offline());
        assert_eq!(out.code, 2, "{what}: {}", &out.stderr[..out.stderr.len().min(500)]);
    }
}

// ---- load and churn -----------------------------------------------------------------------------

/// The soft limit on open files, from `/proc/self/limits`.
fn open_files_limit() -> Option<u64> {
    let limits = std::fs::read_to_string("/proc/self/limits").ok()?;
    let line = limits.lines().find(|l| l.starts_with("Max open files"))?;
    line.split_whitespace().nth(3)?.parse().ok()
}

const THOUSAND: &str = r#"nOuverts est un entier
nReçus est un entier
nFinis est un entier
nAutres est un entier
tCompte est un tableau de {n} entiers
POUR i = 1 A {n}
	SI PAS WebSocketClientConnecte("c" + i, Évènement, "127.0.0.1", {port}) ALORS Erreur(ErreurInfo())
FIN
TANTQUE nOuverts + nAutres < {n}
	Multitâche(-1)
FIN
POUR i = 1 A {n}
	SocketEcrit("c" + i, i + ":1")
FIN
TANTQUE nFinis + nAutres < {n}
	Multitâche(-1)
FIN
Multitâche(-{idle})
nComplets est un entier
POUR i = 1 A {n}
	SI tCompte[i] = {m} ALORS nComplets++
	SocketFerme("c" + i)
FIN
Info("ouverts: " + nOuverts, "reçus: " + nReçus, "complets: " + nComplets, "autres: " + nAutres)

PROCÉDURE INTERNE Évènement(nÉvénement, sMessage)
	SELON nÉvénement
		CAS SocketOuverture
			nOuverts++
		CAS SocketMessage
			nReçus++
			i est un entier = Val(ExtraitChaîne(sMessage, 1, ":"))
			k est un entier = Val(ExtraitChaîne(sMessage, 2, ":"))
			tCompte[i]++
			SI k < {m} ALORS
				SocketEcrit("c" + i, i + ":" + (k + 1))
			SINON
				nFinis++
			FIN
		AUTRE CAS
			nAutres++
			Erreur(nÉvénement + " " + sMessage)
	FIN
FIN
"#;

#[test]
fn a_thousand_async_sockets_exchange_a_hundred_messages_each() {
    let (n, m) = (1000usize, 100usize);
    if let Some(limit) = open_files_limit()
        && limit < 2 * n as u64 + 100
    {
        eprintln!("skipped: the open-files limit is {limit}; raise it with `ulimit -n 4096`");
        return;
    }
    let echo = embedded_echo_server();
    let port = echo.plain.port();
    let busy = run(&script(THOUSAND, &[("n", &n), ("m", &m), ("port", &port), ("idle", &0)]));
    let total = n * m;
    assert_output(&busy, &format!("ouverts: {n}\nreçus: {total}\ncomplets: {n}\nautres: 0\n"));
    println!("{n} async sockets x {m} messages: {:?} wall, {:?} interpreter CPU", busy.elapsed, busy.cpu);
    // What waiting costs: the same sockets with one message each (a light run, so the noise
    // between two runs stays small), without and then with a 2 s idle wait, all sockets open.
    let light = |idle: u32| run(&script(THOUSAND, &[("n", &n), ("m", &1), ("port", &port), ("idle", &idle)]));
    let (quick, idle) = (light(0), light(200));
    for out in [&quick, &idle] {
        assert_output(out, &format!("ouverts: {n}\nreçus: {n}\ncomplets: {n}\nautres: 0\n"));
    }
    println!("{n} sockets, 1 message each: {:?} CPU; with a 2 s idle wait: {:?} CPU", quick.cpu, idle.cpu);
    if let (Some(a), Some(b)) = (quick.cpu, idle.cpu) {
        // A busy wait would add about 2 s of CPU; allow for noise between two runs.
        assert!(b < a + Duration::from_millis(600), "waiting with {n} open sockets used CPU: {a:?} vs {b:?}");
    }
}

/// Open file descriptors and resident memory (KiB) of a process.
fn fds_and_rss(pid: u32) -> Option<(usize, u64)> {
    let fds = std::fs::read_dir(format!("/proc/{pid}/fd")).ok()?.count();
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let rss = status.lines().find(|l| l.starts_with("VmRSS:"))?.split_whitespace().nth(1)?.parse().ok()?;
    Some((fds, rss))
}

#[test]
fn ten_thousand_connections_in_a_row_keep_fds_and_memory_flat() {
    let echo = embedded_echo_server();
    let n = 10_000;
    let path = write_script(
        "churn.wl",
        &script(
            r#"nBons est un entier
POUR i = 1 A {n}
	SI WebSocketClientConnecte("s", "127.0.0.1", {port}) ALORS
		SocketEcrit("s", "m" + i)
		SI SocketLit("s") = "m" + i ALORS nBons++
		SocketFerme("s")
	SINON
		Erreur(ErreurInfo())
	FIN
FIN
Info("bons: " + nBons)
"#,
            &[("n", &n), ("port", &echo.plain.port())],
        ),
    );
    let mut child = wl().arg("run").arg(&path).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("wl");
    let pid = child.id();
    let start = Instant::now();
    let mut samples = Vec::new();
    while child.try_wait().expect("wait").is_none() {
        if let Some(s) = fds_and_rss(pid) {
            samples.push((start.elapsed(), s));
        }
        assert!(start.elapsed() < LIMIT, "churn did not finish");
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().expect("output");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("bons: {n}\n"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(samples.len() >= 10, "too few samples: {}", samples.len());
    // Skip the start-up; compare the first fifth of the run with the last.
    let steady = &samples[samples.len() / 10..];
    let fifth = steady.len() / 5;
    let early_rss = steady[..fifth].iter().map(|(_, (_, r))| *r).max().unwrap_or(0);
    let late_rss = steady[steady.len() - fifth..].iter().map(|(_, (_, r))| *r).max().unwrap_or(0);
    let max_fds = steady.iter().map(|(_, (f, _))| *f).max().unwrap_or(0);
    println!(
        "{n} connections in a row: {:?}; fds at most {max_fds}; RSS {early_rss} KiB early, {late_rss} KiB late",
        start.elapsed()
    );
    assert!(max_fds < 32, "file descriptors pile up: {max_fds}");
    assert!(late_rss < early_rss + 4096, "memory grows: {early_rss} KiB then {late_rss} KiB");
}
