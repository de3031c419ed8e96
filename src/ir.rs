//! The resolved program the evaluator runs: every name is already a slot, a procedure or a
//! builtin; every type is known; constants are values. Built by `resolve`, read by `interp`.
//! No evaluation logic here.

use std::rc::Rc;

use crate::ast::{AssignOp, BinOp, UnOp};
use crate::builtins::Builtin;
use crate::diagnostics::Construct;
use crate::source::Span;

use crate::value::{Ty, Value};

pub type ProcId = usize;

#[derive(Debug)]
pub struct Program {
    pub main: Block,
    pub globals: Vec<Ty>,
    pub procs: Vec<Rc<Proc>>,
    /// The initial values of the members of each structure (by `StructType::id`) and class (by
    /// `ClassType::id`) the script declares.
    pub structs: Vec<Rc<TypeInit>>,
    pub classes: Vec<Rc<TypeInit>>,
}

/// How a new structure or object gets its members' initial values: per member, the expression
/// declared with it (`x est un entier = 5`), or nothing (the type's default).
#[derive(Debug, Default)]
pub struct TypeInit {
    pub fields: Vec<Option<Expr>>,
}

#[derive(Debug)]
pub struct Proc {
    /// As spelled in the declaration.
    pub name: Rc<str>,
    pub params: Vec<Param>,
    /// Slot types; parameters first.
    pub slots: Vec<Ty>,
    pub body: Block,
    pub internal: bool,
    pub span: Span,
    /// A method: the class (`ClassType::id`); its object is the first slot, before the
    /// parameters (`params` does not list it).
    pub method_of: Option<usize>,
    /// Local variables holding an object whose class has a destructor: destroyed when the call
    /// ends (page 6010001), last declared first.
    pub destroy: Vec<u32>,
}

#[derive(Debug)]
pub struct Param {
    pub by_value: bool,
    pub ty: Ty,
    pub default: Option<Expr>,
}

pub type Block = Vec<Stmt>;

/// Where a variable lives, seen from the code that uses it.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum Var {
    /// The current frame.
    Local(u32),
    /// The main code's frame.
    Global(u32),
    /// `depth` frames up the chain of enclosing procedures.
    Outer { depth: u16, slot: u32 },
}

/// Which frame a called procedure's body sees as enclosing.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum Env {
    Global,
    /// The frame `depth` links up from the caller's.
    Enclosing(u16),
}

#[derive(Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Debug)]
pub enum StmtKind {
    /// Resets a variable to its initial value (a declaration is executed where it stands).
    Declare {
        var: Var,
        ty: Ty,
        init: Option<Expr>,
    },
    Assign {
        target: Target,
        op: AssignOp,
        value: Expr,
    },
    Expr(Expr),
    If {
        branches: Vec<(Expr, Block)>,
        otherwise: Block,
    },
    Switch {
        subject: Expr,
        cases: Vec<Case>,
        other: Block,
    },
    For {
        var: Var,
        from: Expr,
        to: Expr,
        step: Option<Expr>,
        bound_once: bool,
        body: Block,
    },
    /// `POUR TOUT v [, i] DE t [DepuisFin]`: over an array's elements, or a string's characters.
    ForEach {
        var: Var,
        ty: Ty,
        index: Option<Var>,
        from_end: bool,
        iterable: Expr,
        body: Block,
    },
    /// `separator` is a string or an array of strings.
    ForEachString {
        var: Var,
        source: Expr,
        separator: Expr,
        from_end: bool,
        body: Block,
    },
    While {
        cond: Expr,
        body: Block,
    },
    /// `BOUCLE [(n)] ... FIN` or `... À FAIRE TANTQUE cond`.
    Loop {
        count: Option<Expr>,
        body: Block,
        do_while: Option<Expr>,
    },
    Break,
    Continue,
    Return(Option<Expr>),
    WhenException {
        body: Block,
        handler: Block,
        otherwise: Block,
    },
    /// A block run in place (`UTILISER ... DANS`: one thread, so the critical section is free).
    Block(Block),
    /// A body with its labelled sections: `CAS EXCEPTION:` runs when the body fails, `FIN:`
    /// after it, however it ended. (A body with `CAS ERREUR:` is `Unsupported`.)
    Sections {
        body: Block,
        on_exception: Option<Block>,
        end: Option<Block>,
    },
    /// A construct that resolves but that the interpreter cannot run yet: running it fails with
    /// a message naming it.
    Unsupported(Construct),
    /// `libérer o`: runs the object's destructor; the variable becomes Null.
    Free(Target),
}

