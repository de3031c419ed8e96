//! Conversions: dates, times and date-times to strings through a mask and back, strings to
//! durations, validity tests, and the integer forms (day numbers from 01/01/1800, hundredths of a
//! second since midnight).

use chrono::NaiveDate;

use super::mask::{self, Token};
use super::{
    DATE_MASK, DURATION_CENTI, DURATION_MILLI, DateFault, MS_PER_DAY, Read, bad, date_arg, date_value, fail,
    in_calendar, moment_arg, naive, now, time_arg,
};
use crate::builtins::{Args, Host, Ret};
use crate::value::{Date, Duration, Time, Value};

/// `DateHeureVersChaîne`'s default mask (the help's "25/12/2019 17:15:00:00").
const DATETIME_MASK: &str = "JJ/MM/AAAA HH:mm:SS:CC";
/// `HeureVersChaîne`'s default mask.
const TIME_MASK: &str = "HH:MM:SS:CC";

/// `DateVersChaîne(date [, mask])`: "25/12/2019" by default; a date-time's time fills `HH`, `mm`,
/// ... ; "" for an empty date.
pub fn date_to_string(host: &mut dyn Host, args: Args) -> Ret {
    let mask = args.opt_text(1, DATE_MASK)?;
    match moment_arg(&args, 0)? {
        Read::Valid((date, ms)) => Ok(Value::from(mask::format(&mask::tokens(&mask, false), Some(date), ms))),
        Read::Empty => Ok(Value::from("")),
        Read::Invalid(text) => fail(host, DateFault::NotADate(text), Value::from("")),
    }
}

/// `DateHeureVersChaîne(dateheure [, mask])`: "25/12/2019 17:15:00:00" by default.
pub fn datetime_to_string(host: &mut dyn Host, args: Args) -> Ret {
    let mask = args.opt_text(1, DATETIME_MASK)?;
    match moment_arg(&args, 0)? {
        Read::Valid((date, ms)) => Ok(Value::from(mask::format(&mask::tokens(&mask, false), Some(date), ms))),
        Read::Empty => Ok(Value::from("")),
        Read::Invalid(text) => fail(host, DateFault::NotADateTime(text), Value::from("")),
    }
}

/// `HeureVersChaîne(heure [, mask])`: "14:25:00:00" by default; in the mask `MM` (or `mm`) is
/// the minutes.
pub fn time_to_string(host: &mut dyn Host, args: Args) -> Ret {
    let mask = args.opt_text(1, TIME_MASK)?;
    match time_arg(&args, 0)? {
        Read::Valid(ms) => Ok(Value::from(mask::format(&mask::tokens(&mask, true), None, ms))),
        Read::Empty => Ok(Value::from("")),
        Read::Invalid(text) => fail(host, DateFault::NotATime(text), Value::from("")),
    }
}

/// `ChaîneVersDate(chaîne [, mask])`: the date a string writes in the mask ("JJ/MM/AAAA" by
/// default), as a `Date`. A mask without a year takes the current year; without a month or a
/// day, the first.
pub fn string_to_date(host: &mut dyn Host, args: Args) -> Ret {
    let text = args.text(0)?;
    let mask = args.opt_text(1, DATE_MASK)?;
    let tokens = mask::tokens(&mask, false);
    if !tokens.iter().any(|t| t.is_date()) {
        return Err(bad(1, DateFault::MaskWithoutDate(mask.to_string())));
    }
    if text.trim().is_empty() {
        return Ok(Value::Date(Date::EMPTY));
    }
    let Some(read) = mask::parse(&tokens, &text) else {
        let fault = DateFault::NoMatch { text: text.to_string(), mask: mask.to_string() };
        return fail(host, fault, Value::Date(Date::EMPTY));
    };
    let year = read.year.unwrap_or_else(|| i64::from(chrono::Datelike::year(&now().0)));
    let date = ymd(year, read.month.unwrap_or(1), read.day.unwrap_or(1));
    match date {
        Some(d) => Ok(date_value(d)),
        None => fail(host, DateFault::NotADate(text.to_string()), Value::Date(Date::EMPTY)),
    }
}

/// A date of the calendar from its parts, if they make one.
pub(super) fn ymd(year: i64, month: i64, day: i64) -> Option<NaiveDate> {
    let (y, m, d) = (i32::try_from(year).ok()?, u32::try_from(month).ok()?, u32::try_from(day).ok()?);
    NaiveDate::from_ymd_opt(y, m, d).filter(|d| in_calendar(*d))
}

/// The masks `ChaîneVersHeure` tries without one, before the digit forms ("1425", "142530").
const TIME_MASKS: [&str; 3] = ["HH:MM:SS:CC", "HH:MM:SS", "HH:MM"];

