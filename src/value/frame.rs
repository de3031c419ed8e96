//! Activation records. A `Frame` holds one procedure call's variables in numbered slots (the
//! resolver chose the numbers) and links to the frame whose variables its code can also see:
//! the enclosing call for a `PROCÉDURE INTERNE` (a global procedure's code reaches the globals
//! through `Interp::globals`, so its frame links to nothing).
//! A `Place` is a variable or an array element, as a by-reference parameter aliases it; a place
//! never refers to a slot of the frame that holds it, and never to another by-reference slot.
//!
//! A call's frame is usually unshared when the call returns (only a closure or a by-reference
//! argument passed on can keep it); such frames are kept for the next call, so that a call does not
//! allocate.

use std::cell::{RefCell, UnsafeCell};
use std::rc::Rc;

use super::{Array, Value};

/// One call's variables. The slots sit in an `UnsafeCell` rather than a `RefCell`: every access
/// below is a short operation that holds no reference into the slots while running anything that
/// could reach the same frame again (values are cloned out, moved in, or taken out while a
/// closure works on them and put back), so there is never more than one live reference to the
/// slots, and no per-access borrow flag to check. `Frame` is not `Sync` (it holds `Rc`s), so all
/// of this happens on one thread.
pub struct Frame {
    slots: UnsafeCell<Vec<Value>>,
    pub parent: Option<Rc<Frame>>,
}

impl std::fmt::Debug for Frame {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Frame({} slots)", self.len())
    }
}

impl Frame {
    pub fn new(slots: Vec<Value>, parent: Option<Rc<Frame>>) -> Rc<Frame> {
        Rc::new(Frame { slots: UnsafeCell::new(slots), parent })
    }

    /// A frame for a new call with no slots yet: a recycled one when `pool` has one. `parent`
    /// is the frame the callee's code reaches through `ancestor` (an internal procedure's
    /// enclosing call); a global procedure reaches none (its globals are `Interp::globals`).
    #[inline]
    pub fn for_call(pool: &mut FramePool, parent: Option<Rc<Frame>>) -> Rc<Frame> {
        match pool.0.pop() {
            Some(mut frame) => {
                if parent.is_some() {
                    // Only unshared frames are kept, so this always succeeds.
                    if let Some(f) = Rc::get_mut(&mut frame) {
                        f.parent = parent;
                    }
                }
                frame
            }
            None => Frame::new(Vec::new(), parent),
        }
    }

    /// Gives back a finished call's frame: kept in `pool` when nothing else refers to it.
    #[inline]
    pub fn recycle(pool: &mut FramePool, mut frame: Rc<Frame>) {
        let Some(f) = Rc::get_mut(&mut frame) else { return };
        let slots = f.slots.get_mut();
        let len = slots.len();
        // SAFETY: the length is zero first (a panicking drop would leak the rest, never drop
        // twice); then each value is dropped once in place, except numbers, which own nothing
        // (see `Value::discard`).
        unsafe {
            slots.set_len(0);
            let base = slots.as_mut_ptr();
            for i in 0..len {
                let value = &mut *base.add(i);
                if value.owns_pointer() {
                    std::ptr::drop_in_place(value);
                }
            }
        }
        if f.parent.is_some() {
            f.parent = None;
        }
        if pool.0.len() < MAX_SPARE_FRAMES {
            pool.0.push(frame);
        }
    }

    /// The slots of a frame nobody else holds yet (a call's frame while its arguments are stored).
    pub fn slots_mut(frame: &mut Rc<Frame>) -> Option<&mut Vec<Value>> {
        Rc::get_mut(frame).map(|f| f.slots.get_mut())
    }

    fn len(&self) -> usize {
        // SAFETY: a short shared read (see the type's documentation).
        unsafe { (*self.slots.get()).len() }
    }

    /// The slot's raw content: a by-reference parameter stays a `Ref` (to pass it on unchanged).
    #[inline(always)]
    pub fn get_raw(&self, slot: u32) -> Value {
        // SAFETY: a short shared read; the clone runs no code of ours.
        unsafe { (&(*self.slots.get()))[slot as usize].clone() }
    }

    /// The integer in a slot (or in what it aliases), without a copy of the value: `None` when
    /// it holds anything else.
    #[inline(always)]
    pub fn peek_int(&self, slot: u32) -> Option<i64> {
        // SAFETY: a short shared read (see the type's documentation); following a reference
        // reads another frame or an array the same way.
        match unsafe { &(&(*self.slots.get()))[slot as usize] } {
            Value::Int(n) => Some(*n),
            Value::Ref(place) => place.peek_int(),
            _ => None,
        }
    }

