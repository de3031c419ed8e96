//! The resolved program the evaluator runs: every name is already a slot, a procedure or a
//! builtin; every type is known; constants are values. Built by `resolve`, read by `interp`.
//! No evaluation logic here.

use std::rc::Rc;

use crate::ast::{AssignOp, BinOp, UnOp};
use crate::builtins::Builtin;
use crate::diagnostics::Construct;
use crate::keywords::Property;
use crate::source::Span;
use crate::types::AssocType;

use crate::value::{Growth, Ty, Value};

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
    /// A procedure of the prelude (`stdlib/`; its file's index in `prelude::FILES`): its errors
    /// are reported at the script's call.
    pub prelude: Option<usize>,
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
        subject: Box<Expr>,
        cases: Vec<Case>,
        other: Block,
    },
    For {
        var: Var,
        from: Box<Expr>,
        to: Box<Expr>,
        step: Option<Box<Expr>>,
        bound_once: bool,
        body: Block,
    },
    /// `POUR TOUT v [, i] DE t [DepuisFin]`: over an array's elements, a string's characters, or
    /// an associative array's elements (`i` then receives the key, as does `key`, the slot that
    /// `v..Clé` reads).
    ForEach {
        var: Var,
        ty: Ty,
        index: Option<Var>,
        key: Option<Var>,
        from_end: bool,
        iterable: Box<Expr>,
        body: Block,
    },
    /// `separator` is a string or an array of strings.
    ForEachString {
        var: Var,
        source: Box<Expr>,
        separator: Box<Expr>,
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
        do_while: Option<Box<Expr>>,
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
    /// A body with its labelled sections: `CAS EXCEPTION:` runs when the body fails, `CAS
    /// ERREUR:` when one of its function calls fails with a non-fatal error, `FIN:` after it,
    /// however it ended.
    Sections {
        body: Block,
        on_exception: Option<Block>,
        on_error: Option<Block>,
        end: Option<Block>,
    },
    /// A construct that resolves but that the interpreter cannot run yet: running it fails with
    /// a message naming it.
    Unsupported(Construct),
    /// `(x, y) = P()`, `(a, b) = (b, a)`: every value is computed before any variable changes;
    /// `None` skips a value, and variables beyond the values keep theirs.
    AssignTuple {
        targets: Vec<Option<Target>>,
        value: Expr,
    },
    /// `a <- b`: `a` refers to `b`'s array (or associative array) instead of a copy.
    AssignRef {
        target: Target,
        value: Expr,
    },
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
    /// `t[i]` (an array's element, an associative array's element by key).
    Elem {
        array: Box<Expr>,
        index: Box<Expr>,
    },
    /// `t[i, j]`, `t[i][j]`: through the dimensions of an array, then into its elements.
    ElemN {
        array: Expr,
        indices: Vec<Expr>,
    },
    /// `d.Jour = 5`: a property of the value held by `base` (read, changed, stored back).
    Property {
        base: Box<Target>,
        prop: Property,
    },
    /// `c[Option] = Vrai`: an option of the combination held by `base`.
    Flag {
        base: Box<Target>,
        option: Expr,
    },
    /// A member of a structure or an object, by its index (the type is known).
    Field {
        base: Box<Expr>,
        index: u32,
        ty: Ty,
    },
    /// A member found by name when the program runs (the object's type is not known before);
    /// a variant or a JSON value is given the member when it has none of that name (`json`: the
    /// base is a `JSON` variable, which becomes a JSON object when it holds nothing yet).
    DynField {
        base: Box<Expr>,
        name: Rc<str>,
        spelled: Rc<str>,
        json: bool,
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
    /// A construct that resolves but that the interpreter cannot evaluate yet (see
    /// `StmtKind::Unsupported`).
    Unsupported(Construct),
    /// `tableau de 5 entiers`, `tableau de 3 par 4 entiers` (`dims`: one size per dimension;
    /// none for an empty array), `tableau <agrandissement=1> d'entiers`: a new array of default
    /// elements.
    NewArray {
        dims: Vec<Expr>,
        elem: Ty,
        growth: Growth,
    },
    /// `tableau associatif (options, défaut, type de clé) de T`: a new, empty associative array.
    NewAssoc {
        ty: Rc<AssocType>,
        default: Option<Box<Expr>>,
    },
    /// `t[i, j]`, `t[i][j]`: through the dimensions of an array, then into its elements.
    IndexN {
        base: Box<Expr>,
        indices: Vec<Expr>,
    },
    /// `d.Jour`, `t..Vide`, `e..Nom`: a property of a builtin value.
    Property {
        base: Box<Expr>,
        prop: Property,
    },
    /// `t[clé]..Existe`: whether the associative array has the key.
    Exists {
        base: Box<Expr>,
        key: Box<Expr>,
    },
    /// `v = Null` on a variant: whether it was never assigned (Null on a number is 0, page
    /// 1514019).
    IsNull {
        value: Box<Expr>,
        negated: bool,
    },
    /// `(a, b)`: several values (`RENVOYER (a, b)`).
    Tuple(Vec<Expr>),
    /// The value of `t2 <= t1`: arrays and associative arrays copied, element by element.
    Copy(Box<Expr>),
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
        matches!(
            self.kind,
            ExprKind::Var(_) | ExprKind::Index { .. } | ExprKind::IndexN { .. } | ExprKind::Field { .. }
        )
    }

    /// Whether evaluating the expression calls nothing (so it can change no variable).
    pub fn calls_nothing(&self) -> bool {
        match &self.kind {
            ExprKind::Const(_) | ExprKind::Var(_) | ExprKind::ProcValue { .. } | ExprKind::Unsupported(_) => true,
            ExprKind::Unary(_, e)
            | ExprKind::Count(e)
            | ExprKind::Property { base: e, .. }
            | ExprKind::IsNull { value: e, .. }
            | ExprKind::Copy(e) => e.calls_nothing(),
            ExprKind::Exists { base, key } => base.calls_nothing() && key.calls_nothing(),
            ExprKind::IndexN { base, indices } => base.calls_nothing() && indices.iter().all(Expr::calls_nothing),
            ExprKind::Tuple(items) => items.iter().all(Expr::calls_nothing),
            ExprKind::NewArray { dims, .. } => dims.iter().all(Expr::calls_nothing),
            ExprKind::NewAssoc { default, .. } => default.as_ref().is_none_or(|d| d.calls_nothing()),
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
///
/// Likewise `t[k] = t[k] + x` becomes `t[k] += x` when `t` and `k` are variables: one look-up of
/// the element instead of two (an associative array's key is hashed once), and `o.m = o.m + x`
/// becomes `o.m += x` on the members of a variable's object or structure.
///
/// `v += [sep] + a + b` (and `v = v + [sep] + a + b` as above) is `AssignOp::AddSeparated` with
/// the value `[sep, a, b]`: the separator is added unless `v` is empty or ends with it, then the
/// texts of `a` and `b` (page 1512001).
pub fn assignment(target: Target, op: AssignOp, value: Expr) -> StmtKind {
    let chain = add_chain(&value);
    let separated = match op {
        AssignOp::Add if is_separator(chain[0]) => Some(0),
        AssignOp::Set
            if chain.len() >= 2
                && reads_target(chain[0], &target)
                && is_separator(chain[1])
                && chain[1..].iter().all(|e| e.calls_nothing()) =>
        {
            Some(1)
        }
        _ => None,
    };
    if let Some(first) = separated {
        let span = value.span;
        let mut parts = Vec::with_capacity(chain.len() - first);
        for (i, operand) in into_add_chain(value).into_iter().enumerate().skip(first) {
            match operand.kind {
                ExprKind::Array(items) if i == first => parts.extend(items),
                _ => parts.push(operand),
            }
        }
        return StmtKind::Assign {
            target,
            op: AssignOp::AddSeparated,
            value: Expr { kind: ExprKind::Array(parts), span },
        };
    }
    let appends = op == AssignOp::Set
        && matches!(&value.kind, ExprKind::Binary(BinOp::Add, left, right)
            if reads_target(left, &target) && right.calls_nothing());
    match value.kind {
        ExprKind::Binary(_, _, right) if appends => StmtKind::Assign { target, op: AssignOp::Add, value: *right },
        kind => StmtKind::Assign { target, op, value: Expr { kind, span: value.span } },
    }
}

/// The operands of `x + y + z` (left-nested), leftmost first; `[e]` alone for another expression.
fn add_chain(e: &Expr) -> Vec<&Expr> {
    let mut operands = Vec::new();
    let mut e = e;
    while let ExprKind::Binary(BinOp::Add, left, right) = &e.kind {
        operands.push(&**right);
        e = left;
    }
    operands.push(e);
    operands.reverse();
    operands
}

/// `add_chain`, taking the operands.
fn into_add_chain(e: Expr) -> Vec<Expr> {
    let mut operands = Vec::new();
    let mut e = e;
    loop {
        match e.kind {
            ExprKind::Binary(BinOp::Add, left, right) => {
                operands.push(*right);
                e = *left;
            }
            kind => {
                operands.push(Expr { kind, span: e.span });
                break;
            }
        }
    }
    operands.reverse();
    operands
}

/// `[sep]` in `s + [sep]`: an array literal of one element.
fn is_separator(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Array(items) if items.len() == 1)
}

/// Whether `e` reads what `target` writes, without calling anything: the variable `v`, `t[k]` of
/// two variables, `o.m` of a variable.
fn reads_target(e: &Expr, target: &Target) -> bool {
    let same_var = |e: &Expr, var: Var| matches!(e.kind, ExprKind::Var(v) if v == var);
    match (target, &e.kind) {
        (Target::Var { var, .. }, _) => same_var(e, *var),
        (Target::Elem { array, index: key }, ExprKind::Index { base, index }) => match (&array.kind, &key.kind) {
            (ExprKind::Var(t), ExprKind::Var(k)) => same_var(base, *t) && same_var(index, *k),
            _ => false,
        },
        (Target::Field { base: holder, index, .. }, ExprKind::Field { base, index: i }) => match holder.kind {
            ExprKind::Var(holder) => i == index && same_var(base, holder),
            _ => false,
        },
        _ => false,
    }
}
