//! Tests of the runtime's TCP connections, listening sockets and UDP sockets against peers on
//! 127.0.0.1 written here with the standard library. Every wait is bounded by a deadline of a
//! few seconds; no test touches any other address.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::time::{Duration, Instant};

use super::*;

fn runtime(config: Config) -> Runtime {
    Runtime::new(config).expect("runtime")
}

fn request(port: u16) -> StreamRequest {
    StreamRequest {
        host: "127.0.0.1".into(),
        port,
        tls: None,
        identity: None,
        timeout: Some(Duration::from_secs(3)),
        local: None,
    }
}

/// Runs the loop until `done` or a 5 s deadline (then fails the test).
fn until(rt: &mut Runtime, what: &str, mut done: impl FnMut(&mut Runtime) -> bool) {
    let end = Instant::now() + Duration::from_secs(5);
    while !done(rt) {
        assert!(Instant::now() < end, "timed out waiting for {what}");
        rt.poll(Some(Instant::now() + Duration::from_millis(50))).expect("poll");
    }
}

fn connect(rt: &mut Runtime, name: &str, req: StreamRequest) {
    rt.stream_connect(name, req).expect("connect");
    until(rt, "the connection", |rt| rt.stream_connect_progress(name).expect("progress") == Progress::Done);
}

/// Reads the next message (fails the test on anything else).
fn message(rt: &mut Runtime, name: &str) -> Vec<u8> {
    let mut got = None;
    until(rt, "a message", |rt| match rt.stream_try_read(name, 4096).expect("read") {
        ReadOutcome::Message(Message::Binary(b)) => {
            got = Some(b);
            true
        }
        ReadOutcome::Empty => false,
        other => panic!("unexpected {other:?}"),
    });
    got.unwrap_or_default()
}

/// A server on 127.0.0.1 running `handler` on its first connection.
fn one_shot(handler: impl FnOnce(TcpStream) + Send + 'static) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr");
    std::thread::spawn(move || {
        if let Ok((tcp, _)) = listener.accept() {
            handler(tcp);
        }
    });
    addr
}

#[test]
fn a_message_then_the_end_of_the_stream_in_one_go() {
    // The data and the peer's end may come in one readiness event: the end must still be seen.
    let addr = one_shot(|mut tcp| {
        let _ = tcp.write_all(b"5\r\nhello");
    });
    let mut rt = runtime(Config::default());
    connect(&mut rt, "s", request(addr.port()));
    assert_eq!(message(&mut rt, "s"), b"hello");
    until(&mut rt, "the end", |rt| rt.stream_try_read("s", 4096).expect("read") == ReadOutcome::Closed);
    assert_eq!(rt.closed_error("s").to_string(), "socket \"s\" is closed: the peer closed the connection");
    assert!(rt.exists("s"), "the name stays until the script closes it");
    rt.close("s").expect("close");
    assert!(!rt.exists("s"));
}

#[test]
fn a_mode_change_applies_to_bytes_already_received() {
    let addr = one_shot(|mut tcp| {
        let _ = tcp.write_all(b"ligne 1\r\nligne 2\r\n");
        std::thread::sleep(Duration::from_secs(2));
    });
    let mut rt = runtime(Config::default());
    connect(&mut rt, "s", request(addr.port()));
    // Let the bytes arrive while the socket is still in size mode.
    let end = Instant::now() + Duration::from_millis(200);
    while Instant::now() < end {
        rt.poll(Some(end)).expect("poll");
    }
    rt.set_framing("s", Framing::EndTag(b"\r\n".to_vec())).expect("mode");
    assert_eq!(message(&mut rt, "s"), b"ligne 1");
    assert_eq!(message(&mut rt, "s"), b"ligne 2");
}

#[test]
fn connect_to_rules_apply_to_tcp_and_to_lookups() {
    let addr = one_shot(|mut tcp| {
        let _ = tcp.write_all(b"2\r\nok");
        std::thread::sleep(Duration::from_secs(1));
    });
    let config = Config {
        connect_to: vec![ConnectTo {
            from_host: "automate.invalid".into(),
            from_port: 502,
            to_host: "127.0.0.1".into(),
            to_port: addr.port(),
        }],
        ..Config::default()
    };
    let mut rt = runtime(config);
    connect(&mut rt, "plc", StreamRequest { host: "automate.invalid".into(), port: 502, ..request(0) });
    assert_eq!(message(&mut rt, "plc"), b"ok");
    let id = rt.lookup_start("automate.invalid", 502, true).expect("lookup");
    assert_eq!(rt.lookup_result(id), Some(Ok(vec![addr])));
}

