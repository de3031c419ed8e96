//! Dates and times: conversions between `Date`/`Heure`/`DateHeure`/`Durée` values and strings
//! through masks, validity tests, day numbers, day and month names, week numbers, differences,
//! the clock (`DateSys`, `Maintenant`, `DateDuJour`, ...) and the first/last days of a month, a
//! week, a year.
//!
//! Functions take their dates as WLanguage passes them: a `Date` (or `DateHeure`) value, or a
//! string "AAAAMMJJ" (a longer "AAAAMMJJHHMM..." string gives its date); times as an `Heure`
//! value or "HHMM", "HHMMSS", "HHMMSSCC"; a number is read as its digits, as WLanguage passes a
//! number to a string parameter. An empty date ("") gives an empty result without an error; a
//! string that is no date makes the function fail (`ErreurDétectée`, `ErreurInfo`) and return
//! its empty result. The clock is the local time of the machine, as WINDEV's is. `mask` reads
//! and writes masks; `convert` holds the conversions, `calendar` the rest.

mod calendar;
mod convert;
mod mask;

#[cfg(test)]
mod hostile_tests;

use chrono::{Datelike, NaiveDate, Timelike};

use super::{Args, BuiltinError, Const, Family, Host, Ret, arg_error, row};
use crate::diagnostics::{FamilyFault, Fault, Lang};
use crate::value::{Date, DateTime, Time, Value};

pub static FAMILY: Family = Family {
    name: "dates",
    functions: &[
        row("DateVersChaîne", "DateToString", 1, 2, convert::date_to_string),
        row("DateHeureVersChaîne", "DateTimeToString", 1, 2, convert::datetime_to_string),
        row("HeureVersChaîne", "TimeToString", 1, 2, convert::time_to_string),
        row("ChaîneVersDate", "StringToDate", 1, 2, convert::string_to_date),
        row("ChaîneVersHeure", "StringToTime", 1, 2, convert::string_to_time),
        row("ChaîneVersDurée", "StringToDuration", 1, 2, convert::string_to_duration),
        row("DateValide", "DateValid", 1, 1, convert::date_valid),
        row("HeureValide", "TimeValid", 1, 1, convert::time_valid),
        row("DateHeureValide", "DateTimeValid", 1, 1, convert::datetime_valid),
        row("DateVersEntier", "DateToInteger", 1, 1, convert::date_to_integer),
        row("EntierVersDate", "IntegerToDate", 1, 1, convert::integer_to_date),
        row("HeureVersEntier", "TimeToInteger", 1, 1, convert::time_to_integer),
        row("EntierVersHeure", "IntegerToTime", 1, 1, convert::integer_to_time),
        row("DateVersJour", "DateToDay", 1, 1, calendar::date_to_day),
        row("EntierVersJour", "IntegerToDay", 1, 1, calendar::integer_to_day),
        row("DateVersJourEnLettre", "DateToDayInAlpha", 1, 1, calendar::date_to_day_name),
        row("EntierVersJourEnLettre", "IntegerToDayInAlpha", 1, 1, calendar::integer_to_day_name),
        row("DateVersMoisEnLettre", "DateToMonthInAlpha", 1, 1, calendar::date_to_month_name),
        row("EntierVersMoisEnLettre", "IntegerToMonthInAlpha", 1, 1, calendar::integer_to_month_name),
        row("NuméroDeJourVersLettre", "DayNumberInAlpha", 1, 1, calendar::day_number_name),
        row("NuméroDeMoisVersLettre", "MonthNumberInAlpha", 1, 1, calendar::month_number_name),
        row("DateVersNuméroDeSemaine", "DateToWeekNumber", 1, 1, calendar::date_to_week_number),
        row("EntierVersNuméroDeSemaine", "IntegerToWeekNumber", 1, 1, calendar::integer_to_week_number),
        row("NuméroDeSemaine", "WeekNumber", 0, 1, calendar::week_number),
        row("DateVersJourDansLAnnée", "DateToDayOfYear", 1, 1, calendar::date_to_day_of_year),
        row("DateDifférence", "DateDifference", 2, 2, calendar::date_difference),
        row("DateHeureDifférence", "DateTimeDifference", 2, 2, calendar::datetime_difference),
        row("HeureDifférence", "TimeDifference", 2, 2, calendar::time_difference),
        row("DateDuJour", "Today", 0, 0, calendar::today),
        row("DateSys", "DateSys", 0, 0, calendar::date_sys),
        row("HeureSys", "TimeSys", 0, 0, calendar::time_sys),
        row("Maintenant", "Now", 0, 0, calendar::time_sys),
        row("DateHeureSys", "SysDateTime", 0, 0, calendar::datetime_sys),
        row("AnnéeEnCours", "CurrentYear", 0, 0, calendar::current_year),
        row("MoisEnCours", "CurrentMonth", 0, 0, calendar::current_month),
        row("JourEnCours", "CurrentDay", 0, 0, calendar::current_day),
        row("Hier", "Yesterday", 0, 1, calendar::yesterday),
        row("Demain", "Tomorrow", 0, 1, calendar::tomorrow),
        row("PremierJourDuMois", "FirstDayOfMonth", 0, 2, calendar::first_day_of_month),
        row("DernierJourDuMois", "LastDayOfMonth", 0, 2, calendar::last_day_of_month),
        row("PremierJourDeLaSemaine", "FirstDayOfWeek", 0, 1, calendar::first_day_of_week),
        row("DernierJourDeLaSemaine", "LastDayOfWeek", 0, 1, calendar::last_day_of_week),
        row("PremierJourDeLAnnée", "FirstDayOfYear", 0, 1, calendar::first_day_of_year),
        row("DernierJourDeLAnnée", "LastDayOfYear", 0, 1, calendar::last_day_of_year),
        row("AnnéeBissextile", "LeapYear", 1, 1, calendar::leap_year),
        row("Pâques", "Easter", 1, 1, calendar::easter),
    ],
    constants: &[
        // The project's formats (DateVersChaîne, HeureVersChaîne, ...): French system settings.
        ("maskDateSystème", "maskSystemDate", Const::Str(DATE_MASK)),
        ("maskHeureSystème", "maskSystemTime", Const::Str(SYSTEM_TIME_MASK)),
        // ChaîneVersDurée: the string's last digits are hundredths ("JJJJJJJJHHMMSSCC", as
        // DateHeureDifférence returns) or thousandths ("JHHMMSSLLL", a Durée's own form).
        ("duréeCentième", "durationCenti", Const::Int(DURATION_CENTI)),
        ("duréeMillième", "durationMilli", Const::Int(DURATION_MILLI)),
    ],
};

