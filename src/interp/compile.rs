//! The evaluator: each procedure's `ir` is compiled once, when the run starts, into a tree of Rust
//! closures, and running the program is calling them. A closure is one node of the tree, already
//! specialised for its shape: a variable read knows its frame and slot, an integer comparison of
//! two locals has no dispatch left, a condition yields a `bool` without building a `Value`, a
//! counted loop steps its integer counter in place. The tree is still walked (each node calls its
//! children), but every decision that depends only on the program is taken at compile time.
//!
//! - `Code<T>`: a compiled node, `Fn(&mut Interp, &Rc<Frame>) -> Ctl<T>`; `Value` for
//!   expressions, `bool` for conditions, `Flow` for statements and blocks. A block costs nothing
//!   of its own (one statement is that statement's code, two are one closure, an `IF` without
//!   `SINON` has no empty block); steps (`Interp::tick`: Ctrl-C, the step limit, threads' time
//!   slices) are counted at loop iterations and calls only;
//! - `Operand`: the leaves (constants, locals, globals) as an enum, so the common operands of an
//!   operator cost a `match`, not an indirect call;
//! - quickened integers: an expression made of integer operators over variables, constants,
//!   members and elements (`IntTree`) also gets an `IntCode`, a closure per operator computing an
//!   `i64` with no `Value` in between, each reading its leaf operands inline (`IntSrc`: one
//!   monomorphic copy per kind of operand; `int_member`: `p.x`, `t[i].x`, `t[i]` read in place).
//!   It gives `None` when something is not an integer (or overflows), and the node then runs its
//!   general code: reading variables twice changes nothing. Assignments (`n = ...`, `n += ...`),
//!   conditions, call arguments and `SELON` use it; `SELON` with integer cases matches ranges of
//!   integers (`int_switch`);
//! - places in place: `p.x`, `t[i].x`, `t[i]` are read and changed where they are (`Frame::with`,
//!   `with_element`, `assign_member`) instead of copying the holder's handle first;
//! - procedures: `ProcCode`, one per `ir::Proc`, filled once every body is compiled (so recursive
//!   and mutually recursive calls link to each other). A call allocates nothing in the common
//!   case: frames are recycled (`Frame::for_call`/`recycle`), a global procedure's frame has no
//!   parent to count references to, arguments go straight into the callee's frame, and `invoke`
//!   is inlined into the call sites of known procedures and methods (defaults, destructors and
//!   the error chain stay out of line). Builtins get their arguments in an array of their number
//!   on the stack (`builtin_n`);
//! - errors unwind as `Err(Box<Abort>)`; each node attaches its span to the faults it raises.
//!
//! Nothing here looks a name up: the resolver did it.

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

use crate::ast::{AssignOp, BinOp, UnOp};
use crate::builtins::{Args, Builtin, BuiltinError};
use crate::diagnostics::{Abort, CallSite, Fault, RuntimeError};
use crate::ir::{
    Block, CaseItem, Env, Expr, ExprKind, Interval, Proc, ProcId, Stmt, StmtKind, SubstringEnd, Target, Var,
};
use crate::ir::{Program, TypeInit};
use crate::source::Span;
use crate::value::object::Holder;
use crate::value::{
    Array, Assoc, Closure, Frame, Growth, Items, MAX_DIMENSIONS, Place, Ty, TypeError, Value, WStr, char_range,
    get_property, ops, set_property,
};
use crate::value::{Object, Record};

use super::{Ctl, Interp, errors};

/// How a statement ended.
pub(crate) enum Flow {
    Next,
    Break,
    Continue,
    Return(Value),
}

/// A compiled node.
pub(crate) type Code<T> = Box<dyn Fn(&mut Interp, &Rc<Frame>) -> Ctl<T>>;

/// The deepest nesting of procedure calls before the script is stopped (runaway recursion).
const MAX_CALL_DEPTH: u32 = 10_000;

pub(crate) fn fail<T>(fault: Fault, span: Span) -> Ctl<T> {
    Err(Box::new(Abort::Error(RuntimeError::new(fault, span))))
}

trait AtSpan<T> {
    fn at(self, span: Span) -> Ctl<T>;
}

impl<T> AtSpan<T> for Result<T, TypeError> {
    #[inline]
    fn at(self, span: Span) -> Ctl<T> {
        self.or_else(|e| fail(e.0, span))
    }
}

/// A compiled procedure: filled once every body of the program is compiled.
pub(crate) type ProcCell = Rc<OnceCell<ProcCode>>;

pub(crate) struct ProcCode {
    pub proc: Rc<Proc>,
    /// The slots a call fills before running: the method's object, then the parameters.
    arity: usize,
    /// The slots of a call's frame (parameters and locals).
    slots: usize,
    /// The defaults of the parameters, evaluated in the globals' frame.
    defaults: Vec<Option<Code<Value>>>,
    body: Code<Flow>,
}

/// Compiles a whole program's procedures (`cells[i]` for `procs[i]`) and its main code.
pub(crate) fn program(program: &Program) -> (Vec<ProcCell>, Code<Flow>) {
    let (procs, main) = (&program.procs, &program.main);
    let cells: Vec<ProcCell> = procs.iter().map(|_| Rc::new(OnceCell::new())).collect();
    let c = Compiler {
        procs,
        cells: &cells,
        shared_cells: cells.iter().cloned().collect(),
        structs: &program.structs,
        classes: &program.classes,
        procedure: RefCell::new(None),
        on_error: Cell::new(false),
    };
    for (proc, cell) in procs.iter().zip(&cells) {
        c.procedure.replace(Some(proc.name.clone()));
        let code = ProcCode {
            proc: proc.clone(),
            arity: proc.method_of.is_some() as usize + proc.params.len(),
            slots: proc.slots.len(),
            defaults: proc.params.iter().map(|p| p.default.as_ref().map(|d| c.expr(d))).collect(),
            body: c.block(&proc.body),
        };
        // Each cell is filled once, here.
        let _ = cell.set(code);
    }
    c.procedure.replace(None);
    let main = c.block(main);
    (cells, main)
}

struct Compiler<'a> {
    procs: &'a [Rc<Proc>],
    cells: &'a [ProcCell],
    /// The same cells, for the call sites that choose their procedure while running (methods):
    /// they read it there, without a reference count per call.
    shared_cells: Rc<[ProcCell]>,
    /// The members' initial values of the script's structures and classes.
    structs: &'a [Rc<TypeInit>],
    classes: &'a [Rc<TypeInit>],
    /// The procedure being compiled (`None`: the main code), for `ErreurInfo(errProcess)`.
    procedure: RefCell<Option<Rc<str>>>,
    /// Compiling the body of a procedure with `CAS ERREUR:` (see `interp::errors`).
    on_error: Cell<bool>,
}

// ------------------------------------------------------------------ operands

/// A leaf read without an indirect call.
enum Operand {
    Const(Value),
    Local(u32),
    Global(u32),
    Code(Code<Value>),
}

impl Operand {
    #[inline(always)]
    fn get(&self, it: &mut Interp, env: &Rc<Frame>) -> Ctl<Value> {
        match self {
            Operand::Local(slot) => Ok(env.get(*slot)),
            Operand::Global(slot) => Ok(it.globals.get(*slot)),
            Operand::Const(v) => Ok(v.clone()),
            Operand::Code(code) => code(it, env),
        }
    }
}

/// An integer expression over variables and constants (`(nX * 31 + i) % 1000003`), as the
/// compiler sees it before making it an `IntCode`.
enum IntTree<'e> {
    Const(i64),
    Local(u32),
    Global(u32),
    Outer(u16, u32),
    /// A member or an element read from variables (`t[i].x`, `p.x`, `t[i]`): a value that is
    /// an integer when the program runs, or not (see `Compiler::pure_leaf`).
    Pure(&'e Expr),
    Add(Box<IntTree<'e>>, Box<IntTree<'e>>),
    Sub(Box<IntTree<'e>>, Box<IntTree<'e>>),
    Mul(Box<IntTree<'e>>, Box<IntTree<'e>>),
    Mod(Box<IntTree<'e>>, Box<IntTree<'e>>),
    /// `/` stays an integer only when the division is exact.
    Div(Box<IntTree<'e>>, Box<IntTree<'e>>),
    Neg(Box<IntTree<'e>>),
}

impl IntTree<'_> {
    /// Whether the tree is a single leaf (then the general code is already as cheap).
    fn is_leaf(&self) -> bool {
        matches!(
            self,
            IntTree::Const(_) | IntTree::Local(_) | IntTree::Global(_) | IntTree::Outer(..) | IntTree::Pure(_)
        )
    }
}

/// The fast lane of integer arithmetic and comparisons: an `IntTree` compiled into closures
/// that compute an `i64` without building a `Value` (quickened integer operations). `None`
/// means "not all integers here" (or an overflow, or an inexact division, or a member that
/// cannot be read): the node then runs its general code, which is always correct to run instead
/// since reading variables, members and elements changes nothing. Each operator's closure reads
/// its leaf operands itself (see `IntSrc`), so `n - 1` or `i % 13` is one closure with no call
/// inside.
type IntCode = Box<dyn Fn(&mut Interp, &Rc<Frame>) -> Option<i64>>;

/// An operand of an integer operator, read inline by the operator's closure (one monomorphic
/// copy per kind of operand).
trait IntSrc: 'static {
    fn read(&self, it: &mut Interp, env: &Rc<Frame>) -> Option<i64>;
}

struct IntConst(i64);
struct IntLocal(u32);
struct IntGlobal(u32);

impl IntSrc for IntConst {
    #[inline(always)]
    fn read(&self, _: &mut Interp, _: &Rc<Frame>) -> Option<i64> {
        Some(self.0)
    }
}

impl IntSrc for IntLocal {
    #[inline(always)]
    fn read(&self, _: &mut Interp, env: &Rc<Frame>) -> Option<i64> {
        env.peek_int(self.0)
    }
}

impl IntSrc for IntGlobal {
    #[inline(always)]
    fn read(&self, it: &mut Interp, _: &Rc<Frame>) -> Option<i64> {
        it.globals.peek_int(self.0)
    }
}

impl IntSrc for IntCode {
    #[inline(always)]
    fn read(&self, it: &mut Interp, env: &Rc<Frame>) -> Option<i64> {
        self(it, env)
    }
}

/// Runs `$body` with `$src` bound to the `IntSrc` for `$tree`: a leaf read inline, or the
/// compiled code of an inner node.
macro_rules! with_int_src {
    ($self:expr, $tree:expr, |$src:ident| $body:expr) => {
        match $tree {
            IntTree::Const(n) => {
                let $src = IntConst(*n);
                $body
            }
            IntTree::Local(slot) => {
                let $src = IntLocal(*slot);
                $body
            }
            IntTree::Global(slot) => {
                let $src = IntGlobal(*slot);
                $body
            }
            other => {
                let $src = $self.int_code(other);
                $body
            }
        }
    };
}

impl Compiler<'_> {
    fn int_code(&self, tree: &IntTree) -> IntCode {
        match tree {
            IntTree::Const(n) => {
                let n = *n;
                Box::new(move |_, _| Some(n))
            }
            IntTree::Local(slot) => {
                let slot = *slot;
                Box::new(move |_, env| env.peek_int(slot))
            }
            IntTree::Global(slot) => {
                let slot = *slot;
                Box::new(move |it, _| it.globals.peek_int(slot))
            }
            IntTree::Outer(depth, slot) => {
                let (depth, slot) = (*depth, *slot);
                Box::new(move |_, env| env.ancestor(depth).peek_int(slot))
            }
            IntTree::Pure(e) => {
                if let Some(code) = int_member(e) {
                    return code;
                }
                let code = self.general_expr(e);
                Box::new(move |it, env| match code(it, env) {
                    Ok(Value::Int(n)) => Some(n),
                    // Not an integer, or an error the general code will raise again.
                    _ => None,
                })
            }
            IntTree::Add(a, b) => self.int_binary(a, b, i64::checked_add),
            IntTree::Sub(a, b) => self.int_binary(a, b, i64::checked_sub),
            IntTree::Mul(a, b) => self.int_binary(a, b, i64::checked_mul),
            IntTree::Mod(a, b) => self.int_binary(a, b, |x, y| if y == 0 { None } else { x.checked_rem(y) }),
            IntTree::Div(a, b) => self
                .int_binary(a, b, |x, y| if y != 0 && x.checked_rem(y) == Some(0) { x.checked_div(y) } else { None }),
            IntTree::Neg(a) => with_int_src!(self, &**a, |a| Box::new(move |it, env| a.read(it, env)?.checked_neg())),
        }
    }

    fn int_binary<F>(&self, a: &IntTree, b: &IntTree, f: F) -> IntCode
    where
        F: Fn(i64, i64) -> Option<i64> + Copy + 'static,
    {
        fn pair<A: IntSrc, B: IntSrc, F: Fn(i64, i64) -> Option<i64> + 'static>(a: A, b: B, f: F) -> IntCode {
            Box::new(move |it, env| f(a.read(it, env)?, b.read(it, env)?))
        }
        with_int_src!(self, a, |a| with_int_src!(self, b, |b| pair(a, b, f)))
    }

    /// A comparison of two integer trees as a condition: one closure reading leaf operands
    /// inline; `general` when either side is not an integer.
    fn int_condition<F>(&self, a: &IntTree, b: &IntTree, general: Code<bool>, f: F) -> Code<bool>
    where
        F: Fn(i64, i64) -> bool + Copy + 'static,
    {
        fn pair<A: IntSrc, B: IntSrc, F: Fn(i64, i64) -> bool + 'static>(
            a: A,
            b: B,
            general: Code<bool>,
            f: F,
        ) -> Code<bool> {
            Box::new(move |it, env| match (a.read(it, env), b.read(it, env)) {
                (Some(x), Some(y)) => Ok(f(x, y)),
                _ => general(it, env),
            })
        }
        with_int_src!(self, a, |a| with_int_src!(self, b, |b| pair(a, b, general, f)))
    }
}

#[inline(always)]
fn frame_of<'f>(it: &'f Interp, var: Var, env: &'f Rc<Frame>) -> &'f Rc<Frame> {
    match var {
        Var::Local(_) => env,
        Var::Global(_) => &it.globals,
        Var::Outer { depth, .. } => env.ancestor(depth),
    }
}

#[inline(always)]
fn slot_of(var: Var) -> u32 {
    match var {
        Var::Local(slot) | Var::Global(slot) | Var::Outer { slot, .. } => slot,
    }
}

#[inline(always)]
fn load(it: &Interp, var: Var, env: &Rc<Frame>) -> Value {
    frame_of(it, var, env).get(slot_of(var))
}

#[inline(always)]
fn store(it: &Interp, var: Var, value: Value, env: &Rc<Frame>) {
    frame_of(it, var, env).set(slot_of(var), value)
}

/// One iteration of a loop: a step counted (`Interp::tick`), then the body, and what the body
/// asks of its loop.
macro_rules! body_flow {
    ($it:expr, $span:expr, $flow:expr) => {
        $it.tick($span)?;
        match $flow {
            Flow::Break => break,
            flow @ Flow::Return(_) => return Ok(flow),
            Flow::Next | Flow::Continue => {}
        }
    };
}

