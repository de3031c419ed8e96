//! WLanguage's `Date`, `Heure` (time of day), `DateHeure` and `Durée` values: their
//! representations, the documented string forms (help page 2512043: a date is "AAAAMMJJ", a
//! date-time "AAAAMMJJHHMMSSLLL"; page 2512069: a time "HHMM", "HHMMSS", "HHMMSSCC" or
//! "HHMMSSCCC"), their parts (`..Jour`, `..Heure`, `..EnMinutes`, ... pages 2512043, 2512052,
//! 2512038, 2512050, 2512081, 1514069) and their arithmetic (page 1514040).
//!
//! All four are small `Copy` values (they sit inside a `Value` without an allocation). Dates are
//! proleptic Gregorian without a time zone, as WINDEV's are; each type has an "empty" value (the
//! string "", as `MaDate = ""` gives), which prints as "".

use chrono::{Datelike, NaiveDate};

const MS_PER_DAY: i64 = 86_400_000;

/// A day: days since 0001-01-01 (which is day 1), or `EMPTY`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub i32);

/// A time of day in milliseconds since midnight (0..86,400,000), or `EMPTY`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time(pub i32);

/// A moment: milliseconds since 0001-01-01 00:00, or `EMPTY`.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DateTime(pub i64);

/// A signed length of time in milliseconds.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Duration(pub i64);

/// One part of a date, time, date-time or duration, as its properties name it.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Part {
    Year,
    Month,
    Day,
    Hour,
    Minute,
    Second,
    Millisecond,
    /// `..JourSemaine`: 1 (Monday) to 7 (Sunday).
    WeekDay,
    /// `..PartieDate` of a date-time.
    DatePart,
    /// `..PartieHeure` of a date-time.
    TimePart,
    InDays,
    InHours,
    InMinutes,
    InSeconds,
    InMilliseconds,
}

fn digits(s: &str) -> Option<i64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

impl Date {
    /// Today, in local time (what a `Date` variable holds before any assignment).
    pub fn today() -> Date {
        let today = chrono::Local::now().date_naive();
        Date::from_ymd(today.year(), today.month(), today.day()).unwrap_or(Date::EMPTY)
    }

    pub const EMPTY: Date = Date(i32::MIN);

