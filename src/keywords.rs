//! The bilingual keyword table and the one name-folding function. French and English are decided
//! here, once: the lexer adapter turns every spelling listed below into one `Kw`, and every name
//! (keyword, builtin, user identifier) goes through `fold`. No other file lists keyword spellings;
//! the property names the interpreter knows (`..Occurrence`) are listed here too (`PROPERTIES`).

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
        let mut out = String::with_capacity(name.len());
        for c in name.chars() {
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else if let Some(folded) = fold_latin(c) {
                out.push_str(folded);
            } else {
                fold_any(c, &mut out);
            }
        }
        Cow::Owned(out)
    }
}

/// The general rule of `fold` for one character: decomposed, combining marks dropped, lowercased.
fn fold_any(c: char, out: &mut String) {
    let mut buf = [0u8; 4];
    for d in c.encode_utf8(&mut buf).nfd() {
        if !unicode_normalization::char::is_combining_mark(d) {
            out.extend(d.to_lowercase());
        }
    }
}

/// `fold_any` for the letters of Latin-1 and Latin Extended-A (U+00C0..U+017F), where French
/// names live, computed once: normalising each accented letter again costs more than the rest of
/// resolving a short script's names (every builtin's name is folded at start-up).
fn fold_latin(c: char) -> Option<&'static str> {
    const FIRST: u32 = 0xC0;
    const LAST: u32 = 0x17F;
    static TABLE: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let code = c as u32;
    if !(FIRST..=LAST).contains(&code) {
        return None;
    }
    let table = TABLE.get_or_init(|| {
        (FIRST..=LAST)
            .map(|code| {
                let mut s = String::new();
                fold_any(char::from_u32(code).unwrap_or(' '), &mut s);
                s
            })
            .collect()
    });
    Some(&table[(code - FIRST) as usize])
}

/// A keyword as the grammar sees it, whatever language it was written in. The grammar's terminal
/// for each is its variant name (`"If"`, `"End"`, ...): the grammar holds no spelling.
///
/// Some keywords are contextual: the lexer adapter emits them only where they can mean the keyword
/// and reads the word as a name elsewhere (see `lexer::lex`). Their context is said on each.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Kw {
    If,
    Then,
    Else,
    ElseIf,
    End,
    /// `FIN:`: the label of the code run at the end of a procedure (`FIN` followed by `:`).
    EndLabel,
    Switch,
    Case,
    OtherCase,
    /// `CAS ERREUR:` (followed by `:`).
    CaseError,
    /// `CAS EXCEPTION:` (followed by `:`).
    CaseException,
    For,
    ForEach,
    ForEachString,
    /// `POUR TOUTE LIGNE DE Table` (rows of a table control).
    ForEachRow,
    /// `POUR TOUTE LIGNE SÉLECTIONNÉE DE Table`.
    ForEachSelectedRow,
    SeparatedBy,
    Of,
    /// `A`/`À`/`TO`: after an operand (`1 A n`), or after `[[` or `CAS` before an operand.
    To,
    ToOnce,
    /// French `PAS` is both STEP (in a `POUR` header, after `A`) and NOT (elsewhere).
    Step,
    Not,
    /// `SUR`/`ON` after an operand: `s[[i SUR n]]`, `entier sur 4 octets`, `POUR TOUT F SUR clé`.
    On,
    /// `PAR`/`BY` after an operand: `tableau de 3 par 4 entiers`.
    By,
    /// `AVEC`/`WITH` after an operand: `POUR TOUT Fichier AVEC filtre`.
    With,
    /// `DANS`/`IN`: `x DANS (a, b)`, `QUAND EXCEPTION DANS`, `UTILISER s DANS`.
    In,
    /// `DepuisFin`/`FromEnd` after an operand: `POUR TOUT x DE t DepuisFin`.
    FromEnd,
    While,
    Loop,
    /// `À FAIRE TANTQUE`: the end of a `BOUCLE` that loops while a condition holds.
    DoWhile,
    Break,
    Continue,
    Result,
    Return,
    Procedure,
    InternalProcedure,
    Local,
    /// `GLOBAL` at the start of a line (a section, a class member) or after `PROCÉDURE`.
    Global,
    /// Visibility: at the start of a line (class sections) or after `PROCÉDURE`.
    Public,
    Private,
    Protected,
    /// After `PROCÉDURE`.
    Virtual,
    Abstract,
    /// `CONSTANTE`: at the start of a line, or after a visibility keyword.
    Constant,
    /// After `est un`: `X est une Structure`, `Classe`, `Énumération`, `Combinaison`.
    Structure,
    Class,
    Enumeration,
    Combination,
    /// `hérite de` at the start of a line of a class.
    Inherits,
    MySelf,
    /// `MaFenêtre` / `MyWindow`: the window whose code runs.
    MyWindow,
    /// `MesParamètres` / `MyParameters`: the arguments of a procedure declared with `*`.
    MyParameters,
    /// `allouer un` / `new`.
    New,
    /// `libérer` / `delete`, at the start of a line.
    Delete,
    /// `UTILISER x DANS ... FIN`, at the start of a line.
    Using,
    /// `WL.` before a name: the WLanguage function or constant, even where the script declares
    /// the name (`WL.Trace`).
    Wl,
    And,
    Or,
    AndThen,
    OrElse,
    /// `bitDécaleGauche`/`bitLeftShift` written between two operands.
    ShiftLeft,
    ShiftRight,
    True,
    False,
    Null,
    Let,
    /// `QUAND EXCEPTION` (then `DANS` for the form with a protected block).
    WhenException,
    /// `EXCEPTION` alone as a statement, in a handler: the exception goes on to the caller.
    Propagate,
    Do,
    IsA,
    Are,
}

