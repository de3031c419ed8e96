//! The WebSocket builtins at the WLanguage level, against real servers on 127.0.0.1: each test
//! writes a small script (French or English names), runs it through the library, or through the
//! `wl` binary when command-line flags matter, and asserts on its exact output.
//!
//! Peers: small tungstenite servers written here (plain, and native-tls with certificates made
//! by rcgen), each shaped for one behaviour (checks the frame type, picks a subprotocol, sends
//! half a frame, never answers, ...); and Python's `websockets` library
//! (`tests/interop/echo_server.py`) as an independent implementation. The four examples of the
//! WINDEV documentation (`../shared/seeds/*.txt`) run verbatim, read at test time.
//!
//! Every script runs under a watchdog (`LIMIT`); no test sleeps to wait for a server: servers
//! bind before their address is returned, and the Python server prints its ports.
//!
//! Environment: the interoperability test uses `$WLANG_PYTHON`, else
//! `tests/interop/.venv/bin/python` (made by `.ci/setup`), and is skipped with a note when
//! neither imports `websockets`. The documentation examples run under `wl run --echo` inside a
//! loopback-only network namespace (`unshare -rn`) when the machine allows it; the tests that
//! route them with `--connect-to` (to the servers here, to `wl echo-server`, to Python) run whole
//! in such a namespace, servers included (`rerun_in_loopback_namespace`).

use std::io::{Read, Write};
use std::time::Duration;

mod common;

use common::*;
use tungstenite::Message;

const IDLE: Duration = Duration::from_millis(500);
/// For servers that must not close on their own during a test.
const LONG_IDLE: Duration = Duration::from_secs(20);

// ---- synchronous syntax -------------------------------------------------------------------------

#[test]
fn sync_round_trip_in_french() {
    let port = echo_server(LONG_IDLE).port();
    let out = run(&script(
        r#"SI WebSocketClientConnecte("wbsocket", "127.0.0.1", {port}, "/chemin") ALORS
	SI SocketEcrit("wbsocket", "Bonjour le monde!") ALORS
		sMsg est une chaîne = SocketLit("wbsocket", Vrai)
		Info("réponse: " + sMsg)
	FIN
	Info("existe: " + SocketExiste("wbsocket"))
	Info("fermé: " + SocketFerme("wbsocket"))
	Info("existe: " + SocketExiste("wbsocket"))
SINON
	Erreur(ErreurInfo())
FIN
"#,
        &[("port", &port)],
    ));
    assert_output(&out, "réponse: Bonjour le monde!\nexiste: 1\nfermé: 1\nexiste: 0\n");
}

#[test]
fn sync_round_trip_in_english() {
    let port = echo_server(LONG_IDLE).port();
    let out = run(&script(
        r#"IF WebSocketClientConnect("Sock", "localhost", {port}) THEN
	IF SocketWrite("Sock", "Hello world!") THEN
		sMsg is a string = SocketRead("Sock", True)
		Info("answer: " + sMsg)
	END
	// Socket names are case-sensitive.
	Info("exists: " + SocketExist("Sock") + SocketExist("sock"))
	SocketClose("Sock")
	Info("exists: " + SocketExist("Sock"))
ELSE
	Error(ErrorInfo())
END
"#,
        &[("port", &port)],
    ));
    assert_output(&out, "answer: Hello world!\nexists: 10\nexists: 0\n");
}

#[test]
fn refused_connection_names_the_address() {
    let port = closed_port();
    let out = run(&script(
        r#"SI PAS WebSocketClientConnecte("s", "127.0.0.1", {port}) ALORS
	Info("détectée: " + ErreurDétectée())
	Info(ErreurInfo())
	Info("existe: " + SocketExiste("s"))
FIN
"#,
        &[("port", &port)],
    ));
    assert_output(&out, &format!("détectée: 1\nconnection to 127.0.0.1:{port} refused\nexiste: 0\n"));
    assert!(out.elapsed < Duration::from_secs(2), "{:?}", out.elapsed);
}

#[test]
fn socket_exists_after_the_peer_closed_until_socket_close() {
    let port = ws_server(|ws| {
        let _ = ws.send(Message::text("dernier message"));
        close_with(ws, "au revoir");
        drain(ws);
    })
    .port();
    let out = run(&script(
        r#"WebSocketClientConnecte("s", "127.0.0.1", {port})
Info("1: " + SocketLit("s"))
Info("2: [" + SocketLit("s") + "] " + ErreurInfo())
Info("existe: " + SocketExiste("s"))
Info("écrit: " + SocketEcrit("s", "trop tard"))
SocketFerme("s")
Info("existe: " + SocketExiste("s"))
"#,
        &[("port", &port)],
    ));
    assert_output(
        &out,
        "1: dernier message\n\
         2: [] socket \"s\" is closed: au revoir\n\
         existe: 1\n\
         écrit: 0\n\
         existe: 0\n",
    );
}

#[test]
fn change_transmission_mode_is_accepted_and_changes_nothing() {
    let port = echo_server(LONG_IDLE).port();
    let out = run(&script(
        r#"WebSocketClientConnecte("s", "127.0.0.1", {port})
Info(SocketChangeModeTransmission("s", SocketSansMarqueurFin))
Info(SocketChangeTransmissionMode("s", SocketEndTag))
SocketEcrit("s", "toujours un message entier")
Info(SocketLit("s"))
Info(SocketChangeModeTransmission("inconnu", SocketSansMarqueurFin) + " " + ErreurInfo())
"#,
        &[("port", &port)],
    ));
    assert_output(&out, "1\n1\ntoujours un message entier\n0 no socket named \"inconnu\"\n");
}

