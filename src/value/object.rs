//! The values of the types a script declares: structure instances (`Record`), objects of its
//! classes (`Object`), associative arrays (`Assoc`), enumeration and combination values
//! (`EnumValue`), and the several values a procedure may return (a tuple). Copy rules follow
//! help page 1515003: a structure or an associative array assigned with `=` is copied, an array
//! is shared, an object is copied into an object variable and shared by a dynamic one.

use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

use indexmap::IndexMap;

use super::{TypeError, Value};
use crate::types::{AssocType, ClassType, EnumType, Literal, StructType, Ty};

/// An instance of a structure: its members, in declaration order.
#[derive(Debug)]
pub struct Record {
    pub ty: Rc<StructType>,
    pub fields: Vec<Value>,
}

impl Record {
    pub fn new(ty: Rc<StructType>) -> Rc<RefCell<Record>> {
        let fields = ty.fields.iter().map(|f| f.ty.default_value()).collect();
        Rc::new(RefCell::new(Record { ty, fields }))
    }

    /// A copy with copies of its structures, objects and associative arrays.
    pub fn deep_copy(&self) -> Record {
        Record { ty: self.ty.clone(), fields: self.fields.iter().map(copy_member).collect() }
    }
}

/// A member's value as a copy of its owner takes it: structures, associative arrays and objects
/// held by value are copied, the rest (numbers, strings, arrays, dynamic objects) shared.
pub fn copy_member(v: &Value) -> Value {
    match v {
        Value::Record(r) => Value::Record(Rc::new(RefCell::new(r.borrow().deep_copy()))),
        Value::Assoc(a) => Value::Assoc(Rc::new(RefCell::new(a.borrow().copy()))),
        Value::Dynamic(d) => Value::Dynamic(Rc::new(RefCell::new(d.borrow().deep_copy()))),
        other => other.clone(),
    }
}

/// An object of a class the script declares. Its members live behind a `RefCell` so that every
/// variable referring to a dynamic object sees the same members.
#[derive(Debug)]
pub struct Object {
    pub class: Rc<ClassType>,
    pub fields: RefCell<Vec<Value>>,
    /// Set once its destructor has run (at the end of its procedure, or `libérer`).
    pub destroyed: std::cell::Cell<bool>,
}

impl Object {
    /// A new object with the default value of each member (initial values and the constructor
    /// are the interpreter's business).
    pub fn new(class: Rc<ClassType>) -> Rc<Object> {
        let fields = class.fields.iter().map(|f| f.ty.default_value()).collect();
        Rc::new(Object { class, fields: RefCell::new(fields), destroyed: std::cell::Cell::new(false) })
    }

    /// A new object of the same class with copies of the members.
    pub fn copy(&self) -> Rc<Object> {
        let fields = self.fields.borrow().iter().map(copy_member).collect();
        Rc::new(Object {
            class: self.class.clone(),
            fields: RefCell::new(fields),
            destroyed: std::cell::Cell::new(false),
        })
    }
}

/// An associative array: elements by key, in insertion order (help page 1514058). The map's key
/// is the key as the options compare it (`ccSansCasse`: lower case, ...); the key as written is
/// kept for `POUR TOUT v, k DE t` and `..Clé`. With `AvecDoublon` a key may be present several
/// times: the second element of a key `k` is stored under `k` + NUL + 2, and so on.
#[derive(Debug)]
pub struct Assoc {
    pub ty: Rc<AssocType>,
    pub entries: IndexMap<String, (Value, Value), FxBuild>,
    /// The declaration's `<Valeur par défaut>`: what reading a missing key gives (else the
    /// element type's default value).
    pub default: Option<Value>,
}

/// The options of an associative array: the values of the `cc...` constants (as `ChaîneFormate`
/// takes them) and of `AvecDoublon`.
pub mod assoc_options {
    pub const IGNORE_CASE: i64 = 1;
    pub const NO_SPACE: i64 = 2;
    pub const NO_PUNCTUATION: i64 = 4;
    pub const NO_ACCENT: i64 = 8;
    pub const NO_INSIDE_SPACE: i64 = 16;
    pub const WITH_DUPLICATES: i64 = 1 << 20;
    pub const WITHOUT_DUPLICATES: i64 = 0;
}

impl Assoc {
    pub fn new(ty: Rc<AssocType>) -> Rc<RefCell<Assoc>> {
        Rc::new(RefCell::new(Assoc { ty, entries: IndexMap::default(), default: None }))
    }

    pub fn copy(&self) -> Assoc {
        let entries = self.entries.iter().map(|(k, (key, v))| (k.clone(), (key.clone(), copy_member(v)))).collect();
        Assoc { ty: self.ty.clone(), entries, default: self.default.clone() }
    }

