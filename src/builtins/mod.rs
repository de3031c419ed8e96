//! The builtin library: every WLanguage function and constant wlang provides, grouped in families
//! (one file each), plus the calling convention they all follow.
//!
//! A family is a `pub static FAMILY: Family`: its rows (one per function, French and English
//! names side by side, arity, the Rust function) and its constants; `FAMILIES` lists them. Adding a
//! builtin is one row in its family's table and one function `fn(&mut dyn Host, Args) -> Ret`.
//!
//! The calling convention (`host.rs`) is what a builtin may use: argument readers (`Args`), the
//! `Host` the interpreter implements (output, error state, calling a procedure value, waiting for
//! events), and typed state slots a family owns (its random generator, its sockets). Builtins
//! never see the interpreter's internals, and the interpreter never names a family.
//! Builtins return errors without spans; the evaluator attaches the call's (or the argument's).
//!
//! A family may also define structure types (`httpRequête`/`httpRequest`): `FAMILY_TYPES` lists
//! them, the resolver finds them by name after the script's own types (`family_type`), and
//! their values are ordinary structures (`Value::Record`) the family's builtins read and write
//! by member name.

pub mod arrays;
pub mod dates;
pub mod errors;
pub mod files;
mod host;
pub mod http;
pub mod json;
pub mod math;
pub mod sockets;
pub mod strings;
pub mod system;
pub mod threads;
pub mod timers;
pub mod ui;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::OnceLock;

pub use host::{
    Args, BuiltinError, Dispatch, ErrorDetails, ErrorState, EventSource, FamilyState, Host, Location, Ret, Settings,
    ThreadStatus, arg_error, state,
};

use crate::keywords::fold;
use crate::types::{Field, StructType, Ty};
use crate::value::Value;

pub type BuiltinFn = fn(&mut dyn Host, Args<'_>) -> Ret;

pub struct Builtin {
    pub fr: &'static str,
    pub en: &'static str,
    pub min: usize,
    /// `usize::MAX`: any number.
    pub max: usize,
    pub func: BuiltinFn,
    /// `ErreurInfo` and `ErreurDétectée` read the error state; every other call resets it first.
    pub keeps_error_state: bool,
    /// The parameters (bit `i` for parameter `i`, from 0) the builtin writes to: a variable, an
    /// element or a member given there arrives as `Value::Ref` (see `Args::store`).
    pub by_ref: u8,
}

impl std::fmt::Debug for Builtin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.fr)
    }
}

/// `usize::MAX` as a row's maximum: any number of arguments.
pub const ANY: usize = usize::MAX;

/// One row of a family's table.
pub const fn row(fr: &'static str, en: &'static str, min: usize, max: usize, func: BuiltinFn) -> Builtin {
    Builtin { fr, en, min, max, func, keeps_error_state: false, by_ref: 0 }
}

/// A builtin constant's value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Const {
    Int(i64),
    Str(&'static str),
}

impl Const {
    pub fn value(self) -> Value {
        match self {
            Const::Int(n) => Value::Int(n),
            Const::Str(s) => Value::from(s),
        }
    }
}

/// A builtin constant: French name, English name, value.
pub type Constant = (&'static str, &'static str, Const);

/// A family of builtins: its functions and constants, in one file of this folder.
pub struct Family {
    pub name: &'static str,
    pub functions: &'static [Builtin],
    pub constants: &'static [Constant],
}

/// Every family, in the order the README lists them.
pub static FAMILIES: &[&Family] = &[
    &ui::FAMILY,
    &errors::FAMILY,
    &strings::FAMILY,
    &math::FAMILY,
    &arrays::FAMILY,
    &dates::FAMILY,
    &sockets::FAMILY,
    &files::FAMILY,
    &system::FAMILY,
    &timers::FAMILY,
    &threads::FAMILY,
    &http::FAMILY,
    &json::FAMILY,
];

/// A structure type a family defines, with its French and English names; its values are
/// `Value::Record`s.
pub struct FamilyType {
    pub fr: &'static str,
    pub en: &'static str,
    pub members: &'static [Member],
}

/// A member of a family's type: French name, English name, type (a function: a `Ty` may hold
/// reference-counted parts, which a static cannot).
pub struct Member {
    pub fr: &'static str,
    pub en: &'static str,
    pub ty: fn() -> Ty,
}

/// Every structure type the families define.
pub static FAMILY_TYPES: &[&FamilyType] = &[&http::REQUEST, &http::RESPONSE, &http::REST_REQUEST, &http::REST_RESPONSE];

/// The ids of family types: far above the ids the resolver numbers a script's structures with,
/// so that a family's type never equals a script's.
const FAMILY_TYPE_IDS: usize = usize::MAX - 1024;

thread_local! {
    /// The family types built so far on this thread, by their index in `FAMILY_TYPES`.
    static BUILT_TYPES: RefCell<Vec<Option<Rc<StructType>>>> = RefCell::new(vec![None; FAMILY_TYPES.len()]);
}

/// The structure type at `index` in `FAMILY_TYPES`, built once per thread (its members answer to
/// both their names; two builds are the same type, since types compare by id).
fn built_type(index: usize) -> Rc<StructType> {
    BUILT_TYPES.with(|built| {
        if let Some(Some(st)) = built.borrow().get(index) {
            return st.clone();
        }
        let t = FAMILY_TYPES[index];
        let mut fields = Vec::new();
        let mut aliases = Vec::new();
        for (i, m) in t.members.iter().enumerate() {
            fields.push(Field { name: m.fr.into(), folded: fold(m.fr).into(), ty: (m.ty)() });
            if fold(m.en) != fold(m.fr) {
                aliases.push((fold(m.en).into(), i));
            }
        }
        let st = Rc::new(StructType { name: t.fr.into(), id: FAMILY_TYPE_IDS + index, fields, aliases });
        if let Some(slot) = built.borrow_mut().get_mut(index) {
            *slot = Some(st.clone());
        }
        st
    })
}

