//! Runtime values and WLanguage's conversions between them: how numbers print, what a condition
//! accepts, how an assignment converts (`ops` holds the operators, `frame` the activation records
//! that procedure values and by-reference parameters point into). Cheap to clone: strings, buffers
//! and arrays are reference-counted. Knows nothing of statements, spans or the evaluator; below
//! `ir`, `builtins` and `interp`.
//!
//! Strings are `Rc<WStr>`: the pointer is thin, so a `Value` is 16 bytes; a string nobody else
//! holds can grow in place (`s += x`, `s = s + x` append without copying); and a string remembers
//! whether it is all ASCII, so that slicing and counting characters is O(1) in the common case.

use std::cell::RefCell;
use std::fmt::{self, Write as _};
use std::rc::Rc;

pub mod datetime;
pub mod decimal;
pub mod dynamic;
pub mod frame;
pub mod items;
pub mod json;
pub mod object;
pub mod ops;
pub mod property;

pub use datetime::{Date, DateTime, Duration, Time};
pub use decimal_rs::Decimal;
pub use dynamic::Dynamic;
pub use frame::{Closure, Frame, FramePool, Place};
pub use items::Items;
pub use object::{Assoc, EnumValue, Object, Record};
pub use property::{get_property, set_property};

use crate::diagnostics::{Fault, Lang};
pub use crate::types::Ty;
use crate::types::{IntKind, NumericDigits, StructType};

impl Ty {
    /// The value a declaration without `= ...` starts with.
    pub fn default_value(&self) -> Value {
        match self {
            Ty::Int => Value::Int(0),
            Ty::Real => Value::Real(0.0),
            Ty::Str => Value::Str(Rc::default()),
            Ty::Bool => Value::Bool(false),
            Ty::Buffer => Value::Buffer(Rc::default()),
            Ty::Variant | Ty::Null | Ty::Proc => Value::Null,
            Ty::Array(elem) => Value::Array(Array::new((**elem).clone(), Vec::new())),
            Ty::Sized(_) => Value::Int(0),
            Ty::Real4 => Value::Real(0.0),
            Ty::Currency | Ty::Numeric(_) => Value::Decimal(Rc::new(Decimal::ZERO)),
            Ty::Char => Value::Str(Rc::default()),
            // A date starts as today (unsure/date_default_value; see the README).
            Ty::Date => Value::Date(Date::today()),
            Ty::Time => Value::Time(Time::EMPTY),
            Ty::DateTime => Value::DateTime(DateTime::EMPTY),
            Ty::Duration => Value::Duration(Duration(0)),
            Ty::Struct(st) => Value::Record(Record::new(st.clone())),
            Ty::StructRef(_) => Value::Null,
            // An object variable owns an object from its declaration; a dynamic one is NULL
            // until `allouer`.
            Ty::Object { class, dynamic: false } => Value::Object(Object::new(class.clone())),
            Ty::Object { dynamic: true, .. } => Value::Null,
            Ty::Assoc(a) => Value::Assoc(Assoc::new(a.clone())),
            // An enumeration starts at its first value (page 1514067), a combination empty.
            Ty::Enum(e) => Value::Enum(Rc::new(EnumValue { ty: e.clone(), bits: 0 })),
            // A `JSON` variable holds nothing until it is given a value or a member.
            Ty::Json => Value::Null,
        }
    }
}

/// A string value's text, and whether it is all ASCII (then character positions are byte
/// offsets). The flag is exact: the text is only changed through `append`, which keeps it so.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WStr {
    text: String,
    ascii: bool,
}

impl WStr {
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether every character is ASCII (one byte each).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.ascii
    }

    /// The number of characters.
    pub fn char_count(&self) -> usize {
        if self.ascii { self.text.len() } else { self.text.chars().count() }
    }

    /// The text with every byte `from` replaced by `to`, both ASCII (`;` by `,`): same length,
    /// same flag, no validation.
    pub fn replace_ascii_byte(&self, from: u8, to: u8) -> WStr {
        assert!(from.is_ascii() && to.is_ascii(), "replace_ascii_byte takes ASCII bytes");
        let mut bytes = self.text.as_bytes().to_vec();
        // A select, not a branch: the loop runs on 16 bytes at a time.
        for b in &mut bytes {
            *b = if *b == from { to } else { *b };
        }
        // SAFETY: an ASCII byte never occurs inside a multi-byte UTF-8 sequence, so putting one
        // ASCII byte for another leaves every sequence whole: `bytes` is still UTF-8.
        let text = unsafe { String::from_utf8_unchecked(bytes) };
        WStr { text, ascii: self.ascii }
    }

    /// Appends through `f`, checking only the new text for non-ASCII characters.
    pub fn append<R>(&mut self, f: impl FnOnce(&mut String) -> R) -> R {
        let old_len = self.text.len();
        let result = f(&mut self.text);
        self.ascii = self.ascii && self.text.as_bytes()[old_len.min(self.text.len())..].is_ascii();
        result
    }
}

impl Default for WStr {
    fn default() -> WStr {
        WStr { text: String::new(), ascii: true }
    }
}

impl From<String> for WStr {
    fn from(text: String) -> WStr {
        WStr { ascii: text.is_ascii(), text }
    }
}

impl std::ops::Deref for WStr {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        &self.text
    }
}

impl PartialEq<str> for WStr {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}