    pub fn is_empty(self) -> bool {
        self == Date::EMPTY
    }

    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        NaiveDate::from_ymd_opt(year, month, day).map(|d| Date(d.num_days_from_ce()))
    }

    fn naive(self) -> Option<NaiveDate> {
        if self.is_empty() { None } else { NaiveDate::from_num_days_from_ce_opt(self.0) }
    }

    /// (year, month, day); (0, 0, 0) for the empty date.
    pub fn ymd(self) -> (i32, u32, u32) {
        self.naive().map_or((0, 0, 0), |d| (d.year(), d.month(), d.day()))
    }

    /// Monday = 1 ... Sunday = 7; 0 for the empty date.
    pub fn week_day(self) -> i64 {
        self.naive().map_or(0, |d| i64::from(d.weekday().number_from_monday()))
    }

    /// "AAAAMMJJ" (blanks around allowed), or RFC 3339's "AAAA-MM-JJ" (as a `JSON` variable
    /// writes a date); "" is the empty date.
    pub fn parse(s: &str) -> Option<Date> {
        let s = s.trim();
        if s.is_empty() {
            return Some(Date::EMPTY);
        }
        // Digits are ASCII: the positions below are bytes.
        if !s.is_ascii() {
            return None;
        }
        if s.len() == 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-' {
            let (y, m, d) = (digits(&s[..4])?, digits(&s[5..7])?, digits(&s[8..])?);
            return Date::from_ymd(y as i32, m as u32, d as u32);
        }
        if s.len() != 8 {
            return None;
        }
        let (y, m, d) = (digits(&s[..4])?, digits(&s[4..6])?, digits(&s[6..])?);
        Date::from_ymd(y as i32, m as u32, d as u32)
    }

    /// `EntierVersDate`'s numbering: day 1 is 01/01/1800 (help page 3027025).
    pub fn from_day_number(n: i64) -> Option<Date> {
        let base = NaiveDate::from_ymd_opt(1800, 1, 1)?.num_days_from_ce() as i64;
        i32::try_from(base.checked_add(n)?.checked_sub(1)?)
            .ok()
            .and_then(NaiveDate::from_num_days_from_ce_opt)
            .map(|d| Date(d.num_days_from_ce()))
    }

    /// The inverse of `from_day_number` (0 for the empty date).
    pub fn day_number(self) -> i64 {
        if self.is_empty() {
            return 0;
        }
        let base = NaiveDate::from_ymd_opt(1800, 1, 1).map_or(0, |d| d.num_days_from_ce()) as i64;
        self.0 as i64 - base + 1
    }

    pub fn add_days(self, days: i64) -> Option<Date> {
        if self.is_empty() {
            return Some(self);
        }
        let n = i32::try_from(self.0 as i64 + days).ok()?;
        NaiveDate::from_num_days_from_ce_opt(n).map(|d| Date(d.num_days_from_ce()))
    }

    /// The form WLanguage converts a date to: "AAAAMMJJ" ("" when empty).
    pub fn write(self, out: &mut String) {
        if let Some(d) = self.naive() {
            out.push_str(&format!("{:04}{:02}{:02}", d.year(), d.month(), d.day()));
        }
    }

    pub fn get(self, part: Part) -> Option<i64> {
        let (y, m, d) = self.ymd();
        Some(match part {
            Part::Year => y as i64,
            Part::Month => m as i64,
            Part::Day => d as i64,
            Part::WeekDay => self.week_day(),
            _ => return None,
        })
    }

    /// Sets a part; a value past the part's range carries into the next ones (`Jour += 10` on
    /// the 25th of December is the 4th of January), as the properties' pages show. `None` when
    /// the part does not apply or the date would leave the calendar.
    pub fn set(self, part: Part, value: i64) -> Option<Date> {
        let (y, m, d) = if self.is_empty() { (1, 1, 1) } else { self.ymd() };
        match part {
            Part::Day => Date::from_ymd(y, m, 1)?.add_days(value - 1),
            Part::Month => {
                // Months carry into years; the day is kept, or the month's last day when shorter.
                let months = y as i64 * 12 + (m as i64 - 1) + (value - m as i64);
                let (year, month) = (months.div_euclid(12), months.rem_euclid(12) + 1);
                let year = i32::try_from(year).ok()?;
                let last = last_day(year, month as u32)?;
                Date::from_ymd(year, month as u32, d.min(last))
            }
            Part::Year => {
                let year = i32::try_from(value).ok()?;
                let last = last_day(year, m)?;
                Date::from_ymd(year, m, d.min(last))
            }
            _ => None,
        }
    }
}

fn last_day(year: i32, month: u32) -> Option<u32> {
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    }?;
    Some(next.pred_opt()?.day())
}

impl Time {
    pub const EMPTY: Time = Time(i32::MIN);

    pub fn is_empty(self) -> bool {
        self == Time::EMPTY
    }

    /// From milliseconds, wrapping round midnight (adding hours to a time wraps round 24 h:
    /// page 2512038).
    pub fn from_ms(ms: i64) -> Time {
        Time(ms.rem_euclid(MS_PER_DAY) as i32)
    }

    /// An integer time: hundredths of a second since midnight (page 2512069).
    pub fn from_hundredths(n: i64) -> Time {
        Time::from_ms(n.saturating_mul(10))
    }

    /// "HHMM", "HHMMSS", "HHMMSSCC" (hundredths) or "HHMMSSCCC" (thousandths), or RFC
    /// 3339's "HH:MM:SS" and "HH:MM:SS.LLL"; "" is empty.
    pub fn parse(s: &str) -> Option<Time> {
        let s = s.trim();
        if s.is_empty() {
            return Some(Time::EMPTY);
        }
        if let Some(compact) = rfc_clock(s) {
            return Some(Time(clock_digits(&compact)? as i32));
        }
        if !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let ms = clock_digits(s)?;
        Some(Time(ms as i32))
    }

    pub fn ms(self) -> i64 {
        if self.is_empty() { 0 } else { self.0 as i64 }
    }

    /// "HHMMSSCC" ("" when empty), the form `HeureSys` returns.
    pub fn write(self, out: &mut String) {
        if !self.is_empty() {
            let ms = self.0 as i64;
            out.push_str(&format!(
                "{:02}{:02}{:02}{:02}",
                ms / 3_600_000,
                ms / 60_000 % 60,
                ms / 1000 % 60,
                ms / 10 % 100
            ));
        }
    }

