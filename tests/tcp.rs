//! TCP, TLS and UDP sockets at the WLanguage level (issue 15), against an independent peer:
//! Python's standard library (`socket`, `asyncio`, `ssl`), driven by `tests/interop/tcp_peer.py`.
//! Each test writes a small script (French or English names), runs it through the library or the
//! `wl` binary, and asserts on its exact output. Help pages: 3070016 SocketConnecte, 1000017042
//! SocketConnecteSSL, 3070011 SocketCrée, 1000017041 SocketCréeSSL, 3070019 SocketCréeUDP,
//! 3070006 SocketAttendConnexion, 3070004 SocketAccepte, 3070010 SocketRefuse, 3070009
//! SocketClientInfo, 3070002 SocketEcrit, 3070014 SocketLit, 3070005 SocketChangeModeTransmission.
//!
//! Environment: `$WLANG_PYTHON`, else `python3` (only its standard library is used). Tests that
//! need a Python peer are skipped with a note when neither runs. Every run is bounded (`LIMIT`);
//! servers print their port before they are used, so no test sleeps to wait for one.

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

mod common;

use common::*;

// ---- the Python peer ------------------------------------------------------------------------

/// A Python able to run the peer: `$WLANG_PYTHON`, else `python3`; `None` (with a note) if none.
fn python() -> Option<PathBuf> {
    let candidate = std::env::var_os("WLANG_PYTHON").map_or_else(|| PathBuf::from("python3"), PathBuf::from);
    let works = Command::new(&candidate)
        .args(["-c", "import asyncio, ssl, socket"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if works {
        Some(candidate)
    } else {
        eprintln!("note: no usable python3 ({}): test skipped", candidate.display());
        None
    }
}

fn peer_script() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/interop/tcp_peer.py")
}

/// A Python server from `tcp_peer.py`, killed (by its own handle) on drop.
struct Peer {
    child: Child,
    port: u16,
}

impl Peer {
    fn start(python: &PathBuf, args: &[&str]) -> Peer {
        let mut child = Command::new(python)
            .arg(peer_script())
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .spawn()
            .expect("start the Python peer");
        let stdout = child.stdout.take().expect("stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let line = rx.recv_timeout(Duration::from_secs(20)).unwrap_or_default();
        let Ok(port) = line.trim().parse() else {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the Python peer {args:?} printed no port: {line:?}");
        };
        Peer { child, port }
    }
}

impl Drop for Peer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs a Python client of `tcp_peer.py` to completion.
fn python_client(python: &PathBuf, args: &[&str]) -> Output {
    let mut command = Command::new(python);
    command.arg(peer_script()).args(args);
    run_command(command)
}

/// A `wl run` process whose stdout is read line by line while it runs.
struct Running {
    child: Child,
    lines: mpsc::Receiver<String>,
    err: std::thread::JoinHandle<String>,
    _dir: TempDir,
}

impl Running {
    fn start(args: &[&str], script: &str) -> Running {
        let (child, dir) = spawn_wl(args, script);
        Running::watch(child, dir)
    }

    /// `wl run FILE` with `input` on its stdin.
    fn start_file(file: &std::path::Path, input: &str) -> Running {
        let mut child = wl()
            .arg("run")
            .arg(file)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start wl");
        if let Some(mut stdin) = child.stdin.take() {
            let _ = stdin.write_all(input.as_bytes());
        }
        Running::watch(child, TempDir::new("file"))
    }

    fn watch(mut child: Child, dir: TempDir) -> Running {
        let stdout = child.stdout.take().expect("stdout");
        let mut stderr = child.stderr.take().expect("stderr");
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        let err = std::thread::spawn(move || {
            let mut text = String::new();
            let _ = std::io::Read::read_to_string(&mut stderr, &mut text);
            text
        });
        Running { child, lines, err, _dir: dir }
    }

    /// The next line the script prints (fails the test after `LIMIT`).
    fn line(&mut self) -> String {
        match self.lines.recv_timeout(LIMIT) {
            Ok(line) => line,
            Err(_) => {
                let _ = self.child.kill();
                panic!("the script printed nothing more");
            }
        }
    }

    /// Waits for the end; returns the exit code, the rest of stdout and stderr.
    fn finish(self) -> (i32, String, String) {
        let pid = self.child.id();
        let (tx, rx) = mpsc::channel();
        let mut child = self.child;
        std::thread::spawn(move || {
            let _ = tx.send(child.wait());
        });
        let status = match rx.recv_timeout(LIMIT) {
            Ok(status) => status.expect("wait"),
            Err(_) => {
                let _ = Command::new("kill").args(["-KILL", &pid.to_string()]).status();
                panic!("the script did not end within {LIMIT:?}");
            }
        };
        let rest: Vec<String> = self.lines.try_iter().collect();
        let mut rest = rest.join("\n");
        // Lines still in flight in the reader thread.
        while let Ok(line) = self.lines.recv_timeout(Duration::from_millis(200)) {
            if !rest.is_empty() {
                rest.push('\n');
            }
            rest.push_str(&line);
        }
        (status.code().unwrap_or(-1), rest, self.err.join().unwrap_or_default())
    }
}

// ---- clients against a Python server, one per transmission mode ---------------------------------

#[test]
fn a_client_talks_to_a_python_server_in_every_transmission_mode() {
    let Some(python) = python() else { return };
    // WINDEV's default mode: the size first ("11\r\nHello World").
    let size = Peer::start(&python, &["echo", "--framing", "size", "--prefix", "écho: "]);
    let out = run(&script(
        r#"SI PAS SocketConnecte("s", {port}, "127.0.0.1") ALORS
	Erreur(ErreurInfo())
FIN
SocketEcrit("s", "Bonjour le monde!")
Info(SocketLit("s"))
SocketEcrit("s", Répète("0123456789", 100000))
Info(Taille(SocketLit("s")))
SocketFerme("s")
"#,
        &[("port", &size.port)],
    ));
    assert_output(&out, "écho: Bonjour le monde!\n1000006\n");

    // An end marker: CR LF, then the default marker.
    let crlf = Peer::start(&python, &["echo", "--framing", "endtag", "--marker", "\r\n", "--prefix", "> "]);
    let tag = Peer::start(&python, &["echo", "--framing", "endtag", "--marker", "<EOF>"]);
    let out = run(&script(
        r#"SocketConnect("a", {crlf}, "localhost")
IF SocketChangeTransmissionMode("a", SocketEndTag, CR) = False THEN Error(ErrorInfo())
SocketWrite("a", "ligne 1")
SocketWrite("a", "ligne 2")
Info(SocketRead("a"))
Info(SocketRead("a", False, 2000))
SocketConnect("b", {tag})
SocketChangeTransmissionMode("b", SocketEndTagBuffer)
SocketWrite("b", "Hello World")
Info(SocketRead("b"))
"#,
        &[("crlf", &crlf.port), ("tag", &tag.port)],
    ));
    assert_output(&out, "> ligne 1\n> ligne 2\nHello World\n");

    // No end tag: bytes as they come, at most the size asked for.
    let raw = Peer::start(&python, &["echo", "--framing", "raw"]);
    let out = run(&script(
        r#"SocketConnecte("r", {port})
SocketChangeModeTransmission("r", SocketSansMarqueurFin)
SocketEcrit("r", "abcdefgh")
s est une chaîne = ""
TANTQUE Taille(s) < 8
	s += SocketLit("r", Vrai, 1000, 3)
FIN
Info(s)
"#,
        &[("port", &raw.port)],
    ));
    assert_output(&out, "abcdefgh\n");
}

#[test]
fn the_read_size_bounds_a_read_in_raw_mode() {
    let Some(python) = python() else { return };
    let raw = Peer::start(&python, &["echo", "--framing", "raw"]);
    let out = run(&script(
        r#"SocketConnecte("r", {port})
SocketChangeModeTransmission("r", SocketSansMarqueurFin)
SocketEcrit("r", "abcdefgh")
ThreadPause(20)
Info(SocketLit("r", Vrai, 1000, 3))
Info(SocketLit("r", Vrai, 1000, 3))
Info(SocketLit("r", Vrai, 1000, 3))
Info(SocketLit("r", Faux, 100, 3) + "[fin]")
"#,
        &[("port", &raw.port)],
    ));
    assert_output(&out, "abc\ndef\ngh\n[fin]\n");
}

// ---- a WLanguage server ----------------------------------------------------------------------------

/// The echo server as WINDEV code writes it: a thread waits for connections and hands each
/// client to a thread of its own; the main code waits until `clients` clients have come and gone.
fn echo_server_script(port: u16, clients: usize) -> String {
    script(
        r#"gnFinis est un entier = 0
SI PAS SocketCrée("serveur", {port}, "127.0.0.1") ALORS
	Erreur(ErreurInfo())
	FinProgramme()
FIN
ThreadExécute("écoute", threadNormal, Ecoute)
Info("prêt")
TANTQUE gnFinis < {clients}
	ThreadPause(1)
FIN
ThreadArrête("écoute")
SocketFerme("serveur")
Info("clients servis : " + gnFinis)

PROCÉDURE Ecoute()
BOUCLE
	SI SocketAttendConnexion("serveur") ALORS
		sCanal est une chaîne = SocketAccepte("serveur")
		SI sCanal <> "" ALORS ThreadExécute(sCanal, threadNormal, Client, sCanal)
	FIN
FIN

PROCÉDURE Client(sCanal)
BOUCLE
	sMessage est une chaîne = SocketLit(sCanal)
	SI sMessage = "" ALORS SORTIR
	SocketEcrit(sCanal, sMessage)
FIN
SocketFerme(sCanal)
SectionCritiqueDébut("compte")
gnFinis++
SectionCritiqueFin("compte")
"#,
        &[("port", &port), ("clients", &clients)],
    )
}

#[test]
fn a_wlanguage_echo_server_serves_a_hundred_concurrent_clients() {
    let Some(python) = python() else { return };
    let port = closed_port();
    let mut server = Running::start(&[], &echo_server_script(port, 100));
    assert_eq!(server.line(), "prêt");
    let out = python_client(
        &python,
        &["clients", "--port", &port.to_string(), "--count", "100", "--rounds", "20", "--framing", "size"],
    );
    assert_eq!(out.code, 0, "{out:#?}");
    assert!(out.stdout.starts_with("100 clients, 2000 round trips, 0 failures"), "{out:#?}");
    let (code, rest, err) = server.finish();
    assert_eq!((code, rest.as_str(), err.as_str()), (0, "clients servis : 100", ""));
}

#[test]
fn a_client_that_vanishes_does_not_disturb_the_server() {
    let Some(python) = python() else { return };
    let port = closed_port();
    let mut server = Running::start(
        &[],
        &script(
            r#"SocketCrée("serveur", {port}, "127.0.0.1")
Info("prêt")
POUR i = 1 A 2
	SocketAttendConnexion("serveur")
	sCanal est une chaîne = SocketAccepte("serveur")
	sLu est une chaîne = SocketLit(sCanal)
	SI sLu = "" ALORS
		Info(i + ": " + ErreurInfo())
	SINON
		Info(i + ": " + sLu)
		SocketEcrit(sCanal, "merci")
	FIN
	SocketFerme(sCanal)
FIN
"#,
            &[("port", &port)],
        ),
    );
    assert_eq!(server.line(), "prêt");
    // Half a message, then a reset.
    let out = python_client(&python, &["vanish", "--port", &port.to_string()]);
    assert_eq!(out.code, 0, "{out:#?}");
    assert_eq!(server.line(), "1: socket \"serveur#1\" is closed: connection lost: connection reset by the peer");
    // The next client is served normally.
    let mut client = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connect");
    client.write_all(b"6\r\nsalut!").expect("write");
    let mut answer = String::new();
    let _ = std::io::Read::read_to_string(&mut client, &mut answer);
    assert_eq!(answer, "5\r\nmerci");
    let (code, rest, err) = server.finish();
    assert_eq!((code, rest.as_str(), err.as_str()), (0, "2: salut!", ""));
}

#[test]
fn a_refused_connection_and_a_refusing_server() {
    let port = closed_port();
    let out = run(&script(
        r#"SI PAS SocketConnecte("s", {port}, "127.0.0.1") ALORS
	Info(ErreurInfo())
	Info("existe : " + SocketExiste("s"))
FIN
"#,
        &[("port", &port)],
    ));
    assert_output(&out, &format!("connection to 127.0.0.1:{port} refused\nexiste : 0\n"));
    assert!(out.elapsed < Duration::from_secs(2), "{:?}", out.elapsed);

    // SocketRefuse closes the waiting client's connection: its read ends at once.
    let port = closed_port();
    let out = run(&script(
        r#"SocketCrée("serveur", {port}, "127.0.0.1")
SocketConnecte("client", {port}, "127.0.0.1")
SI SocketAttendConnexion("serveur", 2000) ALORS Info("refusé : " + SocketRefuse("serveur"))
Info("lu : [" + SocketLit("client", Faux, 2000) + "]")
Info(ErreurInfo())
Info("rien à refuser : " + SocketRefuse("serveur"))
Info(ErreurInfo())
Info("rien à accepter : [" + SocketAccepte("serveur") + "]")
Info("attente : " + SocketAttendConnexion("serveur", 100))
"#,
        &[("port", &port)],
    ));
    assert_output(
        &out,
        "refusé : 1\n\
         lu : []\n\
         socket \"client\" is closed: the peer closed the connection\n\
         rien à refuser : 0\n\
         no connection is waiting on socket \"serveur\" (wait for one with SocketAttendConnexion)\n\
         rien à accepter : []\n\
         attente : 0\n",
    );
}

#[test]
fn client_and_server_in_one_script_in_every_mode() {
    // Both ends are wlang: each mode round-trips, and the listening socket's mode is the mode of
    // the channels it accepts.
    let port = closed_port();
    let out = run(&script(
        r#"SocketCrée("serveur", {port}, "127.0.0.1")
POUR nMode = 0 A 3
	SocketChangeModeTransmission("serveur", nMode, "<FIN>")
	SocketConnecte("c", {port}, "127.0.0.1")
	SocketChangeModeTransmission("c", nMode, "<FIN>")
	SocketAttendConnexion("serveur")
	sCanal est une chaîne = SocketAccepte("serveur")
	SocketEcrit("c", "mode " + nMode)
	Info(SocketLit(sCanal) + " via " + SocketClientInfo(sCanal, SocketAdresse))
	SocketEcrit(sCanal, "réponse " + nMode)
	Info(SocketLit("c"))
	SocketFerme("c")
	SocketFerme(sCanal)
FIN
"#,
        &[("port", &port)],
    ));
    let mut expected = String::new();
    for mode in 0..4 {
        expected.push_str(&format!("mode {mode} via 127.0.0.1\nréponse {mode}\n"));
    }
    assert_output(&out, &expected);
}

// ---- UDP ------------------------------------------------------------------------------------------

#[test]
fn udp_both_ways_with_the_sender_known() {
    let Some(python) = python() else { return };
    // WLanguage sends to a Python UDP echo and reads the answer with its sender.
    let echo = Peer::start(&python, &["udp-echo", "--prefix", "re: "]);
    let out = run(&script(
        r#"SI PAS SocketCréeUDP("u", 0, "127.0.0.1") ALORS Erreur(ErreurInfo())
SocketEcrit("u", "bonjour", "127.0.0.1", {port})
Info(SocketLit("u", Faux, 3000))
Info(SocketClientInfo("u", SocketAdresse) + " " + (SocketClientInfo("u", SocketPort) = {port}))
SocketEcrit("u", "par nom", "localhost", {port})
Info(SocketLit("u", Faux, 3000))
"#,
        &[("port", &echo.port)],
    ));
    assert_output(&out, "re: bonjour\n127.0.0.1 1\nre: par nom\n");

    // Python sends to a WLanguage UDP server, which answers the sender.
    let port = closed_udp_port();
    let mut server = Running::start(
        &[],
        &script(
            r#"SocketCréeUDP("serveur", {port}, "127.0.0.1")
Info("prêt")
sLu est une chaîne = SocketLit("serveur", Faux, 10000)
SocketEcrit("serveur", Majuscule(sLu), SocketClientInfo("serveur", SocketAdresse), SocketClientInfo("serveur", SocketPort))
"#,
            &[("port", &port)],
        ),
    );
    assert_eq!(server.line(), "prêt");
    let out = python_client(&python, &["udp-send", "--port", &port.to_string(), "--message", "salut"]);
    assert_eq!(out.stdout, "SALUT 127.0.0.1 True\n", "{out:#?}");
    assert_eq!(server.finish().0, 0);
}

#[test]
fn udp_broadcast_reaches_the_sockets_of_the_port() {
    // Broadcast needs a network with a broadcast address: a loopback-only namespace gives one
    // (127.255.255.255 reaches every socket bound to the port on 0.0.0.0).
    if !netns_available() {
        eprintln!("note: `unshare -rn` is not available here: test skipped");
        return;
    }
    let out = run_wl_isolated(
        &[],
        r#"SocketCréeUDP("écoute", 5301)
SocketCréeUDP("émetteur", 5302, "127.0.0.1")
SI PAS SocketEcrit("émetteur", "à tous", "127.255.255.255", 5301) ALORS Erreur(ErreurInfo())
Info(SocketLit("écoute", Faux, 3000))
Info(SocketClientInfo("écoute", SocketPort))
"#,
    );
    assert_eq!((out.code, out.stdout.as_str(), out.stderr.as_str()), (0, "à tous\n5302\n", ""), "{out:#?}");
}

/// A UDP port nobody uses (bound, then released).
fn closed_udp_port() -> u16 {
    std::net::UdpSocket::bind("127.0.0.1:0").expect("bind").local_addr().expect("address").port()
}

// ---- TLS ------------------------------------------------------------------------------------------

#[test]
fn tls_server_and_client_with_a_test_ca() {
    let Some(python) = python() else { return };
    let certs = certificate(&["localhost", "127.0.0.1"]);
    let dir = TempDir::new("tls");
    let ca = dir.write("ca.pem", &certs.ca_pem);
    let cert = dir.write("serveur.pem", &certs.cert_pem);
    let key = dir.write("serveur.key", &certs.key_pem);
    let (ca, cert, key) = (ca.to_string_lossy(), cert.to_string_lossy(), key.to_string_lossy());

    // A WLanguage TLS server (the key in the .key file beside the certificate) and Python clients
    // that check its certificate against the test CA.
    let port = closed_port();
    let server = script(
        r#"SI PAS SocketCréeSSL("serveur", {port}, "{cert}", NomCertificat + ProtocoleTLS1_2 + ProtocoleTLS1_3, "127.0.0.1") ALORS
	Erreur(ErreurInfo())
	FinProgramme()
FIN
Info("prêt")
POUR i = 1 A 3
	SocketAttendConnexion("serveur")
	sCanal est une chaîne = SocketAccepte("serveur")
	ThreadExécute(sCanal, threadNormal, Client, sCanal)
FIN
POUR i = 1 A 3
	ThreadAttend("serveur#" + i)
FIN
Info("fini")

PROCÉDURE Client(sCanal)
BOUCLE
	s est une chaîne = SocketLit(sCanal)
	SI s = "" ALORS SORTIR
	SocketEcrit(sCanal, s)
FIN
"#,
        &[("port", &port), ("cert", &cert)],
    );
    let mut running = Running::start(&[], &server);
    assert_eq!(running.line(), "prêt");
    for host in ["localhost", "127.0.0.1", "localhost"] {
        let out = python_client(
            &python,
            &["clients", "--port", &port.to_string(), "--host", host, "--tls", &ca, "--count", "1", "--rounds", "5"],
        );
        assert_eq!(out.code, 0, "{out:#?}");
    }
    let (code, rest, err) = running.finish();
    assert_eq!((code, rest.as_str(), err.as_str()), (0, "fini", ""));

    // A WLanguage TLS client against a Python TLS server: trusted with --cacert, refused without,
    // accepted with -k.
    let tls = Peer::start(&python, &["echo", "--framing", "size", "--tls", &cert, &key]);
    let client = script(
        r#"SI SocketConnecteSSL("s", {port}, "localhost", ProtocoleTLS1_2 + ProtocoleTLS1_3, "5 s") ALORS
	SocketEcrit("s", "sûr")
	Info(SocketLit("s"))
SINON
	Info(ErreurInfo())
FIN
"#,
        &[("port", &tls.port)],
    );
    let out = run_wl(&["--cacert", &ca], &client);
    assert_output(&out, "sûr\n");
    let out = run_wl(&[], &client);
    assert_eq!(out.code, 0, "{out:#?}");
    assert!(
        out.stdout.starts_with(&format!("tls handshake with localhost:{} failed: certificate verify failed", tls.port)),
        "{out:#?}"
    );
    let out = run_wl(&["-k"], &client);
    assert_eq!(out.stdout, "sûr\n", "{out:#?}");

    // The key in the certificate's own file, and a wrong file.
    let both = dir.write("les-deux.pem", format!("{}{}", certs.cert_pem, certs.key_pem));
    let out = run(&script(
        r#"Info(SocketCréeSSL("a", 0, "{both}"))
Info(SocketCréeSSL("b", 0, "{missing}"))
Info(ErreurInfo())
Info(SocketCréeSSL("c", 0, "9d a4 84 fc", HashCertificat))
Info(ErreurInfo())
"#,
        &[("both", &both.to_string_lossy()), ("missing", &both.with_file_name("absent.pem").to_string_lossy())],
    ));
    assert_eq!(out.code, 0, "{out:#?}");
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines[0], "1");
    assert_eq!(lines[1], "0");
    assert!(lines[2].starts_with("cannot use the certificate \""), "{}", lines[2]);
    assert_eq!(lines[3], "0");
    assert!(lines[4].starts_with("a certificate hash names a certificate of the Windows store"), "{}", lines[4]);
}

// ---- limits and hostile peers ------------------------------------------------------------------

#[test]
fn endless_data_without_a_marker_hits_the_message_limit_in_bounded_memory() {
    let Some(python) = python() else { return };
    let flood = Peer::start(&python, &["flood"]);
    let (child, _dir) = spawn_wl(
        &["--max-message-size", "4MiB"],
        &script(
            r#"SocketConnecte("s", {port})
SocketChangeModeTransmission("s", SocketMarqueurFin, RC)
Info("[" + SocketLit("s", Faux, 60000) + "]")
Info(ErreurInfo())
Info("[" + SocketLit("s", Faux, 100) + "]")
Info(ErreurInfo())
"#,
            &[("port", &flood.port)],
        ),
    );
    let (out, peak) = wait_sampled(child, LIMIT);
    assert_eq!(
        (out.code, out.stdout.as_str(), out.stderr.as_str()),
        (
            0,
            "[]\n\
             no end marker within 4194304 bytes: the message is too large or the marker is wrong\n\
             []\n\
             socket \"s\" is closed: no end marker within 4194304 bytes: the message is too large or the marker is wrong\n",
            ""
        ),
        "{out:#?}"
    );
    assert!(peak < 64 * 1024, "peak RSS {peak} KiB");
}

#[test]
fn writing_a_lot_before_reading_does_not_deadlock_with_an_echoing_peer() {
    // 20 MB written before anything is read: the peer echoes and stops reading once its answers
    // are not taken; this side reads on while its own writes wait, so both backlogs drain.
    let Some(python) = python() else { return };
    let echo = Peer::start(&python, &["echo", "--framing", "size"]);
    let out = run(&script(
        r#"SocketConnecte("s", {port})
sGros est une chaîne = Répète("0123456789", 200000)
POUR i = 1 A 10
	SI PAS SocketEcrit("s", sGros) ALORS Erreur(ErreurInfo())
FIN
n est un entier = 0
POUR i = 1 A 10
	SI SocketLit("s") = sGros ALORS n++
FIN
Info(n + " messages de 2 Mo revenus")
"#,
        &[("port", &echo.port)],
    ));
    assert_output(&out, "10 messages de 2 Mo revenus\n");
    assert!(out.elapsed < Duration::from_secs(60), "{:?}", out.elapsed);
}

#[test]
fn a_garbage_size_header_is_a_clear_error() {
    let addr = tcp_server(|mut tcp| {
        let _ = tcp.write_all(b"HTTP/1.1 400 Bad Request\r\n\r\n");
        std::thread::sleep(Duration::from_secs(2));
    });
    let out = run(&script(
        r#"SocketConnecte("s", {port})
Info("[" + SocketLit("s") + "]")
Info(ErreurInfo())
"#,
        &[("port", &addr.port())],
    ));
    assert_output(
        &out,
        "[]\nthe peer does not send the size of its messages first (received \"HTTP/1.1 400 Bad Reque\"): change the transmission mode with SocketChangeModeTransmission\n",
    );
}

#[test]
fn a_connect_to_a_silent_address_times_out_as_asked() {
    // 10.255.255.1 is not routed from a loopback-only namespace: the connect fails or times out
    // without leaving the machine.
    if !netns_available() {
        eprintln!("note: `unshare -rn` is not available here: test skipped");
        return;
    }
    let out = run_wl_isolated(
        &[],
        r#"Info(SocketConnecte("s", 5000, "10.255.255.1", 300))
Info(ErreurInfo())
"#,
    );
    assert_eq!(out.code, 0, "{out:#?}");
    assert!(out.stdout.starts_with("0\n"), "{out:#?}");
}

#[test]
fn abandoned_name_lookups_do_not_keep_the_script_waiting_and_are_bounded() {
    // A name server that never answers: each connect gives up at its timeout while its lookup
    // lingers on a helper thread; past the bound, connects fail at once.
    if !netns_available() {
        eprintln!("note: `unshare -rn` is not available here: test skipped");
        return;
    }
    let Some(python) = python() else { return };
    let dir = TempDir::new("dns");
    let resolv = dir.write("resolv.conf", "nameserver 127.0.0.1\noptions timeout:30 attempts:1\n");
    let hole = dir.write(
        "hole.py",
        "import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\ns.bind(('127.0.0.1', 53))\nprint('ok', flush=True)\nwhile True:\n    s.recvfrom(2048)\n",
    );
    let script_file = dir.write(
        "dns.wl",
        r#"nDébut est un entier = 0
POUR i = 1 A 34
	b est un booléen = SocketConnecte("s" + i, 80, "serveur.example", 150)
	SI i = 1 OU i = 32 OU i = 33 ALORS Info(i + ": " + b + " " + ErreurInfo())
FIN
"#,
    );
    let mut command = Command::new("unshare");
    command.args(["-rnm", "sh", "-c"]).arg(format!(
        "ip link set lo up && mount --bind {resolv} /etc/resolv.conf || exit 3; \
         {python} {hole} > {ready} 2>&1 < /dev/null & hole=$!; \
         for i in $(seq 50); do [ -s {ready} ] && break; sleep 0.1; done; \
         {wl} run {script}; code=$?; kill $hole; exit $code",
        resolv = resolv.display(),
        python = python.display(),
        hole = hole.display(),
        ready = resolv.with_file_name("ready").display(),
        wl = env!("CARGO_BIN_EXE_wl"),
        script = script_file.display(),
    ));
    let out = run_command(command);
    if out.code == 3 {
        eprintln!("note: cannot mount in a user namespace here: test skipped ({})", out.stderr.trim());
        return;
    }
    assert_eq!(out.code, 0, "{out:#?}");
    assert_eq!(
        out.stdout,
        "1: 0 connection to serveur.example:80 timed out after 150 ms\n\
         32: 0 connection to serveur.example:80 timed out after 150 ms\n\
         33: 0 too many name lookups still running (32): the name server does not answer\n",
        "{out:#?}"
    );
    // 32 timeouts of 150 ms, then immediate failures.
    assert!(out.elapsed < Duration::from_secs(15), "{:?}", out.elapsed);
}

// ---- the sandbox, --connect-to, threads ---------------------------------------------------------

#[test]
fn the_sandbox_forbids_listening_and_unmapped_tcp() {
    for (call, what) in [
        ("SocketCrée(\"s\", 5010)", "listening for connections"),
        ("SocketCréeUDP(\"s\", 5010)", "listening for connections"),
        ("SocketConnecte(\"s\", 5010, \"example.com\")", "connecting to example.com:5010"),
    ] {
        let out = run_wl(&["--sandbox"], &format!("{call}\nInfo(\"encore là\")\n"));
        assert_eq!(out.code, 1, "{call}: {out:#?}");
        assert_eq!(out.stdout, "", "{call}");
        assert!(out.stderr.contains(&format!("--sandbox: {what}")), "{call}: {}", out.stderr);
    }
}

#[test]
fn connect_to_sends_a_tcp_connection_elsewhere_even_in_the_sandbox() {
    let addr = tcp_server(|mut tcp| {
        let _ = tcp.write_all(b"5\r\nsalut");
        std::thread::sleep(Duration::from_secs(2));
    });
    let rule = format!("automate.example:502:127.0.0.1:{}", addr.port());
    let out = run_wl(
        &["--sandbox", "--connect-to", &rule],
        "SocketConnecte(\"plc\", 502, \"automate.example\")\nInfo(SocketLit(\"plc\"))\n",
    );
    assert_output(&out, "salut\n");
}

#[test]
fn a_thread_gets_its_data_while_the_main_code_computes() {
    let Some(python) = python() else { return };
    let echo = Peer::start(&python, &["echo", "--framing", "size"]);
    // The main code never waits: the thread's read completes at the evaluator's ticks.
    let out = run(&script(
        r#"gsLu est une chaîne = ""
SocketConnecte("s", {port})
ThreadExécute("lecteur", threadNormal, Lire)
n est un entier = 0
TANTQUE gsLu = "" ET n < 50000000
	n++
FIN
Info(gsLu)

PROCÉDURE Lire()
SocketEcrit("s", "calculé")
gsLu = SocketLit("s")
"#,
        &[("port", &echo.port)],
    ));
    assert_output(&out, "calculé\n");
}

// ---- the sample pair ------------------------------------------------------------------------

#[test]
fn the_sample_server_and_client_in_two_terminals() {
    // The samples use port 5010, as PC SOFT's own socket example does.
    if std::net::TcpListener::bind("0.0.0.0:5010").is_err() {
        eprintln!("note: port 5010 is in use here: test skipped");
        return;
    }
    let samples = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("samples");
    let mut server = Running::start_file(&samples.join("tcp_serveur.wl"), "o\n");
    assert_eq!(server.line(), "Démarrer le serveur sur le port 5010 ? [y/N]");
    assert_eq!(server.line(), "Serveur à l'écoute sur le port 5010 (Ctrl-C pour l'arrêter).");
    let mut client = wl();
    client.arg("run").arg(samples.join("tcp_client.wl"));
    let out = run_command(client);
    assert_output(
        &out,
        "Connecté au serveur du port 5010.\n\
         > Bonjour\n< BONJOUR\n\
         > Comment ça va ?\n< COMMENT ÇA VA ?\n\
         > au revoir\n< AU REVOIR\n\
         Déconnecté.\n",
    );
    // A client that asks the server to stop.
    let mut stop = std::net::TcpStream::connect(("127.0.0.1", 5010)).expect("connect");
    stop.write_all(b"4\r\nstop").expect("write");
    let mut answer = String::new();
    let _ = std::io::Read::read_to_string(&mut stop, &mut answer);
    let goodbye = "Le serveur s'arrête. Au revoir !";
    assert_eq!(answer, format!("{}\r\n{goodbye}", goodbye.len()));
    let (code, rest, err) = server.finish();
    assert_eq!((code, err.as_str()), (0, ""), "{rest}");
    for line in [
        "serveur#1 : client 127.0.0.1 connecté",
        "serveur#1 reçoit : Bonjour",
        "serveur#1 reçoit : Comment ça va ?",
        "serveur#1 reçoit : au revoir",
        "serveur#1 : client parti",
        "serveur#2 reçoit : stop",
        "Serveur arrêté.",
    ] {
        assert!(rest.lines().any(|l| l == line), "missing {line:?} in:\n{rest}");
    }
}

// ---- the documentation examples, verbatim, in a loopback-only namespace -------------------------

/// Runs `code` with `wl run` in a loopback-only namespace (directly, with a note, when the
/// machine has none).
fn isolated(code: &str) -> Output {
    run_wl_isolated(&[], code)
}

#[test]
fn documentation_examples_run_verbatim() {
    // SocketCréeUDP (3070019): creates a UDP socket on port 8000, quietly.
    let out = isolated(
        "SI SocketCréeUDP(\"Serveur\", 8000) = Faux ALORS\n\tErreur(\"Erreur création \" + ErreurInfo(errMessage))\nFIN\n",
    );
    assert_eq!((out.code, out.stdout.as_str(), out.stderr.as_str()), (0, "", ""), "{out:#?}");

    // SocketConnecteSSL (1000017042): "150.134.20" is no address; the error goes to stderr.
    let out = isolated(
        "IF SocketConnectSSL(\"Server\", 8000, \"150.134.20\") = False THEN\n\tError(\"Connection error\" + ErrorInfo(errMessage))\nEND\n",
    );
    assert_eq!(out.code, 0, "{out:#?}");
    assert!(out.stderr.starts_with("Connection errorcannot "), "{out:#?}");

    // SocketConnecte (3070016), written as the SocketConnecteSSL page writes it.
    let out = isolated(
        "SI SocketConnecte(\"Serveur\", 8000, \"150.134.20\") = Faux ALORS\n\tErreur(\"Erreur de connexion\" + ErreurInfo(errMessage))\nFIN\n",
    );
    assert_eq!(out.code, 0, "{out:#?}");
    assert!(out.stderr.starts_with("Erreur de connexioncannot "), "{out:#?}");

    // SocketCréeSSL (1000017041): a certificate of the Windows store by its hash.
    let out = isolated(
        r#"// Création d'un serveur de Sockets SSL avec un certificat
sSocketSSL est une chaîne = "sSocketSSL"
// Ici utilisation du hash du certificat, 
// propriété "Empreinte numérique" dans le gestionnaire de certificats
// (certmgr.msc)
SI PAS SocketCréeSSL(sSocketSSL, 5043, "9d a4 84 fc f6 62 92 90 9a 62 d4 " + ...
		"ca 65 fb 08 7e 06 45 de 24", HashCertificat) ALORS
	Erreur(ErreurInfo())
	RETOUR
SINON
	Info("Socket serveur SSL démarrée")
	// Suite du socket serveur ...
	// En fin de traitement il faudra fermer le socket
	SocketFerme(sSocketSSL)
FIN
"#,
    );
    assert_eq!(out.code, 0, "{out:#?}");
    assert_eq!(out.stdout, "");
    assert!(out.stderr.starts_with("a certificate hash names a certificate of the Windows store"), "{out:#?}");

    // SocketChangeModeTransmission (3070005), after a connection named as the example names it.
    let port = closed_port();
    let out = isolated(&format!(
        r#"SocketCrée("écoute", {port}, "127.0.0.1")
SocketConnecte("Serveur", {port}, "127.0.0.1")
sNomSocket est une chaîne = "Serveur"
// Mise en place du mode de transmission avec EOF comme marqueur de fin
SI SocketChangeModeTransmission("Serveur", SocketMarqueurFin) = Vrai ALORS
	Info("Mode de transmission modifié")
FIN
// Mise en place du mode de transmission avec CRLF comme marqueur de fin
SI SocketChangeModeTransmission(sNomSocket, SocketMarqueurFin, CRLF) = Faux ALORS
	Info("échec")
FIN
"#
    ));
    assert_eq!((out.code, out.stdout.as_str(), out.stderr.as_str()), (0, "Mode de transmission modifié\n", ""));
}
