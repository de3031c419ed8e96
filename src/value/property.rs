//! The properties of builtin values (`keywords::Property`): `..Occurrence` and `..Vide` of arrays,
//! associative arrays and strings; the parts of dates, times, date-times and durations
//! (`.Jour`, `..EnMinutes`, ...: pages 2512043, 2512052, 2512038, 2512050, 2512081, 2512062,
//! 1514069); `..Nom` and `..Valeur` of enumeration values; `..Type` of any value. Reading gives a
//! value; writing gives the whole new value (dates, times and durations are plain values, so
//! `d.Jour += 5` stores a new date).

use super::datetime::{DurationPart, Part};
use super::{DateTime, Duration, TypeError, Value};
use crate::diagnostics::Fault;
use crate::keywords::Property;
use crate::types::Ty;

/// The part of a date, time, date-time or duration a property names.
fn part(p: Property) -> Option<Part> {
    Some(match p {
        Property::Year => Part::Year,
        Property::Month => Part::Month,
        Property::Day => Part::Day,
        Property::Hour => Part::Hour,
        Property::Minute => Part::Minute,
        Property::Second => Part::Second,
        Property::Millisecond => Part::Millisecond,
        Property::WeekDay => Part::WeekDay,
        Property::DatePart => Part::DatePart,
        Property::TimePart => Part::TimePart,
        Property::InDays => Part::InDays,
        Property::InHours => Part::InHours,
        Property::InMinutes => Part::InMinutes,
        Property::InSeconds => Part::InSeconds,
        Property::InMilliseconds => Part::InMilliseconds,
        _ => return None,
    })
}

fn no_property(p: Property, v: &Value) -> TypeError {
    TypeError(Fault::NoProperty { property: p, on: v.ty() })
}

/// The value of property `p` of `v`.
pub fn get_property(v: &Value, p: Property) -> Result<Value, TypeError> {
    let missing = || Err(no_property(p, v));
    Ok(match (p, v) {
        (Property::Count, Value::Array(a)) => Value::Int(a.borrow().items.len() as i64),
        (Property::Count, Value::Assoc(a)) => Value::Int(a.borrow().len() as i64),
        (Property::Count, Value::Str(s)) => Value::Int(s.char_count() as i64),
        (Property::Empty, Value::Array(a)) => Value::Bool(a.borrow().items.is_empty()),
        (Property::Empty, Value::Assoc(a)) => Value::Bool(a.borrow().is_empty()),
        (Property::Empty, Value::Str(s)) => Value::Bool(s.is_empty()),
        (Property::Name, Value::Enum(e)) => {
            let mut s = String::new();
            e.write(&mut s);
            Value::from(s)
        }
        (Property::Value, Value::Enum(e)) => e.associated(),
        (Property::Count, Value::Dynamic(d)) => Value::Int(d.borrow().len() as i64),
        (Property::Empty, Value::Dynamic(d)) => Value::Bool(d.borrow().is_empty()),
        (Property::Member, Value::Dynamic(d)) => d.borrow().member_list(),
        // A variant or JSON value without members has none.
        (Property::Member, Value::Null) => super::Dynamic::new(false).member_list(),
        // `m..Nom`, `m..Valeur` on an element of `..Membre`.
        (Property::Name | Property::Value, Value::Record(r)) if r.borrow().ty.id == super::dynamic::MEMBER_TYPE_ID => {
            r.borrow().fields[if p == Property::Name { 0 } else { 1 }].clone()
        }
        // A JSON object or a variant's named sub-elements: as the objects JSONVersVariant read
        // were, a structure.
        (Property::Type, Value::Dynamic(_)) => Value::Int(type_codes::STRUCTURE),
        (Property::Type, v) => Value::Int(type_code(&v.ty())),
        (_, Value::Date(d)) => match part(p) {
            Some(Part::DatePart) => Value::Date(*d),
            Some(part) if !d.is_empty() => Value::Int(d.get(part).ok_or_else(|| no_property(p, v))?),
            Some(_) => Value::Int(0),
            None => return missing(),
        },
        (_, Value::Time(t)) => match part(p) {
            Some(Part::TimePart) => Value::Time(*t),
            Some(part) if !t.is_empty() => Value::Int(t.get(part).ok_or_else(|| no_property(p, v))?),
            Some(_) => Value::Int(0),
            None => return missing(),
        },
        (_, Value::DateTime(t)) => match part(p) {
            Some(Part::DatePart) => Value::Date(t.date()),
            Some(Part::TimePart) => Value::Time(t.time()),
            Some(part) if !t.is_empty() => Value::Int(t.get(part).ok_or_else(|| no_property(p, v))?),
            Some(_) => Value::Int(0),
            None => return missing(),
        },
        (_, Value::Duration(d)) => match part(p).and_then(|part| d.get(part)) {
            Some(DurationPart::Int(n)) => Value::Int(n),
            Some(DurationPart::Real(x)) => Value::Real(x),
            None => return missing(),
        },
        _ => return missing(),
    })
}

