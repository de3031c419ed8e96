//! `wl translate`: rewrites a script's keywords, type names, builtin functions and builtin
//! constants into French or English, from the very tables the interpreter reads (`KEYWORDS`,
//! `TYPE_WORDS`, the builtin families). Only those words change: comments, strings, user names,
//! spacing, continuations, line endings and the file's encoding are kept byte for byte.
//!
//! Which words are translatable is decided by the lexer (keywords, with its contextual `A`/`TO`
//! and `PAS`) and by the syntax tree (a builtin is a name used in an expression that the script
//! does not declare anywhere; a type is the name of a declared type). The result is checked: it
//! must read as the same words, in the same order, or the word that would change meaning keeps its
//! original spelling (English `NOT` stays `NOT` where French `PAS` would read as STEP).

use std::collections::HashSet;
use std::ops::Range;

use crate::ast::{ExprKind, MemberSep};
use crate::builtins;
use crate::diagnostics::SourceError;
use crate::keywords::{self, KEYWORDS, Kw, PROPERTIES, Property, QUALIFIERS, Qualifier, fold};
use crate::lexer::{self, Tok};
use crate::parser;
use crate::tools::walk::{self, Visit};
use crate::types::{self, TYPE_WORDS};

/// The language to translate into.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Language {
    Fr,
    En,
}

impl std::str::FromStr for Language {
    type Err = String;

    fn from_str(s: &str) -> Result<Language, String> {
        match s {
            "fr" => Ok(Language::Fr),
            "en" => Ok(Language::En),
            other => Err(format!("unknown language `{other}` (use en or fr)")),
        }
    }
}

/// What a translatable word denotes: a row of one of the tables.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Meaning {
    Keyword(Kw),
    /// A builtin function: its French and English names.
    Builtin(&'static str, &'static str),
    /// A builtin constant: its French and English names.
    Constant(&'static str, &'static str),
    /// An index in `types::TYPE_WORDS`.
    Type(usize),
    /// A word qualifying a type (`associatif`, `dynamique`, `sans signe`).
    Qualifier(Qualifier),
    /// A property after `..` (`..Occurrence`, `..Jour`).
    Property(Property),
}

impl Meaning {
    /// Every spelling of this word in one language, the canonical one first.
    pub fn spellings(self, lang: Language) -> Vec<&'static str> {
        let pick = |fr: &'static [&'static str], en: &'static [&'static str]| match lang {
            Language::Fr => fr.to_vec(),
            Language::En => en.to_vec(),
        };
        match self {
            Meaning::Keyword(kw) => {
                let (_, fr, en) = KEYWORDS.iter().find(|(k, _, _)| *k == kw).expect("every keyword has a row");
                pick(fr, en)
            }
            Meaning::Builtin(fr, en) | Meaning::Constant(fr, en) => vec![match lang {
                Language::Fr => fr,
                Language::En => en,
            }],
            Meaning::Type(row) => pick(TYPE_WORDS[row].1, TYPE_WORDS[row].2),
            Meaning::Property(p) => {
                let (_, fr, en) = PROPERTIES.iter().find(|(k, _, _)| *k == p).expect("every property has a row");
                pick(fr, en)
            }
            Meaning::Qualifier(q) => {
                let (_, fr, en) = QUALIFIERS.iter().find(|(k, _, _)| *k == q).expect("every qualifier has a row");
                pick(fr, en)
            }
        }
    }
}

/// A translatable word: where it is (byte range of the text; a multi-word keyword is one word)
/// and what it means.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    pub span: Range<usize>,
    pub meaning: Meaning,
}

