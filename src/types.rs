//! THE type vocabulary, shared by every stage: the words that name a type in a declaration
//! (`entier`/`int`, `chaînes`/`strings`, ...), the types the resolver gives variables, the
//! conversions the evaluator applies, and the way diagnostics name a value's type ("a string" /
//! "une chaîne"). Knows nothing of values, syntax or evaluation.

use std::rc::Rc;

use crate::lang::Lang;

/// A WLanguage type: of a declared variable, a parameter, an array's elements, or a value.
#[derive(Clone, Debug, PartialEq)]
pub enum Ty {
    /// The type of the `Null` value (only ever a value's type, never declared).
    Null,
    Bool,
    Int,
    Real,
    Str,
    Buffer,
    /// `variant`, untyped parameters and `SOIT`: no conversion.
    Variant,
    /// A procedure used as a value.
    Proc,
    Array(Rc<Ty>),
    /// `entier sur 1/2/4/8 octets`, `entier sans signe ...`, `octet`: stored values wrap to the
    /// width (plain `entier` is `Int`, 8 bytes in wlang).
    Sized(IntKind),
    /// `réel sur 4 octets`: 6 significant digits.
    Real4,
    /// `monétaire`: exact decimal, 17 + 6 digits.
    Currency,
    /// `numérique (int, frac)`: exact decimal.
    Numeric(NumericDigits),
    /// `caractère`: one character.
    Char,
    Date,
    /// `Heure`: a time of day.
    Time,
    /// `DateHeure`.
    DateTime,
    /// `Durée`.
    Duration,
}

/// The width and signedness of a sized integer type.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum IntKind {
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
}

impl IntKind {
    /// `n` stored in this width (two's complement wrapping, as C and WINDEV's sized integers do).
    pub fn wrap(self, n: i64) -> i64 {
        match self {
            IntKind::I8 => n as i8 as i64,
            IntKind::I16 => n as i16 as i64,
            IntKind::I32 => n as i32 as i64,
            IntKind::I64 | IntKind::U64 => n,
            IntKind::U8 => n as u8 as i64,
            IntKind::U16 => n as u16 as i64,
            IntKind::U32 => n as u32 as i64,
        }
    }

    fn name(self, lang: Lang) -> String {
        let (bytes, unsigned) = match self {
            IntKind::I8 => (1, false),
            IntKind::I16 => (2, false),
            IntKind::I32 => (4, false),
            IntKind::I64 => (8, false),
            IntKind::U8 => (1, true),
            IntKind::U16 => (2, true),
            IntKind::U32 => (4, true),
            IntKind::U64 => (8, true),
        };
        match (lang, unsigned) {
            (Lang::Fr, false) => format!("entier sur {bytes} octet{}", if bytes > 1 { "s" } else { "" }),
            (Lang::Fr, true) => format!("entier sans signe sur {bytes} octet{}", if bytes > 1 { "s" } else { "" }),
            (Lang::En, false) => format!("{bytes}-byte int"),
            (Lang::En, true) => format!("unsigned {bytes}-byte int"),
        }
    }
}

/// The digits a `numérique` keeps: before and after the decimal point.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct NumericDigits {
    pub int: u8,
    pub frac: u8,
}

impl Ty {
    /// With its article, for messages: "a string" / "une chaîne".
    pub fn words(&self, lang: Lang) -> String {
        match self {
            Ty::Null => "Null".into(),
            Ty::Bool => lang.pick("a boolean", "un booléen").into(),
            Ty::Int => lang.pick("an integer", "un entier").into(),
            Ty::Real => lang.pick("a real", "un réel").into(),
            Ty::Str => lang.pick("a string", "une chaîne").into(),
            Ty::Buffer => lang.pick("a buffer", "un buffer").into(),
            Ty::Variant => lang.pick("a variant", "un variant").into(),
            Ty::Proc => lang.pick("a procedure", "une procédure").into(),
            Ty::Array(_) => lang.pick("an array", "un tableau").into(),
            Ty::Sized(_) => lang.pick("an integer", "un entier").into(),
            Ty::Real4 => lang.pick("a real", "un réel").into(),
            Ty::Currency => lang.pick("a currency", "un monétaire").into(),
            Ty::Numeric(_) => lang.pick("a numeric", "un numérique").into(),
            Ty::Char => lang.pick("a character", "un caractère").into(),
            Ty::Date => lang.pick("a date", "une date").into(),
            Ty::Time => lang.pick("a time", "une heure").into(),
            Ty::DateTime => lang.pick("a date-time", "une date-heure").into(),
            Ty::Duration => lang.pick("a duration", "une durée").into(),
        }
    }

    /// As a declaration writes it: "tableau de chaîne" / "array of string".
    pub fn name(&self, lang: Lang) -> String {
        match self {
            Ty::Null => "Null".into(),
            Ty::Bool => lang.pick("boolean", "booléen").into(),
            Ty::Int => lang.pick("int", "entier").into(),
            Ty::Real => lang.pick("real", "réel").into(),
            Ty::Str => lang.pick("string", "chaîne").into(),
            Ty::Buffer => "buffer".into(),
            Ty::Variant => "variant".into(),
            Ty::Proc => lang.pick("procedure", "procédure").into(),
            Ty::Array(elem) => {
                lang.pick(format!("array of {}", elem.name(lang)), format!("tableau de {}", elem.name(lang)))
            }
            Ty::Sized(kind) => kind.name(lang),
            Ty::Real4 => lang.pick("4-byte real", "réel sur 4 octets").into(),
            Ty::Currency => lang.pick("currency", "monétaire").into(),
            Ty::Numeric(d) => {
                lang.pick(format!("numeric ({}, {})", d.int, d.frac), format!("numérique ({}, {})", d.int, d.frac))
            }
            Ty::Char => lang.pick("character", "caractère").into(),
            Ty::Date => "Date".into(),
            Ty::Time => lang.pick("Time", "Heure").into(),
            Ty::DateTime => lang.pick("DateTime", "DateHeure").into(),
            Ty::Duration => lang.pick("Duration", "Durée").into(),
        }
    }
}