    pub fn get(self, part: Part) -> Option<i64> {
        clock_part(self.ms(), part)
    }

    /// Sets a part; carries into the larger parts and wraps round midnight.
    pub fn set(self, part: Part, value: i64) -> Option<Time> {
        Some(Time::from_ms(set_clock_part(self.ms(), part, value)?))
    }
}

/// Milliseconds since midnight from "HH", "HHMM", "HHMMSS", "HHMMSSC", "HHMMSSCC", "HHMMSSCCC".
fn clock_digits(s: &str) -> Option<i64> {
    if s.len() < 2 || s.len() > 9 || s.len() == 3 || s.len() == 5 {
        return None;
    }
    let h = digits(&s[..2])?;
    let m = if s.len() >= 4 { digits(&s[2..4])? } else { 0 };
    let sec = if s.len() >= 6 { digits(&s[4..6])? } else { 0 };
    let frac = &s[s.len().min(6)..];
    // "C" tenths, "CC" hundredths, "CCC" thousandths.
    let ms = match frac.len() {
        0 => 0,
        1 => digits(frac)? * 100,
        2 => digits(frac)? * 10,
        _ => digits(frac)?,
    };
    if h > 23 || m > 59 || sec > 59 {
        return None;
    }
    Some(((h * 60 + m) * 60 + sec) * 1000 + ms)
}

fn clock_part(ms: i64, part: Part) -> Option<i64> {
    Some(match part {
        Part::Hour => ms / 3_600_000,
        Part::Minute => ms / 60_000 % 60,
        Part::Second => ms / 1000 % 60,
        Part::Millisecond => ms % 1000,
        _ => return None,
    })
}

/// `ms` with one part replaced by `value` (which may be out of the part's range: it carries).
fn set_clock_part(ms: i64, part: Part, value: i64) -> Option<i64> {
    let unit = match part {
        Part::Hour => 3_600_000,
        Part::Minute => 60_000,
        Part::Second => 1000,
        Part::Millisecond => 1,
        _ => return None,
    };
    let current = clock_part(ms, part)?;
    value.checked_sub(current)?.checked_mul(unit)?.checked_add(ms)
}

impl DateTime {
    pub const EMPTY: DateTime = DateTime(i64::MIN);

    pub fn is_empty(self) -> bool {
        self == DateTime::EMPTY
    }

    pub fn new(date: Date, time: Time) -> DateTime {
        if date.is_empty() {
            return DateTime::EMPTY;
        }
        DateTime(date.0 as i64 * MS_PER_DAY + time.ms())
    }

    pub fn date(self) -> Date {
        if self.is_empty() { Date::EMPTY } else { Date(self.0.div_euclid(MS_PER_DAY) as i32) }
    }

    pub fn time(self) -> Time {
        if self.is_empty() { Time::EMPTY } else { Time(self.0.rem_euclid(MS_PER_DAY) as i32) }
    }

    /// "AAAAMMJJ" followed by a time ("HHMM" ... "HHMMSSLLL"); "" is empty.
    pub fn parse(s: &str) -> Option<DateTime> {
        let s = s.trim();
        if s.is_empty() {
            return Some(DateTime::EMPTY);
        }
        if s.len() < 8 || !s.is_ascii() {
            return None;
        }
        // RFC 3339: "AAAA-MM-JJTHH:MM:SS[.LLL]".
        if s.len() > 10 && s.as_bytes()[10] == b'T' {
            let date = Date::parse(&s[..10])?;
            let time = clock_digits(&rfc_clock(&s[11..])?)?;
            return Some(DateTime::new(date, Time(time as i32)));
        }
        let date = Date::parse(&s[..8])?;
        let time = if s.len() == 8 { 0 } else { clock_digits(&s[8..])? };
        Some(DateTime::new(date, Time(time as i32)))
    }

    /// "AAAAMMJJHHMMSSLLL" ("" when empty).
    pub fn write(self, out: &mut String) {
        if self.is_empty() {
            return;
        }
        self.date().write(out);
        let ms = self.time().ms();
        out.push_str(&format!("{:02}{:02}{:02}{:03}", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000));
    }

