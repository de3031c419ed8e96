//! Array builtins on one-dimension arrays: adding, inserting, deleting, copying, sorting (with
//! the `tt...` options or a comparison procedure), searching (linear or dichotomic), reversing,
//! shuffling, `Dimension`. Elements keep the array's element type (a value is converted as an
//! assignment would). The `wl...` type constants (an associative array's key type) live here
//! too, with `TypeVar`, which gives them.
//!
//! Arrays of structures and arrays of several dimensions come with the data model: `ttColonne`
//! is refused until then, and each function checks the shape it needs in one place
//! (`one_dimension`).
//!
//! A builtin never holds an array borrowed while it calls a procedure back (the procedure may
//! read or change the array), and no argument can make it allocate more than 1 GiB.

use std::cell::RefCell;
use std::cmp::Ordering;
use std::rc::Rc;

use super::{Args, BuiltinError, Const, Family, Host, Ret, arg_error, math, row};
use crate::diagnostics::{FamilyFault, Fault, Lang};
use crate::value::object::assoc_options;
use crate::value::property::type_codes;
use crate::value::{Array, Growth, MAX_DIMENSIONS, Value, ops};

pub static FAMILY: Family = Family {
    name: "arrays",
    functions: &[
        row("Ajoute", "Add", 2, 3, add),
        row("TableauAjoute", "ArrayAdd", 2, 3, add),
        row("TableauOccurrence", "ArrayCount", 1, 1, count),
        row("TableauInsère", "ArrayInsert", 3, 3, insert),
        row("TableauSupprime", "ArrayDelete", 2, 2, delete),
        row("TableauSupprimeTout", "ArrayDeleteAll", 1, 1, delete_all),
        row("TableauCopie", "ArrayCopy", 2, 2, copy),
        row("TableauInverse", "ArrayReverse", 1, 1, reverse),
        row("TableauMélange", "ArrayShuffle", 1, 1, shuffle),
        row("TableauTrie", "ArraySort", 1, 3, sort),
        row("TableauCherche", "ArraySeek", 3, 4, seek),
        row("Dimension", "Dimension", 1, 1 + MAX_DIMENSIONS, dimension),
        row("TypeVar", "TypeVar", 1, 1, type_var),
    ],
    constants: &[
        ("ttCroissant", "asAscending", Const::Int(SORT_ASCENDING)),
        ("ttDécroissant", "asDescending", Const::Int(SORT_DESCENDING)),
        ("ttFonction", "asFunction", Const::Int(SORT_FUNCTION)),
        ("ttColonne", "asColumn", Const::Int(SORT_COLUMN)),
        ("tcLinéaire", "asLinear", Const::Int(SEEK_LINEAR)),
        ("tcLinéairePremier", "asLinearFirst", Const::Int(SEEK_FIRST)),
        ("tcLinéaireDernier", "asLinearLast", Const::Int(SEEK_LAST)),
        ("tcLinéaireSuivant", "asLinearNext", Const::Int(SEEK_NEXT)),
        ("tcLinéairePrécédent", "asLinearPrevious", Const::Int(SEEK_PREVIOUS)),
        ("tcDichotomique", "asBinary", Const::Int(SEEK_BINARY)),
        // Associative arrays (page 1514058): duplicates, and the key type (`..Type` too).
        ("AvecDoublon", "WithDuplicates", Const::Int(assoc_options::WITH_DUPLICATES)),
        ("SansDoublon", "WithoutDuplicates", Const::Int(assoc_options::WITHOUT_DUPLICATES)),
        ("wlBooléen", "wlBoolean", Const::Int(type_codes::BOOLEAN)),
        ("wlEntier", "wlInt", Const::Int(type_codes::INT)),
        ("wlMonétaire", "wlCurrency", Const::Int(type_codes::CURRENCY)),
        ("wlRéel", "wlReal", Const::Int(type_codes::REAL)),
        ("wlNumérique", "wlNumeric", Const::Int(type_codes::NUMERIC)),
        ("wlDate", "wlDate", Const::Int(type_codes::DATE)),
        ("wlHeure", "wlTime", Const::Int(type_codes::TIME)),
        ("wlChaîne", "wlString", Const::Int(type_codes::STRING)),
        ("wlBuffer", "wlBuffer", Const::Int(type_codes::BUFFER)),
        ("wlDateHeure", "wlDateTime", Const::Int(type_codes::DATETIME)),
        ("wlDurée", "wlDuration", Const::Int(type_codes::DURATION)),
    ],
};