#[derive(Debug)]
pub struct Case {
    pub items: Vec<CaseItem>,
    pub body: Block,
}

#[derive(Debug)]
pub enum CaseItem {
    Value(Expr),
    Range(Expr, Expr),
    UpTo(Expr),
    Compare(BinOp, Expr),
    Interval(Interval),
}

/// `low < x < high` and its forms.
#[derive(Debug)]
pub struct Interval {
    pub low: Expr,
    pub low_strict: bool,
    pub high: Expr,
    pub high_strict: bool,
}

/// Something assignable, with the type its value converts to.
#[derive(Debug)]
pub enum Target {
    Var {
        var: Var,
        ty: Ty,
    },
    Elem {
        array: Expr,
        index: Expr,
    },
    /// A member of a structure or an object, by its index (the type is known).
    Field {
        base: Expr,
        index: u32,
        ty: Ty,
    },
    /// A member found by name when the program runs (the object's type is not known before).
    DynField {
        base: Expr,
        name: Rc<str>,
    },
}

#[derive(Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug)]
pub enum ExprKind {
    Const(Value),
    Var(Var),
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    CallProc {
        proc: ProcId,
        env: Env,
        args: Vec<Expr>,
        name: Rc<str>,
    },
    CallValue {
        callee: Box<Expr>,
        args: Vec<Expr>,
        name: Rc<str>,
    },
    CallBuiltin {
        builtin: &'static Builtin,
        args: Vec<Expr>,
        name: Rc<str>,
    },
    /// A procedure named as a value (e.g. a callback): makes a closure.
    ProcValue {
        proc: ProcId,
        env: Env,
    },
    Index {
        base: Box<Expr>,
        index: Box<Expr>,
    },
    Substring {
        base: Box<Expr>,
        from: Box<Expr>,
        to: SubstringEnd,
    },
    /// `a < x < b`, `x = a À b`: `value` evaluated once.
    Interval {
        value: Box<Expr>,
        bounds: Box<Interval>,
    },
    /// A dynamic string: the parts' texts, one after the other.
    Concat(Vec<Expr>),
    /// `x DANS (a, b)`.
    In {
        value: Box<Expr>,
        list: Vec<Expr>,
        negated: bool,
    },
    /// `x++` / `++x` inside an expression: the value before (postfix) or after (prefix).
    Increment {
        target: Box<Target>,
        delta: i64,
        prefix: bool,
    },
    /// `SELON(v, a, b, SINON d)`: the `v`-th value (from 1), else `otherwise` (else Null).
    SwitchExpr {
        subject: Box<Expr>,
        values: Vec<Expr>,
        otherwise: Option<Box<Expr>>,
    },
    Count(Box<Expr>),
    Array(Vec<Expr>),
    /// `tableau de 5 entiers`: `size` default elements.
    SizedArray {
        size: Box<Expr>,
        ty: Ty,
    },
    /// A construct that resolves but that the interpreter cannot evaluate yet (see
    /// `StmtKind::Unsupported`).
    Unsupported(Construct),
    /// A new structure or object of `ty` (members' initial values, then the constructors with
    /// `args`); `ty` dynamic for `allouer`.
    New {
        ty: Ty,
        args: Vec<Expr>,
    },
    /// A member of a structure or an object, by its index (the type is known before running).
    Field {
        base: Box<Expr>,
        index: u32,
    },
    /// A member found by name when the program runs (`name` folded, `spelled` for messages).
    DynField {
        base: Box<Expr>,
        name: Rc<str>,
        spelled: Rc<str>,
    },
    /// `o.M(args)`: the method of the object's class (or, with `proc`, that procedure: a call of
    /// an ancestor's method, or of a method that no class redefines).
    CallMethod {
        object: Box<Expr>,
        method: Rc<str>,
        proc: Option<ProcId>,
        args: Vec<Expr>,
        name: Rc<str>,
    },
}

