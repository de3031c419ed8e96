//! `wl lsp` driven as an editor drives it: the real binary, JSON-RPC over its stdin/stdout with
//! `Content-Length` framing (initialize, didOpen, didChange, hover, completion, signature help,
//! definition, references, document symbols, formatting, shutdown, exit), every answer asserted.
//!
//! The benchmarks (not timed tests) print the time from a `didChange` to its
//! `publishDiagnostics` on a 2,000-line file, and on the largest element of a WINDEV project
//! (`WLANG_PROJECT`: its folder or project file; the tests' small project without it):
//!
//! ```text
//! cargo test --release --test lsp -- --ignored --nocapture diagnostics_latency
//! ```

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// A client talking to a `wl lsp` process.
struct Client {
    child: Child,
    stdin: ChildStdin,
    messages: Receiver<Value>,
    next_id: i64,
    /// Notifications received while waiting for something else.
    pending: Vec<Value>,
}

const URI: &str = "file:///tmp/essai.wl";

impl Client {
    fn start(args: &[&str], init: Value) -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_wl"))
            .arg("lsp")
            .args(args)
            .env("LANG", "C")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("wl lsp starts");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, messages) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            loop {
                let mut length = None;
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(n) = line.strip_prefix("Content-Length: ") {
                        length = n.parse::<usize>().ok();
                    }
                }
                let mut body = vec![0; length.expect("a Content-Length header")];
                reader.read_exact(&mut body).unwrap();
                if tx.send(serde_json::from_slice::<Value>(&body).expect("JSON")).is_err() {
                    return;
                }
            }
        });
        let mut client = Client { child, stdin, messages, next_id: 1, pending: Vec::new() };
        let result = client.request("initialize", init);
        assert!(result["capabilities"]["hoverProvider"].as_bool().unwrap_or(false), "{result}");
        client.notify("initialized", json!({}));
        client
    }

    fn send(&mut self, message: Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    fn receive(&mut self) -> Value {
        match self.messages.recv_timeout(Duration::from_secs(20)) {
            Ok(message) => message,
            Err(RecvTimeoutError::Timeout) => panic!("no answer from wl lsp within 20 s"),
            Err(RecvTimeoutError::Disconnected) => panic!("wl lsp closed its output"),
        }
    }

    /// The whole answer to a request (`result` or `error`).
    fn request_raw(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let message = self.receive();
            if message["id"] == json!(id) {
                return message;
            }
            self.pending.push(message);
        }
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let message = self.request_raw(method, params);
        assert!(message.get("error").is_none(), "{method}: {message}");
        message["result"].clone()
    }

    /// The next diagnostics published for `URI`.
    fn diagnostics(&mut self) -> Vec<Value> {
        self.diagnostics_of(URI)
    }

    /// The next diagnostics published for `uri` (those published for other documents are
    /// kept for later).
    fn diagnostics_of(&mut self, uri: &str) -> Vec<Value> {
        let is_ours = |m: &Value| m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri;
        let k = self.pending.iter().position(is_ours);
        let message = match k {
            Some(k) => self.pending.remove(k),
            None => loop {
                let message = self.receive();
                if is_ours(&message) {
                    break message;
                }
                self.pending.push(message);
            },
        };
        message["params"]["diagnostics"].as_array().unwrap().clone()
    }

    fn open(&mut self, text: &str) -> Vec<Value> {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": URI, "languageId": "wlanguage", "version": 1, "text": text}}),
        );
        self.diagnostics()
    }

    fn at(&mut self, method: &str, line: u32, character: u32) -> Value {
        self.at_in(URI, method, line, character)
    }

    fn at_in(&mut self, uri: &str, method: &str, line: u32, character: u32) -> Value {
        let mut params = json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}});
        if method == "textDocument/references" {
            params["context"] = json!({"includeDeclaration": true});
        }
        self.request(method, params)
    }

    fn stop(mut self) {
        let result = self.request("shutdown", Value::Null);
        assert_eq!(result, Value::Null);
        self.notify("exit", Value::Null);
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                assert!(status.success(), "wl lsp exited with {status}");
                return;
            }
            assert!(Instant::now() < deadline, "wl lsp did not exit after `exit`");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

