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
}

impl Object {
    /// A new object with the default value of each member (initial values and the constructor
    /// are the interpreter's business).
    pub fn new(class: Rc<ClassType>) -> Rc<Object> {
        let fields = class.fields.iter().map(|f| f.ty.default_value()).collect();
        Rc::new(Object { class, fields: RefCell::new(fields) })
    }

    /// A new object of the same class with copies of the members.
    pub fn copy(&self) -> Rc<Object> {
        let fields = self.fields.borrow().iter().map(copy_member).collect();
        Rc::new(Object { class: self.class.clone(), fields: RefCell::new(fields) })
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