impl Compiler<'_> {
    fn operand(&self, e: &Expr) -> Operand {
        match &e.kind {
            ExprKind::Const(v) => Operand::Const(v.clone()),
            ExprKind::Var(Var::Local(slot)) => Operand::Local(*slot),
            ExprKind::Var(Var::Global(slot)) => Operand::Global(*slot),
            _ => Operand::Code(self.expr(e)),
        }
    }

    /// The integer tree of an expression made only of variables, integer constants and
    /// integer-friendly operators.
    fn int_tree<'e>(&self, e: &'e Expr) -> Option<IntTree<'e>> {
        let pair = |a: &'e Expr, b: &'e Expr| Some((Box::new(self.int_tree(a)?), Box::new(self.int_tree(b)?)));
        Some(match &e.kind {
            ExprKind::Const(Value::Int(n)) => IntTree::Const(*n),
            ExprKind::Var(Var::Local(slot)) => IntTree::Local(*slot),
            ExprKind::Var(Var::Global(slot)) => IntTree::Global(*slot),
            ExprKind::Var(Var::Outer { depth, slot }) => IntTree::Outer(*depth, *slot),
            _ if pure_leaf(e) => IntTree::Pure(e),
            ExprKind::Unary(UnOp::Neg, a) => IntTree::Neg(Box::new(self.int_tree(a)?)),
            ExprKind::Binary(op, a, b) => {
                let (a, b) = pair(a, b)?;
                match op {
                    BinOp::Add => IntTree::Add(a, b),
                    BinOp::Sub => IntTree::Sub(a, b),
                    BinOp::Mul => IntTree::Mul(a, b),
                    BinOp::Mod => IntTree::Mod(a, b),
                    BinOp::Div => IntTree::Div(a, b),
                    _ => return None,
                }
            }
            _ => return None,
        })
    }

    // ------------------------------------------------------------ statements

    /// A block: its statements in sequence. Blocks cost nothing of their own: one statement is
    /// that statement's code, two are one closure; no step is counted here (loops count their
    /// iterations, calls their entries: see `Interp::tick`).
    fn block(&self, block: &Block) -> Code<Flow> {
        let mut stmts: Vec<Code<Flow>> = block.iter().map(|s| self.checked_stmt(s)).collect();
        match stmts.len() {
            0 => Box::new(|_, _| Ok(Flow::Next)),
            1 => stmts.pop().expect("one statement"),
            2 => {
                let second = stmts.pop().expect("two statements");
                let first = stmts.pop().expect("two statements");
                Box::new(move |it, env| match first(it, env)? {
                    Flow::Next => second(it, env),
                    flow => Ok(flow),
                })
            }
            _ => Box::new(move |it, env| {
                for stmt in &stmts {
                    match stmt(it, env)? {
                        Flow::Next => {}
                        flow => return Ok(flow),
                    }
                }
                Ok(Flow::Next)
            }),
        }
    }

    /// A statement; in a body with `CAS ERREUR:`, followed by the check for an error a called
    /// procedure passed on with `ErreurPropage` (see `interp::errors`).
    fn checked_stmt(&self, stmt: &Stmt) -> Code<Flow> {
        let code = self.stmt(stmt);
        if !self.on_error.get() || matches!(stmt.kind, StmtKind::Sections { .. }) {
            return code;
        }
        let span = stmt.span;
        Box::new(move |it, env| {
            let flow = code(it, env)?;
            if it.errors.propagated {
                return it.error_jump(span);
            }
            Ok(flow)
        })
    }

    fn stmt(&self, stmt: &Stmt) -> Code<Flow> {
        let span = stmt.span;
        match &stmt.kind {
            StmtKind::Free(target) => {
                let place = self.target_place(target);
                Box::new(move |it, env| {
                    let place = place(it, env)?;
                    match place.load() {
                        Value::Object(object) => it.destroy(&object, span)?,
                        Value::Null => {}
                        other => return fail(Fault::FreeNotObject(other.ty()), span),
                    }
                    place.store(Value::Null);
                    Ok(Flow::Next)
                })
            }
            StmtKind::Expr(e) => {
                let e = self.expr(e);
                Box::new(move |it, env| {
                    e(it, env)?.discard();
                    Ok(Flow::Next)
                })
            }
            StmtKind::Assign { target, op, value } => self.assign(target, *op, value, span),
            StmtKind::Declare { var, ty, init } => {
                let (var, ty) = (*var, ty.clone());
                match init {
                    Some(init) => {
                        let init_span = init.span;
                        let init = self.expr(init);
                        Box::new(move |it, env| {
                            let v = init(it, env)?.convert(&ty).at(init_span)?;
                            frame_of(it, var, env).reset(slot_of(var), v);
                            Ok(Flow::Next)
                        })
                    }
                    None => Box::new(move |it, env| {
                        frame_of(it, var, env).reset(slot_of(var), ty.default_value());
                        Ok(Flow::Next)
                    }),
                }
            }
            StmtKind::If { branches, otherwise } => {
                // `SI cond ALORS RENVOYER v`: one node (no tick, no block in between).
                if let [(c, then)] = branches.as_slice()
                    && otherwise.is_empty()
                    && !self.on_error.get()
                    && let [Stmt { kind: StmtKind::Return(Some(v)), .. }] = then.as_slice()
                {
                    let (cond, v) = (self.condition(c), self.operand(v));
                    return Box::new(
                        move |it, env| if cond(it, env)? { Ok(Flow::Return(v.get(it, env)?)) } else { Ok(Flow::Next) },
                    );
                }
                let branches: Vec<(Code<bool>, Code<Flow>)> =
                    branches.iter().map(|(c, b)| (self.condition(c), self.block(b))).collect();
                let no_else = otherwise.is_empty();
                let otherwise = self.block(otherwise);
                match <[(Code<bool>, Code<Flow>); 1]>::try_from(branches) {
                    Ok([(cond, then)]) if no_else => {
                        Box::new(move |it, env| if cond(it, env)? { then(it, env) } else { Ok(Flow::Next) })
                    }
                    Ok([(cond, then)]) => {
                        Box::new(move |it, env| if cond(it, env)? { then(it, env) } else { otherwise(it, env) })
                    }
                    Err(branches) => Box::new(move |it, env| {
                        for (cond, body) in &branches {
                            if cond(it, env)? {
                                return body(it, env);
                            }
                        }
                        otherwise(it, env)
                    }),
                }
            }
            StmtKind::Switch { subject, cases, other } => {
                if let Some(code) = self.int_switch(subject, cases, other) {
                    return code;
                }
                let subject = self.operand(subject);
                let cases: Vec<(Vec<CaseCode>, Code<Flow>)> = cases
                    .iter()
                    .map(|case| (case.items.iter().map(|i| self.case_item(i)).collect(), self.block(&case.body)))
                    .collect();
                let other = self.block(other);
                Box::new(move |it, env| {
                    let subject = subject.get(it, env)?;
                    for (items, body) in &cases {
                        for item in items {
                            if item.matches(&subject, it, env)? {
                                return body(it, env);
                            }
                        }
                    }
                    other(it, env)
                })
            }
            StmtKind::For { var, from, to, step, bound_once, body } => {
                self.for_loop(*var, from, to, step.as_deref(), *bound_once, body)
            }
            StmtKind::ForEach { var, ty, index, key, from_end, iterable, body } => {
                let (var, ty, index, key, from_end, span) = (*var, ty.clone(), *index, *key, *from_end, iterable.span);
                let iterable = self.expr(iterable);
                let body = self.block(body);
                Box::new(move |it, env| {
                    let items = match iterable(it, env)? {
                        Value::Array(a) => a,
                        Value::Assoc(m) => {
                            let keys = ForEachKeys { var, ty: &ty, index, key, from_end, span };
                            return for_each_assoc(it, env, &m, keys, &body);
                        }
                        // A variant's named sub-elements, a JSON object's members: their values,
                        // the key being the member's name.
                        Value::Dynamic(d) => {
                            let keys = ForEachKeys { var, ty: &ty, index, key, from_end, span };
                            let map = Assoc::new(Rc::new(crate::types::AssocType {
                                key: Ty::Str,
                                elem: Ty::Variant,
                                options: 0,
                            }));
                            for (name, value) in d.borrow().iter() {
                                map.borrow_mut().add(&Value::from(name), value.clone()).at(span)?;
                            }
                            return for_each_assoc(it, env, &map, keys, &body);
                        }
                        // `POUR TOUT c DE chaîne`: its characters.
                        Value::Str(s) => {
                            let chars: Vec<Value> = s.as_str().chars().map(|c| Value::from(c.to_string())).collect();
                            Array::new(Ty::Str, chars)
                        }
                        other => return fail(Fault::ForEachNeedsArray(other.ty()), span),
                    };
                    // From the end, the elements there at the start; otherwise the length is read
                    // again at each step (the body may add to the array).
                    let start_len = items.borrow().items.len();
                    let mut k = 0;
                    loop {
                        let i = if from_end {
                            match start_len.checked_sub(k + 1) {
                                Some(i) => i,
                                None => break,
                            }
                        } else {
                            k
                        };
                        let Some(item) = items.borrow().items.get(i) else { break };
                        let item = if item.has_type(&ty) { item } else { item.convert(&ty).at(span)? };
                        store(it, var, item, env);
                        if let Some(index) = index {
                            store(it, index, Value::Int(i as i64 + 1), env);
                        }
                        body_flow!(it, span, body(it, env)?);
                        k += 1;
                    }
                    Ok(Flow::Next)
                })
            }
            StmtKind::ForEachString { var, source, separator, from_end, body } => {
                let (var, from_end) = (*var, *from_end);
                let (source_span, separator_span) = (source.span, separator.span);
                let (source, separator) = (self.expr(source), self.expr(separator));
                let body = self.block(body);
                Box::new(move |it, env| {
                    let text = source(it, env)?.to_text().at(source_span)?;
                    // One separator, or an array of them (the text is cut at each).
                    let separators: Vec<Rc<WStr>> = match separator(it, env)? {
                        Value::Array(a) => {
                            let a = a.borrow();
                            let mut seps = Vec::with_capacity(a.items.len());
                            for item in &a.items {
                                seps.push(item.to_text().at(separator_span)?);
                            }
                            seps
                        }
                        other => vec![other.to_text().at(separator_span)?],
                    };
                    let mut parts = split_all(text.as_str(), &separators);
                    if from_end {
                        parts.reverse();
                    }
                    for part in parts {
                        store(it, var, Value::from(part), env);
                        body_flow!(it, source_span, body(it, env)?);
                    }
                    Ok(Flow::Next)
                })
            }
            StmtKind::While { cond, body } => {
                let (cond, body) = (self.condition(cond), self.block(body));
                Box::new(move |it, env| {
                    while cond(it, env)? {
                        body_flow!(it, span, body(it, env)?);
                    }
                    Ok(Flow::Next)
                })
            }
            StmtKind::Loop { count, body, do_while } => {
                let body = self.block(body);
                match (count, do_while) {
                    (Some(c), None) => {
                        let c_span = c.span;
                        let count = self.expr(c);
                        Box::new(move |it, env| {
                            let limit = count(it, env)?.to_int().at(c_span)?;
                            let mut done = 0i64;
                            while done < limit {
                                done += 1;
                                body_flow!(it, span, body(it, env)?);
                            }
                            Ok(Flow::Next)
                        })
                    }
                    (None, None) => Box::new(move |it, env| {
                        loop {
                            body_flow!(it, span, body(it, env)?);
                        }
                        Ok(Flow::Next)
                    }),
                    // `À FAIRE TANTQUE cond`: the lines before it run, then the test.
                    (count, Some(cond)) => {
                        let cond = self.condition(cond);
                        let count = count.as_ref().map(|c| (self.expr(c), c.span));
                        Box::new(move |it, env| {
                            let limit = match &count {
                                Some((count, c_span)) => Some(count(it, env)?.to_int().at(*c_span)?),
                                None => None,
                            };
                            let mut done = 0i64;
                            while limit.is_none_or(|n| done < n) {
                                done += 1;
                                body_flow!(it, span, body(it, env)?);
                                if !cond(it, env)? {
                                    break;
                                }
                            }
                            Ok(Flow::Next)
                        })
                    }
                }
            }
            StmtKind::Break => Box::new(|_, _| Ok(Flow::Break)),
            StmtKind::Continue => Box::new(|_, _| Ok(Flow::Continue)),
            StmtKind::Return(value) => match value {
                Some(v) => {
                    let v = self.operand(v);
                    Box::new(move |it, env| Ok(Flow::Return(v.get(it, env)?)))
                }
                None => Box::new(|_, _| Ok(Flow::Return(Value::Null))),
            },
            StmtKind::WhenException { body, handler, otherwise } => {
                let (body, handler, otherwise) = (self.block(body), self.block(handler), self.block(otherwise));
                let procedure = self.procedure.borrow().clone();
                Box::new(move |it, env| match body(it, env) {
                    Err(abort) if errors::is_exception(&abort) => it.handle_exception(abort, &procedure, &handler, env),
                    Ok(Flow::Next) => otherwise(it, env),
                    flow => flow,
                })
            }
            StmtKind::Block(body) => self.block(body),
            StmtKind::Sections { body, on_exception, on_error, end } => {
                // Only the body jumps to `CAS ERREUR:`, not the sections.
                let outer = self.on_error.replace(on_error.is_some());
                let body = self.block(body);
                self.on_error.set(false);
                let on_exception = on_exception.as_ref().map(|b| self.block(b));
                let on_error = on_error.as_ref().map(|b| self.block(b));
                let end = end.as_ref().map(|b| self.block(b));
                self.on_error.set(outer);
                let procedure = self.procedure.borrow().clone();
                Box::new(move |it, env| {
                    let mut result = body(it, env);
                    // `CAS EXCEPTION:` runs when the lines before it failed, `CAS ERREUR:` when one
                    // of their calls failed with a non-fatal error; the procedure then ends.
                    if let Err(abort) = result {
                        result = match (&on_exception, &on_error) {
                            (Some(handler), _) if errors::is_exception(&abort) => {
                                it.handle_exception(abort, &procedure, handler, env)
                            }
                            (_, Some(handler)) if errors::is_error_jump(&abort) => handler(it, env),
                            _ => Err(abort),
                        };
                    }
                    // `FIN:` runs after the body however it returned; a value it returns wins.
                    if let Some(end) = &end
                        && result.is_ok()
                        && let Flow::Return(value) = end(it, env)?
                    {
                        return Ok(Flow::Return(value));
                    }
                    result
                })
            }
            StmtKind::Unsupported(construct) => {
                let construct = construct.clone();
                Box::new(move |_, _| fail(Fault::Unsupported(construct.clone()), span))
            }
            StmtKind::AssignTuple { targets, value } => self.assign_tuple(targets, value),
            StmtKind::AssignRef { target, value } => self.assign_ref(target, value),
        }
    }

    fn for_loop(
        &self,
        var: Var,
        from: &Expr,
        to: &Expr,
        step: Option<&Expr>,
        bound_once: bool,
        body: &Block,
    ) -> Code<Flow> {
        let (from_span, to_span) = (from.span, to.span);
        let from = self.operand(from);
        let to = self.operand(to);
        let step = step.map(|s| self.operand(s));
        let body = self.block(body);
        Box::new(move |it, env| {
            let start = from.get(it, env)?;
            let step = match &step {
                Some(s) => s.get(it, env)?,
                None => Value::Int(1),
            };
            let descending = step.to_real().at(from_span)? < 0.0;
            let mut bound = to.get(it, env)?;
            store(it, var, start, env);
            loop {
                if !bound_once {
                    // `A`/`TO` re-evaluates the bound at every iteration; `_A_` does not.
                    bound = to.get(it, env)?;
                }
                // Integer counters, the common case, compare and step without a `Value`.
                let slot = slot_of(var);
                let past = match (frame_of(it, var, env).peek_int(slot), &bound) {
                    (Some(c), Value::Int(b)) => {
                        if descending {
                            c < *b
                        } else {
                            c > *b
                        }
                    }
                    _ => {
                        let counter = load(it, var, env);
                        let order = ops::compare(&counter, &bound).at(to_span)?;
                        if descending { order.is_lt() } else { order.is_gt() }
                    }
                };
                if past {
                    break;
                }
                body_flow!(it, from_span, body(it, env)?);
                // Past the last 8-byte integer there is no next value: every integer up to the
                // limit has been visited and the loop is over (going on in reals would never pass
                // an integer bound, and 2^63 + 1 is 2^63 as a real).
                let frame = frame_of(it, var, env);
                match (&step, frame.peek_int(slot)) {
                    (Value::Int(s), Some(c)) => match c.checked_add(*s) {
                        Some(next) => frame.set_int(slot, next),
                        None => break,
                    },
                    _ => {
                        let current = load(it, var, env);
                        if let Value::Int(c) = current
                            && step.to_real().is_ok_and(|s| (c == i64::MAX && s >= 1.0) || (c == i64::MIN && s <= -1.0))
                        {
                            break;
                        }
                        let next = ops::binary(BinOp::Add, &current, &step).at(from_span)?;
                        store(it, var, next, env);
                        // A counter the step no longer moves (a real too large for the step to
                        // change, an integer counter with a step below 1) would loop for ever,
                        // as would a counter that became NaN (it compares equal to every bound).
                        let moved = load(it, var, env);
                        let nan = matches!(moved, Value::Real(x) if x.is_nan());
                        if nan
                            || (step.to_real().is_ok_and(|s| s != 0.0)
                                && ops::equals(&moved, &current).unwrap_or(false))
                        {
                            return fail(Fault::CounterStuck(moved.to_string()), from_span);
                        }
                    }
                }
            }
            Ok(Flow::Next)
        })
    }

    /// `SELON` whose cases are all integer constants (values, ranges, comparisons): each case
    /// is a range of integers, an integer subject is matched against them without a `Value`
    /// (the first range holding it wins, as the cases are tried in order); any other subject
    /// goes through the general code.
    fn int_switch(&self, subject: &Expr, cases: &[crate::ir::Case], other: &Block) -> Option<Code<Flow>> {
        let int = |e: &Expr| match e.kind {
            ExprKind::Const(Value::Int(n)) => Some(n),
            _ => None,
        };
        let mut ranges: Vec<IntCase> = Vec::new();
        for (body, case) in cases.iter().enumerate() {
            for item in &case.items {
                let (low, high, negated) = match item {
                    CaseItem::Value(e) => (int(e)?, int(e)?, false),
                    CaseItem::Range(a, b) => (int(a)?, int(b)?, false),
                    CaseItem::UpTo(e) => (i64::MIN, int(e)?, false),
                    CaseItem::Compare(op, e) => {
                        let v = int(e)?;
                        match op {
                            BinOp::Eq => (v, v, false),
                            BinOp::Ne => (v, v, true),
                            // An empty range (`< i64::MIN`) matches nothing.
                            BinOp::Lt => v.checked_sub(1).map_or((1, 0, false), |h| (i64::MIN, h, false)),
                            BinOp::Le => (i64::MIN, v, false),
                            BinOp::Gt => v.checked_add(1).map_or((1, 0, false), |l| (l, i64::MAX, false)),
                            BinOp::Ge => (v, i64::MAX, false),
                            _ => return None,
                        }
                    }
                    CaseItem::Interval(i) => {
                        let (low, high) = (int(&i.low)?, int(&i.high)?);
                        let low = if i.low_strict { low.checked_add(1) } else { Some(low) };
                        let high = if i.high_strict { high.checked_sub(1) } else { Some(high) };
                        match (low, high) {
                            (Some(l), Some(h)) => (l, h, false),
                            _ => (1, 0, false),
                        }
                    }
                };
                ranges.push(IntCase { low, high, negated, body: body as u32 });
            }
        }
        let int_subject = self.int_code(&self.int_tree(subject)?);
        let subject = self.operand(subject);
        let items: Vec<Vec<CaseCode>> =
            cases.iter().map(|case| case.items.iter().map(|i| self.case_item(i)).collect()).collect();
        let bodies: Vec<Code<Flow>> = cases.iter().map(|case| self.block(&case.body)).collect();
        let other = self.block(other);
        Some(Box::new(move |it, env| {
            let chosen = match int_subject(it, env) {
                Some(n) => ranges.iter().find(|c| (c.low <= n && n <= c.high) != c.negated).map(|c| c.body as usize),
                None => {
                    let subject = subject.get(it, env)?;
                    chosen_case(&items, &subject, it, env)?
                }
            };
            match chosen {
                Some(k) => bodies[k](it, env),
                None => other(it, env),
            }
        }))
    }

    fn case_item(&self, item: &CaseItem) -> CaseCode {
        match item {
            CaseItem::Value(e) => CaseCode::Value(self.operand(e), e.span),
            CaseItem::Range(a, b) => CaseCode::Range(self.operand(a), a.span, self.operand(b), b.span),
            CaseItem::UpTo(e) => CaseCode::UpTo(self.operand(e), e.span),
            CaseItem::Compare(op, e) => CaseCode::Compare(*op, self.operand(e), e.span),
            CaseItem::Interval(bounds) => CaseCode::Interval(self.interval(bounds)),
        }
    }

    fn interval(&self, i: &Interval) -> IntervalCode {
        IntervalCode {
            low: self.operand(&i.low),
            low_span: i.low.span,
            low_strict: i.low_strict,
            high: self.operand(&i.high),
            high_span: i.high.span,
            high_strict: i.high_strict,
        }
    }

    fn assign(&self, target: &Target, op: AssignOp, value: &Expr, span: Span) -> Code<Flow> {
        let value_span = value.span;
        // A member of the object or structure a variable holds: changed in place.
        if let Target::Field { base, index, ty } = target
            && let ExprKind::Var(var) = base.kind
        {
            let (index, ty, base_span) = (*index as usize, ty.clone(), base.span);
            let rhs = self.operand(value);
            let spans = MemberSpans { span, value_span, base_span };
            if op == AssignOp::Add && matches!(ty, Ty::Int | Ty::Variant) {
                // `:nTotal += k` on integers: added in place.
                return Box::new(move |it, env| {
                    let rhs = rhs.get(it, env)?;
                    frame_of(it, var, env).with(slot_of(var), |holder| {
                        if let Value::Int(n) = rhs
                            && add_int_member(holder, index, n)
                        {
                            return Ok(());
                        }
                        assign_member(holder, index, op, rhs, &ty, spans)
                    })?;
                    Ok(Flow::Next)
                });
            }
            return Box::new(move |it, env| {
                let rhs = rhs.get(it, env)?;
                // Converting and combining reach no frame: they may run inside `with`.
                frame_of(it, var, env)
                    .with(slot_of(var), |holder| assign_member(holder, index, op, rhs, &ty, spans))?;
                Ok(Flow::Next)
            });
        }
        // A member of an element of an array held in a variable (`t[i].x = v`), when the index
        // calls nothing: changed in place too.
        if let Target::Field { base, index, ty } = target
            && let ExprKind::Index { base: array, index: i } = &base.kind
            && let ExprKind::Var(var) = array.kind
            && i.calls_nothing()
        {
            let (index, ty, base_span) = (*index as usize, ty.clone(), base.span);
            let (array_span, i_span) = (array.span, i.span);
            let rhs = self.operand(value);
            let i = self.operand(i);
            let spans = MemberSpans { span, value_span, base_span };
            return Box::new(move |it, env| {
                let rhs = rhs.get(it, env)?;
                let i = i.get(it, env)?;
                let mut rhs = Some(rhs);
                let mut assign = |holder: &Value| match rhs.take() {
                    Some(rhs) => assign_member(holder, index, op, rhs, &ty, spans),
                    None => Ok(()),
                };
                frame_of(it, var, env).with(slot_of(var), |b| match with_element(b, &i, &mut assign) {
                    Some(done) => done,
                    None => assign(&index_value(b, &i, array_span, i_span)?),
                })?;
                i.discard();
                Ok(Flow::Next)
            });
        }
        match target {
            Target::Field { .. } | Target::DynField { .. } => {
                let declared = match target {
                    Target::Field { ty, .. } => Some(ty.clone()),
                    _ => None,
                };
                let rhs = self.operand(value);
                let place = self.target_place(target);
                Box::new(move |it, env| {
                    let rhs = rhs.get(it, env)?;
                    let place = place(it, env)?;
                    let new = match op {
                        AssignOp::Set => rhs,
                        op => combine(op, &place.load(), &rhs).at(span)?,
                    };
                    let ty = declared.clone().unwrap_or_else(|| place_ty(&place));
                    let new = if new.has_type(&ty) { new } else { new.convert(&ty).at(value_span)? };
                    place.store(new);
                    Ok(Flow::Next)
                })
            }
            Target::Var { var, ty } => {
                let (var, ty) = (*var, ty.clone());
                if op == AssignOp::Set
                    && matches!(ty, Ty::Int | Ty::Variant)
                    && let Some(tree) = self.int_tree(value).filter(|t| !t.is_leaf())
                {
                    // An integer computed into an integer (or untyped) variable: no `Value` in
                    // between, no conversion.
                    let general = self.general_expr(value);
                    let tree = self.int_code(&tree);
                    return Box::new(move |it, env| {
                        match tree(it, env) {
                            Some(n) => frame_of(it, var, env).set_int(slot_of(var), n),
                            None => {
                                let v = general(it, env)?;
                                let v = if v.has_type(&ty) { v } else { v.convert(&ty).at(value_span)? };
                                store(it, var, v, env);
                            }
                        }
                        Ok(Flow::Next)
                    });
                }
                let rhs = self.operand(value);
                if op == AssignOp::Set
                    && let Ty::Struct(st) = &ty
                {
                    let st = st.clone();
                    return Box::new(move |it, env| {
                        let v = rhs.get(it, env)?;
                        let old = load(it, var, env);
                        let v = crate::value::assign_struct(&old, v, &st).at(value_span)?;
                        store(it, var, v, env);
                        Ok(Flow::Next)
                    });
                }
                if op == AssignOp::Set {
                    return match var {
                        Var::Local(slot) => Box::new(move |it, env| {
                            let v = rhs.get(it, env)?;
                            let v = if v.has_type(&ty) { v } else { v.convert(&ty).at(value_span)? };
                            env.set(slot, v);
                            Ok(Flow::Next)
                        }),
                        Var::Global(slot) => Box::new(move |it, env| {
                            let v = rhs.get(it, env)?;
                            let v = if v.has_type(&ty) { v } else { v.convert(&ty).at(value_span)? };
                            it.globals.set(slot, v);
                            Ok(Flow::Next)
                        }),
                        Var::Outer { .. } => Box::new(move |it, env| {
                            let v = rhs.get(it, env)?;
                            let v = if v.has_type(&ty) { v } else { v.convert(&ty).at(value_span)? };
                            store(it, var, v, env);
                            Ok(Flow::Next)
                        }),
                    };
                }
                // `n += e` (and `n = n + e`) with an integer `e` into an integer: no `Value` in
                // between, no conversion; anything else (a string in `n`, an overflow) goes the
                // general way below. The tree reads variables only, so evaluating it twice is harmless.
                let int_add = (op == AssignOp::Add && matches!(ty, Ty::Int | Ty::Variant))
                    .then(|| self.int_tree(value))
                    .flatten()
                    .map(|tree| self.int_code(&tree));
                // In place: `s += x` appends to the string without copying it when it is unshared.
                let general: Code<Flow> = Box::new(move |it, env| {
                    let rhs = rhs.get(it, env)?;
                    // An integer added to an integer (`nSum += t[i]`): in place.
                    if op == AssignOp::Add
                        && let Value::Int(n) = rhs
                        && matches!(ty, Ty::Int | Ty::Variant)
                        && frame_of(it, var, env).add_int(slot_of(var), n)
                    {
                        return Ok(Flow::Next);
                    }
                    frame_of(it, var, env).update(slot_of(var), |slot| {
                        match op {
                            AssignOp::Add => ops::add_in_place(slot, &rhs).at(span)?,
                            AssignOp::AddSeparated => add_separated(slot, &rhs).at(span)?,
                            op => *slot = combine(op, slot, &rhs).at(span)?,
                        }
                        if !slot.has_type(&ty) {
                            *slot = std::mem::replace(slot, Value::Null).convert(&ty).at(value_span)?;
                        }
                        Ctl::Ok(())
                    })?;
                    Ok(Flow::Next)
                });
                match int_add {
                    Some(tree) => Box::new(move |it, env| {
                        if let Some(n) = tree(it, env)
                            && frame_of(it, var, env).add_int(slot_of(var), n)
                        {
                            return Ok(Flow::Next);
                        }
                        general(it, env)
                    }),
                    None => general,
                }
            }
            // `v.liste[i] = x` on a variant's or a JSON object's member that holds nothing yet:
            // the member becomes an array (growing to any index written).
            Target::Elem { array, index } if let ExprKind::DynField { base, name, spelled } = &array.kind => {
                let (array_span, index_span) = (array.span, index.span);
                let rhs = self.operand(value);
                let member = self.member_target(base, name, spelled, false);
                let index = self.operand(index);
                Box::new(move |it, env| {
                    let rhs = rhs.get(it, env)?;
                    let place = member(it, env)?;
                    let array_value = match place.load() {
                        Value::Null => {
                            let elem = if place_ty(&place) == Ty::Json { Ty::Json } else { Ty::Variant };
                            let array = Array { elem, items: Items::default(), dims: Vec::new(), growth: Growth::Any };
                            place.store(Value::Array(Rc::new(RefCell::new(array))));
                            place.load()
                        }
                        v => v,
                    };
                    let i = index.get(it, env)?;
                    let spans = (array_span, index_span, value_span);
                    store_element(&array_value, &[i], op, rhs, spans, span)?;
                    Ok(Flow::Next)
                })
            }
            Target::Elem { array, index } => {
                let (array_span, index_span) = (array.span, index.span);
                let rhs = self.operand(value);
                let array = self.operand(array);
                let index = self.operand(index);
                Box::new(move |it, env| {
                    let rhs = rhs.get(it, env)?;
                    let (array_value, i) = (array.get(it, env)?, index.get(it, env)?);
                    let spans = (array_span, index_span, value_span);
                    store_element(&array_value, &[i], op, rhs, spans, span)?;
                    Ok(Flow::Next)
                })
            }
            Target::ElemN { .. } | Target::Property { .. } | Target::Flag { .. } => {
                self.assign_model(target, op, value, span)
            }
        }
    }

    // ------------------------------------------------------------ conditions

    /// A condition: comparisons yield their `bool` without a `Value` in between.
    fn condition(&self, cond: &Expr) -> Code<bool> {
        let span = cond.span;
        if let ExprKind::Binary(op @ (BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge), a, b) =
            &cond.kind
            && let (Some(x), Some(y)) = (self.int_tree(a), self.int_tree(b))
        {
            let general = self.general_condition(*op, a, b, span);
            return match op {
                BinOp::Eq => self.int_condition(&x, &y, general, |x, y| x == y),
                BinOp::Ne => self.int_condition(&x, &y, general, |x, y| x != y),
                BinOp::Lt => self.int_condition(&x, &y, general, |x, y| x < y),
                BinOp::Le => self.int_condition(&x, &y, general, |x, y| x <= y),
                BinOp::Gt => self.int_condition(&x, &y, general, |x, y| x > y),
                _ => self.int_condition(&x, &y, general, |x, y| x >= y),
            };
        }
        if let ExprKind::Binary(op, a, b) = &cond.kind {
            let (a, b) = (self.operand(a), self.operand(b));
            match op {
                BinOp::Eq => return compare(*op, a, b, span, |x, y| x == y),
                BinOp::Ne => return compare(*op, a, b, span, |x, y| x != y),
                BinOp::Lt => return compare(*op, a, b, span, |x, y| x < y),
                BinOp::Le => return compare(*op, a, b, span, |x, y| x <= y),
                BinOp::Gt => return compare(*op, a, b, span, |x, y| x > y),
                BinOp::Ge => return compare(*op, a, b, span, |x, y| x >= y),
                _ => {}
            }
        }
        let e = self.expr(cond);
        Box::new(move |it, env| {
            let v = e(it, env)?;
            let truth = v.truthy();
            v.discard();
            truth.at(span)
        })
    }

    fn general_condition(&self, op: BinOp, a: &Expr, b: &Expr, span: Span) -> Code<bool> {
        let (a, b) = (self.operand(a), self.operand(b));
        match op {
            BinOp::Eq => compare(op, a, b, span, |x, y| x == y),
            BinOp::Ne => compare(op, a, b, span, |x, y| x != y),
            BinOp::Lt => compare(op, a, b, span, |x, y| x < y),
            BinOp::Le => compare(op, a, b, span, |x, y| x <= y),
            BinOp::Gt => compare(op, a, b, span, |x, y| x > y),
            _ => compare(op, a, b, span, |x, y| x >= y),
        }
    }

    // ------------------------------------------------------------ expressions

    fn expr(&self, e: &Expr) -> Code<Value> {
        if let Some(tree) = self.int_tree(e).filter(|t| !t.is_leaf()) {
            let general = self.general_expr(e);
            let tree = self.int_code(&tree);
            return Box::new(move |it, env| match tree(it, env) {
                Some(n) => Ok(Value::Int(n)),
                None => general(it, env),
            });
        }
        self.general_expr(e)
    }

    /// An expression's code for any operand types.
    fn general_expr(&self, e: &Expr) -> Code<Value> {
        let span = e.span;
        match &e.kind {
            ExprKind::Const(v) => {
                let v = v.clone();
                Box::new(move |_, _| Ok(v.clone()))
            }
            ExprKind::Var(var) => match *var {
                Var::Local(slot) => Box::new(move |_, env| Ok(env.get(slot))),
                Var::Global(slot) => Box::new(move |it, _| Ok(it.globals.get(slot))),
                var => Box::new(move |it, env| Ok(load(it, var, env))),
            },
            ExprKind::Binary(op, a, b) => self.binary(*op, a, b, span),
            ExprKind::Unary(op, operand) => {
                let operand_span = operand.span;
                let v = self.operand(operand);
                match op {
                    UnOp::Neg => Box::new(move |it, env| ops::negate(&v.get(it, env)?).at(span)),
                    UnOp::Not => Box::new(move |it, env| Ok(Value::Bool(!v.get(it, env)?.truthy().at(operand_span)?))),
                    UnOp::BitNot => Box::new(move |it, env| ops::bit_not(&v.get(it, env)?).at(operand_span)),
                }
            }
            ExprKind::Interval { value, bounds } => {
                let value = self.operand(value);
                let bounds = self.interval(bounds);
                Box::new(move |it, env| {
                    let v = value.get(it, env)?;
                    Ok(Value::Bool(bounds.contains(&v, it, env)?))
                })
            }
            ExprKind::Concat(parts) => {
                let parts: Vec<(Operand, Span)> = parts.iter().map(|p| (self.operand(p), p.span)).collect();
                Box::new(move |it, env| {
                    let mut text = String::new();
                    for (part, part_span) in &parts {
                        part.get(it, env)?.write_text(&mut text).at(*part_span)?;
                    }
                    Ok(Value::from(text))
                })
            }
            ExprKind::In { value, list, negated } => {
                let value = self.operand(value);
                let list: Vec<(Operand, Span)> = list.iter().map(|i| (self.operand(i), i.span)).collect();
                let negated = *negated;
                Box::new(move |it, env| {
                    let v = value.get(it, env)?;
                    let mut found = false;
                    for (item, item_span) in &list {
                        let candidate = item.get(it, env)?;
                        if ops::equals(&v, &candidate).at(*item_span)? {
                            found = true;
                            break;
                        }
                    }
                    Ok(Value::Bool(found != negated))
                })
            }
            ExprKind::Increment { target, delta, prefix } => self.increment(target, *delta, *prefix, span),
            ExprKind::SwitchExpr { subject, values, otherwise } => {
                let subject_span = subject.span;
                let subject = self.operand(subject);
                let values: Vec<Code<Value>> = values.iter().map(|v| self.expr(v)).collect();
                let otherwise = otherwise.as_ref().map(|o| self.expr(o));
                Box::new(move |it, env| {
                    let n = match subject.get(it, env)? {
                        Value::Int(n) => n,
                        Value::Real(x) if x.fract() == 0.0 => x as i64,
                        other => return fail(Fault::SwitchIndex(other.ty()), subject_span),
                    };
                    match usize::try_from(n).ok().and_then(|n| n.checked_sub(1)).and_then(|i| values.get(i)) {
                        Some(chosen) => chosen(it, env),
                        None => match &otherwise {
                            Some(d) => d(it, env),
                            None => Ok(Value::Null),
                        },
                    }
                })
            }
            ExprKind::Unsupported(construct) => {
                let construct = construct.clone();
                Box::new(move |_, _| fail(Fault::Unsupported(construct.clone()), span))
            }
            ExprKind::New { ty, args } => self.new_value(ty, args, span),
            ExprKind::Field { base, index } => {
                let (base_span, index) = (base.span, *index as usize);
                // The member of an object or structure held in a variable: read in place (no
                // copy of the holder's handle).
                if let ExprKind::Var(var) = base.kind {
                    return Box::new(move |it, env| {
                        frame_of(it, var, env).with(slot_of(var), |value| match value {
                            Value::Object(o) => Ok(o.fields.borrow()[index].clone()),
                            Value::Record(r) => Ok(r.borrow().fields[index].clone()),
                            other => fail(Fault::NoMembers(other.ty()), base_span),
                        })
                    });
                }
                // The member of an element of an array held in a variable (`t[i].x`): read in
                // place too, when the index calls nothing.
                if let ExprKind::Index { base: array, index: i } = &base.kind
                    && let ExprKind::Var(var) = array.kind
                    && i.calls_nothing()
                {
                    let (array_span, i_span) = (array.span, i.span);
                    let i = self.operand(i);
                    return Box::new(move |it, env| {
                        let i = i.get(it, env)?;
                        let found = frame_of(it, var, env).with(slot_of(var), |b| {
                            match with_element(b, &i, |item| member_of(item, index, base_span)) {
                                Some(found) => found,
                                None => member_of(&index_value(b, &i, array_span, i_span)?, index, base_span),
                            }
                        });
                        i.discard();
                        found
                    });
                }
                let base = self.operand(base);
                Box::new(move |it, env| member_of(&base.get(it, env)?, index, base_span))
            }
            ExprKind::DynField { base, name, spelled } => {
                // On a value that holds no members, a property of the name (`d.Jour` where `d`
                // holds a date).
                let prop = crate::keywords::property(name);
                let (base_span, name, spelled) = (base.span, name.clone(), spelled.clone());
                let base = self.operand(base);
                Box::new(move |it, env| {
                    let value = base.get(it, env)?;
                    // A variant's or a JSON object's member it does not have reads as Null.
                    if let Value::Dynamic(d) = &value {
                        let d = d.borrow();
                        return Ok(d.find(&name, &spelled).map_or(Value::Null, |i| d.value(i)));
                    }
                    let Some(holder) = Holder::of(&value) else {
                        return match prop.map(|prop| get_property(&value, prop)) {
                            Some(Ok(v)) => Ok(v),
                            // Neither a member nor a property: say it has no members.
                            Some(Err(_)) | None => fail(Fault::NoMembers(value.ty()), base_span),
                        };
                    };
                    match holder.index_of(&name, &spelled) {
                        Some(i) => Ok(holder.get(i)),
                        None => {
                            let owner = holder.type_name().to_string();
                            fail(Fault::NoSuchMember { name: spelled.to_string(), owner }, base_span)
                        }
                    }
                })
            }
            ExprKind::CallMethod { object, method, proc, args, name } => {
                let object_span = object.span;
                let object = self.operand(object);
                let args: Vec<(Operand, Option<PlaceCode>, Span)> =
                    args.iter().map(|a| (self.operand(a), a.is_place().then(|| self.place(a)), a.span)).collect();
                let (method, proc, name) = (method.clone(), *proc, name.clone());
                // The last class seen here and its method: most call sites meet one class.
                let cache: std::cell::Cell<Option<(usize, ProcId)>> = std::cell::Cell::new(None);
                let cells = self.shared_cells.clone();
                Box::new(move |it, env| {
                    let object = match object.get(it, env)? {
                        Value::Object(o) => o,
                        other => return fail(Fault::NoMembers(other.ty()), object_span),
                    };
                    // The object's own class decides (redefinitions), unless the call names one.
                    let proc = match (proc, cache.get()) {
                        (Some(p), _) => p,
                        (None, Some((class, p))) if class == object.class.id => p,
                        (None, _) => match object.class.methods.get(&method) {
                            Some(m) => {
                                cache.set(Some((object.class.id, m.proc)));
                                m.proc
                            }
                            None => {
                                let owner = object.class.name.to_string();
                                return fail(Fault::NoSuchMethod { name: name.to_string(), owner }, span);
                            }
                        },
                    };
                    let code = cells[proc].get().expect("every procedure is compiled before the run");
                    let mut frame = Frame::for_call(&mut it.frames, None);
                    let slots = arguments(&mut frame);
                    slots.push(Value::Object(object));
                    for (i, (value, place, arg_span)) in args.iter().enumerate() {
                        let v = match (code.proc.params.get(i), place) {
                            (Some(p), Some(place)) if !p.by_value => Value::Ref(place(it, env)?),
                            (Some(p), _) => {
                                let v = value.get(it, env)?;
                                if v.has_type(&p.ty) { v } else { v.convert(&p.ty).at(*arg_span)? }
                            }
                            (None, _) => value.get(it, env)?,
                        };
                        slots.push(v);
                    }
                    it.invoke_inline(code, frame, &name, span)
                })
            }
            ExprKind::CallProc { proc, env: callee_env, args, name } => {
                let cell = self.cells[*proc].clone();
                let params = &self.cells_proc(*proc).params;
                let args: Vec<Arg> = args
                    .iter()
                    .enumerate()
                    .map(|(i, a)| match params.get(i) {
                        Some(p) if !p.by_value && a.is_place() => Arg::Ref(self.place(a)),
                        Some(p)
                            if matches!(p.ty, Ty::Int | Ty::Variant)
                                && self.int_tree(a).is_some_and(|t| !t.is_leaf()) =>
                        {
                            let tree = self.int_tree(a).expect("checked just above");
                            Arg::Int(self.int_code(&tree), self.operand(a), p.ty.clone(), a.span)
                        }
                        Some(p) => Arg::Value(self.operand(a), p.ty.clone(), a.span),
                        None => Arg::Value(self.operand(a), Ty::Variant, a.span),
                    })
                    .collect();
                let (callee_env, name) = (*callee_env, name.clone());
                Box::new(move |it, env| {
                    let parent = match callee_env {
                        Env::Global => None,
                        Env::Enclosing(depth) => Some(env.ancestor(depth).clone()),
                    };
                    let mut frame = Frame::for_call(&mut it.frames, parent);
                    let slots = arguments(&mut frame);
                    for arg in &args {
                        slots.push(arg.get(it, env)?);
                    }
                    let code = cell.get().expect("every procedure is compiled before the run");
                    it.invoke_inline(code, frame, &name, span)
                })
            }
            ExprKind::CallValue { callee, args, name } => {
                let callee_span = callee.span;
                let callee = self.expr(callee);
                // The callee is known only when the call runs: compile each argument both ways.
                let args: Vec<(Operand, Option<PlaceCode>, Span)> =
                    args.iter().map(|a| (self.operand(a), a.is_place().then(|| self.place(a)), a.span)).collect();
                let name = name.clone();
                Box::new(move |it, env| match callee(it, env)? {
                    Value::Proc(closure) => {
                        let code = it.code[closure.proc].clone();
                        let code = code.get().expect("every procedure is compiled before the run");
                        let mut frame = Frame::for_call(&mut it.frames, Some(closure.env.clone()));
                        for (i, (value, place, arg_span)) in args.iter().enumerate() {
                            let v = match (code.proc.params.get(i), place) {
                                (Some(p), Some(place)) if !p.by_value => Value::Ref(place(it, env)?),
                                (Some(p), _) => {
                                    let v = value.get(it, env)?;
                                    if v.has_type(&p.ty) { v } else { v.convert(&p.ty).at(*arg_span)? }
                                }
                                (None, _) => value.get(it, env)?,
                            };
                            arguments(&mut frame).push(v);
                        }
                        it.invoke(code, frame, &name, span)
                    }
                    other => fail(Fault::NotProcedure { name: name.to_string(), kind: other.ty() }, callee_span),
                })
            }
            ExprKind::CallBuiltin { builtin, args, name } => self.builtin(builtin, args, name.clone(), span),
            ExprKind::ProcValue { proc, env: callee_env } => {
                let (proc, callee_env) = (*proc, *callee_env);
                let name = self.cells_proc(proc).name.clone();
                Box::new(move |it, env| {
                    let parent = match callee_env {
                        Env::Global => it.globals.clone(),
                        Env::Enclosing(depth) => env.ancestor(depth).clone(),
                    };
                    Ok(Value::Proc(Rc::new(Closure { proc, name: name.clone(), env: parent })))
                })
            }
            ExprKind::Index { base: array, index } => {
                let (base_span, index_span) = (array.span, index.span);
                // An array held in a variable is read in place (no copy of its handle) when the
                // index calls nothing (so reading the variable after the index changes nothing).
                if let ExprKind::Var(var) = array.kind
                    && index.calls_nothing()
                {
                    let index = self.operand(index);
                    return Box::new(move |it, env| {
                        let i = index.get(it, env)?;
                        frame_of(it, var, env).with(slot_of(var), |b| index_value(b, &i, base_span, index_span))
                    });
                }
                let (base, index) = (self.operand(array), self.operand(index));
                Box::new(move |it, env| {
                    let b = base.get(it, env)?;
                    let i = index.get(it, env)?;
                    index_value(&b, &i, base_span, index_span)
                })
            }
            ExprKind::Substring { base, from, to } => {
                let (base_span, from_span) = (base.span, from.span);
                let (base, from) = (self.operand(base), self.operand(from));
                // The end: `(operand, span, is a length)`.
                let to = match to {
                    SubstringEnd::Single => None,
                    SubstringEnd::ToEnd => Some(None),
                    SubstringEnd::To(e) => Some(Some((self.operand(e), e.span, false))),
                    SubstringEnd::Length(e) => Some(Some((self.operand(e), e.span, true))),
                };
                Box::new(move |it, env| {
                    let s = base.get(it, env)?.to_text().at(base_span)?;
                    let start = from.get(it, env)?.to_int().at(from_span)?;
                    let end = match &to {
                        None => start,
                        Some(None) => i64::MAX,
                        Some(Some((e, e_span, false))) => e.get(it, env)?.to_int().at(*e_span)?,
                        Some(Some((e, e_span, true))) => {
                            // `s[[i SUR n]]`: `n` characters.
                            let n = e.get(it, env)?.to_int().at(*e_span)?;
                            if n <= 0 {
                                return Ok(Value::from(""));
                            }
                            start.saturating_add(n - 1)
                        }
                    };
                    Ok(Value::from(char_range(&s, start, end)))
                })
            }
            ExprKind::Count(base) => {
                let base_span = base.span;
                let base = self.operand(base);
                Box::new(move |it, env| match base.get(it, env)? {
                    Value::Array(a) => Ok(Value::Int(a.borrow().items.len() as i64)),
                    Value::Str(s) => Ok(Value::Int(s.char_count() as i64)),
                    Value::Assoc(m) => Ok(Value::Int(m.borrow().len() as i64)),
                    Value::Dynamic(d) => Ok(Value::Int(d.borrow().len() as i64)),
                    other => fail(Fault::NoCount(other.ty()), base_span),
                })
            }
            ExprKind::Array(items) => {
                let items: Vec<Operand> = items.iter().map(|i| self.operand(i)).collect();
                Box::new(move |it, env| {
                    let mut values = Vec::with_capacity(items.len());
                    for item in &items {
                        values.push(item.get(it, env)?);
                    }
                    Ok(Value::Array(Array::new(Ty::Variant, values)))
                })
            }
            ExprKind::NewArray { .. }
            | ExprKind::NewAssoc { .. }
            | ExprKind::IndexN { .. }
            | ExprKind::Property { .. }
            | ExprKind::Exists { .. }
            | ExprKind::IsNull { .. }
            | ExprKind::Tuple(_)
            | ExprKind::Copy(_) => self.model_expr(e),
        }
    }

    /// The `ir::Proc` of a procedure id.
    fn cells_proc(&self, id: ProcId) -> &Rc<Proc> {
        &self.procs[id]
    }

    fn binary(&self, op: BinOp, a: &Expr, b: &Expr, span: Span) -> Code<Value> {
        match op {
            BinOp::AndThen | BinOp::OrElse => {
                let (a, b) = (self.condition(a), self.condition(b));
                if op == BinOp::AndThen {
                    Box::new(move |it, env| Ok(Value::Bool(a(it, env)? && b(it, env)?)))
                } else {
                    Box::new(move |it, env| Ok(Value::Bool(a(it, env)? || b(it, env)?)))
                }
            }
            // `s + [sep]`: the separator unless `s` is empty or ends with it (page 1512001).
            BinOp::Add
                if let ExprKind::Array(items) = &b.kind
                    && let [sep] = items.as_slice() =>
            {
                let (a, sep) = (self.operand(a), self.operand(sep));
                Box::new(move |it, env| {
                    let left = a.get(it, env)?;
                    ops::separated(&left, &sep.get(it, env)?).at(span)
                })
            }
            _ => {
                let (a, b) = (self.operand(a), self.operand(b));
                match op {
                    BinOp::Add => arith(op, a, b, span, i64::checked_add),
                    BinOp::Sub => arith(op, a, b, span, i64::checked_sub),
                    BinOp::Mul => arith(op, a, b, span, i64::checked_mul),
                    BinOp::Mod => arith(op, a, b, span, |x, y| if y == 0 { None } else { x.checked_rem(y) }),
                    BinOp::Eq => relation(op, a, b, span, |x, y| x == y),
                    BinOp::Ne => relation(op, a, b, span, |x, y| x != y),
                    BinOp::Lt => relation(op, a, b, span, |x, y| x < y),
                    BinOp::Le => relation(op, a, b, span, |x, y| x <= y),
                    BinOp::Gt => relation(op, a, b, span, |x, y| x > y),
                    BinOp::Ge => relation(op, a, b, span, |x, y| x >= y),
                    _ => Box::new(move |it, env| {
                        let left = a.get(it, env)?;
                        let right = b.get(it, env)?;
                        ops::binary(op, &left, &right).at(span)
                    }),
                }
            }
        }
    }

    fn builtin(&self, builtin: &'static Builtin, args: &[Expr], name: Rc<str>, span: Span) -> Code<Value> {
        if builtin.by_ref != 0 {
            return self.builtin_by_ref(builtin, args, name, span);
        }
        let spans: Vec<Span> = args.iter().map(|a| a.span).collect();
        let (procedure, jumps) = (self.procedure.borrow().clone(), self.on_error.get());
        let call = BuiltinCall { builtin, name, span, spans, procedure, jumps };
        let args: Vec<Operand> = args.iter().map(|a| self.operand(a)).collect();
        // Up to four arguments stay on the stack, in an array of their number: most builtin
        // calls allocate nothing, and have no loop.
        match args.len() {
            0 => Box::new(move |it, _| call.run(it, &[])),
            1 => builtin_n::<1>(call, args),
            2 => builtin_n::<2>(call, args),
            3 => builtin_n::<3>(call, args),
            4 => builtin_n::<4>(call, args),
            _ => Box::new(move |it, env| {
                let mut values = Vec::with_capacity(args.len());
                for arg in &args {
                    values.push(arg.get(it, env)?);
                }
                call.run(it, &values)
            }),
        }
    }

    /// A call of a builtin that writes to some of its parameters (`Builtin::by_ref`): a place
    /// given there is passed as `Value::Ref`, anything else by value.
    fn builtin_by_ref(&self, builtin: &'static Builtin, args: &[Expr], name: Rc<str>, span: Span) -> Code<Value> {
        let spans: Vec<Span> = args.iter().map(|a| a.span).collect();
        let args: Vec<Result<PlaceCode, Operand>> = args
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let by_ref = i < 8 && builtin.by_ref & (1 << i) != 0;
                if by_ref && (a.is_place() || matches!(a.kind, ExprKind::DynField { .. })) {
                    Ok(self.place(a))
                } else {
                    Err(self.operand(a))
                }
            })
            .collect();
        Box::new(move |it, env| {
            let mut values = Vec::with_capacity(args.len());
            for arg in &args {
                values.push(match arg {
                    Ok(place) => Value::Ref(place(it, env)?),
                    Err(operand) => operand.get(it, env)?,
                });
            }
            if !builtin.keeps_error_state {
                it.errors.occurred = false;
            }
            match (builtin.func)(it, Args(&values)) {
                Ok(v) => Ok(v),
                Err(BuiltinError::Arg { index, fault }) => {
                    let span = spans.get(index).copied().unwrap_or(span);
                    fail(Fault::Param { name: name.to_string(), index, fault: Box::new(fault) }, span)
                }
                Err(BuiltinError::Fatal(fault)) => {
                    fail(Fault::Builtin { name: name.to_string(), fault: Box::new(fault) }, span)
                }
                Err(BuiltinError::Abort(abort)) => Err(abort),
            }
        })
    }

    /// `x++` / `++x` in an expression: adds `delta` to the target, gives the old value
    /// (postfix) or the new one (prefix).
    fn increment(&self, target: &Target, delta: i64, prefix: bool, span: Span) -> Code<Value> {
        let step = Value::Int(delta);
        match target {
            Target::Field { .. } | Target::DynField { .. } => {
                let place = self.target_place(target);
                Box::new(move |it, env| {
                    let place = place(it, env)?;
                    let old = place.load();
                    let ty = place_ty(&place);
                    let new = ops::binary(BinOp::Add, &old, &step).at(span)?;
                    let new = if new.has_type(&ty) { new } else { new.convert(&ty).at(span)? };
                    place.store(new.clone());
                    Ok(if prefix { new } else { old })
                })
            }
            Target::Var { var, ty } => {
                let (var, ty) = (*var, ty.clone());
                Box::new(move |it, env| {
                    let old = load(it, var, env);
                    let new = ops::binary(BinOp::Add, &old, &step).at(span)?;
                    let new = if new.has_type(&ty) { new } else { new.convert(&ty).at(span)? };
                    store(it, var, new.clone(), env);
                    Ok(if prefix { new } else { old })
                })
            }
            Target::Elem { array, index } => {
                let (array_span, index_span) = (array.span, index.span);
                let (array, index) = (self.operand(array), self.operand(index));
                Box::new(move |it, env| {
                    let (array_value, i) = (array.get(it, env)?, index.get(it, env)?);
                    let array_rc = match array_value {
                        Value::Array(a) => a,
                        // An associative array's element (created when missing).
                        other => {
                            let index = [i];
                            let old = read_path(&other, &index, array_span, index_span)?;
                            let new = ops::binary(BinOp::Add, &old, &step).at(span)?;
                            let spans = (array_span, index_span, span);
                            store_element(&other, &index, AssignOp::Set, new.clone(), spans, span)?;
                            return Ok(if prefix { new } else { old });
                        }
                    };
                    let i = element_index(&array_rc.borrow(), &i).at(index_span)?;
                    let old = array_rc.borrow().items.get(i).unwrap_or(Value::Null);
                    let elem_ty = array_rc.borrow().elem.clone();
                    let new = ops::binary(BinOp::Add, &old, &step).at(span)?.convert(&elem_ty).at(span)?;
                    array_rc.borrow_mut().items.set(i, new.clone());
                    Ok(if prefix { new } else { old })
                })
            }
            Target::ElemN { .. } | Target::Property { .. } | Target::Flag { .. } => {
                let (load, store) = self.access(target, span);
                Box::new(move |it, env| {
                    let old = load(it, env)?;
                    let new = ops::binary(BinOp::Add, &old, &step).at(span)?;
                    store(it, env, new.clone())?;
                    Ok(if prefix { new } else { old })
                })
            }
        }
    }

    /// A new structure or object: its members' initial values, then (objects) the constructors,
    /// the ancestor's first; the declaration's arguments go to the nearest constructor.
    fn new_value(&self, ty: &Ty, args: &[Expr], span: Span) -> Code<Value> {
        match ty {
            Ty::Struct(st) => {
                let inits = self.member_inits(&st.fields, self.structs.get(st.id));
                let st = st.clone();
                Box::new(move |it, env| {
                    let record = Record::new(st.clone());
                    for (index, init, ty) in &inits {
                        let v = init(it, env)?;
                        let v = if v.has_type(ty) { v } else { v.convert(ty).at(span)? };
                        record.borrow_mut().fields[*index] = v;
                    }
                    Ok(Value::Record(record))
                })
            }
            Ty::Object { class, .. } => {
                // Every class of the chain, the root first.
                let mut chain = Vec::new();
                let mut c = Some(class.clone());
                while let Some(k) = c {
                    c = k.parent.clone();
                    chain.push(k);
                }
                chain.reverse();
                let mut inits = Vec::new();
                for k in &chain {
                    inits.extend(self.member_inits(&k.fields, self.classes.get(k.id)));
                }
                // The declaration's arguments go to the class's own constructor (or its nearest
                // ancestor's); an ancestor's constructor runs by itself only when it needs no
                // argument: otherwise the derived one calls it (`Constructeur CBase(...)`).
                let with_args = chain.iter().rposition(|k| k.constructor.is_some());
                let constructors: Vec<(ProcId, bool)> = chain
                    .iter()
                    .enumerate()
                    .filter_map(|(i, k)| k.constructor.map(|p| (p, Some(i) == with_args)))
                    .filter(|(p, takes_args)| {
                        *takes_args || self.procs[*p].params.iter().all(|param| param.default.is_some())
                    })
                    .collect();
                let args: Vec<Operand> = args.iter().map(|a| self.operand(a)).collect();
                let class = class.clone();
                Box::new(move |it, env| {
                    let object = Object::new(class.clone());
                    for (index, init, ty) in &inits {
                        let v = init(it, env)?;
                        let v = if v.has_type(ty) { v } else { v.convert(ty).at(span)? };
                        object.fields.borrow_mut()[*index] = v;
                    }
                    for (proc, takes_args) in &constructors {
                        let mut values = Vec::new();
                        if *takes_args {
                            for a in &args {
                                values.push(a.get(it, env)?);
                            }
                        }
                        it.call_method(*proc, &object, values, span)?;
                    }
                    Ok(Value::Object(object))
                })
            }
            other => {
                let other = other.clone();
                Box::new(move |_, _| Ok(other.default_value()))
            }
        }
    }

    /// The members that start with a value of their own: the declared initial values, and the
    /// new structures and objects of members without one.
    fn member_inits(
        &self,
        fields: &[crate::types::Field],
        init: Option<&Rc<TypeInit>>,
    ) -> Vec<(usize, Code<Value>, Ty)> {
        let mut out = Vec::new();
        for (index, field) in fields.iter().enumerate() {
            match init.and_then(|i| i.fields.get(index)).and_then(Option::as_ref) {
                Some(e) => {
                    // Initial values are read in the globals' frame (as parameters' defaults).
                    let code = self.expr(e);
                    out.push((
                        index,
                        Box::new(move |it: &mut Interp, _: &Rc<Frame>| {
                            let globals = it.globals.clone();
                            code(it, &globals)
                        }) as Code<Value>,
                        field.ty.clone(),
                    ));
                }
                None if matches!(field.ty, Ty::Struct(_) | Ty::Object { dynamic: false, .. }) => {
                    out.push((index, self.new_value(&field.ty, &[], Span::default()), field.ty.clone()));
                }
                None => {}
            }
        }
        out
    }

    /// Where an assignment's target is, as a place to load from and store into.
    fn target_place(&self, target: &Target) -> PlaceCode {
        match target {
            Target::Var { var, .. } => {
                let e = Expr { kind: ExprKind::Var(*var), span: Span::default() };
                self.place(&e)
            }
            Target::Elem { array, index } => {
                let (base_span, index_span) = (array.span, index.span);
                let (base, index) = (self.operand(array), self.operand(index));
                Box::new(move |it, env| {
                    let b = base.get(it, env)?;
                    let i = index.get(it, env)?;
                    match b {
                        Value::Array(array) => {
                            let i = element_index(&array.borrow(), &i).at(index_span)?;
                            let i = u32::try_from(i).expect("array index beyond u32");
                            Ok(Place::Elem { array, index: i })
                        }
                        other => fail(Fault::CannotIndex(other.ty()), base_span),
                    }
                })
            }
            Target::Field { base, index, .. } => self.member_place(base, Some(*index), None),
            Target::DynField { base, name, spelled, json } => self.member_target(base, name, spelled, *json),
            Target::ElemN { array, indices } => self.index_place(array, indices),
            // A property or an option is no variable.
            Target::Property { .. } | Target::Flag { .. } => {
                Box::new(move |_, _| fail(Fault::NotVariable, Span::default()))
            }
        }
    }

    /// A member of the structure or object `base` evaluates to: by index, or by name when its
    /// type is only known at run time.
    fn member_place(&self, base: &Expr, index: Option<u32>, name: Option<(Rc<str>, Rc<str>)>) -> PlaceCode {
        let base_span = base.span;
        let base = self.operand(base);
        Box::new(move |it, env| {
            let value = base.get(it, env)?;
            let Some(holder) = Holder::of(&value) else {
                return fail(Fault::NoMembers(value.ty()), base_span);
            };
            let index = match (&index, &name) {
                (Some(i), _) => *i,
                (None, Some((folded, spelled))) => match holder.index_of(folded, spelled) {
                    Some(i) => i as u32,
                    // A variant's member it does not have: passed by value (Null).
                    None if matches!(holder, Holder::Dynamic(_)) => {
                        return Ok(Place::Slot { frame: Frame::new(vec![Value::Null], None), slot: 0 });
                    }
                    None => {
                        return fail(
                            Fault::NoSuchMember { name: spelled.to_string(), owner: holder.type_name().to_string() },
                            base_span,
                        );
                    }
                },
                (None, None) => 0,
            };
            Ok(Place::field(holder, index))
        })
    }

    /// `v.nom = x`: the member of the value `base` evaluates to; a variant or a JSON value is
    /// given the member when it has none of that name, and becomes a value with members when it
    /// holds nothing (Null) yet (`json`: a `JSON` variable, whose objects are JSON objects).
    fn member_target(&self, base: &Expr, folded: &Rc<str>, spelled: &Rc<str>, json: bool) -> PlaceCode {
        let base_span = base.span;
        // Where the base is, to store the members it is given there.
        let base_place: Option<PlaceCode> = match &base.kind {
            ExprKind::DynField { base: inner, name, spelled } => Some(self.member_target(inner, name, spelled, false)),
            ExprKind::Index { base: container, index } => Some(self.element_target(container, index)),
            ExprKind::Var(_) | ExprKind::IndexN { .. } | ExprKind::Field { .. } => Some(self.place(base)),
            _ => None,
        };
        let base_value = base_place.is_none().then(|| self.operand(base));
        let (folded, spelled) = (folded.clone(), spelled.clone());
        Box::new(move |it, env| {
            let value = match (&base_place, &base_value) {
                (Some(place), _) => {
                    let place = place(it, env)?;
                    match place.load() {
                        Value::Null => {
                            let json = json || place_ty(&place) == Ty::Json;
                            place.store(Value::Dynamic(Rc::new(RefCell::new(crate::value::Dynamic::new(json)))));
                            place.load()
                        }
                        v => v,
                    }
                }
                (None, Some(value)) => value.get(it, env)?,
                (None, None) => Value::Null,
            };
            if let Value::Dynamic(d) = &value {
                let index = d.borrow_mut().find_or_add(&folded, &spelled);
                return Ok(Place::DynamicField { members: d.clone(), index: index as u32 });
            }
            let Some(holder) = Holder::of(&value) else {
                return fail(Fault::NoMembers(value.ty()), base_span);
            };
            match holder.index_of(&folded, &spelled) {
                Some(i) => Ok(Place::field(holder, i as u32)),
                None => fail(
                    Fault::NoSuchMember { name: spelled.to_string(), owner: holder.type_name().to_string() },
                    base_span,
                ),
            }
        })
    }

    /// `t[i].nom = x`: the element whose member is written. An associative array's element of
    /// variants (or JSON values) is made when missing, a value with members when it holds
    /// nothing, so that the member goes into the array (its other elements are passed by value).
    fn element_target(&self, container: &Expr, index: &Expr) -> PlaceCode {
        let (container_span, index_span) = (container.span, index.span);
        let (container, index) = (self.operand(container), self.operand(index));
        Box::new(move |it, env| {
            let c = container.get(it, env)?;
            let i = index.get(it, env)?;
            match c {
                // Written, an array with `<agrandissement>` (a JSON value's) grows to the index.
                Value::Array(array) => {
                    let i = write_position(&mut array.borrow_mut(), std::slice::from_ref(&i), true).at(index_span)?;
                    let i = u32::try_from(i).expect("array index beyond u32");
                    Ok(Place::Elem { array, index: i })
                }
                Value::Assoc(map) => {
                    let value = {
                        let mut map = map.borrow_mut();
                        let elem = map.ty.elem.clone();
                        let slot = map.entry(&i).at(index_span)?;
                        if matches!(slot, Value::Null) && matches!(elem, Ty::Variant | Ty::Json) {
                            let d = crate::value::Dynamic::new(elem == Ty::Json);
                            *slot = Value::Dynamic(Rc::new(RefCell::new(d)));
                        }
                        slot.clone()
                    };
                    Ok(Place::Slot { frame: Frame::new(vec![value], None), slot: 0 })
                }
                other => {
                    let v = index_value(&other, &i, container_span, index_span)?;
                    Ok(Place::Slot { frame: Frame::new(vec![v], None), slot: 0 })
                }
            }
        })
    }

    fn place(&self, arg: &Expr) -> PlaceCode {
        match &arg.kind {
            ExprKind::Field { base, index } => self.member_place(base, Some(*index), None),
            ExprKind::DynField { base, name, spelled } => {
                self.member_place(base, None, Some((name.clone(), spelled.clone())))
            }
            ExprKind::Var(var) => {
                let var = *var;
                Box::new(move |it, env| {
                    // Passing on a by-reference parameter passes what it refers to.
                    Ok(frame_of(it, var, env).place_of(slot_of(var)))
                })
            }
            ExprKind::Index { base, index } => {
                let (base_span, index_span) = (base.span, index.span);
                let (base, index) = (self.operand(base), self.operand(index));
                Box::new(move |it, env| {
                    let b = base.get(it, env)?;
                    let i = index.get(it, env)?;
                    match b {
                        Value::Array(array) => {
                            let i = element_index(&array.borrow(), &i).at(index_span)?;
                            // An array of more than 2^32 values (64 GB) cannot be made.
                            let i = u32::try_from(i).expect("array index beyond u32");
                            Ok(Place::Elem { array, index: i })
                        }
                        // An associative array's element, a character: passed by value.
                        other => {
                            let v = index_value(&other, &i, base_span, index_span)?;
                            Ok(Place::Slot { frame: Frame::new(vec![v], None), slot: 0 })
                        }
                    }
                })
            }
            ExprKind::IndexN { base, indices } => self.index_place(base, indices),
            _ => {
                let span = arg.span;
                Box::new(move |_, _| fail(Fault::NotVariable, span))
            }
        }
    }
}