impl fmt::Display for WStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// A WLanguage array: 1-based for the user, a contiguous vector inside (of integers in an array
/// of `entier`s, see `items`). An array of several dimensions (`tableau de 3 par 4 entiers`)
/// keeps its elements row by row (`t[i, j]` is `items[(i - 1) * 4 + j - 1]`) and the size of
/// each dimension in `dims`.
#[derive(Debug)]
pub struct Array {
    pub elem: Ty,
    pub items: Items,
    /// The size of each dimension when there are several; empty for one dimension (whose size
    /// is `items.len()`).
    pub dims: Vec<usize>,
    /// `<agrandissement>`: what writing past the end does (page 1514030).
    pub growth: Growth,
}

/// How an array grows when an element past its end is written.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub enum Growth {
    /// Writing past the end is an error (`Ajoute` still adds).
    #[default]
    No,
    /// `<agrandissement=1>`: writing the element just past the end adds it.
    One,
    /// `<agrandissement=N>`: writing any element past the end adds it, and the elements before it.
    Any,
    /// `tableau fixe`: its size never changes, `Ajoute` included.
    Fixed,
}

/// The most dimensions an array may have (page 1514030).
pub const MAX_DIMENSIONS: usize = 10;

impl Array {
    pub fn new(elem: Ty, items: Vec<Value>) -> Rc<RefCell<Array>> {
        let items = Items::of(&elem, items);
        Rc::new(RefCell::new(Array { elem, items, dims: Vec::new(), growth: Growth::No }))
    }

    /// An array of one dimension with these elements and options.
    pub fn with_items(elem: Ty, items: Vec<Value>, growth: Growth) -> Array {
        let items = Items::of(&elem, items);
        Array { elem, items, dims: Vec::new(), growth }
    }

    /// The number of dimensions.
    #[inline]
    pub fn rank(&self) -> usize {
        self.dims.len().max(1)
    }

    /// The position in `items` of the element at these 1-based indices (one per dimension),
    /// checked against each dimension.
    #[inline]
    pub fn position(&self, indices: &[i64]) -> Result<usize, Fault> {
        if self.dims.is_empty() {
            let [i] = indices else {
                return Err(Fault::IndexCount { expected: 1, found: indices.len() });
            };
            return match usize::try_from(*i) {
                Ok(i) if i >= 1 && i <= self.items.len() => Ok(i - 1),
                _ => Err(Fault::IndexOutOfBounds { index: *i, len: self.items.len() }),
            };
        }
        if indices.len() != self.dims.len() {
            return Err(Fault::IndexCount { expected: self.dims.len(), found: indices.len() });
        }
        let mut at = 0usize;
        for (dimension, (&i, &len)) in indices.iter().zip(&self.dims).enumerate() {
            match usize::try_from(i) {
                Ok(i) if i >= 1 && i <= len => at = at * len + (i - 1),
                _ => return Err(Fault::DimensionOutOfBounds { index: i, dimension: dimension + 1, len }),
            }
        }
        Ok(at)
    }

    /// A copy of the array: its elements copied as a member of a structure copies them (arrays
    /// inside stay shared, as `=` shares them).
    pub fn copy(&self) -> Array {
        Array {
            elem: self.elem.clone(),
            items: Items::of(&self.elem, self.items.iter().map(|v| object::copy_member(&v)).collect()),
            dims: self.dims.clone(),
            growth: self.growth,
        }
    }

    /// An array of `dims` (one or several) default elements, refused beyond `limit` elements.
    pub fn of_size(elem: Ty, dims: &[i64], growth: Growth, limit: usize) -> Result<Array, Fault> {
        let sizes: Vec<usize> = dims.iter().map(|&d| usize::try_from(d.max(0)).unwrap_or(usize::MAX)).collect();
        let wanted = dims.iter().fold(1i128, |t, &d| t.saturating_mul(d.max(0) as i128));
        let total = usize::try_from(wanted).ok().filter(|t| *t <= limit);
        let total = total.ok_or(Fault::ArrayTooLarge(i64::try_from(wanted).unwrap_or(i64::MAX)))?;
        let dims = if sizes.len() > 1 { sizes } else { Vec::new() };
        if elem == Ty::Int {
            // Past `--max-memory`, a runtime error rather than an allocation the kernel kills.
            crate::alloc::check(total.saturating_mul(std::mem::size_of::<i64>()))?;
            let mut ints = Vec::new();
            if ints.try_reserve_exact(total).is_err() {
                return Err(Fault::ArrayTooLarge(total as i64));
            }
            ints.resize(total, 0);
            return Ok(Array { elem, items: Items::Ints(ints), dims, growth });
        }
        crate::alloc::check(total.saturating_mul(std::mem::size_of::<Value>()))?;
        let mut items = Vec::new();
        if items.try_reserve_exact(total).is_err() {
            return Err(Fault::ArrayTooLarge(total as i64));
        }
        items.extend((0..total).map(|_| elem.default_value()));
        Ok(Array { elem, items: Items::Values(items), dims, growth })
    }
}

#[derive(Debug)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    Real(f64),
    Str(Rc<WStr>),
    Buffer(Rc<Vec<u8>>),
    Array(Rc<RefCell<Array>>),
    Proc(Rc<Closure>),
    /// A parameter passed by reference: only ever found in a parameter's slot, and always
    /// followed by the evaluator before anyone else sees it.
    Ref(Place),
    /// `monétaire` and `numérique`: exact decimals (see `decimal`).
    Decimal(Rc<Decimal>),
    Date(Date),
    /// `Heure`.
    Time(Time),
    /// `DateHeure`.
    DateTime(DateTime),
    /// `Durée`.
    Duration(Duration),
    /// An instance of a structure.
    Record(Rc<RefCell<Record>>),
    /// An object of a class.
    Object(Rc<Object>),
    Assoc(Rc<RefCell<Assoc>>),
    Enum(Rc<EnumValue>),
    /// `RENVOYER (a, b)`: the values of a procedure that returns several.
    Tuple(Rc<Vec<Value>>),
    /// Members made while running: a variant's named sub-elements, a JSON object.
    Dynamic(Rc<RefCell<Dynamic>>),
}