fn init() -> Value {
    json!({"processId": null, "rootUri": null, "capabilities": {}})
}

const FRENCH: &str = "\
nTotal est un entier = 0
POUR i = 1 A 3
\tnTotal += Carré(i)
FIN
Info(ChaîneConstruit(\"total : %1\", nTotal))

PROCÉDURE Carré(n est un entier)
RENVOYER n * n
";

#[test]
fn diagnostics_follow_changes_in_the_users_language() {
    let mut client = Client::start(&[], init());
    // An unknown name and a wrong arity: both reported, with `wl check`'s texts.
    let diagnostics = client.open("x = 1\nInfo(Gauche(\"abc\"))\n");
    let messages: Vec<&str> = diagnostics.iter().map(|d| d["message"].as_str().unwrap()).collect();
    assert_eq!(diagnostics.len(), 2, "{diagnostics:?}");
    assert!(messages[0].starts_with("unknown name `x`"), "{messages:?}");
    assert!(messages[1].contains("Gauche"), "{messages:?}");
    assert_eq!(
        diagnostics[0]["range"],
        json!({"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 1}})
    );
    assert_eq!(diagnostics[0]["source"], "wl");
    assert_eq!(diagnostics[0]["severity"], 1);
    // An incremental change that declares `x`: the first error goes, the second stays.
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": URI, "version": 2}, "contentChanges": [
            {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
             "text": "x est un entier\n"}]}),
    );
    let diagnostics = client.diagnostics();
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(diagnostics[0]["range"]["start"]["line"], 2);
    // A whole-text change with a syntax error.
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": URI, "version": 3}, "contentChanges": [{"text": "SI Vrai ALORS\n"}]}),
    );
    let diagnostics = client.diagnostics();
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert!(diagnostics[0]["code"].as_str().unwrap().starts_with("wl::syntax"), "{diagnostics:?}");
    client.stop();

    // French from the client's locale, and from --lang.
    let mut client =
        Client::start(&[], json!({"processId": null, "rootUri": null, "capabilities": {}, "locale": "fr-FR"}));
    let diagnostics = client.open("x = 1\n");
    assert!(diagnostics[0]["message"].as_str().unwrap().starts_with("nom inconnu"), "{diagnostics:?}");
    client.stop();
    let mut client = Client::start(&["--lang", "fr"], init());
    let diagnostics = client.open("x = 1\n");
    assert!(diagnostics[0]["message"].as_str().unwrap().starts_with("nom inconnu"), "{diagnostics:?}");
    client.stop();
}

#[test]
fn hover_definition_and_references() {
    let mut client = Client::start(&[], init());
    assert!(client.open(FRENCH).is_empty());
    // A builtin: its signature and both names.
    let hover = client.at("textDocument/hover", 4, 8);
    let text = hover["contents"]["value"].as_str().unwrap();
    assert!(text.contains("ChaîneConstruit(p1, [p2, ...])"), "{text}");
    assert!(text.contains("StringBuild"), "{text}");
    // Its page of the help, from the catalogue, in the language of messages.
    assert!(text.contains("[help](https://help.windev.com/?3024006)"), "{text}");
    assert_eq!(hover["range"]["start"], json!({"line": 4, "character": 5}));
    // A user procedure: its declaration line; a variable: its declaration line.
    let text = client.at("textDocument/hover", 2, 12)["contents"]["value"].as_str().unwrap().to_owned();
    assert!(text.contains("PROCÉDURE Carré(n est un entier)"), "{text}");
    let text = client.at("textDocument/hover", 7, 9)["contents"]["value"].as_str().unwrap().to_owned();
    assert!(text.contains("parameter `n`"), "{text}");
    let text = client.at("textDocument/hover", 2, 2)["contents"]["value"].as_str().unwrap().to_owned();
    assert!(text.contains("nTotal est un entier = 0") && text.contains("line 1"), "{text}");
    // Go to definition: from the call to the procedure's name.
    let location = client.at("textDocument/definition", 2, 12);
    assert_eq!(location["uri"], URI);
    assert_eq!(location["range"], json!({"start": {"line": 6, "character": 10}, "end": {"line": 6, "character": 15}}));
    // References of nTotal: the declaration and two uses.
    let references = client.at("textDocument/references", 0, 1);
    let lines: Vec<i64> =
        references.as_array().unwrap().iter().map(|l| l["range"]["start"]["line"].as_i64().unwrap()).collect();
    assert_eq!(lines, [0, 2, 4]);
    // Nothing to say about a string.
    assert_eq!(client.at("textDocument/hover", 4, 25), Value::Null);
    client.stop();
}

