//! Date and time masks (`"JJ/MM/AAAA"`, `"Jjjj JJ Mmmm AAAA"`, `"HH:mm:SS"`): reading a mask
//! into tokens, laying a date and a time out through one (`DateVersChaîne`, `HeureVersChaîne`,
//! `DateHeureVersChaîne`), and reading a string back through one (`ChaîneVersDate`,
//! `ChaîneVersHeure`). The French day and month names live here too.
//!
//! Tokens are case-sensitive, as the help writes them: `AAAA`, `AA` (year), `MM` (month), `MMM`
//! / `MMMM` (month name, abbreviated / full), `JJ` (day), `JJJ` / `JJJJ` (day name), `HH`, `mm`
//! (minutes; `MM` too in a mask that has no date), `SS`, `CC` (hundredths), `CCC` or `LLL`
//! (thousandths). `Jjj`, `Jjjj`, `Mmm`, `Mmmm` force a capital on the name; the all-capital
//! forms give the names in lower case (the project option's default on a French system). Any
//! other character is copied as it is.
//!
//! The English help writes the same masks with English letters: `YYYY`, `YY`, `DD`, `DDD`,
//! `DDDD` (`Ddd`, `Dddd`) beside `MM`, `MMMM`, `HH`, `mm`, `SS`. A mask that uses one of them
//! gives (and reads) English day and month names, capitalised as an English system writes them
//! (a choice: the help gives the names of the system's language).

use chrono::{Datelike, NaiveDate};

use crate::keywords::fold;

/// Day names, Monday first.
pub const DAYS: [&str; 7] = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];
/// Abbreviated day names (French system settings).
const DAYS_SHORT: [&str; 7] = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."];
pub const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
/// Abbreviated month names (French system settings).
const MONTHS_SHORT: [&str; 12] =
    ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];

const DAYS_EN: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const DAYS_SHORT_EN: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_SHORT_EN: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// `mardi` → `Mardi`.
pub fn capitalized(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

/// A name's case in the result.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum Case {
    /// `JJJ`, `MMMM`: as the system writes it (lower case in French).
    Lower,
    /// `Jjj`, `Mmmm`: with a capital.
    Capital,
    /// A mask written with English letters (`DDDD`, `YYYY`): English names, as written in English.
    English,
}

#[derive(Copy, Clone, Debug, PartialEq)]
pub enum Token {
    Text(char),
    Year4,
    Year2,
    Month,
    MonthShort(Case),
    MonthName(Case),
    Day,
    DayShort(Case),
    DayName(Case),
    Hour,
    Minute,
    Second,
    Hundredths,
    Thousandths,
}

impl Token {
    pub fn is_date(self) -> bool {
        use Token::*;
        matches!(self, Year4 | Year2 | Month | MonthShort(_) | MonthName(_) | Day | DayShort(_) | DayName(_))
    }

    pub fn is_time(self) -> bool {
        matches!(self, Token::Hour | Token::Minute | Token::Second | Token::Hundredths | Token::Thousandths)
    }
}

/// The mask's spellings, longest first at each start so that `MMMM` is not read as `MM` `MM`.
const SPELLINGS: &[(&str, Token)] = &[
    ("AAAA", Token::Year4),
    ("MMMM", Token::MonthName(Case::Lower)),
    ("Mmmm", Token::MonthName(Case::Capital)),
    ("JJJJ", Token::DayName(Case::Lower)),
    ("Jjjj", Token::DayName(Case::Capital)),
    ("MMM", Token::MonthShort(Case::Lower)),
    ("Mmm", Token::MonthShort(Case::Capital)),
    ("JJJ", Token::DayShort(Case::Lower)),
    ("Jjj", Token::DayShort(Case::Capital)),
    ("CCC", Token::Thousandths),
    ("LLL", Token::Thousandths),
    ("AA", Token::Year2),
    ("MM", Token::Month),
    ("JJ", Token::Day),
    ("HH", Token::Hour),
    ("mm", Token::Minute),
    ("SS", Token::Second),
    ("CC", Token::Hundredths),
];

