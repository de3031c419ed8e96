//! What only the `wl` binary shows: the script's command line (`wl run script.wl a b c`), answers
//! read from stdin (`OuiNon`, `Confirmer`), `--sandbox` denials in both languages, the exit code
//! `FinProgramme` sets, the current folder and `--no-dynamic-strings`. Each test writes its
//! scripts into a folder of its own and runs `wl` from there; network tests stay on loopback
//! (closed ports, the embedded echo server).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// A fresh folder for one test, removed when dropped.
struct Folder(PathBuf);

impl Folder {
    fn new(name: &str) -> Folder {
        let path = std::env::temp_dir().join(format!("wlang-cli-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("create the test folder");
        Folder(std::fs::canonicalize(&path).expect("resolve the test folder"))
    }

    fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, text).expect("write the script");
        path
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs `wl ARGS` from `dir` with `stdin` as its input (`None`: no input at all).
fn wl(dir: &Path, args: &[&str], stdin: Option<&str>) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_wl"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("wl starts");
    if let Some(text) = stdin {
        let mut pipe = child.stdin.take().expect("stdin is piped");
        pipe.write_all(text.as_bytes()).expect("write stdin");
    }
    let out = child.wait_with_output().expect("wl ends");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn the_script_gets_its_command_line() {
    let dir = Folder::new("args");
    dir.write(
        "params.wl",
        r#"Trace(LigneCommande())
Trace(LigneCommande(1), LigneCommande(2), "[" + LigneCommande(9) + "]")
Trace(LigneCommande("mode"), LigneCommande("Debug"), "[" + LigneCommande("absent") + "]")
Trace(ProjetInfo(piNomProjet), fExtraitChemin(ExeInfo(exeNom), fFichier + fExtension))
Trace(fRepExe() = ExeInfo(exeRépertoire), fFichierExiste(fRepExe() + "/params.wl"))
"#,
    );
    let run = wl(&dir.0, &["run", "params.wl", "un", "deux mots", "/MODE=essai", "/DEBUG", "--", "-x"], None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "un \"deux mots\" /MODE=essai /DEBUG -x\nun, deux mots, []\nessai, 1, []\nparams, params.wl\n1, 1\n"
    );
    // From another folder, fRepExe() is still the script's folder.
    let elsewhere = Folder::new("args-elsewhere");
    let script = dir.0.join("params.wl");
    let run = wl(&elsewhere.0, &["run", script.to_str().unwrap()], None);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.ends_with("params, params.wl\n1, 1\n"), "{}", run.stdout);
}

const DIALOGS: &str = r#"Trace("OuiNon", OuiNon("Continuer ?"))
Trace("OuiNon(Non)", OuiNon(Non, "Tout effacer ?", "Le dossier sera vidé."))
Trace("Confirmer", Confirmer("Enregistrer ?"))
Trace("Confirmer(Annuler)", Confirmer(Annuler, "Quitter ?"))
"#;

#[test]
fn dialogs_read_their_answers_from_stdin() {
    let dir = Folder::new("dialogs");
    dir.write("dialogues.wl", DIALOGS);
    // Unknown answers ask again; the answer words of both languages work, in any case.
    let run = wl(&dir.0, &["run", "dialogues.wl"], Some("peut-être\nNON\nyes\nc\no\n"));
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "Continuer ? [Y/n]\nContinuer ? [Y/n]\nOuiNon, 0\nTout effacer ?\nLe dossier sera vidé. [y/N]\n\
         OuiNon(Non), 1\nEnregistrer ? [Y/n/c]\nConfirmer, 2\nQuitter ? [y/n/C]\nConfirmer(Annuler), 1\n"
    );
    // Empty lines take the default button.
    let run = wl(&dir.0, &["--lang", "fr", "run", "dialogues.wl"], Some("\n\n\n\n"));
    assert_eq!(
        run.stdout,
        "Continuer ? [O/n]\nOuiNon, 1\nTout effacer ?\nLe dossier sera vidé. [o/N]\nOuiNon(Non), 0\n\
         Enregistrer ? [O/n/a]\nConfirmer, 1\nQuitter ? [o/n/A]\nConfirmer(Annuler), 2\n"
    );
}

#[test]
fn without_input_dialogs_answer_their_default_button() {
    let dir = Folder::new("dialogs-eof");
    dir.write("dialogues.wl", DIALOGS);
    for stdin in [None, Some("")] {
        let run = wl(&dir.0, &["run", "dialogues.wl"], stdin);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let answers: Vec<&str> = run.stdout.lines().filter(|l| l.contains(", ")).collect();
        assert_eq!(answers, ["OuiNon, 1", "OuiNon(Non), 0", "Confirmer, 1", "Confirmer(Annuler), 2"]);
    }
}

const INPUTS: &str = r#"sNom est une chaîne = "Léa"
nAge est un entier = 30
d est une Date = "20240101"
b est un booléen
v est un variant
Trace(Saisie("Nom ?", sNom), sNom)
Trace(Saisie("Âge ?", nAge), nAge)
Trace(Input("Date?", d), d)
Trace(Saisie("Vrai ?", b), b)
Trace(Saisie("Quoi ?", v), v)
"#;