/// `TableauTrie` options.
pub const SORT_ASCENDING: i64 = 1;
pub const SORT_DESCENDING: i64 = 2;
pub const SORT_FUNCTION: i64 = 4;
pub const SORT_COLUMN: i64 = 8;

/// `TableauCherche` kinds of search.
pub const SEEK_LINEAR: i64 = 1;
pub const SEEK_FIRST: i64 = 2;
pub const SEEK_LAST: i64 = 3;
pub const SEEK_NEXT: i64 = 4;
pub const SEEK_PREVIOUS: i64 = 5;
pub const SEEK_BINARY: i64 = 6;

/// The most elements an array builtin makes: 1 GiB of 16-byte values.
pub const MAX_ELEMENTS: usize = (1 << 30) / std::mem::size_of::<Value>();

#[derive(Debug)]
enum ArrayFault {
    UnknownSort(i64),
    SortNeedsProcedure,
    ColumnSort,
    UnknownSeek(i64),
    BadCompareResult(String),
    NegativeDimension(i64),
    /// A function of arrays of one dimension on an array of several.
    SeveralDimensions(usize),
    /// `Dimension(t, n1, n2)`: as many sizes as dimensions.
    DimensionCount {
        dims: usize,
        given: usize,
    },
    /// `Ajoute(t, v)` on an associative array: the key is missing.
    KeyNeeded,
}

impl FamilyFault for ArrayFault {
    fn text(&self, lang: Lang) -> String {
        let t = |en: String, fr: String| lang.pick(en, fr);
        match self {
            ArrayFault::UnknownSort(n) => t(
                format!("{n} is not a sort option (use ttCroissant, ttDécroissant or ttFonction)"),
                format!("{n} n'est pas une option de tri (utilisez ttCroissant, ttDécroissant ou ttFonction)"),
            ),
            ArrayFault::SortNeedsProcedure => t(
                "ttFonction needs a comparison procedure as third parameter".into(),
                "ttFonction demande une procédure de comparaison en troisième paramètre".into(),
            ),
            ArrayFault::ColumnSort => t(
                "ttColonne sorts arrays of several dimensions or of structures, which wlang does not have yet".into(),
                "ttColonne trie des tableaux à plusieurs dimensions ou de structures, que wlang n'a pas encore".into(),
            ),
            ArrayFault::UnknownSeek(n) => t(
                format!("{n} is not a kind of search (use tcLinéaire... or tcDichotomique)"),
                format!("{n} n'est pas un type de recherche (utilisez tcLinéaire... ou tcDichotomique)"),
            ),
            ArrayFault::NegativeDimension(n) => t(
                format!("the number of elements must be 0 or more, not {n}"),
                format!("le nombre d'éléments doit valoir au moins 0, pas {n}"),
            ),
            ArrayFault::SeveralDimensions(n) => t(
                format!("this function handles arrays of one dimension; this one has {n}"),
                format!("cette fonction traite les tableaux à une dimension ; celui-ci en a {n}"),
            ),
            ArrayFault::DimensionCount { dims, given } => t(
                format!("the array has {dims} dimension(s): give {dims} size(s), not {given}"),
                format!("le tableau a {dims} dimension(s) : donnez {dims} taille(s), pas {given}"),
            ),
            ArrayFault::KeyNeeded => t(
                "an associative array takes a key and a value: Ajoute(t, key, value)".into(),
                "un tableau associatif prend une clé et une valeur : Ajoute(t, clé, valeur)".into(),
            ),
            ArrayFault::BadCompareResult(v) => t(
                format!("the comparison procedure must return a number (-1, 0 or 1), not {v}"),
                format!("la procédure de comparaison doit renvoyer un nombre (-1, 0 ou 1), pas {v}"),
            ),
        }
    }
}

fn bad(index: usize, fault: ArrayFault) -> BuiltinError {
    arg_error(index, Fault::family(fault))
}

