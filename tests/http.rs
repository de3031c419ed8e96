//! The HTTP family (`HTTPEnvoie`, `httpRequête`/`httpRéponse`, `HTTPRequête`/`HTTPDonneRésultat`)
//! against real servers on loopback that each test starts: a small HTTP/1.1 server in this file
//! (plain and TLS, with a throw-away CA), and Python's `http.server` as the independent one.
//! Every script runs through the `wl` binary and starts with the help page it follows.
//!
//! Tests that name a public host run whole inside a loopback-only network namespace
//! (`unshare -rn`): this test binary runs itself again there, so the servers and `wl` share the
//! namespace and nothing can leave the machine. Without `unshare`, they are skipped with a note.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

mod common;

use common::*;

// ---- a loopback HTTP server -------------------------------------------------------------------

/// A request as the server read it.
#[derive(Debug, Clone, Default)]
struct Seen {
    method: String,
    path: String,
    /// Names in lower case.
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Seen {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// Reads one request (headers, then a `Content-Length` body); `None` when the peer closed first.
fn read_request(stream: &mut impl Read) -> Option<Seen> {
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let (method, path) = (parts.next()?.to_owned(), parts.next()?.to_owned());
    let mut headers = Vec::new();
    loop {
        line.clear();
        reader.read_line(&mut line).ok()?;
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        let (name, value) = l.split_once(':')?;
        headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
    }
    let length = headers.iter().find(|(n, _)| n == "content-length").and_then(|(_, v)| v.parse().ok()).unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some(Seen { method, path, headers, body })
}

/// A whole response: status line, headers, `Content-Length`, body; the connection then closes.
fn response(status: &str, headers: &[(&str, &str)], body: &str) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status}\r\n");
    for (name, value) in headers {
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    out.push_str(&format!("Content-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len()));
    out.into_bytes()
}

type Answer = dyn Fn(&Seen) -> Vec<u8> + Send + Sync;

/// A server on 127.0.0.1 answering every request with `answer`, over TLS when `tls` is given;
/// the requests it read arrive on the receiver.
fn http_server(
    tls: Option<native_tls::TlsAcceptor>,
    answer: impl Fn(&Seen) -> Vec<u8> + Send + Sync + 'static,
) -> (SocketAddr, Receiver<Seen>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("address");
    let (tx, rx) = mpsc::channel();
    let tx = Arc::new(Mutex::new(tx));
    let answer: Arc<Answer> = Arc::new(answer);
    let tls = tls.map(Arc::new);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let (tx, answer, tls) = (Arc::clone(&tx), Arc::clone(&answer), tls.clone());
            std::thread::spawn(move || {
                let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
                match tls {
                    Some(acceptor) => {
                        if let Ok(mut s) = acceptor.accept(stream) {
                            serve_one(&mut s, &tx, &*answer);
                        }
                    }
                    None => {
                        let mut s = stream;
                        serve_one(&mut s, &tx, &*answer);
                    }
                }
            });
        }
    });
    (addr, rx)
}

fn serve_one<S: Read + Write>(stream: &mut S, tx: &Mutex<mpsc::Sender<Seen>>, answer: &Answer) {
    if let Some(seen) = read_request(stream) {
        let out = answer(&seen);
        if let Ok(tx) = tx.lock() {
            let _ = tx.send(seen);
        }
        let _ = stream.write_all(&out);
        let _ = stream.flush();
    }
}

/// A TLS acceptor presenting a certificate for `names`, signed by `certs.ca_pem`.
fn acceptor(certs: &Certs) -> native_tls::TlsAcceptor {
    let identity =
        native_tls::Identity::from_pkcs8(certs.cert_pem.as_bytes(), certs.key_pem.as_bytes()).expect("identity");
    native_tls::TlsAcceptor::new(identity).expect("acceptor")
}

/// A listener that accepts and never answers (kept open as long as the test process).
fn silent_server() -> SocketAddr {
    tcp_server(|stream| {
        let mut stream = stream;
        let mut sink = [0u8; 1024];
        while stream.read(&mut sink).is_ok_and(|n| n > 0) {}
    })
}

fn wl_out(args: &[&str], script: &str) -> Output {
    run_wl(args, script)
}

