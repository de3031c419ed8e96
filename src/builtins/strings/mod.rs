//! String builtins. Positions and lengths count characters, 1-based, as WLanguage does.
//!
//! One table for the family (below), the functions grouped by concern: `basic` (length, cuts,
//! case, padding), `search` (the functions that take the search options `SansCasse`,
//! `MotComplet`, `DepuisFin`), `number` (`NumériqueVersChaîne`, `Val`), `codec` (encodings,
//! hashes, GUIDs). Every function that sizes its result from an argument checks the size against
//! [`MAX_RESULT_BYTES`] before allocating, so no argument can abort the process.

mod basic;
mod codec;
mod number;
mod search;

#[cfg(test)]
mod hostile_tests;

use super::{ANY, Args, BuiltinError, Const, Family, arg_error, row};
use crate::diagnostics::{FamilyFault, Fault, Lang};

pub static FAMILY: Family = Family {
    name: "strings",
    functions: &[
        row("Taille", "Length", 1, 1, basic::length),
        row("Gauche", "Left", 2, 2, basic::left),
        row("Droite", "Right", 2, 2, basic::right),
        row("Milieu", "Middle", 2, 3, basic::middle),
        row("Majuscule", "Upper", 1, 1, basic::upper),
        row("Minuscule", "Lower", 1, 1, basic::lower),
        row("SansEspace", "NoSpace", 1, 2, basic::no_space),
        row("ChaîneConstruit", "StringBuild", 1, ANY, basic::string_build),
        row("Complète", "Complete", 2, 3, basic::complete),
        row("Répète", "RepeatString", 2, 2, basic::repeat),
        row("Caract", "Charact", 1, 1, basic::charact),
        row("Asc", "Asc", 1, 1, basic::asc),
        row("ChaîneInverse", "StringReverse", 1, 1, basic::reverse),
        row("ChaîneIncrémente", "StringIncrement", 1, 1, basic::increment),
        row("ChaîneInsère", "StringInsert", 3, 3, basic::insert),
        row("ChaîneFormate", "StringFormat", 2, 2, basic::format),
        row("ChaîneVersTableau", "StringToArray", 2, 3, basic::to_array),
        row("TableauVersChaîne", "ArrayToString", 1, 2, basic::from_array),
        row("Position", "Position", 2, 4, search::position),
        row("Remplace", "Replace", 3, 4, search::replace),
        row("ExtraitChaîne", "ExtractString", 2, 4, search::extract_string),
        row("ChaîneOccurrence", "StringCount", 2, 3, search::count),
        row("ChaîneCommencePar", "StringStartsWith", 2, 3, search::starts_with),
        row("ChaîneFinitPar", "StringEndsWith", 2, 3, search::ends_with),
        row("ChaîneSupprime", "StringDelete", 2, 3, search::delete),
        row("Val", "Val", 1, 2, number::val),
        row("NumériqueVersChaîne", "NumToString", 1, 2, number::num_to_string),
        row("Encode", "Encode", 2, 2, codec::encode),
        row("Décode", "Decode", 2, 2, codec::decode),
        row("URLEncode", "URLEncode", 1, 1, codec::url_encode),
        row("URLDécode", "URLDecode", 1, 1, codec::url_decode),
        row("BufferVersHexa", "BufferToHexa", 1, 2, codec::buffer_to_hexa),
        row("HexaVersBuffer", "HexaToBuffer", 1, 1, codec::hexa_to_buffer),
        row("EntierVersHexa", "IntegerToHexa", 1, 2, codec::integer_to_hexa),
        // The English name help page 1000019494 gives.
        row("EntierVersHexa", "IntToHexa", 1, 2, codec::integer_to_hexa),
        row("HexaVersEntier", "HexaToInt", 1, 1, codec::hexa_to_integer),
        row("HashChaîne", "HashString", 2, 3, codec::hash_string),
        row("ChaîneVersUTF8", "StringToUTF8", 1, 1, codec::to_utf8),
        row("UTF8VersChaîne", "UTF8ToString", 1, 1, codec::from_utf8),
        row("AnsiVersUnicode", "AnsiToUnicode", 1, 1, codec::ansi_to_unicode),
        row("UnicodeVersAnsi", "UnicodeToAnsi", 1, 1, codec::unicode_to_ansi),
        row("DonneGUID", "GetGUID", 0, 1, codec::get_guid),
        row("ChaîneRécupère", "StringRetrieve", 2, 2, codec::string_retrieve),
    ],
    constants: &[
        // Search options (Position, Remplace, ExtraitChaîne, ChaîneOccurrence, ...), combined with `+`.
        ("DepuisDébut", "FromBeginning", Const::Int(0)),
        ("SansCasse", "IgnoreCase", Const::Int(IGNORE_CASE)),
        ("IgnoreLaCasse", "IgnoreLaCasse", Const::Int(IGNORE_CASE)),
        ("MotComplet", "WholeWord", Const::Int(WHOLE_WORD)),
        ("DepuisFin", "FromEnd", Const::Int(FROM_END)),
        // ChaîneFormate, combined with `+`.
        ("ccNormal", "ccNormal", Const::Int(0)),
        ("ccSansCasse", "ccIgnoreCase", Const::Int(basic::CC_IGNORE_CASE)),
        ("ccSansEspace", "ccIgnoreSpace", Const::Int(basic::CC_NO_SPACE)),
        ("ccSansPonctuationNiEspace", "ccIgnorePunctuationAndSpace", Const::Int(basic::CC_NO_PUNCTUATION)),
        ("ccSansAccent", "ccIgnoreAccent", Const::Int(basic::CC_NO_ACCENT)),
        ("ccSansEspaceIntérieur", "ccIgnoreInsideSpace", Const::Int(basic::CC_NO_INSIDE_SPACE)),
        ("ccMajuscule", "ccUpperCase", Const::Int(basic::CC_UPPER)),
        ("ccMinuscule", "ccLowerCase", Const::Int(basic::CC_LOWER)),
        // Encode / Décode.
        ("encodeBASE64", "encodeBASE64", Const::Int(codec::BASE64)),
        ("encodeBASE64SansRC", "encodeBASE64NoCR", Const::Int(codec::BASE64_NO_CR)),
        ("encodeBASE64URL", "encodeBASE64URL", Const::Int(codec::BASE64_URL)),
        // BufferVersHexa.
        ("SansRegroupement", "NoGrouping", Const::Int(0)),
        // HashChaîne.
        ("HA_MD5_128", "HA_MD5_128", Const::Int(codec::HA_MD5_128)),
        ("HA_SHA_160", "HA_SHA_160", Const::Int(codec::HA_SHA_160)),
        ("HA_SHA_256", "HA_SHA_256", Const::Int(codec::HA_SHA_256)),
        ("HA_SHA_384", "HA_SHA_384", Const::Int(codec::HA_SHA_384)),
        ("HA_SHA_512", "HA_SHA_512", Const::Int(codec::HA_SHA_512)),
        ("HA_HMAC_MD5_128", "HA_HMAC_MD5_128", Const::Int(codec::HA_HMAC_MD5_128)),
        ("HA_HMAC_SHA_160", "HA_HMAC_SHA_160", Const::Int(codec::HA_HMAC_SHA_160)),
        ("HA_HMAC_SHA_256", "HA_HMAC_SHA_256", Const::Int(codec::HA_HMAC_SHA_256)),
        ("HA_HMAC_SHA_384", "HA_HMAC_SHA_384", Const::Int(codec::HA_HMAC_SHA_384)),
        ("HA_HMAC_SHA_512", "HA_HMAC_SHA_512", Const::Int(codec::HA_HMAC_SHA_512)),
        // DonneGUID.
        ("guidBrut", "guidRaw", Const::Int(codec::GUID_RAW)),
        ("guidFormaté", "guidFormatted", Const::Int(codec::GUID_FORMATTED)),
        // ChaîneRécupère (values of our own).
        ("crAdresseASCIIZ", "crAddressASCIIZ", Const::Int(codec::CR_ASCIIZ)),
        ("crAdresseUNICODE", "crAddressUNICODE", Const::Int(codec::CR_UNICODE)),
    ],
};