/// One row per keyword: French spellings, then English spellings. The first spelling of each
/// language is the canonical one (used when translating a script). Multi-word keywords are written
/// with single spaces; the lexer adapter joins the words. A spelling shared by two keywords
/// (`PAS`, `FIN`) belongs to the first row for look-ups; the lexer picks the other by context.
pub const KEYWORDS: &[(Kw, &[&str], &[&str])] = &[
    (Kw::If, &["SI"], &["IF"]),
    (Kw::Then, &["ALORS"], &["THEN"]),
    (Kw::Else, &["SINON"], &["ELSE"]),
    (Kw::ElseIf, &["SINON SI"], &["ELSE IF"]),
    (Kw::End, &["FIN"], &["END"]),
    (Kw::EndLabel, &["FIN"], &["END"]),
    (Kw::Switch, &["SELON"], &["SWITCH"]),
    (Kw::Case, &["CAS"], &["CASE"]),
    (Kw::OtherCase, &["AUTRE CAS", "AUTRES CAS"], &["OTHER CASE", "OTHER CASES"]),
    (Kw::CaseError, &["CAS ERREUR"], &["CASE ERROR"]),
    (Kw::CaseException, &["CAS EXCEPTION"], &["CASE EXCEPTION"]),
    (Kw::For, &["POUR"], &["FOR"]),
    (Kw::ForEach, &["POUR TOUT", "POUR TOUTE", "POUR TOUT ÉLÉMENT"], &["FOR EACH", "FOR ALL", "FOR EACH ELEMENT"]),
    (Kw::ForEachString, &["POUR TOUTE CHAÎNE", "POUR TOUT CHAÎNE"], &["FOR EACH STRING", "FOR ALL STRING"]),
    (Kw::ForEachRow, &["POUR TOUTE LIGNE"], &["FOR EACH ROW", "FOR ALL ROWS"]),
    (Kw::ForEachSelectedRow, &["POUR TOUTE LIGNE SÉLECTIONNÉE"], &["FOR EACH SELECTED ROW", "FOR ALL SELECTED ROWS"]),
    (Kw::SeparatedBy, &["SÉPARÉE PAR", "SÉPARÉ PAR"], &["SEPARATED BY"]),
    (Kw::Of, &["DE", "d'"], &["OF"]),
    (Kw::To, &["A", "À"], &["TO"]),
    (Kw::ToOnce, &["_A_"], &["_TO_"]),
    (Kw::Step, &["PAS"], &["STEP"]),
    (Kw::Not, &["PAS"], &["NOT"]),
    (Kw::On, &["SUR"], &["ON"]),
    (Kw::By, &["PAR"], &["BY"]),
    (Kw::With, &["AVEC"], &["WITH"]),
    (Kw::In, &["DANS"], &["IN"]),
    (Kw::FromEnd, &["DepuisFin"], &["FromEnd"]),
    (Kw::While, &["TANTQUE"], &["WHILE"]),
    (Kw::Loop, &["BOUCLE"], &["LOOP"]),
    (Kw::DoWhile, &["À FAIRE TANTQUE", "A FAIRE TANTQUE"], &["TO DO WHILE", "DO WHILE"]),
    (Kw::Break, &["SORTIR"], &["BREAK"]),
    (Kw::Continue, &["CONTINUER"], &["CONTINUE"]),
    (Kw::Result, &["RENVOYER"], &["RESULT"]),
    (Kw::Return, &["RETOUR"], &["RETURN"]),
    (Kw::Procedure, &["PROCÉDURE", "FONCTION"], &["PROCEDURE", "FUNCTION"]),
    (Kw::InternalProcedure, &["PROCÉDURE INTERNE", "FONCTION INTERNE"], &["INTERNAL PROCEDURE", "INTERNAL FUNCTION"]),
    (Kw::Local, &["LOCAL", "LOCALE"], &["LOCAL"]),
    (Kw::Global, &["GLOBAL", "GLOBALE"], &["GLOBAL"]),
    (Kw::Public, &["PUBLIC", "PUBLIQUE"], &["PUBLIC"]),
    (Kw::Private, &["PRIVÉ", "PRIVÉE"], &["PRIVATE"]),
    (Kw::Protected, &["PROTÉGÉ", "PROTÉGÉE"], &["PROTECTED"]),
    (Kw::Virtual, &["VIRTUELLE", "VIRTUEL"], &["VIRTUAL"]),
    (Kw::Abstract, &["ABSTRAITE", "ABSTRAIT"], &["ABSTRACT"]),
    (Kw::Constant, &["CONSTANTE"], &["CONSTANT"]),
    (Kw::Structure, &["STRUCTURE"], &["STRUCTURE"]),
    (Kw::Class, &["CLASSE"], &["CLASS"]),
    (Kw::Enumeration, &["ÉNUMÉRATION"], &["ENUMERATION"]),
    (Kw::Combination, &["COMBINAISON"], &["COMBINATION"]),
    (Kw::Inherits, &["HÉRITE DE", "HÉRITE"], &["INHERITS FROM", "INHERITS"]),
    (Kw::MySelf, &["MoiMême"], &["MySelf"]),
    (Kw::MyWindow, &["MaFenêtre"], &["MyWindow"]),
    (Kw::MyParameters, &["MesParamètres"], &["MyParameters"]),
    (Kw::New, &["allouer un", "allouer une", "allouer"], &["new"]),
    (Kw::Delete, &["libérer"], &["delete"]),
    (Kw::Using, &["UTILISER"], &["USING"]),
    (Kw::Wl, &["WL"], &["WL"]),
    (Kw::And, &["ET"], &["AND"]),
    (Kw::Or, &["OU"], &["OR"]),
    (Kw::AndThen, &["_ET_"], &["_AND_"]),
    (Kw::OrElse, &["_OU_"], &["_OR_"]),
    (Kw::ShiftLeft, &["bitDécaleGauche"], &["bitLeftShift"]),
    (Kw::ShiftRight, &["bitDécaleDroite"], &["bitRightShift"]),
    (Kw::True, &["Vrai"], &["True"]),
    (Kw::False, &["Faux"], &["False"]),
    (Kw::Null, &["Null"], &["Null"]),
    (Kw::Let, &["SOIT"], &["LET"]),
    (Kw::WhenException, &["QUAND EXCEPTION"], &["WHEN EXCEPTION"]),
    (Kw::Propagate, &["EXCEPTION"], &["EXCEPTION"]),
    (Kw::Do, &["FAIRE"], &["DO"]),
    (Kw::IsA, &["est un", "est une", "est"], &["is a", "is an", "is"]),
    (Kw::Are, &["sont des"], &["are"]),
];