/// Every translatable word of a script, in source order. The script must parse.
pub fn words(text: &str) -> Result<Vec<Word>, Vec<SourceError>> {
    let program = parser::parse(text)?;
    let mut words: Vec<Word> = lexer::lex(text)
        .tokens
        .into_iter()
        .filter_map(|(start, tok, end)| match tok {
            Tok::Kw(kw) => Some(Word { span: start..end, meaning: Meaning::Keyword(kw) }),
            _ => None,
        })
        .collect();

    // A builtin whose name (in either language) the script declares is left alone everywhere:
    // the user's name shadows it, and translating the other spelling could capture it.
    let mut declared: HashSet<&str> = HashSet::new();
    walk::program(&program, &mut |v| {
        if let Visit::Declared(name) = v {
            declared.insert(&name.folded);
        }
    });
    let free = |fr: &str, en: &str| !declared.contains(&*fold(fr)) && !declared.contains(&*fold(en));
    // A class's constructor and destructor are named by the language.
    for proc in program.procedures.iter().filter(|p| p.class.is_some()) {
        if let Some(meaning) = special_method(&proc.name.folded) {
            words.push(Word { span: span_range(proc.name.span), meaning });
        }
    }
    walk::program(&program, &mut |v| match v {
        Visit::Expr(e) => {
            // `WL.Nom` names the builtin whatever the script declares.
            let (name, prefixed) = match &e.kind {
                ExprKind::Name(name) => (name, false),
                ExprKind::BuiltinName(name) => (name, true),
                // `Constructeur CBase(...)`, `Classe::Constructeur`: the constructor's own name.
                ExprKind::Member { name, sep: MemberSep::Scope, .. } => {
                    if let Some(meaning) = special_method(&name.folded) {
                        words.push(Word { span: span_range(name.span), meaning });
                    }
                    return;
                }
                // `t..Occurrence`: a property (after `..` only: `o.Count` may be a member).
                ExprKind::Member { name, sep: MemberSep::DotDot, .. } => {
                    if let Some(p) = keywords::property(&name.folded) {
                        words.push(Word { span: span_range(name.span), meaning: Meaning::Property(p) });
                    }
                    return;
                }
                _ => return,
            };
            if let Some(meaning) = builtin_meaning(&name.folded) {
                let (fr, en) = match meaning {
                    Meaning::Builtin(fr, en) | Meaning::Constant(fr, en) => (fr, en),
                    _ => unreachable!("builtin_meaning gives builtins and constants"),
                };
                if prefixed || free(fr, en) {
                    words.push(Word { span: span_range(name.span), meaning });
                }
            }
        }
        Visit::Type(ty) => {
            if let Some(row) = types::type_row(&ty.name.folded) {
                words.push(Word { span: span_range(ty.name.span), meaning: Meaning::Type(row) });
            }
            for &(q, span) in &ty.qualifiers {
                words.push(Word { span: span_range(span), meaning: Meaning::Qualifier(q) });
            }
        }
        Visit::Declared(_) | Visit::Stmt(_) => {}
    });
    words.sort_by_key(|w| w.span.start);
    words.dedup_by_key(|w| w.span.start);
    Ok(words)
}

fn span_range(span: crate::source::Span) -> Range<usize> {
    span.start as usize..span.end as usize
}

/// The builtin constant or function (or prelude procedure) with this folded name (constants
/// first, as `resolve` does).
fn builtin_meaning(folded: &str) -> Option<Meaning> {
    if builtins::constant(folded).is_some() {
        let (fr, en, _) = builtins::constants().find(|(fr, en, _)| fold(fr) == folded || fold(en) == folded)?;
        return Some(Meaning::Constant(fr, en));
    }
    builtins::lookup(folded)
        .map(|b| Meaning::Builtin(b.fr, b.en))
        .or_else(|| crate::prelude::lookup(folded).map(|p| Meaning::Builtin(p.french, p.name(true))))
}

/// The method names the language gives a class: `Constructeur`, `Destructeur`.
fn special_method(folded: &str) -> Option<Meaning> {
    match folded {
        "constructeur" | "constructor" => Some(Meaning::Builtin("Constructeur", "Constructor")),
        "destructeur" | "destructor" => Some(Meaning::Builtin("Destructeur", "Destructor")),
        _ => None,
    }
}

/// Why a script could not be translated.
#[derive(Debug)]
pub enum TranslateError {
    /// The script does not parse: nothing is translated.
    Syntax(Vec<SourceError>),
    /// The translation would not read back as the same words (a bug, reported rather than written).
    Unstable(String),
}

/// Translates a script's text. Words already spelled in the target language are left untouched;
/// the others take the target's canonical spelling in the source word's case style (see
/// `restyle`).
pub fn translate(text: &str, to: Language) -> Result<String, TranslateError> {
    let words = words(text).map_err(TranslateError::Syntax)?;
    let keywords: Vec<Meaning> = words.iter().map(|w| w.meaning).filter(|m| matches!(m, Meaning::Keyword(_))).collect();
    let mut keep = vec![false; words.len()];
    // Each round either succeeds or keeps at least one more word as it was, so it ends.
    loop {
        let (out, placed) = render(text, &words, &keep, to);
        let troubles = troubles(&out, &words, &keywords);
        if troubles.is_empty() {
            return Ok(out);
        }
        // Keep the last translated word at or before each point in its original spelling.
        for (n, trouble) in troubles.into_iter().enumerate() {
            let culprit =
                (0..words.len()).rev().find(|&j| !keep[j] && placed[j].as_ref().is_some_and(|r| r.start <= trouble));
            match culprit {
                Some(j) => keep[j] = true,
                None if n == 0 => {
                    return Err(TranslateError::Unstable(format!("the words change meaning at byte {trouble}")));
                }
                None => {}
            }
        }
    }
}

