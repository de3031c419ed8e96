//! Every error a user can cause, and how it reads. Errors are built without source text (spans
//! only) and without words: `SourceError::texts` is THE message table, English and French side by
//! side, and the source text is attached once, here, when a report is rendered (miette).
//! Messages are lowercase without a final period; each variant has its own code.

use std::fmt;
use std::rc::Rc;

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents, SourceCode,
    SourceSpan, SpanContents,
};

use crate::lexer::LexErrorKind;
use crate::source::{SourceFile, Span};
use crate::types::Ty;

pub use crate::lang::Lang;

/// What the parser met where it could not go on.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    EndOfFile,
    EndOfLine,
    Name(String),
    Number(String),
    Str,
    Keyword(String),
    Symbol(String),
}

/// One thing the parser could have accepted instead.
#[derive(Debug, Clone, PartialEq)]
pub enum Expected {
    /// Written the same in both languages: `)`, FIN/END, ALORS/THEN.
    Term(String),
    EndOfLine,
    EndOfFile,
    Statement,
    Expression,
    /// `=`, `+=`, `++` or a call, after a name starting a statement.
    Assignment,
    Operator,
    Name,
    Number,
    Str,
    /// The list was cut.
    More,
}

/// Errors found before running: syntax (`wl::syntax::*`) and names (`wl::name::*`).
#[derive(Debug, Clone, PartialEq)]
pub enum SourceError {
    Lex {
        kind: LexErrorKind,
        span: Span,
    },
    Unexpected {
        found: Found,
        expected: Vec<Expected>,
        span: Span,
    },
    /// `opened`: the innermost block still open when the file ends inside one.
    UnexpectedEof {
        expected: Vec<Expected>,
        span: Span,
        opened: Option<Span>,
    },
    NotAStatement {
        span: Span,
    },
    /// `tableau de 5`: no element type.
    MissingType {
        span: Span,
    },
    /// `a < x > b`, `x <> a À b`: comparisons that make no interval.
    BadInterval {
        span: Span,
    },
    /// `(1, b) => ...`: a lambda's parameter that is not a name.
    LambdaParameter {
        span: Span,
    },
    /// `A, B est une Structure`: a type declares one name.
    OneTypeName {
        span: Span,
    },
    UnknownName {
        name: String,
        span: Span,
    },
    UnknownProcedure {
        name: String,
        span: Span,
    },
    /// An unknown name used as an object: `SAI_Nom..Valeur`, `CLIENT.Nom`.
    UnknownObject {
        name: String,
        span: Span,
    },
    /// `o.x` where the script declares `o`'s type and it has no `x`.
    UnknownMember {
        name: String,
        owner: String,
        span: Span,
    },
    /// A `PRIVÉ` member used outside its class, or a `PROTÉGÉ` one outside its class and the
    /// classes derived from it.
    HiddenMember {
        name: String,
        class: String,
        protected: bool,
        span: Span,
    },
    /// A method called on a structure, or a member that is a method used as a value.
    NotAMethod {
        name: String,
        span: Span,
    },
    UnknownType {
        name: String,
        span: Span,
    },
    /// A structure or class with a member of its own type that is not `dynamique`.
    ContainsItself {
        name: String,
        span: Span,
    },
    /// `max == usize::MAX`: any number from `min`.
    Arity {
        name: String,
        min: usize,
        max: usize,
        found: usize,
        span: Span,
    },
    Duplicate {
        name: String,
        span: Span,
    },
    NotAssignable {
        span: Span,
    },
    /// `MAX = 1` where `MAX` is a `CONSTANTE`.
    AssignConstant {
        name: String,
        span: Span,
    },
    OutsideLoop {
        what: String,
        span: Span,
    },
    /// Blocks or expressions nested deeper than `limit`.
    TooDeep {
        limit: usize,
        span: Span,
    },
    /// `Poste1 = 1` where `Poste1` is of an enumeration: only its values can be assigned (page
    /// 1514067). `found`: the value's type, in words, per language.
    EnumValueExpected {
        name: String,
        found: (String, String),
        span: Span,
    },
}

/// A diagnostic's words in one language.
pub struct Texts {
    pub code: &'static str,
    pub message: String,
    pub help: Option<String>,
    pub labels: Vec<(Span, String)>,
}

impl SourceError {
    pub fn span(&self) -> Span {
        match self {
            SourceError::Lex { span, .. }
            | SourceError::Unexpected { span, .. }
            | SourceError::UnexpectedEof { span, .. }
            | SourceError::NotAStatement { span }
            | SourceError::MissingType { span }
            | SourceError::BadInterval { span }
            | SourceError::LambdaParameter { span }
            | SourceError::OneTypeName { span }
            | SourceError::UnknownName { span, .. }
            | SourceError::UnknownProcedure { span, .. }
            | SourceError::UnknownObject { span, .. }
            | SourceError::UnknownMember { span, .. }
            | SourceError::HiddenMember { span, .. }
            | SourceError::NotAMethod { span, .. }
            | SourceError::UnknownType { span, .. }
            | SourceError::ContainsItself { span, .. }
            | SourceError::Arity { span, .. }
            | SourceError::Duplicate { span, .. }
            | SourceError::NotAssignable { span }
            | SourceError::AssignConstant { span, .. }
            | SourceError::OutsideLoop { span, .. }
            | SourceError::TooDeep { span, .. }
            | SourceError::EnumValueExpected { span, .. } => *span,
        }
    }