/// A call of a builtin: what its compiled code needs besides the arguments.
struct BuiltinCall {
    builtin: &'static Builtin,
    name: Rc<str>,
    span: Span,
    /// The spans of the arguments, for the errors the builtin blames on one of them.
    spans: Vec<Span>,
    /// The procedure the call is in (`None`: the main code), and whether its body jumps to
    /// `CAS ERREUR:` (see `interp::errors`).
    procedure: Option<Rc<str>>,
    jumps: bool,
}

impl BuiltinCall {
    /// Calls the builtin on the arguments' values.
    #[inline(always)]
    fn run(&self, it: &mut Interp, values: &[Value]) -> Ctl<Value> {
        let keeps = self.builtin.keeps_error_state;
        if !keeps {
            it.errors.occurred = false;
            it.errors.propagated = false;
        }
        match (self.builtin.func)(it, Args(values)) {
            Ok(v) if !keeps && it.errors.occurred => self.non_fatal(it, v),
            Ok(v) => Ok(v),
            Err(e) => Err(self.failed(e)),
        }
    }

    /// A non-fatal error: where it happened, and `CAS ERREUR:` if the body has one.
    #[cold]
    #[inline(never)]
    fn non_fatal(&self, it: &mut Interp, v: Value) -> Ctl<Value> {
        it.locate_error(&self.procedure, self.span);
        if self.jumps {
            v.discard();
            return it.error_jump(self.span);
        }
        Ok(v)
    }

