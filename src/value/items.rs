//! The elements of an array. Most arrays hold `Value`s (16 bytes each); an array of `entier`s
//! holds its integers themselves (8 bytes each) as long as every element is one: 1,000,000
//! integers take 8 MB instead of 16, and reading or adding one builds no `Value`. The first
//! element that is not an integer (a by-reference parameter may store anything into an
//! element) turns the array into `Value`s for good.
//!
//! `Items` offers what arrays need of a vector: length, reading by position (values are
//! returned, not borrowed, since integers are not stored as values), writing, growing; and,
//! for the rare operations that need the values themselves (sorting, ...), `values_mut`.

use super::{Ty, Value};

#[derive(Debug, Clone)]
pub enum Items {
    Values(Vec<Value>),
    /// Only in an array of `entier`s, while every element is an integer.
    Ints(Vec<i64>),
}

impl Default for Items {
    fn default() -> Items {
        Items::Values(Vec::new())
    }
}

impl From<Vec<Value>> for Items {
    fn from(values: Vec<Value>) -> Items {
        Items::Values(values)
    }
}

impl Items {
    /// The elements of an array of `elem`: kept as integers in an array of `entier`s that holds
    /// only integers.
    pub fn of(elem: &Ty, values: Vec<Value>) -> Items {
        if *elem == Ty::Int && values.iter().all(|v| matches!(v, Value::Int(_))) {
            Items::Ints(values.into_iter().map(|v| if let Value::Int(n) = v { n } else { 0 }).collect())
        } else {
            Items::Values(values)
        }
    }

    /// No elements yet, for an array of `elem`.
    pub fn empty(elem: &Ty) -> Items {
        if *elem == Ty::Int { Items::Ints(Vec::new()) } else { Items::Values(Vec::new()) }
    }

    #[inline]
    pub fn len(&self) -> usize {
        match self {
            Items::Values(v) => v.len(),
            Items::Ints(v) => v.len(),
        }
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The element at a 0-based position.
    #[inline]
    pub fn get(&self, i: usize) -> Option<Value> {
        match self {
            Items::Values(v) => v.get(i).cloned(),
            Items::Ints(v) => v.get(i).map(|&n| Value::Int(n)),
        }
    }

    /// The element at a 0-based position when it is an integer.
    #[inline]
    pub fn get_int(&self, i: usize) -> Option<i64> {
        match self {
            Items::Values(v) => match v.get(i) {
                Some(Value::Int(n)) => Some(*n),
                _ => None,
            },
            Items::Ints(v) => v.get(i).copied(),
        }
    }

    /// Runs `f` on the element at a 0-based position, without copying it (an integer is
    /// lent as a value made for the occasion).
    #[inline]
    pub fn with<R>(&self, i: usize, f: impl FnOnce(&Value) -> R) -> Option<R> {
        match self {
            Items::Values(v) => v.get(i).map(f),
            Items::Ints(v) => v.get(i).map(|&n| f(&Value::Int(n))),
        }
    }

    /// Changes the element at a 0-based position through `f`, which sees the value itself (an
    /// integer's value is stored back, turning the array into values if `f` made it anything
    /// else).
    pub fn update<R>(&mut self, i: usize, f: impl FnOnce(&mut Value) -> R) -> Option<R> {
        match self {
            Items::Values(v) => v.get_mut(i).map(f),
            Items::Ints(v) => {
                let n = *v.get(i)?;
                let mut value = Value::Int(n);
                let result = f(&mut value);
                self.set(i, value);
                Some(result)
            }
        }
    }

    /// Replaces the element at a 0-based position (nothing when there is none).
    #[inline]
    pub fn set(&mut self, i: usize, value: Value) {
        match (&mut *self, value) {
            (Items::Ints(v), Value::Int(n)) => {
                if let Some(slot) = v.get_mut(i) {
                    *slot = n;
                }
            }
            (Items::Values(v), value) => {
                if let Some(slot) = v.get_mut(i) {
                    std::mem::replace(slot, value).discard();
                }
            }
            (_, value) => self.set_value(i, value),
        }
    }

    /// `set` of something else than an integer into integers.
    #[cold]
    fn set_value(&mut self, i: usize, value: Value) {
        if let Some(slot) = self.values_mut().get_mut(i) {
            std::mem::replace(slot, value).discard();
        }
    }

    #[inline(always)]
    pub fn push(&mut self, value: Value) {
        match (&mut *self, value) {
            (Items::Ints(v), Value::Int(n)) => v.push(n),
            (Items::Values(v), value) => v.push(value),
            (_, value) => self.push_value(value),
        }
    }

    /// `push` of something else than an integer onto integers.
    #[cold]
    fn push_value(&mut self, value: Value) {
        self.values_mut().push(value);
    }

    pub fn insert(&mut self, i: usize, value: Value) {
        match (&mut *self, value) {
            (Items::Ints(v), Value::Int(n)) => v.insert(i, n),
            (_, value) => self.values_mut().insert(i, value),
        }
    }

    pub fn remove(&mut self, i: usize) -> Value {
        match self {
            Items::Values(v) => v.remove(i),
            Items::Ints(v) => Value::Int(v.remove(i)),
        }
    }

    pub fn clear(&mut self) {
        match self {
            Items::Values(v) => v.clear(),
            Items::Ints(v) => v.clear(),
        }
    }

    pub fn reverse(&mut self) {
        match self {
            Items::Values(v) => v.reverse(),
            Items::Ints(v) => v.reverse(),
        }
    }

    pub fn swap(&mut self, i: usize, j: usize) {
        match self {
            Items::Values(v) => v.swap(i, j),
            Items::Ints(v) => v.swap(i, j),
        }
    }

    /// Grows or shrinks to `len` elements, new ones being `value`.
    pub fn resize(&mut self, len: usize, value: Value) {
        match (&mut *self, value) {
            (Items::Ints(v), Value::Int(n)) => v.resize(len, n),
            (_, value) => self.values_mut().resize(len, value),
        }
    }

    /// The elements, in order.
    pub fn iter(&self) -> Iter<'_> {
        match self {
            Items::Values(v) => Iter::Values(v.iter()),
            Items::Ints(v) => Iter::Ints(v.iter()),
        }
    }