    /// THE message table: every text in English and French, side by side.
    pub fn texts(&self, lang: Lang) -> Texts {
        let t = |en: String, fr: String| lang.pick(en, fr);
        let (code, message, help, labels): (&str, String, Option<String>, Vec<(Span, String)>) = match self {
            SourceError::Lex { kind, span } => {
                let (message, help) = match kind {
                    LexErrorKind::UnexpectedChar(c) => {
                        (t(format!("unexpected character `{c}`"), format!("caractère inattendu `{c}`")), None)
                    }
                    LexErrorKind::UnclosedString => (
                        t("string is not closed".into(), "chaîne non fermée".into()),
                        Some(t(
                            "add `\"` before the end of the line (a quote inside a string is doubled: `\"\"`)".into(),
                            "ajoutez `\"` avant la fin de la ligne (un guillemet dans une chaîne se double : `\"\"`)".into(),
                        )),
                    ),
                    LexErrorKind::UnclosedMultilineString => (
                        t("multi-line string is not closed".into(), "chaîne multiligne non fermée".into()),
                        Some(t(
                            "end it with a line starting with `]`".into(),
                            "terminez-la par une ligne commençant par `]`".into(),
                        )),
                    ),
                    LexErrorKind::UnclosedComment => (
                        t("comment is not closed".into(), "commentaire non fermé".into()),
                        Some(t("`/*` has no matching `*/`".into(), "`/*` n'a pas de `*/` correspondant".into())),
                    ),
                    LexErrorKind::NumberTooLarge => (
                        t("number is too large".into(), "nombre trop grand".into()),
                        Some(t(
                            "numbers go up to about 1.8e308 (integers past 9223372036854775807 are read as reals)".into(),
                            "les nombres vont jusqu'à 1,8e308 environ (les entiers au-delà de 9223372036854775807 sont lus comme des réels)".into(),
                        )),
                    ),
                    LexErrorKind::HexTooLarge => (
                        t(
                            "hexadecimal number is too large for an integer".into(),
                            "nombre hexadécimal trop grand pour un entier".into(),
                        ),
                        None,
                    ),
                };
                ("wl::syntax::token", message, help, vec![(*span, t("here".into(), "ici".into()))])
            }
            SourceError::Unexpected { found, expected, span } => (
                "wl::syntax::unexpected",
                t(format!("unexpected {}", found_words(found, Lang::En)), format!("inattendu : {}", found_words(found, Lang::Fr))),
                expected_help(expected, lang),
                vec![(*span, t("not expected here".into(), "inattendu ici".into()))],
            ),
            SourceError::UnexpectedEof { expected, span, opened } => {
                let mut labels = vec![(*span, t("the file ends here".into(), "le fichier se termine ici".into()))];
                if let Some(opened) = opened {
                    labels.insert(0, (*opened, t("this block has no FIN/END".into(), "ce bloc n'a pas de FIN/END".into())));
                }
                (
                    "wl::syntax::eof",
                    t("unexpected end of file".into(), "fin de fichier inattendue".into()),
                    expected_help(expected, lang),
                    labels,
                )
            }
            SourceError::NotAStatement { span } => (
                "wl::syntax::not_a_statement",
                t("this expression is not a statement".into(), "cette expression n'est pas une instruction".into()),
                Some(t(
                    "assign it (`x = ...`) or call a procedure".into(),
                    "affectez-la (`x = ...`) ou appelez une procédure".into(),
                )),
                vec![(*span, t("its value would be lost".into(), "sa valeur serait perdue".into()))],
            ),
            SourceError::MissingType { span } => (
                "wl::syntax::missing_type",
                t("this type names no type".into(), "ce type ne nomme aucun type".into()),
                Some(t(
                    "write the element type, e.g. `tableau de 5 entiers` / `array of 5 int`".into(),
                    "écrivez le type des éléments, par exemple `tableau de 5 entiers`".into(),
                )),
                vec![(*span, t("no type here".into(), "aucun type ici".into()))],
            ),
            SourceError::BadInterval { span } => (
                "wl::syntax::bad_interval",
                t("these comparisons make no interval".into(), "ces comparaisons ne forment pas un intervalle".into()),
                Some(t(
                    "write `a < x < b` (or `<=`), `a > x > b` (or `>=`), or `x = a À b`".into(),
                    "écrivez `a < x < b` (ou `<=`), `a > x > b` (ou `>=`), ou `x = a À b`".into(),
                )),
                vec![(*span, t("not part of an interval".into(), "ne forme pas un intervalle".into()))],
            ),
            SourceError::LambdaParameter { span } => (
                "wl::syntax::lambda_parameter",
                t("a lambda's parameters are names".into(), "les paramètres d'une lambda sont des noms".into()),
                Some(t("e.g. `(a, b) => a + b`".into(), "par exemple `(a, b) => a + b`".into())),
                vec![(*span, t("not a name".into(), "pas un nom".into()))],
            ),
            SourceError::OneTypeName { span } => (
                "wl::syntax::one_type_name",
                t("a type declaration names one type".into(), "une déclaration de type nomme un seul type".into()),
                None,
                vec![(*span, t("second name".into(), "deuxième nom".into()))],
            ),
            SourceError::UnknownName { name, span } => (
                "wl::name::unknown",
                t(format!("unknown name `{name}`"), format!("nom inconnu `{name}`")),
                Some(t(
                    format!("declare it first, e.g. `{name} est un entier` / `{name} is int`"),
                    format!("déclarez-le d'abord, par exemple `{name} est un entier`"),
                )),
                vec![(*span, t("not declared".into(), "non déclaré".into()))],
            ),
            SourceError::UnknownProcedure { name, span } => (
                "wl::name::unknown_procedure",
                t(format!("unknown procedure or function `{name}`"), format!("procédure ou fonction inconnue `{name}`")),
                None,
                vec![(
                    *span,
                    t(
                        "no procedure, builtin or variable has this name".into(),
                        "aucune procédure, fonction ou variable ne porte ce nom".into(),
                    ),
                )],
            ),
            SourceError::UnknownObject { name, span } => (
                "wl::name::unknown_object",
                t(format!("unknown name `{name}`"), format!("nom inconnu `{name}`")),
                Some(t(
                    "no variable, window, control or data file of this name is declared".into(),
                    "aucune variable, fenêtre, champ ou fichier de données de ce nom n'est déclaré".into(),
                )),
                vec![(*span, t("its members are used here".into(), "ses membres sont utilisés ici".into()))],
            ),
            SourceError::UnknownMember { name, owner, span } => (
                "wl::name::unknown_member",
                t(format!("`{owner}` has no member `{name}`"), format!("`{owner}` n'a pas de membre `{name}`")),
                None,
                vec![(*span, t("not a member".into(), "pas un membre".into()))],
            ),
            SourceError::HiddenMember { name, class, protected, span } => (
                "wl::name::hidden_member",
                if *protected {
                    t(
                        format!("`{name}` is protected: only `{class}` and the classes derived from it may use it"),
                        format!("`{name}` est protégé : seules `{class}` et les classes qui en dérivent l'utilisent"),
                    )
                } else {
                    t(
                        format!("`{name}` is private: only the methods of `{class}` may use it"),
                        format!("`{name}` est privé : seules les méthodes de `{class}` l'utilisent"),
                    )
                },
                None,
                vec![(*span, t("used here".into(), "utilisé ici".into()))],
            ),
            SourceError::NotAMethod { name, span } => (
                "wl::name::not_a_method",
                t(format!("`{name}` is not a method"), format!("`{name}` n'est pas une méthode")),
                None,
                vec![(*span, t("called here".into(), "appelé ici".into()))],
            ),
            SourceError::UnknownType { name, span } => (
                "wl::name::unknown_type",
                t(format!("unknown type `{name}`"), format!("type inconnu `{name}`")),
                Some(t(
                    "known types: entier/int, réel/real, chaîne/string, booléen/boolean, variant, buffer, tableau de/array of"
                        .into(),
                    "types connus : entier/int, réel/real, chaîne/string, booléen/boolean, variant, buffer, tableau de/array of"
                        .into(),
                )),
                vec![(*span, t("not a type".into(), "pas un type".into()))],
            ),
            SourceError::ContainsItself { name, span } => (
                "wl::name::contains_itself",
                t(format!("`{name}` contains itself"), format!("`{name}` se contient lui-même")),
                Some(t(
                    format!("a member of its own type must be a reference: `est un {name} dynamique`"),
                    format!("un membre de son propre type doit être une référence : `est un {name} dynamique`"),
                )),
                vec![(*span, t("member of the type being declared".into(), "membre du type en cours de déclaration".into()))],
            ),
            SourceError::Arity { name, min, max, found, span } => {
                let expected = match (*min, *max) {
                    (a, b) if a == b => a.to_string(),
                    (a, usize::MAX) => t(format!("at least {a}"), format!("au moins {a}")),
                    (a, b) => t(format!("{a} to {b}"), format!("{a} à {b}")),
                };
                (
                    "wl::name::arity",
                    t(
                        format!("`{name}` expects {expected} argument(s), {found} given"),
                        format!("`{name}` attend {expected} paramètre(s), {found} donné(s)"),
                    ),
                    None,
                    vec![(*span, t("called here".into(), "appelé ici".into()))],
                )
            }
            SourceError::Duplicate { name, span } => (
                "wl::name::duplicate",
                t(format!("`{name}` is declared twice"), format!("`{name}` est déclaré deux fois")),
                None,
                vec![(*span, t("second declaration".into(), "deuxième déclaration".into()))],
            ),
            SourceError::NotAssignable { span } => (
                "wl::name::not_assignable",
                t("cannot assign to this expression".into(), "impossible d'affecter cette expression".into()),
                Some(t(
                    "only variables, array elements and parameters can be assigned".into(),
                    "seuls les variables, les éléments de tableau et les paramètres s'affectent".into(),
                )),
                vec![(*span, t("not a variable".into(), "pas une variable".into()))],
            ),
            SourceError::EnumValueExpected { name, found, span } => (
                "wl::name::enum_value_expected",
                t(
                    format!("only a value of the enumeration {name} can be assigned here, not {}", found.0),
                    format!("seule une valeur de l'énumération {name} peut être affectée ici, pas {}", found.1),
                ),
                Some(t(
                    format!("write one of the values declared in {name}"),
                    format!("écrivez une des valeurs déclarées dans {name}"),
                )),
                vec![(*span, t("not a value of the enumeration".into(), "pas une valeur de l'énumération".into()))],
            ),
            SourceError::AssignConstant { name, span } => (
                "wl::name::assign_constant",
                t(format!("`{name}` is a constant"), format!("`{name}` est une constante")),
                Some(t(
                    "a CONSTANTE keeps its value; declare a variable to change it".into(),
                    "une CONSTANTE garde sa valeur ; déclarez une variable pour la modifier".into(),
                )),
                vec![(*span, t("cannot be assigned".into(), "ne peut pas être affectée".into()))],
            ),
            SourceError::OutsideLoop { what, span } => (
                "wl::name::outside_loop",
                t(format!("`{what}` outside a loop"), format!("`{what}` hors d'une boucle")),
                None,
                vec![(
                    *span,
                    t("no enclosing POUR, TANTQUE or BOUCLE".into(), "aucun POUR, TANTQUE ou BOUCLE englobant".into()),
                )],
            ),
            SourceError::TooDeep { limit, span } => (
                "wl::syntax::too_deep",
                t(format!("nested more than {limit} levels deep"), format!("imbrication de plus de {limit} niveaux")),
                Some(t(
                    "split the expression or the blocks into procedures".into(),
                    "découpez l'expression ou les blocs en procédures".into(),
                )),
                vec![(*span, t("too deep here".into(), "trop profond ici".into()))],
            ),
        };
        Texts { code, message, help, labels }
    }
}