/// The longest keyword, in words.
pub const MAX_WORDS: usize = 4;

impl Kw {
    /// The grammar's terminal name for this keyword (its variant name).
    pub fn terminal(self) -> String {
        format!("{self:?}")
    }

    /// The keyword whose terminal name this is (`"If"` → `Kw::If`).
    pub fn from_terminal(name: &str) -> Option<Kw> {
        KEYWORDS.iter().map(|(kw, _, _)| *kw).find(|kw| kw.terminal() == name)
    }

    /// How a message names it: `SI/IF`, or one word when both languages agree (`STRUCTURE`).
    pub fn shown(self) -> String {
        let (_, fr, en) = KEYWORDS.iter().find(|(k, _, _)| *k == self).expect("every keyword has a row");
        if fold(fr[0]) == fold(en[0]) { fr[0].to_owned() } else { format!("{}/{}", fr[0], en[0]) }
    }
}

/// Looks up a folded phrase (words joined by one space). `PAS` maps to `Step` and `FIN` to `End`;
/// the lexer turns them into `Not` and `EndLabel` by context.
pub fn lookup(folded_phrase: &str) -> Option<Kw> {
    table().map.get(folded_phrase).copied()
}

/// Whether a folded word can be the first word of a keyword, by its first byte and length: most
/// names cannot, and this test costs less than the keyword table's hashing (the lexer asks it of
/// every name it reads).
pub fn may_start_keyword(folded: &str) -> bool {
    let len = folded.len();
    len < LONGEST_FIRST_WORD
        && folded.as_bytes().first().is_some_and(|&b| table().first_words[b as usize] & (1 << len) != 0)
}