/// The project's date format, and `DateVersChaîne`'s and `ChaîneVersDate`'s default mask.
const DATE_MASK: &str = "JJ/MM/AAAA";
const SYSTEM_TIME_MASK: &str = "HH:mm:SS";
pub const DURATION_CENTI: i64 = 1;
pub const DURATION_MILLI: i64 = 2;

const MS_PER_DAY: i64 = 86_400_000;

/// How a date function refuses its arguments or fails.
#[derive(Debug)]
enum DateFault {
    NotADate(String),
    NotATime(String),
    NotADateTime(String),
    NotADuration(String),
    NoMatch { text: String, mask: String },
    MaskWithoutDate(String),
    MaskWithoutTime(String),
    DayNumber(i64),
    Hundredths(i64),
    WeekDay(i64),
    Month(i64),
    Year(i64),
    DurationFormat(i64),
    OutOfCalendar,
}

impl FamilyFault for DateFault {
    fn text(&self, lang: Lang) -> String {
        let t = |en: String, fr: String| lang.pick(en, fr);
        match self {
            DateFault::NotADate(s) => t(
                format!("\"{s}\" is not a valid date (AAAAMMJJ, from 01/01/0001 to 31/12/9999)"),
                format!("\"{s}\" n'est pas une date valide (AAAAMMJJ, du 01/01/0001 au 31/12/9999)"),
            ),
            DateFault::NotATime(s) => t(
                format!("\"{s}\" is not a valid time (HHMM, HHMMSS or HHMMSSCC)"),
                format!("\"{s}\" n'est pas une heure valide (HHMM, HHMMSS ou HHMMSSCC)"),
            ),
            DateFault::NotADateTime(s) => t(
                format!("\"{s}\" is not a valid date and time (AAAAMMJJHHMMSSCC)"),
                format!("\"{s}\" n'est pas une date-heure valide (AAAAMMJJHHMMSSCC)"),
            ),
            DateFault::NotADuration(s) => {
                t(format!("\"{s}\" is not a valid duration"), format!("\"{s}\" n'est pas une durée valide"))
            }
            DateFault::NoMatch { text, mask } => t(
                format!("\"{text}\" does not match the format \"{mask}\""),
                format!("\"{text}\" ne correspond pas au format \"{mask}\""),
            ),
            DateFault::MaskWithoutDate(mask) => t(
                format!("the format \"{mask}\" has no day, month or year (JJ, MM, MMMM, AAAA, AA)"),
                format!("le format \"{mask}\" n'a ni jour, ni mois, ni année (JJ, MM, MMMM, AAAA, AA)"),
            ),
            DateFault::MaskWithoutTime(mask) => t(
                format!("the format \"{mask}\" has no hours, minutes or seconds (HH, MM, SS)"),
                format!("le format \"{mask}\" n'a ni heures, ni minutes, ni secondes (HH, MM, SS)"),
            ),
            DateFault::DayNumber(n) => t(
                format!("{n} is not a day number of the calendar (day 1 is 01/01/1800, the last 31/12/9999)"),
                format!(
                    "{n} n'est pas un numéro de jour du calendrier (le jour 1 est le 01/01/1800, le dernier le 31/12/9999)"
                ),
            ),
            DateFault::Hundredths(n) => t(
                format!("{n} is not a time of day in hundredths of a second (0 to 8639999)"),
                format!("{n} n'est pas une heure en centièmes de seconde (0 à 8639999)"),
            ),
            DateFault::WeekDay(n) => t(
                format!("{n} is not a day of the week (1 for Monday to 7 for Sunday)"),
                format!("{n} n'est pas un jour de la semaine (1 pour lundi à 7 pour dimanche)"),
            ),
            DateFault::Month(n) => {
                t(format!("{n} is not a month (1 to 12)"), format!("{n} n'est pas un mois (1 à 12)"))
            }
            DateFault::Year(n) => {
                t(format!("{n} is not a year (1 to 9999)"), format!("{n} n'est pas une année (1 à 9999)"))
            }
            DateFault::DurationFormat(n) => t(
                format!("{n} is not a duration format (use duréeCentième or duréeMillième)"),
                format!("{n} n'est pas un format de durée (utilisez duréeCentième ou duréeMillième)"),
            ),
            DateFault::OutOfCalendar => t(
                "the date would leave the calendar (01/01/0001 to 31/12/9999)".into(),
                "la date sortirait du calendrier (du 01/01/0001 au 31/12/9999)".into(),
            ),
        }
    }
}