// Two words: a tag and an `i64`, an `f64` or one thin pointer.
const _: () = assert!(std::mem::size_of::<Value>() == 16);

/// Numbers, the common case, are copied inline; values holding a pointer go through the
/// out-of-line `clone_shared` (a derived `Clone` would be one call for every value).
impl Clone for Value {
    #[inline]
    fn clone(&self) -> Value {
        match *self {
            Value::Int(n) => Value::Int(n),
            Value::Null => Value::Null,
            Value::Bool(b) => Value::Bool(b),
            Value::Real(x) => Value::Real(x),
            _ => self.clone_shared(),
        }
    }
}

impl Value {
    #[inline(never)]
    fn clone_shared(&self) -> Value {
        match self {
            Value::Null => Value::Null,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(n) => Value::Int(*n),
            Value::Real(x) => Value::Real(*x),
            Value::Str(s) => Value::Str(s.clone()),
            Value::Buffer(b) => Value::Buffer(b.clone()),
            Value::Array(a) => Value::Array(a.clone()),
            Value::Proc(p) => Value::Proc(p.clone()),
            Value::Ref(place) => Value::Ref(place.clone()),
            Value::Decimal(d) => Value::Decimal(d.clone()),
            Value::Date(d) => Value::Date(*d),
            Value::Time(t) => Value::Time(*t),
            Value::DateTime(d) => Value::DateTime(*d),
            Value::Duration(d) => Value::Duration(*d),
            Value::Record(r) => Value::Record(r.clone()),
            Value::Object(o) => Value::Object(o.clone()),
            Value::Assoc(a) => Value::Assoc(a.clone()),
            Value::Enum(e) => Value::Enum(e.clone()),
            Value::Tuple(t) => Value::Tuple(t.clone()),
            Value::Dynamic(d) => Value::Dynamic(d.clone()),
        }
    }
}

impl Value {
    /// Drops a value, without the out-of-line call to its drop glue when it holds no pointer
    /// (numbers, the common case on hot paths).
    #[inline(always)]
    pub fn discard(self) {
        if !self.owns_pointer() {
            std::mem::forget(self);
        }
    }

    /// Whether dropping the value has anything to do (numbers, dates and times own nothing).
    #[inline(always)]
    pub fn owns_pointer(&self) -> bool {
        !matches!(
            self,
            Value::Null
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Real(_)
                | Value::Date(_)
                | Value::Time(_)
                | Value::DateTime(_)
                | Value::Duration(_)
        )
    }
}

/// An integer in decimal, without the formatting machinery (text of numbers is made often:
/// `"mot" + n`, JSON).
pub fn write_int(out: &mut String, n: i64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut m = n.unsigned_abs();
    loop {
        at -= 1;
        digits[at] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    if n < 0 {
        out.push('-');
    }
    for &d in &digits[at..] {
        out.push(d as char);
    }
}

/// Why a conversion failed; the evaluator turns it into a runtime error at the right span.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeError(pub Fault);

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::Str(Rc::new(WStr::from(s.to_owned())))
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::Str(Rc::new(WStr::from(s)))
    }
}

impl Value {
    /// The value's type, for messages.
    pub fn ty(&self) -> Ty {
        match self {
            Value::Null => Ty::Null,
            Value::Bool(_) => Ty::Bool,
            Value::Int(_) => Ty::Int,
            Value::Real(_) => Ty::Real,
            Value::Str(_) => Ty::Str,
            Value::Buffer(_) => Ty::Buffer,
            Value::Array(a) => Ty::Array(Rc::new(a.borrow().elem.clone())),
            Value::Proc(_) => Ty::Proc,
            Value::Ref(place) => place.load().ty(),
            Value::Decimal(_) => Ty::Numeric(decimal::NUMERIC_DEFAULT),
            Value::Date(_) => Ty::Date,
            Value::Time(_) => Ty::Time,
            Value::DateTime(_) => Ty::DateTime,
            Value::Duration(_) => Ty::Duration,
            Value::Record(r) => Ty::Struct(r.borrow().ty.clone()),
            Value::Object(o) => Ty::Object { class: o.class.clone(), dynamic: false },
            Value::Assoc(a) => Ty::Assoc(a.borrow().ty.clone()),
            Value::Enum(e) => Ty::Enum(e.ty.clone()),
            Value::Tuple(_) => Ty::Variant,
            Value::Dynamic(d) => {
                if d.borrow().json {
                    Ty::Json
                } else {
                    Ty::Variant
                }
            }
        }
    }

    /// A condition: booleans and numbers (false only when 0); a string is an error.
    pub fn truthy(&self) -> Result<bool, TypeError> {
        match self {
            Value::Bool(b) => Ok(*b),
            Value::Int(n) => Ok(*n != 0),
            Value::Real(x) => Ok(*x != 0.0),
            Value::Null => Ok(false),
            other => Err(TypeError(Fault::NotCondition(other.ty()))),
        }
    }