#[test]
fn completion_in_the_files_language_and_signature_help() {
    let mut client = Client::start(&[], init());
    client.open(FRENCH);
    let items = client.at("textDocument/completion", 3, 0);
    let labels: Vec<&str> = items.as_array().unwrap().iter().map(|i| i["label"].as_str().unwrap()).collect();
    for expected in ["SI", "TANTQUE", "ChaîneConstruit", "SocketOuverture", "chaîne", "nTotal", "Carré"] {
        assert!(labels.contains(&expected), "{expected} missing from {labels:?}");
    }
    assert!(!labels.contains(&"StringBuild") && !labels.contains(&"IF"), "English words in a French file");
    // `n` is a parameter of Carré: not visible in the main code.
    assert!(!labels.contains(&"n"));
    let items = client.at("textDocument/completion", 7, 9);
    let labels: Vec<&str> = items.as_array().unwrap().iter().map(|i| i["label"].as_str().unwrap()).collect();
    assert!(labels.contains(&"n"), "{labels:?}");
    // Accents need not be typed.
    let item = items.as_array().unwrap().iter().find(|i| i["label"] == "ChaîneConstruit").unwrap();
    assert!(item["filterText"].as_str().unwrap().contains("chaineconstruit"), "{item}");
    // Inside the call's second argument.
    let help = client.at("textDocument/signatureHelp", 4, 38);
    assert_eq!(help["signatures"][0]["label"], "ChaîneConstruit(p1, [p2, ...])");
    assert_eq!(help["activeParameter"], 1);
    let help = client.at("textDocument/signatureHelp", 2, 17);
    assert_eq!(help["signatures"][0]["label"], "Carré(n est un entier)");
    assert_eq!(help["activeParameter"], 0);
    client.stop();

    let mut client = Client::start(&[], init());
    client.open("s is string = \"a\"\nIF s = \"a\" THEN\n\tInfo(s)\nEND\n");
    let items = client.at("textDocument/completion", 2, 1);
    let labels: Vec<&str> = items.as_array().unwrap().iter().map(|i| i["label"].as_str().unwrap()).collect();
    for expected in ["IF", "WHILE", "StringBuild", "SocketOpening", "string", "s"] {
        assert!(labels.contains(&expected), "{expected} missing from {labels:?}");
    }
    assert!(!labels.contains(&"ChaîneConstruit"));
    client.stop();
}

#[test]
fn symbols_and_formatting() {
    let mut client = Client::start(&[], init());
    client.open("Info(1)\nPROCÉDURE P()\nPROCÉDURE INTERNE Q()\nInfo(2)\nFIN\nPROCÉDURE R()\n");
    let symbols = client.request("textDocument/documentSymbol", json!({"textDocument": {"uri": URI}}));
    let names: Vec<&str> = symbols.as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["P", "R"]);
    assert_eq!(symbols[0]["children"][0]["name"], "Q");
    assert_eq!(symbols[0]["children"][0]["selectionRange"]["start"], json!({"line": 2, "character": 18}));

    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": URI, "version": 2}, "contentChanges": [{"text": "si vrai alors\ninfo( 1 )\nfin\n"}]}),
    );
    let edits = client.request(
        "textDocument/formatting",
        json!({"textDocument": {"uri": URI}, "options": {"tabSize": 4, "insertSpaces": false}}),
    );
    assert_eq!(
        edits,
        json!([{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 3, "character": 0}},
                "newText": "SI Vrai ALORS\n\tInfo(1)\nFIN\n"}])
    );
    client.stop();
}