/// Where a translation `out` reads differently from the original `words` (`keywords`: their
/// keywords' meanings), as offsets in `out`: nothing when it reads the same. The first place,
/// then the first place of each following logical line when the words still line up one to
/// one: the contextual keywords (`A`/`TO`, `PAS`) are decided line by line, so one round fixes
/// every line, and a script with thousands of such words takes a few rounds instead of one full
/// parse per word. A translation that does not parse is compared on its keywords first (the
/// parser's later errors are mostly consequences of the first one on each line).
fn troubles(out: &str, words: &[Word], keywords: &[Meaning]) -> Vec<usize> {
    let lexed = lexer::lex(out);
    let line_ends: Vec<usize> =
        lexed.tokens.iter().filter(|(_, t, _)| *t == Tok::Newline).map(|(start, _, _)| *start).collect();
    let differences = |a: &[Meaning], b: &[(Meaning, usize)]| -> Vec<usize> {
        (0..a.len().max(b.len()))
            .filter(|&i| a.get(i) != b.get(i).map(|(m, _)| m))
            .map(|i| b.get(i).map_or(out.len(), |(_, at)| *at))
            .collect()
    };
    let (troubles, aligned) = match self::words(out) {
        Ok(back) => {
            let meanings: Vec<Meaning> = words.iter().map(|w| w.meaning).collect();
            let back: Vec<(Meaning, usize)> = back.iter().map(|w| (w.meaning, w.span.start)).collect();
            (differences(&meanings, &back), meanings.len() == back.len())
        }
        Err(errors) => {
            let back: Vec<(Meaning, usize)> = lexed
                .tokens
                .iter()
                .filter_map(|(start, t, _)| match t {
                    Tok::Kw(kw) => Some((Meaning::Keyword(*kw), *start)),
                    _ => None,
                })
                .collect();
            let differ = differences(keywords, &back);
            if differ.is_empty() {
                (vec![errors.iter().map(|e| e.span().start as usize).min().unwrap_or(out.len())], false)
            } else {
                (differ, keywords.len() == back.len())
            }
        }
    };
    let line = |at: usize| line_ends.partition_point(|&end| end < at);
    let mut first_per_line: Vec<usize> = Vec::new();
    for at in troubles {
        match first_per_line.last() {
            None => first_per_line.push(at),
            Some(&last) if aligned && line(at) > line(last) => first_per_line.push(at),
            Some(_) => {}
        }
    }
    first_per_line
}

/// Writes the text with every word not in `keep` translated; gives where each translated word
/// landed in the output (`None`: kept as it was).
fn render(text: &str, words: &[Word], keep: &[bool], to: Language) -> (String, Vec<Option<Range<usize>>>) {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut placed = vec![None; words.len()];
    let mut at = 0;
    for (i, word) in words.iter().enumerate() {
        out.push_str(&text[at..word.span.start]);
        let source = &text[word.span.clone()];
        match (!keep[i]).then(|| translate_word(source, word.meaning, to)).flatten() {
            Some(target) => {
                let start = out.len();
                out.push_str(&target);
                placed[i] = Some(start..out.len());
            }
            None => out.push_str(source),
        }
        at = word.span.end;
    }
    out.push_str(&text[at..]);
    (out, placed)
}

/// The translation of one word, or `None` when it is already a spelling of the target language
/// (compared ignoring case and blanks, not accents: `PROCEDURE` is English, and French wants
/// `PROCÉDURE`).
fn translate_word(source: &str, meaning: Meaning, to: Language) -> Option<String> {
    let spellings = meaning.spellings(to);
    let normal = |s: &str| s.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>().join(" ");
    if spellings.iter().any(|s| normal(s) == normal(source)) {
        return None;
    }
    let mut target = restyle(source, spellings[0]);
    // The elided `d'` (`tableau d'entiers`) is glued to the next word: `of` is not.
    if source.ends_with('\'') && !target.ends_with('\'') {
        target.push(' ');
    }
    // A multi-word keyword keeps its gaps when it keeps its number of words.
    let source_words: Vec<&str> = source.split([' ', '\t']).filter(|w| !w.is_empty()).collect();
    let target_words: Vec<&str> = target.split(' ').collect();
    if source_words.len() > 1 && source_words.len() == target_words.len() {
        let mut out = String::new();
        let mut rest = source;
        for (k, word) in target_words.iter().enumerate() {
            let start = rest.find(source_words[k]).unwrap_or(0);
            out.push_str(&rest[..start]);
            out.push_str(word);
            rest = &rest[start + source_words[k].len()..];
        }
        return Some(out);
    }
    Some(target)
}