/// `ChaîneVersHeure(chaîne [, mask])`: the time a string writes, as an `Heure`. Without a mask,
/// "14:25", "14:25:30", "14:25:30:50" and the digit forms are read.
pub fn string_to_time(host: &mut dyn Host, args: Args) -> Ret {
    let text = args.text(0)?;
    let masks: Vec<Vec<Token>> = match args.get(1) {
        Some(_) => {
            let mask = args.text(1)?;
            let tokens = mask::tokens(&mask, true);
            if !tokens.iter().any(|t| t.is_time()) {
                return Err(bad(1, DateFault::MaskWithoutTime(mask.to_string())));
            }
            vec![tokens]
        }
        None => TIME_MASKS.iter().map(|m| mask::tokens(m, true)).collect(),
    };
    if text.trim().is_empty() {
        return Ok(Value::Time(Time::EMPTY));
    }
    let read = masks.iter().find_map(|tokens| mask::parse(tokens, &text));
    let ms = match read {
        Some(r) => {
            let (h, m, s, ms) = (r.hour.unwrap_or(0), r.minute.unwrap_or(0), r.second.unwrap_or(0), r.ms.unwrap_or(0));
            (h < 24 && m < 60 && s < 60).then_some(((h * 60 + m) * 60 + s) * 1000 + ms)
        }
        None if args.len() < 2 => Time::parse(&text).filter(|t| !t.is_empty()).map(Time::ms),
        None => {
            let fault = DateFault::NoMatch { text: text.to_string(), mask: args.text(1)?.to_string() };
            return fail(host, fault, Value::Time(Time::EMPTY));
        }
    };
    match ms {
        Some(ms) => Ok(Value::Time(Time(ms as i32))),
        None => fail(host, DateFault::NotATime(text.to_string()), Value::Time(Time::EMPTY)),
    }
}

/// `ChaîneVersDurée(chaîne [, format])`: a `Durée` from "[-]JJJJJJJJHHMMSSCC" (`duréeCentième`,
/// what `DateHeureDifférence` returns) or "[+|-]JHHMMSSLLL" (`duréeMillième`, the default: a
/// duration's own string form), or a readable duration ("3 min 30 s").
pub fn string_to_duration(host: &mut dyn Host, args: Args) -> Ret {
    let text = args.text(0)?;
    let format = args.opt_int(1, DURATION_MILLI)?;
    let fraction_digits = match format {
        DURATION_CENTI => 2,
        DURATION_MILLI => 3,
        n => return Err(bad(1, DateFault::DurationFormat(n))),
    };
    // A readable duration ("1 s", "1 j 2 h") too, as `d = "1 s"` reads it.
    match parse_duration(text.trim(), fraction_digits).or_else(|| Duration::parse_readable(&text).map(|d| d.0)) {
        Some(ms) => Ok(Value::Duration(Duration(ms))),
        None => fail(host, DateFault::NotADuration(text.to_string()), Value::Duration(Duration(0))),
    }
}

/// Milliseconds from "[+|-]D...DHHMMSS" followed by `fraction_digits` digits.
fn parse_duration(s: &str, fraction_digits: usize) -> Option<i64> {
    let (sign, digits) = match s.as_bytes().first() {
        Some(b'-') => (-1, &s[1..]),
        Some(b'+') => (1, &s[1..]),
        _ => (1, s),
    };
    let clock = 6 + fraction_digits;
    if digits.len() <= clock || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let split = digits.len() - clock;
    let field = |from: usize, len: usize| digits[split + from..split + from + len].parse::<i64>().ok();
    let days: i64 = digits[..split].parse().ok()?;
    let (h, m, sec, frac) = (field(0, 2)?, field(2, 2)?, field(4, 2)?, field(6, fraction_digits)?);
    if h > 23 || m > 59 || sec > 59 {
        return None;
    }
    let frac_ms = if fraction_digits == 2 { frac * 10 } else { frac };
    let ms = days.checked_mul(MS_PER_DAY)?.checked_add(((h * 60 + m) * 60 + sec) * 1000 + frac_ms)?;
    Some(sign * ms)
}

/// The dates the Gregorian reform skipped: 5 to 14 October 1582 (`DateValide` refuses them).
fn skipped_by_the_reform(d: NaiveDate) -> bool {
    let (first, last) = (NaiveDate::from_ymd_opt(1582, 10, 5), NaiveDate::from_ymd_opt(1582, 10, 14));
    first.is_some_and(|f| d >= f) && last.is_some_and(|l| d <= l)
}

