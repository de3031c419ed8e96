//! The calendar: days of the week and their names, month names, week numbers (ISO 8601, as
//! French calendars count them), differences between dates, date-times and times, the clock, and
//! the first and last days of a month, a week, a year.

use chrono::{Datelike, Days, NaiveDate};

use super::convert::{day, ymd};
use super::mask::{DAYS, MONTHS, capitalized};
use super::{DateFault, MS_PER_DAY, Read, date_arg, date_value, datetime_arg, fail, in_calendar, now, time_arg};
use crate::builtins::{Args, BuiltinError, Host, Ret};
use crate::value::{Date, DateTime, Value};

/// Applies `f` to date argument `i`; an empty date gives `empty`, an invalid one fails with it.
fn on_date(host: &mut dyn Host, args: Args, i: usize, empty: Value, f: impl FnOnce(NaiveDate) -> Value) -> Ret {
    match date_arg(&args, i)? {
        Read::Valid(d) => Ok(f(d)),
        Read::Empty => Ok(empty),
        Read::Invalid(text) => fail(host, DateFault::NotADate(text), empty),
    }
}

/// Applies `f` to the date of the day number in argument 0 (1 is 01/01/1800; 0 gives `empty`).
fn on_day_number(host: &mut dyn Host, args: Args, empty: Value, f: impl FnOnce(NaiveDate) -> Value) -> Ret {
    match day(args.int(0)?) {
        Ok(Some(d)) => Ok(f(d)),
        Ok(None) => Ok(empty),
        Err(fault) => fail(host, fault, empty),
    }
}

fn week_day(d: NaiveDate) -> Value {
    Value::Int(i64::from(d.weekday().number_from_monday()))
}

fn day_name(d: NaiveDate) -> Value {
    Value::from(capitalized(DAYS[d.weekday().num_days_from_monday() as usize]))
}

fn month_name(d: NaiveDate) -> Value {
    Value::from(capitalized(MONTHS[d.month0() as usize]))
}

fn week_of(d: NaiveDate) -> Value {
    Value::Int(i64::from(d.iso_week().week()))
}

/// `DateVersJour(date)`: the day of the week, 1 for Monday to 7 for Sunday.
pub fn date_to_day(host: &mut dyn Host, args: Args) -> Ret {
    on_date(host, args, 0, Value::Int(0), week_day)
}

/// `EntierVersJour(n)`: the day of the week of day number n.
pub fn integer_to_day(host: &mut dyn Host, args: Args) -> Ret {
    on_day_number(host, args, Value::Int(0), week_day)
}

/// `DateVersJourEnLettre(date)`: "Mardi".
pub fn date_to_day_name(host: &mut dyn Host, args: Args) -> Ret {
    on_date(host, args, 0, Value::from(""), day_name)
}

pub fn integer_to_day_name(host: &mut dyn Host, args: Args) -> Ret {
    on_day_number(host, args, Value::from(""), day_name)
}

/// `DateVersMoisEnLettre(date)`: "Décembre".
pub fn date_to_month_name(host: &mut dyn Host, args: Args) -> Ret {
    on_date(host, args, 0, Value::from(""), month_name)
}

pub fn integer_to_month_name(host: &mut dyn Host, args: Args) -> Ret {
    on_day_number(host, args, Value::from(""), month_name)
}

/// `NuméroDeJourVersLettre(n)`: 1 is "Lundi", 7 "Dimanche".
pub fn day_number_name(host: &mut dyn Host, args: Args) -> Ret {
    let n = args.int(0)?;
    match usize::try_from(n).ok().and_then(|i| DAYS.get(i.wrapping_sub(1))) {
        Some(name) => Ok(Value::from(capitalized(name))),
        None => fail(host, DateFault::WeekDay(n), Value::from("")),
    }
}

/// `NuméroDeMoisVersLettre(n)`: 1 is "Janvier", 12 "Décembre".
pub fn month_number_name(host: &mut dyn Host, args: Args) -> Ret {
    let n = args.int(0)?;
    match usize::try_from(n).ok().and_then(|i| MONTHS.get(i.wrapping_sub(1))) {
        Some(name) => Ok(Value::from(capitalized(name))),
        None => fail(host, DateFault::Month(n), Value::from("")),
    }
}