/// The English letters of a mask (the English help's spellings); `MM`, `HH`, `mm`, `SS` are shared.
const ENGLISH_SPELLINGS: &[(&str, Token)] = &[
    ("YYYY", Token::Year4),
    ("DDDD", Token::DayName(Case::English)),
    ("Dddd", Token::DayName(Case::English)),
    ("DDD", Token::DayShort(Case::English)),
    ("Ddd", Token::DayShort(Case::English)),
    ("YY", Token::Year2),
    ("DD", Token::Day),
];

/// Reads a mask. In a time mask (`time_only`), `MM` is the minutes, as `HeureVersChaîne`'s
/// help writes it.
pub fn tokens(mask: &str, time_only: bool) -> Vec<Token> {
    let mut out = Vec::new();
    let mut rest = mask;
    let mut english = false;
    while let Some(c) = rest.chars().next() {
        let french = SPELLINGS.iter().find(|(s, _)| rest.starts_with(s));
        let found = french.or_else(|| {
            let found = ENGLISH_SPELLINGS.iter().find(|(s, _)| rest.starts_with(s));
            english |= found.is_some();
            found
        });
        match found {
            Some((spelling, token)) => {
                out.push(if time_only && *token == Token::Month { Token::Minute } else { *token });
                rest = &rest[spelling.len()..];
            }
            None => {
                out.push(Token::Text(c));
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    if english {
        for token in &mut out {
            if let Token::MonthShort(case) | Token::MonthName(case) | Token::DayShort(case) | Token::DayName(case) =
                token
            {
                *case = Case::English;
            }
        }
    }
    out
}

/// The day and month names a case writes: (days, short days, months, short months).
fn names(
    case: Case,
) -> (&'static [&'static str], &'static [&'static str], &'static [&'static str], &'static [&'static str]) {
    match case {
        Case::English => (&DAYS_EN, &DAYS_SHORT_EN, &MONTHS_EN, &MONTHS_SHORT_EN),
        Case::Lower | Case::Capital => (&DAYS, &DAYS_SHORT, &MONTHS, &MONTHS_SHORT),
    }
}

fn cased(name: &str, case: Case) -> String {
    match case {
        Case::Lower | Case::English => name.to_owned(),
        Case::Capital => capitalized(name),
    }
}

/// Lays out `date` (if any) and `ms` (milliseconds since midnight) through a mask. Date tokens
/// without a date are left out.
pub fn format(tokens: &[Token], date: Option<NaiveDate>, ms: i64) -> String {
    let mut out = String::new();
    let day_index = date.map_or(0, |d| d.weekday().num_days_from_monday() as usize);
    let month_index = date.map_or(0, |d| d.month0() as usize);
    for token in tokens {
        let (year, month, day) = date.map_or((0, 0, 0), |d| (d.year(), d.month(), d.day()));
        match *token {
            Token::Text(c) => out.push(c),
            t if t.is_date() && date.is_none() => {}
            Token::Year4 => out.push_str(&format!("{year:04}")),
            Token::Year2 => out.push_str(&format!("{:02}", year.rem_euclid(100))),
            Token::Month => out.push_str(&format!("{month:02}")),
            Token::MonthShort(case) => out.push_str(&cased(names(case).3[month_index], case)),
            Token::MonthName(case) => out.push_str(&cased(names(case).2[month_index], case)),
            Token::Day => out.push_str(&format!("{day:02}")),
            Token::DayShort(case) => out.push_str(&cased(names(case).1[day_index], case)),
            Token::DayName(case) => out.push_str(&cased(names(case).0[day_index], case)),
            Token::Hour => out.push_str(&format!("{:02}", ms / 3_600_000)),
            Token::Minute => out.push_str(&format!("{:02}", ms / 60_000 % 60)),
            Token::Second => out.push_str(&format!("{:02}", ms / 1000 % 60)),
            Token::Hundredths => out.push_str(&format!("{:02}", ms / 10 % 100)),
            Token::Thousandths => out.push_str(&format!("{:03}", ms % 1000)),
        }
    }
    out
}

