//! Activation records. A `Frame` holds one procedure call's variables in numbered slots (the
//! resolver chose the numbers) and links to the frame whose variables its code can also see:
//! the globals for a global procedure, the enclosing call for a `PROCÉDURE INTERNE`.
//! A `Place` is a variable or an array element, as a by-reference parameter aliases it.
//!
//! A call's frame is usually unshared when the call returns (only a closure or a by-reference
//! argument passed on can keep it); such frames are kept for the next call, so that a call does not
//! allocate.

use std::cell::RefCell;
use std::rc::Rc;

use super::{Array, Value};

#[derive(Debug)]
pub struct Frame {
    slots: RefCell<Vec<Value>>,
    pub parent: Option<Rc<Frame>>,
}

impl Frame {
    pub fn new(slots: Vec<Value>, parent: Option<Rc<Frame>>) -> Rc<Frame> {
        Rc::new(Frame { slots: RefCell::new(slots), parent })
    }

    /// A frame for a new call with no slots yet: a recycled one when there is one.
    pub fn for_call(parent: Rc<Frame>) -> Rc<Frame> {
        let spare = SPARE_FRAMES.with(|spare| spare.borrow_mut().pop());
        match spare {
            Some(mut frame) => {
                // Only unshared frames are kept, so this always succeeds.
                if let Some(f) = Rc::get_mut(&mut frame) {
                    f.parent = Some(parent);
                }
                frame
            }
            None => Frame::new(Vec::new(), Some(parent)),
        }
    }

    /// Gives back a finished call's frame: kept for `for_call` when nothing else refers to it.
    pub fn recycle(mut frame: Rc<Frame>) {
        let Some(f) = Rc::get_mut(&mut frame) else { return };
        // Dropping the values may drop other frames (closures): do it before borrowing the pool.
        let slots = f.slots.get_mut();
        while let Some(value) = slots.pop() {
            value.discard();
        }
        f.parent = None;
        SPARE_FRAMES.with(|spare| {
            let mut spare = spare.borrow_mut();
            if spare.len() < MAX_SPARE_FRAMES {
                spare.push(frame);
            }
        });
    }

    /// The slots of a frame nobody else holds yet (a call's frame while its arguments are stored).
    pub fn slots_mut(frame: &mut Rc<Frame>) -> Option<&mut Vec<Value>> {
        Rc::get_mut(frame).map(|f| f.slots.get_mut())
    }

    /// The value of a slot, following a by-reference parameter to what it aliases.
    #[inline(always)]
    pub fn get(&self, slot: u32) -> Value {
        match &self.slots.borrow()[slot as usize] {
            // Loading only borrows frames shared, so this borrow may stay.
            Value::Ref(place) => place.load(),
            value => value.clone(),
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
            std::mem::replace(cell, value).discard();
        }
    }

    /// Changes a slot in place (or what it aliases): `f` sees the value without a copy.
    /// `f` must not touch frames.
    #[inline]
    pub fn update<R>(&self, slot: u32, f: impl FnOnce(&mut Value) -> R) -> R {
        let mut slots = self.slots.borrow_mut();
        match &mut slots[slot as usize] {
            Value::Ref(place) => {
                let place = place.clone();
                drop(slots);
                place.update(f)
            }
            value => f(value),
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

/// Enough for deep recursion to reuse frames; more would only hold memory.
const MAX_SPARE_FRAMES: usize = 256;

thread_local! {
    static SPARE_FRAMES: RefCell<Vec<Rc<Frame>>> = const { RefCell::new(Vec::new()) };
}

/// Where a by-reference parameter points. Small enough to sit in a `Value` (16 bytes) without an
/// allocation of its own: passing a variable by reference allocates nothing.
#[derive(Clone, Debug)]
pub enum Place {
    Slot {
        frame: Rc<Frame>,
        slot: u32,
    },
    /// `index` is 0-based.
    Elem {
        array: Rc<RefCell<Array>>,
        index: u32,
    },
}

impl Place {
    pub fn load(&self) -> Value {
        match self {
            Place::Slot { frame, slot } => frame.get(*slot),
            Place::Elem { array, index } => array.borrow().items.get(*index as usize).cloned().unwrap_or(Value::Null),
        }
    }

    pub fn update<R>(&self, f: impl FnOnce(&mut Value) -> R) -> R {
        match self {
            Place::Slot { frame, slot } => frame.update(*slot, f),
            Place::Elem { array, index } => match array.borrow_mut().items.get_mut(*index as usize) {
                Some(item) => f(item),
                // The array shrank since: the change is lost, as `store` loses it.
                None => f(&mut Value::Null),
            },
        }
    }

    pub fn store(&self, value: Value) {
        match self {
            Place::Slot { frame, slot } => frame.set(*slot, value),
            Place::Elem { array, index } => {
                if let Some(item) = array.borrow_mut().items.get_mut(*index as usize) {
                    *item = value;
                }
            }
        }
    }
}

/// A procedure as a value: which procedure (an index in the program's table, so that values stay
/// below the resolved program), its name as declared, and the frame its body sees as enclosing.
#[derive(Debug)]
pub struct Closure {
    pub proc: usize,
    pub name: Rc<str>,
    pub env: Rc<Frame>,
}