/// `DateVersNuméroDeSemaine(date)`: the ISO 8601 week number (week 1 holds the year's first
/// Thursday).
pub fn date_to_week_number(host: &mut dyn Host, args: Args) -> Ret {
    on_date(host, args, 0, Value::Int(0), week_of)
}

pub fn integer_to_week_number(host: &mut dyn Host, args: Args) -> Ret {
    on_day_number(host, args, Value::Int(0), week_of)
}

/// `NuméroDeSemaine([date])`: the week number of a date, today's by default.
pub fn week_number(host: &mut dyn Host, args: Args) -> Ret {
    if args.is_empty() {
        return Ok(week_of(now().0));
    }
    on_date(host, args, 0, Value::Int(0), week_of)
}

/// `DateVersJourDansLAnnée(date)`: 1 for the 1st of January.
pub fn date_to_day_of_year(host: &mut dyn Host, args: Args) -> Ret {
    on_date(host, args, 0, Value::Int(0), |d| Value::Int(i64::from(d.ordinal())))
}

/// A date argument that must be there (an empty one is refused like an invalid one).
fn required_date(args: &Args, i: usize) -> Result<Result<NaiveDate, DateFault>, BuiltinError> {
    Ok(match date_arg(args, i)? {
        Read::Valid(d) => Ok(d),
        Read::Empty => Err(DateFault::NotADate(String::new())),
        Read::Invalid(text) => Err(DateFault::NotADate(text)),
    })
}

/// `DateDifférence(début, fin)`: the number of days from `début` to `fin` (negative when `fin`
/// comes first).
pub fn date_difference(host: &mut dyn Host, args: Args) -> Ret {
    match (required_date(&args, 0)?, required_date(&args, 1)?) {
        (Ok(a), Ok(b)) => Ok(Value::Int(b.signed_duration_since(a).num_days())),
        (Err(fault), _) | (_, Err(fault)) => fail(host, fault, Value::Int(0)),
    }
}

/// `DateHeureDifférence(début, fin)`: `fin - début` as "JJJJJJJJHHMMSSCC" (eight digits of days,
/// then hours, minutes, seconds, hundredths), with a leading "-" when `fin` comes first.
pub fn datetime_difference(host: &mut dyn Host, args: Args) -> Ret {
    let read = |i: usize| -> Result<Result<i64, DateFault>, BuiltinError> {
        Ok(match datetime_arg(&args, i)? {
            Read::Valid(ms) => Ok(ms),
            Read::Empty => Err(DateFault::NotADateTime(String::new())),
            Read::Invalid(text) => Err(DateFault::NotADateTime(text)),
        })
    };
    match (read(0)?, read(1)?) {
        (Ok(a), Ok(b)) => Ok(Value::from(difference_text(b - a))),
        (Err(fault), _) | (_, Err(fault)) => fail(host, fault, Value::from("")),
    }
}

fn difference_text(ms: i64) -> String {
    let sign = if ms < 0 { "-" } else { "" };
    let c = ms.unsigned_abs() / 10;
    let day = (MS_PER_DAY / 10) as u64;
    format!("{sign}{:08}{:02}{:02}{:02}{:02}", c / day, c % day / 360_000, c / 6000 % 60, c / 100 % 60, c % 100)
}

/// `HeureDifférence(début, fin)`: `fin - début` in hundredths of a second.
pub fn time_difference(host: &mut dyn Host, args: Args) -> Ret {
    let read = |i: usize| -> Result<Result<i64, DateFault>, BuiltinError> {
        Ok(match time_arg(&args, i)? {
            Read::Valid(ms) => Ok(ms),
            Read::Empty => Err(DateFault::NotATime(String::new())),
            Read::Invalid(text) => Err(DateFault::NotATime(text)),
        })
    };
    match (read(0)?, read(1)?) {
        (Ok(a), Ok(b)) => Ok(Value::Int((b - a) / 10)),
        (Err(fault), _) | (_, Err(fault)) => fail(host, fault, Value::Int(0)),
    }
}