fn found_words(found: &Found, lang: Lang) -> String {
    match found {
        Found::EndOfFile => lang.pick("end of file", "fin de fichier").into(),
        Found::EndOfLine => lang.pick("end of line", "fin de ligne").into(),
        Found::Name(n) => lang.pick(format!("name `{n}`"), format!("nom `{n}`")),
        Found::Number(n) => lang.pick(format!("number `{n}`"), format!("nombre `{n}`")),
        Found::Str => lang.pick("string", "chaîne").into(),
        Found::Keyword(k) => lang.pick(format!("keyword `{k}`"), format!("mot-clé `{k}`")),
        Found::Symbol(s) => format!("`{s}`"),
    }
}

fn expected_help(expected: &[Expected], lang: Lang) -> Option<String> {
    let words: Vec<String> = expected
        .iter()
        .map(|e| match e {
            Expected::Term(t) => t.clone(),
            Expected::EndOfLine => lang.pick("end of line", "fin de ligne").into(),
            Expected::EndOfFile => lang.pick("end of file", "fin de fichier").into(),
            Expected::Statement => lang.pick("a statement", "une instruction").into(),
            Expected::Expression => lang.pick("an expression", "une expression").into(),
            Expected::Assignment => {
                lang.pick("`=`, `+=`, `++` or a call `(...)`", "`=`, `+=`, `++` ou un appel `(...)`").into()
            }
            Expected::Operator => lang.pick("an operator", "un opérateur").into(),
            Expected::Name => lang.pick("a name", "un nom").into(),
            Expected::Number => lang.pick("a number", "un nombre").into(),
            Expected::Str => lang.pick("a string", "une chaîne").into(),
            Expected::More => "...".into(),
        })
        .collect();
    let list = match words.len() {
        0 => return None,
        1 => words[0].clone(),
        n => format!("{} {} {}", words[..n - 1].join(", "), lang.pick("or", "ou"), words[n - 1]),
    };
    Some(lang.pick(format!("expected {list}"), format!("attendu : {list}")))
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.texts(Lang::En).message)
    }
}

impl std::error::Error for SourceError {}

