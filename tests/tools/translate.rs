//! `wl translate`: every sample translated to English and to French runs with the same output,
//! translating back gives the original modulo the spelling of the translated words, and focused
//! fixtures (`translate/NAME.wl`) have their translations pinned in `NAME.en.out` / `NAME.fr.out`.
//!
//! "Modulo the spelling" precisely: the texts are byte-identical outside the translatable words,
//! the words mean the same in the same order (`same_modulo_spelling`), and every word the original
//! spelled canonically for the language translated back to (`FIN`, `fin`, `Taille`, `est un`)
//! comes back byte for byte. Only non-canonical spellings may change (`est une` → `est un`,
//! `FONCTION` → `PROCÉDURE`, an English `END` in a French script → `FIN`).

use std::path::Path;
use std::time::Duration;

use wlang::source::SourceFile;
use wlang::tools::golden::{ECHO_MARKER, Outcome, collect, run_in_process};
use wlang::tools::translate::{Language, restyle, same_modulo_spelling, translate, words};

use crate::{expect_file, fixture};

fn run(name: &str, text: &str) -> Outcome {
    let echo = text.lines().take(5).any(|l| l.contains(ECHO_MARKER));
    run_in_process(SourceFile::new(name, text), echo.then(|| Duration::from_millis(500)), Duration::from_secs(30))
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Stdout and the exit code are identical; stderr is empty in both or in neither (its
/// diagnostics quote the source, which the translation changes).
fn assert_same_run(name: &str, original: &Outcome, translated: &Outcome) {
    assert_eq!(
        String::from_utf8_lossy(&original.stdout),
        String::from_utf8_lossy(&translated.stdout),
        "{name}: stdout differs"
    );
    assert_eq!(original.code, translated.code, "{name}: exit code differs");
    assert_eq!(original.stderr.is_empty(), translated.stderr.is_empty(), "{name}: stderr differs");
}

fn assert_round_trip(name: &str, original: &str, back: &str, lang: Language) {
    same_modulo_spelling(original, back).unwrap_or_else(|e| panic!("{name}: {e}"));
    let (wa, wb) = (words(original).unwrap(), words(back).unwrap());
    for (a, b) in wa.iter().zip(&wb) {
        let (ta, tb) = (&original[a.span.clone()], &back[b.span.clone()]);
        let canonical = restyle(ta, a.meaning.spellings(lang)[0]);
        if ta == canonical {
            assert_eq!(ta, tb, "{name}: the canonical `{ta}` came back as `{tb}`");
        }
    }
}

/// All the checks on one script; returns its two translations.
fn check_script(name: &str, original: &str) -> (String, String) {
    let en = translate(original, Language::En).unwrap_or_else(|e| panic!("{name} → en: {e:?}"));
    let fr = translate(original, Language::Fr).unwrap_or_else(|e| panic!("{name} → fr: {e:?}"));
    let reference = run(name, original);
    assert_same_run(&format!("{name} (en)"), &reference, &run(name, &en));
    assert_same_run(&format!("{name} (fr)"), &reference, &run(name, &fr));
    assert_round_trip(&format!("{name} fr→en→fr"), original, &translate(&en, Language::Fr).unwrap(), Language::Fr);
    assert_round_trip(&format!("{name} en→fr→en"), original, &translate(&fr, Language::En).unwrap(), Language::En);
    // A translation is already in its language.
    assert_eq!(translate(&en, Language::En).unwrap(), en, "{name}: en is not stable");
    assert_eq!(translate(&fr, Language::Fr).unwrap(), fr, "{name}: fr is not stable");
    (en, fr)
}

fn scripts(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    collect(dir, "wl", &mut found);
    found.sort();
    assert!(!found.is_empty(), "no script in {}", dir.display());
    found
}

#[test]
fn samples_translate_both_ways() {
    let samples = scripts(&Path::new(env!("CARGO_MANIFEST_DIR")).join("samples"));
    // A few at a time: the socket samples' timings must not suffer from the load.
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| {
                while let Some(path) = samples.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed)) {
                    let name = path.file_name().unwrap().to_string_lossy().into_owned();
                    let original = SourceFile::from_bytes(&name, &std::fs::read(path).unwrap()).text;
                    let (en, fr) = check_script(&name, &original);
                    // Something was translated (every sample has keywords).
                    assert!(en != fr, "{name}: the translations are identical");
                }
            });
        }
    });
}

#[test]
fn focused_fixtures() {
    for path in scripts(&fixture("translate")) {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).unwrap();
        let original = std::str::from_utf8(&bytes).unwrap();
        let (en, fr) = check_script(&name, original);
        let stem = path.with_extension("");
        expect_file(&stem.with_extension("en.out"), en.as_bytes());
        expect_file(&stem.with_extension("fr.out"), fr.as_bytes());
    }
}

#[test]
fn cli_prints_or_rewrites_in_place() {
    let dir = std::env::temp_dir().join(format!("wl-translate-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("x.wl");
    std::fs::write(&file, "SI Vrai ALORS Info(Majuscule(\"si\")) // SI\r\n").unwrap();
    let (code, stdout, _) = crate::wl(&dir, &["translate", "--to", "en", "x.wl"]);
    assert_eq!((code, stdout.as_str()), (0, "IF True THEN Info(Upper(\"si\")) // SI\r\n"));
    let (code, _, _) = crate::wl(&dir, &["translate", "--to", "en", "-i", "x.wl"]);
    assert_eq!(code, 0);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), stdout);
    std::fs::write(&file, "SI x ALORS\n").unwrap();
    let (code, stdout, stderr) = crate::wl(&dir, &["translate", "--to", "en", "x.wl"]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert!(stderr.contains("must parse"), "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}