/// Argument `i`: a one-dimension array.
fn one_dimension<'a>(args: &Args<'a>, i: usize) -> Result<&'a Rc<RefCell<Array>>, BuiltinError> {
    let array = args.array(i)?;
    let dims = array.borrow().dims.len();
    if dims > 1 {
        return Err(bad(i, ArrayFault::SeveralDimensions(dims)));
    }
    Ok(array)
}

/// Argument `i`: a one-dimension array whose size may change (not a `tableau fixe`).
fn resizable<'a>(args: &Args<'a>, i: usize) -> Result<&'a Rc<RefCell<Array>>, BuiltinError> {
    let array = one_dimension(args, i)?;
    if array.borrow().growth == Growth::Fixed {
        return Err(arg_error(i, Fault::FixedArray));
    }
    Ok(array)
}

/// Argument `key` of a function given an associative array: its key, converted.
fn key_fault(index: usize, e: crate::value::TypeError) -> BuiltinError {
    arg_error(index, e.0)
}

/// A value converted to the array's element type, as an assignment converts it.
fn element(array: &Array, value: &Value, index: usize) -> Result<Value, BuiltinError> {
    if value.has_type(&array.elem) {
        Ok(value.clone())
    } else {
        value.clone().convert(&array.elem).map_err(|e| arg_error(index, e.0))
    }
}

fn too_large(requested: i64, index: usize) -> BuiltinError {
    arg_error(index, Fault::ArrayTooLarge(requested))
}

/// Appends a value (converted to the element type); returns the new element count. On an
/// associative array, `Ajoute(t, clé, valeur)` adds an element (a duplicate when `AvecDoublon`
/// allows it, else it replaces the key's element).
fn add(_host: &mut dyn Host, args: Args) -> Ret {
    // The common case first: one value appended to an array of one dimension that may grow.
    if let (Value::Array(array), 2) = (&args[0], args.len()) {
        let mut a = array.borrow_mut();
        if a.dims.is_empty() && a.growth != Growth::Fixed {
            let value = element(&a, &args[1], 1)?;
            if a.items.len() >= MAX_ELEMENTS {
                return Err(too_large(a.items.len() as i64 + 1, 0));
            }
            a.items.push(value);
            return Ok(Value::Int(a.items.len() as i64));
        }
    }
    if let Value::Assoc(map) = &args[0] {
        if args.len() < 3 {
            return Err(bad(1, ArrayFault::KeyNeeded));
        }
        let mut m = map.borrow_mut();
        let elem = m.ty.elem.clone();
        let value = args[2].clone().convert(&elem).map_err(|e| key_fault(2, e))?;
        m.add(&args[1], value).map_err(|e| key_fault(1, e))?;
        return Ok(Value::Int(m.len() as i64));
    }
    if args.len() > 2 {
        return Err(arg_error(2, Fault::ExpectedArray(args[0].ty())));
    }
    let array = resizable(&args, 0)?;
    let mut a = array.borrow_mut();
    let value = element(&a, &args[1], 1)?;
    if a.items.len() >= MAX_ELEMENTS {
        return Err(too_large(a.items.len() as i64 + 1, 0));
    }
    a.items.push(value);
    Ok(Value::Int(a.items.len() as i64))
}

fn count(_host: &mut dyn Host, args: Args) -> Ret {
    if let Value::Assoc(map) = &args[0] {
        return Ok(Value::Int(map.borrow().len() as i64));
    }
    Ok(Value::Int(args.array(0)?.borrow().items.len() as i64))
}

/// `TypeVar(v)`: the `wl...` code of the value's type, as `v..Type` gives it (a variant's is its
/// content's; `wlEntier`, `wlChaîne`, ...; 0 for an unassigned variant).
fn type_var(_host: &mut dyn Host, args: Args) -> Ret {
    Ok(Value::Int(crate::value::property::type_code(&args[0].ty())))
}

