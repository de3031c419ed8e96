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
    /// A structure the script declares: copied on assignment.
    Struct(Rc<StructType>),
    /// `MaStructure dynamique`: a reference to a structure (`allouer`, shared by assignment).
    StructRef(Rc<StructType>),
    /// An object of a class the script declares; `dynamic`: a reference (`MaClasse dynamique`),
    /// otherwise the variable owns its object and assignment copies members.
    Object {
        class: Rc<ClassType>,
        dynamic: bool,
    },
    /// `tableau associatif de T`.
    Assoc(Rc<AssocType>),
    /// An `ÉNUMÉRATION` or `COMBINAISON` the script declares.
    Enum(Rc<EnumType>),
    /// `JSON` (help page 1000023611): a variant that reads text in JSON, whose objects take
    /// members while running.
    Json,
}

/// A member of a structure or a class.
#[derive(Clone, Debug)]
pub struct Field {
    /// As declared.
    pub name: Rc<str>,
    pub folded: Rc<str>,
    pub ty: Ty,
}

/// A structure the script declares (`Point est une Structure ... FIN`). `id` numbers it in the
/// resolved program, where its members' initial values are.
#[derive(Debug)]
pub struct StructType {
    pub name: Rc<str>,
    pub id: usize,
    pub fields: Vec<Field>,
    /// Other names of members (folded, with the member's index): the members of a type a
    /// builtin family defines answer to their English names too (`Contenu`/`Content`).
    pub aliases: Vec<(Rc<str>, usize)>,
}

impl StructType {
    /// The index of a member.
    pub fn field(&self, folded: &str) -> Option<usize> {
        self.fields
            .iter()
            .position(|f| &*f.folded == folded)
            .or_else(|| self.aliases.iter().find(|(alias, _)| &**alias == folded).map(|&(_, i)| i))
    }
}

impl PartialEq for StructType {
    fn eq(&self, other: &StructType) -> bool {
        self.id == other.id
    }
}

/// Who may use a class member.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Visibility {
    Public,
    /// The class and the classes derived from it.
    Protected,
    /// The class only.
    Private,
}

/// A method of a class (its own or inherited): the procedure, the class that declares it.
#[derive(Clone, Debug)]
pub struct Method {
    pub proc: usize,
    /// The `id` of the class whose procedure it is.
    pub class: usize,
    pub visibility: Visibility,
    /// `GLOBALE`: called without an object.
    pub global: bool,
}

/// A class the script declares. `fields` are the members of an object, the ancestor's first;
/// `methods` every method an object answers to (redefinitions replace the ancestor's);
/// `id` numbers it in the resolved program, where its members' initial values are.
#[derive(Debug)]
pub struct ClassType {
    pub name: Rc<str>,
    pub folded: Rc<str>,
    pub id: usize,
    pub parent: Option<Rc<ClassType>>,
    pub fields: Vec<Field>,
    /// Per field: who may use it, and the id of the class that declares it.
    pub access: Vec<(Visibility, usize)>,
    pub methods: std::collections::HashMap<Rc<str>, Method>,
    pub constructor: Option<usize>,
    pub destructor: Option<usize>,
}

impl ClassType {
    pub fn field(&self, folded: &str) -> Option<usize> {
        self.fields.iter().rposition(|f| &*f.folded == folded)
    }

    /// Whether `self` is `other` or derives from it.
    pub fn derives_from(&self, other: &ClassType) -> bool {
        let mut class = Some(self);
        while let Some(c) = class {
            if c.id == other.id {
                return true;
            }
            class = c.parent.as_deref();
        }
        false
    }

    /// Whether an object of this class (or a derived one) has a destructor to run.
    pub fn has_destructor(&self) -> bool {
        let mut class = Some(self);
        while let Some(c) = class {
            if c.destructor.is_some() {
                return true;
            }
            class = c.parent.as_deref();
        }
        false
    }
}

impl PartialEq for ClassType {
    fn eq(&self, other: &ClassType) -> bool {
        self.id == other.id
    }
}

/// `tableau associatif (options, default, key type) de T` (help page 1514058); the default value
/// lives with each array (`value::Assoc`).
#[derive(Debug, PartialEq)]
pub struct AssocType {
    pub key: Ty,
    pub elem: Ty,
    /// `AvecDoublon`, `ccSansCasse`, ... (see `value::object::assoc_options`).
    pub options: i64,
}

/// An `ÉNUMÉRATION` or a `COMBINAISON` (help pages 1514067, 1514074).
#[derive(Debug)]
pub struct EnumType {
    pub name: Rc<str>,
    pub id: usize,
    pub combination: bool,
    /// The values as declared, in order.
    pub cases: Vec<Rc<str>>,
    /// The value associated with each (`Marche = "M"`), if any.
    pub values: Vec<Option<Literal>>,
}

/// A constant written in a declaration (an enumeration's associated value), as plain data.
#[derive(Clone, Debug, PartialEq)]
pub enum Literal {
    Int(i64),
    Real(f64),
    Str(Rc<str>),
}

impl PartialEq for EnumType {
    fn eq(&self, other: &EnumType) -> bool {
        self.id == other.id
    }
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
            Ty::Struct(s) | Ty::StructRef(s) => {
                lang.pick(format!("a structure {}", s.name), format!("une structure {}", s.name))
            }
            Ty::Object { class, .. } => {
                lang.pick(format!("an object {}", class.name), format!("un objet {}", class.name))
            }
            Ty::Assoc(_) => lang.pick("an associative array", "un tableau associatif").into(),
            Ty::Enum(e) => e.name.to_string(),
            Ty::Json => lang.pick("a JSON", "un JSON").into(),
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
            Ty::Struct(s) => s.name.to_string(),
            Ty::StructRef(s) => lang.pick(format!("dynamic {}", s.name), format!("{} dynamique", s.name)),
            Ty::Object { class, dynamic: false } => class.name.to_string(),
            Ty::Object { class, dynamic: true } => {
                lang.pick(format!("dynamic {}", class.name), format!("{} dynamique", class.name))
            }
            Ty::Assoc(a) => lang.pick(
                format!("associative array of {}", a.elem.name(lang)),
                format!("tableau associatif de {}", a.elem.name(lang)),
            ),
            Ty::Enum(e) => e.name.to_string(),
            Ty::Json => "JSON".into(),
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
    (TypeWord::Is(Ty::Json), &["JSON"], &["JSON"]),
    (TypeWord::Array, &["tableau"], &["array"]),
    (TypeWord::Array, &["tableaux"], &["arrays"]),
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