#[test]
fn input_reads_the_answer_into_its_variable() {
    let dir = Folder::new("inputs");
    dir.write("saisie.wl", INPUTS);
    // An answer that does not read as the variable's type asks again; an empty line keeps the
    // value proposed.
    let run = wl(&dir.0, &["run", "saisie.wl"], Some("Zoé\ntrente\n\n2024-02-03\npeut-être\noui\n  deux mots \n"));
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "Nom ? [Léa]\n1, Zoé\nÂge ? [30]\nÂge ? [30]\n1, 30\nDate? [20240101]\n1, 20240203\n\
         Vrai ? [0]\nVrai ? [0]\n1, 1\nQuoi ?\n1,   deux mots \n"
    );
    // Without input, every variable keeps its value.
    let run = wl(&dir.0, &["run", "saisie.wl"], Some(""));
    let answers: Vec<&str> = run.stdout.lines().filter(|l| l.starts_with("1, ")).collect();
    assert_eq!(answers, ["1, Léa", "1, 30", "1, 20240101", "1, 0", "1, "]);
}

#[test]
fn end_program_sets_the_exit_code() {
    let dir = Folder::new("exit");
    dir.write("fin.wl", "Trace(\"avant\")\nFinProgramme(3)\nTrace(\"après\")\n");
    let run = wl(&dir.0, &["run", "fin.wl"], None);
    assert_eq!((run.code, run.stdout.as_str(), run.stderr.as_str()), (3, "avant\n", ""));
    dir.write("fin0.wl", "FinProgramme()\n");
    assert_eq!(wl(&dir.0, &["run", "fin0.wl"], None).code, 0);
}

#[test]
fn dynamic_strings_are_a_project_option() {
    let dir = Folder::new("dynamic");
    dir.write("nom.wl", "Nom est une chaîne = \"Dupont\"\nTrace(\"Bonjour [%Nom%] !\")\n");
    let run = wl(&dir.0, &["run", "nom.wl"], None);
    assert_eq!((run.code, run.stdout.as_str()), (0, "Bonjour Dupont !\n"));
    let run = wl(&dir.0, &["run", "--no-dynamic-strings", "nom.wl"], None);
    assert_eq!((run.code, run.stdout.as_str()), (0, "Bonjour [%Nom%] !\n"));
}

#[test]
fn the_current_folder_can_change() {
    let dir = Folder::new("cwd");
    std::fs::create_dir(dir.0.join("sous")).unwrap();
    dir.write(
        "cd.wl",
        r#"Trace(fRepEnCours() = fRepExe())
Trace(fRepEnCours("sous"), fExtraitChemin(fRepEnCours(), fFichier))
fSauveTexte("ici.txt", "x")
Trace(fRepEnCours("absent"), ErreurInfo())
"#,
    );
    let run = wl(&dir.0, &["run", "cd.wl"], None);
    assert_eq!(run.stdout, "1\n1, sous\n0, the folder \"absent\" does not exist\n", "{}", run.stderr);
    assert!(dir.0.join("sous/ici.txt").is_file());
}

// ------------------------------------------------------------------ --sandbox

/// A script that tries one forbidden thing after allowed ones.
fn sandboxed(dir: &Folder, script: &str, extra: &[&str], lang: &str) -> Run {
    dir.write("bac.wl", script);
    let mut args = vec!["--lang", lang, "run", "--sandbox"];
    args.extend_from_slice(extra);
    args.push("bac.wl");
    wl(&dir.0, &args, None)
}

#[test]
fn the_sandbox_allows_the_script_folder_and_its_temporary_folder() {
    let dir = Folder::new("sandbox-ok");
    let run = sandboxed(
        &dir,
        r#"Trace(fSauveTexte("données.txt", "ici"), fChargeTexte(fRepExe() + "/données.txt"))
sTmp est une chaîne = fRépertoireTemp()
Trace(fRepCrée(sTmp + "/sous"), fSauveTexte(sTmp + "/sous/t.txt", "là"), fChargeTexte(sTmp + "/sous/t.txt"))
Trace(fListeFichier(sTmp + "/sous/*.txt") = sTmp + "/sous/t.txt")
Trace(Position(sTmp, "wl-sandbox-") > 0)
fSauveTexte("chemin.txt", sTmp)
"#,
        &[],
        "en",
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "1, ici\n1, 1, là\n1\n1\n");
    // The run's temporary folder is deleted at the end.
    let temp = std::fs::read_to_string(dir.0.join("chemin.txt")).unwrap();
    assert!(!Path::new(&temp).exists(), "{temp} is left behind");
}