/// Why the evaluator or a builtin stopped the script: the runtime half of the message table.
#[derive(Debug, Clone, PartialEq)]
pub enum Fault {
    DivisionByZero,
    ModuloByZero,
    NotCondition(Ty),
    NotNumber(Ty),
    NotText(Ty),
    AssignToArray(Ty),
    Compare(Ty, Ty),
    ForEachNeedsArray(Ty),
    CannotIndex(Ty),
    NotProcedure {
        name: String,
        kind: Ty,
    },
    NoCount(Ty),
    IndexOutOfBounds {
        index: i64,
        len: usize,
    },
    ArrayTooLarge(i64),
    TooManyCalls {
        limit: u32,
    },
    StepLimit,
    NotVariable,
    /// A builtin failed: `Name: ...`.
    Builtin {
        name: String,
        fault: Box<Fault>,
    },
    /// A builtin's parameter is wrong: `Name: parameter N: ...`.
    Param {
        name: String,
        index: usize,
        fault: Box<Fault>,
    },
    ExpectedArray(Ty),
    ExpectedProcedure(Ty),
    /// A construct that resolves but that wlang cannot run yet.
    Unsupported(Construct),
    /// `SELON(v, ...)`: `v` is not a whole number.
    SwitchIndex(Ty),
    /// `x++` on something that is not a variable.
    NotIncrementable,
    /// A bitwise operator on a value that is no integer.
    NotInteger(Ty),
    /// A shift by a negative count.
    NegativeShift(i64),
    /// A fault a builtin family defines beside its rows, with its own texts.
    Family(Rc<dyn FamilyFault>),
    /// A value that does not read as the type it is assigned to ("abc" as a date).
    BadConversion {
        text: String,
        to: Ty,
    },
    /// A value of another type where a structure, an object, an associative array or an
    /// enumeration value is expected.
    WrongObject {
        found: Ty,
        expected: Ty,
    },
    /// A procedure named by a string that no global procedure has.
    UnknownProcedureName(String),
    /// `x.m` on a value that has no members (a dynamic object not allocated is Null).
    NoMembers(Ty),
    /// `x.m` where the structure or object found when running has no member `m`.
    NoSuchMember {
        name: String,
        owner: String,
    },
    /// `libérer x` where `x` is not an object.
    FreeNotObject(Ty),
    /// `o.M()` where the object's class has no method `M`.
    NoSuchMethod {
        name: String,
        owner: String,
    },
    /// Date arithmetic left the calendar (before year 1 or after year 262143).
    DateOutOfRange,
    /// An exact decimal computation needs more than 38 digits.
    DecimalOverflow,
    /// A number too large for the type it is assigned to.
    OutOfRange {
        text: String,
        to: Ty,
    },
    /// A POUR counter that its step no longer moves, or NaN (its value, as written).
    CounterStuck(String),
    /// The script's memory reached `--max-memory` (bytes).
    MemoryLimit {
        limit: u64,
    },
    /// `ExceptionDéclenche(code [, message])`: an exception the script throws.
    Thrown {
        code: i64,
        message: Option<String>,
    },
    /// `ExceptionPropage()` or `EXCEPTION` where no exception is being handled.
    NoException,
    /// A non-fatal error in a procedure with `CAS ERREUR:`: unwinds to that section, which
    /// always catches it (see `interp::errors`).
    NonFatal {
        message: String,
    },
    /// `d..Clé` on a value that has no such property.
    NoProperty {
        property: crate::keywords::Property,
        on: Ty,
    },
    /// `t[i]` on an array of 2 dimensions, `t[i, j, k]` on one of 2.
    IndexCount {
        expected: usize,
        found: usize,
    },
    /// `Ajoute` on a `tableau fixe`.
    FixedArray,
    /// `t[4, 1]` on an array of 3 by 4.
    DimensionOutOfBounds {
        index: i64,
        dimension: usize,
        len: usize,
    },
}

impl Fault {
    /// Wraps a family's fault.
    pub fn family(fault: impl FamilyFault + 'static) -> Fault {
        Fault::Family(Rc::new(fault))
    }
}

/// A builtin family's fault: the family's file holds its texts, English and French side by side.
pub trait FamilyFault: fmt::Debug {
    fn text(&self, lang: Lang) -> String;

    /// The error number `ErreurInfo(errCode)` gives for it (see `Fault::number`).
    fn code(&self) -> i64 {
        FAMILY_ERROR
    }
}

/// The error number of a builtin's failure that has none of its own.
pub const FAMILY_ERROR: i64 = 1100;

impl PartialEq for dyn FamilyFault {
    fn eq(&self, other: &dyn FamilyFault) -> bool {
        self.text(Lang::En) == other.text(Lang::En)
    }
}