    /// The elements as values, for the operations that need them in place: an array of
    /// integers becomes an array of values.
    pub fn values_mut(&mut self) -> &mut Vec<Value> {
        if let Items::Ints(v) = self {
            *self = Items::Values(v.iter().map(|&n| Value::Int(n)).collect());
        }
        match self {
            Items::Values(v) => v,
            Items::Ints(_) => unreachable!("turned into values just above"),
        }
    }

    /// The elements as values.
    pub fn into_values(self) -> Vec<Value> {
        match self {
            Items::Values(v) => v,
            Items::Ints(v) => v.into_iter().map(Value::Int).collect(),
        }
    }

    /// A copy of the elements as values.
    pub fn to_values(&self) -> Vec<Value> {
        self.iter().collect()
    }
}

/// The elements of an array, as values.
pub enum Iter<'a> {
    Values(std::slice::Iter<'a, Value>),
    Ints(std::slice::Iter<'a, i64>),
}

impl Iterator for Iter<'_> {
    type Item = Value;

    #[inline]
    fn next(&mut self) -> Option<Value> {
        match self {
            Iter::Values(it) => it.next().cloned(),
            Iter::Ints(it) => it.next().map(|&n| Value::Int(n)),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self {
            Iter::Values(it) => it.size_hint(),
            Iter::Ints(it) => it.size_hint(),
        }
    }
}

impl DoubleEndedIterator for Iter<'_> {
    fn next_back(&mut self) -> Option<Value> {
        match self {
            Iter::Values(it) => it.next_back().cloned(),
            Iter::Ints(it) => it.next_back().map(|&n| Value::Int(n)),
        }
    }
}

impl ExactSizeIterator for Iter<'_> {}

impl<'a> IntoIterator for &'a Items {
    type Item = Value;
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_stay_integers_until_something_else_comes() {
        let mut items = Items::of(&Ty::Int, vec![Value::Int(1), Value::Int(2)]);
        assert!(matches!(items, Items::Ints(_)));
        items.push(Value::Int(3));
        items.set(0, Value::Int(10));
        items.update(1, |v| *v = Value::Int(20));
        assert!(matches!(items, Items::Ints(_)));
        assert_eq!(items.get_int(0), Some(10));
        assert_eq!(items.iter().map(|v| v.to_int().unwrap()).collect::<Vec<_>>(), [10, 20, 3]);
        items.set(2, Value::from("x"));
        assert!(matches!(items, Items::Values(_)));
        assert_eq!(items.len(), 3);
        assert_eq!(items.get(1).and_then(|v| v.to_int().ok()), Some(20));
        assert!(matches!(items.get(2), Some(Value::Str(_))));
        // Only arrays of integers keep integers.
        assert!(matches!(Items::of(&Ty::Variant, vec![Value::Int(1)]), Items::Values(_)));
        assert!(matches!(Items::of(&Ty::Int, vec![Value::Int(1), Value::Null]), Items::Values(_)));
    }
}