#[test]
fn unknown_socket_name_fails_softly() {
    let out = run(r#"Info("écrit: " + SocketEcrit("nulle part", "x") + " " + ErreurInfo())
Info("lu: [" + SocketLit("nulle part") + "] " + ErreurInfo())
Info("lu sans attendre: [" + SocketLit("nulle part", Faux, 10) + "] " + ErreurInfo())
Info("fermé: " + SocketFerme("nulle part") + " " + ErreurInfo())
Info("existe: " + SocketExiste("nulle part"))
"#);
    assert_output(
        &out,
        "écrit: 0 no socket named \"nulle part\"\n\
         lu: [] no socket named \"nulle part\"\n\
         lu sans attendre: [] no socket named \"nulle part\"\n\
         fermé: 0 no socket named \"nulle part\"\n\
         existe: 0\n",
    );
}

#[test]
fn a_name_in_use_is_refused() {
    let port = echo_server(LONG_IDLE).port();
    let out = run(&script(
        r#"WebSocketClientConnecte("s", "127.0.0.1", {port})
Info(WebSocketClientConnecte("s", "127.0.0.1", {port}) + " " + ErreurInfo())
SocketFerme("s")
Info(WebSocketClientConnecte("s", "127.0.0.1", {port}))
"#,
        &[("port", &port)],
    ));
    assert_output(&out, "0 a socket named \"s\" already exists\n1\n");
}

/// Closes every connection at once with code 1000 and reason "au revoir".
fn goodbye_server() -> u16 {
    ws_server(|ws| {
        close_with(ws, "au revoir");
        drain(ws);
    })
    .port()
}

const ERROR_TEXTS: &str = r#"Info(WebSocketClientConnecte("s", "127.0.0.1", {closed}))
Info(ErreurInfo())
Info(SocketEcrit("inconnue", "x"))
Info(ErreurInfo())
Info(WebSocketClientConnecte("b", "127.0.0.1", {bye}))
Info("[" + SocketLit("b") + "]")
Info(ErreurInfo())
Info(SocketEcrit("b", "x"))
Info(ErreurInfo())
Info(WebSocketClientConnecte("b", "127.0.0.1", {bye}))
Info(ErreurInfo())
WebSocketClientConnecte("a", Rappel, "127.0.0.1", {closed})

PROCÉDURE INTERNE Rappel(nÉvénement, sMessage)
	Info(nÉvénement + ": " + sMessage)
FIN
"#;

#[test]
fn socket_error_texts_follow_the_language_of_the_run() {
    let (closed, bye) = (closed_port(), goodbye_server());
    let text = script(ERROR_TEXTS, &[("closed", &closed), ("bye", &bye)]);
    let out = run_wl(&["--lang", "fr"], &text);
    assert_output(
        &out,
        &format!(
            "0\nconnexion à 127.0.0.1:{closed} refusée\n\
             0\naucune socket nommée \"inconnue\"\n\
             1\n[]\nla socket \"b\" est fermée : au revoir\n\
             0\nla socket \"b\" est fermée : au revoir\n\
             0\nune socket nommée \"b\" existe déjà\n\
             4: connexion à 127.0.0.1:{closed} refusée\n"
        ),
    );
    let out = run_wl(&["--lang", "en"], &text);
    assert_output(
        &out,
        &format!(
            "0\nconnection to 127.0.0.1:{closed} refused\n\
             0\nno socket named \"inconnue\"\n\
             1\n[]\nsocket \"b\" is closed: au revoir\n\
             0\nsocket \"b\" is closed: au revoir\n\
             0\na socket named \"b\" already exists\n\
             4: connection to 127.0.0.1:{closed} refused\n"
        ),
    );
}

// ---- asynchronous syntax ------------------------------------------------------------------------

/// Answers the first message, then closes with reason "au revoir".
fn answer_once_then_close(ws: &mut tungstenite::WebSocket<std::net::TcpStream>) {
    if let Ok(Message::Text(t)) = ws.read() {
        let _ = ws.send(Message::text(format!("reçu: {t}")));
    }
    close_with(ws, "au revoir");
    drain(ws);
}

#[test]
fn async_events_arrive_in_order_in_french() {
    let port = ws_server(answer_once_then_close).port();
    let out = run(&script(
        r#"WebSocketClientConnecte("client", Rappel, "127.0.0.1", {port}, "MonProjet")
Info("connexion lancée")

PROCÉDURE INTERNE Rappel(nEvénement, sMessage)
	SELON nEvénement
		CAS SocketOuverture
			Info("ouverture [" + sMessage + "]")
			SocketEcrit("client", "bonjour")
		CAS SocketMessage
			Info("message: " + sMessage)
		CAS SocketFermeture
			Info("fermeture: " + sMessage, "existe: " + SocketExiste("client"))
		CAS SocketErreur
			Info("erreur: " + sMessage)
	FIN
FIN
"#,
        &[("port", &port)],
    ));
    assert_output(&out, "connexion lancée\nouverture []\nmessage: reçu: bonjour\nfermeture: au revoir\nexiste: 1\n");
}

#[test]
fn async_events_arrive_in_order_in_english() {
    let port = ws_server(answer_once_then_close).port();
    let out = run(&script(
        r#"WebSocketClientConnect("client", OnEvent, "localhost", {port})

INTERNAL PROCEDURE OnEvent(nEvent, sMessage)
	SWITCH nEvent
		CASE SocketOpening
			Trace("opening")
			SocketWrite("client", "hello")
		CASE SocketMessage
			Trace("message: " + sMessage)
		CASE SocketClosing
			Trace("closing: " + sMessage)
		CASE SocketError
			Trace("error: " + sMessage)
	END
END
"#,
        &[("port", &port)],
    ));
    assert_output(&out, "opening\nmessage: reçu: hello\nclosing: au revoir\n");
}

#[test]
fn async_connect_to_a_closed_port_reports_socket_error() {
    let port = closed_port();
    let out = run(&script(
        r#"WebSocketClientConnecte("client", Rappel, "127.0.0.1", {port})

PROCÉDURE INTERNE Rappel(nEvénement, sMessage)
	SELON nEvénement
		CAS SocketErreur
			Info("erreur: " + sMessage, "existe: " + SocketExiste("client"))
		AUTRE CAS
			Info("inattendu: " + nEvénement)
	FIN
FIN
"#,
        &[("port", &port)],
    ));
    assert_output(&out, &format!("erreur: connection to 127.0.0.1:{port} refused\nexiste: 0\n"));
}

#[test]
fn async_error_event_after_a_protocol_violation() {
    let port = ws_server(|ws| {
        // A text frame whose payload is not UTF-8.
        let raw = ws.get_mut();
        let _ = raw.write_all(&[0x81, 2, 0xC3, 0x28]);
        let _ = raw.flush();
        drain(ws);
    })
    .port();
    let out = run(&script(
        r#"WebSocketClientConnecte("client", Rappel, "127.0.0.1", {port})

PROCÉDURE INTERNE Rappel(nEvénement, sMessage)
	SELON nEvénement
		CAS SocketOuverture: Info("ouverture")
		CAS SocketErreur: Info("erreur: " + sMessage, "existe: " + SocketExiste("client"))
		AUTRE CAS: Info("inattendu: " + nEvénement + " " + sMessage)
	FIN
FIN
"#,
        &[("port", &port)],
    ));
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!((lines.len(), out.code, out.stderr.as_str()), (3, 0, ""), "{out:#?}");
    assert_eq!(lines[0], "ouverture");
    assert!(lines[1].starts_with("erreur: protocol error: invalid utf-8"), "{}", lines[1]);
    assert_eq!(lines[2], "existe: 1");
}

#[test]
fn async_events_are_dispatched_while_a_sync_read_waits() {
    // The sync server answers only once the async server has echoed: the script can only
    // finish if the async socket's events run while SocketLit waits on the sync one.
    let (echoed_tx, echoed_rx) = std::sync::mpsc::channel::<()>();
    let echoed_rx = std::sync::Mutex::new(echoed_rx);
    let echoed_tx = std::sync::Mutex::new(echoed_tx);
    let async_port = ws_server(move |ws| {
        while let Ok(m) = ws.read() {
            match m {
                Message::Text(t) if t.as_str() == "stop" => {
                    close_with(ws, "fini");
                    drain(ws);
                    return;
                }
                Message::Text(t) => {
                    let _ = ws.send(Message::Text(t));
                    let _ = echoed_tx.lock().expect("lock").send(());
                }
                _ => {}
            }
        }
    })
    .port();
    let sync_port = ws_server(move |ws| {
        if let Ok(Message::Text(_)) = ws.read() {
            let signal = echoed_rx.lock().expect("lock").recv_timeout(LIMIT);
            let answer = if signal.is_ok() { "réponse après l'écho" } else { "pas d'écho" };
            let _ = ws.send(Message::text(answer));
        }
        drain(ws);
    })
    .port();
    let out = run(&script(
        r#"WebSocketClientConnecte("a", Rappel, "127.0.0.1", {async_port})
WebSocketClientConnecte("b", "127.0.0.1", {sync_port})
SocketEcrit("b", "question")
Info("b: " + SocketLit("b"))
SocketEcrit("a", "stop")

PROCÉDURE INTERNE Rappel(nEvénement, sMessage)
	SELON nEvénement
		CAS SocketOuverture: SocketEcrit("a", "ping")
		CAS SocketMessage: Info("a: " + sMessage)
		CAS SocketFermeture: Info("a fermé: " + sMessage)
		CAS SocketErreur: Info("a erreur: " + sMessage)
	FIN
FIN
"#,
        &[("async_port", &async_port), ("sync_port", &sync_port)],
    ));
    assert_output(&out, "a: ping\nb: réponse après l'écho\na fermé: fini\n");
}

#[test]
fn many_async_sockets_at_once_all_accounted_for() {
    let port = echo_server(LONG_IDLE).port();
    let out = run(&script(
        r#"nOuverts est un entier
nReçus est un entier
tCompte est un tableau de 50 entiers
POUR i = 1 A 50
	WebSocketClientConnecte("c" + i, Évènement, "127.0.0.1", {port})
FIN
TANTQUE nOuverts < 50
	Multitâche(-1)
FIN
POUR i = 1 A 50
	POUR k = 1 A 10
		SocketEcrit("c" + i, i + ":" + k)
	FIN
FIN
TANTQUE nReçus < 500
	Multitâche(-1)
FIN
nComplets est un entier
POUR i = 1 A 50
	SI tCompte[i] = 10 ALORS nComplets++
	SocketFerme("c" + i)
FIN
Info("ouverts: " + nOuverts, "reçus: " + nReçus, "sockets complets: " + nComplets)

PROCÉDURE INTERNE Évènement(nÉvénement, sMessage)
	SELON nÉvénement
		CAS SocketOuverture
			nOuverts++
		CAS SocketMessage
			nReçus++
			tCompte[Val(ExtraitChaîne(sMessage, 1, ":"))]++
		AUTRE CAS
			Erreur(sMessage)
	FIN
FIN
"#,
        &[("port", &port)],
    ));
    assert_output(&out, "ouverts: 50\nreçus: 500\nsockets complets: 50\n");
}

/// Sends `n` text messages "1" .. "n" at once, then waits for the client to close.
fn burst_server(n: usize) -> u16 {
    ws_server(move |ws| {
        for i in 1..=n {
            if ws.write(Message::text(i.to_string())).is_err() {
                return;
            }
        }
        let _ = ws.flush();
        drain(ws);
    })
    .port()
}

#[test]
fn waits_inside_an_event_procedure_do_not_nest_events() {
    // Each message's procedure yields (Multitâche(0)) or pauses (ThreadPause(1), every 1,000th):
    // the next events wait for the procedure to return instead of running inside it, so the
    // procedure never nests and 30,000 messages arrive in order (before: "too many nested
    // calls" after 10,000).
    let port = burst_server(30_000);
    let out = run(&script(
        r#"nReçus est un entier
nProfondeur est un entier
nMax est un entier
nDésordre est un entier
WebSocketClientConnecte("a", Rappel, "127.0.0.1", {port})

PROCÉDURE INTERNE Rappel(nÉvénement, sMessage)
	nProfondeur++
	SI nProfondeur > nMax ALORS nMax = nProfondeur
	SI nÉvénement = SocketMessage ALORS
		nReçus++
		SI Val(sMessage) <> nReçus ALORS nDésordre++
		SI nReçus % 1000 = 0 ALORS
			ThreadPause(1)
		SINON
			Multitâche(0)
		FIN
		SI nReçus = 30000 ALORS
			Info("reçus: " + nReçus, "profondeur: " + nMax, "désordre: " + nDésordre)
			SocketFerme("a")
		FIN
	FIN
	nProfondeur--
FIN
"#,
        &[("port", &port)],
    ));
    assert_output(&out, "reçus: 30000\nprofondeur: 1\ndésordre: 0\n");
    println!("30,000 messages to a procedure that yields: {:?}", out.elapsed);
}

#[test]
fn a_blocking_read_inside_an_event_procedure_waits_without_dispatching() {
    // The procedure of "a" asks the synchronous socket "s" (an echo) for each message it gets;
    // the blocking SocketLit drives the network while "a"'s next messages stay queued.
    let port = burst_server(200);
    let echo = echo_server(LONG_IDLE).port();
    let out = run(&script(
        r#"nReçus est un entier
nProfondeur est un entier
nMax est un entier
nBons est un entier
WebSocketClientConnecte("s", "127.0.0.1", {echo})
WebSocketClientConnecte("a", Rappel, "127.0.0.1", {port})

PROCÉDURE INTERNE Rappel(nÉvénement, sMessage)
	nProfondeur++
	SI nProfondeur > nMax ALORS nMax = nProfondeur
	SI nÉvénement = SocketMessage ALORS
		nReçus++
		SocketEcrit("s", "écho " + sMessage)
		SI SocketLit("s") = "écho " + nReçus ALORS nBons++
		ThreadPause(1)
		SI nReçus = 200 ALORS
			Info("reçus: " + nReçus, "bons: " + nBons, "profondeur: " + nMax)
			SocketFerme("a")
			SocketFerme("s")
		FIN
	FIN
	nProfondeur--
FIN
"#,
        &[("port", &port), ("echo", &echo)],
    ));
    assert_output(&out, "reçus: 200\nbons: 200\nprofondeur: 1\n");
}

// ---- messages -----------------------------------------------------------------------------------

/// Logs every data frame it receives ("binaire:HEX" or "texte:TEXT") and echoes it with the same
/// frame type; on "envoie" sends a binary message that is not UTF-8; on "bilan" sends the log.
fn frame_type_checker(ws: &mut tungstenite::WebSocket<std::net::TcpStream>) {
    let mut log: Vec<String> = Vec::new();
    while let Ok(m) = ws.read() {
        let reply = match m {
            Message::Text(t) if t.as_str() == "bilan" => Message::text(log.join(", ")),
            Message::Text(t) if t.as_str() == "envoie" => {
                log.push("texte:envoie".into());
                Message::binary(vec![0xFF, 0x00, 0xC3, 0x28])
            }
            Message::Text(t) => {
                log.push(format!("texte:{t}"));
                Message::Text(t)
            }
            Message::Binary(b) => {
                log.push(format!("binaire:{}", b.iter().map(|x| format!("{x:02x}")).collect::<String>()));
                Message::Binary(b)
            }
            _ => continue,
        };
        if ws.send(reply).is_err() {
            return;
        }
    }
}

#[test]
fn a_buffer_is_sent_as_a_binary_frame_and_comes_back_as_a_buffer() {
    let port = ws_server(frame_type_checker).port();
    let out = run(&script(
        r#"bDonnées est un Buffer = "abc"
WebSocketClientConnecte("s", "127.0.0.1", {port})
SocketEcrit("s", bDonnées)
// What SocketLit returns is written back unchanged: a Buffer goes out as binary again.
SocketEcrit("s", SocketLit("s"))
SocketLit("s")
SocketEcrit("s", "du texte")
SocketEcrit("s", SocketLit("s"))
SocketLit("s")
// Bytes that are not UTF-8 survive the round trip.
SocketEcrit("s", "envoie")
SocketEcrit("s", SocketLit("s"))
SocketLit("s")
SocketEcrit("s", "bilan")
Info(SocketLit("s"))
"#,
        &[("port", &port)],
    ));
    assert_output(
        &out,
        "binaire:616263, binaire:616263, texte:du texte, texte:du texte, texte:envoie, binaire:ff00c328\n",
    );
}

#[test]
fn one_mebibyte_messages_round_trip() {
    let port = echo_server(LONG_IDLE).port();
    let out = run(&script(
        r#"sGros est une chaîne = Répète("0123456789abcdef", 65536)
bGros est un Buffer = Répète("fedcba9876543210", 65536)
WebSocketClientConnecte("s", "127.0.0.1", {port})
SocketEcrit("s", sGros)
sLu est une chaîne = SocketLit("s")
Info(Taille(sLu))
SI sLu = sGros ALORS Info("texte identique")
SocketEcrit("s", bGros)
bLu est un Buffer = SocketLit("s")
Info(Taille(bLu))
SI bLu = bGros ALORS Info("buffer identique")
"#,
        &[("port", &port)],
    ));
    assert_output(&out, "1048576\ntexte identique\n1048576\nbuffer identique\n");
}

#[test]
fn non_ascii_text_round_trips_intact() {
    const TEXT: &str = "héhé ✓ 日本";
    let port = ws_server(|ws| {
        while let Ok(m) = ws.read() {
            if let Message::Text(t) = m {
                let verdict = if t.as_str() == TEXT { "intact" } else { "altéré" };
                let _ = ws.send(Message::text(format!("{verdict}: {t}")));
            }
        }
    })
    .port();
    let out = run(&script(
        r#"WebSocketClientConnecte("s", "127.0.0.1", {port})
SocketEcrit("s", "{text}")
Info(SocketLit("s"))
"#,
        &[("port", &port), ("text", &TEXT)],
    ));
    assert_output(&out, "intact: héhé ✓ 日本\n");
}

// ---- subprotocols -------------------------------------------------------------------------------

#[test]
fn subprotocol_list_is_offered_and_a_server_choice_accepted() {
    let port = ws_server_choosing(
        |offer| offer.split(',').any(|p| p.trim() == "soap").then_some("soap"),
        |ws, offer| {
            let _ = ws.send(Message::text(format!("offert: {offer}; choisi: soap")));
            drain(ws);
        },
    )
    .port();
    let out = run(&script(
        r#"SI WebSocketClientConnecte("s", "127.0.0.1", {port}, "/", "mqtt,soap") ALORS
	Info(SocketLit("s"))
SINON
	Info(ErreurInfo())
FIN
"#,
        &[("port", &port)],
    ));
    assert_output(&out, "offert: mqtt, soap; choisi: soap\n");
}

#[test]
fn subprotocol_list_refused_when_the_server_picks_none() {
    let port = ws_server_choosing(|_| None, drain_offer).port();
    let out = run(&script(
        r#"SI WebSocketClientConnecte("s", "127.0.0.1", {port}, "", "mqtt,soap") ALORS
	Info("connecté ?!")
SINON
	Info("refusé: " + ErreurInfo())
FIN
"#,
        &[("port", &port)],
    ));
    assert_output(&out, "refusé: server accepted none of the requested protocols (mqtt, soap)\n");
}

fn drain_offer(ws: &mut tungstenite::WebSocket<std::net::TcpStream>, _offer: String) {
    drain(ws);
}

// ---- TLS ----------------------------------------------------------------------------------------

#[test]
fn tls_sync_and_async_round_trips() {
    let certs = certificate(&["localhost"]);
    let port = tls_echo_server(&certs, Tls::Default, IDLE).port();
    let out = run_script(
        &script(
            r#"SI WebSocketClientConnecteSSL("sync", "localhost", {port}) ALORS
	SocketEcrit("sync", "chiffré")
	Info("sync: " + SocketLit("sync"))
	SocketFerme("sync")
SINON
	Info(ErreurInfo())
FIN
WebSocketClientConnectSSL("async", OnEvent, "localhost", {port}, "/wss")

INTERNAL PROCEDURE OnEvent(nEvent, sMessage)
	SWITCH nEvent
		CASE SocketOpening: SocketWrite("async", "encrypted")
		CASE SocketMessage: Info("async: " + sMessage)
		CASE SocketClosing: Info("closing: " + sMessage)
		CASE SocketError: Info("error: " + sMessage)
	END
END
"#,
            &[("port", &port)],
        ),
        trusting(&certs.ca_pem),
    );
    assert_output(&out, "sync: chiffré\nasync: encrypted\nclosing: idle\n");
}

#[test]
fn tls_1_3_only_fails_against_a_tls_1_2_only_server() {
    let certs = certificate(&["localhost"]);
    let port = tls_echo_server(&certs, Tls::Only12, LONG_IDLE).port();
    let out = run_script(
        &script(
            r#"Info("1.3: " + WebSocketClientConnecteSSL("a", "localhost", {port}, "", "", ProtocoleTLS1_3))
Info(ErreurInfo())
Info("1.2: " + WebSocketClientConnecteSSL("b", "localhost", {port}, "", "", ProtocoleTLS1_2))
Info("1.2 ou 1.3: " + WebSocketClientConnecteSSL("c", "localhost", {port}, "", "", ProtocoleTLS1_2 + ProtocoleTLS1_3))
Info("défaut: " + WebSocketClientConnectSSL("d", "localhost", {port}))
"#,
            &[("port", &port)],
        ),
        trusting(&certs.ca_pem),
    );
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 5, "{out:#?}");
    assert_eq!(lines[0], "1.3: 0");
    assert!(lines[1].starts_with(&format!("tls handshake with localhost:{port} failed: ")), "{}", lines[1]);
    assert_eq!(&lines[2..], ["1.2: 1", "1.2 ou 1.3: 1", "défaut: 1"]);
}