/// `SansCasse`/`IgnoreCase`: letters compare without case.
pub const IGNORE_CASE: i64 = 1;
/// `MotComplet`/`WholeWord`: a match must not touch a letter, digit or `_` on either side.
pub const WHOLE_WORD: i64 = 2;
/// `DepuisFin`/`FromEnd`: search (or count parts) from the end.
pub const FROM_END: i64 = 4;

/// The largest string (or buffer) a builtin builds: 1 GiB, as `Répète` always allowed.
pub const MAX_RESULT_BYTES: u128 = 1 << 30;

/// How a string builtin refuses its arguments or fails.
#[derive(Debug)]
enum StringFault {
    StartPosition(i64),
    PartNumber(i64),
    EmptySeparator,
    NoMatchingParameter(String),
    UnsupportedFormat(String),
    FormatLength(String),
    FormatPrecision(String),
    NegativeCount(i64),
    ResultTooLarge,
    NotCharCode(i64),
    UnknownOption(i64),
    UnknownEncoding(i64),
    UnknownAlgorithm(i64),
    KeyNeeded,
    KeyNotExpected,
    NotEncoded(&'static str),
    NotHexadecimal,
    NegativeGroup(i64),
    HexWidth(i64),
    UpperAndLower,
    NoAddress,
}

impl FamilyFault for StringFault {
    fn text(&self, lang: Lang) -> String {
        let t = |en: String, fr: String| lang.pick(en, fr);
        match self {
            StringFault::StartPosition(n) => t(
                format!("the start position must be 1 or more, not {n}"),
                format!("la position de départ doit valoir au moins 1, pas {n}"),
            ),
            StringFault::PartNumber(n) => t(
                format!("the part number must be 1 or more, not {n}"),
                format!("le numéro de la partie doit valoir au moins 1, pas {n}"),
            ),
            StringFault::EmptySeparator => t("the separator is empty".into(), "le séparateur est vide".into()),
            StringFault::NoMatchingParameter(i) => {
                t(format!("%{i} has no matching parameter"), format!("%{i} n'a pas de paramètre correspondant"))
            }
            StringFault::UnsupportedFormat(f) => {
                t(format!("unsupported format \"{f}\""), format!("format non géré \"{f}\""))
            }
            StringFault::FormatLength(n) => t(
                format!("the length in the format must be less than 100, not {n}"),
                format!("la taille indiquée dans le format doit être inférieure à 100, pas {n}"),
            ),
            StringFault::FormatPrecision(n) => t(
                format!("the number of decimals in the format must be less than 100, not {n}"),
                format!("le nombre de décimales du format doit être inférieur à 100, pas {n}"),
            ),
            StringFault::NegativeCount(n) => {
                t(format!("the count must be 0 or more, not {n}"), format!("le nombre doit valoir au moins 0, pas {n}"))
            }
            StringFault::ResultTooLarge => {
                t("the result would be larger than 1 GiB".into(), "le résultat dépasserait 1 Gio".into())
            }
            StringFault::NotCharCode(n) => {
                t(format!("{n} is not a character code"), format!("{n} n'est pas un code de caractère"))
            }
            StringFault::UnknownOption(n) => t(
                format!("{n} is not an option this function accepts"),
                format!("{n} n'est pas une option acceptée par cette fonction"),
            ),
            StringFault::UnknownEncoding(n) => t(
                format!("{n} is not an encoding (use encodeBASE64, encodeBASE64SansRC or encodeBASE64URL)"),
                format!("{n} n'est pas un encodage (utilisez encodeBASE64, encodeBASE64SansRC ou encodeBASE64URL)"),
            ),
            StringFault::UnknownAlgorithm(n) => t(
                format!("{n} is not a hash algorithm (use a HA_... constant)"),
                format!("{n} n'est pas un algorithme de hash (utilisez une constante HA_...)"),
            ),
            StringFault::KeyNeeded => t(
                "an HA_HMAC_... algorithm needs a key (third parameter)".into(),
                "un algorithme HA_HMAC_... demande une clé (troisième paramètre)".into(),
            ),
            StringFault::KeyNotExpected => t(
                "only the HA_HMAC_... algorithms take a key".into(),
                "seuls les algorithmes HA_HMAC_... prennent une clé".into(),
            ),
            StringFault::NotEncoded(kind) => {
                t(format!("the data is not valid {kind}"), format!("les données ne sont pas du {kind} valide"))
            }
            StringFault::NoAddress => t(
                "memory addresses do not exist in wlang: give the bytes in a buffer".into(),
                "les adresses mémoire n'existent pas dans wlang : donnez les octets dans un buffer".into(),
            ),
            StringFault::NotHexadecimal => t(
                "the string is not hexadecimal (two digits 0-9, A-F per byte)".into(),
                "la chaîne n'est pas en hexadécimal (deux chiffres 0-9, A-F par octet)".into(),
            ),
            StringFault::NegativeGroup(n) => t(
                format!("the grouping must be 0 (SansRegroupement) or more, not {n}"),
                format!("le regroupement doit valoir 0 (SansRegroupement) ou plus, pas {n}"),
            ),
            StringFault::UpperAndLower => t(
                "ccMajuscule and ccMinuscule cannot be combined".into(),
                "ccMajuscule et ccMinuscule ne peuvent pas être combinées".into(),
            ),
            StringFault::HexWidth(n) => t(
                format!("the number of hexadecimal digits must be between 0 and 16, not {n}"),
                format!("le nombre de chiffres hexadécimaux doit être compris entre 0 et 16, pas {n}"),
            ),
        }
    }
}

fn bad(index: usize, fault: StringFault) -> BuiltinError {
    arg_error(index, Fault::family(fault))
}

/// Refuses a result of `bytes` bytes if it is larger than 1 GiB (blaming argument `index`).
fn check_size(bytes: u128, index: usize) -> Result<usize, BuiltinError> {
    if bytes > MAX_RESULT_BYTES { Err(bad(index, StringFault::ResultTooLarge)) } else { Ok(bytes as usize) }
}

/// Option flags of argument `index` (0 when absent); any flag outside `allowed` is an error.
fn flags(args: &Args, index: usize, allowed: i64) -> Result<i64, BuiltinError> {
    let n = args.opt_int(index, 0)?;
    if n < 0 || n & !allowed != 0 {
        return Err(bad(index, StringFault::UnknownOption(n)));
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Lang;

    #[test]
    fn every_fault_reads_in_both_languages() {
        let faults = [
            StringFault::StartPosition(0),
            StringFault::PartNumber(0),
            StringFault::EmptySeparator,
            StringFault::NoMatchingParameter("3".into()),
            StringFault::UnsupportedFormat("q".into()),
            StringFault::FormatLength("100".into()),
            StringFault::FormatPrecision("100".into()),
            StringFault::NegativeCount(-1),
            StringFault::ResultTooLarge,
            StringFault::NotCharCode(-1),
            StringFault::UnknownOption(99),
            StringFault::UnknownEncoding(99),
            StringFault::UnknownAlgorithm(99),
            StringFault::KeyNeeded,
            StringFault::KeyNotExpected,
            StringFault::NotEncoded("Base64"),
            StringFault::NotHexadecimal,
            StringFault::NegativeGroup(-1),
            StringFault::HexWidth(17),
            StringFault::UpperAndLower,
        ];
        for fault in &faults {
            assert_ne!(fault.text(Lang::En), fault.text(Lang::Fr), "{fault:?}");
        }
    }
}