    pub fn add_ms(self, ms: i64) -> Option<DateTime> {
        if self.is_empty() {
            return Some(self);
        }
        let t = self.0.checked_add(ms)?;
        // Stay inside the calendar chrono knows.
        NaiveDate::from_num_days_from_ce_opt(i32::try_from(t.div_euclid(MS_PER_DAY)).ok()?)?;
        Some(DateTime(t))
    }

    pub fn get(self, part: Part) -> Option<i64> {
        match part {
            Part::Year | Part::Month | Part::Day | Part::WeekDay => self.date().get(part),
            _ => self.time().get(part),
        }
    }

    /// Sets a part; carries across the time into the date (`Seconde += 50` may change the minute,
    /// the hour, the day).
    pub fn set(self, part: Part, value: i64) -> Option<DateTime> {
        match part {
            Part::Year | Part::Month | Part::Day => Some(DateTime::new(self.date().set(part, value)?, self.time())),
            _ => {
                let ms = self.time().ms();
                let shifted = set_clock_part(ms, part, value)?;
                self.add_ms(shifted - ms)
            }
        }
    }
}

impl Duration {
    /// "+JHHMMSSLLL" (days, then hours, minutes, seconds, thousandths), or "-..." (page 2512043).
    pub fn parse(s: &str) -> Option<Duration> {
        let s = s.trim();
        let (sign, rest) = match s.as_bytes().first() {
            Some(b'-') => (-1, &s[1..]),
            Some(b'+') => (1, &s[1..]),
            _ => (1, s),
        };
        if rest.len() < 10 || !rest.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let split = rest.len() - 9;
        let days = digits(&rest[..split])?;
        let ms = clock_digits(&rest[split..])?;
        days.checked_mul(MS_PER_DAY)?.checked_add(ms)?.checked_mul(sign).map(Duration)
    }

    /// A readable duration in a text, as the literals are written (`"3 min 30 s"`, `"1 j 2 h"`,
    /// `"1.5 s"`, `"-2 h"`, page 1514069): `number unit` pairs, spaces between them optional;
    /// units `j`/`d`/`jour(s)`/`day(s)`, `h`/`heure(s)`/`hour(s)`, `min`/`mn`/`minute(s)`,
    /// `s`/`sec`/`seconde(s)`/`second(s)`, `ms`/`milliseconde(s)`/`millisecond(s)`, any case.
    pub fn parse_readable(s: &str) -> Option<Duration> {
        let s = s.trim();
        let (sign, mut rest) = match s.as_bytes().first() {
            Some(b'-') => (-1.0, s[1..].trim_start()),
            Some(b'+') => (1.0, s[1..].trim_start()),
            _ => (1.0, s),
        };
        if rest.is_empty() {
            return None;
        }
        let mut total = 0.0f64;
        while !rest.is_empty() {
            let number_end = rest.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',')).unwrap_or(rest.len());
            let number: f64 = rest[..number_end].replace(',', ".").parse().ok()?;
            rest = rest[number_end..].trim_start();
            let unit_end = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
            let unit = crate::keywords::fold(&rest[..unit_end]);
            let ms = match &*unit {
                "j" | "d" | "jour" | "jours" | "day" | "days" => MS_PER_DAY,
                "h" | "heure" | "heures" | "hour" | "hours" => 3_600_000,
                "min" | "mn" | "minute" | "minutes" => 60_000,
                "s" | "sec" | "seconde" | "secondes" | "second" | "seconds" => 1000,
                "ms" | "milliseconde" | "millisecondes" | "millisecond" | "milliseconds" => 1,
                _ => return None,
            };
            total += number * ms as f64;
            rest = rest[unit_end..].trim_start();
        }
        (total < 9.0e18).then(|| Duration((sign * total).round() as i64))
    }

    /// "+JHHMMSSLLL" (as many day digits as needed).
    pub fn write(self, out: &mut String) {
        let sign = if self.0 < 0 { '-' } else { '+' };
        let ms = self.0.unsigned_abs();
        let day = MS_PER_DAY as u64;
        out.push_str(&format!(
            "{sign}{}{:02}{:02}{:02}{:03}",
            ms / day,
            ms % day / 3_600_000,
            ms / 60_000 % 60,
            ms / 1000 % 60,
            ms % 1000
        ));
    }

    /// A part of a duration: the components (`..Jour`, `..Heure`, ...: signed like the duration)
    /// or the whole duration in one unit (`..EnMinutes`: an integer when whole, else a real).
    pub fn get(self, part: Part) -> Option<DurationPart> {
        let ms = self.0;
        let whole = |unit: i64| {
            if ms % unit == 0 { DurationPart::Int(ms / unit) } else { DurationPart::Real(ms as f64 / unit as f64) }
        };
        Some(match part {
            Part::Day => DurationPart::Int(ms / MS_PER_DAY),
            Part::Hour => DurationPart::Int(ms % MS_PER_DAY / 3_600_000),
            Part::Minute => DurationPart::Int(ms % 3_600_000 / 60_000),
            Part::Second => DurationPart::Int(ms % 60_000 / 1000),
            Part::Millisecond => DurationPart::Int(ms % 1000),
            Part::InDays => whole(MS_PER_DAY),
            Part::InHours => whole(3_600_000),
            Part::InMinutes => whole(60_000),
            Part::InSeconds => whole(1000),
            Part::InMilliseconds => DurationPart::Int(ms),
            _ => return None,
        })
    }

    /// Replaces a component, or the whole duration expressed in one unit.
    pub fn set(self, part: Part, value: f64) -> Option<Duration> {
        let unit = |part| match part {
            Part::Day | Part::InDays => Some(MS_PER_DAY),
            Part::Hour | Part::InHours => Some(3_600_000),
            Part::Minute | Part::InMinutes => Some(60_000),
            Part::Second | Part::InSeconds => Some(1000),
            Part::Millisecond | Part::InMilliseconds => Some(1),
            _ => None,
        };
        let u = unit(part)?;
        let total = (value * u as f64).round();
        if !total.is_finite() || total.abs() > 9.0e18 {
            return None;
        }
        match part {
            Part::InDays | Part::InHours | Part::InMinutes | Part::InSeconds | Part::InMilliseconds => {
                Some(Duration(total as i64))
            }
            _ => {
                let DurationPart::Int(current) = self.get(part)? else { return None };
                self.0.checked_sub(current.checked_mul(u)?)?.checked_add(total as i64).map(Duration)
            }
        }
    }
}