impl Fault {
    /// THE runtime message table: English and French side by side.
    pub fn text(&self, lang: Lang) -> String {
        let t = |en: String, fr: String| lang.pick(en, fr);
        match self {
            Fault::DivisionByZero => t("division by zero".into(), "division par zéro".into()),
            Fault::ModuloByZero => t("modulo by zero".into(), "modulo par zéro".into()),
            Fault::NotCondition(k) => t(
                format!("{} cannot be used as a condition", k.words(Lang::En)),
                format!("{} ne peut pas servir de condition", k.words(Lang::Fr)),
            ),
            Fault::NotNumber(k) => t(
                format!("{} is not a number", k.words(Lang::En)),
                format!("{} n'est pas un nombre", k.words(Lang::Fr)),
            ),
            Fault::NotText(k) => t(
                format!("{} cannot be converted to a string", k.words(Lang::En)),
                format!("{} ne se convertit pas en chaîne", k.words(Lang::Fr)),
            ),
            Fault::AssignToArray(k) => t(
                format!("cannot assign {} to an array", k.words(Lang::En)),
                format!("impossible d'affecter {} à un tableau", k.words(Lang::Fr)),
            ),
            Fault::Compare(a, b) => t(
                format!("cannot compare {} with {}", a.words(Lang::En), b.words(Lang::En)),
                format!("impossible de comparer {} avec {}", a.words(Lang::Fr), b.words(Lang::Fr)),
            ),
            Fault::ForEachNeedsArray(k) => t(
                format!("POUR TOUT needs an array, not {}", k.words(Lang::En)),
                format!("POUR TOUT attend un tableau, pas {}", k.words(Lang::Fr)),
            ),
            Fault::CannotIndex(k) => {
                t(format!("cannot index {}", k.words(Lang::En)), format!("impossible d'indicer {}", k.words(Lang::Fr)))
            }
            Fault::NotProcedure { name, kind } => t(
                format!("`{name}` is {}, not a procedure", kind.words(Lang::En)),
                format!("`{name}` est {}, pas une procédure", kind.words(Lang::Fr)),
            ),
            Fault::NoCount(k) => t(
                format!("{} has no element count", k.words(Lang::En)),
                format!("{} n'a pas de nombre d'éléments", k.words(Lang::Fr)),
            ),
            Fault::IndexOutOfBounds { index, len } => t(
                format!("index {index} is out of bounds (the array has {len} element(s))"),
                format!("indice {index} hors limites (le tableau a {len} élément(s))"),
            ),
            Fault::ArrayTooLarge(n) => t(
                format!("an array of {n} elements cannot be allocated"),
                format!("impossible d'allouer un tableau de {n} éléments"),
            ),
            Fault::TooManyCalls { limit } => t(
                format!("too many nested calls (more than {limit}): runaway recursion?"),
                format!("trop d'appels imbriqués (plus de {limit}) : récursivité sans fin ?"),
            ),
            Fault::StepLimit => t("step limit reached".into(), "limite de pas atteinte".into()),
            Fault::NotVariable => t("not a variable".into(), "pas une variable".into()),
            Fault::Builtin { name, fault } => format!("{name}: {}", fault.text(lang)),
            Fault::Param { name, index, fault } => t(
                format!("{name}: parameter {}: {}", index + 1, fault.text(lang)),
                format!("{name} : paramètre {} : {}", index + 1, fault.text(lang)),
            ),
            Fault::ExpectedArray(k) => t(
                format!("expected an array, got {}", k.words(Lang::En)),
                format!("un tableau est attendu, pas {}", k.words(Lang::Fr)),
            ),
            Fault::ExpectedProcedure(k) => t(
                format!("expected a procedure, got {}", k.words(Lang::En)),
                format!("une procédure est attendue, pas {}", k.words(Lang::Fr)),
            ),
            Fault::Unsupported(construct) => construct.text(lang),
            Fault::SwitchIndex(k) => t(
                format!("SELON(...) needs a whole number, not {}", k.words(Lang::En)),
                format!("SELON(...) attend un nombre entier, pas {}", k.words(Lang::Fr)),
            ),
            Fault::NotIncrementable => {
                t("only a variable can be incremented".into(), "seule une variable peut être incrémentée".into())
            }
            Fault::NotInteger(k) => t(
                format!("bitwise operators need integers, not {}", k.words(Lang::En)),
                format!("les opérateurs binaires attendent des entiers, pas {}", k.words(Lang::Fr)),
            ),
            Fault::NegativeShift(n) => {
                t(format!("cannot shift by {n} bits"), format!("impossible de décaler de {n} bits"))
            }
            Fault::Family(fault) => fault.text(lang),
            Fault::NoMembers(Ty::Null) => t(
                "the object is NULL: it was never allocated (allouer) or it was freed (libérer)".into(),
                "l'objet est NULL : il n'a jamais été alloué (allouer) ou il a été libéré (libérer)".into(),
            ),
            Fault::NoMembers(ty) => t(
                format!("{} has no members", ty.words(Lang::En)),
                format!("{} n'a pas de membres", ty.words(Lang::Fr)),
            ),
            Fault::NoSuchMember { name, owner } => {
                t(format!("`{owner}` has no member `{name}`"), format!("`{owner}` n'a pas de membre `{name}`"))
            }
            Fault::FreeNotObject(ty) => t(
                format!("libérer (delete) frees a dynamic object, not {}", ty.words(Lang::En)),
                format!("libérer libère un objet dynamique, pas {}", ty.words(Lang::Fr)),
            ),
            Fault::NoSuchMethod { name, owner } => {
                t(format!("`{owner}` has no method `{name}`"), format!("`{owner}` n'a pas de méthode `{name}`"))
            }
            Fault::WrongObject { found, expected } => t(
                format!("expected {}, got {}", expected.words(Lang::En), found.words(Lang::En)),
                format!("{} est attendu, pas {}", expected.words(Lang::Fr), found.words(Lang::Fr)),
            ),
            Fault::UnknownProcedureName(name) => {
                t(format!("no procedure is named \"{name}\""), format!("aucune procédure ne s'appelle \"{name}\""))
            }
            Fault::DateOutOfRange => t("the date is out of the calendar".into(), "la date sort du calendrier".into()),
            Fault::DecimalOverflow => {
                t("the exact result needs more than 38 digits".into(), "le résultat exact dépasse 38 chiffres".into())
            }
            Fault::BadConversion { text, to } => t(
                format!("\"{text}\" is not a valid {}", to.name(Lang::En)),
                format!("\"{text}\" n'est pas une valeur valide pour le type {}", to.name(Lang::Fr)),
            ),
            Fault::OutOfRange { text, to } => t(
                format!("{text} is out of the range of the type {}", to.name(Lang::En)),
                format!("{text} dépasse les limites du type {}", to.name(Lang::Fr)),
            ),
            Fault::CounterStuck(value) => t(
                format!("the loop's counter no longer advances (stuck at {value})"),
                format!("le compteur de la boucle n'avance plus (bloqué à {value})"),
            ),
            Fault::MemoryLimit { limit } => t(
                format!(
                    "out of memory: the script needs more than its limit of {} (--max-memory)",
                    size_words(*limit, Lang::En)
                ),
                format!(
                    "mémoire épuisée : le script a besoin de plus que sa limite de {} (--max-memory)",
                    size_words(*limit, Lang::Fr)
                ),
            ),
            Fault::Thrown { code, message: Some(message) } => {
                t(format!("exception {code}: {message}"), format!("exception {code} : {message}"))
            }
            Fault::Thrown { code, message: None } => {
                t(format!("exception {code} thrown"), format!("exception {code} déclenchée"))
            }
            Fault::NoException => t(
                "no exception is being handled here (only in a QUAND EXCEPTION or CAS EXCEPTION: handler)".into(),
                "aucune exception n'est en cours de traitement ici (seulement dans un QUAND EXCEPTION ou un CAS EXCEPTION:)"
                    .into(),
            ),
            Fault::NonFatal { message } => {
                t(format!("non-fatal error: {message}"), format!("erreur non fatale : {message}"))
            }
            Fault::NoProperty { property, on } => {
                let (fr, en) = crate::keywords::property_names(*property);
                t(
                    format!("{} has no property {en}", on.words(Lang::En)),
                    format!("{} n'a pas de propriété {fr}", on.words(Lang::Fr)),
                )
            }
            Fault::IndexCount { expected, found } => t(
                format!("the array has {expected} dimension(s): it takes {expected} index(es), not {found}"),
                format!("le tableau a {expected} dimension(s) : il prend {expected} indice(s), pas {found}"),
            ),
            Fault::DimensionOutOfBounds { index, dimension, len } => t(
                format!("index {index} is out of bounds (dimension {dimension} of the array has {len} element(s))"),
                format!("indice {index} hors limites (la dimension {dimension} du tableau a {len} élément(s))"),
            ),
            Fault::FixedArray => t(
                "a fixed array (tableau fixe) cannot change size".into(),
                "un tableau fixe ne peut pas changer de taille".into(),
            ),
        }
    }