/// `DateDuJour()`: today, as a `Date`.
pub fn today(_host: &mut dyn Host, _args: Args) -> Ret {
    Ok(date_value(now().0))
}

/// `DateSys()`: today as "AAAAMMJJ".
pub fn date_sys(_host: &mut dyn Host, _args: Args) -> Ret {
    let d = now().0;
    Ok(Value::from(format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())))
}

/// `HeureSys()` and `Maintenant()`: the time as "HHMMSSCC" (CC: hundredths).
pub fn time_sys(_host: &mut dyn Host, _args: Args) -> Ret {
    let ms = now().1;
    Ok(Value::from(format!("{:02}{:02}{:02}{:02}", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms / 10 % 100)))
}

/// `DateHeureSys()`: the date and time, as a `DateHeure`.
pub fn datetime_sys(_host: &mut dyn Host, _args: Args) -> Ret {
    let (d, ms) = now();
    Ok(Value::DateTime(DateTime(d.num_days_from_ce() as i64 * MS_PER_DAY + ms)))
}

pub fn current_year(_host: &mut dyn Host, _args: Args) -> Ret {
    Ok(Value::Int(i64::from(now().0.year())))
}

pub fn current_month(_host: &mut dyn Host, _args: Args) -> Ret {
    Ok(Value::Int(i64::from(now().0.month())))
}

pub fn current_day(_host: &mut dyn Host, _args: Args) -> Ret {
    Ok(Value::Int(i64::from(now().0.day())))
}

/// The date of a function's optional date argument: today when absent.
fn date_or_today(args: &Args) -> Result<Read<NaiveDate>, BuiltinError> {
    if args.is_empty() { Ok(Read::Valid(now().0)) } else { date_arg(args, 0) }
}

/// `f` of the date argument (today when absent), as a `Date`; leaving the calendar fails.
fn shifted(host: &mut dyn Host, read: Read<NaiveDate>, f: impl FnOnce(NaiveDate) -> Option<NaiveDate>) -> Ret {
    let empty = Value::Date(Date::EMPTY);
    match read {
        Read::Valid(d) => match f(d).filter(|d| in_calendar(*d)) {
            Some(d) => Ok(date_value(d)),
            None => fail(host, DateFault::OutOfCalendar, empty),
        },
        Read::Empty => Ok(empty),
        Read::Invalid(text) => fail(host, DateFault::NotADate(text), empty),
    }
}

/// `Hier([date])`: the day before (today's by default).
pub fn yesterday(host: &mut dyn Host, args: Args) -> Ret {
    let read = date_or_today(&args)?;
    shifted(host, read, |d| d.checked_sub_days(Days::new(1)))
}

/// `Demain([date])`: the day after (today's by default).
pub fn tomorrow(host: &mut dyn Host, args: Args) -> Ret {
    let read = date_or_today(&args)?;
    shifted(host, read, |d| d.checked_add_days(Days::new(1)))
}

/// The date the first/last-day functions work from: today, a date, or a year (with today's
/// month) and a month. A number up to 9999 is a year; a longer one is a date "AAAAMMJJ". A year
/// or a month out of range is the fault.
fn reference(args: &Args) -> Result<Result<Read<NaiveDate>, DateFault>, BuiltinError> {
    let year = |v: &Value| match v {
        Value::Int(_) | Value::Real(_) | Value::Decimal(_) => v.to_int().ok().filter(|n| *n <= 9999),
        _ => None,
    };
    Ok(match args.len() {
        0 => Ok(Read::Valid(now().0)),
        1 => match year(&args[0]) {
            Some(y) => year_month(y, i64::from(now().0.month())),
            None => Ok(date_arg(args, 0)?),
        },
        _ => year_month(args.int(0)?, args.int(1)?),
    })
}

/// The first day of a month.
fn year_month(year: i64, month: i64) -> Result<Read<NaiveDate>, DateFault> {
    if !(1..=9999).contains(&year) {
        return Err(DateFault::Year(year));
    }
    ymd(year, month, 1).map(Read::Valid).ok_or(DateFault::Month(month))
}