fn assert_ok(out: &Output, expected: &str) {
    assert_eq!((out.code, out.stdout.as_str(), out.stderr.as_str()), (0, expected, ""), "{out:#?}");
}

/// Whether this build's interpreter has associative arrays (the data model's work): the tests
/// of `Entête` by key need them.
fn associative_arrays() -> bool {
    let out = run_wl(&[], "t est un tableau associatif de chaînes\nt[\"a\"] = \"b\"\nTrace(t[\"a\"])\n");
    out.code == 0 && out.stdout == "b\n"
}

// ---- requests and answers ---------------------------------------------------------------------

#[test]
fn get_reads_the_status_the_body_and_the_header() {
    let (addr, seen) = http_server(None, |_| {
        response("200 OK", &[("Content-Type", "application/json"), ("X-Compte", "3")], r#"{"ok":true}"#)
    });
    let out = wl_out(
        &[],
        &script(
            r#"// Help: httpRequête (1000021158), HTTPEnvoie (1000021183)
cMaRequête est un httpRequête
cMaRequête.URL = "http://{addr}/données?x=1"
cMaRéponse est un httpRéponse = HTTPEnvoie(cMaRequête)
SI ErreurDétectée ALORS
	Trace(ErreurInfo())
SINON
	Trace(cMaRéponse.CodeEtat, cMaRéponse.DescriptionCodeEtat, cMaRéponse.ContentType)
	Trace(cMaRéponse.Contenu)
	Trace(Position(cMaRéponse.EntêteBrut, "X-Compte: 3") > 0, Gauche(cMaRéponse.EntêteBrut, 15))
FIN
"#,
            &[("addr", &addr)],
        ),
    );
    assert_ok(&out, "200, OK, application/json\n{\"ok\":true}\n1, HTTP/1.1 200 OK\n");
    let request = seen.recv_timeout(Duration::from_secs(5)).expect("the request");
    assert_eq!((request.method.as_str(), request.path.as_str()), ("GET", "/donn%C3%A9es?x=1"));
    assert_eq!(request.header("host"), Some(addr.to_string().as_str()));
    assert_eq!(request.header("user-agent"), Some("script"), "the default agent is the script's name");
}

#[test]
fn post_sends_the_method_the_body_its_type_the_user_and_the_agent() {
    let (addr, seen) = http_server(None, |s| response("201 Created", &[], &format!("{} octets", s.body.len())));
    let out = wl_out(
        &[],
        &script(
            r#"// Help: httpRequest (1000021158), HTTPSend (1000021183)
req is httpRequest
req.URL = "http://{addr}/form"
req.Method = httpPost
req.Content = "name=Zoé&n=2"
req.ContentType = "application/x-www-form-urlencoded"
req.User = "julia"
req.Password = "secret"
req.UserAgent = "wlang-test/1"
resp is httpResponse = HTTPSend(req)
Trace(resp.StatusCode, resp.DescriptionStatusCode, resp.Content)
"#,
            &[("addr", &addr)],
        ),
    );
    assert_ok(&out, "201, Created, 13 octets\n");
    let request = seen.recv_timeout(Duration::from_secs(5)).expect("the request");
    assert_eq!(request.method, "POST");
    assert_eq!(request.body, "name=Zoé&n=2".as_bytes());
    assert_eq!(request.header("content-type"), Some("application/x-www-form-urlencoded"));
    // "julia:secret" in base64.
    assert_eq!(request.header("authorization"), Some("Basic anVsaWE6c2VjcmV0"));
    assert_eq!(request.header("user-agent"), Some("wlang-test/1"));
}

#[test]
fn methods_are_sent_as_their_verbs() {
    let (addr, seen) = http_server(None, |s| response("200 OK", &[], &s.method));
    let out = wl_out(
        &[],
        &script(
            r#"// Help: httpRequête (1000021158): Méthode
req est un httpRequête
req.URL = "http://{addr}/r"
POUR TOUT m DE [httpGet, httpPut, httpDelete, httpPatch, httpHead, httpOptions]
	req.Méthode = m
	rep est un httpRéponse = HTTPEnvoie(req)
	Trace(rep.CodeEtat, rep.Contenu)
FIN
"#,
            &[("addr", &addr)],
        ),
    );
    // A HEAD answer has no body.
    assert_ok(&out, "200, GET\n200, PUT\n200, DELETE\n200, PATCH\n200, \n200, OPTIONS\n");
    let verbs: Vec<String> =
        (0..6).map(|_| seen.recv_timeout(Duration::from_secs(5)).expect("a request").method).collect();
    assert_eq!(verbs, ["GET", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"]);
}

#[test]
fn error_statuses_are_answers_not_failures() {
    let (addr, _) = http_server(None, |s| match s.path.as_str() {
        "/absent" => response("404 Not Found", &[], "rien ici"),
        _ => response("500 Internal Server Error", &[], "panne"),
    });
    let out = wl_out(
        &[],
        &script(
            r#"// Help: HTTPEnvoie (1000021183): "si le serveur peut être contacté, utilisez la propriété CodeEtat"
rep est un httpRéponse = HTTPEnvoie("http://{addr}/absent")
Trace(rep.CodeEtat, rep.DescriptionCodeEtat, rep.Contenu, ErreurDétectée)
rep = HTTPEnvoie("http://{addr}/panne")
Trace(rep.CodeEtat, rep.DescriptionCodeEtat, rep.Contenu, ErreurDétectée)
"#,
            &[("addr", &addr)],
        ),
    );
    assert_ok(&out, "404, Not Found, rien ici, 0\n500, Internal Server Error, panne, 0\n");
}

#[test]
fn headers_by_name_when_associative_arrays_exist() {
    if !associative_arrays() {
        eprintln!("note: this build has no associative arrays yet: Entête by key is not tested");
        return;
    }
    let (addr, seen) = http_server(None, |s| {
        let token = s.header("authorization").unwrap_or("").to_owned();
        response("200 OK", &[("X-Echo", &token), ("Content-Type", "text/plain")], "ok")
    });
    let out = wl_out(
        &[],
        &script(
            r#"// Help: httpRequête (1000021158): Entête; httpRéponse (1000021165): Entête
req est un httpRequête
req.URL = "http://{addr}/"
req.Entête["Authorization"] = "Bearer abc"
req.Entête["X-Trace"] = "1"
rep est un httpRéponse = HTTPEnvoie(req)
Trace(rep.Entête["X-Echo"], rep.Entête["x-echo"], rep.Entête["Content-Type"])
"#,
            &[("addr", &addr)],
        ),
    );
    assert_ok(&out, "Bearer abc, Bearer abc, text/plain\n");
    let request = seen.recv_timeout(Duration::from_secs(5)).expect("the request");
    assert_eq!(request.header("x-trace"), Some("1"));
}

#[test]
fn redirections_are_followed_unless_ignored() {
    let (addr, seen) = http_server(None, |s| match s.path.as_str() {
        "/ancien" => response("302 Found", &[("Location", "/nouveau")], ""),
        _ => response("200 OK", &[], "arrivé"),
    });
    let out = wl_out(
        &[],
        &script(
            r#"// Help: HTTPEnvoie (1000021183): redirections, IgnoreErreur with httpIgnoreRedirection
req est un httpRequête
req.URL = "http://{addr}/ancien"
rep est un httpRéponse = HTTPEnvoie(req)
Trace(rep.CodeEtat, rep.Contenu)
req.IgnoreErreur = httpIgnoreRedirection
rep = HTTPEnvoie(req)
Trace(rep.CodeEtat, Position(rep.EntêteBrut, "Location: /nouveau") > 0)
"#,
            &[("addr", &addr)],
        ),
    );
    assert_ok(&out, "200, arrivé\n302, 1\n");
    let paths: Vec<String> =
        (0..3).map(|_| seen.recv_timeout(Duration::from_secs(5)).expect("a request").path).collect();
    assert_eq!(paths, ["/ancien", "/nouveau", "/ancien"]);
}

#[test]
fn the_older_functions_request_and_get_the_result() {
    let (addr, seen) = http_server(None, |s| {
        let body = format!("{} {}", s.method, String::from_utf8_lossy(&s.body));
        response("200 OK", &[("Set-Cookie", "session=42; Path=/"), ("X-Lang", s.header("x-lang").unwrap_or(""))], &body)
    });
    let out = wl_out(
        &[],
        &script(
            r#"// Help: HTTPRequête (3043007), HTTPDonneRésultat (3043001)
SI HTTPRequête("http://{addr}/page") = Vrai ALORS
	Trace(HTTPDonneRésultat())
	Trace(HTTPDonneRésultat(httpCookie))
FIN
SI HTTPRequête("http://{addr}/envoi", "", "X-Lang: fr" + RC + "X-Vide:", "a=1", "text/plain") ALORS
	s est une chaîne = HTTPDonneRésultat(httpRésultat)
	Trace(s)
	Trace(Position(HTTPDonneRésultat(httpEntête), "X-Lang: fr") > 0)
FIN
"#,
            &[("addr", &addr)],
        ),
    );
    assert_ok(&out, "GET \nsession=42; Path=/\nPOST a=1\n1\n");
    let first = seen.recv_timeout(Duration::from_secs(5)).expect("a request");
    assert_eq!(first.method, "GET");
    let second = seen.recv_timeout(Duration::from_secs(5)).expect("a request");
    assert_eq!(second.header("content-type"), Some("text/plain"));
}

// ---- failures ---------------------------------------------------------------------------------

#[test]
fn a_refused_connection_fails_softly_in_both_languages() {
    let port = closed_port();
    let code = script(
        r#"// Help: HTTPEnvoie (1000021183): "si le serveur contacté n'est pas joignable, utilisez ErreurDétectée et ErreurInfo"
rep est un httpRéponse = HTTPEnvoie("http://127.0.0.1:{port}/")
Trace(ErreurDétectée, rep.CodeEtat, ErreurInfo())
Trace(HTTPRequête("http://127.0.0.1:{port}/"), Taille(HTTPDonneRésultat()))
"#,
        &[("port", &port)],
    );
    let out = wl_out(&["--lang", "fr"], &code);
    assert_ok(&out, &format!("1, 0, 127.0.0.1:{port} a refusé la connexion\n0, 0\n"));
    let out = wl_out(&["--lang", "en"], &code);
    assert_ok(&out, &format!("1, 0, 127.0.0.1:{port} refused the connection\n0, 0\n"));
}

#[test]
fn a_silent_server_times_out() {
    let addr = silent_server();
    let start = Instant::now();
    let out = wl_out(
        &["--lang", "fr"],
        &script(
            r#"// Help: httpRequête (1000021158): DuréeNonRéponse
req est un httpRequête
req.URL = "http://{addr}/"
req.DuréeNonRéponse = 400
rep est un httpRéponse = HTTPEnvoie(req)
Trace(ErreurDétectée, ErreurInfo())
// Help: HTTPTimeOut (3043008)
HTTPTimeOut(300)
Trace(HTTPRequête("http://{addr}/"), ErreurInfo())
"#,
            &[("addr", &addr)],
        ),
    );
    assert_ok(
        &out,
        &format!(
            "1, pas de réponse complète de http://{addr}/ en 0,4 s\n0, pas de réponse complète de http://{addr}/ en 0,3 s\n"
        ),
    );
    assert!(start.elapsed() >= Duration::from_millis(700), "{:?}", start.elapsed());
}

#[test]
fn an_endless_answer_is_refused_without_eating_memory() {
    // Endless bodies: one without a length, one chunked.
    let addr = tcp_server(|mut stream| {
        let _ = read_request(&mut stream);
        let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n");
        let block = vec![b'x'; 64 * 1024];
        while stream.write_all(&block).is_ok() {}
    });
    let chunked = tcp_server(|mut stream| {
        let _ = read_request(&mut stream);
        let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
        let mut block = b"10000\r\n".to_vec();
        block.extend(vec![b'y'; 0x10000]);
        block.extend(b"\r\n");
        while stream.write_all(&block).is_ok() {}
    });
    let (child, _dir) = spawn_wl(
        &["--lang", "en", "--max-message-size", "4MiB"],
        &script(
            r#"// Help: HTTPEnvoie (1000021183)
rep est un httpRéponse = HTTPEnvoie("http://{addr}/")
Trace(ErreurDétectée, Taille(rep.Contenu), ErreurInfo())
rep = HTTPEnvoie("http://{chunked}/")
Trace(ErreurDétectée, Taille(rep.Contenu), ErreurInfo())
"#,
            &[("addr", &addr), ("chunked", &chunked)],
        ),
    );
    let (out, peak_kib) = wait_sampled(child, LIMIT);
    assert_ok(
        &out,
        &format!(
            "1, 0, the answer of http://{addr}/ is larger than 4 MiB (the largest accepted)\n\
             1, 0, the answer of http://{chunked}/ is larger than 4 MiB (the largest accepted)\n"
        ),
    );
    assert!(peak_kib < 100 * 1024, "peak resident memory {peak_kib} KiB");
}

#[test]
fn wrong_arguments_are_runtime_errors() {
    let out = wl_out(&["--lang", "en"], "// Help: HTTPEnvoie (1000021183)\nrep est un httpRéponse = HTTPEnvoie(42)\n");
    assert_ne!(out.code, 0, "{out:#?}");
    assert!(out.stderr.contains("expected an httpRequête or a URL, found an integer"), "{out:#?}");
    let out = wl_out(&["--lang", "fr"], "// Help: HTTPDonneRésultat (3043001)\nTrace(HTTPDonneRésultat(99))\n");
    assert_ne!(out.code, 0, "{out:#?}");
    assert!(out.stderr.contains("99 n'est pas httpRésultat, httpEntête ou httpCookie"), "{out:#?}");
    let out = wl_out(
        &["--lang", "en"],
        "// Help: HTTPEnvoie (1000021183)\nrep est un httpRéponse = HTTPEnvoie(\"ftp://x\")\nTrace(ErrorInfo())\n",
    );
    assert_ok(&out, "\"ftp://x\" is not an http:// or https:// URL\n");
}

// ---- certificates -----------------------------------------------------------------------------

#[test]
fn a_certificate_from_an_unknown_authority_is_refused_then_trusted() {
    let certs = certificate(&["localhost"]);
    let (addr, _) = http_server(Some(acceptor(&certs)), |_| response("200 OK", &[], "sûr"));
    let port = addr.port();
    let dir = TempDir::new("http-ca");
    let ca = dir.write("ca.pem", &certs.ca_pem);
    let ca = ca.to_string_lossy();
    let code = script(
        r#"// Help: HTTPEnvoie (1000021183): erreur de sécurité dans une transaction sécurisée
req est un httpRequête
req.URL = "https://localhost:{port}/"
rep est un httpRéponse = HTTPEnvoie(req)
SI ErreurDétectée ALORS
	Trace(rep.CodeEtat, ErreurInfo())
	req.IgnoreErreur = httpIgnoreCertificatInvalide
	rep = HTTPEnvoie(req)
FIN
Trace(rep.CodeEtat, rep.Contenu)
"#,
        &[("port", &port)],
    );
    let out = wl_out(&["--lang", "en"], &code);
    assert_eq!(out.code, 0, "{out:#?}");
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{out:#?}");
    let refused = format!("0, the certificate of https://localhost:{port}/ is not trusted (certificate verify failed");
    assert!(lines[0].starts_with(&refused), "{out:#?}");
    assert!(lines[0].contains("--cacert adds a trusted CA"), "{out:#?}");
    assert_eq!(lines[1], "200, sûr");
    // Trusted with --cacert: the first request succeeds.
    let out = wl_out(&["--cacert", &ca], &code);
    assert_ok(&out, "200, sûr\n");
    // Not checked with -k (which warns).
    let out = wl_out(&["-k"], &code);
    assert_eq!((out.code, out.stdout.as_str()), (0, "200, sûr\n"), "{out:#?}");
    // The name is checked: a certificate for localhost does not do for 127.0.0.1.
    let out = wl_out(&["--lang", "en", "--cacert", &ca], &code.replace("localhost", "127.0.0.1"));
    assert!(out.stdout.starts_with("0, the certificate of https://127.0.0.1"), "{out:#?}");
}

// ---- routing and sandbox ----------------------------------------------------------------------

/// Runs the calling test again inside a fresh loopback-only network namespace (this test binary,
/// only this test). Returns true when the caller should go on (inside the namespace); false
/// when it ran there (its result is asserted here) or cannot run (a note says so).
fn inside_loopback_namespace(test: &str) -> bool {
    if std::env::var_os("WLANG_HTTP_IN_NETNS").is_some() {
        return true;
    }
    if !netns_available() {
        eprintln!("note: `unshare -rn` is not available here: {test} is skipped");
        return false;
    }
    let exe = std::env::current_exe().expect("the test binary");
    let mut command = Command::new("unshare");
    command.args(["-rn", "sh", "-c", r#"ip link set lo up && exec "$@""#, "--"]);
    command.arg(exe).args([test, "--exact", "--nocapture", "--test-threads=1"]).env("WLANG_HTTP_IN_NETNS", "1");
    let out = run_command(command);
    assert!(
        out.code == 0 && out.stdout.contains("1 passed"),
        "{test} failed in a loopback-only namespace:\n{}\n{}",
        out.stdout,
        out.stderr
    );
    false
}

#[test]
fn connect_to_maps_a_public_name_to_loopback() {
    if !inside_loopback_namespace("connect_to_maps_a_public_name_to_loopback") {
        return;
    }
    let certs = certificate(&["api.exemple.fr"]);
    let (plain, seen) =
        http_server(None, |s| response("200 OK", &[], &format!("clair {}", s.header("host").unwrap_or(""))));
    let (tls, _) = http_server(Some(acceptor(&certs)), |s| {
        response("200 OK", &[], &format!("chiffré {}", s.header("host").unwrap_or("")))
    });
    let dir = TempDir::new("http-connect-to");
    let ca = dir.write("ca.pem", &certs.ca_pem);
    let rule_plain = format!("api.exemple.fr:80:127.0.0.1:{}", plain.port());
    let rule_tls = format!("api.exemple.fr:443:127.0.0.1:{}", tls.port());
    let code = r#"// Help: HTTPEnvoie (1000021183)
rep est un httpRéponse = HTTPEnvoie("http://api.exemple.fr/v1")
Trace(rep.CodeEtat, rep.Contenu)
rep = HTTPEnvoie("https://api.exemple.fr/v1")
Trace(rep.CodeEtat, rep.Contenu)
rep = HTTPEnvoie("http://ailleurs.exemple.fr/")
Trace(rep.CodeEtat, ErreurInfo())
"#;
    let args =
        ["--lang", "en", "--connect-to", &rule_plain, "--connect-to", &rule_tls, "--cacert", &ca.to_string_lossy()];
    let out = wl_out(&args, code);
    assert_ok(&out, "200, clair api.exemple.fr\n200, chiffré api.exemple.fr\n0, cannot resolve ailleurs.exemple.fr\n");
    assert_eq!(seen.recv_timeout(Duration::from_secs(5)).expect("a request").path, "/v1");
    // The same under --sandbox: the mapped hosts pass, any other is a runtime error.
    let mut sandboxed = args.to_vec();
    sandboxed.push("--sandbox");
    let out = wl_out(&sandboxed, code);
    assert_eq!(out.stdout, "200, clair api.exemple.fr\n200, chiffré api.exemple.fr\n", "{out:#?}");
    assert_ne!(out.code, 0);
    assert!(out.stderr.contains("ailleurs.exemple.fr:80"), "{out:#?}");
}

#[test]
fn the_sandbox_refuses_unmapped_hosts_and_redirections_to_them() {
    let port = closed_port();
    let target = format!("127.0.0.1:{port}");
    let (addr, _) =
        http_server(None, move |_| response("302 Found", &[("Location", &format!("http://{target}/"))], ""));
    let code = script(
        r#"// Help: HTTPEnvoie (1000021183)
QUAND EXCEPTION DANS
	rep est un httpRéponse = HTTPEnvoie("http://{addr}/")
	Trace(rep.CodeEtat)
FAIRE
	Trace(ExceptionInfo())
FIN
"#,
        &[("addr", &addr)],
    );
    // Not mapped: refused before connecting.
    let out = wl_out(&["--lang", "en", "--sandbox"], &code);
    assert_eq!(out.code, 0, "{out:#?}");
    let refused = |port: u16| format!("--sandbox: connecting to 127.0.0.1:{port} is not allowed");
    assert!(out.stdout.contains(&refused(addr.port())), "{out:#?}");
    // Mapped: the first request passes, the redirection to an unmapped port is refused.
    let rule = format!("127.0.0.1:{0}:127.0.0.1:{0}", addr.port());
    let out = wl_out(&["--lang", "en", "--sandbox", "--connect-to", &rule], &code);
    assert_eq!(out.code, 0, "{out:#?}");
    assert!(out.stdout.contains(&refused(port)), "{out:#?}");
}

// ---- the event loop ---------------------------------------------------------------------------

#[test]
fn timers_run_while_a_request_waits() {
    let (addr, _) = http_server(None, |_| {
        std::thread::sleep(Duration::from_millis(700));
        response("200 OK", &[], "lent")
    });
    let out = wl_out(
        &[],
        &script(
            r#"// Help: HTTPEnvoie (1000021183)
gnTicks est un entier
TimerSys(Tique, 10)
rep est un httpRéponse = HTTPEnvoie("http://{addr}/")
Trace(rep.Contenu, gnTicks >= 3)
FinProgramme()

PROCÉDURE Tique()
	gnTicks++
"#,
            &[("addr", &addr)],
        ),
    );
    assert_ok(&out, "lent, 1\n");
}

#[test]
fn ctrl_c_ends_a_waiting_request() {
    let addr = silent_server();
    let (child, _dir) = spawn_wl(
        &[],
        &script(
            r#"// Help: HTTPEnvoie (1000021183)
Trace("envoi")
rep est un httpRéponse = HTTPEnvoie("http://{addr}/")
Trace("jamais")
"#,
            &[("addr", &addr)],
        ),
    );
    std::thread::sleep(Duration::from_millis(500));
    let start = Instant::now();
    let _ = Command::new("kill").args(["-INT", &child.id().to_string()]).status();
    let (out, _) = wait_sampled(child, Duration::from_secs(10));
    assert!(start.elapsed() < Duration::from_secs(5), "{:?}", start.elapsed());
    assert_eq!(out.stdout, "envoi\n", "{out:#?}");
}

// ---- an independent server --------------------------------------------------------------------

#[test]
fn python_http_server() {
    let Some(python) = ["python3", "python"].into_iter().find(|p| {
        Command::new(p)
            .arg("-c")
            .arg("import http.server")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    }) else {
        eprintln!("note: no Python with http.server here: test skipped");
        return;
    };
    let dir = TempDir::new("http-python");
    dir.write("page.html", "<p>Bonjour</p>\n");
    let port = closed_port();
    let root = dir.write(".keep", "").parent().expect("the folder").to_owned();
    let mut server = Command::new(python)
        .args(["-m", "http.server", &port.to_string(), "--bind", "127.0.0.1", "--directory"])
        .arg(&root)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start python http.server");
    let ready = (0..100).any(|_| {
        std::thread::sleep(Duration::from_millis(50));
        TcpStream::connect(("127.0.0.1", port)).is_ok()
    });
    let out = ready.then(|| {
        wl_out(
            &[],
            &script(
                r#"// Help: httpRequête (1000021158), HTTPRequête (3043007)
cMaRequête est un httpRequête
cMaRequête.URL = "http://127.0.0.1:{port}/page.html"
cMaRéponse est un httpRéponse = HTTPEnvoie(cMaRequête)
Trace(cMaRéponse.CodeEtat, cMaRéponse.ContentType, cMaRéponse.Contenu)
rep est un httpRéponse = HTTPEnvoie("http://127.0.0.1:{port}/absente.html")
Trace(rep.CodeEtat)
SI HTTPRequête("http://127.0.0.1:{port}/page.html") ALORS
	Trace(UTF8VersChaîne(HTTPDonneRésultat(httpRésultat)))
FIN
"#,
                &[("port", &port)],
            ),
        )
    });
    let _ = server.kill();
    let _ = server.wait();
    let out = out.expect("python http.server did not start");
    assert_ok(&out, "200, text/html, <p>Bonjour</p>\n\n404\n<p>Bonjour</p>\n\n");
}