    /// The fault inside a builtin's wrappers (`Name: ...`, `Name: parameter N: ...`).
    pub fn root(&self) -> &Fault {
        match self {
            Fault::Builtin { fault, .. } | Fault::Param { fault, .. } => fault.root(),
            other => other,
        }
    }

    /// The error number `ExceptionInfo(errCode)` gives: the script's own for `ExceptionDéclenche`
    /// (1 to 1000 by the help page), else a number of wlang's from 1001 on, one per kind of error
    /// (WINDEV's own numbers are not documented). A builtin's fault has its inner fault's number.
    pub fn number(&self) -> i64 {
        match self {
            Fault::Thrown { code, .. } => *code,
            Fault::Builtin { fault, .. } | Fault::Param { fault, .. } => fault.number(),
            Fault::Family(fault) => fault.code(),
            Fault::DivisionByZero => 1001,
            Fault::ModuloByZero => 1002,
            Fault::IndexOutOfBounds { .. } => 1003,
            Fault::ArrayTooLarge(_) => 1004,
            Fault::TooManyCalls { .. } => 1005,
            Fault::NotCondition(_) => 1006,
            Fault::NotNumber(_) | Fault::NotInteger(_) | Fault::SwitchIndex(_) => 1007,
            Fault::NotText(_) => 1008,
            Fault::Compare(..) => 1009,
            Fault::BadConversion { .. } => 1010,
            Fault::OutOfRange { .. } | Fault::DecimalOverflow | Fault::DateOutOfRange => 1011,
            Fault::NoMembers(_)
            | Fault::NoSuchMember { .. }
            | Fault::NoSuchMethod { .. }
            | Fault::WrongObject { .. }
            | Fault::FreeNotObject(_) => 1012,
            Fault::NotProcedure { .. } | Fault::ExpectedProcedure(_) | Fault::UnknownProcedureName(_) => 1013,
            Fault::Unsupported(_) => 1014,
            Fault::NoException => 1015,
            Fault::NonFatal { .. } => 1016,
            Fault::CounterStuck(_) => 1017,
            Fault::MemoryLimit { .. } => 1018,
            _ => 1000,
        }
    }
}

/// What kind of construct a `Construct` is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConstructKind {
    Structure,
    Class,
    /// `MoiMême`, `:membre`, `objet:membre`, methods.
    Object,
    Enumeration,
    AssociativeArray,
    MultiDimArray,
    Property,
    /// `a.b` on a value whose type is not known.
    Member,
    Indirection,
    Automation,
    Address,
    /// `allouer`, `libérer`.
    DynamicObject,
    Lambda,
    Reference,
    MultipleValues,
    CompileIf,
    Hfsql,
    TableControl,
    ClassMember,
    /// `MaFenêtre`, windows and their controls.
    Window,
    /// `MesParamètres`: the arguments of a procedure declared with `*`.
    VariableParameters,
}

/// A construct the resolver knows and the interpreter cannot run yet, with what the script wrote
/// (`STRUCTURE`, `..Valeur`): running it stops the script with a message naming it.
#[derive(Debug, Clone, PartialEq)]
pub struct Construct {
    pub kind: ConstructKind,
    pub written: Rc<str>,
}

impl Construct {
    pub fn new(kind: ConstructKind, written: impl Into<Rc<str>>) -> Construct {
        Construct { kind, written: written.into() }
    }

    /// The construct's family, plural, in both languages.
    pub fn words(&self, lang: Lang) -> &'static str {
        use ConstructKind as K;
        let (en, fr) = match self.kind {
            K::Structure => ("structures", "les structures"),
            K::Class => ("classes", "les classes"),
            K::Object => ("objects", "les objets"),
            K::Enumeration => ("enumerations and combinations", "les énumérations et combinaisons"),
            K::AssociativeArray => ("associative arrays", "les tableaux associatifs"),
            K::MultiDimArray => ("arrays of several dimensions", "les tableaux à plusieurs dimensions"),
            K::Property => ("properties", "les propriétés"),
            K::Member => ("members of structures and objects", "les membres de structures et d'objets"),
            K::Indirection => ("indirections", "les indirections"),
            K::Automation => ("Automation objects", "les objets Automation"),
            K::Address => ("addresses of variables", "les adresses de variables"),
            K::DynamicObject => ("dynamic objects", "les objets dynamiques"),
            K::Lambda => ("lambdas", "les lambdas"),
            K::Reference => ("assignments by reference", "les affectations par référence"),
            K::MultipleValues => ("multiple values", "les valeurs multiples"),
            K::CompileIf => ("compilation directives", "les directives de compilation"),
            K::Hfsql => ("HFSQL files", "les fichiers HFSQL"),
            K::TableControl => ("table controls", "les champs Table"),
            K::ClassMember => ("class members", "les membres de classe"),
            K::Window => ("windows", "les fenêtres"),
            K::VariableParameters => ("variable parameters", "les paramètres variables"),
        };
        lang.pick(en, fr)
    }

    /// "structures are not supported yet: STRUCTURE".
    pub fn text(&self, lang: Lang) -> String {
        lang.pick(
            format!("{} are not supported yet: {}", self.words(lang), self.written),
            format!("non pris en charge pour l'instant : {} ({})", self.words(lang), self.written),
        )
    }
}

/// A size in bytes as people read it: `512 MiB`, `1.5 GiB` (French: `512 Mio`, `1,5 Gio`).
pub fn size_words(bytes: u64, lang: Lang) -> String {
    let (scale, en, fr) = match bytes {
        b if b >= 1 << 30 => (1u64 << 30, "GiB", "Gio"),
        b if b >= 1 << 20 => (1 << 20, "MiB", "Mio"),
        b if b >= 1 << 10 => (1 << 10, "KiB", "Kio"),
        _ => (1, "bytes", "octets"),
    };
    let value = bytes as f64 / scale as f64;
    let text = if value.fract() == 0.0 { format!("{value}") } else { format!("{value:.1}") };
    let text = if lang == Lang::Fr { text.replace('.', ",") } else { text };
    format!("{text} {}", lang.pick(en, fr))
}

/// One procedure call on the way to a runtime error: `name` as the user spelled it at the call.
#[derive(Debug, Clone, PartialEq)]
pub struct CallSite {
    pub name: String,
    pub span: Span,
}

/// Why evaluation unwinds: an error, or the end of the program (`FinProgramme`, Ctrl-C).
#[derive(Debug)]
pub enum Abort {
    Error(RuntimeError),
    Exit,
}

