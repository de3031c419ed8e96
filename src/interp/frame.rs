//! Activation records. A `Frame` holds one procedure call's variables in numbered slots (the
//! resolver chose the numbers) and links to the frame whose variables its code can also see:
//! the globals for a global procedure, the enclosing call for a `PROCÉDURE INTERNE`.
//! A `Place` is a variable or an array element, as a by-reference parameter aliases it.

use std::cell::RefCell;
use std::rc::Rc;

use super::ir::Proc;
use super::value::{Array, Value};

#[derive(Debug)]
pub struct Frame {
    slots: RefCell<Vec<Value>>,
    pub parent: Option<Rc<Frame>>,
}

impl Frame {
    pub fn new(slots: Vec<Value>, parent: Option<Rc<Frame>>) -> Rc<Frame> {
        Rc::new(Frame { slots: RefCell::new(slots), parent })
    }

    /// The value of a slot, following a by-reference parameter to what it aliases.
    #[inline]
    pub fn get(&self, slot: u32) -> Value {
        let value = self.slots.borrow()[slot as usize].clone();
        match value {
            Value::Ref(place) => place.load(),
            value => value,
        }
    }

    /// The slot's raw content: a by-reference parameter stays a `Ref` (to pass it on unchanged).
    pub fn get_raw(&self, slot: u32) -> Value {
        self.slots.borrow()[slot as usize].clone()
    }

    /// Stores into a slot, or through it when it aliases a caller's variable.
    #[inline]
    pub fn set(&self, slot: u32, value: Value) {
        let mut slots = self.slots.borrow_mut();
        let cell = &mut slots[slot as usize];
        if let Value::Ref(place) = cell {
            let place = place.clone();
            drop(slots);
            place.store(value);
        } else {
            *cell = value;
        }
    }

    /// Replaces the slot itself, never storing through a reference (declarations do this).
    pub fn reset(&self, slot: u32, value: Value) {
        self.slots.borrow_mut()[slot as usize] = value;
    }

    /// Adds Null slots up to `len` (globals declared by a later chunk of an interactive session).
    pub fn grow(&self, len: usize) {
        let mut slots = self.slots.borrow_mut();
        if slots.len() < len {
            slots.resize(len, Value::Null);
        }
    }

    /// The frame `depth` links up the chain (0 = this one).
    #[inline]
    pub fn ancestor(self: &Rc<Frame>, depth: u16) -> &Rc<Frame> {
        let mut frame = self;
        for _ in 0..depth {
            // The resolver only emits depths that exist: a missing parent is a resolver bug.
            frame = frame.parent.as_ref().expect("resolver depth exceeds the frame chain");
        }
        frame
    }
}

/// Where a by-reference parameter points.
#[derive(Debug)]
pub enum Place {
    Slot { frame: Rc<Frame>, slot: u32 },
    Elem { array: Rc<RefCell<Array>>, index: usize },
}

impl Place {
    pub fn load(&self) -> Value {
        match self {
            Place::Slot { frame, slot } => frame.get(*slot),
            Place::Elem { array, index } => array.borrow().items.get(*index).cloned().unwrap_or(Value::Null),
        }
    }

    pub fn store(&self, value: Value) {
        match self {
            Place::Slot { frame, slot } => frame.set(*slot, value),
            Place::Elem { array, index } => {
                if let Some(item) = array.borrow_mut().items.get_mut(*index) {
                    *item = value;
                }
            }
        }
    }
}

/// A procedure as a value: the code and the frame its body sees as enclosing.
#[derive(Debug)]
pub struct Closure {
    pub proc: Rc<Proc>,
    pub env: Rc<Frame>,
}