    /// Runs `f` on the slot's value (or on what it aliases) without copying it. `f` must not
    /// reach frames (it runs while a shared reference to the slots is alive).
    #[inline(always)]
    pub fn with<R>(&self, slot: u32, f: impl FnOnce(&Value) -> R) -> R {
        // SAFETY: `f` only reads through this shared reference and, by contract, does not reach
        // frames, so no mutable reference to these slots can be made while it lives.
        let value = unsafe { &(&(*self.slots.get()))[slot as usize] };
        match value {
            Value::Ref(place) => place.with(f),
            value => f(value),
        }
    }

    /// The value of a slot, following a by-reference parameter to what it aliases.
    #[inline(always)]
    pub fn get(&self, slot: u32) -> Value {
        // SAFETY: a short shared read; the clone runs no code of ours.
        match unsafe { &(&(*self.slots.get()))[slot as usize] } {
            Value::Ref(place) => place.load(),
            value => value.clone(),
        }
    }

    /// Stores into a slot, or through it when it aliases a caller's variable.
    #[inline]
    pub fn set(&self, slot: u32, value: Value) {
        // SAFETY: the reference lives until the old value is moved out, which runs no code of
        // ours; the old value is dropped after it ends.
        let cell = unsafe { &mut (&mut (*self.slots.get()))[slot as usize] };
        if let Value::Ref(_) = cell {
            return self.set_through(slot, value);
        }
        std::mem::replace(cell, value).discard();
    }

    /// `set` on a slot holding a by-reference parameter: stores into what it aliases.
    #[inline(never)]
    fn set_through(&self, slot: u32, value: Value) {
        // SAFETY: a by-reference parameter never aliases a slot of its own frame (it refers to a
        // caller's variable, an array element or a member), so storing through it leaves this
        // frame's slots, and the place read from them, untouched meanwhile.
        if let Value::Ref(place) = unsafe { &(&(*self.slots.get()))[slot as usize] } {
            place.store(value);
        }
    }

    /// The place a slot stands for, to pass it by reference: the slot itself, or what it
    /// aliases when it is a by-reference parameter already.
    #[inline]
    pub fn place_of(self: &Rc<Frame>, slot: u32) -> Place {
        // SAFETY: a short shared read; cloning a place runs no code of ours.
        match unsafe { &(&(*self.slots.get()))[slot as usize] } {
            Value::Ref(place) => place.clone(),
            _ => Place::Slot { frame: self.clone(), slot },
        }
    }

    /// The integer a slot holds itself (a place's target is never a by-reference parameter).
    #[inline(always)]
    fn own_int(&self, slot: u32) -> Option<i64> {
        // SAFETY: a short shared read.
        match unsafe { &(&(*self.slots.get()))[slot as usize] } {
            Value::Int(n) => Some(*n),
            _ => None,
        }
    }

    /// Stores an integer into a slot (or through it): in place when it already holds one.
    #[inline(always)]
    pub fn set_int(&self, slot: u32, n: i64) {
        // SAFETY: as in `set`; an integer owns nothing to drop.
        match unsafe { &mut (&mut (*self.slots.get()))[slot as usize] } {
            Value::Int(x) => *x = n,
            _ => self.set(slot, Value::Int(n)),
        }
    }

    /// Adds `n` to the integer a slot holds, in place. False, with nothing done, when the slot
    /// holds anything else (or aliases another variable) or when the sum would overflow.
    #[inline]
    pub fn add_int(&self, slot: u32, n: i64) -> bool {
        // SAFETY: as in `set`: the reference lives for this function, which runs no code of ours.
        match unsafe { &mut (&mut (*self.slots.get()))[slot as usize] } {
            Value::Int(x) => match x.checked_add(n) {
                Some(sum) => {
                    *x = sum;
                    true
                }
                None => false,
            },
            _ => false,
        }
    }

    /// Changes a slot (or what it aliases) through `f`, which sees the value itself, not a copy
    /// (the value is taken out of the slot while `f` runs, then put back).
    #[inline]
    pub fn update<R>(&self, slot: u32, f: impl FnOnce(&mut Value) -> R) -> R {
        // SAFETY: as in `set`: the reference ends before `f` runs.
        let mut value = unsafe { std::mem::replace(&mut (&mut (*self.slots.get()))[slot as usize], Value::Null) };
        if let Value::Ref(place) = &value {
            let place = place.clone();
            // SAFETY: as above.
            unsafe { (&mut (*self.slots.get()))[slot as usize] = value };
            return place.update(f);
        }
        let result = f(&mut value);
        // SAFETY: as above; the slot holds the `Null` put there, dropped without running code.
        unsafe { (&mut (*self.slots.get()))[slot as usize] = value };
        result
    }

    /// Replaces the slot itself, never storing through a reference (declarations do this).
    pub fn reset(&self, slot: u32, value: Value) {
        // SAFETY: as in `set`.
        let old = unsafe { std::mem::replace(&mut (&mut (*self.slots.get()))[slot as usize], value) };
        drop(old);
    }

