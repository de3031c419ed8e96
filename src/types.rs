//! THE type vocabulary, shared by every stage: the words that name a type in a declaration
//! (`entier`/`int`, `chaînes`/`strings`, ...), the types the resolver gives variables, the
//! conversions the evaluator applies, and the way diagnostics name a value's type ("a string" /
//! "une chaîne"). Knows nothing of values, syntax or evaluation.

use std::rc::Rc;

use crate::diagnostics::Lang;

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
/// ints`). `numérique` is read as a real but keeps its own row so that it translates to `numeric`.
pub const TYPE_WORDS: &[(TypeWord, &[&str], &[&str])] = &[
    (TypeWord::Is(Ty::Int), &["entier"], &["int", "integer"]),
    (TypeWord::Is(Ty::Int), &["entiers"], &["ints", "integers"]),
    (TypeWord::Is(Ty::Real), &["réel"], &["real"]),
    (TypeWord::Is(Ty::Real), &["réels"], &["reals"]),
    (TypeWord::Is(Ty::Real), &["numérique"], &["numeric"]),
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
        assert_eq!(type_word("numeric"), Some(TypeWord::Is(Ty::Real)));
        assert_eq!(type_word("tableau"), Some(TypeWord::Array));
        assert_eq!(type_word("date"), None);
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
