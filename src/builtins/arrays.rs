//! Array builtins on one-dimension arrays: adding, inserting, deleting, copying, sorting (with
//! the `tt...` options or a comparison procedure), searching (linear or dichotomic), reversing,
//! shuffling, `Dimension`. Elements keep the array's element type (a value is converted as an
//! assignment would).
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
use crate::value::{Array, Value, ops};

pub static FAMILY: Family = Family {
    name: "arrays",
    functions: &[
        row("Ajoute", "Add", 2, 2, add),
        row("TableauAjoute", "ArrayAdd", 2, 2, add),
        row("TableauOccurrence", "ArrayCount", 1, 1, count),
        row("TableauInsère", "ArrayInsert", 3, 3, insert),
        row("TableauSupprime", "ArrayDelete", 2, 2, delete),
        row("TableauSupprimeTout", "ArrayDeleteAll", 1, 1, delete_all),
        row("TableauCopie", "ArrayCopy", 2, 2, copy),
        row("TableauInverse", "ArrayReverse", 1, 1, reverse),
        row("TableauMélange", "ArrayShuffle", 1, 1, shuffle),
        row("TableauTrie", "ArraySort", 1, 3, sort),
        row("TableauCherche", "ArraySeek", 3, 4, seek),
        row("Dimension", "Dimension", 1, 2, dimension),
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

/// Argument `i`: a one-dimension array. (The place to check the shape once arrays of several
/// dimensions exist.)
fn one_dimension<'a>(args: &Args<'a>, i: usize) -> Result<&'a Rc<RefCell<Array>>, BuiltinError> {
    args.array(i)
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

/// Appends a value (converted to the element type); returns the new element count.
fn add(_host: &mut dyn Host, args: Args) -> Ret {
    let array = one_dimension(&args, 0)?;
    let mut a = array.borrow_mut();
    let value = element(&a, &args[1], 1)?;
    if a.items.len() >= MAX_ELEMENTS {
        return Err(too_large(a.items.len() as i64 + 1, 0));
    }
    a.items.push(value);
    Ok(Value::Int(a.items.len() as i64))
}

fn count(_host: &mut dyn Host, args: Args) -> Ret {
    Ok(Value::Int(one_dimension(&args, 0)?.borrow().items.len() as i64))
}

/// `TableauInsère(t, index, value)`: before element `index` (1 to count + 1).
fn insert(_host: &mut dyn Host, args: Args) -> Ret {
    let array = one_dimension(&args, 0)?;
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

/// `TableauSupprime(t, index)`.
fn delete(_host: &mut dyn Host, args: Args) -> Ret {
    let array = one_dimension(&args, 0)?;
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
    one_dimension(&args, 0)?.borrow_mut().items.clear();
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
    let items = items.iter().map(|v| element(&d, v, 0)).collect::<Result<Vec<_>, _>>()?;
    d.items = items;
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
    let items = array.borrow().items.clone();
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
    array.borrow_mut().items = sorted;
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
            if equal(&a.items[i as usize - 1])? {
                return Ok(i);
            }
        }
        Ok(-1)
    };
    let found_backward = |to: i64| -> Result<i64, BuiltinError> {
        for i in (1..=to.min(len)).rev() {
            if equal(&a.items[i as usize - 1])? {
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
                if ops::compare(&a.items[mid], wanted).map_err(|e| arg_error(2, e.0))? == Ordering::Less {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if lo < a.items.len() && equal(&a.items[lo])? { lo as i64 + 1 } else { -1 }
        }
        other => return Err(bad(1, ArrayFault::UnknownSeek(other))),
    };
    Ok(Value::Int(index))
}

/// `Dimension(t)`: the number of elements; `Dimension(t, n)`: the array resized to n elements
/// (new ones hold the element type's default value), returning n. On another value,
/// `Dimension(v)` is its size in bytes.
fn dimension(_host: &mut dyn Host, args: Args) -> Ret {
    let array = match &args[0] {
        Value::Array(a) => a,
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
    let requested = args.int(1)?;
    if requested < 0 {
        return Err(bad(1, ArrayFault::NegativeDimension(requested)));
    }
    let n = match usize::try_from(requested) {
        Ok(n) if n <= MAX_ELEMENTS => n,
        _ => return Err(too_large(requested, 1)),
    };
    let mut a = array.borrow_mut();
    let default = a.elem.default_value();
    a.items.resize(n, default);
    Ok(Value::Int(requested))
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
        ] {
            assert_ne!(fault.text(Lang::En), fault.text(Lang::Fr));
        }
    }
}