    #[cold]
    #[inline(never)]
    fn failed(&self, error: BuiltinError) -> Box<Abort> {
        let (fault, span) = match error {
            BuiltinError::Arg { index, fault } => {
                let span = self.spans.get(index).copied().unwrap_or(self.span);
                (Fault::Param { name: self.name.to_string(), index, fault: Box::new(fault) }, span)
            }
            BuiltinError::Fatal(fault) => {
                (Fault::Builtin { name: self.name.to_string(), fault: Box::new(fault) }, self.span)
            }
            BuiltinError::Abort(abort) => return abort,
        };
        Box::new(Abort::Error(RuntimeError::new(fault, span)))
    }
}

/// A builtin call with `N` arguments, evaluated into an array of `N` values on the stack.
fn builtin_n<const N: usize>(call: BuiltinCall, args: Vec<Operand>) -> Code<Value> {
    let Ok(args) = <[Operand; N]>::try_from(args) else { unreachable!("builtin_n is called with N arguments") };
    Box::new(move |it, env| {
        let mut values = [const { Value::Null }; N];
        for (value, arg) in values.iter_mut().zip(&args) {
            // The slot holds `Null`: nothing to drop.
            std::mem::forget(std::mem::replace(value, arg.get(it, env)?));
        }
        let result = call.run(it, &values);
        for value in values {
            value.discard();
        }
        result
    })
}