    /// The number a value stands for in arithmetic, if any (strings are parsed as `Val` does).
    pub fn to_number(&self) -> Result<Num, TypeError> {
        match self {
            Value::Int(n) => Ok(Num::Int(*n)),
            Value::Real(x) => Ok(Num::Real(*x)),
            Value::Bool(b) => Ok(Num::Int(*b as i64)),
            Value::Null => Ok(Num::Int(0)),
            Value::Str(s) => Ok(parse_number(s)),
            Value::Decimal(d) => Ok(match decimal::to_int(d) {
                Some(n) if !d.has_fract() => Num::Int(n),
                _ => Num::Real(decimal::to_real(d)),
            }),
            // A duration counts milliseconds (as an integer assigned to it does).
            Value::Duration(d) => Ok(Num::Int(d.0)),
            Value::Tuple(values) => values.first().map_or(Ok(Num::Int(0)), Value::to_number),
            other => Err(TypeError(Fault::NotNumber(other.ty()))),
        }
    }

    #[inline]
    pub fn to_int(&self) -> Result<i64, TypeError> {
        // An integer, the common case (indices, counts), without the general conversion.
        if let Value::Int(n) = self {
            return Ok(*n);
        }
        Ok(match self.to_number()? {
            Num::Int(n) => n,
            Num::Real(x) => real_to_int(x),
        })
    }

    pub fn to_real(&self) -> Result<f64, TypeError> {
        Ok(self.to_number()?.as_f64())
    }

    /// The text of a value, as `Info` or concatenation shows it.
    pub fn to_text(&self) -> Result<Rc<WStr>, TypeError> {
        match self {
            Value::Str(s) => Ok(s.clone()),
            _ => {
                let mut out = String::new();
                self.write_text(&mut out)?;
                Ok(Rc::new(WStr::from(out)))
            }
        }
    }

    /// Appends the text of a value (no intermediate string for numbers).
    pub fn write_text(&self, out: &mut String) -> Result<(), TypeError> {
        match self {
            Value::Null => {}
            Value::Bool(b) => out.push(if *b { '1' } else { '0' }),
            Value::Int(n) => write_int(out, *n),
            Value::Real(x) => write_real(out, *x),
            Value::Str(s) => out.push_str(s),
            Value::Buffer(b) => out.push_str(&String::from_utf8_lossy(b)),
            Value::Proc(c) => out.push_str(&c.name),
            Value::Decimal(d) => decimal::write(d, out),
            Value::Date(d) => d.write(out),
            Value::Time(t) => t.write(out),
            Value::DateTime(t) => t.write(out),
            Value::Duration(d) => d.write(out),
            Value::Enum(e) => e.write(out),
            // Several values shown as one: the first.
            Value::Tuple(values) => {
                if let Some(first) = values.first() {
                    first.write_text(out)?;
                }
            }
            // A JSON object or array as its JSON text.
            Value::Dynamic(_) => json::write_into(out, self).map_err(TypeError)?,
            Value::Array(a) if a.borrow().elem == Ty::Json => json::write_into(out, self).map_err(TypeError)?,
            Value::Array(_) | Value::Ref(_) | Value::Record(_) | Value::Object(_) | Value::Assoc(_) => {
                return Err(TypeError(Fault::NotText(self.ty())));
            }
        }
        Ok(())
    }

    /// Whether the value already has type `ty` (converting it would change nothing).
    #[inline(always)]
    pub fn has_type(&self, ty: &Ty) -> bool {
        matches!(
            (ty, self),
            (Ty::Variant, _)
                | (Ty::Int, Value::Int(_))
                | (Ty::Real, Value::Real(_))
                | (Ty::Str, Value::Str(_))
                | (Ty::Bool, Value::Bool(_))
                | (Ty::Buffer, Value::Buffer(_))
                | (Ty::Date, Value::Date(_))
                | (Ty::Time, Value::Time(_))
                | (Ty::DateTime, Value::DateTime(_))
                | (Ty::Duration, Value::Duration(_))
        ) || (matches!(ty, Ty::Object { .. } | Ty::Enum(_) | Ty::Array(_) | Ty::Json) && self.has_compound_type(ty))
    }

    /// `has_type` for objects, enumerations and arrays (out of line: the common cases stay small).
    #[inline(never)]
    fn has_compound_type(&self, ty: &Ty) -> bool {
        match (ty, self) {
            // A dynamic object variable refers to an object of its class or a derived one.
            (Ty::Object { class, dynamic: true }, Value::Object(o)) => o.class.derives_from(class),
            (Ty::Enum(e), Value::Enum(v)) => e.id == v.ty.id,
            (Ty::Array(e), Value::Array(a)) => a.borrow().elem == **e,
            // Simple values are JSON as they are; text, objects and arrays are converted.
            (Ty::Json, v) => {
                matches!(v, Value::Null | Value::Bool(_) | Value::Int(_) | Value::Real(_) | Value::Decimal(_))
            }
            _ => false,
        }
    }

