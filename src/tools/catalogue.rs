//! The catalogue of WLanguage names (`stdlib/catalogue.tsv`, described in `stdlib/catalogue.md`):
//! every function, constant, type, property and built-in variable the public lists know, with
//! its French and English names and its family (`windows`, `hfsql`, `system`, ...), whether
//! wlang implements it or not. The audit and the project checks classify with it a name the
//! resolver does not know: a builtin wlang lacks, or a truly unknown name.
//!
//! The table is compiled into the binary as text and parsed on first use only (a few
//! milliseconds), so `wl run` never pays for it. Nothing here knows about wlang's own builtins.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::keywords::fold;

/// The table, as committed.
const TABLE: &str = include_str!("../../stdlib/catalogue.tsv");

/// What a catalogue row names.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Function,
    Constant,
    Type,
    Property,
    Variable,
}

impl Kind {
    fn parse(word: &str) -> Option<Kind> {
        Some(match word {
            "function" => Kind::Function,
            "constant" => Kind::Constant,
            "type" => Kind::Type,
            "property" => Kind::Property,
            "variable" => Kind::Variable,
            _ => return None,
        })
    }

    /// The word the table (and the audit's JSON) uses.
    pub fn word(self) -> &'static str {
        match self {
            Kind::Function => "function",
            Kind::Constant => "constant",
            Kind::Type => "type",
            Kind::Property => "property",
            Kind::Variable => "variable",
        }
    }
}

/// One row.
#[derive(Debug, PartialEq, Eq)]
pub struct Entry {
    pub kind: Kind,
    pub fr: &'static str,
    /// Empty when no source gives it.
    pub en: &'static str,
    pub family: &'static str,
}

struct Catalogue {
    entries: Vec<Entry>,
    /// Folded French and English names → rows.
    by_name: HashMap<String, Vec<usize>>,
    /// The family of the constants whose names start with a lowercase prefix (`fsel`, `h`,
    /// `wl`), when they all (or nearly) belong to it.
    prefixes: HashMap<String, &'static str>,
}

/// The lowercase prefix of a constant's name: `fsel` in `fselOuvre`, `h` in `hErrTout`; none
/// when no uppercase letter, digit or `_` follows it. One letter is no prefix (`sNom`, `nTotal`,
/// `tNoms` are how variables are named), except `h` (HFSQL), `f` (files) and `i` (printing),
/// whose constants are many and which variable names rarely start with.
fn prefix(name: &str) -> Option<&str> {
    let end = name.find(|c: char| !c.is_ascii_lowercase())?;
    let next = name[end..].chars().next()?;
    let long_enough = end >= 2 || matches!(&name[..end], "h" | "f" | "i");
    (long_enough && (next.is_uppercase() || next.is_ascii_digit() || next == '_')).then(|| &name[..end])
}

fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        let mut entries = Vec::new();
        let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
        for line in TABLE.lines().skip(1) {
            let mut cols = line.split('\t');
            let (Some(kind), Some(fr), Some(en), Some(family)) = (cols.next(), cols.next(), cols.next(), cols.next())
            else {
                continue;
            };
            let Some(kind) = Kind::parse(kind) else { continue };
            let index = entries.len();
            // `en|older|spellings`: the first is the English name, all are looked up.
            let english = en;
            let en = english.split('|').next().unwrap_or("");
            entries.push(Entry { kind, fr, en, family });
            for name in std::iter::once(fr).chain(english.split('|')) {
                if name.is_empty() {
                    continue;
                }
                let rows = by_name.entry(fold(name).into_owned()).or_default();
                if !rows.contains(&index) {
                    rows.push(index);
                }
            }
        }
        // Constants of one family share a prefix in French and in English (`hBlocageEcriture`,
        // `hLockWrite`): a prefix names a family when at least 3 constants have it and 9 in 10
        // of them belong to that family.
        let mut counts: HashMap<&str, HashMap<&'static str, usize>> = HashMap::new();
        for e in entries.iter().filter(|e| e.kind == Kind::Constant) {
            for name in [e.fr, e.en] {
                if let Some(p) = prefix(name) {
                    *counts.entry(p).or_default().entry(e.family).or_default() += 1;
                }
            }
        }
        let mut prefixes = HashMap::new();
        for (p, families) in counts {
            let total: usize = families.values().sum();
            if let Some((family, n)) = families.into_iter().max_by_key(|(f, n)| (*n, *f))
                && total >= 3
                && n * 10 >= total * 9
            {
                prefixes.insert(p.to_owned(), family);
            }
        }
        Catalogue { entries, by_name, prefixes }
    })
}