#[test]
fn untrusted_or_misnamed_certificates_are_refused() {
    let certs = certificate(&["localhost"]);
    let port = tls_echo_server(&certs, Tls::Default, LONG_IDLE).port();
    let other = certificate(&["ailleurs.example"]);
    let misnamed = tls_echo_server(&other, Tls::Default, LONG_IDLE).port();
    let check = r#"SI WebSocketClientConnecteSSL("s", "localhost", {port}) ALORS
	Info("connecté")
SINON
	Info(ErreurInfo())
FIN
"#;
    // No CA given: the built-in roots do not know the test CA.
    let out = run(&script(check, &[("port", &port)]));
    let line = out.stdout.trim_end();
    assert!(line.starts_with(&format!("tls handshake with localhost:{port} failed: ")), "{out:#?}");
    assert!(line.contains("certificate"), "{out:#?}");
    // The asynchronous syntax reports the same refusal as a SocketErreur event.
    let out = run(&script(
        r#"WebSocketClientConnecteSSL("a", Rappel, "localhost", {port})

PROCÉDURE INTERNE Rappel(nEvénement, sMessage)
	SI nEvénement = SocketErreur ALORS Info(sMessage) SINON Info("inattendu: " + nEvénement)
FIN
"#,
        &[("port", &port)],
    ));
    let line = out.stdout.trim_end();
    assert!(line.starts_with(&format!("tls handshake with localhost:{port} failed: ")), "{out:#?}");
    assert!(line.contains("certificate"), "{out:#?}");
    // Trusted CA, but the certificate names another host.
    let out = run_script(&script(check, &[("port", &misnamed)]), trusting(&other.ca_pem));
    let line = out.stdout.trim_end();
    assert!(line.starts_with(&format!("tls handshake with localhost:{misnamed} failed: ")), "{out:#?}");
    assert!(line.contains("certificate") || line.contains("hostname"), "{out:#?}");
}