/// The first words of keywords are shorter than this (checked when the table is built).
const LONGEST_FIRST_WORD: usize = 64;

struct Table {
    map: std::collections::HashMap<String, Kw>,
    /// For each first byte, a bit per length (1..64) of the keywords' first words.
    first_words: [u64; 256],
}

fn table() -> &'static Table {
    use std::sync::OnceLock;
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = std::collections::HashMap::new();
        let mut first_words = [0u64; 256];
        for (kw, fr, en) in KEYWORDS {
            for spelling in fr.iter().chain(en.iter()) {
                let folded = fold(spelling).into_owned();
                let word = folded.split(' ').next().unwrap_or_default();
                assert!((1..LONGEST_FIRST_WORD).contains(&word.len()), "keyword word `{word}` too long");
                first_words[word.as_bytes()[0] as usize] |= 1 << word.len();
                // A spelling listed twice (`PAS`, `FIN`): keep the first row.
                map.entry(folded).or_insert(*kw);
            }
        }
        Table { map, first_words }
    })
}

/// A word that qualifies a type in a declaration (`entier sans signe sur 4 octets`,
/// `chaîne UNICODE`, `tableau associatif`, `MaClasse dynamique`). The type words themselves
/// (`entier`, `chaîne`, ...) are in `types::TYPE_WORDS`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Qualifier {
    Unsigned,
    /// `octets` after `sur N`.
    Bytes,
    Dynamic,
    Unicode,
    Ansi,
    Asciiz,
    Pascal,
    Fixed,
    System,
    Associative,
    /// `objet MaClasse`.
    Object,
}

/// THE type-qualifier table, as `KEYWORDS` (a spelling may have several words: `sans signe`).
pub const QUALIFIERS: &[(Qualifier, &[&str], &[&str])] = &[
    (Qualifier::Unsigned, &["sans signe"], &["unsigned"]),
    (Qualifier::Bytes, &["octets", "octet"], &["bytes", "byte"]),
    (Qualifier::Dynamic, &["dynamique"], &["dynamic"]),
    (Qualifier::Unicode, &["UNICODE"], &["UNICODE"]),
    (Qualifier::Ansi, &["ANSI"], &["ANSI"]),
    (Qualifier::Asciiz, &["ASCIIZ"], &["ASCIIZ"]),
    (Qualifier::Pascal, &["PASCAL"], &["PASCAL"]),
    (Qualifier::Fixed, &["fixe"], &["fixed"]),
    (Qualifier::System, &["système"], &["system"]),
    (Qualifier::Associative, &["associatif"], &["associative"]),
    (Qualifier::Object, &["objet"], &["object"]),
];