/// The rows of a name (any spelling, any case, with or without accents), in table order.
pub fn lookup(name: &str) -> impl Iterator<Item = &'static Entry> {
    let c = catalogue();
    c.by_name.get(&*fold(name)).into_iter().flatten().map(|&i| &c.entries[i])
}

/// The row of a name among the given kinds, the first kind listed winning.
pub fn find(name: &str, kinds: &[Kind]) -> Option<&'static Entry> {
    kinds.iter().find_map(|k| lookup(name).find(|e| e.kind == *k))
}

/// The family a constant the catalogue does not list probably belongs to, from its prefix:
/// `fselOpen` is a `files`... constant because the `fsel` constants are. `None` when the name has
/// no prefix or the prefix names no single family.
pub fn constant_family(name: &str) -> Option<&'static str> {
    catalogue().prefixes.get(prefix(name)?).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_any_spelling() {
        let e = find("hlitrecherche", &[Kind::Function]).expect("HLitRecherche is catalogued");
        assert_eq!((e.fr, e.en, e.family), ("HLitRecherche", "HReadSeek", "hfsql"));
        let e = find("HReadSeek", &[Kind::Function]).expect("by its English name");
        assert_eq!(e.fr, "HLitRecherche");
        assert_eq!(find("CHAINECONSTRUIT", &[Kind::Function]).map(|e| e.family), Some("strings"));
    }

    #[test]
    fn kinds_are_told_apart() {
        assert!(find("Vrai", &[Kind::Function]).is_none());
        assert_eq!(find("hErrTout", &[Kind::Constant]).map(|e| e.family), Some("hfsql"));
        assert!(find("surement pas un nom", &[Kind::Function, Kind::Constant]).is_none());
    }

    #[test]
    fn older_spellings_are_found() {
        let e = find("HCreateMoveableReplica", &[Kind::Function]).expect("an older spelling");
        assert_eq!((e.fr, e.en), ("HCréeRéplicaTransportable", "HCreateMovableReplica"));
    }

    /// What `catalogue.md` promises: five columns, known kinds and families, rows sorted by
    /// kind then folded French name, and no French name twice in a kind once folded.
    #[test]
    fn the_table_keeps_its_rules() {
        const FAMILIES: &[&str] = &[
            "strings",
            "arrays",
            "math",
            "dates",
            "files",
            "archives",
            "json",
            "xml",
            "html",
            "http",
            "email",
            "sockets",
            "network",
            "threads",
            "system",
            "errors",
            "debug",
            "testing",
            "crypto",
            "auth",
            "console-ui",
            "windows",
            "charts",
            "graphics",
            "printing",
            "pdf",
            "office",
            "hfsql",
            "sql",
            "nosql",
            "external",
            "webdev",
            "mobile",
            "services",
            "multimedia",
            "i18n",
            "language",
            "serialization",
            "geometry",
            "properties",
            "misc",
        ];
        let mut lines = TABLE.lines();
        assert_eq!(lines.next(), Some("kind\tfr\ten\tfamily\tsource"));
        let mut previous: Option<(&str, String)> = None;
        let mut seen: std::collections::HashSet<(String, String)> = Default::default();
        for (n, line) in lines.enumerate() {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 5, "row {}: {line}", n + 2);
            assert!(Kind::parse(cols[0]).is_some(), "row {}: kind {}", n + 2, cols[0]);
            assert!(FAMILIES.contains(&cols[3]), "row {}: family {}", n + 2, cols[3]);
            let folded = fold(cols[1]).into_owned();
            if let Some((kind, before)) = &previous
                && *kind == cols[0]
            {
                assert!(*before <= folded, "row {}: {} is out of order", n + 2, cols[1]);
            }
            // English names may repeat (the help gives `Border` to `Bordure` and `Cadre`).
            assert!(seen.insert((cols[0].to_owned(), folded.clone())), "row {}: {} twice", n + 2, cols[1]);
            previous = Some((cols[0], folded));
        }
    }

    #[test]
    fn families_of_constant_prefixes() {
        assert_eq!(constant_family("hTriggerBefore"), Some("hfsql"));
        assert_eq!(constant_family("rplToMaster"), Some("hfsql"));
        assert_eq!(constant_family("wlReal_8"), Some("language"));
        assert_eq!(constant_family("iGenericHTML"), Some("printing"));
        assert_eq!(constant_family("nTotal"), None);
        assert_eq!(constant_family("wdtouche"), None);
        assert_eq!(constant_family("GRP_INIT"), None);
    }
}