#[test]
fn types_of_the_script() {
    let mut client = Client::start(&[], init());
    let diagnostics = client.open(
        "Point est une Structure\n\tx est un entier\n\ty est un entier\nFIN\np est un Point\np.x = 1\n\
         Forme est une Classe\n\tnom est une chaîne\nFIN\nPROCÉDURE Forme.Aire()\nRENVOYER 0\n",
    );
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    // Members after `p.`: the structure's fields (and the properties).
    let items = client.at("textDocument/completion", 5, 2);
    let labels: Vec<&str> = items.as_array().unwrap().iter().map(|i| i["label"].as_str().unwrap()).collect();
    assert!(labels.contains(&"x") && labels.contains(&"y") && labels.contains(&"Occurrence"), "{labels:?}");
    assert!(!labels.contains(&"SI"), "{labels:?}");
    // The type of `p`: go to its declaration.
    let location = client.at("textDocument/definition", 4, 10);
    assert_eq!(location["range"]["start"], json!({"line": 0, "character": 0}));
    // Symbols: the structure with its fields, the class, the method.
    let symbols = client.request("textDocument/documentSymbol", json!({"textDocument": {"uri": URI}}));
    let names: Vec<&str> = symbols.as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Point", "Forme", "Forme.Aire"]);
    assert_eq!(symbols[0]["kind"], 23, "a structure");
    assert_eq!(symbols[1]["kind"], 5, "a class");
    assert_eq!(symbols[0]["children"][1]["name"], "y");
    // A member named like a builtin is not the builtin.
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": URI, "version": 2}, "contentChanges": [
            {"text": "t est un tableau de entiers\nInfo(t..Taille, Taille(\"ab\"))\n"}]}),
    );
    let text = client.at("textDocument/hover", 1, 9)["contents"]["value"].as_str().unwrap().to_owned();
    assert!(text.starts_with("property") && text.contains("Count"), "{text}");
    let text = client.at("textDocument/hover", 1, 18)["contents"]["value"].as_str().unwrap().to_owned();
    assert!(text.contains("Taille(p1)") && text.contains("Length"), "{text}");
    client.stop();
}

#[test]
fn odd_requests_get_answers_and_the_server_stays_up() {
    let mut client = Client::start(&[], init());
    // A document never opened: nothing to say.
    let answer = client.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": "file:///nowhere.wl"}, "position": {"line": 0, "character": 0}}),
    );
    assert_eq!(answer, Value::Null);
    // An unknown method and bad parameters: errors, not a crash.
    let answer = client.request_raw("wlang/unknown", json!({}));
    assert_eq!(answer["error"]["code"], -32601, "{answer}");
    let answer = client.request_raw("textDocument/hover", json!({"position": "here"}));
    assert_eq!(answer["error"]["code"], -32602, "{answer}");
    // Positions past the end are clamped; a deep nesting is reported, not a crash.
    client.open("Info(1)\n");
    let deep = format!("x = {}1{}\n", "(".repeat(100_000), ")".repeat(100_000));
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": URI, "version": 2}, "contentChanges": [
            {"range": {"start": {"line": 40, "character": 0}, "end": {"line": 99, "character": 7}}, "text": deep}]}),
    );
    let diagnostics = client.diagnostics();
    assert!(!diagnostics.is_empty());
    let answer = client.at("textDocument/hover", 1, 50_000);
    assert_eq!(answer, Value::Null);
    client.stop();
}

/// A folder under the system's temporary folder, removed on drop.
struct Folder(std::path::PathBuf);