type PlaceCode = Box<dyn Fn(&mut Interp, &Rc<Frame>) -> Ctl<Place>>;

/// A variable or a constant read as an integer inline (an index of `int_member`).
#[derive(Clone, Copy)]
enum IntLeaf {
    Const(i64),
    Var(Var),
}

impl IntLeaf {
    fn of(e: &Expr) -> Option<IntLeaf> {
        match e.kind {
            ExprKind::Const(Value::Int(n)) => Some(IntLeaf::Const(n)),
            ExprKind::Var(var) => Some(IntLeaf::Var(var)),
            _ => None,
        }
    }

    #[inline(always)]
    fn read(self, it: &Interp, env: &Rc<Frame>) -> Option<i64> {
        match self {
            IntLeaf::Const(n) => Some(n),
            IntLeaf::Var(var) => frame_of(it, var, env).peek_int(slot_of(var)),
        }
    }
}

/// The integer member of a structure or an object, if it is one.
#[inline(always)]
fn int_member_of(holder: &Value, index: usize) -> Option<i64> {
    match holder {
        Value::Record(r) => match r.borrow().fields.get(index) {
            Some(Value::Int(n)) => Some(*n),
            _ => None,
        },
        Value::Object(o) => match o.fields.borrow().get(index) {
            Some(Value::Int(n)) => Some(*n),
            _ => None,
        },
        _ => None,
    }
}