#[test]
fn a_listener_queues_accepts_names_and_refuses() {
    let mut rt = runtime(Config::default());
    let local = rt.listen("srv", 0, Some("127.0.0.1".parse().expect("ip")), None).expect("listen");
    assert_eq!(rt.kind("srv"), Some(SocketKind::Listener));
    assert!(matches!(rt.accept("srv"), Err(NetError::NothingToAccept { .. })));
    let mut first = TcpStream::connect(local).expect("connect");
    let mut second = TcpStream::connect(local).expect("connect");
    until(&mut rt, "two clients", |rt| rt.pending_connections("srv").expect("pending") == 2);
    assert_eq!(rt.accept("srv").expect("accept"), "srv#1");
    rt.refuse("srv").expect("refuse");
    // The refused client sees its connection end.
    second.set_read_timeout(Some(Duration::from_secs(3))).expect("timeout");
    let mut buf = [0u8; 8];
    assert_eq!(second.read(&mut buf).unwrap_or(0), 0);
    // The accepted one talks in the listener's mode.
    first.write_all(b"3\r\nabc").expect("write");
    assert_eq!(message(&mut rt, "srv#1"), b"abc");
    rt.stream_write("srv#1", b"xyz").expect("write");
    first.set_read_timeout(Some(Duration::from_secs(3))).expect("timeout");
    let mut answer = [0u8; 6];
    first.read_exact(&mut answer).expect("read");
    assert_eq!(&answer, b"3\r\nxyz");
    assert_eq!(rt.peer_address("srv#1").expect("peer").map(|a| a.ip()), Some(local.ip()));
    assert!(matches!(rt.listen("srv", 0, None, None), Err(NetError::NameInUse { .. })));
    let port = local.port();
    rt.close("srv").expect("close");
    // The port is free again at once (SO_REUSEADDR).
    rt.listen("again", port, Some("127.0.0.1".parse().expect("ip")), None).expect("listen again");
}

#[test]
fn udp_datagrams_carry_their_sender() {
    let mut rt = runtime(Config::default());
    let a = rt.udp_bind("a", 0, Some("127.0.0.1".parse().expect("ip"))).expect("bind a");
    let b = rt.udp_bind("b", 0, Some("127.0.0.1".parse().expect("ip"))).expect("bind b");
    rt.udp_send("a", b"un", b).expect("send");
    rt.udp_send("a", b"deux", b).expect("send");
    let mut got = Vec::new();
    until(&mut rt, "two datagrams", |rt| {
        if let Some(d) = rt.udp_try_read("b", None).expect("read") {
            got.push(d);
        }
        got.len() == 2
    });
    assert_eq!(got, vec![b"un".to_vec(), b"deux".to_vec()]);
    assert_eq!(rt.peer_address("b").expect("sender"), Some(a));
    assert!(matches!(rt.udp_send("b", &vec![0; DATAGRAM_MAX + 1], a), Err(NetError::MessageTooLarge { .. })));
    assert!(matches!(rt.udp_try_read("nope", None), Err(NetError::UnknownSocket { .. })));
}

#[test]
fn every_new_error_reads_in_english_and_in_french() {
    let errors = [
        NetError::TooManyLookups { limit: 32 },
        NetError::LookupTimeout { ms: 10 },
        NetError::NoEndTag { limit: 10 },
        NetError::BadSizeHeader { start: "GET".into() },
        NetError::EndedMidMessage { received: 3 },
        NetError::PeerClosed,
        NetError::NothingToAccept { name: "s".into() },
        NetError::NotListening { name: "s".into() },
        NetError::NotUdp { name: "s".into() },
        NetError::SendBufferFull,
        NetError::Send { target: "a".into(), cause: IoCause::ResetByPeer },
        NetError::AddressInUse { address: "a".into() },
        NetError::NotLocalAddress { address: "a".into() },
        NetError::ListenDenied { address: "a".into() },
        NetError::Listen { address: "a".into(), cause: IoCause::Other("x".into()) },
        NetError::Certificate { path: "p".into(), detail: "d".into() },
    ];
    for e in errors {
        let (en, fr) = (e.text(Lang::En), e.text(Lang::Fr));
        assert!(!en.is_empty() && en != fr, "{e:?}");
        assert!(en.chars().next().is_some_and(|c| !c.is_uppercase()), "{en}");
    }
}