    /// Adds Null slots up to `len` (globals declared by a later chunk of an interactive session).
    pub fn grow(&self, len: usize) {
        // SAFETY: as in `set`; growing moves values without running code.
        let slots = unsafe { &mut *self.slots.get() };
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

/// Finished calls' frames, kept for the next calls so that a call does not allocate.
#[derive(Default)]
pub struct FramePool(Vec<Rc<Frame>>);

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
    /// A member of a structure.
    RecordField {
        record: Rc<RefCell<super::Record>>,
        index: u32,
    },
    /// A member of an object.
    ObjectField {
        object: Rc<super::Object>,
        index: u32,
    },
    /// A member of a variant's named sub-elements or of a JSON object.
    DynamicField {
        members: Rc<RefCell<super::Dynamic>>,
        index: u32,
    },
}

impl Place {
    /// The structure or object a member place is in.
    fn holder(&self) -> Option<(super::object::Holder, usize)> {
        use super::object::Holder;
        match self {
            Place::RecordField { record, index } => Some((Holder::Record(record.clone()), *index as usize)),
            Place::ObjectField { object, index } => Some((Holder::Object(object.clone()), *index as usize)),
            Place::DynamicField { members, index } => Some((Holder::Dynamic(members.clone()), *index as usize)),
            _ => None,
        }
    }

    /// The place of a member of a holder.
    pub fn field(holder: super::object::Holder, index: u32) -> Place {
        match holder {
            super::object::Holder::Record(record) => Place::RecordField { record, index },
            super::object::Holder::Object(object) => Place::ObjectField { object, index },
            super::object::Holder::Dynamic(members) => Place::DynamicField { members, index },
        }
    }
}

impl Place {
    /// The integer this place holds, if it holds one.
    #[inline]
    pub fn peek_int(&self) -> Option<i64> {
        match self {
            Place::Slot { frame, slot } => frame.own_int(*slot),
            Place::Elem { array, index } => array.borrow().items.get_int(*index as usize),
            Place::RecordField { .. } | Place::ObjectField { .. } | Place::DynamicField { .. } => match self.load() {
                Value::Int(n) => Some(n),
                _ => None,
            },
        }
    }

    /// Runs `f` on the value this place holds, without copying it (see `Frame::with`).
    pub fn with<R>(&self, f: impl FnOnce(&Value) -> R) -> R {
        match self {
            Place::Slot { frame, slot } => frame.with(*slot, f),
            Place::Elem { array, index } => {
                let array = array.borrow();
                match array.items.get(*index as usize) {
                    Some(item) => f(&item),
                    None => f(&Value::Null),
                }
            }
            Place::RecordField { .. } | Place::ObjectField { .. } | Place::DynamicField { .. } => f(&self.load()),
        }
    }

    pub fn load(&self) -> Value {
        match self {
            Place::Slot { frame, slot } => frame.get_raw(*slot),
            Place::Elem { array, index } => array.borrow().items.get(*index as usize).unwrap_or(Value::Null),
            Place::RecordField { record, index } => {
                record.borrow().fields.get(*index as usize).cloned().unwrap_or(Value::Null)
            }
            Place::ObjectField { object, index } => {
                object.fields.borrow().get(*index as usize).cloned().unwrap_or(Value::Null)
            }
            Place::DynamicField { members, index } => members.borrow().value(*index as usize),
        }
    }

    pub fn update<R>(&self, f: impl FnOnce(&mut Value) -> R) -> R {
        match self {
            Place::Slot { frame, slot } => frame.update(*slot, f),
            Place::Elem { array, index } => {
                let mut array = array.borrow_mut();
                let i = *index as usize;
                if i < array.items.len() {
                    array.items.update(i, f).expect("the element is there")
                } else {
                    // The array shrank since: the change is lost, as `store` loses it.
                    f(&mut Value::Null)
                }
            }
            Place::RecordField { .. } | Place::ObjectField { .. } | Place::DynamicField { .. } => {
                let Some((holder, index)) = self.holder() else { unreachable!("a member place has a holder") };
                let mut value = holder.get(index);
                let result = f(&mut value);
                holder.set(index, value);
                result
            }
        }
    }

    pub fn store(&self, value: Value) {
        match self {
            Place::Slot { frame, slot } => frame.set(*slot, value),
            Place::Elem { array, index } => {
                array.borrow_mut().items.set(*index as usize, value);
            }
            // A value with members given to a member of another is copied (as a structure is),
            // so that such values never contain each other.
            Place::DynamicField { members, index } if matches!(value, Value::Dynamic(_)) => {
                let old = members.borrow_mut().set(*index as usize, super::object::copy_member(&value));
                drop(old);
            }
            Place::RecordField { .. } | Place::ObjectField { .. } | Place::DynamicField { .. } => {
                if let Some((holder, index)) = self.holder() {
                    holder.set(index, value);
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