impl Folder {
    fn new(tag: &str) -> Folder {
        let path = std::env::temp_dir().join(format!("wlang-lsp-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        Folder(path)
    }

    fn write(&self, name: &str, text: &str) -> std::path::PathBuf {
        let path = self.0.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The `file:` URI of a path, as editors write it (spaces and accents percent-encoded).
fn file_uri(path: &std::path::Path) -> String {
    let mut uri = String::from("file://");
    for b in path.to_str().unwrap().bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            uri.push(b as char);
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri
}

const EXPORT_HEADER: &str = "#To edit and compare internal_properties, use WINDEV integrated tools.\n\
                             #Internal properties refer to the properties of controls in windows, reports, etc.\n";

/// A small WINDEV project in text mode: a project file whose initialisation declares a global,
/// a procedure set (a global, a procedure), a window whose button calls them (and `Triple`,
/// which nothing declares), with its own declarations and local procedure.
fn project_files() -> [(&'static str, String); 3] {
    [
        (
            "Essai.wdp",
            format!(
                "{EXPORT_HEADER}info :\n name : Essai\n type : 4097\nproject :\n identifier : 0x0\n elements :\n  \
                 identifier : 0x7000000000000001\n  elements :\n   -\n     name : Outils\n     identifier : 0x7000000000000002\n     \
                 physical_name : .\\Outils.wdg\n     type : 7\n   -\n     name : FEN_Main\n     identifier : 0x7000000000000003\n     \
                 physical_name : .\\FEN_Main.wdw\n     type : 1\n code_elements :\n  type_code : 0\n  p_codes :\n   -\n     \
                 code : |1-\n      gnCompteur est un entier = 1\n     type : 196608\n"
            ),
        ),
        ("Outils.wdg", outils("")),
        (
            "FEN_Main.wdw",
            format!(
                "{EXPORT_HEADER}info :\n name : FEN_Main\n type : 1\nwindow :\n name : FEN_Main\n identifier : 0x7000000000000003\n \
                 controls :\n  -\n    name : BTN_OK\n    identifier : 0x2\n    code_elements :\n     p_codes :\n      -\n        \
                 code : |1+\n         gnCompteur = Double(gnCompteur)\n         Info(gsNom, Triple(nLocal))\n        type : 18\n \
                 code_elements :\n  p_codes :\n   -\n     code : |1-\n      nLocal est un entier = Calcule()\n     type : 720896\n  \
                 procedures :\n   -\n     name : Calcule\n     procedure_id : 1\n     code : |1+\n      PROCÉDURE Calcule()\n      \
                 RENVOYER Double(2)\n     type : 458752\n"
            ),
        ),
    ]
}

/// The procedure set of `project_files`, with more procedures.
fn outils(more: &str) -> String {
    format!(
        "{EXPORT_HEADER}info :\n name : Outils\n type : 7\nprocedure_set :\n identifier : 0x7000000000000002\n code_elements :\n  \
         type_code : 31\n  p_codes :\n   -\n     code : |1-\n      gsNom est une chaîne = \"essai\"\n     type : 720896\n  \
         procedures :\n   -\n     name : Double\n     procedure_id : 1\n     type_code : 15\n     code : |1+\n      \
         PROCÉDURE Double(n)\n      RENVOYER n * 2\n     type : 458752\n{more}"
    )
}

fn open_at(client: &mut Client, uri: &str, text: &str) {
    client.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "windev", "version": 1, "text": text}}),
    );
}

/// A window's export open in the editor is checked with its whole project, as `wl check` checks
/// it: the names of the other elements are known, the errors sit at their place in the export
/// file with `wl check`'s texts; hover and definition reach the procedures and globals of the
/// other elements.
#[test]
fn project_exports_are_checked_with_their_project() {
    let folder = Folder::new("project");
    let files = project_files();
    for (name, text) in &files {
        folder.write(&format!("WD Essai/{name}"), text);
    }
    let dir = folder.0.join("WD Essai");
    let window = file_uri(&dir.join("FEN_Main.wdw"));
    let outils_uri = file_uri(&dir.join("Outils.wdg"));
    let mut client = Client::start(&[], init());
    open_at(&mut client, &window, &files[2].1);
    let diagnostics = client.diagnostics_of(&window);
    // `Double`, `gnCompteur`, `gsNom` (other elements), `nLocal` and `Calcule` (the window's):
    // known; `Triple`: unknown, on line 18 of the file, after the block's indentation.
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    let message = diagnostics[0]["message"].as_str().unwrap();
    assert!(message.starts_with("unknown procedure or function `Triple`"), "{message}");
    assert_eq!(
        diagnostics[0]["range"],
        json!({"start": {"line": 17, "character": 21}, "end": {"line": 17, "character": 27}})
    );
    // The text is `wl check`'s on the project.
    let check = Command::new(env!("CARGO_BIN_EXE_wl")).args(["check"]).arg(&dir).env("LANG", "C").output().unwrap();
    let stderr = String::from_utf8_lossy(&check.stderr);
    assert!(stderr.contains(message.lines().next().unwrap()) && stderr.contains("FEN_Main.wdw:18:13"), "{stderr}");

    // Hover and definition: a procedure of the procedure set, a global of the project, the
    // window's own declaration.
    let text = client.at_in(&window, "textDocument/hover", 16, 23)["contents"]["value"].as_str().unwrap().to_owned();
    assert!(text.contains("PROCÉDURE Double(n)") && text.contains("Outils.wdg"), "{text}");
    let location = client.at_in(&window, "textDocument/definition", 16, 23);
    assert_eq!(location["uri"], outils_uri);
    assert_eq!(
        location["range"],
        json!({"start": {"line": 20, "character": 16}, "end": {"line": 20, "character": 22}})
    );
    let text = client.at_in(&window, "textDocument/hover", 16, 10)["contents"]["value"].as_str().unwrap().to_owned();
    assert!(text.contains("gnCompteur est un entier = 1") && text.contains("global"), "{text}");
    let location = client.at_in(&window, "textDocument/definition", 17, 30);
    assert_eq!(location["uri"], window.as_str());
    assert_eq!(location["range"]["start"], json!({"line": 23, "character": 6}));
    // A builtin: its signature.
    let text = client.at_in(&window, "textDocument/hover", 17, 10)["contents"]["value"].as_str().unwrap().to_owned();
    assert!(text.contains("Info(") && text.contains("family"), "{text}");
    // The outline: the code blocks.
    let symbols = client.request("textDocument/documentSymbol", json!({"textDocument": {"uri": window}}));
    let names: Vec<&str> = symbols.as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["BTN_OK: click", "declarations", "procedure Calcule"]);
    // Formatting would lay the export out as a script: nothing to do.
    let edits = client.request(
        "textDocument/formatting",
        json!({"textDocument": {"uri": window}, "options": {"tabSize": 4, "insertSpaces": false}}),
    );
    assert_eq!(edits, Value::Null);