    /// Converts for an assignment to a variable of type `ty`.
    pub fn convert(self, ty: &Ty) -> Result<Value, TypeError> {
        Ok(match (ty, self) {
            (Ty::Variant | Ty::Null, v) => v,
            // A procedure's several values, assigned to one typed variable: the first.
            (ty, Value::Tuple(values)) => values.first().cloned().unwrap_or(Value::Null).convert(ty)?,
            (Ty::Proc, v @ (Value::Proc(_) | Value::Null)) => v,
            (Ty::Proc, v) => return Err(TypeError(Fault::ExpectedProcedure(v.ty()))),
            (Ty::Int, v @ Value::Int(_)) => v,
            (Ty::Int, v) => Value::Int(v.to_int()?),
            (Ty::Real, Value::Real(x)) => Value::Real(x),
            (Ty::Real, v) => Value::Real(v.to_real()?),
            (Ty::Str, v @ Value::Str(_)) => v,
            (Ty::Str, v) => Value::Str(v.to_text()?),
            (Ty::Bool, Value::Str(s)) => Value::Bool(match parse_number_prefix(&s) {
                Some(n) => n.as_f64() != 0.0,
                None => !s.is_empty(),
            }),
            (Ty::Bool, v) => Value::Bool(v.truthy()?),
            (Ty::Buffer, v @ Value::Buffer(_)) => v,
            (Ty::Buffer, Value::Str(s)) => Value::Buffer(Rc::new(s.as_bytes().to_vec())),
            (Ty::Buffer, v) => Value::Buffer(Rc::new(v.to_text()?.as_bytes().to_vec())),
            (Ty::Array(elem), Value::Array(a)) => to_array(a, elem)?,
            (Ty::Array(_), v) => {
                return Err(TypeError(Fault::AssignToArray(v.ty())));
            }
            // An unsigned 8-byte integer above the signed range is kept exactly, as a decimal.
            (Ty::Sized(IntKind::U64), v) => match v.to_number()? {
                Num::Real(x) if (i64::MAX as f64..u64::MAX as f64).contains(&x) => {
                    Value::Decimal(Rc::new(Decimal::from(x as u64)))
                }
                _ => Value::Int(IntKind::U64.wrap(v.to_int()?)),
            },
            (Ty::Sized(kind), v) => Value::Int(kind.wrap(v.to_int()?)),
            (Ty::Real4, v) => Value::Real(real4(v.to_real()?)),
            (Ty::Currency, v) => Value::Decimal(Rc::new(to_decimal(v, decimal::CURRENCY, ty)?)),
            (Ty::Numeric(digits), v) => Value::Decimal(Rc::new(to_decimal(v, *digits, ty)?)),
            (Ty::Char, v) => {
                let text = match v {
                    Value::Int(code) => {
                        u32::try_from(code).ok().and_then(char::from_u32).map(String::from).unwrap_or_default()
                    }
                    v => v.to_text()?.chars().next().map(String::from).unwrap_or_default(),
                };
                Value::from(text)
            }
            (Ty::Date, v) => Value::Date(to_date(v)?),
            (Ty::Time, v) => Value::Time(match v {
                Value::Time(t) => t,
                Value::DateTime(t) => t.time(),
                Value::Null => Time::EMPTY,
                Value::Int(n) => Time::from_hundredths(n),
                v => {
                    let text = v.to_text()?;
                    Time::parse(&text).ok_or_else(|| bad_conversion(&text, ty))?
                }
            }),
            (Ty::DateTime, v) => Value::DateTime(match v {
                Value::DateTime(t) => t,
                Value::Date(d) => DateTime::new(d, Time(0)),
                Value::Null => DateTime::EMPTY,
                v => {
                    let text = v.to_text()?;
                    DateTime::parse(&text).ok_or_else(|| bad_conversion(&text, ty))?
                }
            }),
            (Ty::Struct(st), v) => Value::Record(Rc::new(RefCell::new(to_record(v, st)?))),
            // A dynamic structure refers to the structure assigned (page 1515003).
            (Ty::StructRef(st), Value::Record(r)) if r.borrow().ty.id == st.id => Value::Record(r),
            (Ty::StructRef(_), Value::Null) => Value::Null,
            (Ty::StructRef(st), v) => Value::Record(Rc::new(RefCell::new(to_record(v, st)?))),
            (Ty::Object { class, dynamic }, v) => match v {
                Value::Object(o) if o.class.derives_from(class) => {
                    if *dynamic {
                        Value::Object(o)
                    } else {
                        Value::Object(o.copy())
                    }
                }
                Value::Null => Value::Null,
                other => {
                    return Err(TypeError(Fault::WrongObject { found: other.ty(), expected: ty.clone() }));
                }
            },
            (Ty::Assoc(ty), v) => match v {
                Value::Assoc(a) => Value::Assoc(Rc::new(RefCell::new(a.borrow().copy()))),
                // `ta = [["un", 1], ["deux", 2]]`: pairs of a key and a value.
                Value::Array(pairs) => {
                    let map = Assoc::new(ty.clone());
                    for pair in &pairs.borrow().items {
                        let Value::Array(pair) = pair else {
                            return Err(TypeError(Fault::WrongObject {
                                found: pair.ty(),
                                expected: Ty::Array(Rc::new(Ty::Variant)),
                            }));
                        };
                        let pair = pair.borrow().items.to_values();
                        let [key, value] = pair.as_slice() else {
                            return Err(TypeError(Fault::IndexCount { expected: 2, found: pair.len() }));
                        };
                        map.borrow_mut().add(key, value.clone().convert(&ty.elem)?)?;
                    }
                    Value::Assoc(map)
                }
                other => {
                    return Err(TypeError(Fault::WrongObject { found: other.ty(), expected: Ty::Assoc(ty.clone()) }));
                }
            },
            (Ty::Json, v) => json::to_json(v).map_err(TypeError)?,
            (Ty::Enum(e), v) => match v {
                Value::Enum(x) if x.ty.id == e.id => Value::Enum(x),
                Value::Null if e.combination => Value::Enum(Rc::new(EnumValue { ty: e.clone(), bits: 0 })),
                Value::Int(0) if e.combination => Value::Enum(Rc::new(EnumValue { ty: e.clone(), bits: 0 })),
                other => return Err(TypeError(Fault::WrongObject { found: other.ty(), expected: ty.clone() })),
            },
            (Ty::Duration, v) => Value::Duration(match v {
                Value::Duration(d) => d,
                Value::Null => Duration(0),
                Value::Str(s) => match Duration::parse(&s).or_else(|| Duration::parse_readable(&s)) {
                    Some(d) => d,
                    None => Duration(Value::Str(s).to_int()?),
                },
                // A number counts milliseconds (page 1514069).
                v => Duration(v.to_int()?),
            }),
        })
    }
}