/// `TableauInsère(t, index, value)`: before element `index` (1 to count + 1).
fn insert(_host: &mut dyn Host, args: Args) -> Ret {
    let array = resizable(&args, 0)?;
    let index = args.int(1)?;
    let mut a = array.borrow_mut();
    let len = a.items.len();
    if index < 1 || index as u64 > len as u64 + 1 {
        return Err(arg_error(1, Fault::IndexOutOfBounds { index, len }));
    }
    if len >= MAX_ELEMENTS {
        return Err(too_large(len as i64 + 1, 0));
    }
    let value = element(&a, &args[2], 2)?;
    a.items.insert(index as usize - 1, value);
    Ok(Value::Null)
}

/// `TableauSupprime(t, index)`; `TableauSupprime(t, clé)` on an associative array (every element
/// of the key).
fn delete(_host: &mut dyn Host, args: Args) -> Ret {
    if let Value::Assoc(map) = &args[0] {
        map.borrow_mut().remove(&args[1]).map_err(|e| key_fault(1, e))?;
        return Ok(Value::Null);
    }
    let array = resizable(&args, 0)?;
    let index = args.int(1)?;
    let mut a = array.borrow_mut();
    let len = a.items.len();
    if index < 1 || index as u64 > len as u64 {
        return Err(arg_error(1, Fault::IndexOutOfBounds { index, len }));
    }
    a.items.remove(index as usize - 1);
    Ok(Value::Null)
}

/// `TableauSupprimeTout(t)`.
fn delete_all(_host: &mut dyn Host, args: Args) -> Ret {
    if let Value::Assoc(map) = &args[0] {
        map.borrow_mut().entries.clear();
        return Ok(Value::Null);
    }
    let array = resizable(&args, 0)?;
    let mut a = array.borrow_mut();
    a.items.clear();
    a.dims.clear();
    Ok(Value::Null)
}

/// `TableauCopie(source, destination)`: the destination gets the source's elements, converted
/// to its element type.
fn copy(_host: &mut dyn Host, args: Args) -> Ret {
    let source = one_dimension(&args, 0)?;
    let destination = one_dimension(&args, 1)?;
    if Rc::ptr_eq(source, destination) {
        return Ok(Value::Null);
    }
    let items = source.borrow().items.clone();
    let mut d = destination.borrow_mut();
    let items = items.iter().map(|v| element(&d, &v, 0)).collect::<Result<Vec<_>, _>>()?;
    d.items = crate::value::Items::of(&d.elem, items);
    Ok(Value::Null)
}

/// `TableauInverse(t)`: the elements in the reverse order.
fn reverse(_host: &mut dyn Host, args: Args) -> Ret {
    one_dimension(&args, 0)?.borrow_mut().items.reverse();
    Ok(Value::Null)
}

/// `TableauMélange(t)`: a random order, from `Hasard`'s generator (reproducible after
/// `InitHasard`).
fn shuffle(host: &mut dyn Host, args: Args) -> Ret {
    let array = one_dimension(&args, 0)?;
    let len = array.borrow().items.len();
    for i in (1..len).rev() {
        let j = (math::next(host) % (i as u64 + 1)) as usize;
        array.borrow_mut().items.swap(i, j);
    }
    Ok(Value::Null)
}

/// `TableauTrie(t [, options = ttCroissant [, procedure]])`. With `ttFonction`, the procedure
/// receives two elements and returns a negative number, 0 or a positive number. The sort is
/// stable.
fn sort(host: &mut dyn Host, args: Args) -> Ret {
    let array = one_dimension(&args, 0)?;
    let options = args.opt_int(1, SORT_ASCENDING)?;
    let items = array.borrow().items.to_values();
    let sorted = match options {
        SORT_ASCENDING | SORT_DESCENDING => {
            if args.len() > 2 {
                return Err(bad(2, ArrayFault::UnknownSort(options)));
            }
            let descending = options == SORT_DESCENDING;
            merge_sort(items, &mut |a, b| {
                let order = ops::compare(a, b).map_err(|e| arg_error(0, e.0))?;
                Ok(if descending { order.reverse() } else { order })
            })?
        }
        SORT_FUNCTION => {
            if args.len() < 3 {
                return Err(bad(1, ArrayFault::SortNeedsProcedure));
            }
            let procedure = args.procedure_or_name(host, 2)?;
            merge_sort(items, &mut |a, b| {
                let result = host.call(&procedure, vec![a.clone(), b.clone()])?;
                match result.to_number() {
                    Ok(n) => Ok(n.as_f64().partial_cmp(&0.0).unwrap_or(Ordering::Equal)),
                    Err(_) => Err(bad(2, ArrayFault::BadCompareResult(result.to_string()))),
                }
            })?
        }
        SORT_COLUMN => return Err(bad(1, ArrayFault::ColumnSort)),
        other => return Err(bad(1, ArrayFault::UnknownSort(other))),
    };
    let mut array = array.borrow_mut();
    array.items = crate::value::Items::of(&array.elem, sorted);
    Ok(Value::Null)
}