    // A change that fixes the error (the editor's text, not the disk's): the error goes.
    let triple = json!({"start": {"line": 17, "character": 21}, "end": {"line": 17, "character": 27}});
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": window, "version": 2}, "contentChanges": [{"range": triple, "text": "Double"}]}),
    );
    assert_eq!(client.diagnostics_of(&window), Vec::<Value>::new());
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": window, "version": 3}, "contentChanges": [
            {"range": {"start": {"line": 17, "character": 21}, "end": {"line": 17, "character": 27}}, "text": "Triple"}]}),
    );
    assert_eq!(client.diagnostics_of(&window).len(), 1);

    // Another element open and changed, unsaved: the window sees its new procedure.
    open_at(&mut client, &outils_uri, &files[1].1);
    assert_eq!(client.diagnostics_of(&outils_uri), Vec::<Value>::new());
    assert_eq!(client.diagnostics_of(&window).len(), 1, "published again with the project's");
    let more = "   -\n     name : Triple\n     procedure_id : 2\n     type_code : 15\n     code : |1+\n      \
                PROCÉDURE Triple(n)\n      RENVOYER n * 3\n     type : 458752\n";
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": outils_uri, "version": 2}, "contentChanges": [{"text": outils(more)}]}),
    );
    assert_eq!(client.diagnostics_of(&outils_uri), Vec::<Value>::new());
    assert_eq!(client.diagnostics_of(&window), Vec::<Value>::new());
    let location = client.at_in(&window, "textDocument/definition", 17, 22);
    assert_eq!(location["uri"], outils_uri);
    assert_eq!(location["range"]["start"], json!({"line": 28, "character": 16}));
    // Closed without saving: the disk's procedure set again, and the error is back.
    client.notify("textDocument/didClose", json!({"textDocument": {"uri": outils_uri}}));
    assert_eq!(client.diagnostics_of(&outils_uri), Vec::<Value>::new());
    assert_eq!(client.diagnostics_of(&window).len(), 1);
    client.stop();
}