/// An error that stops the script (unless a `QUAND EXCEPTION` block catches it).
#[derive(Debug, Clone, PartialEq)]
pub struct RuntimeError {
    pub fault: Fault,
    pub span: Span,
    /// Innermost call first.
    pub calls: Vec<CallSite>,
}

impl RuntimeError {
    pub fn new(fault: Fault, span: Span) -> RuntimeError {
        RuntimeError { fault, span, calls: Vec::new() }
    }

    /// The chain of calls, as a help text: `in P called at file:line:col`.
    fn call_chain(&self, src: &SourceFile, lang: Lang) -> Option<String> {
        if self.calls.is_empty() {
            return None;
        }
        // Runaway recursion repeats one call thousands of times: say it once, with a count.
        let mut chain: Vec<String> = Vec::new();
        let mut calls = self.calls.iter().peekable();
        while let Some(c) = calls.next() {
            let mut repeats = 1;
            while calls.peek().is_some_and(|next| next.name == c.name && next.span == c.span) {
                calls.next();
                repeats += 1;
            }
            let (line, col) = src.line_col(c.span.start);
            let at = format!("{}:{line}:{col}", src.name);
            let mut entry =
                lang.pick(format!("in {} called at {at}", c.name), format!("dans {} appelée en {at}", c.name));
            if repeats > 1 {
                entry += &lang.pick(format!(" ({repeats} times)"), format!(" ({repeats} fois)"));
            }
            chain.push(entry);
        }
        const SHOWN: usize = 20;
        if chain.len() > SHOWN {
            let hidden = chain.len() - SHOWN;
            chain.truncate(SHOWN);
            chain.push(lang.pick(format!("... and {hidden} more calls"), format!("... et {hidden} autres appels")));
        }
        Some(chain.join("\n"))
    }
}

impl fmt::Display for RuntimeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.fault.text(Lang::En))
    }
}

impl std::error::Error for RuntimeError {}

/// How reports look: colour for a terminal, plain unicode otherwise (and always in tests).
#[derive(Copy, Clone, PartialEq, Eq)]
pub enum Style {
    Color,
    Plain,
}

impl Style {
    /// Plain when stdout or stderr is not a terminal (output captured, piped, compared) or
    /// NO_COLOR is set.
    pub fn detect() -> Style {
        use std::io::IsTerminal;
        let piped = !std::io::stdout().is_terminal() || !std::io::stderr().is_terminal();
        if std::env::var_os("NO_COLOR").is_some() || piped { Style::Plain } else { Style::Color }
    }
}

/// A diagnostic with its words already chosen, as miette renders it, with the script it points
/// into (borrowed: rendering a report costs the lines it shows, not a copy of the file).
#[derive(Debug)]
struct Rendered<'a> {
    code: &'static str,
    message: String,
    help: Option<String>,
    labels: Vec<(Span, String)>,
    source: Option<Source<'a>>,
}

impl fmt::Display for Rendered<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Rendered<'_> {}

impl Diagnostic for Rendered<'_> {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.code))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help.as_ref().map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().map(|(span, text)| LabeledSpan::new_with_span(Some(text.clone()), *span))))
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }
}

/// Beyond this column a label is not drawn under its line: miette cannot pad that far (it
/// panics past 65,535) and nobody reads such a line anyway; the report gives `file:line:col`.
const MAX_DRAWN_COLUMN: usize = 2_000;

fn render<'a>(mut diagnostic: Rendered<'a>, src: &'a SourceFile, style: Style) -> String {
    let theme = match style {
        Style::Color => GraphicalTheme::unicode(),
        Style::Plain => GraphicalTheme::unicode_nocolor(),
    };
    // No wrapping: call chains and file:line:col references stay whole, whatever their length.
    let handler = GraphicalReportHandler::new_themed(theme).with_width(80).with_wrap_lines(false).with_links(false);
    let too_wide = diagnostic.labels.iter().any(|(span, _)| src.line_col(span.end).1 > MAX_DRAWN_COLUMN);
    if too_wide {
        let places: Vec<String> = diagnostic
            .labels
            .drain(..)
            .map(|(span, text)| {
                let (line, col) = src.line_col(span.start);
                format!("{}:{line}:{col}: {text}", src.name)
            })
            .collect();
        let help = diagnostic.help.take().into_iter();
        diagnostic.help = Some(places.into_iter().chain(help).collect::<Vec<_>>().join("\n"));
    } else {
        diagnostic.source = Some(Source(src));
    }
    let mut out = String::new();
    if handler.render_report(&mut out, &diagnostic).is_err() {
        out = format!("{diagnostic}\n");
    }
    out
}

pub fn render_source_error(error: &SourceError, src: &SourceFile, style: Style, lang: Lang) -> String {
    let Texts { code, message, help, labels } = error.texts(lang);
    render(Rendered { code, message, help, labels, source: None }, src, style)
}

/// Renders a runtime error with its chain of calls (`in P called at file:line:col`).
pub fn render_runtime_error(error: &RuntimeError, src: &SourceFile, style: Style, lang: Lang) -> String {
    let rendered = Rendered {
        code: "wl::runtime",
        message: error.fault.text(lang),
        help: error.call_chain(src, lang),
        labels: vec![(error.span, lang.pick("here", "ici").into())],
        source: None,
    };
    render(rendered, src, style)
}

/// The line after the last report shown when a file has more errors than are reported in full
/// (`crate::MAX_REPORTED_ERRORS`): `and 12 more errors`.
pub fn more_errors(n: usize, lang: Lang) -> String {
    let plural = if n == 1 { "" } else { "s" };
    lang.pick(format!("and {n} more error{plural}"), format!("et {n} autre{plural} erreur{plural}"))
}

/// The closing line after source errors: `2 errors in f.wl`.
pub fn error_count(n: usize, file: &str, lang: Lang) -> String {
    let plural = if n == 1 { "" } else { "s" };
    lang.pick(format!("{n} error{plural} in {file}"), format!("{n} erreur{plural} dans {file}"))
}

/// The script's text for miette, with columns counted in characters (miette counts bytes), so
/// a report's `file:line:col` agrees with `SourceFile::line_col` on accented lines.
///
/// miette finds a span's lines by scanning the text from its start, which made a report cost
/// the whole file and `wl check` quadratic in the number of errors. Here the line index finds
/// a window of a few lines around the span, miette reads that window, and its offsets and line
/// numbers are shifted back: the same contents, at the cost of the lines shown.
#[derive(Debug)]
struct Source<'a>(&'a SourceFile);

/// Lines of slack after the window's last context line: miette decides where the context ends
/// by reading on, and must meet the same bytes it would have met in the whole text.
const WINDOW_SLACK: usize = 3;