/// The integer element `i` (1-based) of an array of one dimension, if it is one.
#[inline(always)]
fn int_element_of(b: &Value, i: i64) -> Option<i64> {
    let Value::Array(a) = b else { return None };
    let a = a.borrow();
    if !a.dims.is_empty() {
        return None;
    }
    a.items.get_int(usize::try_from(i).ok()?.checked_sub(1)?)
}

/// The quickened integer leaves `p.x`, `t[i].x` and `t[i]` (variables and constants only): one
/// closure reading in place, without building a value; `None` (the general code then decides)
/// for anything else, errors included.
fn int_member(e: &Expr) -> Option<IntCode> {
    match &e.kind {
        ExprKind::Field { base, index } => {
            let member = *index as usize;
            match &base.kind {
                ExprKind::Var(var) => {
                    let var = *var;
                    Some(Box::new(move |it, env| {
                        frame_of(it, var, env).with(slot_of(var), |h| int_member_of(h, member))
                    }))
                }
                ExprKind::Index { base: array, index } => {
                    let (ExprKind::Var(var), Some(i)) = (&array.kind, IntLeaf::of(index)) else { return None };
                    let var = *var;
                    Some(Box::new(move |it, env| {
                        let i = i.read(it, env)?;
                        frame_of(it, var, env).with(slot_of(var), |b| {
                            let Value::Array(a) = b else { return None };
                            let a = a.borrow();
                            if !a.dims.is_empty() {
                                return None;
                            }
                            // An array of integers holds no structures.
                            let Items::Values(items) = &a.items else { return None };
                            int_member_of(items.get(usize::try_from(i).ok()?.checked_sub(1)?)?, member)
                        })
                    }))
                }
                _ => None,
            }
        }
        ExprKind::Index { base: array, index } => {
            let (ExprKind::Var(var), Some(i)) = (&array.kind, IntLeaf::of(index)) else { return None };
            let var = *var;
            Some(Box::new(move |it, env| {
                let i = i.read(it, env)?;
                frame_of(it, var, env).with(slot_of(var), |b| int_element_of(b, i))
            }))
        }
        _ => None,
    }
}

/// Whether `e` is a member or an element read from variables and constants only (`p.x`,
/// `t[i].x`, `t[i]`): a leaf of an integer tree, cheap to compile and safe to read twice.
fn pure_leaf(e: &Expr) -> bool {
    let simple = |e: &Expr| matches!(e.kind, ExprKind::Var(_) | ExprKind::Const(_));
    match &e.kind {
        ExprKind::Field { base, .. } => match &base.kind {
            ExprKind::Var(_) => true,
            ExprKind::Index { base, index } => simple(base) && simple(index),
            _ => false,
        },
        ExprKind::Index { base, index } => simple(base) && simple(index),
        _ => false,
    }
}

/// A compiled argument of a call to a known procedure.
enum Arg {
    /// By reference: the caller's variable or element.
    Ref(PlaceCode),
    /// By value, converted to the parameter's type.
    Value(Operand, Ty, Span),
    /// By value, an integer expression for an integer (or untyped) parameter: its integer
    /// tree first, the general code when the tree gives up.
    Int(IntCode, Operand, Ty, Span),
}

impl Arg {
    #[inline(always)]
    fn get(&self, it: &mut Interp, env: &Rc<Frame>) -> Ctl<Value> {
        match self {
            Arg::Ref(place) => Ok(Value::Ref(place(it, env)?)),
            Arg::Value(value, ty, span) => {
                let v = value.get(it, env)?;
                if v.has_type(ty) { Ok(v) } else { v.convert(ty).at(*span) }
            }
            Arg::Int(tree, value, ty, span) => match tree(it, env) {
                Some(n) => Ok(Value::Int(n)),
                None => {
                    let v = value.get(it, env)?;
                    if v.has_type(ty) { Ok(v) } else { v.convert(ty).at(*span) }
                }
            },
        }
    }
}

/// The first case of a `SELON` one of whose items matches `subject`.
#[inline(never)]
fn chosen_case(cases: &[Vec<CaseCode>], subject: &Value, it: &mut Interp, env: &Rc<Frame>) -> Ctl<Option<usize>> {
    for (k, items) in cases.iter().enumerate() {
        for item in items {
            if item.matches(subject, it, env)? {
                return Ok(Some(k));
            }
        }
    }
    Ok(None)
}

/// A `CAS` item of an integer `SELON`: the integers from `low` to `high` (or all the others
/// when `negated`), and the case's body.
struct IntCase {
    low: i64,
    high: i64,
    negated: bool,
    body: u32,
}

/// A compiled `CAS` item.
enum CaseCode {
    Value(Operand, Span),
    Range(Operand, Span, Operand, Span),
    UpTo(Operand, Span),
    Compare(BinOp, Operand, Span),
    Interval(IntervalCode),
}

/// `low < x < high` and its forms, compiled.
struct IntervalCode {
    low: Operand,
    low_span: Span,
    low_strict: bool,
    high: Operand,
    high_span: Span,
    high_strict: bool,
}

impl IntervalCode {
    /// Whether `value` lies in the interval; the high bound is evaluated only when needed.
    fn contains(&self, value: &Value, it: &mut Interp, env: &Rc<Frame>) -> Ctl<bool> {
        let low = self.low.get(it, env)?;
        let above = match (value, &low) {
            (Value::Int(x), Value::Int(lo)) => x > lo || (!self.low_strict && x == lo),
            _ => {
                let order = ops::compare(value, &low).at(self.low_span)?;
                order.is_gt() || (!self.low_strict && (order.is_eq() || ops::reals_close(value, &low)))
            }
        };
        if !above {
            return Ok(false);
        }
        let high = self.high.get(it, env)?;
        Ok(match (value, &high) {
            (Value::Int(x), Value::Int(hi)) => x < hi || (!self.high_strict && x == hi),
            _ => {
                let order = ops::compare(value, &high).at(self.high_span)?;
                order.is_lt() || (!self.high_strict && (order.is_eq() || ops::reals_close(value, &high)))
            }
        })
    }
}

impl CaseCode {
    fn matches(&self, subject: &Value, it: &mut Interp, env: &Rc<Frame>) -> Ctl<bool> {
        Ok(match self {
            // Integers, the common case, compare without dispatch.
            CaseCode::Value(e, span) => match (subject, e.get(it, env)?) {
                (Value::Int(x), Value::Int(y)) => *x == y,
                (_, v) => ops::equals(subject, &v).at(*span)?,
            },
            CaseCode::Range(a, a_span, b, b_span) => match (subject, a.get(it, env)?, b.get(it, env)?) {
                (Value::Int(x), Value::Int(lo), Value::Int(hi)) => (lo..=hi).contains(x),
                (_, lo, hi) => {
                    ops::compare(subject, &lo).at(*a_span)?.is_ge() && ops::compare(subject, &hi).at(*b_span)?.is_le()
                }
            },
            CaseCode::UpTo(e, span) => match (subject, e.get(it, env)?) {
                (Value::Int(x), Value::Int(hi)) => *x <= hi,
                (_, hi) => ops::compare(subject, &hi).at(*span)?.is_le(),
            },
            CaseCode::Interval(bounds) => bounds.contains(subject, it, env)?,
            CaseCode::Compare(op, e, span) => {
                let v = e.get(it, env)?;
                if let (Value::Int(x), Value::Int(y)) = (subject, &v) {
                    return Ok(int_relation(*op, *x, *y));
                }
                ops::binary(*op, subject, &v).at(*span)?.truthy().at(*span)?
            }
        })
    }
}

fn int_relation(op: BinOp, x: i64, y: i64) -> bool {
    match op {
        BinOp::Eq => x == y,
        BinOp::Ne => x != y,
        BinOp::Lt => x < y,
        BinOp::Le => x <= y,
        BinOp::Gt => x > y,
        _ => x >= y,
    }
}

/// An arithmetic operator: integers first, with no dispatch and no drop.
fn arith(
    op: BinOp,
    a: Operand,
    b: Operand,
    span: Span,
    int: impl Fn(i64, i64) -> Option<i64> + 'static,
) -> Code<Value> {
    Box::new(move |it, env| {
        let left = a.get(it, env)?;
        let right = b.get(it, env)?;
        if let (Value::Int(x), Value::Int(y)) = (&left, &right)
            && let Some(n) = int(*x, *y)
        {
            // Integers own nothing: no drop call.
            std::mem::forget((left, right));
            return Ok(Value::Int(n));
        }
        ops::binary(op, &left, &right).at(span)
    })
}

/// A comparison used as a value.
fn relation(op: BinOp, a: Operand, b: Operand, span: Span, int: impl Fn(i64, i64) -> bool + 'static) -> Code<Value> {
    Box::new(move |it, env| {
        let left = a.get(it, env)?;
        let right = b.get(it, env)?;
        if let (Value::Int(x), Value::Int(y)) = (&left, &right) {
            let truth = int(*x, *y);
            std::mem::forget((left, right));
            return Ok(Value::Bool(truth));
        }
        ops::binary(op, &left, &right).at(span)
    })
}

/// A comparison used as a condition.
fn compare(op: BinOp, a: Operand, b: Operand, span: Span, int: impl Fn(i64, i64) -> bool + 'static) -> Code<bool> {
    Box::new(move |it, env| {
        let left = a.get(it, env)?;
        let right = b.get(it, env)?;
        if let (Value::Int(x), Value::Int(y)) = (&left, &right) {
            let truth = int(*x, *y);
            std::mem::forget((left, right));
            return Ok(truth);
        }
        ops::binary(op, &left, &right).at(span)?.truthy().at(span)
    })
}

fn combine(op: AssignOp, old: &Value, rhs: &Value) -> Result<Value, TypeError> {
    let op = match op {
        AssignOp::Set => return Ok(rhs.clone()),
        AssignOp::AddSeparated => {
            let mut out = old.clone();
            add_separated(&mut out, rhs)?;
            return Ok(out);
        }
        AssignOp::Add => BinOp::Add,
        AssignOp::Sub => BinOp::Sub,
        AssignOp::Mul => BinOp::Mul,
        AssignOp::Div => BinOp::Div,
    };
    ops::binary(op, old, rhs)
}

/// `v += [sep] + a + b`: `rhs` is the array `[sep, a, b]` (see `ir::assignment`).
fn add_separated(slot: &mut Value, rhs: &Value) -> Result<(), TypeError> {
    match rhs {
        Value::Array(parts) => ops::append_separated(slot, &parts.borrow().items.to_values()),
        other => ops::add_in_place(slot, other),
    }
}

/// `text` cut at every occurrence of any separator (the leftmost one; the longest at a tie). An
/// empty separator cuts nothing.
fn split_all<'t>(text: &'t str, separators: &[Rc<WStr>]) -> Vec<&'t str> {
    let seps: Vec<&str> = separators.iter().map(|s| s.as_str()).filter(|s| !s.is_empty()).collect();
    let mut parts = Vec::new();
    let mut rest = text;
    loop {
        let next = seps
            .iter()
            .filter_map(|sep| rest.find(sep).map(|at| (at, sep.len())))
            .min_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        match next {
            Some((at, len)) => {
                parts.push(&rest[..at]);
                rest = &rest[at + len..];
            }
            None => {
                parts.push(rest);
                return parts;
            }
        }
    }
}

/// Where an assignment to a member reports its errors: the statement, the value assigned, the
/// structure or object.
#[derive(Clone, Copy)]
struct MemberSpans {
    span: Span,
    value_span: Span,
    base_span: Span,
}

/// `holder.member op= rhs`, in place; the member's declared type is `ty`. Converting and
/// combining reach no frame and no array: this may run inside `Frame::with` and `with_element`.
fn assign_member(holder: &Value, index: usize, op: AssignOp, rhs: Value, ty: &Ty, spans: MemberSpans) -> Ctl<()> {
    let MemberSpans { span, value_span, base_span } = spans;
    let update = |slot: &mut Value| -> Ctl<()> {
        match op {
            AssignOp::Set => {
                let new = if rhs.has_type(ty) { rhs } else { rhs.convert(ty).at(value_span)? };
                std::mem::replace(slot, new).discard();
            }
            AssignOp::Add | AssignOp::AddSeparated => {
                if op == AssignOp::Add {
                    ops::add_in_place(slot, &rhs).at(span)?;
                } else {
                    add_separated(slot, &rhs).at(span)?;
                }
                rhs.discard();
                if !slot.has_type(ty) {
                    *slot = std::mem::replace(slot, Value::Null).convert(ty).at(value_span)?;
                }
            }
            op => {
                let new = combine(op, slot, &rhs).at(span)?;
                *slot = if new.has_type(ty) { new } else { new.convert(ty).at(value_span)? };
            }
        }
        Ok(())
    };
    match holder {
        Value::Object(o) => update(&mut o.fields.borrow_mut()[index]),
        Value::Record(r) => update(&mut r.borrow_mut().fields[index]),
        other => fail(Fault::NoMembers(other.ty()), base_span),
    }
}