#[test]
fn the_sandbox_refuses_files_elsewhere_in_both_languages() {
    let dir = Folder::new("sandbox-files");
    let outside = Folder::new("sandbox-outside");
    std::fs::write(outside.0.join("secret.txt"), "secret").unwrap();
    let secret = outside.0.join("secret.txt");
    let script = format!(
        "QUAND EXCEPTION DANS\n\tfChargeTexte(\"{0}\")\nFAIRE\n\tTrace(ExceptionInfo())\nFIN\n\
         QUAND EXCEPTION DANS\n\tfFichierExiste(\"../x.txt\")\nFAIRE\n\tTrace(ExceptionInfo())\nFIN\n\
         fSupprime(\"{0}\")\n",
        secret.display()
    );
    let run = sandboxed(&dir, &script, &[], "en");
    assert_eq!(run.code, 1);
    let shown = secret.display();
    assert_eq!(
        run.stdout,
        format!(
            "fChargeTexte: --sandbox: access to \"{shown}\" is denied (only the script's folder and the temporary folder fRépertoireTemp() are allowed)\n\
             fFichierExiste: --sandbox: access to \"../x.txt\" is denied (only the script's folder and the temporary folder fRépertoireTemp() are allowed)\n"
        )
    );
    assert!(run.stderr.contains("fSupprime: --sandbox: access to"), "{}", run.stderr);
    assert!(run.stderr.contains("bac.wl:11:1"), "{}", run.stderr);
    assert!(secret.exists());
    let run = sandboxed(&dir, &script, &[], "fr");
    assert!(run.stdout.starts_with(&format!(
        "fChargeTexte: --sandbox : l'accès à \"{shown}\" est refusé (seuls le dossier du script et le dossier temporaire fRépertoireTemp() sont permis)\n"
    )));
    // A symbolic link out of the script's folder does not get around it.
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&outside.0, dir.0.join("lien")).unwrap();
        let run = sandboxed(&dir, "fChargeTexte(\"lien/secret.txt\")\n", &[], "en");
        assert_eq!(run.code, 1);
        assert!(run.stderr.contains("--sandbox: access to \"lien/secret.txt\" is denied"), "{}", run.stderr);
    }
}

#[test]
fn the_sandbox_refuses_launching_programs() {
    let dir = Folder::new("sandbox-launch");
    let run = sandboxed(
        &dir,
        "QUAND EXCEPTION DANS\n\tLanceAppli(\"touch lancé.txt\", exeActif, exeBloquant)\nFAIRE\n\tTrace(ExceptionInfo())\nFIN\nLanceAppliAssociée(\"bac.wl\")\n",
        &[],
        "en",
    );
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, "LanceAppli: --sandbox: launching a program is not allowed\n");
    assert!(run.stderr.contains("LanceAppliAssociée: --sandbox: launching a program is not allowed"), "{}", run.stderr);
    assert!(!dir.0.join("lancé.txt").exists());
    let run = sandboxed(&dir, "LanceAppli(\"true\")\n", &[], "fr");
    assert!(run.stderr.contains("LanceAppli: --sandbox : le lancement d'un programme est interdit"), "{}", run.stderr);
}

#[test]
fn the_sandbox_connects_only_to_mapped_hosts() {
    let dir = Folder::new("sandbox-net");
    let script = r#"QUAND EXCEPTION DANS
	WebSocketClientConnecte("a", "example.test", 80)
FAIRE
	Trace(ExceptionInfo())
FIN
QUAND EXCEPTION DANS
	NetAdresseIP("example.test")
FAIRE
	Trace(ExceptionInfo())
FIN
Trace("mappé", WebSocketClientConnecte("b", "mapped.test", 80, "", "", 2000), Position(ErreurInfo(), "sandbox") = 0)
"#;
    // mapped.test:80 goes to a closed loopback port: a network failure, not a denial.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    let rule = format!("mapped.test:80:127.0.0.1:{port}");
    let run = sandboxed(&dir, script, &["--connect-to", &rule], "en");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout,
        "WebSocketClientConnecte: --sandbox: connecting to example.test:80 is not allowed (map it with --connect-to or use --echo)\n\
         NetAdresseIP: --sandbox: looking up \"example.test\" is not allowed (map it with --connect-to)\n\
         mappé, 0, 1\n"
    );
    let run = sandboxed(&dir, "WebSocketClientConnecte(\"a\", \"example.test\", 80)\n", &[], "fr");
    assert!(
        run.stderr.contains("--sandbox : la connexion à example.test:80 est interdite (associez-le avec --connect-to ou utilisez --echo)"),
        "{}",
        run.stderr
    );
    // With --echo every host goes to the embedded echo server, so every host is allowed.
    let run = sandboxed(
        &dir,
        "Trace(WebSocketClientConnecte(\"e\", \"echo.websocket.org\"))\nSocketEcrit(\"e\", \"écho\")\nTrace(SocketLit(\"e\"))\nSocketFerme(\"e\")\n",
        &["--echo"],
        "en",
    );
    assert_eq!((run.code, run.stdout.as_str()), (0, "1\nécho\n"), "{}", run.stderr);
}