    /// The number of elements.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The key as the options compare it: a string key without options is used as it is (no
    /// allocation); a number key as its text.
    pub fn map_key<'k>(&self, key: &'k Value) -> Result<Cow<'k, str>, TypeError> {
        let text: Cow<'k, str> = match key {
            Value::Str(s) => Cow::Borrowed(s.as_str()),
            other => Cow::Owned(other.to_text()?.as_str().to_owned()),
        };
        let options = self.ty.options & !assoc_options::WITH_DUPLICATES;
        if options == 0 || !matches!(self.ty.key, Ty::Str | Ty::Variant) {
            return Ok(text);
        }
        Ok(Cow::Owned(fold_key(&text, options)))
    }

    /// The element of a key (the first one, when duplicates are allowed).
    #[inline]
    pub fn get(&self, key: &Value) -> Result<Option<&Value>, TypeError> {
        let k = self.map_key(key)?;
        Ok(self.entries.get(&*k).map(|(_, v)| v))
    }

    /// The element of a key, or the value reading a missing key gives (nothing is added).
    #[inline]
    pub fn read(&self, key: &Value) -> Result<Value, TypeError> {
        Ok(match self.get(key)? {
            Some(v) => v.clone(),
            None => self.missing(),
        })
    }

    /// What reading a missing key gives: the declared default value, else the type's.
    pub fn missing(&self) -> Value {
        match &self.default {
            Some(v) => v.clone(),
            None => self.ty.elem.default_value(),
        }
    }

    /// The element of a key to change in place: created (with the default value) when missing.
    pub fn entry(&mut self, key: &Value) -> Result<&mut Value, TypeError> {
        let k = self.map_key(key)?;
        if let Some(i) = self.entries.get_index_of(&*k) {
            return Ok(&mut self.entries[i].1);
        }
        let key = if key.has_type(&self.ty.key) { key.clone() } else { key.clone().convert(&self.ty.key)? };
        let value = self.missing();
        let k = k.into_owned();
        Ok(&mut self.entries.entry(k).or_insert((key, value)).1)
    }

    /// Adds an element: a duplicate when the options allow it, else it replaces the element of
    /// the same key.
    pub fn add(&mut self, key: &Value, value: Value) -> Result<(), TypeError> {
        let k = self.map_key(key)?.into_owned();
        if self.ty.options & assoc_options::WITH_DUPLICATES != 0 && self.entries.contains_key(&k) {
            let mut n = 2usize;
            while self.entries.contains_key(&duplicate_key(&k, n)) {
                n += 1;
            }
            let key = key.clone().convert(&self.ty.key)?;
            self.entries.insert(duplicate_key(&k, n), (key, value));
            return Ok(());
        }
        *self.entry(key)? = value;
        Ok(())
    }

    /// Deletes the elements of a key (all of them when duplicates are allowed); whether there
    /// was one.
    pub fn remove(&mut self, key: &Value) -> Result<bool, TypeError> {
        let k = self.map_key(key)?.into_owned();
        let found = self.entries.shift_remove(&k).is_some();
        if found && self.ty.options & assoc_options::WITH_DUPLICATES != 0 {
            let prefix = format!("{k}\u{0}");
            self.entries.retain(|stored, _| !stored.starts_with(&prefix));
        }
        Ok(found)
    }
}

/// The hash of the keys: FxHash (as rustc's), much cheaper than the default SipHash on the short
/// strings keys usually are; a script is no adversary of its own maps.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            self.add(word);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.add(n as u64);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

pub type FxBuild = std::hash::BuildHasherDefault<FxHasher>;

fn duplicate_key(k: &str, n: usize) -> String {
    format!("{k}\u{0}{n}")
}

/// A string key as the options compare it (the `cc...` options of `ChaîneFormate`).
pub fn fold_key(key: &str, options: i64) -> String {
    use assoc_options::*;
    use unicode_normalization::UnicodeNormalization;
    let mut out: String = if options & NO_ACCENT != 0 {
        key.nfd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)).nfc().collect()
    } else {
        key.to_owned()
    };
    if options & IGNORE_CASE != 0 {
        out = out.to_lowercase();
    }
    if options & NO_PUNCTUATION != 0 {
        out.retain(char::is_alphanumeric);
    }
    if options & NO_INSIDE_SPACE != 0 {
        let trimmed = out.trim();
        let start = out.len() - out.trim_start().len();
        let inside: String = trimmed.chars().filter(|c| !c.is_whitespace()).collect();
        out = format!("{}{inside}{}", &out[..start], &out[start + trimmed.len()..]);
    }
    if options & NO_SPACE != 0 {
        out = out.trim().to_owned();
    }
    out
}