#[test]
fn ssl3_is_unsupported() {
    let certs = certificate(&["localhost"]);
    let port = tls_echo_server(&certs, Tls::Default, LONG_IDLE).port();
    let out = run_script(
        &script(
            r#"Info(WebSocketClientConnecteSSL("s", "localhost", {port}, "", "", ProtocoleSSL3))
Info(ErreurInfo())
Info(WebSocketClientConnectSSL("s", "localhost", {port}, "", "", ProtocolSSL2 + ProtocolTLS1_2))
"#,
            &[("port", &port)],
        ),
        trusting(&certs.ca_pem),
    );
    assert_output(&out, "0\nSSL 2 and SSL 3 are not supported: use ProtocoleTLS1_2 or ProtocoleTLS1_3\n0\n");
}

const TLS_CHECK: &str = r#"SI WebSocketClientConnecteSSL("s", "localhost", {port}) ALORS
	SocketEcrit("s", "sécurisé")
	Info("écho: " + SocketLit("s"))
SINON
	Info("refusé: " + ErreurInfo())
FIN
"#;

#[test]
fn cli_cacert_makes_an_unknown_ca_trusted() {
    let certs = certificate(&["localhost"]);
    let port = tls_echo_server(&certs, Tls::Default, LONG_IDLE).port();
    let dir = TempDir::new("cacert");
    let ca = dir.write("ca.pem", &certs.ca_pem);
    let check = script(TLS_CHECK, &[("port", &port)]);

    let out = run_wl(&[], &check);
    assert!(out.stdout.starts_with(&format!("refusé: tls handshake with localhost:{port} failed: ")), "{out:#?}");
    assert!(out.stdout.contains("certificate"), "{out:#?}");

    let out = run_wl(&["--cacert", ca.to_str().expect("utf-8 path")], &check);
    assert_output(&out, "écho: sécurisé\n");
}