/// `v` with its property `p` set to `new`: a date whose day moved, a duration counted again in
/// minutes, ... Adding past a part's range carries into the larger parts (`d.Jour += 10` may
/// change the month), and a time of day wraps round midnight.
pub fn set_property(v: &Value, p: Property, new: &Value) -> Result<Value, TypeError> {
    let out_of_range = || TypeError(Fault::DateOutOfRange);
    let Some(part) = part(p) else { return Err(no_property(p, v)) };
    Ok(match v {
        Value::Date(d) => match part {
            Part::DatePart => new.clone().convert(&Ty::Date)?,
            _ => Value::Date(d.set(part, new.to_int()?).ok_or_else(out_of_range)?),
        },
        Value::Time(t) => match part {
            Part::TimePart => new.clone().convert(&Ty::Time)?,
            _ => Value::Time(t.set(part, new.to_int()?).ok_or_else(out_of_range)?),
        },
        Value::DateTime(t) => match part {
            Part::DatePart => {
                let Value::Date(d) = new.clone().convert(&Ty::Date)? else { unreachable!("a date converts to a date") };
                Value::DateTime(DateTime::new(d, t.time()))
            }
            Part::TimePart => {
                let Value::Time(time) = new.clone().convert(&Ty::Time)? else {
                    unreachable!("a time converts to a time")
                };
                Value::DateTime(DateTime::new(t.date(), time))
            }
            _ => Value::DateTime(t.set(part, new.to_int()?).ok_or_else(out_of_range)?),
        },
        Value::Duration(d) => Value::Duration(d.set(part, new.to_real()?).ok_or_else(out_of_range)?),
        // An empty date-time or duration starts at zero.
        Value::Null => return set_property(&Value::Duration(Duration(0)), p, new),
        other => return Err(no_property(p, other)),
    })
}

/// The codes of the `wl...` type constants (`wlEntier`, ...), as `..Type` gives them and as an
/// associative array's key type is declared.
pub mod type_codes {
    pub const NONE: i64 = 0;
    pub const BOOLEAN: i64 = 1;
    pub const INT: i64 = 8;
    pub const CURRENCY: i64 = 10;
    pub const REAL: i64 = 12;
    pub const NUMERIC: i64 = 13;
    pub const DATE: i64 = 14;
    pub const TIME: i64 = 15;
    pub const STRING: i64 = 16;
    pub const BUFFER: i64 = 17;
    pub const DATETIME: i64 = 24;
    pub const DURATION: i64 = 25;
    pub const ARRAY: i64 = 34;
    pub const ASSOCIATIVE_ARRAY: i64 = 35;
    pub const STRUCTURE: i64 = 36;
    pub const OBJECT: i64 = 37;
    pub const ENUMERATION: i64 = 38;
    pub const PROCEDURE: i64 = 39;
}

/// `..Type`: the code of a value's type.
pub fn type_code(ty: &Ty) -> i64 {
    use type_codes::*;
    match ty {
        Ty::Null | Ty::Variant | Ty::Json => NONE,
        Ty::Bool => BOOLEAN,
        Ty::Int | Ty::Sized(_) => INT,
        Ty::Real | Ty::Real4 => REAL,
        Ty::Str | Ty::Char => STRING,
        Ty::Buffer => BUFFER,
        Ty::Currency => CURRENCY,
        Ty::Numeric(_) => NUMERIC,
        Ty::Date => DATE,
        Ty::Time => TIME,
        Ty::DateTime => DATETIME,
        Ty::Duration => DURATION,
        Ty::Array(_) => ARRAY,
        Ty::Assoc(_) => ASSOCIATIVE_ARRAY,
        Ty::Struct(_) | Ty::StructRef(_) => STRUCTURE,
        Ty::Object { .. } => OBJECT,
        Ty::Enum(_) => ENUMERATION,
        Ty::Proc => PROCEDURE,
    }
}

/// The type a `wl...` code names (the key type of an associative array).
pub fn type_of_code(code: i64) -> Option<Ty> {
    use type_codes::*;
    Some(match code {
        BOOLEAN => Ty::Bool,
        INT => Ty::Int,
        REAL => Ty::Real,
        STRING => Ty::Str,
        BUFFER => Ty::Buffer,
        CURRENCY => Ty::Currency,
        NUMERIC => Ty::Numeric(super::decimal::NUMERIC_DEFAULT),
        DATE => Ty::Date,
        TIME => Ty::Time,
        DATETIME => Ty::DateTime,
        DURATION => Ty::Duration,
        _ => return None,
    })
}
