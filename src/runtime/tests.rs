//! Tests of the socket runtime against real servers on 127.0.0.1: in-process tungstenite
//! servers (plain and native-tls with rcgen certificates) and the echo server. Every wait is
//! bounded by a deadline of a few seconds; no test touches any other address.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::time::{Duration, Instant};

use tungstenite::protocol::CloseFrame;
use tungstenite::protocol::frame::coding::CloseCode;

use super::*;

const LOOPBACK: &str = "127.0.0.1";

fn deadline(ms: u64) -> Instant {
    Instant::now() + Duration::from_millis(ms)
}

fn req(host: &str, port: u16) -> ConnectRequest {
    ConnectRequest {
        host: host.to_string(),
        port,
        path: String::new(),
        protocols: Vec::new(),
        tls: None,
        timeout: Some(Duration::from_secs(3)),
    }
}

fn tls_req(host: &str, port: u16) -> ConnectRequest {
    ConnectRequest { tls: Some(TlsOptions::default()), ..req(host, port) }
}

/// Starts a listener on 127.0.0.1 calling `handler` on a thread per accepted connection.
fn server(handler: impl Fn(TcpStream) + Send + Sync + 'static) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    let handler = Arc::new(handler);
    std::thread::spawn(move || {
        for tcp in listener.incoming().flatten() {
            let h = Arc::clone(&handler);
            std::thread::spawn(move || h(tcp));
        }
    });
    addr
}

/// A throw-away CA and a leaf for `names`: (leaf cert PEM, leaf key PEM, CA PEM).
fn certificate(names: &[&str]) -> (String, String, String) {
    let ca_key = rcgen::KeyPair::generate().expect("key");
    let mut ca_params = rcgen::CertificateParams::new(Vec::<String>::new()).expect("params");
    ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    ca_params.distinguished_name.push(rcgen::DnType::CommonName, "test CA");
    let ca = ca_params.self_signed(&ca_key).expect("ca");
    let issuer = rcgen::Issuer::new(ca_params, ca_key);
    let key = rcgen::KeyPair::generate().expect("key");
    let names: Vec<String> = names.iter().map(|s| s.to_string()).collect();
    let params = rcgen::CertificateParams::new(names).expect("params");
    let leaf = params.signed_by(&key, &issuer).expect("leaf");
    (leaf.pem(), key.serialize_pem(), ca.pem())
}

/// Which TLS versions a test server accepts (native-tls servers never offer TLS 1.3: their
/// OpenSSL acceptor profile disables it).
#[derive(Clone, Copy)]
enum ServerTls {
    Default,
    Min12,
}

/// A TLS echo server with a certificate for `names`. Returns its address and the CA PEM.
fn tls_echo_server(names: &[&str], versions: ServerTls) -> (SocketAddr, Vec<u8>) {
    let (cert, key, ca) = certificate(names);
    let identity = native_tls::Identity::from_pkcs8(cert.as_bytes(), key.as_bytes()).expect("id");
    let mut b = native_tls::TlsAcceptor::builder(identity);
    if let ServerTls::Min12 = versions {
        b.min_protocol_version(Some(native_tls::Protocol::Tlsv12));
    }
    let acceptor = Arc::new(b.build().expect("acceptor"));
    let addr = server(move |tcp| {
        let _ = tcp.set_read_timeout(Some(Duration::from_secs(5)));
        let Ok(tls) = acceptor.accept(tcp) else {
            return;
        };
        let Ok(mut ws) = tungstenite::accept(tls) else {
            return;
        };
        while let Ok(m) = ws.read() {
            if (m.is_text() || m.is_binary()) && ws.send(m).is_err() {
                return;
            }
        }
    });
    (addr, ca.into_bytes())
}

fn echo_server(idle_ms: u64, tls: bool) -> EchoServer {
    EchoServer::start(EchoOptions {
        tls_port: tls.then_some(0),
        idle: Duration::from_millis(idle_ms),
        ..EchoOptions::default()
    })
    .expect("echo server")
}

fn runtime(config: Config) -> Runtime {
    Runtime::new(config).expect("runtime")
}

fn read_one(rt: &mut Runtime, name: &str) -> Message {
    match rt.read(name, Some(deadline(3000))).expect("read") {
        ReadOutcome::Message(m) => m,
        other => panic!("expected a message, got {other:?}"),
    }
}

fn next_event(rt: &mut Runtime) -> (String, Event) {
    let end = deadline(3000);
    loop {
        if let Some(e) = rt.pop_event() {
            return e;
        }
        assert!(Instant::now() < end, "no event before the deadline");
        rt.poll(Some(end)).expect("poll");
    }
}

#[test]
fn sync_round_trip_text_binary_large_and_non_ascii() {
    let echo = echo_server(2000, false);
    let mut rt = runtime(Config::default());
    rt.connect_sync("s", req(LOOPBACK, echo.plain.port())).expect("connect");
    assert!(rt.exists("s"));
    assert!(!rt.exists("S"), "names are case-sensitive");
    let big: Vec<u8> = (0..(1 << 20)).map(|i| (i % 251) as u8).collect();
    let msgs = [
        Message::Text("Bonjour le monde!".into()),
        Message::Binary(vec![0, 1, 2, 255]),
        Message::Binary(big),
        Message::Text("réponse du serveur: ça marche ✓ 日本".into()),
        Message::Text(String::new()),
    ];
    for m in &msgs {
        rt.write("s", m.clone()).expect("write");
    }
    for m in &msgs {
        assert_eq!(&read_one(&mut rt, "s"), m);
    }
    assert_eq!(rt.try_read("s").expect("try_read"), ReadOutcome::Empty);
    rt.close("s").expect("close");
    assert!(!rt.exists("s"));
    rt.shutdown();
}