/// A `.wl` script in a project's folder is analysed on its own; an export outside any project
/// is checked alone.
#[test]
fn scripts_stay_alone_and_lone_exports_are_checked() {
    let folder = Folder::new("alone");
    for (name, text) in &project_files() {
        folder.write(&format!("projet/{name}"), text);
    }
    let script = file_uri(&folder.write("projet/essai.wl", "Trace(gnCompteur)\n"));
    let mut client = Client::start(&[], init());
    open_at(&mut client, &script, "Trace(gnCompteur)\n");
    let diagnostics = client.diagnostics_of(&script);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert!(diagnostics[0]["message"].as_str().unwrap().starts_with("unknown name `gnCompteur`"));

    let text = outils(
        "   -\n     name : P\n     code : |1+\n      PROCÉDURE P()\n      RENVOYER gnCompteur\n     type : 458752\n",
    );
    let lone = file_uri(&folder.write("seul/Outils.wdg", &text));
    open_at(&mut client, &lone, &text);
    let diagnostics = client.diagnostics_of(&lone);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert!(diagnostics[0]["message"].as_str().unwrap().starts_with("unknown name `gnCompteur`"));
    assert_eq!(diagnostics[0]["range"]["start"], json!({"line": 27, "character": 15}));
    client.stop();
}

/// The editor files generated from the tables are up to date: the TextMate grammar, the
/// language configuration, and the grammar tests (a few lines of each sample with the scope of
/// every keyword, string, comment and number, which `editors/vscode/test` checks with
/// `vscode-tmgrammar-test`). `WLANG_BLESS=1 cargo test --test lsp` regenerates them.
#[test]
fn editor_files_are_generated_from_the_tables() {
    use wlang::tools::lsp::textmate;
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let vscode = repo.join("editors/vscode");
    let bless = std::env::var_os("WLANG_BLESS").is_some_and(|v| !v.is_empty() && v != "0");
    let mut expected: Vec<(std::path::PathBuf, String)> = vec![
        (vscode.join("syntaxes/wlanguage.tmLanguage.json"), textmate::grammar_text()),
        (vscode.join("language-configuration.json"), textmate::json_text(&textmate::language_configuration())),
    ];
    let mut samples: Vec<_> = std::fs::read_dir(repo.join("samples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "wl"))
        .collect();
    samples.sort();
    for sample in samples {
        let name = sample.file_name().unwrap().to_string_lossy().into_owned();
        let text = wlang::source::SourceFile::from_bytes(&name, &std::fs::read(&sample).unwrap()).text;
        expected.push((
            vscode.join("test/grammar").join(&name),
            textmate::grammar_test(&format!("samples/{name}"), &text, 6),
        ));
    }
    let mut stale = Vec::new();
    for (path, text) in &expected {
        if std::fs::read_to_string(path).ok().as_deref() != Some(text.as_str()) {
            if bless {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(path, text).unwrap();
            } else {
                stale.push(path.strip_prefix(repo).unwrap().display().to_string());
            }
        }
    }
    // No test file is left from a sample that is gone.
    for entry in std::fs::read_dir(vscode.join("test/grammar")).unwrap() {
        let path = entry.unwrap().path();
        if !expected.iter().any(|(p, _)| *p == path) {
            stale.push(format!("{} (no such sample)", path.display()));
        }
    }
    assert!(stale.is_empty(), "out of date (WLANG_BLESS=1 cargo test --test lsp regenerates them): {stale:?}");
}

/// Not a test: the time from a `didChange` to its `publishDiagnostics` on a 2,000-line file.
#[test]
#[ignore]
fn diagnostics_latency() {
    let mut text = String::new();
    let mut lines = 0;
    let mut k = 0;
    while lines < 2000 {
        text.push_str(&format!(
            "PROCÉDURE P{k}(a est un entier, b)\nx{k} est un entier = a * 2 + b\nSI x{k} > 10 ALORS\n\tInfo(ChaîneConstruit(\"%1\", x{k}))\nSINON\n\tPOUR i = 1 A 3\n\t\tx{k} += Taille(\"abc\") + i\n\tFIN\nFIN\nRENVOYER x{k}\n"
        ));
        lines += 10;
        k += 1;
    }
    let main: String = (0..k).map(|j| format!("Trace(P{j}({j}, 1))\n")).collect();
    let text = format!("{main}{text}");
    let total_lines = text.lines().count();
    let mut client = Client::start(&[], init());
    assert!(client.open(&text).is_empty());
    let mut times = Vec::new();
    for round in 0..30 {
        // Type one character at the end of line 1 (a new error, then fixed again).
        let insert = if round % 2 == 0 { "z" } else { "" };
        let start = Instant::now();
        client.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": URI, "version": round + 2}, "contentChanges": [
                {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": if round % 2 == 0 { 0 } else { 1 }}},
                 "text": insert}]}),
        );
        let diagnostics = client.diagnostics();
        times.push(start.elapsed());
        assert_eq!(diagnostics.is_empty(), round % 2 == 1, "round {round}: {diagnostics:?}");
    }
    times.sort();
    println!(
        "didChange → publishDiagnostics on {total_lines} lines ({} bytes): median {:.1} ms, max {:.1} ms over {} changes",
        text.len(),
        times[times.len() / 2].as_secs_f64() * 1000.0,
        times[times.len() - 1].as_secs_f64() * 1000.0,
        times.len()
    );
    client.stop();
}