#[test]
fn cli_cacert_without_a_certificate_is_refused_at_start() {
    let dir = TempDir::new("cacert-empty");
    let certs = certificate(&["localhost"]);
    for (name, contents, why) in [
        ("empty.pem", String::new(), "no certificate found (expected PEM blocks \"-----BEGIN CERTIFICATE-----\")"),
        (
            "key.pem",
            certs.key_pem.clone(),
            "no certificate found (expected PEM blocks \"-----BEGIN CERTIFICATE-----\")",
        ),
        (
            "broken.pem",
            "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n".to_string(),
            // OpenSSL's reason follows ("wrong tag" here).
            "not a valid PEM certificate (",
        ),
    ] {
        let path = dir.write(name, contents);
        let path = path.to_str().expect("utf-8 path");
        let out = run_wl(&["--cacert", path], "Info(\"lancé\")\n");
        assert_eq!((out.code, out.stdout.as_str()), (2, ""), "{name}: {out:#?}");
        assert!(out.stderr.starts_with(&format!("error: --cacert {path}: {why}")), "{name}: {out:#?}");
        assert_eq!(out.stderr.lines().count(), 1, "{name}: {out:#?}");
    }
}

#[test]
fn cli_insecure_connects_with_a_warning() {
    let certs = certificate(&["localhost"]);
    let port = tls_echo_server(&certs, Tls::Default, LONG_IDLE).port();
    let out = run_wl(&["-k"], &script(TLS_CHECK, &[("port", &port)]));
    assert_eq!(
        (out.code, out.stdout.as_str(), out.stderr.as_str()),
        (0, "écho: sécurisé\n", "warning: --insecure: certificates are not verified\n")
    );
}