type Compare<'a> = dyn FnMut(&Value, &Value) -> Result<Ordering, BuiltinError> + 'a;

/// A stable bottom-up merge sort whose comparison may fail (a procedure's error) and need not be
/// consistent (a user's procedure): it never panics and stops at the first error.
fn merge_sort(mut items: Vec<Value>, compare: &mut Compare) -> Result<Vec<Value>, BuiltinError> {
    let n = items.len();
    let mut buffer: Vec<Value> = Vec::with_capacity(n);
    let mut width = 1;
    while width < n {
        buffer.clear();
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j) = (start, mid);
            while i < mid && j < end {
                if compare(&items[j], &items[i])? == Ordering::Less {
                    buffer.push(items[j].clone());
                    j += 1;
                } else {
                    buffer.push(items[i].clone());
                    i += 1;
                }
            }
            buffer.extend_from_slice(&items[i..mid]);
            buffer.extend_from_slice(&items[j..end]);
            start = end;
        }
        std::mem::swap(&mut items, &mut buffer);
        width *= 2;
    }
    Ok(items)
}

/// `TableauCherche(t, kind, value [, start])`: the index of an element equal to `value`, or -1.
/// `tcLinéaire`/`tcLinéairePremier`: the first from `start` (default 1); `tcLinéaireDernier`:
/// the last up to `start` (default the end); `tcLinéaireSuivant`: the first after `start`;
/// `tcLinéairePrécédent`: the last before `start`; `tcDichotomique`: in an array sorted in
/// ascending order, the first equal element.
fn seek(_host: &mut dyn Host, args: Args) -> Ret {
    let array = one_dimension(&args, 0)?;
    let kind = args.int(1)?;
    let wanted = &args[2];
    let a = array.borrow();
    let len = a.items.len() as i64;
    let equal = |v: &Value| -> Result<bool, BuiltinError> { ops::equals(v, wanted).map_err(|e| arg_error(2, e.0)) };
    let found_forward = |from: i64| -> Result<i64, BuiltinError> {
        for i in from.max(1)..=len {
            if equal(&a.items.get(i as usize - 1).unwrap_or(Value::Null))? {
                return Ok(i);
            }
        }
        Ok(-1)
    };
    let found_backward = |to: i64| -> Result<i64, BuiltinError> {
        for i in (1..=to.min(len)).rev() {
            if equal(&a.items.get(i as usize - 1).unwrap_or(Value::Null))? {
                return Ok(i);
            }
        }
        Ok(-1)
    };
    let index = match kind {
        SEEK_LINEAR | SEEK_FIRST => found_forward(args.opt_int(3, 1)?)?,
        SEEK_LAST => found_backward(args.opt_int(3, len)?)?,
        SEEK_NEXT => found_forward(args.opt_int(3, 0)?.saturating_add(1))?,
        SEEK_PREVIOUS => found_backward(args.opt_int(3, len.saturating_add(1))?.saturating_sub(1))?,
        SEEK_BINARY => {
            let (mut lo, mut hi) = (0usize, a.items.len());
            while lo < hi {
                let mid = lo + (hi - lo) / 2;
                let item = a.items.get(mid).unwrap_or(Value::Null);
                if ops::compare(&item, wanted).map_err(|e| arg_error(2, e.0))? == Ordering::Less {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if lo < a.items.len() && equal(&a.items.get(lo).unwrap_or(Value::Null))? { lo as i64 + 1 } else { -1 }
        }
        other => return Err(bad(1, ArrayFault::UnknownSeek(other))),
    };
    Ok(Value::Int(index))
}

/// `Dimension(t)`: the number of elements (of every dimension); `Dimension(t, n1 [, n2...])`: the
/// array resized to those sizes, one per dimension (elements keep their place in the dimensions
/// that remain; new ones hold the element type's default value), returning the element count. On
/// another value, `Dimension(v)` is its size in bytes.
fn dimension(_host: &mut dyn Host, args: Args) -> Ret {
    let array = match &args[0] {
        Value::Array(a) => a,
        Value::Assoc(m) if args.len() == 1 => return Ok(Value::Int(m.borrow().len() as i64)),
        other if args.len() == 1 => {
            return Ok(Value::Int(match other {
                Value::Str(s) => s.len() as i64,
                Value::Buffer(b) => b.len() as i64,
                Value::Bool(_) => 1,
                Value::Null => 0,
                _ => 8,
            }));
        }
        other => return Err(arg_error(0, Fault::ExpectedArray(other.ty()))),
    };
    if args.len() == 1 {
        return Ok(Value::Int(array.borrow().items.len() as i64));
    }
    if array.borrow().growth == Growth::Fixed {
        return Err(arg_error(0, Fault::FixedArray));
    }
    let rank = array.borrow().rank();
    if args.len() - 1 != rank {
        return Err(bad(1, ArrayFault::DimensionCount { dims: rank, given: args.len() - 1 }));
    }
    let mut sizes = Vec::with_capacity(rank);
    let mut total: usize = 1;
    for i in 1..args.len() {
        let requested = args.int(i)?;
        if requested < 0 {
            return Err(bad(i, ArrayFault::NegativeDimension(requested)));
        }
        let n = usize::try_from(requested).unwrap_or(usize::MAX);
        total = total.checked_mul(n).filter(|t| *t <= MAX_ELEMENTS).ok_or_else(|| too_large(requested, i))?;
        sizes.push(n);
    }
    let mut a = array.borrow_mut();
    let default = a.elem.default_value();
    if rank == 1 {
        a.items.resize(total, default);
        return Ok(Value::Int(total as i64));
    }
    // Each element keeps its indices when they still exist.
    let old_dims = std::mem::take(&mut a.dims);
    let old = std::mem::take(&mut a.items);
    let mut items = vec![default; total];
    for (at, item) in old.into_values().into_iter().enumerate() {
        let mut rest = at;
        let mut target = 0usize;
        let mut fits = true;
        let mut stride = total;
        for k in 0..old_dims.len() {
            let below: usize = old_dims[k + 1..].iter().product();
            let i = rest / below.max(1);
            rest %= below.max(1);
            stride /= sizes[k].max(1);
            if i >= sizes[k] {
                fits = false;
                break;
            }
            target += i * stride;
        }
        if fits && sizes.iter().all(|&n| n > 0) {
            items[target] = item;
        }
    }
    a.items = crate::value::Items::of(&a.elem, items);
    a.dims = sizes;
    Ok(Value::Int(total as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merge_sort_is_stable_and_survives_an_inconsistent_comparison() {
        let items: Vec<Value> = [3, 1, 2, 1].iter().map(|&n| Value::Int(n)).collect();
        let Ok(sorted) = merge_sort(items.clone(), &mut |a, b| Ok(ops::compare(a, b).unwrap())) else { panic!() };
        let ints: Vec<i64> = sorted.iter().map(|v| v.to_int().unwrap()).collect();
        assert_eq!(ints, vec![1, 1, 2, 3]);
        // A comparison that always says "less" must not panic or loop.
        let Ok(shuffled) = merge_sort(items, &mut |_, _| Ok(Ordering::Less)) else { panic!() };
        assert_eq!(shuffled.len(), 4);
    }

    #[test]
    fn array_faults_read_in_both_languages() {
        for fault in [
            ArrayFault::UnknownSort(9),
            ArrayFault::SortNeedsProcedure,
            ArrayFault::ColumnSort,
            ArrayFault::UnknownSeek(9),
            ArrayFault::BadCompareResult("x".into()),
            ArrayFault::NegativeDimension(-1),
            ArrayFault::SeveralDimensions(2),
            ArrayFault::DimensionCount { dims: 2, given: 1 },
            ArrayFault::KeyNeeded,
        ] {
            assert_ne!(fault.text(Lang::En), fault.text(Lang::Fr));
        }
    }
}