/// What a type word stands for: a type, or `tableau`, which takes its element type after
/// `DE`/`OF`.
#[derive(Clone, Debug, PartialEq)]
pub enum TypeWord {
    Is(Ty),
    Array,
}

/// THE type-word table, one row per word: what it names, French spellings, English spellings
/// (the first of each language is canonical, as in `keywords::KEYWORDS`). Singular and plural
/// forms are separate rows so that a translation keeps the number (`sont des entiers` → `are
/// ints`).
pub const TYPE_WORDS: &[(TypeWord, &[&str], &[&str])] = &[
    (TypeWord::Is(Ty::Int), &["entier"], &["int", "integer"]),
    (TypeWord::Is(Ty::Int), &["entiers"], &["ints", "integers"]),
    (TypeWord::Is(Ty::Real), &["réel"], &["real"]),
    (TypeWord::Is(Ty::Real), &["réels"], &["reals"]),
    (TypeWord::Is(Ty::Numeric(NumericDigits { int: 32, frac: 6 })), &["numérique"], &["numeric"]),
    (TypeWord::Is(Ty::Numeric(NumericDigits { int: 32, frac: 6 })), &["numériques"], &["numerics"]),
    (TypeWord::Is(Ty::Currency), &["monétaire"], &["currency"]),
    (TypeWord::Is(Ty::Currency), &["monétaires"], &["currencies"]),
    (TypeWord::Is(Ty::Char), &["caractère"], &["character"]),
    (TypeWord::Is(Ty::Char), &["caractères"], &["characters"]),
    (TypeWord::Is(Ty::Sized(IntKind::U8)), &["octet"], &["byte"]),
    (TypeWord::Is(Ty::Sized(IntKind::U8)), &["octets"], &["bytes"]),
    (TypeWord::Is(Ty::Date), &["date"], &["date"]),
    (TypeWord::Is(Ty::Date), &["dates"], &["dates"]),
    (TypeWord::Is(Ty::Time), &["heure"], &["time"]),
    (TypeWord::Is(Ty::Time), &["heures"], &["times"]),
    (TypeWord::Is(Ty::DateTime), &["dateheure"], &["datetime"]),
    (TypeWord::Is(Ty::DateTime), &["dateheures"], &["datetimes"]),
    (TypeWord::Is(Ty::Duration), &["durée"], &["duration"]),
    (TypeWord::Is(Ty::Duration), &["durées"], &["durations"]),
    (TypeWord::Is(Ty::Str), &["chaîne"], &["string"]),
    (TypeWord::Is(Ty::Str), &["chaînes"], &["strings"]),
    (TypeWord::Is(Ty::Bool), &["booléen"], &["boolean", "bool"]),
    (TypeWord::Is(Ty::Bool), &["booléens"], &["booleans"]),
    (TypeWord::Is(Ty::Buffer), &["buffer"], &["buffer"]),
    (TypeWord::Is(Ty::Buffer), &["buffers"], &["buffers"]),
    (TypeWord::Is(Ty::Variant), &["variant"], &["variant"]),
    (TypeWord::Is(Ty::Variant), &["variants"], &["variants"]),
    (TypeWord::Array, &["tableau"], &["array"]),
];

/// The row of `TYPE_WORDS` naming this folded word (`chaines` → the `chaînes` row).
pub fn type_row(folded: &str) -> Option<usize> {
    TYPE_WORDS.iter().position(|(_, fr, en)| fr.iter().chain(en.iter()).any(|s| crate::keywords::fold(s) == folded))
}

/// What this folded word names (`entiers` → `Is(Int)`).
pub fn type_word(folded: &str) -> Option<TypeWord> {
    type_row(folded).map(|row| TYPE_WORDS[row].0.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keywords::fold;

    #[test]
    fn type_words_in_both_languages_and_numbers() {
        assert_eq!(type_word("chaines"), Some(TypeWord::Is(Ty::Str)));
        assert_eq!(type_word("strings"), Some(TypeWord::Is(Ty::Str)));
        assert_eq!(type_word("numeric"), Some(TypeWord::Is(Ty::Numeric(NumericDigits { int: 32, frac: 6 }))));
        assert_eq!(type_word("tableau"), Some(TypeWord::Array));
        assert_eq!(type_word("duree"), Some(TypeWord::Is(Ty::Duration)));
        assert_eq!(type_word("fenetre"), None);
    }

    #[test]
    fn type_words_name_one_row_each() {
        let mut seen = std::collections::HashMap::new();
        for (row, (_, fr, en)) in TYPE_WORDS.iter().enumerate() {
            for spelling in fr.iter().chain(en.iter()) {
                if let Some(other) = seen.insert(fold(spelling).into_owned(), row) {
                    assert_eq!(other, row, "{spelling} is in two rows");
                }
                assert!(crate::keywords::lookup(&fold(spelling)).is_none(), "{spelling} is also a keyword");
            }
        }
    }

    #[test]
    fn types_read_in_both_languages() {
        let t = Ty::Array(Rc::new(Ty::Str));
        assert_eq!(t.name(Lang::Fr), "tableau de chaîne");
        assert_eq!(t.name(Lang::En), "array of string");
        assert_eq!(Ty::Int.words(Lang::Fr), "un entier");
    }
}