#[derive(Debug)]
pub enum SubstringEnd {
    Single,
    ToEnd,
    To(Box<Expr>),
    /// `s[[i SUR n]]`: `n` characters.
    Length(Box<Expr>),
}

impl Expr {
    /// Whether an argument can be passed by reference (a variable or an array element).
    pub fn is_place(&self) -> bool {
        matches!(self.kind, ExprKind::Var(_) | ExprKind::Index { .. } | ExprKind::Field { .. })
    }

    /// Whether evaluating the expression calls nothing (so it can change no variable).
    pub fn calls_nothing(&self) -> bool {
        match &self.kind {
            ExprKind::Const(_) | ExprKind::Var(_) | ExprKind::ProcValue { .. } | ExprKind::Unsupported(_) => true,
            ExprKind::Unary(_, e) | ExprKind::Count(e) => e.calls_nothing(),
            ExprKind::Interval { value, bounds } => {
                value.calls_nothing() && bounds.low.calls_nothing() && bounds.high.calls_nothing()
            }
            ExprKind::In { value, list, .. } => value.calls_nothing() && list.iter().all(Expr::calls_nothing),
            ExprKind::Concat(parts) => parts.iter().all(Expr::calls_nothing),
            ExprKind::SwitchExpr { subject, values, otherwise } => {
                subject.calls_nothing()
                    && values.iter().all(Expr::calls_nothing)
                    && otherwise.as_ref().is_none_or(|o| o.calls_nothing())
            }
            // It changes a variable.
            ExprKind::Increment { .. } => false,
            ExprKind::Binary(_, a, b) | ExprKind::Index { base: a, index: b } => a.calls_nothing() && b.calls_nothing(),
            ExprKind::Substring { base, from, to } => {
                base.calls_nothing()
                    && from.calls_nothing()
                    && match to {
                        SubstringEnd::To(e) | SubstringEnd::Length(e) => e.calls_nothing(),
                        SubstringEnd::Single | SubstringEnd::ToEnd => true,
                    }
            }
            ExprKind::Array(items) => items.iter().all(Expr::calls_nothing),
            ExprKind::SizedArray { size, .. } => size.calls_nothing(),
            ExprKind::Field { base, .. } | ExprKind::DynField { base, .. } => base.calls_nothing(),
            ExprKind::CallProc { .. }
            | ExprKind::CallValue { .. }
            | ExprKind::CallBuiltin { .. }
            | ExprKind::CallMethod { .. }
            | ExprKind::New { .. } => false,
        }
    }
}

/// An assignment statement. `v = v + x` becomes `v += x`, which appends to a string in place,
/// when `x` calls nothing: evaluating `x` before reading `v` then changes nothing.
pub fn assignment(target: Target, op: AssignOp, value: Expr) -> StmtKind {
    let appends = op == AssignOp::Set
        && match (&target, &value.kind) {
            (Target::Var { var, .. }, ExprKind::Binary(BinOp::Add, left, right)) => {
                matches!(left.kind, ExprKind::Var(v) if v == *var) && right.calls_nothing()
            }
            // `o.m = o.m + x` on the members of a variable's object or structure.
            (
                Target::Field { base: Expr { kind: ExprKind::Var(holder), .. }, index, .. },
                ExprKind::Binary(BinOp::Add, left, right),
            ) => {
                matches!(&left.kind, ExprKind::Field { base, index: i }
                    if i == index && matches!(base.kind, ExprKind::Var(v) if v == *holder))
                    && right.calls_nothing()
            }
            _ => false,
        };
    match value.kind {
        ExprKind::Binary(_, _, right) if appends => StmtKind::Assign { target, op: AssignOp::Add, value: *right },
        kind => StmtKind::Assign { target, op, value: Expr { kind, span: value.span } },
    }
}
