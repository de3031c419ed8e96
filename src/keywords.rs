//! The bilingual keyword table and the one name-folding function. French and English are decided
//! here, once: the lexer adapter turns every spelling listed below into one `Kw`, and every name
//! (keyword, builtin, user identifier) goes through `fold`. No other file lists keyword spellings.

use std::borrow::Cow;
use unicode_normalization::UnicodeNormalization;

/// Folds a name for comparison: lowercase, accents stripped (`PROCÉDURE` → `procedure`,
/// `nEvénement` → `nevenement`). ASCII names take a fast path with no normalisation.
pub fn fold(name: &str) -> Cow<'_, str> {
    if name.is_ascii() {
        if name.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(name.to_ascii_lowercase())
        } else {
            Cow::Borrowed(name)
        }
    } else {
        Cow::Owned(
            name.nfd()
                .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
                .flat_map(char::to_lowercase)
                .collect(),
        )
    }
}

/// A keyword as the grammar sees it, whatever language it was written in.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Kw {
    If,
    Then,
    Else,
    ElseIf,
    End,
    Switch,
    Case,
    OtherCase,
    For,
    ForEach,
    ForEachString,
    SeparatedBy,
    Of,
    /// `A`/`À`/`TO`: a keyword only in a `POUR`/`CAS` header or inside `[[ ]]` (see the lexer).
    To,
    ToOnce,
    /// French `PAS` is both STEP (in a `POUR` header, after `A`) and NOT (elsewhere).
    Step,
    Not,
    While,
    Loop,
    Break,
    Continue,
    Result,
    Return,
    Procedure,
    InternalProcedure,
    Local,
    And,
    Or,
    AndThen,
    OrElse,
    True,
    False,
    Null,
    Let,
    WhenException,
    Do,
    IsA,
    Are,
}

/// One row per keyword: French spellings, then English spellings. The first spelling of each
/// language is the canonical one (used when translating a script). Multi-word keywords are written
/// with single spaces; the lexer adapter joins the words.
pub const KEYWORDS: &[(Kw, &[&str], &[&str])] = &[
    (Kw::If, &["SI"], &["IF"]),
    (Kw::Then, &["ALORS"], &["THEN"]),
    (Kw::Else, &["SINON"], &["ELSE"]),
    (Kw::ElseIf, &["SINON SI"], &["ELSE IF"]),
    (Kw::End, &["FIN"], &["END"]),
    (Kw::Switch, &["SELON"], &["SWITCH"]),
    (Kw::Case, &["CAS"], &["CASE"]),
    (Kw::OtherCase, &["AUTRE CAS"], &["OTHER CASE"]),
    (Kw::For, &["POUR"], &["FOR"]),
    (Kw::ForEach, &["POUR TOUT", "POUR TOUTE"], &["FOR EACH", "FOR ALL"]),
    (Kw::ForEachString, &["POUR TOUTE CHAÎNE", "POUR TOUT CHAÎNE"], &["FOR EACH STRING", "FOR ALL STRING"]),
    (Kw::SeparatedBy, &["SÉPARÉE PAR", "SÉPARÉ PAR"], &["SEPARATED BY"]),
    (Kw::Of, &["DE"], &["OF"]),
    (Kw::To, &["A", "À"], &["TO"]),
    (Kw::ToOnce, &["_A_"], &["_TO_"]),
    (Kw::Step, &["PAS"], &["STEP"]),
    (Kw::Not, &["PAS"], &["NOT"]),
    (Kw::While, &["TANTQUE"], &["WHILE"]),
    (Kw::Loop, &["BOUCLE"], &["LOOP"]),
    (Kw::Break, &["SORTIR"], &["BREAK"]),
    (Kw::Continue, &["CONTINUER"], &["CONTINUE"]),
    (Kw::Result, &["RENVOYER"], &["RESULT"]),
    (Kw::Return, &["RETOUR"], &["RETURN"]),
    (Kw::Procedure, &["PROCÉDURE", "FONCTION"], &["PROCEDURE", "FUNCTION"]),
    (Kw::InternalProcedure, &["PROCÉDURE INTERNE", "FONCTION INTERNE"], &["INTERNAL PROCEDURE", "INTERNAL FUNCTION"]),
    (Kw::Local, &["LOCAL", "LOCALE"], &["LOCAL"]),
    (Kw::And, &["ET"], &["AND"]),
    (Kw::Or, &["OU"], &["OR"]),
    (Kw::AndThen, &["_ET_"], &["_AND_"]),
    (Kw::OrElse, &["_OU_"], &["_OR_"]),
    (Kw::True, &["Vrai"], &["True"]),
    (Kw::False, &["Faux"], &["False"]),
    (Kw::Null, &["Null"], &["Null"]),
    (Kw::Let, &["SOIT"], &["LET"]),
    (Kw::WhenException, &["QUAND EXCEPTION DANS"], &["WHEN EXCEPTION IN"]),
    (Kw::Do, &["FAIRE"], &["DO"]),
    (Kw::IsA, &["est un", "est une", "est"], &["is a", "is an", "is"]),
    (Kw::Are, &["sont des"], &["are"]),
];

/// The longest keyword, in words.
pub const MAX_WORDS: usize = 3;

/// Looks up a folded phrase (words joined by one space). `PAS` maps to `Step`; the lexer turns it
/// into `Not` outside a `POUR` header.
pub fn lookup(folded_phrase: &str) -> Option<Kw> {
    use std::collections::HashMap;
    use std::sync::OnceLock;
    static TABLE: OnceLock<HashMap<String, Kw>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut map = HashMap::new();
        for (kw, fr, en) in KEYWORDS {
            for spelling in fr.iter().chain(en.iter()) {
                // `PAS` is listed under Step and Not: keep the first (Step).
                map.entry(fold(spelling).into_owned()).or_insert(*kw);
            }
        }
        map
    });
    table.get(folded_phrase).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_ignores_case_and_accents() {
        assert_eq!(fold("PROCÉDURE"), "procedure");
        assert_eq!(fold("Chaîne"), "chaine");
        assert_eq!(fold("nEvénement"), "nevenement");
        assert_eq!(fold("fin"), "fin");
    }

    #[test]
    fn every_spelling_maps_to_its_keyword() {
        for (kw, fr, en) in KEYWORDS {
            for spelling in fr.iter().chain(en.iter()) {
                let found = lookup(&fold(spelling)).unwrap();
                let expected = if *kw == Kw::Not && fold(spelling) == "pas" { Kw::Step } else { *kw };
                assert_eq!(found, expected, "{spelling}");
            }
        }
        assert_eq!(lookup("procedure interne"), Some(Kw::InternalProcedure));
        assert_eq!(lookup("sinon si"), Some(Kw::ElseIf));
    }

    #[test]
    fn no_spelling_names_two_keywords() {
        let mut seen = std::collections::HashMap::new();
        for (kw, fr, en) in KEYWORDS {
            for spelling in fr.iter().chain(en.iter()) {
                if let Some(other) = seen.insert(fold(spelling).into_owned(), *kw) {
                    let pas_pair = matches!((other, *kw), (Kw::Step, Kw::Not));
                    assert!(pas_pair || other == *kw, "{spelling} is both {other:?} and {kw:?}");
                }
            }
        }
    }
}