/// An array for a variable of type `tableau de elem`: the same array when its elements already
/// have that type (`t2 = t1` makes `t2` refer to `t1`'s array, page 1515003), otherwise a new
/// array of converted elements (a literal `[1, 2]`, an array of another element type). A literal
/// of literals (`[[1, 2], [3, 4]]`) for elements that are not arrays makes an array of several
/// dimensions (page 1514031).
fn to_array(a: Rc<RefCell<Array>>, elem: &Rc<Ty>) -> Result<Value, TypeError> {
    let source = a.borrow();
    if source.elem == **elem || **elem == Ty::Variant {
        drop(source);
        return Ok(Value::Array(a));
    }
    let nested = !matches!(**elem, Ty::Array(_)) && source.items.iter().any(|v| matches!(v, Value::Array(_)));
    if nested && source.dims.is_empty() {
        return Ok(Value::Array(Rc::new(RefCell::new(from_nested(&source, elem)?))));
    }
    let items = source.items.iter().map(|v| v.convert(elem)).collect::<Result<_, _>>()?;
    let items = Items::of(elem, items);
    Ok(Value::Array(Rc::new(RefCell::new(Array {
        elem: (**elem).clone(),
        items,
        dims: source.dims.clone(),
        growth: source.growth,
    }))))
}

/// `[[1, 2, 3], [4, 5, 6]]` as an array of 2 by 3 elements: each dimension as long as its
/// longest series (missing elements take the default value).
fn from_nested(source: &Array, elem: &Ty) -> Result<Array, TypeError> {
    fn shape(v: &Value, depth: usize, dims: &mut Vec<usize>) {
        if let Value::Array(a) = v {
            let a = a.borrow();
            if dims.len() <= depth {
                dims.push(0);
            }
            dims[depth] = dims[depth].max(a.items.len());
            if depth + 1 < MAX_DIMENSIONS {
                for item in &a.items {
                    shape(&item, depth + 1, dims);
                }
            }
        }
    }
    fn fill(v: &Value, at: usize, depth: usize, dims: &[usize], elem: &Ty, out: &mut [Value]) -> Result<(), TypeError> {
        match v {
            Value::Array(a) if depth < dims.len() => {
                let stride: usize = dims[depth + 1..].iter().product();
                for (k, item) in a.borrow().items.iter().enumerate() {
                    fill(&item, at + k * stride, depth + 1, dims, elem, out)?;
                }
            }
            other if depth == dims.len() => out[at] = other.clone().convert(elem)?,
            // A value where a series is expected (or the reverse): the series must be consistent.
            other => {
                return Err(TypeError(Fault::WrongObject {
                    found: other.ty(),
                    expected: Ty::Array(Rc::new(elem.clone())),
                }));
            }
        }
        Ok(())
    }
    let mut dims = vec![source.items.len()];
    for item in &source.items {
        shape(&item, 1, &mut dims);
    }
    let total = dims.iter().try_fold(1usize, |t, d| t.checked_mul(*d)).filter(|t| *t <= 1 << 26);
    let total = total.ok_or(TypeError(Fault::ArrayTooLarge(i64::MAX)))?;
    let mut items: Vec<Value> = (0..total).map(|_| elem.default_value()).collect();
    let stride: usize = dims[1..].iter().product();
    for (k, item) in source.items.iter().enumerate() {
        fill(&item, k * stride, 1, &dims, elem, &mut items)?;
    }
    Ok(Array { elem: elem.clone(), items: Items::of(elem, items), dims, growth: source.growth })
}

/// `s = autre` for a structure variable: a copy of a structure of the same type; from another
/// structure type (or a variant's named sub-elements, a JSON object), its members with the same
/// names replace those of the variable's current value, the others are kept (page 1515003:
/// members missing on one side are ignored).
pub fn assign_struct(old: &Value, new: Value, st: &Rc<StructType>) -> Result<Value, TypeError> {
    if let (Value::Record(o), Value::Record(n)) = (old, &new)
        && o.borrow().ty.id == st.id
        && n.borrow().ty.id != st.id
    {
        let mut out = o.borrow().deep_copy();
        let n = n.borrow();
        for (i, field) in st.fields.iter().enumerate() {
            if let Some(j) = n.ty.field(&field.folded) {
                out.fields[i] = object::copy_member(&n.fields[j]).convert(&field.ty)?;
            }
        }
        return Ok(Value::Record(Rc::new(RefCell::new(out))));
    }
    if let (Value::Record(o), Value::Dynamic(n)) = (old, &new)
        && o.borrow().ty.id == st.id
    {
        let mut out = o.borrow().deep_copy();
        let n = n.borrow();
        for (i, field) in st.fields.iter().enumerate() {
            if let Some(j) = n.find(&field.folded, &field.name) {
                out.fields[i] = object::copy_member(&n.value(j)).convert(&field.ty)?;
            }
        }
        return Ok(Value::Record(Rc::new(RefCell::new(out))));
    }
    new.convert(&Ty::Struct(st.clone()))
}