/// Adds `n` to the member `index` of a structure or an object when it holds an integer and the
/// sum is one; false, with nothing done, otherwise.
#[inline]
fn add_int_member(holder: &Value, index: usize, n: i64) -> bool {
    let add = |slot: Option<&mut Value>| match slot {
        Some(Value::Int(x)) => match x.checked_add(n) {
            Some(sum) => {
                *x = sum;
                true
            }
            None => false,
        },
        _ => false,
    };
    match holder {
        Value::Object(o) => add(o.fields.borrow_mut().get_mut(index)),
        Value::Record(r) => add(r.borrow_mut().fields.get_mut(index)),
        _ => false,
    }
}

/// The member `index` of a structure or an object.
#[inline]
fn member_of(holder: &Value, index: usize, base_span: Span) -> Ctl<Value> {
    match holder {
        Value::Record(r) => Ok(r.borrow().fields[index].clone()),
        Value::Object(o) => Ok(o.fields.borrow()[index].clone()),
        other => fail(Fault::NoMembers(other.ty()), base_span),
    }
}

/// Runs `f` on `b[i]` in place when `b` is an array of one dimension and `i` an integer in its
/// bounds (the common case); `None` otherwise, for the general code to decide. `f` runs while
/// the array is borrowed: it must not reach it (it may change what the element holds).
#[inline]
fn with_element<R>(b: &Value, i: &Value, f: impl FnOnce(&Value) -> R) -> Option<R> {
    let (Value::Array(a), Value::Int(i)) = (b, i) else { return None };
    let a = a.borrow();
    if !a.dims.is_empty() {
        return None;
    }
    let at = usize::try_from(*i).ok()?.checked_sub(1)?;
    match &a.items {
        Items::Values(items) => items.get(at).map(f),
        Items::Ints(items) => items.get(at).map(|&n| f(&Value::Int(n))),
    }
}

/// `b[i]`: an array's element or a string's character.
#[inline]
fn index_value(b: &Value, i: &Value, base_span: Span, index_span: Span) -> Ctl<Value> {
    // An array of one dimension by an integer within its bounds, the common case.
    if let (Value::Array(a), Value::Int(i)) = (b, i) {
        let a = a.borrow();
        if a.dims.is_empty()
            && let Some(item) = usize::try_from(*i).ok().and_then(|i| i.checked_sub(1)).and_then(|i| a.items.get(i))
        {
            return Ok(item);
        }
    }
    index_any(b, i, base_span, index_span)
}

#[inline(never)]
fn index_any(b: &Value, i: &Value, base_span: Span, index_span: Span) -> Ctl<Value> {
    match b {
        Value::Array(a) => {
            let a = a.borrow();
            let at = element_index(&a, i).at(index_span)?;
            Ok(a.items.get(at).unwrap_or(Value::Null))
        }
        Value::Str(s) => {
            let i = i.to_int().at(index_span)?;
            Ok(Value::from(char_range(s, i, i)))
        }
        Value::Assoc(m) => m.borrow().read(i).at(index_span),
        Value::Enum(c) => match i {
            Value::Enum(option) => match c.has(option) {
                Some(has) => Ok(Value::Bool(has)),
                None => fail(Fault::WrongObject { found: i.ty(), expected: b.ty() }, index_span),
            },
            other => fail(Fault::WrongObject { found: other.ty(), expected: b.ty() }, index_span),
        },
        other => fail(Fault::CannotIndex(other.ty()), base_span),
    }
}

/// The declared type of the member a place is (variant for other places).
fn place_ty(place: &Place) -> Ty {
    match place {
        Place::RecordField { record, index } => {
            record.borrow().ty.fields.get(*index as usize).map_or(Ty::Variant, |f| f.ty.clone())
        }
        Place::ObjectField { object, index } => {
            object.class.fields.get(*index as usize).map_or(Ty::Variant, |f| f.ty.clone())
        }
        Place::DynamicField { members, .. } => members.borrow().member_ty(),
        Place::Elem { array, .. } => array.borrow().elem.clone(),
        Place::Slot { .. } => Ty::Variant,
    }
}

/// A 1-based index into an array of one dimension, checked.
#[inline]
fn element_index(array: &Array, index: &Value) -> Result<usize, TypeError> {
    if !array.dims.is_empty() {
        return Err(TypeError(Fault::IndexCount { expected: array.dims.len(), found: 1 }));
    }
    let i = index.to_int()?;
    if i < 1 || i as usize > array.items.len() {
        return Err(TypeError(Fault::IndexOutOfBounds { index: i, len: array.items.len() }));
    }
    Ok(i as usize - 1)
}

/// The slots of a call's frame while its arguments are stored: no one else holds it yet.
#[inline]
fn arguments(frame: &mut Rc<Frame>) -> &mut Vec<Value> {
    Frame::slots_mut(frame).expect("a call's frame is shared before the call starts")
}

// ------------------------------------------------------------------ calls

impl Interp {
    /// Runs a compiled procedure in `frame`, whose first slots hold the arguments given; missing
    /// ones take their defaults.
    #[inline(never)]
    pub(crate) fn invoke(&mut self, code: &ProcCode, frame: Rc<Frame>, name: &str, span: Span) -> Ctl<Value> {
        self.invoke_inline(code, frame, name, span)
    }

    /// `invoke`, inlined into the call sites of known procedures (the common calls).
    #[inline(always)]
    fn invoke_inline(&mut self, code: &ProcCode, mut frame: Rc<Frame>, name: &str, span: Span) -> Ctl<Value> {
        self.tick(span)?;
        let slots = arguments(&mut frame);
        if slots.len() < code.arity {
            self.defaults(code, &mut frame, span)?;
        }
        let slots = arguments(&mut frame);
        if slots.len() < code.slots {
            slots.resize(code.slots, Value::Null);
        }
        if self.depth >= MAX_CALL_DEPTH {
            Frame::recycle(&mut self.frames, frame);
            return fail(Fault::TooManyCalls { limit: MAX_CALL_DEPTH }, span);
        }
        self.depth += 1;
        let mut result = (code.body)(self, &frame);
        self.depth -= 1;
        if !code.proc.destroy.is_empty() {
            result = self.destroy_locals(code, &frame, result, span);
        }
        Frame::recycle(&mut self.frames, frame);
        match result {
            Ok(Flow::Return(v)) => Ok(v),
            Ok(_) => Ok(Value::Null),
            Err(abort) => Err(self.called_from(abort, code, name, span)),
        }
    }

    /// The values of the parameters a call leaves out: their defaults (evaluated in the
    /// globals' frame), else their type's default value.
    #[inline(never)]
    fn defaults(&mut self, code: &ProcCode, frame: &mut Rc<Frame>, span: Span) -> Ctl<()> {
        let proc = &code.proc;
        // A method's object is in the first slot, before the parameters.
        let implicit = proc.method_of.is_some() as usize;
        let given = arguments(frame).len().saturating_sub(implicit).min(proc.params.len());
        for (param, default) in proc.params[given..].iter().zip(&code.defaults[given..]) {
            let value = match default {
                Some(d) => {
                    let globals = self.globals.clone();
                    let v = d(self, &globals)?;
                    let d_span = param.default.as_ref().map_or(span, |d| d.span);
                    v.convert(&param.ty).at(d_span)?
                }
                None => param.ty.default_value(),
            };
            arguments(frame).push(value);
        }
        Ok(())
    }

    /// The call's own objects are destroyed as it ends (page 6010001); an error of a
    /// destructor counts only when the call itself went well.
    #[inline(never)]
    fn destroy_locals(&mut self, code: &ProcCode, frame: &Rc<Frame>, result: Ctl<Flow>, span: Span) -> Ctl<Flow> {
        for &slot in &code.proc.destroy {
            if let Value::Object(object) = frame.get_raw(slot) {
                let destroyed = self.destroy(&object, span);
                if result.is_ok() {
                    destroyed?;
                }
            }
        }
        result
    }

    /// An error coming out of a call: the call is added to its chain of calls.
    #[cold]
    #[inline(never)]
    fn called_from(&mut self, mut abort: Box<Abort>, code: &ProcCode, name: &str, span: Span) -> Box<Abort> {
        if let Abort::Error(error) = &mut *abort {
            if let Some(file) = code.proc.prelude {
                // As a builtin's: at the call, with where it happened in the prelude
                // (the calls inside it are the prelude's).
                let inside = crate::prelude::location(file, error.span);
                error.span = span;
                error.calls.clear();
                error.calls.push(CallSite { name: format!("{name} ({inside})"), span });
            } else {
                error.calls.push(CallSite { name: name.to_owned(), span });
            }
        }
        abort
    }

    /// Calls a method (or a constructor, a destructor) of `object` with argument values.
    pub(crate) fn call_method(
        &mut self,
        proc: ProcId,
        object: &Rc<Object>,
        args: Vec<Value>,
        span: Span,
    ) -> Ctl<Value> {
        let cell = self.code[proc].clone();
        let code = cell.get().expect("every procedure is compiled before the run");
        let mut frame = Frame::for_call(&mut self.frames, None);
        arguments(&mut frame).push(Value::Object(object.clone()));
        for (value, param) in args.into_iter().zip(&code.proc.params) {
            arguments(&mut frame).push(value.convert(&param.ty).at(span)?);
        }
        self.invoke(code, frame, &code.proc.name, span)
    }

    /// Runs an object's destructors, its own class's first, once.
    pub(crate) fn destroy(&mut self, object: &Rc<Object>, span: Span) -> Ctl<()> {
        if object.destroyed.replace(true) {
            return Ok(());
        }
        let mut class = Some(object.class.clone());
        while let Some(c) = class {
            if let Some(proc) = c.destructor {
                self.call_method(proc, object, Vec::new(), span)?;
            }
            class = c.parent.clone();
        }
        Ok(())
    }

    /// Calls a procedure value with argument values (callbacks).
    pub(crate) fn call_closure(&mut self, closure: &Closure, args: Vec<Value>, span: Span) -> Ctl<Value> {
        let cell = self.code[closure.proc].clone();
        let code = cell.get().expect("every procedure is compiled before the run");
        let mut frame = Frame::for_call(&mut self.frames, Some(closure.env.clone()));
        for (value, param) in args.into_iter().zip(&code.proc.params) {
            arguments(&mut frame).push(value.convert(&param.ty).at(span)?);
        }
        self.invoke(code, frame, &code.proc.name, span)
    }
}

// ------------------------------------------------------------------ data model
//
// Arrays of several dimensions and that grow, associative arrays, combinations, properties of
// builtin values, several values at once. The common shapes keep the evaluator's habits: an
// index into an array held in a variable reads it in place, indices stay on the stack, an
// associative array's element is found with one hash lookup and changed in place.

/// A compiled store into a target: the value is converted as an assignment converts it.
type StoreCode = Box<dyn Fn(&mut Interp, &Rc<Frame>, Value) -> Ctl<()>>;

/// The most indices one access takes (dimensions of nested arrays included).
const MAX_INDICES: usize = 16;

/// Indices evaluated onto the stack.
struct Indices {
    values: [Value; MAX_INDICES],
    len: usize,
}

impl Indices {
    #[inline]
    fn eval(codes: &[(Operand, Span)], it: &mut Interp, env: &Rc<Frame>) -> Ctl<Indices> {
        let mut out = Indices { values: [const { Value::Null }; MAX_INDICES], len: codes.len().min(MAX_INDICES) };
        for (slot, (code, _)) in out.values.iter_mut().zip(codes) {
            *slot = code.get(it, env)?;
        }
        Ok(out)
    }

    fn as_slice(&self) -> &[Value] {
        &self.values[..self.len]
    }
}

/// What `POUR TOUT` over an associative array stores at each step.
struct ForEachKeys<'a> {
    var: Var,
    ty: &'a Ty,
    index: Option<Var>,
    key: Option<Var>,
    from_end: bool,
    span: Span,
}

/// `POUR TOUT [ÉLÉMENT] v [, k] DE t` on an associative array: its elements in insertion order
/// (from the last with `DepuisFin`); `k` (and `v..Clé`) receive the key as written.
fn for_each_assoc(
    it: &mut Interp,
    env: &Rc<Frame>,
    map: &Rc<std::cell::RefCell<Assoc>>,
    keys: ForEachKeys,
    body: &Code<Flow>,
) -> Ctl<Flow> {
    let start_len = map.borrow().len();
    let mut k = 0;
    loop {
        let i = if keys.from_end {
            match start_len.checked_sub(k + 1) {
                Some(i) => i,
                None => break,
            }
        } else {
            k
        };
        let (key, value) = match map.borrow().entries.get_index(i) {
            Some((_, (key, value))) => (key.clone(), value.clone()),
            None => break,
        };
        let value = if value.has_type(keys.ty) { value } else { value.convert(keys.ty).at(keys.span)? };
        store(it, keys.var, value, env);
        if let Some(index) = keys.index {
            store(it, index, key.clone(), env);
        }
        if let Some(slot) = keys.key {
            store(it, slot, key, env);
        }
        body_flow!(it, keys.span, body(it, env)?);
        k += 1;
    }
    Ok(Flow::Next)
}

/// The integers of an array's indices.
fn index_ints(indices: &[Value]) -> Result<([i64; MAX_DIMENSIONS], usize), TypeError> {
    if indices.len() > MAX_DIMENSIONS {
        return Err(TypeError(Fault::IndexCount { expected: MAX_DIMENSIONS, found: indices.len() }));
    }
    let mut ints = [0i64; MAX_DIMENSIONS];
    for (slot, v) in ints.iter_mut().zip(indices) {
        *slot = v.to_int()?;
    }
    Ok((ints, indices.len()))
}

/// How many of `indices` the array takes (one per dimension), checked.
#[inline]
fn rank_of(a: &Array, indices: &[Value]) -> Result<usize, TypeError> {
    let rank = a.rank();
    if indices.len() < rank {
        return Err(TypeError(Fault::IndexCount { expected: rank, found: indices.len() }));
    }
    Ok(rank)
}

/// `b[i, j]`, `b[i][j]`: through the dimensions of an array (one index each), then into its
/// element (an array of arrays, a string, an associative array) with the indices left.
fn read_path(b: &Value, indices: &[Value], base_span: Span, index_span: Span) -> Ctl<Value> {
    let (next, rest) = match b {
        Value::Array(a) => {
            let a = a.borrow();
            let rank = rank_of(&a, indices).at(index_span)?;
            let (ints, n) = index_ints(&indices[..rank]).at(index_span)?;
            let at = a.position(&ints[..n]).or_else(|f| fail(f, index_span))?;
            let rest = &indices[rank..];
            let item = a.items.get(at).unwrap_or(Value::Null);
            // More indices than dimensions, on elements that take none.
            if !rest.is_empty() && !matches!(item, Value::Array(_) | Value::Str(_) | Value::Assoc(_) | Value::Enum(_)) {
                return fail(Fault::IndexCount { expected: rank, found: indices.len() }, index_span);
            }
            (item, rest)
        }
        _ => match indices.split_first() {
            Some((first, rest)) => (index_value(b, first, base_span, index_span)?, rest),
            None => return Ok(b.clone()),
        },
    };
    if rest.is_empty() { Ok(next) } else { read_path(&next, rest, base_span, index_span) }
}

/// The position of `indices` in an array being written: an array of one dimension with
/// `<agrandissement>` grows to hold it when `grow` (an assignment; `t[i] += x` reads the element
/// first, so it must exist, as for `t[i]++` and `t[i] = t[i] + x`).
fn write_position(a: &mut Array, indices: &[Value], grow: bool) -> Result<usize, TypeError> {
    if a.dims.is_empty()
        && let [index] = indices
    {
        let i = index.to_int()?;
        let len = a.items.len();
        if i >= 1 && i as u64 <= len as u64 {
            return Ok(i as usize - 1);
        }
        let grows = grow
            && match a.growth {
                Growth::One => i as u64 == len as u64 + 1,
                Growth::Any => i as u64 > len as u64 && i > 0,
                Growth::No | Growth::Fixed => false,
            };
        if !grows {
            return Err(TypeError(Fault::IndexOutOfBounds { index: i, len }));
        }
        if i as u64 > crate::builtins::arrays::MAX_ELEMENTS as u64 {
            return Err(TypeError(Fault::ArrayTooLarge(i)));
        }
        let default = a.elem.default_value();
        a.items.resize(i as usize, default);
        return Ok(i as usize - 1);
    }
    let (ints, n) = index_ints(indices)?;
    a.position(&ints[..n]).map_err(TypeError)
}