/// The case style of the source word carried over: all capitals stay capitals (`SI` → `IF`),
/// all lowercase stays lowercase (`fin` → `end`), anything else takes the table's spelling
/// (`Si` → `IF`, `socketecrit` → `socketwrite`, `SocketEcrit` → `SocketWrite`).
pub fn restyle(source: &str, target: &str) -> String {
    let letters = || source.chars().filter(|c| c.is_alphabetic());
    if letters().all(char::is_uppercase) {
        target.to_uppercase()
    } else if letters().all(char::is_lowercase) {
        target.to_lowercase()
    } else {
        target.to_owned()
    }
}

/// Translates a file's bytes, keeping its encoding: a UTF-8 BOM is kept, and a Windows-1252 file
/// (one that is not valid UTF-8, as `SourceFile` reads it) is written back in Windows-1252.
pub fn translate_bytes(bytes: &[u8], to: Language) -> Result<Vec<u8>, TranslateError> {
    const BOM: &[u8] = b"\xEF\xBB\xBF";
    let (bom, body) = match bytes.strip_prefix(BOM) {
        Some(body) => (BOM, body),
        None => (&b""[..], bytes),
    };
    match std::str::from_utf8(body) {
        Ok(text) => {
            let mut out = bom.to_vec();
            out.extend_from_slice(translate(text, to)?.as_bytes());
            Ok(out)
        }
        Err(_) => {
            let text = encoding_rs::WINDOWS_1252.decode_without_bom_handling(body).0;
            let translated = translate(&text, to)?;
            let (encoded, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&translated);
            if unmappable {
                return Err(TranslateError::Unstable("the translation cannot be written in Windows-1252".into()));
            }
            let mut out = bom.to_vec();
            out.extend_from_slice(&encoded);
            Ok(out)
        }
    }
}

/// Compares two versions of a script modulo the spelling of translated words: the texts must be
/// byte-identical outside the translatable words, and have the same translatable words (by
/// meaning) in the same order. On a difference, says where.
pub fn same_modulo_spelling(a: &str, b: &str) -> Result<(), String> {
    let wa = words(a).map_err(|e| format!("the first text does not parse: {e:?}"))?;
    let wb = words(b).map_err(|e| format!("the second text does not parse: {e:?}"))?;
    let (mut at_a, mut at_b) = (0, 0);
    for k in 0..wa.len().max(wb.len()) {
        let (Some(x), Some(y)) = (wa.get(k), wb.get(k)) else {
            return Err(format!("{} words against {}", wa.len(), wb.len()));
        };
        if a[at_a..x.span.start] != b[at_b..y.span.start] {
            return Err(format!("the texts differ before word {k} (byte {at_a} of the first)"));
        }
        if x.meaning != y.meaning {
            return Err(format!(
                "word {k} is `{}` in one and `{}` in the other",
                &a[x.span.clone()],
                &b[y.span.clone()]
            ));
        }
        (at_a, at_b) = (x.span.end, y.span.end);
    }
    if a[at_a..] != b[at_b..] {
        return Err("the texts differ after the last word".into());
    }
    Ok(())
}