/// Not a test: the time from a `didChange` to its `publishDiagnostics` on the largest element
/// export of a project (`WLANG_PROJECT`, else the tests' small project), checked with its whole
/// project; and the time its `didOpen` takes (the project loaded, every block parsed).
#[test]
#[ignore]
fn project_diagnostics_latency() {
    let folder = Folder::new("latency");
    let path = match std::env::var_os("WLANG_PROJECT") {
        Some(path) => std::path::PathBuf::from(path),
        None => {
            for (name, text) in &project_files() {
                folder.write(&format!("essai/{name}"), text);
            }
            folder.0.join("essai")
        }
    };
    let project = wlang::tools::project::load_one(&path).expect("a project");
    let root = project.root.canonicalize().unwrap();
    // The largest export with code, and the first line of its largest block.
    let element = project
        .elements
        .iter()
        .filter(|e| !e.blocks.is_empty())
        .max_by_key(|e| std::fs::metadata(root.join(&e.file)).map_or(0, |m| m.len()));
    let element = element.expect("an element with code");
    let block = element.blocks.iter().map(|&b| &project.blocks[b]).max_by_key(|b| b.end - b.start).unwrap();
    let file = root.join(&element.file);
    let text = wlang::source::SourceFile::from_bytes("", &std::fs::read(&file).unwrap()).text;
    let line = block.line - 1;
    let indent = text.lines().nth(line).unwrap().chars().take_while(|c| c.is_whitespace()).count() as u32;
    let uri = file_uri(&file);
    let blocks = project.blocks.len();
    let code_lines: usize = project.blocks.iter().map(|b| project.code(b).lines().count()).sum();

    let mut client = Client::start(&[], init());
    let start = Instant::now();
    open_at(&mut client, &uri, &text);
    let base = client.diagnostics_of(&uri).len();
    let opening = start.elapsed();
    let mut times = Vec::new();
    for round in 0..30 {
        // Type one character at the start of the block's first line (a new error), then take
        // it away.
        let (insert, end) = if round % 2 == 0 { ("z", indent) } else { ("", indent + 1) };
        let start = Instant::now();
        client.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": round + 2}, "contentChanges": [
                {"range": {"start": {"line": line, "character": indent}, "end": {"line": line, "character": end}},
                 "text": insert}]}),
        );
        let diagnostics = client.diagnostics_of(&uri);
        times.push(start.elapsed());
        assert_eq!(diagnostics.len() == base, round % 2 == 1, "round {round}: {diagnostics:?}");
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{}: {} elements, {blocks} code blocks, {code_lines} code lines; {} ({} bytes, {} lines)",
        path.display(),
        project.elements.len(),
        element.file,
        text.len(),
        text.lines().count()
    );
    println!(
        "didOpen → publishDiagnostics {:.1} ms; didChange → publishDiagnostics: median {:.1} ms, max {:.1} ms over {} changes",
        ms(opening),
        ms(times[times.len() / 2]),
        ms(times[times.len() - 1]),
        times.len()
    );
    client.stop();
}