#[test]
fn async_open_write_message_and_close_reason() {
    let addr = server(|tcp| {
        let Ok(mut ws) = tungstenite::accept(tcp) else {
            return;
        };
        while let Ok(m) = ws.read() {
            if m.to_text().is_ok_and(|t| t == "close-me") {
                let _ = ws.close(Some(CloseFrame { code: CloseCode::Normal, reason: "bye".into() }));
            } else if (m.is_text() || m.is_binary()) && ws.send(m).is_err() {
                return;
            }
        }
    });
    let mut rt = runtime(Config::default());
    rt.connect_async("client", req(LOOPBACK, addr.port())).expect("connect");
    assert!(rt.exists("client"));
    assert!(rt.has_pending_async());
    assert_eq!(next_event(&mut rt), ("client".into(), Event::Opened));
    // As from inside the Opened callback.
    rt.write("client", Message::Text("hello".into())).expect("write");
    assert_eq!(next_event(&mut rt), ("client".into(), Event::Message(Message::Text("hello".into()))));
    rt.write("client", Message::Text("close-me".into())).expect("write");
    assert_eq!(next_event(&mut rt), ("client".into(), Event::Closed { reason: "bye".into() }));
    assert!(rt.exists("client"), "exists until close()");
    assert!(!rt.has_pending_async());
    rt.close("client").expect("close");
    assert!(!rt.exists("client"));
}

#[test]
fn refused_is_fast() {
    let port = {
        let l = TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr").port()
    };
    let mut rt = runtime(Config::default());
    let t = Instant::now();
    let err = rt.connect_sync("s", req(LOOPBACK, port)).expect_err("refused");
    assert_eq!(err.kind(), NetErrorKind::Refused, "{err}");
    assert_eq!(err.to_string(), format!("connection to 127.0.0.1:{port} refused"));
    assert!(t.elapsed() < Duration::from_secs(1));
    assert!(!rt.exists("s"));

    // Async: the error is an event and frees the name.
    rt.connect_async("a", req(LOOPBACK, port)).expect("start");
    let (name, ev) = next_event(&mut rt);
    assert_eq!(name, "a");
    assert!(matches!(ev, Event::Error(ref e) if e.to_string().contains("refused")));
    assert!(!rt.exists("a"));
    assert!(!rt.has_pending_async());
}

#[test]
fn silent_server_times_out_within_the_deadline() {
    let addr = server(|mut tcp| {
        // Accept TCP, never answer the handshake.
        let mut buf = [0u8; 1024];
        let _ = tcp.set_read_timeout(Some(Duration::from_secs(5)));
        while matches!(tcp.read(&mut buf), Ok(n) if n > 0) {}
    });
    let mut rt = runtime(Config::default());
    let t = Instant::now();
    let r = ConnectRequest { timeout: Some(Duration::from_millis(300)), ..req(LOOPBACK, addr.port()) };
    let err = rt.connect_sync("s", r).expect_err("timeout");
    let elapsed = t.elapsed();
    assert_eq!(err.kind(), NetErrorKind::Timeout, "{err}");
    assert_eq!(err.to_string(), format!("connection to 127.0.0.1:{} timed out after 300 ms", addr.port()));
    assert!(elapsed >= Duration::from_millis(290), "{elapsed:?}");
    assert!(elapsed < Duration::from_millis(1500), "{elapsed:?}");
}

#[test]
fn http_404_is_a_handshake_error() {
    let addr = server(|mut tcp| {
        let mut buf = [0u8; 4096];
        let _ = tcp.read(&mut buf);
        let _ = tcp.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
    });
    let mut rt = runtime(Config::default());
    let err = rt.connect_sync("s", req(LOOPBACK, addr.port())).expect_err("404");
    assert_eq!(err.kind(), NetErrorKind::Handshake, "{err}");
    assert_eq!(err.to_string(), "server answered HTTP 404 instead of switching protocols");
}

#[test]
fn subprotocol_accepted_and_refused() {
    let echo = echo_server(2000, false);
    let mut rt = runtime(Config::default());
    let r = ConnectRequest {
        protocols: vec!["mqtt".into(), "soap".into()],
        path: "WW_WebsocketServeur".into(),
        ..req(LOOPBACK, echo.plain.port())
    };
    rt.connect_sync("ok", r.clone()).expect("accepted");

    // A server that names no protocol.
    let addr = server(|tcp| {
        if let Ok(mut ws) = tungstenite::accept(tcp) {
            while ws.read().is_ok() {}
        }
    });
    let err = rt.connect_sync("no", ConnectRequest { port: addr.port(), ..r }).expect_err("refused");
    assert_eq!(err.kind(), NetErrorKind::Handshake, "{err}");
    assert_eq!(err.to_string(), "server accepted none of the requested protocols (mqtt, soap)");
    assert!(!rt.exists("no"));
}

#[test]
fn tls_trusted_untrusted_and_insecure() {
    let echo = echo_server(2000, true);
    let port = echo.tls.expect("tls").port();

    let mut rt = runtime(Config { extra_roots_pem: vec![echo.ca_pem.clone()], ..Config::default() });
    rt.connect_sync("s", tls_req("localhost", port)).expect("trusted");
    rt.write("s", Message::Text("sécurisé".into())).expect("write");
    rt.write("s", Message::Binary(vec![9; 70_000])).expect("write");
    assert_eq!(read_one(&mut rt, "s"), Message::Text("sécurisé".into()));
    assert_eq!(read_one(&mut rt, "s"), Message::Binary(vec![9; 70_000]));
    rt.close("s").expect("close");

    let mut rt = runtime(Config::default());
    let err = rt.connect_sync("s", tls_req("localhost", port)).expect_err("untrusted");
    assert_eq!(err.kind(), NetErrorKind::Tls, "{err}");
    assert_eq!(
        err.to_string(),
        format!(
            "tls handshake with localhost:{port} failed: certificate verify failed \
             (unable to get local issuer certificate)"
        )
    );

    let mut rt = runtime(Config { insecure: true, ..Config::default() });
    rt.connect_sync("s", tls_req("localhost", port)).expect("insecure");
    rt.write("s", Message::Text("x".into())).expect("write");
    assert_eq!(read_one(&mut rt, "s"), Message::Text("x".into()));
}