impl SourceCode for Source<'_> {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let src = self.0;
        let text = src.text.as_str();
        let starts = src.line_starts();
        let start = span.offset().min(text.len());
        let end = (span.offset() + span.len()).min(text.len());
        let first_line = src.line_of(start);
        let window_line = first_line.saturating_sub(context_lines_before);
        let window_start = starts[window_line] as usize;
        let last_line = src.line_of(end.saturating_sub(1).max(start));
        let window_end = starts
            .get(last_line + context_lines_after + WINDOW_SLACK)
            .map_or(text.len(), |&s| s as usize)
            .max(window_start);
        let window = &text[window_start..window_end];
        let inner_span = SourceSpan::new((span.offset() - window_start).into(), span.len());
        let inner = window.read_span(&inner_span, context_lines_before, context_lines_after)?;
        let offset = inner.span().offset() + window_start;
        let line_start = (starts[src.line_of(offset)] as usize).min(offset);
        let column = text.get(line_start..offset).map_or(0, |t| t.chars().count());
        Ok(Box::new(MietteSpanContents::new_named(
            src.name.clone(),
            inner.data(),
            SourceSpan::new(offset.into(), inner.span().len()),
            inner.line() + window_line,
            column,
            inner.line_count() + window_line,
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_variant() -> Vec<SourceError> {
        let span = Span::new(0, 1);
        let name = || "x".to_owned();
        vec![
            SourceError::Lex { kind: LexErrorKind::UnclosedString, span },
            SourceError::Unexpected { found: Found::EndOfLine, expected: vec![Expected::Expression], span },
            SourceError::UnexpectedEof { expected: vec![Expected::Term("FIN/END".into())], span, opened: Some(span) },
            SourceError::NotAStatement { span },
            SourceError::MissingType { span },
            SourceError::BadInterval { span },
            SourceError::LambdaParameter { span },
            SourceError::OneTypeName { span },
            SourceError::UnknownName { name: name(), span },
            SourceError::UnknownProcedure { name: name(), span },
            SourceError::UnknownObject { name: name(), span },
            SourceError::UnknownMember { name: name(), owner: "S".into(), span },
            SourceError::UnknownType { name: name(), span },
            SourceError::ContainsItself { name: name(), span },
            SourceError::Arity { name: name(), min: 1, max: 2, found: 3, span },
            SourceError::Duplicate { name: name(), span },
            SourceError::NotAssignable { span },
            SourceError::AssignConstant { name: name(), span },
            SourceError::OutsideLoop { what: "SORTIR".into(), span },
            SourceError::TooDeep { limit: 3, span },
            SourceError::EnumValueExpected { name: "E".into(), found: ("an integer".into(), "un entier".into()), span },
        ]
    }

    #[test]
    fn every_message_exists_in_both_languages() {
        for error in every_variant() {
            let (en, fr) = (error.texts(Lang::En), error.texts(Lang::Fr));
            assert_eq!(en.code, fr.code);
            assert_ne!(en.message, fr.message, "{error:?} has no French message");
            assert_eq!(en.labels.len(), fr.labels.len());
            for ((_, en), (_, fr)) in en.labels.iter().zip(&fr.labels) {
                assert_ne!(en, fr, "{error:?}: label not translated");
            }
            assert_eq!(en.help.is_some(), fr.help.is_some());
        }
    }

    #[test]
    fn a_label_far_right_on_a_long_line_is_given_as_a_location() {
        let text = format!("x = {}\n", "1 + ".repeat(30_000));
        let src = SourceFile::new("long.wl", text.clone());
        let error =
            SourceError::Lex { kind: LexErrorKind::NumberTooLarge, span: Span::new(text.len() - 2, text.len() - 1) };
        let report = render_source_error(&error, &src, Style::Plain, Lang::En);
        assert!(report.contains("number is too large"), "{report}");
        assert!(report.contains(&format!("long.wl:1:{}: here", text.len() - 1)), "{report}");
    }

    #[test]
    fn runtime_faults_read_in_both_languages() {
        let start = Fault::Param { name: "Milieu".into(), index: 1, fault: Box::new(Fault::NotNumber(Ty::Buffer)) };
        let faults = [
            Fault::DivisionByZero,
            Fault::NotCondition(Ty::Str),
            Fault::Compare(Ty::Array(std::rc::Rc::new(Ty::Int)), Ty::Int),
            Fault::IndexOutOfBounds { index: 4, len: 3 },
            Fault::TooManyCalls { limit: 10 },
            Fault::CounterStuck("1e16".into()),
            Fault::MemoryLimit { limit: 3 << 29 },
            Fault::NoProperty { property: crate::keywords::Property::Day, on: Ty::Int },
            Fault::IndexCount { expected: 2, found: 1 },
            Fault::FixedArray,
            Fault::DimensionOutOfBounds { index: 4, dimension: 1, len: 3 },
            start.clone(),
        ];
        for fault in &faults {
            assert_ne!(fault.text(Lang::En), fault.text(Lang::Fr), "{fault:?} has no French text");
        }
        assert_eq!(start.text(Lang::En), "Milieu: parameter 2: a buffer is not a number");
        assert_eq!(start.text(Lang::Fr), "Milieu : paramètre 2 : un buffer n'est pas un nombre");
        assert_eq!(
            Fault::MemoryLimit { limit: 3 << 29 }.text(Lang::Fr),
            "mémoire épuisée : le script a besoin de plus que sa limite de 1,5 Gio (--max-memory)"
        );
        assert_eq!(size_words(512 << 20, Lang::En), "512 MiB");
        assert_eq!(size_words(100, Lang::En), "100 bytes");
        let src = SourceFile::new("f.wl", "Info(1/0)\n");
        let error = RuntimeError::new(Fault::DivisionByZero, Span::new(5, 8));
        let text = render_runtime_error(&error, &src, Style::Plain, Lang::Fr);
        assert!(text.contains("division par zéro") && text.contains("ici"), "{text}");
    }

    #[test]
    fn french_report_reads_in_french() {
        let src = SourceFile::new("f.wl", "x = 1\n");
        let error = SourceError::UnknownName { name: "x".into(), span: Span::new(0, 1) };
        let text = render_source_error(&error, &src, Style::Plain, Lang::Fr);
        assert!(text.contains("nom inconnu `x`"), "{text}");
        assert!(text.contains("non déclaré"), "{text}");
        assert_eq!(error_count(2, "f.wl", Lang::Fr), "2 erreurs dans f.wl");
        assert_eq!(more_errors(12, Lang::Fr), "et 12 autres erreurs");
        assert_eq!(more_errors(1, Lang::En), "and 1 more error");
    }
}