/// The structure type a family defines under this folded name (French or English).
pub fn family_type(folded: &str) -> Option<Rc<StructType>> {
    let index = FAMILY_TYPES.iter().position(|t| fold(t.fr) == folded || fold(t.en) == folded)?;
    Some(built_type(index))
}

/// The structure type of a family's own `FamilyType` (for its builtins to make values of).
pub fn struct_of(t: &'static FamilyType) -> Rc<StructType> {
    match FAMILY_TYPES.iter().position(|other| std::ptr::eq(*other, t)) {
        Some(index) => built_type(index),
        // Every family type is listed: a missing one is a mistake in this file.
        None => unreachable!("family type {} is not in FAMILY_TYPES", t.fr),
    }
}

/// The README's list of builtins, generated from the families' tables (a test keeps the README
/// in step): one line per family, each function as `French/English`, then its constants.
pub fn markdown_list() -> String {
    let mut out = String::new();
    let both = |fr: &str, en: &str| if fr == en { fr.to_owned() } else { format!("{fr}/{en}") };
    for family in FAMILIES {
        let functions: Vec<String> = family.functions.iter().map(|b| both(b.fr, b.en)).collect();
        out.push_str(&format!("- **{}** ({}): {}", family.name, functions.len(), functions.join(", ")));
        if !family.constants.is_empty() {
            let constants: Vec<String> = family.constants.iter().map(|(fr, en, _)| both(fr, en)).collect();
            out.push_str(&format!("; constants: {}", constants.join(", ")));
        }
        out.push('\n');
    }
    out
}

/// Every builtin function, family by family.
pub fn functions() -> impl Iterator<Item = &'static Builtin> {
    FAMILIES.iter().flat_map(|f| f.functions.iter())
}

/// Every builtin constant, family by family.
pub fn constants() -> impl Iterator<Item = &'static Constant> {
    FAMILIES.iter().flat_map(|f| f.constants.iter())
}

fn function_table() -> &'static HashMap<String, &'static Builtin> {
    static TABLE: OnceLock<HashMap<String, &'static Builtin>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = HashMap::with_capacity(2 * functions().count());
        for b in functions() {
            map.insert(fold(b.fr).into_owned(), b);
            map.insert(fold(b.en).into_owned(), b);
        }
        map
    })
}

fn constant_table() -> &'static HashMap<String, Const> {
    static TABLE: OnceLock<HashMap<String, Const>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = HashMap::with_capacity(2 * constants().count());
        for (fr, en, value) in constants() {
            map.insert(fold(fr).into_owned(), *value);
            map.insert(fold(en).into_owned(), *value);
        }
        map
    })
}

/// The builtin function with this folded name.
pub fn lookup(folded: &str) -> Option<&'static Builtin> {
    function_table().get(folded).copied()
}

/// The value of the builtin constant with this folded name.
pub fn constant(folded: &str) -> Option<Value> {
    constant_table().get(folded).map(|c| c.value())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_builtins_or_constants_share_a_folded_name() {
        let mut seen = HashMap::new();
        for b in functions() {
            for name in [b.fr, b.en] {
                if let Some(other) = seen.insert(fold(name).into_owned(), b.fr) {
                    // A row may list the same name twice (`Info`/`Info`), and two rows may share a function.
                    let same = other == b.fr || (lookup(&fold(name)).unwrap().func as usize == b.func as usize);
                    assert!(same, "{name} names both {other} and {}", b.fr);
                }
            }
        }
        let mut constants_seen = HashMap::new();
        for (fr, en, _) in constants() {
            for name in [fr, en] {
                assert!(lookup(&fold(name)).is_none(), "{name} is both a constant and a function");
                if let Some(other) = constants_seen.insert(fold(name).into_owned(), *fr) {
                    assert_eq!(other, *fr, "{name} names two constants");
                }
            }
        }
    }

    #[test]
    fn family_types_name_each_member_once_and_shadow_no_type_word() {
        for t in FAMILY_TYPES {
            for name in [t.fr, t.en] {
                assert!(crate::types::type_word(&fold(name)).is_none(), "{name} is a type word");
                assert!(family_type(&fold(name)).is_some_and(|st| st.id == struct_of(t).id), "{name}");
            }
            let st = struct_of(t);
            let mut seen = HashMap::new();
            for (i, m) in t.members.iter().enumerate() {
                for name in [m.fr, m.en] {
                    assert_eq!(st.field(&fold(name)), Some(i), "{}.{name}", t.fr);
                    if let Some(other) = seen.insert(fold(name).into_owned(), m.fr) {
                        assert_eq!(other, m.fr, "{}.{name} names two members", t.fr);
                    }
                }
            }
        }
    }

    #[test]
    fn both_languages_find_the_same_builtin() {
        assert!(std::ptr::eq(lookup("socketecrit").unwrap(), lookup("socketwrite").unwrap()));
        assert!(std::ptr::eq(lookup(&fold("Multitâche")).unwrap(), lookup("multitache").unwrap()));
        assert_eq!(constant("socketouverture").unwrap().to_int().unwrap(), sockets::EVENT_OPENING);
        assert_eq!(constant("socketopening").unwrap().to_int().unwrap(), sockets::EVENT_OPENING);
    }
}