/// A structure value for a variable of structure type `st`: a copy of a structure of that type,
/// or of the members with the same names of another structure (page 1514008 "copie
/// homonymique").
fn to_record(v: Value, st: &Rc<StructType>) -> Result<Record, TypeError> {
    match v {
        Value::Record(r) => {
            let r = r.borrow();
            if r.ty.id == st.id {
                return Ok(r.deep_copy());
            }
            let mut out = Record { ty: st.clone(), fields: st.fields.iter().map(|f| f.ty.default_value()).collect() };
            for (i, field) in st.fields.iter().enumerate() {
                if let Some(j) = r.ty.field(&field.folded) {
                    out.fields[i] = object::copy_member(&r.fields[j]).convert(&field.ty)?;
                }
            }
            Ok(out)
        }
        // A variant's named sub-elements, a JSON object: the members with the same names.
        Value::Dynamic(d) => {
            let d = d.borrow();
            let mut out = Record { ty: st.clone(), fields: st.fields.iter().map(|f| f.ty.default_value()).collect() };
            for (i, field) in st.fields.iter().enumerate() {
                if let Some(j) = d.find(&field.folded, &field.name) {
                    out.fields[i] = object::copy_member(&d.value(j)).convert(&field.ty)?;
                }
            }
            Ok(out)
        }
        // `p est un Point = [0, 0, 50]`: the members in declaration order (page 1514031).
        Value::Array(a) => {
            let a = a.borrow();
            let mut out = Record { ty: st.clone(), fields: st.fields.iter().map(|f| f.ty.default_value()).collect() };
            for (slot, (value, field)) in out.fields.iter_mut().zip(a.items.iter().zip(&st.fields)) {
                *slot = object::copy_member(&value).convert(&field.ty)?;
            }
            Ok(out)
        }
        other => Err(TypeError(Fault::WrongObject { found: other.ty(), expected: Ty::Struct(st.clone()) })),
    }
}

fn bad_conversion(text: &str, ty: &Ty) -> TypeError {
    TypeError(Fault::BadConversion { text: text.to_owned(), to: ty.clone() })
}

/// A `réel sur 4 octets`: the real with 6 significant digits (page 1514048), read back as an
/// 8-byte real so that it prints as the 4-byte real shows it.
fn real4(x: f64) -> f64 {
    let narrow = x as f32;
    if !narrow.is_finite() || narrow == 0.0 {
        return narrow as f64;
    }
    format!("{:.5e}", narrow as f64).parse().unwrap_or(narrow as f64)
}

fn to_date(v: Value) -> Result<Date, TypeError> {
    Ok(match v {
        Value::Date(d) => d,
        Value::DateTime(t) => t.date(),
        Value::Null => Date::EMPTY,
        // An integer is a day number, 1 being 01/01/1800 (as EntierVersDate counts).
        Value::Int(n) => Date::from_day_number(n).ok_or_else(|| bad_conversion(&n.to_string(), &Ty::Date))?,
        v => {
            let text = v.to_text()?;
            Date::parse(&text).ok_or_else(|| bad_conversion(&text, &Ty::Date))?
        }
    })
}

/// A value as an exact decimal with the given digits.
fn to_decimal(v: Value, digits: NumericDigits, ty: &Ty) -> Result<Decimal, TypeError> {
    let exact = match &v {
        Value::Decimal(d) => Some(**d),
        Value::Int(n) => Some(decimal::from_int(*n)),
        Value::Bool(b) => Some(decimal::from_int(*b as i64)),
        Value::Null => Some(Decimal::ZERO),
        Value::Real(x) => decimal::from_real(*x),
        Value::Str(s) => match s.trim().parse::<Decimal>() {
            Ok(d) => Some(d),
            Err(_) => match parse_number(s) {
                Num::Int(n) => Some(decimal::from_int(n)),
                Num::Real(x) => decimal::from_real(x),
            },
        },
        other => return Err(TypeError(Fault::NotNumber(other.ty()))),
    };
    let text = || {
        let mut s = String::new();
        let _ = v.write_text(&mut s);
        s
    };
    let exact = exact.ok_or_else(|| TypeError(Fault::OutOfRange { text: text(), to: ty.clone() }))?;
    decimal::fit(&exact, digits).ok_or_else(|| TypeError(Fault::OutOfRange { text: text(), to: ty.clone() }))
}

/// An arithmetic operand.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum Num {
    Int(i64),
    Real(f64),
}

impl Num {
    pub fn as_f64(self) -> f64 {
        match self {
            Num::Int(n) => n as f64,
            Num::Real(x) => x,
        }
    }

    pub fn into_value(self) -> Value {
        match self {
            Num::Int(n) => Value::Int(n),
            Num::Real(x) => Value::Real(x),
        }
    }
}

/// Real → integer as WLanguage assigns it: truncation toward zero, saturating.
pub fn real_to_int(x: f64) -> i64 {
    if x.is_nan() { 0 } else { x.trunc() as i64 }
}

/// `Val`: the number at the start of a string (after blanks), 0 when there is none.
pub fn parse_number(s: &str) -> Num {
    parse_number_prefix(s).unwrap_or(Num::Int(0))
}