/// What a string read through a mask gave; absent parts are `None`.
#[derive(Default, Debug, PartialEq)]
pub struct Read {
    pub year: Option<i64>,
    pub month: Option<i64>,
    pub day: Option<i64>,
    pub hour: Option<i64>,
    pub minute: Option<i64>,
    pub second: Option<i64>,
    pub ms: Option<i64>,
}

/// Reads `text` through a mask: numbers take at most the token's digits (at least one, so that
/// "1/2/2001" reads with "JJ/MM/AAAA"), names are matched without case or accents, in full or
/// abbreviated, other characters must be there as written. `None` when the text does not fit.
pub fn parse(tokens: &[Token], text: &str) -> Option<Read> {
    let chars: Vec<char> = text.trim().chars().collect();
    let mut at = 0;
    let mut read = Read::default();
    for token in tokens {
        match *token {
            Token::Text(c) => {
                if chars.get(at) != Some(&c) {
                    return None;
                }
                at += 1;
            }
            Token::Year4 => read.year = Some(number(&chars, &mut at, 4)?),
            Token::Year2 => {
                // Two-digit years are in 2000-2049 or 1950-1999.
                let n = number(&chars, &mut at, 2)?;
                read.year = Some(if n < 50 { 2000 + n } else { 1900 + n });
            }
            Token::Month => read.month = Some(number(&chars, &mut at, 2)?),
            Token::MonthShort(case) | Token::MonthName(case) => {
                let (_, _, months, short) = names(case);
                read.month = Some(name(&chars, &mut at, months, short)? as i64 + 1);
            }
            Token::Day => read.day = Some(number(&chars, &mut at, 2)?),
            // The day's name says nothing the date does not: it is read and skipped.
            Token::DayShort(case) | Token::DayName(case) => {
                let (days, short, _, _) = names(case);
                name(&chars, &mut at, days, short)?;
            }
            Token::Hour => read.hour = Some(number(&chars, &mut at, 2)?),
            Token::Minute => read.minute = Some(number(&chars, &mut at, 2)?),
            Token::Second => read.second = Some(number(&chars, &mut at, 2)?),
            Token::Hundredths => {
                let start = at;
                let n = number(&chars, &mut at, 2)?;
                read.ms = Some(if at - start == 1 { n * 100 } else { n * 10 });
            }
            Token::Thousandths => read.ms = Some(number(&chars, &mut at, 3)?),
        }
    }
    (at == chars.len()).then_some(read)
}

fn number(chars: &[char], at: &mut usize, max: usize) -> Option<i64> {
    let start = *at;
    while *at < chars.len() && *at - start < max && chars[*at].is_ascii_digit() {
        *at += 1;
    }
    if *at == start {
        return None;
    }
    chars[start..*at].iter().collect::<String>().parse().ok()
}