fn versions(min: TlsVersion, max: TlsVersion, port: u16) -> ConnectRequest {
    ConnectRequest { tls: Some(TlsOptions { min, max }), ..req("localhost", port) }
}

#[test]
fn tls_version_limits_are_applied() {
    use TlsVersion::*;
    // The server speaks TLS 1.2 only (min 1.2, and native-tls servers stop at 1.2).
    let (addr, ca) = tls_echo_server(&["localhost"], ServerTls::Min12);
    let mut rt = runtime(Config { extra_roots_pem: vec![ca], ..Config::default() });
    let err = rt.connect_sync("s", versions(Tls10, Tls11, addr.port())).expect_err("client max below server min");
    assert_eq!(err.kind(), NetErrorKind::Tls, "{err}");
    let err = rt.connect_sync("s", versions(Tls13, Tls13, addr.port())).expect_err("client min above server max");
    assert_eq!(err.kind(), NetErrorKind::Tls, "{err}");
    rt.connect_sync("s", versions(Tls12, Tls12, addr.port())).expect("tls 1.2");
}

/// A TLS 1.3-only peer: `openssl s_server -tls1_3 -www` (skipped when the openssl command is
/// missing). It answers HTTP 200, so a TLS 1.3 client gets as far as the WebSocket handshake.
#[test]
fn tls_max_12_against_a_tls13_only_server_fails() {
    let dir = std::env::temp_dir().join(format!("wlang-rt-tls13-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let (cert, key, ca) = certificate(&["localhost"]);
    let (cert_path, key_path) = (dir.join("cert.pem"), dir.join("key.pem"));
    std::fs::write(&cert_path, cert).expect("write cert");
    std::fs::write(&key_path, key).expect("write key");
    let port = {
        let l = TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr").port()
    };
    let child = std::process::Command::new("openssl")
        .args(["s_server", "-quiet", "-tls1_3", "-www", "-accept"])
        .arg(format!("127.0.0.1:{port}"))
        .arg("-cert")
        .arg(&cert_path)
        .arg("-key")
        .arg(&key_path)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    let Ok(mut child) = child else {
        eprintln!("openssl command not available: test skipped");
        return;
    };
    // Wait (bounded) until s_server listens.
    let end = deadline(3000);
    while TcpStream::connect(("127.0.0.1", port)).is_err() && Instant::now() < end {
        std::thread::sleep(Duration::from_millis(20));
    }
    let mut rt = runtime(Config { extra_roots_pem: vec![ca.into_bytes()], ..Config::default() });
    use TlsVersion::*;
    let limited = rt.connect_sync("s", versions(Tls12, Tls12, port));
    let allowed = rt.connect_sync("s", versions(Tls12, Tls13, port));
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&dir);
    let err = limited.expect_err("max 1.2 against 1.3 only");
    assert_eq!(err.kind(), NetErrorKind::Tls, "{err}");
    let err = allowed.expect_err("s_server is no websocket server");
    assert_eq!(err.kind(), NetErrorKind::Handshake, "{err}");
    // s_server answers "HTTP/1.0 200 ok": TLS 1.3 was negotiated.
    assert!(err.to_string().contains("HTTP version"), "{err}");
}

#[test]
fn connect_to_keeps_the_script_host_for_sni_and_certificate() {
    let (addr, ca) = tls_echo_server(&["echo.example"], ServerTls::Default);
    let mut rt = runtime(Config {
        extra_roots_pem: vec![ca],
        connect_to: vec![ConnectTo {
            from_host: "echo.example".into(),
            from_port: 443,
            to_host: LOOPBACK.into(),
            to_port: addr.port(),
        }],
        ..Config::default()
    });
    rt.connect_sync("s", tls_req("ECHO.example", 443)).expect("mapped");
    rt.write("s", Message::Text("via connect-to".into())).expect("write");
    assert_eq!(read_one(&mut rt, "s"), Message::Text("via connect-to".into()));
}

#[test]
fn route_all_serves_the_documentation_hosts_without_resolving_them() {
    let echo = echo_server(2000, true);
    let tls = echo.tls.expect("tls");
    let mut rt = runtime(Config {
        extra_roots_pem: vec![echo.ca_pem.clone()],
        route_all: Some(RouteAll { plain: echo.plain, tls }),
        ..Config::default()
    });
    rt.connect_sync("wbsocket", tls_req("echo.websocket.org", 443)).expect("wss routed");
    rt.write("wbsocket", Message::Text("Bonjour le monde!".into())).expect("write");
    assert_eq!(read_one(&mut rt, "wbsocket"), Message::Text("Bonjour le monde!".into()));
    let r = ConnectRequest { path: "MonProjetServeurWebSocket".into(), ..req("192.168.100.1", 80) };
    rt.connect_async("client", r).expect("ws routed");
    assert_eq!(next_event(&mut rt), ("client".into(), Event::Opened));

    // The pinning still rejects a certificate from another CA.
    let (other, _) = tls_echo_server(&["localhost"], ServerTls::Default);
    let mut rt = runtime(Config {
        extra_roots_pem: vec![echo.ca_pem.clone()],
        route_all: Some(RouteAll { plain: echo.plain, tls: other }),
        ..Config::default()
    });
    let err = rt.connect_sync("x", tls_req("echo.websocket.org", 443)).expect_err("other CA");
    assert_eq!(err.kind(), NetErrorKind::Tls, "{err}");
}

#[test]
fn exists_and_close_semantics() {
    let addr = server(|tcp| {
        let Ok(mut ws) = tungstenite::accept(tcp) else {
            return;
        };
        let _ = ws.send(tungstenite::Message::text("first"));
        let _ = ws.send(tungstenite::Message::text("second"));
        let _ = ws.close(Some(CloseFrame { code: CloseCode::Away, reason: "going away".into() }));
        while ws.read().is_ok() {}
    });
    let mut rt = runtime(Config::default());
    rt.connect_sync("s", req(LOOPBACK, addr.port())).expect("connect");
    assert_eq!(rt.connect_sync("s", req(LOOPBACK, addr.port())).expect_err("in use").kind(), NetErrorKind::NameInUse);
    assert_eq!(read_one(&mut rt, "s"), Message::Text("first".into()));
    assert_eq!(read_one(&mut rt, "s"), Message::Text("second".into()));
    assert_eq!(rt.read("s", Some(deadline(3000))).expect("read"), ReadOutcome::Closed);
    assert!(rt.exists("s"), "exists after the peer left");
    assert_eq!(rt.end_reason("s"), Some(Ending::Closed("going away".into())));
    assert_eq!(rt.write("s", Message::Text("late".into())).expect_err("closed").kind(), NetErrorKind::Closed);
    rt.close("s").expect("close");
    assert!(!rt.exists("s"));
    let err = rt.close("s").expect_err("unknown");
    assert_eq!(err.kind(), NetErrorKind::UnknownSocket);
    assert_eq!(err.to_string(), "no socket named \"s\"");
    assert_eq!(rt.try_read("abc").expect_err("unknown").to_string(), "no socket named \"abc\"");
    rt.connect_sync("s", req(LOOPBACK, addr.port())).expect("name reusable");
}

#[test]
fn peer_vanishing_mid_message_ends_without_hanging() {
    let addr = server(|tcp| {
        let Ok(mut ws) = tungstenite::accept(tcp) else {
            return;
        };
        // A text frame announcing 100 bytes, of which only 10 arrive.
        let raw = ws.get_mut();
        let _ = raw.write_all(&[0x81, 100]);
        let _ = raw.write_all(b"0123456789");
        let _ = raw.flush();
        std::thread::sleep(Duration::from_millis(50));
    });
    let mut rt = runtime(Config::default());
    rt.connect_sync("s", req(LOOPBACK, addr.port())).expect("connect");
    let t = Instant::now();
    assert_eq!(rt.read("s", Some(deadline(3000))).expect("read"), ReadOutcome::Closed);
    assert!(t.elapsed() < Duration::from_secs(2));
    let why = rt.end_reason("s").expect("reason").to_string();
    assert!(why.starts_with("connection lost: "), "{why}");

    rt.connect_async("a", req(LOOPBACK, addr.port())).expect("connect");
    assert_eq!(next_event(&mut rt), ("a".into(), Event::Opened));
    match next_event(&mut rt) {
        (n, Event::Lost(e)) => {
            assert_eq!(n, "a");
            assert_eq!(e.kind(), NetErrorKind::Closed);
            assert!(e.to_string().starts_with("connection lost: "), "{e}");
            assert!(e.text(Lang::Fr).starts_with("connexion perdue : "), "{e}");
        }
        other => panic!("unexpected {other:?}"),
    }
}

/// A short read on plain TCP ends reading until the next readiness edge: the peer's end, even
/// when it comes in the same burst as a message or after a pause, is still seen at once.
#[test]
fn a_message_and_the_peers_end_are_seen_in_one_burst_and_after_a_pause() {
    for pause_ms in [0, 100] {
        let addr = server(move |tcp| {
            let Ok(mut ws) = tungstenite::accept(tcp) else {
                return;
            };
            let raw = ws.get_mut();
            let _ = raw.write_all(&[0x81, 3, b'o', b'n', b'e']);
            std::thread::sleep(Duration::from_millis(pause_ms));
            let _ = raw.write_all(&[0x81, 3, b't', b'w', b'o']);
            let _ = raw.shutdown(std::net::Shutdown::Write);
            std::thread::sleep(Duration::from_millis(500));
        });
        let mut rt = runtime(Config::default());
        rt.connect_sync("s", req(LOOPBACK, addr.port())).expect("connect");
        let t = Instant::now();
        for text in ["one", "two"] {
            let read = rt.read("s", Some(deadline(3000))).expect("read");
            assert_eq!(read, ReadOutcome::Message(Message::Text(text.into())), "pause {pause_ms} ms");
        }
        assert_eq!(rt.read("s", Some(deadline(3000))).expect("read"), ReadOutcome::Closed);
        assert!(t.elapsed() < Duration::from_millis(450), "pause {pause_ms} ms: {:?}", t.elapsed());
    }
}

#[test]
fn echo_server_closes_idle_connections_with_reason_idle() {
    let echo = echo_server(200, false);
    let mut rt = runtime(Config::default());
    rt.connect_sync("s", req(LOOPBACK, echo.plain.port())).expect("connect");
    let t = Instant::now();
    assert_eq!(rt.read("s", Some(deadline(3000))).expect("read"), ReadOutcome::Closed);
    assert!(t.elapsed() >= Duration::from_millis(150));
    assert_eq!(rt.end_reason("s"), Some(Ending::Closed("idle".into())));

    rt.connect_async("a", req(LOOPBACK, echo.plain.port())).expect("connect");
    assert_eq!(next_event(&mut rt), ("a".into(), Event::Opened));
    assert_eq!(next_event(&mut rt), ("a".into(), Event::Closed { reason: "idle".into() }));
}

#[test]
fn echo_server_over_wss_echoes_text_and_binary() {
    let echo = echo_server(2000, true);
    let mut rt = runtime(Config { extra_roots_pem: vec![echo.ca_pem.clone()], ..Config::default() });
    rt.connect_async("a", tls_req(LOOPBACK, echo.tls.expect("tls").port())).expect("connect");
    assert_eq!(next_event(&mut rt), ("a".into(), Event::Opened));
    rt.write("a", Message::Text("texte".into())).expect("write");
    rt.write("a", Message::Binary(vec![1, 2, 3])).expect("write");
    assert_eq!(next_event(&mut rt), ("a".into(), Event::Message(Message::Text("texte".into()))));
    assert_eq!(next_event(&mut rt), ("a".into(), Event::Message(Message::Binary(vec![1, 2, 3]))));
    rt.shutdown();
    assert!(!rt.exists("a"));
    echo.stop();
}

#[test]
fn poll_waits_without_spinning_and_rejects_bad_input() {
    let mut rt = runtime(Config::default());
    let t = Instant::now();
    rt.poll(Some(deadline(100))).expect("poll");
    assert!(t.elapsed() >= Duration::from_millis(90));
    assert!(!rt.has_pending_async());
    let err = rt.connect_sync("s", req("", 80)).expect_err("empty host");
    assert_eq!(err.kind(), NetErrorKind::Dns);
    let bad =
        ConnectRequest { tls: Some(TlsOptions { min: TlsVersion::Tls13, max: TlsVersion::Tls12 }), ..req(LOOPBACK, 1) };
    assert_eq!(rt.connect_async("s", bad).expect_err("range").kind(), NetErrorKind::Unsupported);
    assert!(!rt.exists("s"));
    let mut small = runtime(Config { max_sockets: 0, ..Config::default() });
    assert_eq!(small.connect_async("s", req(LOOPBACK, 1)).expect_err("limit").kind(), NetErrorKind::TooManySockets);
}

#[test]
fn localhost_is_resolved_off_the_loop() {
    let echo = echo_server(2000, false);
    let mut rt = runtime(Config::default());
    rt.connect_async("a", req("localhost", echo.plain.port())).expect("connect");
    // The name may resolve to ::1 first; the runtime tries the next address.
    assert_eq!(next_event(&mut rt), ("a".into(), Event::Opened));
}

#[test]
fn paths_are_normalised() {
    assert_eq!(conn::normalise_path(""), "/");
    assert_eq!(conn::normalise_path("x/y"), "/x/y");
    assert_eq!(conn::normalise_path("/a b/é"), "/a%20b/%C3%A9");
}

#[test]
fn large_backlog_is_drained_through_the_loop() {
    // 24 MiB written without reading in between: the writes block above the high-water mark
    // and the loop keeps reading the echoes meanwhile, so neither side deadlocks.
    let echo = echo_server(3000, false);
    let mut rt = runtime(Config::default());
    rt.connect_sync("s", req(LOOPBACK, echo.plain.port())).expect("connect");
    let chunk: Vec<u8> = (0..(1 << 20)).map(|i| (i % 253) as u8).collect();
    for i in 0..24u8 {
        let mut m = chunk.clone();
        m[0] = i;
        rt.write("s", Message::Binary(m)).expect("write");
    }
    for i in 0..24u8 {
        match read_one(&mut rt, "s") {
            Message::Binary(b) => {
                assert_eq!(b.len(), 1 << 20);
                assert_eq!(b[0], i);
            }
            other => panic!("unexpected {other:?}"),
        }
    }
}

#[test]
fn pings_are_answered_and_close_sends_a_close_frame() {
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    let tx = std::sync::Mutex::new(tx);
    let addr = server(move |tcp| {
        let _ = tcp.set_read_timeout(Some(Duration::from_secs(3)));
        let Ok(mut ws) = tungstenite::accept(tcp) else {
            return;
        };
        let _ = ws.send(tungstenite::Message::Ping(vec![7u8].into()));
        loop {
            match ws.read() {
                Ok(tungstenite::Message::Pong(p)) if p.as_ref() == [7u8] => {
                    let _ = ws.send(tungstenite::Message::text("got pong"));
                }
                Ok(tungstenite::Message::Close(f)) => {
                    let what =
                        f.map_or("none".to_string(), |f| format!("{} {:?}", u16::from(f.code), f.reason.as_str()));
                    if let Ok(tx) = tx.lock() {
                        let _ = tx.send(what);
                    }
                }
                Ok(_) => {}
                Err(_) => return,
            }
        }
    });
    let mut rt = runtime(Config::default());
    rt.connect_sync("s", req(LOOPBACK, addr.port())).expect("connect");
    assert_eq!(read_one(&mut rt, "s"), Message::Text("got pong".into()));
    rt.close("s").expect("close");
    assert!(!rt.exists("s"));
    // The closing handshake finishes in the background of later polls.
    let end = deadline(2000);
    while Instant::now() < end {
        rt.poll(Some(end.min(deadline(50)))).expect("poll");
        if let Ok(what) = rx.try_recv() {
            assert_eq!(what, "1000 \"\"");
            return;
        }
    }
    panic!("the server saw no close frame");
}

#[test]
fn a_paused_socket_answers_pings_and_keeps_its_next_message_unread() {
    // The server sends a message, a ping, then a second message. The client reads nothing for a
    // while: the pong must come back meanwhile, and the second message stays unread.
    let (tx, rx) = std::sync::mpsc::channel::<&'static str>();
    let tx = std::sync::Mutex::new(tx);
    let addr = server(move |tcp| {
        let _ = tcp.set_read_timeout(Some(Duration::from_secs(3)));
        let Ok(mut ws) = tungstenite::accept(tcp) else {
            return;
        };
        let _ = ws.send(tungstenite::Message::text("first"));
        let _ = ws.send(tungstenite::Message::Ping(vec![9u8].into()));
        let _ = ws.send(tungstenite::Message::text("second"));
        loop {
            match ws.read() {
                Ok(tungstenite::Message::Pong(p)) if p.as_ref() == [9u8] => {
                    if let Ok(tx) = tx.lock() {
                        let _ = tx.send("pong");
                    }
                }
                Ok(tungstenite::Message::Text(t)) if t.as_str() == "read" => {
                    if let Ok(tx) = tx.lock() {
                        let _ = tx.send("read");
                    }
                }
                Ok(_) => {}
                Err(_) => return,
            }
        }
    });
    let mut rt = runtime(Config::default());
    rt.connect_sync("s", req(LOOPBACK, addr.port())).expect("connect");
    idle_loop(&mut rt, 300);
    assert_eq!(rx.recv_timeout(Duration::from_secs(2)), Ok("pong"), "no pong while a message waited");
    assert_eq!(rt.queued_messages("s"), 1, "the second message was read ahead");
    let id = rt.names["s"];
    assert!(rt.conns.get_mut(&id).and_then(|c| c.phase.stream_mut()).is_some_and(|s| s.held()));
    assert_eq!(read_one(&mut rt, "s"), Message::Text("first".into()));
    rt.write("s", Message::Text("read".into())).expect("write");
    assert_eq!(read_one(&mut rt, "s"), Message::Text("second".into()));
    assert_eq!(rx.recv_timeout(Duration::from_secs(2)), Ok("read"));
}

#[test]
fn shutdown_closes_everything_quickly() {
    let echo = echo_server(5000, false);
    let mut rt = runtime(Config::default());
    rt.connect_sync("a", req(LOOPBACK, echo.plain.port())).expect("connect");
    rt.connect_async("b", req(LOOPBACK, echo.plain.port())).expect("connect");
    let t = Instant::now();
    rt.shutdown();
    assert!(t.elapsed() < Duration::from_millis(1500));
    assert!(!rt.exists("a") && !rt.exists("b"));
    assert!(!rt.has_pending_async());
}

#[test]
fn an_idle_open_connection_does_not_wake_the_loop() {
    let echo = echo_server(5000, true);
    let mut rt = runtime(Config { extra_roots_pem: vec![echo.ca_pem.clone()], ..Config::default() });
    rt.connect_sync("s", req(LOOPBACK, echo.plain.port())).expect("connect");
    rt.connect_async("t", tls_req("localhost", echo.tls.expect("tls").port())).expect("connect");
    assert_eq!(next_event(&mut rt), ("t".into(), Event::Opened));
    rt.write("s", Message::Text("x".into())).expect("write");
    assert_eq!(read_one(&mut rt, "s"), Message::Text("x".into()));
    let t = Instant::now();
    let mut wakeups = 0;
    let end = deadline(300);
    while Instant::now() < end {
        rt.poll(Some(end)).expect("poll");
        wakeups += 1;
    }
    assert!(wakeups <= 2, "{wakeups} wake-ups in {:?}", t.elapsed());
    assert!(rt.pop_event().is_none());
}

#[test]
fn an_oversized_incoming_message_is_an_error() {
    let addr = server(|tcp| {
        let Ok(mut ws) = tungstenite::accept(tcp) else {
            return;
        };
        let _ = ws.send(tungstenite::Message::text("y".repeat(2000)));
        while ws.read().is_ok() {}
    });
    let mut rt = runtime(Config { max_message_size: 1000, ..Config::default() });
    rt.connect_async("a", req(LOOPBACK, addr.port())).expect("connect");
    assert_eq!(next_event(&mut rt), ("a".into(), Event::Opened));
    match next_event(&mut rt) {
        (_, Event::Error(e)) => {
            assert!(e.to_string().starts_with("message too large: "), "{e}");
            assert!(e.text(Lang::Fr).starts_with("message trop grand : "), "{e}")
        }
        other => panic!("unexpected {other:?}"),
    }
    assert!(rt.exists("a"));
    assert!(!rt.has_pending_async());
    let err = rt.write("a", Message::Text("z".repeat(1001))).expect_err("too large");
    assert!(err.to_string().starts_with("message too large: "), "{err}");
}

/// A server that sends "first", then a frame with a reserved opcode (a protocol violation), and
/// reports on `tx` every message the client sends back before the connection ends.
fn message_then_bad_frame_server(tx: std::sync::mpsc::Sender<String>) -> SocketAddr {
    let tx = std::sync::Mutex::new(tx);
    server(move |tcp| {
        let _ = tcp.set_read_timeout(Some(Duration::from_secs(3)));
        let Ok(mut ws) = tungstenite::accept(tcp) else {
            return;
        };
        let _ = ws.send(tungstenite::Message::text("first"));
        // FIN + opcode 3 (reserved), empty payload, in the same burst.
        let _ = ws.get_mut().write_all(&[0x83, 0x00]);
        let _ = ws.get_mut().flush();
        while let Ok(m) = ws.read() {
            if let (Ok(t), Ok(tx)) = (m.to_text(), tx.lock()) {
                let _ = tx.send(t.to_string());
            }
        }
    })
}

/// Runs the loop for `ms` milliseconds without taking anything.
fn idle_loop(rt: &mut Runtime, ms: u64) {
    let end = deadline(ms);
    while Instant::now() < end {
        rt.poll(Some(end)).expect("poll");
    }
}

#[test]
fn a_message_before_a_bad_frame_is_delivered_and_can_be_answered_first() {
    // Synchronous: the message is readable and its echo goes out before the error is seen.
    let (tx, rx) = std::sync::mpsc::channel();
    let addr = message_then_bad_frame_server(tx);
    let mut rt = runtime(Config::default());
    rt.connect_sync("s", req(LOOPBACK, addr.port())).expect("connect");
    idle_loop(&mut rt, 200);
    assert_eq!(rt.end_reason("s"), None, "the bad frame was parsed before the message was taken");
    assert_eq!(rt.try_read("s").expect("try_read"), ReadOutcome::Message(Message::Text("first".into())));
    rt.write("s", Message::Text("first".into())).expect("echo");
    assert_eq!(rt.read("s", Some(deadline(3000))).expect("read"), ReadOutcome::Closed);
    let why = rt.end_reason("s").expect("reason").to_string();
    assert!(why.starts_with("protocol error: "), "{why}");
    assert_eq!(rx.recv_timeout(Duration::from_secs(3)).as_deref(), Ok("first"));

    // Asynchronous: the message event is dispatched, and answered, before the error is queued.
    let (tx, rx) = std::sync::mpsc::channel();
    let addr = message_then_bad_frame_server(tx);
    rt.connect_async("a", req(LOOPBACK, addr.port())).expect("connect");
    assert_eq!(next_event(&mut rt), ("a".into(), Event::Opened));
    idle_loop(&mut rt, 200);
    assert_eq!(rt.pop_event(), Some(("a".into(), Event::Message(Message::Text("first".into())))));
    assert_eq!(rt.pop_event(), None, "the error came before the message was dispatched");
    rt.write("a", Message::Text("first".into())).expect("echo");
    match next_event(&mut rt) {
        (n, Event::Error(e)) => {
            assert_eq!(n, "a");
            assert!(e.to_string().starts_with("protocol error: "), "{e}");
        }
        other => panic!("unexpected {other:?}"),
    }
    assert_eq!(rx.recv_timeout(Duration::from_secs(3)).as_deref(), Ok("first"));
}

#[test]
fn a_flooding_server_does_not_grow_the_queues() {
    const FLOOD: usize = 10_000;
    // Sent in one go (about 150 KB, which the loopback buffers hold), so that after the first
    // few reads no new data arrives: every resumption must find the buffered frames by itself.
    let addr = server(|tcp| {
        let _ = tcp.set_read_timeout(Some(Duration::from_secs(10)));
        let Ok(mut ws) = tungstenite::accept(tcp) else {
            return;
        };
        for i in 0..FLOOD {
            if ws.write(tungstenite::Message::text(format!("message {i}"))).is_err() {
                return;
            }
        }
        let _ = ws.flush();
        while ws.read().is_ok() {}
    });
    let mut rt = runtime(Config::default());

    rt.connect_sync("s", req(LOOPBACK, addr.port())).expect("connect");
    idle_loop(&mut rt, 300);
    assert_eq!(rt.queued_messages("s"), 1);
    for i in 0..FLOOD {
        assert_eq!(read_one(&mut rt, "s"), Message::Text(format!("message {i}")));
        assert!(rt.queued_messages("s") <= 1);
    }

    rt.connect_async("a", req(LOOPBACK, addr.port())).expect("connect");
    assert_eq!(next_event(&mut rt), ("a".into(), Event::Opened));
    idle_loop(&mut rt, 300);
    assert_eq!(rt.queued_messages("a"), 1);
    for i in 0..FLOOD {
        assert_eq!(next_event(&mut rt), ("a".into(), Event::Message(Message::Text(format!("message {i}")))));
        assert!(rt.queued_messages("a") <= 1);
    }
    // A sync socket reads nothing while the script waits on another one.
    rt.connect_sync("t", req(LOOPBACK, addr.port())).expect("connect");
    idle_loop(&mut rt, 100);
    assert_eq!(rt.queued_messages("t"), 1);
    rt.shutdown();
}

#[test]
fn a_flood_over_tls_is_read_back_without_stalling() {
    // Resuming must also find the records OpenSSL has already taken off the socket.
    const FLOOD: usize = 2_000;
    let (cert, key, ca) = certificate(&["localhost"]);
    let identity = native_tls::Identity::from_pkcs8(cert.as_bytes(), key.as_bytes()).expect("id");
    let acceptor = Arc::new(native_tls::TlsAcceptor::new(identity).expect("acceptor"));
    let addr = server(move |tcp| {
        let _ = tcp.set_read_timeout(Some(Duration::from_secs(10)));
        let Ok(tls) = acceptor.accept(tcp) else {
            return;
        };
        let Ok(mut ws) = tungstenite::accept(tls) else {
            return;
        };
        for i in 0..FLOOD {
            if ws.write(tungstenite::Message::binary(vec![(i % 256) as u8; 100])).is_err() {
                return;
            }
        }
        let _ = ws.flush();
        while ws.read().is_ok() {}
    });
    let mut rt = runtime(Config { extra_roots_pem: vec![ca.into_bytes()], ..Config::default() });
    rt.connect_sync("s", tls_req("localhost", addr.port())).expect("connect");
    idle_loop(&mut rt, 200);
    assert_eq!(rt.queued_messages("s"), 1);
    for i in 0..FLOOD {
        assert_eq!(read_one(&mut rt, "s"), Message::Binary(vec![(i % 256) as u8; 100]));
    }
    rt.connect_async("a", tls_req("localhost", addr.port())).expect("connect");
    assert_eq!(next_event(&mut rt), ("a".into(), Event::Opened));
    idle_loop(&mut rt, 200);
    assert_eq!(rt.queued_messages("a"), 1);
    for i in 0..FLOOD {
        assert_eq!(next_event(&mut rt), ("a".into(), Event::Message(Message::Binary(vec![(i % 256) as u8; 100]))));
    }
    rt.shutdown();
}

#[test]
fn every_error_reads_in_english_and_in_french() {
    let io = IoCause::Other("no route to host".into());
    let target = "example.org:443".to_string();
    let name = "s".to_string();
    let samples = vec![
        NetError::UnknownSocket { name: name.clone() },
        NetError::NameInUse { name: name.clone() },
        NetError::TooManySockets { limit: 3 },
        NetError::EmptyAddress,
        NetError::InvalidAddress { uri: "ws://a b".into(), detail: "invalid uri character".into() },
        NetError::InvalidProtocols { list: "a\nb".into() },
        NetError::TlsRange { min: TlsVersion::Tls13, max: TlsVersion::Tls12 },
        NetError::TlsSetup { detail: "x".into() },
        NetError::Resolve { host: "nowhere".into(), detail: None },
        NetError::Resolve { host: "nowhere".into(), detail: Some("failed to lookup address".into()) },
        NetError::LookupThread { detail: "x".into() },
        NetError::Refused { target: target.clone() },
        NetError::ConnectTimeout { target: target.clone(), ms: None },
        NetError::ConnectTimeout { target: target.clone(), ms: Some(2000) },
        NetError::Connect { target: target.clone(), cause: None },
        NetError::Connect { target: target.clone(), cause: Some(io.clone()) },
        NetError::TlsHandshake { target: target.clone(), detail: "certificate verify failed".into() },
        NetError::Tls { target: target.clone(), detail: "x".into() },
        NetError::HttpStatus { status: 404 },
        NetError::NoProtocolAccepted { protocols: vec!["mqtt".into(), "soap".into()] },
        NetError::Handshake { target: target.clone(), cause: HandshakeCause::Io(IoCause::ResetByServer) },
        NetError::Handshake { target: target.clone(), cause: HandshakeCause::ClosedBeforeAnswer },
        NetError::Handshake { target: target.clone(), cause: HandshakeCause::AnswerTooLarge },
        NetError::Handshake { target: target.clone(), cause: HandshakeCause::TooManyHeaders },
        NetError::Handshake { target: target.clone(), cause: HandshakeCause::WrongAcceptKey },
        NetError::Lost { cause: IoCause::ClosedByServer },
        NetError::Lost { cause: IoCause::BrokenPipe },
        NetError::Lost { cause: IoCause::NoClosingHandshake },
        NetError::MessageTooLarge { size: 1 << 63, limit: 1000 },
        NetError::Protocol { cause: ProtocolCause::ReservedBits },
        NetError::Protocol { cause: ProtocolCause::InvalidOpcode(3) },
        NetError::Protocol { cause: ProtocolCause::MaskedFrame },
        NetError::Protocol { cause: ProtocolCause::NothingToContinue },
        NetError::Protocol { cause: ProtocolCause::ControlFrameTooBig },
        NetError::Protocol { cause: ProtocolCause::FragmentedControlFrame },
        NetError::Protocol { cause: ProtocolCause::InvalidCloseFrame },
        NetError::Protocol { cause: ProtocolCause::InvalidCloseCode },
        NetError::Protocol { cause: ProtocolCause::ExpectedFragment("TEXT".into()) },
        NetError::Protocol { cause: ProtocolCause::InvalidUtf8("x".into()) },
        NetError::PeerNotReading { waiting: 1 << 20 },
        NetError::WriteBufferFull,
        NetError::NotConnectedYet { name: name.clone() },
        NetError::SocketClosed { name: name.clone(), reason: None },
        NetError::SocketClosed { name: name.clone(), reason: Some(Box::new(Ending::Closed("bye".into()))) },
        NetError::SocketClosed {
            name: name.clone(),
            reason: Some(Box::new(Ending::Failed(NetError::Lost { cause: IoCause::ResetByServer }))),
        },
        NetError::Asynchronous { name: name.clone() },
        NetError::WriteTimeout { name: name.clone(), ms: 30_000 },
        NetError::NothingReceived { name: name.clone() },
        NetError::Poller { detail: "x".into() },
        NetError::StartFailed { detail: "x".into() },
        NetError::Interrupted,
    ];
    for e in &samples {
        let (en, fr) = (e.text(Lang::En), e.text(Lang::Fr));
        assert_eq!(en, e.to_string());
        assert_ne!(en, fr, "{e:?} has no French text");
        for t in [&en, &fr] {
            // Lowercase start (or a quoted name, an acronym), no final period, no debug dump.
            assert!(!t.ends_with('.'), "{t}");
            for dump in ["Some(", "None", "{", "}", "\\u{", "Tls13", "Box("] {
                assert!(!t.contains(dump), "{t}");
            }
        }
    }
    assert_eq!(
        samples[6].text(Lang::Fr),
        "la version tls minimale TLS 1.3 est au-dessus de la version maximale TLS 1.2"
    );
    assert_eq!(
        samples[44].text(Lang::Fr),
        "la socket \"s\" est fermée : connexion perdue : connexion réinitialisée par le serveur"
    );
}