// ---- time limits and broken peers ---------------------------------------------------------------

/// Accepts TCP connections and never answers (reads until the client goes away).
fn silent_server() -> u16 {
    tcp_server(|mut tcp| {
        let mut buf = [0u8; 1024];
        while matches!(tcp.read(&mut buf), Ok(n) if n > 0) {}
    })
    .port()
}

#[test]
fn connect_timeout_on_a_server_that_never_answers() {
    let port = silent_server();
    for (syntax, call) in [
        ("ws, \"300 ms\"", r#"WebSocketClientConnecte("s", "127.0.0.1", {port}, "", "", "300 ms")"#),
        ("wss, 300", r#"WebSocketClientConnecteSSL("s", "127.0.0.1", {port}, "", "", 0, 300)"#),
    ] {
        let out = run(&script(&format!("Info({call})\nInfo(ErreurInfo())\n"), &[("port", &port)]));
        assert_output(&out, &format!("0\nconnection to 127.0.0.1:{port} timed out after 300 ms\n"));
        assert!(
            out.elapsed >= Duration::from_millis(250) && out.elapsed < Duration::from_secs(2),
            "{syntax}: {:?}",
            out.elapsed
        );
    }
}

#[test]
fn read_with_a_time_limit_returns_empty_without_busy_waiting() {
    let port = ws_server(drain).port();
    let out = run(&script(
        r#"WebSocketClientConnecte("s", "127.0.0.1", {port})
Info("[" + SocketLit("s", Faux, 200) + "]")
Info("détectée: " + ErreurDétectée())
"#,
        &[("port", &port)],
    ));
    assert_output(&out, "[]\ndétectée: 0\n");
    assert!(out.elapsed >= Duration::from_millis(150) && out.elapsed < Duration::from_secs(2), "{:?}", out.elapsed);
    if let Some(cpu) = out.cpu {
        // A busy loop would burn about the whole 200 ms.
        assert!(cpu < Duration::from_millis(100), "the wait used {cpu:?} of CPU");
    }

    // The same wait while an asynchronous socket is open takes the event-dispatching path.
    let out = run(&script(
        r#"WebSocketClientConnecte("a", Rappel, "127.0.0.1", {port})
WebSocketClientConnecte("s", "127.0.0.1", {port})
Info("[" + SocketLit("s", Faux, 200) + "]")
SocketFerme("a")

PROCÉDURE INTERNE Rappel(nEvénement, sMessage)
	Info("événement " + nEvénement)
FIN
"#,
        &[("port", &port)],
    ));
    assert_output(&out, "événement 1\n[]\n");
    assert!(out.elapsed >= Duration::from_millis(150) && out.elapsed < Duration::from_secs(2), "{:?}", out.elapsed);
    if let Some(cpu) = out.cpu {
        assert!(cpu < Duration::from_millis(100), "the wait used {cpu:?} of CPU");
    }
}

#[test]
fn a_peer_vanishing_mid_message_ends_the_read_without_hanging() {
    let port = tcp_server(|tcp| {
        let Ok(mut ws) = tungstenite::accept(tcp) else { return };
        // A text frame announcing 100 bytes, of which 10 arrive, then the connection drops.
        let raw = ws.get_mut();
        let _ = raw.write_all(&[0x81, 100]);
        let _ = raw.write_all(b"0123456789");
        let _ = raw.flush();
    })
    .port();
    let out = run(&script(
        r#"WebSocketClientConnecte("s", "127.0.0.1", {port})
Info("[" + SocketLit("s", Vrai) + "]")
Info(ErreurInfo())
Info("existe: " + SocketExiste("s"))
"#,
        &[("port", &port)],
    ));
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{out:#?}");
    assert_eq!(lines[0], "[]");
    assert!(lines[1].starts_with("socket \"s\" is closed: connection lost: "), "{}", lines[1]);
    assert_eq!(lines[2], "existe: 1");
    assert!(out.elapsed < Duration::from_secs(2), "{:?}", out.elapsed);
}

#[test]
fn unresolvable_host_fails_softly() {
    // In a loopback-only namespace no resolver is reachable: the lookup fails at once.
    if !netns_available() {
        eprintln!("note: `unshare -rn` is not available here: test skipped");
        return;
    }
    let out = run_wl_isolated(
        &[],
        r#"Info(WebSocketClientConnect("s", "serveur.invalid", 80, "", "", "2 s"))
Info(ErrorInfo())
"#,
    );
    assert_eq!(out.code, 0, "{out:#?}");
    assert!(out.stdout.starts_with("0\ncannot resolve serveur.invalid"), "{out:#?}");
}

// ---- the documentation examples, verbatim -------------------------------------------------------

#[test]
fn documentation_examples_with_the_embedded_echo_server() {
    if !netns_available() {
        eprintln!("note: `unshare -rn` is not available here: the examples run without network isolation");
    }
    check_documentation_examples("wl run --echo", |code| run_wl_isolated(&["--echo"], code));
}

#[test]
fn documentation_examples_with_connect_to() {
    if rerun_in_loopback_namespace("documentation_examples_with_connect_to") {
        return;
    }
    // The certificate check keeps the script's host: the TLS server presents a certificate for
    // the documentation's host names, signed by a CA given with --cacert.
    let certs = certificate(DOCUMENTATION_HOSTS);
    let plain = echo_server(IDLE).port();
    let tls = tls_echo_server(&certs, Tls::Default, IDLE).port();
    let dir = TempDir::new("connect-to");
    let ca = dir.write("ca.pem", &certs.ca_pem);
    let mut args = documentation_routes(plain, tls);
    args.extend(["--cacert".to_string(), ca.to_string_lossy().into_owned()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    check_documentation_examples("wl run --connect-to", |code| run_wl(&args, code));
}

#[test]
fn documentation_examples_with_wl_echo_server() {
    if rerun_in_loopback_namespace("documentation_examples_with_wl_echo_server") {
        return;
    }
    // `wl echo-server --port 0` prints the address it listens on.
    let mut child = wl()
        .args(["echo-server", "--port", "0"])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("start wl echo-server");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut line);
        let _ = tx.send(line);
    });
    let line = rx.recv_timeout(Duration::from_secs(10));
    let port = line
        .as_deref()
        .ok()
        .and_then(|l| l.trim().strip_prefix("echo server: ws://127.0.0.1:")?.trim_end_matches('/').parse::<u16>().ok());
    let Some(port) = port else {
        let _ = child.kill();
        let _ = child.wait();
        panic!("wl echo-server did not print its address: {line:?}");
    };
    // Only the ws:// examples: this server's certificate names localhost only.
    let args = documentation_routes(port, port);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = std::panic::catch_unwind(|| {
        let Some(examples) = documentation_examples() else { return };
        for (file, code) in examples.iter().filter(|(_, c)| !c.to_lowercase().contains("connectessl")) {
            let out = run_wl(&args, code);
            assert_eq!(
                (out.code, out.stdout.as_str(), out.stderr.as_str()),
                (0, expected_example_output(code), ""),
                "example from {file}:\n{code}"
            );
        }
    });
    let _ = child.kill();
    let _ = child.wait();
    if let Err(panic) = result {
        std::panic::resume_unwind(panic);
    }
}

// ---- interoperability with an independent implementation ---------------------------------------

#[test]
fn interop_python_websockets() {
    if rerun_in_loopback_namespace("interop_python_websockets") {
        return;
    }
    let Some(python) = python_with_websockets() else { return };
    let certs = certificate(DOCUMENTATION_HOSTS);
    let server = PythonServer::start(&python, &certs);
    let dir = TempDir::new("interop");
    let ca = dir.write("ca.pem", &certs.ca_pem);
    let mut args = documentation_routes(server.plain, server.tls);
    args.extend(["--cacert".to_string(), ca.to_string_lossy().into_owned()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();

    check_documentation_examples("wl run --connect-to (Python websockets)", |code| run_wl(&args, code));

    // Binary frames, 1 MiB, non-ASCII text and TLS 1.3 (Python's TLS offers it; native-tls
    // servers do not) against the same server.
    let out = run_wl(
        &args,
        r#"SI PAS WebSocketClientConnecteSSL("s", "echo.websocket.org", 443, "", "", ProtocoleTLS1_3) ALORS
	Erreur(ErreurInfo())
	FinProgramme()
FIN
SocketEcrit("s", "héhé ✓ 日本")
Info(SocketLit("s"))
b est un Buffer = "octets"
SocketEcrit("s", b)
// Written back as it came: the server logs nothing, but echoes binary as binary.
SocketEcrit("s", SocketLit("s"))
Info(SocketLit("s"))
sGros est une chaîne = Répète("0123456789abcdef", 65536)
SocketEcrit("s", sGros)
sLu est une chaîne = SocketLit("s")
SI sLu = sGros ALORS Info("1 Mio identique")
SocketFerme("s")
WebSocketClientConnecte("a", Rappel, "monserveur.com", 80, "/ws")

PROCÉDURE INTERNE Rappel(nEvénement, sMessage)
	SELON nEvénement
		CAS SocketOuverture: SocketEcrit("a", Répète("é", 300000))
		CAS SocketMessage: Info("async: " + Taille(sMessage))
		CAS SocketFermeture: Info("fermeture: " + sMessage)
		CAS SocketErreur: Info("erreur: " + sMessage)
	FIN
FIN
"#,
    );
    assert_output(&out, "héhé ✓ 日本\noctets\n1 Mio identique\nasync: 300000\nfermeture: idle\n");
}