/// The qualifier whose spelling starts `words` (folded), with its number of words.
pub fn qualifier(words: &[&str]) -> Option<(Qualifier, usize)> {
    let mut best = None;
    for (q, fr, en) in QUALIFIERS {
        for spelling in fr.iter().chain(en.iter()) {
            let folded = fold(spelling);
            let parts: Vec<&str> = folded.split(' ').collect();
            if parts.len() <= words.len()
                && parts.iter().zip(words).all(|(a, b)| a == b)
                && best.is_none_or(|(_, n)| parts.len() > n)
            {
                best = Some((*q, parts.len()));
            }
        }
    }
    best
}

/// Whether this folded word is part of some qualifier's spelling (`sans`, `signe`, `octets`).
pub fn is_qualifier_word(folded: &str) -> bool {
    QUALIFIERS.iter().any(|(_, fr, en)| fr.iter().chain(en.iter()).any(|s| fold(s).split(' ').any(|w| w == folded)))
}

/// The word that may open a compilation directive before its `SI`/`IF`: `<COMPILE SI cond>`.
pub const DIRECTIVE_WORDS: &[&str] = &["COMPILE"];

/// Whether this folded word opens a compilation directive (`<COMPILE SI ...>`).
pub fn is_directive_word(folded: &str) -> bool {
    DIRECTIVE_WORDS.iter().any(|w| fold(w) == folded)
}

/// A property or member name the interpreter itself knows (`t..Occurrence`, `d.Jour`,
/// `t[k]..Existe`), whatever its language.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Property {
    /// The number of elements of an array or associative array, of characters of a string.
    Count,
    /// Whether an array, an associative array or a string has no element.
    Empty,
    /// `t[clé]..Existe`: whether an associative array has the key.
    Exists,
    /// `v..Clé` in `POUR TOUT v DE t`: the key of the current element.
    Key,
    /// An enumeration value's name and associated value.
    Name,
    Value,
    /// A variant's type (`wlEntier`, ...).
    Type,
    /// `v..Membre`: the named sub-elements of a variant, the members of a JSON object.
    Member,
    /// The parts of dates, times, date-times and durations (pages 2512043, 2512052, 2512038,
    /// 2512050, 2512081, 2512062, 1514069).
    Year,
    Month,
    Day,
    Hour,
    Minute,
    Second,
    Millisecond,
    /// `..JourSemaine`: 1 (Monday) to 7 (Sunday).
    WeekDay,
    /// The date and the time of a date-time.
    DatePart,
    TimePart,
    /// A duration in one unit.
    InDays,
    InHours,
    InMinutes,
    InSeconds,
    InMilliseconds,
}

/// THE bilingual property table: one row per property, French spellings then English ones.
pub const PROPERTIES: &[(Property, &[&str], &[&str])] = &[
    (Property::Count, &["Occurrence", "Taille"], &["Count", "Size", "Length"]),
    (Property::Empty, &["Vide"], &["Empty"]),
    (Property::Exists, &["Existe"], &["Exist", "Exists"]),
    (Property::Key, &["Clé"], &["Key"]),
    (Property::Name, &["Nom"], &["Name"]),
    (Property::Value, &["Valeur"], &["Value"]),
    (Property::Type, &["Type"], &["Type"]),
    (Property::Member, &["Membre"], &["Member"]),
    (Property::Year, &["Année"], &["Year"]),
    (Property::Month, &["Mois"], &["Month"]),
    (Property::Day, &["Jour"], &["Day"]),
    (Property::Hour, &["Heure"], &["Hour"]),
    (Property::Minute, &["Minute"], &["Minute"]),
    (Property::Second, &["Seconde"], &["Second"]),
    (Property::Millisecond, &["Milliseconde"], &["Millisecond"]),
    (Property::WeekDay, &["JourSemaine"], &["DayOfWeek", "WeekDay"]),
    (Property::DatePart, &["PartieDate"], &["Date", "DatePart"]),
    (Property::TimePart, &["PartieHeure"], &["Time", "TimePart"]),
    (Property::InDays, &["EnJours"], &["InDays"]),
    (Property::InHours, &["EnHeures"], &["InHours"]),
    (Property::InMinutes, &["EnMinutes"], &["InMinutes"]),
    (Property::InSeconds, &["EnSecondes"], &["InSeconds"]),
    (Property::InMilliseconds, &["EnMillisecondes"], &["InMilliseconds"]),
];