/// The index of the name (full or abbreviated, with or without the abbreviation's dot) at `at`.
fn name(chars: &[char], at: &mut usize, full: &[&str], short: &[&str]) -> Option<usize> {
    // The longest name has 9 letters: a short window keeps long inputs linear.
    let rest: String = chars[*at..].iter().take(24).collect();
    let rest = fold(&rest).into_owned();
    let mut best: Option<(usize, usize)> = None;
    for (index, spelling) in full.iter().chain(short).enumerate() {
        let folded = fold(spelling).into_owned();
        for candidate in [folded.as_str(), folded.trim_end_matches('.')] {
            let len = candidate.chars().count();
            if rest.starts_with(candidate) && best.is_none_or(|(_, l)| len > l) {
                best = Some((index % full.len(), len));
            }
        }
    }
    let (index, len) = best?;
    // Advance over as many characters of the text as folded to the name (an accent written as
    // a separate combining mark folds to nothing).
    let mut folded = 0;
    while folded < len && *at < chars.len() {
        folded += fold(chars[*at].encode_utf8(&mut [0; 4])).chars().count();
        *at += 1;
    }
    while *at < chars.len() && unicode_normalization::char::is_combining_mark(chars[*at]) {
        *at += 1;
    }
    Some(index)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn masks_lay_out_the_help_pages_examples() {
        let f = |mask: &str, d| format(&tokens(mask, false), d, 0);
        assert_eq!(f("JJ/MM/AAAA", date(2019, 12, 25)), "25/12/2019");
        assert_eq!(f("MM-JJ-AAAA", date(2019, 12, 25)), "12-25-2019");
        assert_eq!(f("JJJ JJ MMM AAAA", date(2003, 12, 2)), "mar. 02 déc. 2003");
        assert_eq!(f("Jjj JJ Mmm AAAA", date(2003, 12, 2)), "Mar. 02 Déc. 2003");
        assert_eq!(f("Jjjj JJ Mmmm AAAA", date(2003, 12, 2)), "Mardi 02 Décembre 2003");
        assert_eq!(
            f("Le numéro du jour JJ du mois n° MM de l'année AAAA", date(2079, 12, 25)),
            "Le numéro du jour 25 du mois n° 12 de l'année 2079"
        );
        let ms = ((17 * 60 + 15) * 60 + 3) * 1000 + 450;
        assert_eq!(format(&tokens("HH:mm:SS:CC", false), None, ms), "17:15:03:45");
        assert_eq!(format(&tokens("HH:MM:SS LLL", true), None, ms), "17:15:03 450");
    }

    #[test]
    fn english_masks_give_english_names() {
        let f = |m: &str, d: Option<NaiveDate>| format(&tokens(m, false), d, 0);
        assert_eq!(f("DD/MM/YYYY", date(2024, 3, 15)), "15/03/2024");
        assert_eq!(f("DDDD DD MMMM YYYY", date(2024, 3, 15)), "Friday 15 March 2024");
        assert_eq!(f("Ddd, MMM DD YY", date(2024, 3, 15)), "Fri, Mar 15 24");
        // A French mask keeps French names.
        assert_eq!(f("JJJJ JJ MMMM AAAA", date(2024, 3, 15)), "vendredi 15 mars 2024");
        let r = parse(&tokens("DDDD DD MMMM YYYY", false), "Friday 15 March 2024").unwrap();
        assert_eq!((r.year, r.month, r.day), (Some(2024), Some(3), Some(15)));
    }

    #[test]
    fn masks_read_strings_back() {
        let r = parse(&tokens("JJ/MM/AAAA", false), "1/2/2001").unwrap();
        assert_eq!((r.year, r.month, r.day), (Some(2001), Some(2), Some(1)));
        let r = parse(&tokens("JJJJ JJ MMMM AAAA", false), "Mardi 02 Décembre 2003").unwrap();
        assert_eq!((r.year, r.month, r.day), (Some(2003), Some(12), Some(2)));
        let r = parse(&tokens("JJ MMM AA", false), "02 fevr 03").unwrap();
        assert_eq!((r.year, r.month, r.day), (Some(2003), Some(2), Some(2)));
        assert!(parse(&tokens("JJ/MM/AAAA", false), "01-02-2001").is_none());
        assert!(parse(&tokens("JJ/MM/AAAA", false), "01/02/2001x").is_none());
        let r = parse(&tokens("HH:MM:SS:CC", true), "14:25:30:5").unwrap();
        assert_eq!((r.hour, r.minute, r.second, r.ms), (Some(14), Some(25), Some(30), Some(500)));
    }
}