fn bad(index: usize, fault: DateFault) -> BuiltinError {
    arg_error(index, Fault::family(fault))
}

/// Records a recoverable failure and returns the function's empty result.
fn fail(host: &mut dyn Host, fault: DateFault, empty: Value) -> Ret {
    host.fail(&fault);
    Ok(empty)
}

/// A date, time or date-time argument as read.
enum Read<T> {
    /// "" or an empty variable.
    Empty,
    Valid(T),
    /// The text, which is no such thing.
    Invalid(String),
}

/// Whether a date is one WINDEV handles: from 01/01/0001 to 31/12/9999.
fn in_calendar(d: NaiveDate) -> bool {
    (1..=9999).contains(&d.year())
}

fn naive(d: Date) -> Option<NaiveDate> {
    if d.is_empty() { None } else { NaiveDate::from_num_days_from_ce_opt(d.0).filter(|d| in_calendar(*d)) }
}

fn date_value(d: NaiveDate) -> Value {
    Value::Date(Date(d.num_days_from_ce()))
}

/// Argument `i` as a moment: its date and its time of day in milliseconds (0 for a date).
fn moment_arg(args: &Args, i: usize) -> Result<Read<(NaiveDate, i64)>, BuiltinError> {
    let moment = |d: Date, ms: i64, text: &dyn Fn() -> String| match naive(d) {
        Some(d) => Read::Valid((d, ms)),
        None => Read::Invalid(text()),
    };
    Ok(match &args[i] {
        Value::Null => Read::Empty,
        Value::Date(d) if d.is_empty() => Read::Empty,
        Value::DateTime(t) if t.is_empty() => Read::Empty,
        Value::Date(d) => moment(*d, 0, &|| args[i].to_string()),
        Value::DateTime(t) => moment(t.date(), t.time().ms(), &|| args[i].to_string()),
        _ => {
            let text = args.text(i)?;
            let s = text.trim();
            let parsed =
                if s.len() > 8 { DateTime::parse(s) } else { Date::parse(s).map(|d| DateTime::new(d, Time(0))) };
            match parsed {
                _ if s.is_empty() => Read::Empty,
                Some(t) => moment(t.date(), t.time().ms(), &|| text.to_string()),
                None => Read::Invalid(text.to_string()),
            }
        }
    })
}