/// `slot op= rhs`, converted to the element type.
#[inline]
fn apply(slot: &mut Value, elem: &Ty, op: AssignOp, rhs: Value) -> Result<(), TypeError> {
    match op {
        AssignOp::Set => {
            let v = if rhs.has_type(elem) { rhs } else { rhs.convert(elem)? };
            std::mem::replace(slot, v).discard();
        }
        AssignOp::Add => ops::add_in_place(slot, &rhs)?,
        AssignOp::AddSeparated => add_separated(slot, &rhs)?,
        op => *slot = combine(op, slot, &rhs)?,
    }
    if op != AssignOp::Set && !slot.has_type(elem) {
        *slot = std::mem::replace(slot, Value::Null).convert(elem)?;
    }
    Ok(())
}

/// `b[i] op= rhs`, `b[i, j] op= rhs`: into an array (growing it when its option says so) or an
/// associative array (the element of the key, created when missing), through the dimensions
/// and nested arrays first.
fn store_element(
    b: &Value,
    indices: &[Value],
    op: AssignOp,
    rhs: Value,
    (base_span, index_span, value_span): (Span, Span, Span),
    span: Span,
) -> Ctl<()> {
    let value_span = if op == AssignOp::Set { value_span } else { span };
    match b {
        Value::Array(a) => {
            let rank = rank_of(&a.borrow(), indices).at(index_span)?;
            if indices.len() > rank {
                let next = read_path(b, &indices[..rank], base_span, index_span)?;
                return store_element(&next, &indices[rank..], op, rhs, (base_span, index_span, value_span), span);
            }
            let mut a = a.borrow_mut();
            let at = write_position(&mut a, indices, op == AssignOp::Set).at(index_span)?;
            let Array { items, elem, .. } = &mut *a;
            items.update(at, |slot| apply(slot, elem, op, rhs)).unwrap_or(Ok(())).at(value_span)
        }
        Value::Assoc(m) => {
            let Some((key, rest)) = indices.split_first() else { return Ok(()) };
            if !rest.is_empty() {
                let next = m.borrow_mut().entry(key).at(index_span)?.clone();
                return store_element(&next, rest, op, rhs, (base_span, index_span, value_span), span);
            }
            let mut m = m.borrow_mut();
            let ty = m.ty.clone();
            let slot = m.entry(key).at(index_span)?;
            apply(slot, &ty.elem, op, rhs).at(value_span)
        }
        // An option of a combination held by a value (not a variable) cannot be changed.
        Value::Enum(_) => fail(Fault::NotVariable, base_span),
        other => fail(Fault::CannotIndex(other.ty()), base_span),
    }
}

/// The place of `b[i, j]` for a by-reference argument: an array's element, else (an associative
/// array's element, a character) a copy passed by value.
fn place_path(b: &Value, indices: &[Value], base_span: Span, index_span: Span) -> Ctl<Place> {
    if let Value::Array(a) = b {
        let rank = rank_of(&a.borrow(), indices).at(index_span)?;
        if indices.len() == rank {
            let (ints, n) = index_ints(indices).at(index_span)?;
            let at = a.borrow().position(&ints[..n]).or_else(|f| fail(f, index_span))?;
            // An array of more than 2^32 values (64 GB) cannot be made.
            let index = u32::try_from(at).expect("array index beyond u32");
            return Ok(Place::Elem { array: a.clone(), index });
        }
        let next = read_path(b, &indices[..rank], base_span, index_span)?;
        return place_path(&next, &indices[rank..], base_span, index_span);
    }
    let v = read_path(b, indices, base_span, index_span)?;
    Ok(Place::Slot { frame: Frame::new(vec![v], None), slot: 0 })
}

/// The value of `t2 <= t1`: arrays, associative arrays and structures copied.
fn copy_value(v: Value) -> Value {
    match v {
        Value::Array(a) => Value::Array(Rc::new(std::cell::RefCell::new(a.borrow().copy()))),
        other => crate::value::object::copy_member(&other),
    }
}

impl Compiler<'_> {
    fn model_expr(&self, e: &Expr) -> Code<Value> {
        let span = e.span;
        match &e.kind {
            ExprKind::NewArray { dims, elem, growth } => {
                let dims: Vec<(Operand, Span)> = dims.iter().map(|d| (self.operand(d), d.span)).collect();
                let (elem, growth) = (elem.clone(), *growth);
                Box::new(move |it, env| {
                    let sizes = Indices::eval(&dims, it, env)?;
                    let array = if dims.is_empty() {
                        Array { elem: elem.clone(), items: Items::empty(&elem), dims: Vec::new(), growth }
                    } else {
                        let (ints, n) = index_ints(sizes.as_slice()).at(span)?;
                        // Element indices are 32-bit (see `Place`).
                        Array::of_size(elem.clone(), &ints[..n], growth, u32::MAX as usize)
                            .or_else(|f| fail(f, span))?
                    };
                    Ok(Value::Array(Rc::new(std::cell::RefCell::new(array))))
                })
            }
            ExprKind::NewAssoc { ty, default } => {
                let ty = ty.clone();
                let default = default.as_ref().map(|d| (self.operand(d), d.span));
                Box::new(move |it, env| {
                    let map = Assoc::new(ty.clone());
                    if let Some((d, d_span)) = &default {
                        let v = d.get(it, env)?;
                        map.borrow_mut().default = Some(v.convert(&ty.elem).at(*d_span)?);
                    }
                    Ok(Value::Assoc(map))
                })
            }
            ExprKind::IndexN { base, indices } => {
                let base_span = base.span;
                let index_span = indices.last().map_or(span, |i| i.span);
                let codes: Vec<(Operand, Span)> = indices.iter().map(|i| (self.operand(i), i.span)).collect();
                // An array held in a variable is read in place (see `ExprKind::Index`).
                if let ExprKind::Var(var) = base.kind
                    && indices.iter().all(Expr::calls_nothing)
                {
                    return Box::new(move |it, env| {
                        let indices = Indices::eval(&codes, it, env)?;
                        frame_of(it, var, env)
                            .with(slot_of(var), |b| read_path(b, indices.as_slice(), base_span, index_span))
                    });
                }
                let base = self.operand(base);
                Box::new(move |it, env| {
                    let b = base.get(it, env)?;
                    let indices = Indices::eval(&codes, it, env)?;
                    read_path(&b, indices.as_slice(), base_span, index_span)
                })
            }
            ExprKind::Property { base, prop } => {
                let (base, prop) = (self.operand(base), *prop);
                Box::new(move |it, env| get_property(&base.get(it, env)?, prop).at(span))
            }
            ExprKind::Exists { base, key } => {
                let (base_span, key_span) = (base.span, key.span);
                let (base, key) = (self.operand(base), self.operand(key));
                Box::new(move |it, env| {
                    let (b, k) = (base.get(it, env)?, key.get(it, env)?);
                    Ok(Value::Bool(match &b {
                        Value::Assoc(m) => m.borrow().get(&k).at(key_span)?.is_some(),
                        // `v.nom..Existe`: whether the variant or JSON object has the member.
                        Value::Dynamic(d) => {
                            let name = k.to_text().at(key_span)?;
                            d.borrow().find(&crate::keywords::fold(&name), &name).is_some()
                        }
                        Value::Null => false,
                        Value::Array(a) => {
                            let a = a.borrow();
                            k.to_int()
                                .at(key_span)?
                                .checked_sub(1)
                                .is_some_and(|i| i >= 0 && (i as usize) < a.items.len())
                        }
                        other => {
                            let fault =
                                Fault::NoProperty { property: crate::keywords::Property::Exists, on: other.ty() };
                            return fail(fault, base_span);
                        }
                    }))
                })
            }
            ExprKind::IsNull { value, negated } => {
                let (value, negated) = (self.operand(value), *negated);
                Box::new(move |it, env| Ok(Value::Bool(matches!(value.get(it, env)?, Value::Null) != negated)))
            }
            ExprKind::Tuple(items) => {
                let items: Vec<Operand> = items.iter().map(|i| self.operand(i)).collect();
                Box::new(move |it, env| {
                    let mut values = Vec::with_capacity(items.len());
                    for item in &items {
                        values.push(item.get(it, env)?);
                    }
                    Ok(Value::Tuple(Rc::new(values)))
                })
            }
            ExprKind::Copy(inner) => {
                let inner = self.operand(inner);
                Box::new(move |it, env| Ok(copy_value(inner.get(it, env)?)))
            }
            _ => {
                let e = self.general_expr(e);
                Box::new(move |it, env| e(it, env))
            }
        }
    }

    /// A target's value and how to store into it (for the targets that are not the evaluator's
    /// common shapes: properties, options, several indices).
    /// (`span`: where a value that does not convert is reported.)
    fn access(&self, target: &Target, span: Span) -> (Code<Value>, StoreCode) {
        match target {
            Target::Var { var, ty } => {
                let (var, ty) = (*var, ty.clone());
                let load_code: Code<Value> = Box::new(move |it, env| Ok(load(it, var, env)));
                let store_code: StoreCode = Box::new(move |it, env, v| {
                    let v = if v.has_type(&ty) { v } else { v.convert(&ty).at(span)? };
                    store(it, var, v, env);
                    Ok(())
                });
                (load_code, store_code)
            }
            Target::Elem { array, index } => self.element_access(array, std::slice::from_ref(index)),
            Target::ElemN { array, indices } => self.element_access(array, indices),
            Target::Field { .. } | Target::DynField { .. } => {
                let declared = match target {
                    Target::Field { ty, .. } => Some(ty.clone()),
                    _ => None,
                };
                let place = Rc::new(self.target_place(target));
                let place2 = place.clone();
                let load_code: Code<Value> = Box::new(move |it, env| Ok(place(it, env)?.load()));
                let store_code: StoreCode = Box::new(move |it, env, v| {
                    let place = place2(it, env)?;
                    let ty = declared.clone().unwrap_or_else(|| place_ty(&place));
                    let v = if v.has_type(&ty) { v } else { v.convert(&ty).at(span)? };
                    place.store(v);
                    Ok(())
                });
                (load_code, store_code)
            }
            Target::Property { base, prop } => {
                let prop = *prop;
                let (base_load, base_store) = self.access(base, span);
                let base_load = Rc::new(base_load);
                let base_load2 = base_load.clone();
                let load_code: Code<Value> = Box::new(move |it, env| get_property(&base_load(it, env)?, prop).at(span));
                let store_code: StoreCode = Box::new(move |it, env, v| {
                    let current = base_load2(it, env)?;
                    let new = set_property(&current, prop, &v).at(span)?;
                    base_store(it, env, new)
                });
                (load_code, store_code)
            }
            Target::Flag { base, option } => {
                let option_span = option.span;
                let option = Rc::new(self.operand(option));
                let option2 = option.clone();
                let (base_load, base_store) = self.access(base, span);
                let base_load = Rc::new(base_load);
                let base_load2 = base_load.clone();
                let load_code: Code<Value> = Box::new(move |it, env| {
                    let b = base_load(it, env)?;
                    let o = option.get(it, env)?;
                    index_value(&b, &o, option_span, option_span)
                });
                let store_code: StoreCode = Box::new(move |it, env, v| {
                    let on = v.truthy().at(option_span)?;
                    let (b, o) = (base_load2(it, env)?, option2.get(it, env)?);
                    let (Value::Enum(c), Value::Enum(opt)) = (&b, &o) else {
                        return fail(Fault::WrongObject { found: o.ty(), expected: b.ty() }, option_span);
                    };
                    match c.combine(opt, on) {
                        Some(new) => base_store(it, env, Value::Enum(Rc::new(new))),
                        None => fail(Fault::WrongObject { found: o.ty(), expected: b.ty() }, option_span),
                    }
                });
                (load_code, store_code)
            }
        }
    }

    fn element_access(&self, array: &Expr, indices: &[Expr]) -> (Code<Value>, StoreCode) {
        let base_span = array.span;
        let index_span = indices.last().map_or(base_span, |i| i.span);
        let base = Rc::new(self.operand(array));
        let base2 = base.clone();
        let codes: Rc<Vec<(Operand, Span)>> = Rc::new(indices.iter().map(|i| (self.operand(i), i.span)).collect());
        let codes2 = codes.clone();
        let load_code: Code<Value> = Box::new(move |it, env| {
            let b = base.get(it, env)?;
            let indices = Indices::eval(&codes, it, env)?;
            read_path(&b, indices.as_slice(), base_span, index_span)
        });
        let store_code: StoreCode = Box::new(move |it, env, v| {
            let b = base2.get(it, env)?;
            let indices = Indices::eval(&codes2, it, env)?;
            store_element(&b, indices.as_slice(), AssignOp::Set, v, (base_span, index_span, index_span), index_span)
        });
        (load_code, store_code)
    }

    /// The place of `t[i, j]` (see `place_path`).
    fn index_place(&self, base: &Expr, indices: &[Expr]) -> PlaceCode {
        let base_span = base.span;
        let index_span = indices.last().map_or(base_span, |i| i.span);
        let base = self.operand(base);
        let codes: Vec<(Operand, Span)> = indices.iter().map(|i| (self.operand(i), i.span)).collect();
        Box::new(move |it, env| {
            let b = base.get(it, env)?;
            let indices = Indices::eval(&codes, it, env)?;
            place_path(&b, indices.as_slice(), base_span, index_span)
        })
    }

    /// `t[i, j] op= v`, `d.Jour op= v`, `c[Option] = v`.
    fn assign_model(&self, target: &Target, op: AssignOp, value: &Expr, span: Span) -> Code<Flow> {
        let value_span = value.span;
        let rhs = self.operand(value);
        if let Target::ElemN { array, indices } = target {
            let base_span = array.span;
            let index_span = indices.last().map_or(base_span, |i| i.span);
            let base = self.operand(array);
            let codes: Vec<(Operand, Span)> = indices.iter().map(|i| (self.operand(i), i.span)).collect();
            return Box::new(move |it, env| {
                let rhs = rhs.get(it, env)?;
                let b = base.get(it, env)?;
                let indices = Indices::eval(&codes, it, env)?;
                store_element(&b, indices.as_slice(), op, rhs, (base_span, index_span, value_span), span)?;
                Ok(Flow::Next)
            });
        }
        let (load_code, store_code) = self.access(target, span);
        Box::new(move |it, env| {
            let rhs = rhs.get(it, env)?;
            let new = match op {
                AssignOp::Set => rhs,
                op => combine(op, &load_code(it, env)?, &rhs).at(span)?,
            };
            store_code(it, env, new)?;
            Ok(Flow::Next)
        })
    }

    /// `(x, y) = P()`, `(a, b) = (b, a)`: every value first, then every variable.
    fn assign_tuple(&self, targets: &[Option<Target>], value: &Expr) -> Code<Flow> {
        let stores: Vec<Option<StoreCode>> =
            targets.iter().map(|t| t.as_ref().map(|t| self.access(t, value.span).1)).collect();
        let values: Code<Vec<Value>> = match &value.kind {
            ExprKind::Tuple(items) => {
                let items: Vec<Operand> = items.iter().map(|i| self.operand(i)).collect();
                Box::new(move |it, env| {
                    let mut values = Vec::with_capacity(items.len());
                    for item in &items {
                        values.push(item.get(it, env)?);
                    }
                    Ok(values)
                })
            }
            _ => {
                let value = self.operand(value);
                Box::new(move |it, env| {
                    Ok(match value.get(it, env)? {
                        Value::Tuple(values) => Rc::try_unwrap(values).unwrap_or_else(|shared| (*shared).clone()),
                        single => vec![single],
                    })
                })
            }
        };
        Box::new(move |it, env| {
            let values = values(it, env)?;
            // Fewer values than variables: the variables left keep their values.
            for (store_code, v) in stores.iter().zip(values) {
                if let Some(store_code) = store_code {
                    store_code(it, env, v)?;
                }
            }
            Ok(Flow::Next)
        })
    }

    /// `t2 <- t1`: the variable refers to the array (or associative array) itself.
    fn assign_ref(&self, target: &Target, value: &Expr) -> Code<Flow> {
        let value_span = value.span;
        let value = self.operand(value);
        let Target::Var { var, ty } = target else {
            let (_, store_code) = self.access(target, value_span);
            return Box::new(move |it, env| {
                let v = value.get(it, env)?;
                store_code(it, env, v)?;
                Ok(Flow::Next)
            });
        };
        let (var, ty) = (*var, ty.clone());
        Box::new(move |it, env| {
            let v = value.get(it, env)?;
            let fits = matches!(
                (&ty, &v),
                (Ty::Variant, _) | (Ty::Array(_), Value::Array(_)) | (Ty::Assoc(_), Value::Assoc(_))
            );
            if !fits {
                return fail(Fault::WrongObject { found: v.ty(), expected: ty.clone() }, value_span);
            }
            store(it, var, v, env);
            Ok(Flow::Next)
        })
    }
}
