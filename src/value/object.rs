//! The values of the types a script declares: structure instances (`Record`), objects of its
//! classes (`Object`), associative arrays (`Assoc`), enumeration and combination values
//! (`EnumValue`), and the several values a procedure may return (a tuple). Copy rules follow
//! help page 1515003: a structure or an associative array assigned with `=` is copied, an array
//! is shared, an object is copied into an object variable and shared by a dynamic one.

use std::cell::RefCell;
use std::rc::Rc;

use indexmap::IndexMap;

use super::Value;
use crate::types::{AssocType, ClassType, EnumType, StructType};

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

/// An associative array: elements by key, in insertion order. The map's key is the key as the
/// options compare it (`ccSansCasse`: lower case, ...); the key as written is kept for `..Clé`.
#[derive(Debug)]
pub struct Assoc {
    pub ty: Rc<AssocType>,
    pub entries: IndexMap<String, (Value, Value)>,
}

impl Assoc {
    pub fn new(ty: Rc<AssocType>) -> Rc<RefCell<Assoc>> {
        Rc::new(RefCell::new(Assoc { ty, entries: IndexMap::new() }))
    }

    pub fn copy(&self) -> Assoc {
        let entries = self.entries.iter().map(|(k, (key, v))| (k.clone(), (key.clone(), copy_member(v)))).collect();
        Assoc { ty: self.ty.clone(), entries }
    }
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
}

/// What holds members: a structure or an object.
#[derive(Clone, Debug)]
pub enum Holder {
    Record(Rc<RefCell<Record>>),
    Object(Rc<Object>),
}

impl Holder {
    /// The holder a value is, if it is one.
    pub fn of(v: &Value) -> Option<Holder> {
        match v {
            Value::Record(r) => Some(Holder::Record(r.clone())),
            Value::Object(o) => Some(Holder::Object(o.clone())),
            Value::Ref(place) => Holder::of(&place.load()),
            _ => None,
        }
    }

    pub fn get(&self, index: usize) -> Value {
        match self {
            Holder::Record(r) => r.borrow().fields.get(index).cloned().unwrap_or(Value::Null),
            Holder::Object(o) => o.fields.borrow().get(index).cloned().unwrap_or(Value::Null),
        }
    }

    /// Stores a member (already converted to its type).
    pub fn set(&self, index: usize, value: Value) {
        let old = match self {
            Holder::Record(r) => r.borrow_mut().fields.get_mut(index).map(|slot| std::mem::replace(slot, value)),
            Holder::Object(o) => o.fields.borrow_mut().get_mut(index).map(|slot| std::mem::replace(slot, value)),
        };
        // Dropped once no borrow is held (a destructor of the old value may look at members).
        drop(old);
    }

    /// The index of a member by its folded name.
    pub fn index_of(&self, folded: &str) -> Option<usize> {
        match self {
            Holder::Record(r) => r.borrow().ty.field(folded),
            Holder::Object(o) => o.class.field(folded),
        }
    }

    /// The declared type of a member.
    pub fn field_ty(&self, index: usize) -> crate::types::Ty {
        match self {
            Holder::Record(r) => r.borrow().ty.fields.get(index).map(|f| f.ty.clone()),
            Holder::Object(o) => o.class.fields.get(index).map(|f| f.ty.clone()),
        }
        .unwrap_or(crate::types::Ty::Variant)
    }

    /// The name of the holder's type, for messages.
    pub fn type_name(&self) -> Rc<str> {
        match self {
            Holder::Record(r) => r.borrow().ty.name.clone(),
            Holder::Object(o) => o.class.name.clone(),
        }
    }
}