/// `DateValide(date)`: a `Date`, or "AAAAMMJJ" (or "AAAAMMJJHHMMSSCC"), from 01/01/0001 to
/// 31/12/9999, outside the ten days the Gregorian reform skipped. "" is not valid.
pub fn date_valid(_host: &mut dyn Host, args: Args) -> Ret {
    let valid = match date_arg(&args, 0)? {
        Read::Valid(d) => !skipped_by_the_reform(d),
        _ => false,
    };
    Ok(Value::Bool(valid))
}

/// `HeureValide(heure)`: an `Heure`, or "HHMM", "HHMMSS", "HHMMSSCC" with hours below 24 and
/// minutes and seconds below 60. "" is not valid.
pub fn time_valid(_host: &mut dyn Host, args: Args) -> Ret {
    Ok(Value::Bool(matches!(time_arg(&args, 0)?, Read::Valid(_))))
}

/// `DateHeureValide(dateheure)`: a `DateHeure`, or "AAAAMMJJHHMMSSCC" (the time may stop after
/// the hours or the minutes, or be left out), whose date `DateValide` accepts.
pub fn datetime_valid(_host: &mut dyn Host, args: Args) -> Ret {
    let valid = match moment_arg(&args, 0)? {
        Read::Valid((d, _)) => !skipped_by_the_reform(d),
        _ => false,
    };
    Ok(Value::Bool(valid))
}

/// `DateVersEntier(date)`: the day number, 1 being 01/01/1800 (0 for an empty date).
pub fn date_to_integer(host: &mut dyn Host, args: Args) -> Ret {
    match date_arg(&args, 0)? {
        Read::Valid(d) => Ok(Value::Int(Date(chrono::Datelike::num_days_from_ce(&d)).day_number())),
        Read::Empty => Ok(Value::Int(0)),
        Read::Invalid(text) => fail(host, DateFault::NotADate(text), Value::Int(0)),
    }
}

/// The date of a day number (1 is 01/01/1800); 0 is the empty date.
pub(super) fn day(n: i64) -> Result<Option<NaiveDate>, DateFault> {
    if n == 0 {
        return Ok(None);
    }
    Date::from_day_number(n).and_then(naive).map(Some).ok_or(DateFault::DayNumber(n))
}

/// `EntierVersDate(n)`: the `Date` of day number n (1 is 01/01/1800); 0 gives the empty date.
pub fn integer_to_date(host: &mut dyn Host, args: Args) -> Ret {
    match day(args.int(0)?) {
        Ok(Some(d)) => Ok(date_value(d)),
        Ok(None) => Ok(Value::Date(Date::EMPTY)),
        Err(fault) => fail(host, fault, Value::Date(Date::EMPTY)),
    }
}

/// `HeureVersEntier(heure)`: hundredths of a second since midnight.
pub fn time_to_integer(host: &mut dyn Host, args: Args) -> Ret {
    match time_arg(&args, 0)? {
        Read::Valid(ms) => Ok(Value::Int(ms / 10)),
        Read::Empty => Ok(Value::Int(0)),
        Read::Invalid(text) => fail(host, DateFault::NotATime(text), Value::Int(0)),
    }
}

/// `EntierVersHeure(n)`: the `Heure` n hundredths of a second after midnight.
pub fn integer_to_time(host: &mut dyn Host, args: Args) -> Ret {
    let n = args.int(0)?;
    if !(0..MS_PER_DAY / 10).contains(&n) {
        return fail(host, DateFault::Hundredths(n), Value::Time(Time::EMPTY));
    }
    Ok(Value::Time(Time((n * 10) as i32)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_both_forms() {
        assert_eq!(parse_duration("0000000101301050", 2), Some(MS_PER_DAY + (3600 + 30 * 60 + 10) * 1000 + 500));
        assert_eq!(parse_duration("-0000000000000001", 2), Some(-10));
        assert_eq!(parse_duration("+1010203004", 3), Some(MS_PER_DAY + 3_723_004));
        assert_eq!(parse_duration("0102030", 2), None);
        assert_eq!(parse_duration("0000000025000000", 2), None);
        assert_eq!(parse_duration("99999999999999999999000000000", 3), None);
    }

    #[test]
    fn the_reform_gap() {
        assert!(skipped_by_the_reform(NaiveDate::from_ymd_opt(1582, 10, 10).unwrap()));
        assert!(!skipped_by_the_reform(NaiveDate::from_ymd_opt(1582, 10, 15).unwrap()));
        assert!(!skipped_by_the_reform(NaiveDate::from_ymd_opt(1582, 10, 4).unwrap()));
    }
}