/// A value of an enumeration (`bits` is the index of the value) or of a combination (`bits` has
/// one bit per option, bit `i` for the `i`-th option).
#[derive(Debug, PartialEq)]
pub struct EnumValue {
    pub ty: Rc<EnumType>,
    pub bits: u64,
}

impl EnumValue {
    /// An enumeration value reads as its name; a combination as its options joined by `+`.
    pub fn write(&self, out: &mut String) {
        if self.ty.combination {
            let names: Vec<&str> = self
                .ty
                .cases
                .iter()
                .enumerate()
                .filter(|(i, _)| self.bits & (1 << i) != 0)
                .map(|(_, n)| &**n)
                .collect();
            out.push_str(&names.join(" + "));
        } else if let Some(name) = self.ty.cases.get(self.bits as usize) {
            out.push_str(name);
        }
    }

    /// `..Valeur`: the value associated in the declaration (`Marche = "M"`), else the value's
    /// position from 0 (for a combination: its bits).
    pub fn associated(&self) -> Value {
        if !self.ty.combination
            && let Some(Some(literal)) = self.ty.values.get(self.bits as usize)
        {
            return match literal {
                Literal::Int(n) => Value::Int(*n),
                Literal::Real(x) => Value::Real(*x),
                Literal::Str(s) => Value::from(&**s),
            };
        }
        Value::Int(self.bits as i64)
    }

    /// `a + B` on a combination: the options of both; `a - B`: those of `a` without `B`'s.
    pub fn combine(&self, other: &EnumValue, add: bool) -> Option<EnumValue> {
        if !self.ty.combination || self.ty.id != other.ty.id {
            return None;
        }
        let bits = if add { self.bits | other.bits } else { self.bits & !other.bits };
        Some(EnumValue { ty: self.ty.clone(), bits })
    }

    /// `c[Option]`: whether the combination holds every option of `option`.
    pub fn has(&self, option: &EnumValue) -> Option<bool> {
        (self.ty.combination && self.ty.id == option.ty.id).then_some(self.bits & option.bits == option.bits)
    }
}

/// What holds members: a structure, an object, or a value taking members while running.
#[derive(Clone, Debug)]
pub enum Holder {
    Record(Rc<RefCell<Record>>),
    Object(Rc<Object>),
    Dynamic(Rc<RefCell<super::Dynamic>>),
}

impl Holder {
    /// The holder a value is, if it is one.
    pub fn of(v: &Value) -> Option<Holder> {
        match v {
            Value::Record(r) => Some(Holder::Record(r.clone())),
            Value::Object(o) => Some(Holder::Object(o.clone())),
            Value::Dynamic(d) => Some(Holder::Dynamic(d.clone())),
            Value::Ref(place) => Holder::of(&place.load()),
            _ => None,
        }
    }

    pub fn get(&self, index: usize) -> Value {
        match self {
            Holder::Record(r) => r.borrow().fields.get(index).cloned().unwrap_or(Value::Null),
            Holder::Object(o) => o.fields.borrow().get(index).cloned().unwrap_or(Value::Null),
            Holder::Dynamic(d) => d.borrow().value(index),
        }
    }

    /// Stores a member (already converted to its type).
    pub fn set(&self, index: usize, value: Value) {
        let old = match self {
            Holder::Record(r) => r.borrow_mut().fields.get_mut(index).map(|slot| std::mem::replace(slot, value)),
            Holder::Object(o) => o.fields.borrow_mut().get_mut(index).map(|slot| std::mem::replace(slot, value)),
            Holder::Dynamic(d) => d.borrow_mut().set(index, value),
        };
        // Dropped once no borrow is held (a destructor of the old value may look at members).
        drop(old);
    }

    /// The index of a member by its name (`folded`, and as written).
    pub fn index_of(&self, folded: &str, spelled: &str) -> Option<usize> {
        match self {
            Holder::Record(r) => r.borrow().ty.field(folded),
            Holder::Object(o) => o.class.field(folded),
            Holder::Dynamic(d) => d.borrow().find(folded, spelled),
        }
    }

    /// The declared type of a member.
    pub fn field_ty(&self, index: usize) -> crate::types::Ty {
        match self {
            Holder::Record(r) => r.borrow().ty.fields.get(index).map(|f| f.ty.clone()),
            Holder::Object(o) => o.class.fields.get(index).map(|f| f.ty.clone()),
            Holder::Dynamic(d) => Some(d.borrow().member_ty()),
        }
        .unwrap_or(crate::types::Ty::Variant)
    }

    /// The name of the holder's type, for messages.
    pub fn type_name(&self) -> Rc<str> {
        match self {
            Holder::Record(r) => r.borrow().ty.name.clone(),
            Holder::Object(o) => o.class.name.clone(),
            Holder::Dynamic(d) => (if d.borrow().json { "JSON" } else { "variant" }).into(),
        }
    }
}