/// `wl translate`: the translation of `file` to stdout, or in place. Returns the exit code.
pub fn command(file: &std::path::Path, to: Language, in_place: bool, lang: crate::diagnostics::Lang) -> i32 {
    use std::io::Write;
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", file.display());
            return crate::EXIT_SOURCE_ERROR;
        }
    };
    let name = file.display().to_string();
    // On the interpreter's large stack: parsing and walking a deeply nested script recurse.
    let (result, bytes) = crate::with_large_stack(move || (translate_bytes(&bytes, to), bytes));
    let out = match result {
        Ok(out) => out,
        Err(TranslateError::Syntax(errors)) => {
            let src = crate::source::SourceFile::from_bytes(name, &bytes);
            let style = crate::diagnostics::Style::detect();
            crate::report_source_errors(&errors, &src, &mut std::io::stderr(), style, lang);
            eprintln!("error: a script must parse to be translated");
            return crate::EXIT_SOURCE_ERROR;
        }
        Err(TranslateError::Unstable(message)) => {
            eprintln!("error: cannot translate {name}: {message}");
            return crate::EXIT_RUNTIME_ERROR;
        }
    };
    let written = if in_place {
        std::fs::write(file, &out).map_err(|e| format!("cannot write {name}: {e}"))
    } else {
        let mut stdout = std::io::stdout().lock();
        stdout.write_all(&out).and_then(|()| stdout.flush()).map_err(|e| format!("cannot write to stdout: {e}"))
    };
    match written {
        Ok(()) => 0,
        Err(message) => {
            eprintln!("error: {message}");
            crate::EXIT_RUNTIME_ERROR
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en(text: &str) -> String {
        translate(text, Language::En).unwrap()
    }

    fn fr(text: &str) -> String {
        translate(text, Language::Fr).unwrap()
    }

    #[test]
    fn keywords_types_and_builtins() {
        assert_eq!(en("SI x ALORS\n\tInfo(Taille(\"é\"))\nFIN\n"), "IF x THEN\n\tInfo(Length(\"é\"))\nEND\n");
        assert_eq!(en("x est une chaîne\nt sont des entiers"), "x is a string\nt are ints");
        assert_eq!(fr("x is array of 5 strings"), "x est un tableau de 5 chaînes");
        assert_eq!(fr("b = NOT Vrai"), "b = PAS Vrai");
        assert_eq!(en("t est un tableau d'entiers"), "t is a array of ints");
        // A class's constructor and destructor.
        assert_eq!(
            en("PROCÉDURE C.Constructeur()\nConstructeur B()\nPROCÉDURE C.Destructeur()"),
            "PROCEDURE C.Constructor()\nConstructor B()\nPROCEDURE C.Destructor()"
        );
        // Properties after `..`.
        assert_eq!(en("Trace(t..Occurrence, d..Jour)"), "Trace(t..Count, d..Day)");
        assert_eq!(fr("Trace(t..Count, o.Count)"), "Trace(t..Occurrence, o.Count)");
        // The qualifiers of a type.
        assert_eq!(en("m est un tableau associatif d'entiers"), "m is a array associative of ints");
        assert_eq!(
            fr("o is a CNode dynamic\nn is an int unsigned on 2 bytes"),
            "o est un CNode dynamique\nn est un entier sans signe sur 2 octets"
        );
        assert_eq!(en("S est une Structure\n\tn est un entier\nFIN"), "S is a Structure\n\tn is a int\nEND");
        assert_eq!(en("SI x DANS (1, 2) ALORS Info(WL.Taille(\"a\"))"), "IF x IN (1, 2) THEN Info(WL.Length(\"a\"))");
        assert_eq!(fr("CONSTANT\n\tA = 1\nEND"), "CONSTANTE\n\tA = 1\nFIN");
    }

    #[test]
    fn case_style_follows_the_source() {
        assert_eq!(en("si x alors\nfin"), "if x then\nend");
        assert_eq!(en("Si x Alors\nFin"), "IF x THEN\nEND");
        assert_eq!(en("x = socketecrit(\"a\", \"b\")"), "x = socketwrite(\"a\", \"b\")");
        assert_eq!(en("SELON 1\nAUTRE\t CAS\nFIN"), "SWITCH 1\nOTHER\t CASE\nEND");
    }

    #[test]
    fn contextual_words() {
        assert_eq!(en("a = 1\nPOUR i = 1 A a PAS 2\nFIN"), "a = 1\nFOR i = 1 TO a STEP 2\nEND");
        // French PAS would read as STEP after TO: the English NOT is kept.
        assert_eq!(fr("FOR i = 1 TO 3 STEP NOT 0\nEND"), "POUR i = 1 A 3 PAS NOT 0\nFIN");
    }

    #[test]
    fn user_names_shadowing_builtins_are_left_alone() {
        assert_eq!(
            en("Taille est un entier = 3\nInfo(Taille, Length(\"ab\"))"),
            "Taille is a int = 3\nInfo(Taille, Length(\"ab\"))"
        );
    }

    #[test]
    fn windows_1252_stays_windows_1252() {
        let out = translate_bytes(b"// \xe9t\xe9\r\nPROC\xc9DURE p()\r\n", Language::En).unwrap();
        assert_eq!(out, b"// \xe9t\xe9\r\nPROCEDURE p()\r\n");
        let back = translate_bytes(&out, Language::Fr).unwrap();
        assert_eq!(back, b"// \xe9t\xe9\r\nPROC\xc9DURE p()\r\n");
    }
}