pub fn parse_number_prefix(s: &str) -> Option<Num> {
    let t = s.trim_start();
    let bytes = t.as_bytes();
    let mut end = 0;
    if end < bytes.len() && (bytes[end] == b'-' || bytes[end] == b'+') {
        end += 1;
    }
    let digits_start = end;
    while end < bytes.len() && bytes[end].is_ascii_digit() {
        end += 1;
    }
    let mut is_real = false;
    if end < bytes.len() && (bytes[end] == b'.' || bytes[end] == b',') {
        let mut k = end + 1;
        while k < bytes.len() && bytes[k].is_ascii_digit() {
            k += 1;
        }
        if k > end + 1 || end > digits_start {
            is_real = k > end + 1;
            end = if is_real { k } else { end };
        }
    }
    if end == digits_start {
        return None;
    }
    if end < bytes.len() && (bytes[end] == b'e' || bytes[end] == b'E') {
        let mut k = end + 1;
        if k < bytes.len() && (bytes[k] == b'-' || bytes[k] == b'+') {
            k += 1;
        }
        let exp_start = k;
        while k < bytes.len() && bytes[k].is_ascii_digit() {
            k += 1;
        }
        if k > exp_start {
            end = k;
            is_real = true;
        }
    }
    let text = t[..end].replace(',', ".");
    if !is_real && let Ok(n) = text.parse::<i64>() {
        return Some(Num::Int(n));
    }
    text.parse::<f64>().ok().map(Num::Real)
}

/// Reals print with at most 15 significant digits and no trailing zeros: `10/3` is
/// 3.33333333333333, `0.1 + 0.2` is 0.3, `2.5 * 2` is 5.
pub fn write_real(out: &mut String, x: f64) {
    if x.is_nan() {
        out.push_str("NaN");
        return;
    }
    if x.is_infinite() {
        out.push_str(if x > 0.0 { "+Inf" } else { "-Inf" });
        return;
    }
    if x == 0.0 {
        out.push('0');
        return;
    }
    // Round to 15 significant digits through the exponent form, then lay the digits out plainly.
    let sci = format!("{:.14e}", x);
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    if negative {
        out.push('-');
    }
    if !(-7..15).contains(&exp) {
        // Too far from 1 to write plainly.
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let _ = write!(out, "e{exp}");
    } else if exp < 0 {
        out.push_str("0.");
        for _ in 0..(-exp - 1) {
            out.push('0');
        }
        out.push_str(digits);
    } else {
        let int_len = exp as usize + 1;
        if digits.len() <= int_len {
            out.push_str(digits);
            for _ in digits.len()..int_len {
                out.push('0');
            }
        } else {
            out.push_str(&digits[..int_len]);
            out.push('.');
            out.push_str(&digits[int_len..]);
        }
    }
}

/// Characters `from..=to` (1-based, clamped) of `s`: O(1) when `s` is ASCII.
pub fn char_range(s: &WStr, from: i64, to: i64) -> &str {
    let from = from.max(1) as usize - 1;
    if to < 1 || (to as usize) <= from {
        return "";
    }
    let count = to as usize - from;
    if s.is_ascii() {
        let start = from.min(s.len());
        return &s[start..(start + count).min(s.len())];
    }
    let mut indices = s.char_indices().map(|(i, _)| i).chain(std::iter::once(s.len()));
    let start = indices.nth(from).unwrap_or(s.len());
    let end = indices.nth(count - 1).unwrap_or(s.len());
    &s[start..end.max(start)]
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = String::new();
        match self.write_text(&mut s) {
            Ok(()) => f.write_str(&s),
            Err(_) => write!(f, "<{}>", self.ty().words(Lang::En)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn real(x: f64) -> String {
        let mut s = String::new();
        write_real(&mut s, x);
        s
    }

    #[test]
    fn reals_print_like_wlanguage() {
        assert_eq!(real(10.0 / 3.0), "3.33333333333333");
        assert_eq!(real(0.1 + 0.2), "0.3");
        assert_eq!(real(5.0), "5");
        assert_eq!(real(-2.5), "-2.5");
        assert_eq!(real(0.001), "0.001");
        assert_eq!(real(123456789.125), "123456789.125");
        assert_eq!(real(1e20), "1e20");
    }

    #[test]
    fn val_reads_a_leading_number() {
        assert_eq!(parse_number("12abc"), Num::Int(12));
        assert_eq!(parse_number("  -3.5"), Num::Real(-3.5));
        assert_eq!(parse_number("abc"), Num::Int(0));
        assert_eq!(parse_number("1e3"), Num::Real(1000.0));
    }

    #[test]
    fn strings_know_when_they_are_ascii() {
        let mut s = WStr::from("abc".to_owned());
        assert!(s.is_ascii());
        s.append(|t| t.push_str("dé"));
        assert!(!s.is_ascii());
        assert_eq!(s.char_count(), 5);
        s.append(|t| t.push('f'));
        assert!(!s.is_ascii());
        assert!(WStr::default().is_ascii());
    }

    #[test]
    fn conversions() {
        assert_eq!(Value::from("12").convert(&Ty::Int).unwrap().to_int().unwrap(), 12);
        assert_eq!(Value::Real(2.7).convert(&Ty::Int).unwrap().to_int().unwrap(), 2);
        assert_eq!(&*Value::Bool(true).convert(&Ty::Str).unwrap().to_text().unwrap(), "1");
        assert!(Value::from("x").truthy().is_err());
    }
}
