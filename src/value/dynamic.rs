//! Values whose members are made while the program runs: a variant given named sub-elements
//! (`v est un Variant; v.Nom = "x"`, help page 1514019), the objects of a `JSON` variable
//! (`j.nouveau = 1` adds a member, page 1000023611), and the objects `JSONVersVariant` reads.
//!
//! Members keep the order they were made in (JSON writes them so) and their names as first
//! written; a member answers to its name with case and accents ignored, as every WLanguage name
//! does, the exact spelling first (two JSON keys that differ only in case stay two members).
//! Assigning a dynamic value to a variable copies it, as a structure is copied (page 1515003).

use std::cell::RefCell;
use std::rc::Rc;

use indexmap::IndexMap;

use super::object::{FxBuild, copy_member};
use super::{Array, Record, Value};
use crate::keywords::fold;
use crate::types::{Field, StructType, Ty};

#[derive(Debug, Default)]
pub struct Dynamic {
    /// An object of a `JSON` variable: what its members are given converts as a `JSON`
    /// variable converts it (text in JSON is read); otherwise members are variants.
    pub json: bool,
    members: IndexMap<Box<str>, Value, FxBuild>,
}

impl Dynamic {
    pub fn new(json: bool) -> Dynamic {
        Dynamic { json, members: IndexMap::default() }
    }

    /// The number of members.
    pub fn len(&self) -> usize {
        self.members.len()
    }

    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// Adds a member, or replaces the value of the member with exactly this name.
    pub fn push(&mut self, name: Box<str>, value: Value) {
        self.members.insert(name, value);
    }

    /// The position of the member `spelled` names (`folded`: the same name folded): the member
    /// with exactly that name, else the first whose folded name is `folded`.
    pub fn find(&self, folded: &str, spelled: &str) -> Option<usize> {
        self.members.get_index_of(spelled).or_else(|| self.members.keys().position(|k| fold(k) == folded))
    }

    /// The position of the member `spelled` names, made (Null) when there is none.
    pub fn find_or_add(&mut self, folded: &str, spelled: &str) -> usize {
        match self.find(folded, spelled) {
            Some(i) => i,
            None => self.members.insert_full(spelled.into(), Value::Null).0,
        }
    }

    /// The member at a position: its name and value.
    pub fn get(&self, index: usize) -> Option<(&str, &Value)> {
        self.members.get_index(index).map(|(k, v)| (&**k, v))
    }

    /// The value of the member at a position.
    pub fn value(&self, index: usize) -> Value {
        self.members.get_index(index).map_or(Value::Null, |(_, v)| v.clone())
    }

    /// Replaces the value of the member at a position; the old value is returned, to be dropped
    /// once no borrow is held.
    pub fn set(&mut self, index: usize, value: Value) -> Option<Value> {
        self.members.get_index_mut(index).map(|(_, slot)| std::mem::replace(slot, value))
    }

    /// The members in order: names and values.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.members.iter().map(|(k, v)| (&**k, v))
    }

    /// The type a member converts what it is given to.
    pub fn member_ty(&self) -> Ty {
        if self.json { Ty::Json } else { Ty::Variant }
    }

    /// A copy, with copies of the dynamic values, structures and associative arrays inside
    /// (beyond `json::MAX_DEPTH` levels, the values inside are shared).
    pub fn deep_copy(&self) -> Dynamic {
        self.copy_at(0)
    }

    fn copy_at(&self, depth: usize) -> Dynamic {
        let copy = |v: &Value| match v {
            Value::Dynamic(d) if depth < super::json::MAX_DEPTH => {
                Value::Dynamic(Rc::new(RefCell::new(d.borrow().copy_at(depth + 1))))
            }
            Value::Dynamic(_) => v.clone(),
            other => copy_member(other),
        };
        Dynamic { json: self.json, members: self.members.iter().map(|(k, v)| (k.clone(), copy(v))).collect() }
    }
}

/// Dropping a value with members takes apart the values with members and the arrays it alone
/// holds one by one, not by recursion: a script may nest them a million levels deep.
impl Drop for Dynamic {
    fn drop(&mut self) {
        if !self.members.values().any(|v| matches!(v, Value::Dynamic(_) | Value::Array(_))) {
            return;
        }
        let mut pending: Vec<Value> = self.members.drain(..).map(|(_, v)| v).collect();
        while let Some(v) = pending.pop() {
            match v {
                Value::Dynamic(d) => {
                    if let Ok(cell) = Rc::try_unwrap(d) {
                        pending.extend(cell.into_inner().members.drain(..).map(|(_, v)| v));
                    }
                }
                Value::Array(a) => {
                    if let Ok(cell) = Rc::try_unwrap(a) {
                        pending.append(&mut cell.into_inner().items.into_values());
                    }
                }
                other => drop(other),
            }
        }
    }
}

/// The id of the structure type of `..Membre`'s elements (far from the script's types, the
/// families' and the JSON objects' of older versions).
pub const MEMBER_TYPE_ID: usize = usize::MAX - 2048;

thread_local! {
    static MEMBER_TYPE: Rc<StructType> = Rc::new(StructType {
        name: "Membre".into(),
        id: MEMBER_TYPE_ID,
        fields: vec![
            Field { name: "Nom".into(), folded: "nom".into(), ty: Ty::Str },
            Field { name: "Valeur".into(), folded: "valeur".into(), ty: Ty::Variant },
        ],
        aliases: vec![("name".into(), 0), ("value".into(), 1)],
    });
}

impl Dynamic {
    /// `v..Membre`: an array of the members, each a structure of its `Nom` and its `Valeur`
    /// (English `Name`, `Value`), read with `m.Nom` or `m..Nom`.
    pub fn member_list(&self) -> Value {
        let ty = MEMBER_TYPE.with(Rc::clone);
        let items = self
            .iter()
            .map(|(name, value)| {
                let fields = vec![Value::from(name), value.clone()];
                Value::Record(Rc::new(RefCell::new(Record { ty: ty.clone(), fields })))
            })
            .collect();
        Value::Array(Array::new(Ty::Variant, items))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dropping_values_nested_very_deep_does_not_overflow_the_stack() {
        let mut v = Value::Null;
        for i in 0..300_000 {
            v = if i % 2 == 0 {
                let mut d = Dynamic::new(false);
                d.push("a".into(), v);
                Value::Dynamic(Rc::new(RefCell::new(d)))
            } else {
                Value::Array(Array::new(Ty::Variant, vec![v]))
            };
        }
        drop(v);
    }

    #[test]
    fn members_answer_to_their_name_folded_the_exact_spelling_first() {
        let mut d = Dynamic::new(false);
        d.push("id".into(), Value::Int(1));
        d.push("ID".into(), Value::Int(2));
        d.push("Prénom".into(), Value::from("Léa"));
        assert_eq!(d.find("id", "ID"), Some(1));
        assert_eq!(d.find("id", "Id"), Some(0));
        assert_eq!(d.find("prenom", "PRENOM"), Some(2));
        assert_eq!(d.find("nom", "nom"), None);
        assert_eq!(d.find_or_add("nom", "Nom"), 3);
        assert_eq!(d.get(3).map(|(k, _)| k), Some("Nom"));
        assert_eq!(d.len(), 4);
    }
}