/// What a duration's part is: whole units, or a fraction of a unit.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum DurationPart {
    Int(i64),
    Real(f64),
}

/// "HH:MM:SS" or "HH:MM:SS.LLL" as the digits "HHMMSS" / "HHMMSSLLL".
fn rfc_clock(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let shape = match b.len() {
        8 => true,
        12 => b[8] == b'.',
        _ => false,
    };
    let ok = shape
        && b[2] == b':'
        && b[5] == b':'
        && b.iter().enumerate().all(|(i, c)| matches!(i, 2 | 5 | 8) || c.is_ascii_digit());
    ok.then(|| s.chars().filter(char::is_ascii_digit).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(f: impl FnOnce(&mut String)) -> String {
        let mut s = String::new();
        f(&mut s);
        s
    }

    #[test]
    fn dates_read_and_write_aaaammjj() {
        let d = Date::parse("20011225").unwrap();
        assert_eq!(d.ymd(), (2001, 12, 25));
        assert_eq!(text(|s| d.write(s)), "20011225");
        assert!(Date::parse("20010230").is_none());
        assert!(Date::parse("2001122").is_none());
        assert!(Date::parse("").unwrap().is_empty());
        assert_eq!(text(|s| Date::EMPTY.write(s)), "");
    }

    #[test]
    fn day_numbers_start_on_1800_01_01() {
        // EntierVersDate(73773) is 25/12/2001 (page 3027025).
        assert_eq!(Date::from_day_number(73773).unwrap().ymd(), (2001, 12, 25));
        assert_eq!(Date::from_day_number(1).unwrap().ymd(), (1800, 1, 1));
        assert_eq!(Date::parse("20011225").unwrap().day_number(), 73773);
        assert_eq!(Date::from_day_number(i64::MAX), None);
        assert_eq!(Date::from_day_number(i64::MIN), None);
    }

    #[test]
    fn date_parts_carry() {
        let d = Date::parse("20011225").unwrap();
        assert_eq!(d.set(Part::Day, 30).unwrap().ymd(), (2001, 12, 30));
        assert_eq!(d.set(Part::Day, 35).unwrap().ymd(), (2002, 1, 4));
        let d = Date::parse("20011212").unwrap();
        assert_eq!(d.set(Part::Month, 13).unwrap().ymd(), (2002, 1, 12));
        assert_eq!(Date::parse("20240131").unwrap().set(Part::Month, 2).unwrap().ymd(), (2024, 2, 29));
        assert_eq!(Date::parse("20240229").unwrap().set(Part::Year, 2023).unwrap().ymd(), (2023, 2, 28));
    }

    #[test]
    fn times_wrap_round_midnight() {
        let t = Time::parse("1230").unwrap();
        let t = t.set(Part::Hour, t.get(Part::Hour).unwrap() + 10).unwrap();
        assert_eq!(t.get(Part::Hour), Some(22));
        let t = t.set(Part::Hour, 32).unwrap();
        assert_eq!((t.get(Part::Hour), t.get(Part::Minute)), (Some(8), Some(30)));
        let t = Time::parse("1230").unwrap().set(Part::Minute, 80).unwrap();
        assert_eq!((t.get(Part::Hour), t.get(Part::Minute)), (Some(13), Some(20)));
        assert_eq!(text(|s| Time::parse("093015").unwrap().write(s)), "09301500");
        assert_eq!(Time::from_hundredths(100).ms(), 1000);
        assert!(Time::parse("2500").is_none());
    }

    #[test]
    fn date_times_and_durations() {
        let a = DateTime::parse("200112051530").unwrap();
        let b = DateTime::parse("200112051730").unwrap();
        let d = Duration(b.0 - a.0);
        assert_eq!(d.get(Part::Hour), Some(DurationPart::Int(2)));
        assert_eq!(d.get(Part::InMinutes), Some(DurationPart::Int(120)));
        assert_eq!(d.get(Part::InHours), Some(DurationPart::Int(2)));
        let late = DateTime::parse("200112312300").unwrap().add_ms(2 * 3_600_000).unwrap();
        assert_eq!(late.date().ymd(), (2002, 1, 1));
        assert_eq!(late.get(Part::Hour), Some(1));
        let s = DateTime::parse("200112311230250").unwrap();
        assert_eq!(s.get(Part::Second), Some(25));
        let s = s.set(Part::Second, 75).unwrap();
        assert_eq!((s.get(Part::Minute), s.get(Part::Second)), (Some(31), Some(15)));
        assert_eq!(text(|out| a.write(out)), "20011205153000000");
    }

    #[test]
    fn duration_forms_and_parts() {
        let d = Duration(1_728_000_000);
        assert_eq!(d.get(Part::Day), Some(DurationPart::Int(20)));
        let d = d.set(Part::Day, 3.0).unwrap();
        assert_eq!(d.get(Part::InHours), Some(DurationPart::Int(72)));
        let d = Duration(90_500);
        assert_eq!(d.get(Part::Minute), Some(DurationPart::Int(1)));
        assert_eq!(d.get(Part::Second), Some(DurationPart::Int(30)));
        assert_eq!(d.get(Part::Millisecond), Some(DurationPart::Int(500)));
        assert_eq!(text(|s| Duration(86_400_000 + 3_723_004).write(s)), "+1010203004");
        assert_eq!(Duration::parse("+1010203004"), Some(Duration(86_400_000 + 3_723_004)));
        assert_eq!(Duration(90_000).get(Part::InMinutes), Some(DurationPart::Real(1.5)));
    }

    #[test]
    fn readable_durations() {
        assert_eq!(Duration::parse_readable("1 s"), Some(Duration(1000)));
        assert_eq!(Duration::parse_readable(" 1 j 2 h "), Some(Duration(MS_PER_DAY + 7_200_000)));
        assert_eq!(Duration::parse_readable("3min30s"), Some(Duration(210_000)));
        assert_eq!(Duration::parse_readable("1,5 S"), Some(Duration(1500)));
        assert_eq!(Duration::parse_readable("- 2 heures 1 ms"), Some(Duration(-7_200_001)));
        assert_eq!(Duration::parse_readable("2 Days 1 Minute"), Some(Duration(2 * MS_PER_DAY + 60_000)));
        for bad in ["", "-", "12", "1 s 2", "s", "1 an", "1..2 s", "1e400 s", "99999999999999999 j"] {
            assert_eq!(Duration::parse_readable(bad), None, "{bad:?}");
        }
    }
}