/// Argument `i` as a date (a date-time gives its date).
fn date_arg(args: &Args, i: usize) -> Result<Read<NaiveDate>, BuiltinError> {
    Ok(match moment_arg(args, i)? {
        Read::Valid((d, _)) => Read::Valid(d),
        Read::Empty => Read::Empty,
        Read::Invalid(s) => Read::Invalid(s),
    })
}

/// Argument `i` as a time of day, in milliseconds.
fn time_arg(args: &Args, i: usize) -> Result<Read<i64>, BuiltinError> {
    Ok(match &args[i] {
        Value::Null => Read::Empty,
        Value::Time(t) if t.is_empty() => Read::Empty,
        Value::Time(t) => Read::Valid(t.ms()),
        Value::DateTime(t) if t.is_empty() => Read::Empty,
        Value::DateTime(t) => Read::Valid(t.time().ms()),
        _ => {
            let text = args.text(i)?;
            match Time::parse(&text) {
                Some(t) if t.is_empty() => Read::Empty,
                Some(t) => Read::Valid(t.ms()),
                None => Read::Invalid(text.to_string()),
            }
        }
    })
}

/// Argument `i` as a moment in milliseconds since 01/01/0001 (a `DateTime`'s count).
fn datetime_arg(args: &Args, i: usize) -> Result<Read<i64>, BuiltinError> {
    Ok(match moment_arg(args, i)? {
        Read::Valid((d, ms)) => Read::Valid(d.num_days_from_ce() as i64 * MS_PER_DAY + ms),
        Read::Empty => Read::Empty,
        Read::Invalid(s) => Read::Invalid(s),
    })
}

/// The local date and time of day (milliseconds).
fn now() -> (NaiveDate, i64) {
    let now = chrono::Local::now().naive_local();
    let time = now.time();
    let ms = time.num_seconds_from_midnight() as i64 * 1000 + (time.nanosecond() / 1_000_000).min(999) as i64;
    (now.date(), ms)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fault_reads_in_both_languages() {
        let faults = [
            DateFault::NotADate("x".into()),
            DateFault::NotATime("x".into()),
            DateFault::NotADateTime("x".into()),
            DateFault::NotADuration("x".into()),
            DateFault::NoMatch { text: "x".into(), mask: "JJ".into() },
            DateFault::MaskWithoutDate("x".into()),
            DateFault::MaskWithoutTime("x".into()),
            DateFault::DayNumber(0),
            DateFault::Hundredths(-1),
            DateFault::WeekDay(8),
            DateFault::Month(13),
            DateFault::Year(0),
            DateFault::DurationFormat(9),
            DateFault::OutOfCalendar,
        ];
        for fault in &faults {
            assert_ne!(fault.text(Lang::En), fault.text(Lang::Fr), "{fault:?}");
        }
    }

    #[test]
    fn the_clock_gives_a_date_in_the_calendar() {
        let (date, ms) = now();
        assert!(in_calendar(date));
        assert!((0..MS_PER_DAY).contains(&ms));
    }
}