/// The date a first/last-day function returns, from its reference date.
fn from_reference(host: &mut dyn Host, args: Args, f: impl FnOnce(NaiveDate) -> Option<NaiveDate>) -> Ret {
    match reference(&args)? {
        Ok(read) => shifted(host, read, f),
        Err(fault) => fail(host, fault, Value::Date(Date::EMPTY)),
    }
}

fn first_of_month(d: NaiveDate) -> Option<NaiveDate> {
    d.with_day(1)
}

fn last_of_month(d: NaiveDate) -> Option<NaiveDate> {
    first_of_month(d)?.checked_add_months(chrono::Months::new(1))?.pred_opt()
}

pub fn first_day_of_month(host: &mut dyn Host, args: Args) -> Ret {
    from_reference(host, args, first_of_month)
}

pub fn last_day_of_month(host: &mut dyn Host, args: Args) -> Ret {
    from_reference(host, args, last_of_month)
}

/// Weeks start on Monday.
fn monday_of(d: NaiveDate) -> Option<NaiveDate> {
    d.checked_sub_days(Days::new(u64::from(d.weekday().num_days_from_monday())))
}

pub fn first_day_of_week(host: &mut dyn Host, args: Args) -> Ret {
    let read = date_or_today(&args)?;
    shifted(host, read, monday_of)
}

pub fn last_day_of_week(host: &mut dyn Host, args: Args) -> Ret {
    let read = date_or_today(&args)?;
    shifted(host, read, |d| monday_of(d)?.checked_add_days(Days::new(6)))
}

pub fn first_day_of_year(host: &mut dyn Host, args: Args) -> Ret {
    from_reference(host, args, |d| d.with_ordinal(1))
}

pub fn last_day_of_year(host: &mut dyn Host, args: Args) -> Ret {
    from_reference(host, args, |d| NaiveDate::from_ymd_opt(d.year(), 12, 31))
}

/// A year argument: a number, or the year of a date.
fn year_arg(args: &Args, i: usize) -> Result<i64, BuiltinError> {
    match &args[i] {
        Value::Date(_) | Value::DateTime(_) => Ok(match date_arg(args, i)? {
            Read::Valid(d) => i64::from(d.year()),
            _ => 0,
        }),
        _ => args.int(i),
    }
}

/// `AnnéeBissextile(année)`: whether the year has a 29th of February.
pub fn leap_year(host: &mut dyn Host, args: Args) -> Ret {
    let year = year_arg(&args, 0)?;
    if !(1..=9999).contains(&year) {
        return fail(host, DateFault::Year(year), Value::Bool(false));
    }
    Ok(Value::Bool(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)))
}

/// `Pâques(année)`: the date of Easter Sunday (Gregorian computus).
pub fn easter(host: &mut dyn Host, args: Args) -> Ret {
    let y = year_arg(&args, 0)?;
    if !(1583..=9999).contains(&y) {
        return fail(host, DateFault::Year(y), Value::Date(Date::EMPTY));
    }
    let (a, b, c) = (y % 19, y / 100, y % 100);
    let (d, e) = (b / 4, b % 4);
    let g = (8 * b + 13) / 25;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    match ymd(y, month, day) {
        Some(date) => Ok(date_value(date)),
        None => fail(host, DateFault::Year(y), Value::Date(Date::EMPTY)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn differences_read_as_the_help_slices_them() {
        let ms = MS_PER_DAY * 3 + ((2 * 60 + 5) * 60 + 7) * 1000 + 890;
        assert_eq!(difference_text(ms), "0000000302050789");
        assert_eq!(difference_text(-10), "-0000000000000001");
        assert_eq!(difference_text(0), "0000000000000000");
    }

    #[test]
    fn months_end_where_they_should() {
        let last = |y, m| last_of_month(NaiveDate::from_ymd_opt(y, m, 15).unwrap()).unwrap();
        assert_eq!(last(2024, 2).day(), 29);
        assert_eq!(last(2023, 2).day(), 28);
        assert_eq!(last(9999, 12).day(), 31);
    }
}