/// A property's canonical names: French, English.
pub fn property_names(p: Property) -> (&'static str, &'static str) {
    PROPERTIES.iter().find(|(q, _, _)| *q == p).map_or(("?", "?"), |(_, fr, en)| (fr[0], en[0]))
}

/// The property this folded member name names.
pub fn property(folded: &str) -> Option<Property> {
    PROPERTIES.iter().find(|(_, fr, en)| fr.iter().chain(en.iter()).any(|s| fold(s) == folded)).map(|(p, _, _)| *p)
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
    fn the_latin_table_folds_as_normalisation_does() {
        let slow = |s: &str| -> String {
            s.nfd()
                .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
                .flat_map(char::to_lowercase)
                .collect()
        };
        let all: String = (0x80..0x2000).filter_map(char::from_u32).collect();
        for c in all.chars() {
            let s = format!("Ab{c}É");
            assert_eq!(fold(&s), slow(&s), "U+{:04X}", c as u32);
        }
        assert_eq!(fold("ŒUVRE Straße ǅ"), "œuvre straße ǆ");
    }

    #[test]
    fn every_spelling_maps_to_its_keyword() {
        for (kw, fr, en) in KEYWORDS {
            for spelling in fr.iter().chain(en.iter()) {
                let found = lookup(&fold(spelling)).unwrap();
                let expected = match *kw {
                    Kw::Not if fold(spelling) == "pas" => Kw::Step,
                    Kw::EndLabel => Kw::End,
                    kw => kw,
                };
                assert_eq!(found, expected, "{spelling}");
            }
        }
        assert_eq!(lookup("procedure interne"), Some(Kw::InternalProcedure));
        assert_eq!(lookup("sinon si"), Some(Kw::ElseIf));
        assert_eq!(lookup("pour toute ligne selectionnee"), Some(Kw::ForEachSelectedRow));
    }

    #[test]
    fn terminals_name_their_keyword() {
        for (kw, _, _) in KEYWORDS {
            assert_eq!(Kw::from_terminal(&kw.terminal()), Some(*kw));
        }
        assert_eq!(Kw::If.shown(), "SI/IF");
        assert_eq!(Kw::Structure.shown(), "STRUCTURE");
    }

    #[test]
    fn qualifiers_of_one_or_two_words() {
        assert_eq!(qualifier(&["sans", "signe", "sur"]), Some((Qualifier::Unsigned, 2)));
        assert_eq!(qualifier(&["dynamique"]), Some((Qualifier::Dynamic, 1)));
        assert_eq!(qualifier(&["sans"]), None);
        assert!(is_qualifier_word("signe"));
        assert!(!is_qualifier_word("entier"));
    }

    #[test]
    fn properties_in_both_languages() {
        assert_eq!(property("occurrence"), Some(Property::Count));
        assert_eq!(property("length"), Some(Property::Count));
        assert_eq!(property("annee"), Some(Property::Year));
        assert_eq!(property("inminutes"), Some(Property::InMinutes));
        assert_eq!(property("cle"), Some(Property::Key));
        assert_eq!(property("couleur"), None);
    }

    #[test]
    fn no_spelling_names_two_properties() {
        let mut seen = std::collections::HashMap::new();
        for (p, fr, en) in PROPERTIES {
            for spelling in fr.iter().chain(en.iter()) {
                if let Some(other) = seen.insert(fold(spelling).into_owned(), *p) {
                    assert_eq!(other, *p, "{spelling} names two properties");
                }
            }
        }
    }

    #[test]
    fn no_spelling_names_two_keywords() {
        let mut seen = std::collections::HashMap::new();
        for (kw, fr, en) in KEYWORDS {
            for spelling in fr.iter().chain(en.iter()) {
                if let Some(other) = seen.insert(fold(spelling).into_owned(), *kw) {
                    let pair = matches!((other, *kw), (Kw::Step, Kw::Not) | (Kw::End, Kw::EndLabel));
                    assert!(pair || other == *kw, "{spelling} is both {other:?} and {kw:?}");
                }
            }
        }
    }
}
