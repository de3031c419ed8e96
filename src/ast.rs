//! Stage 2 output: the syntax tree, exactly as written. Every node carries its span; names carry
//! their folded spelling. No evaluation logic and no name resolution here (see `resolve`).

use std::rc::Rc;

use crate::source::Span;

/// A whole script: the main code, then the global procedures that follow it.
#[derive(Debug, Clone)]
pub struct Program {
    pub main: Block,
    pub procedures: Vec<Procedure>,
}

pub type Block = Vec<Stmt>;

/// A name as written: `folded` for look-ups, `span` for the user's own spelling.
#[derive(Debug, Clone, PartialEq)]
pub struct Name {
    pub folded: Rc<str>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Procedure {
    pub name: Name,
    pub params: Vec<Param>,
    pub return_type: Option<TypeRef>,
    pub body: Block,
    /// `PROCÉDURE INTERNE ... FIN`: nested in another body, sees its locals.
    pub internal: bool,
    /// The header line, for messages.
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Param {
    pub name: Name,
    /// `LOCAL p`: passed by value.
    pub local: bool,
    pub ty: Option<TypeRef>,
    pub default: Option<Expr>,
}

/// A type as written: `entier`, `tableau de chaînes`, `tableau de 5 entiers`.
#[derive(Debug, Clone)]
pub struct TypeRef {
    pub name: Name,
    /// `tableau de X`: the element type.
    pub of: Option<Box<TypeRef>>,
    /// `tableau de 5 X`: the initial size.
    pub size: Option<Box<Expr>>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssignOp {
    Set,
    Add,
    Sub,
    Mul,
    Div,
}

#[derive(Debug, Clone)]
pub enum StmtKind {
    /// `a, b sont des entiers = 5`: only the last name takes the value.
    Declare {
        names: Vec<Name>,
        ty: TypeRef,
        init: Option<Expr>,
    },
    /// `SOIT x = e`: a variable typed by its value.
    Let {
        name: Name,
        init: Expr,
    },
    Assign {
        target: Expr,
        op: AssignOp,
        value: Expr,
    },
    /// `x++` (+1) and `x--` (-1).
    Increment {
        target: Expr,
        delta: i64,
    },
    /// A call used as a statement (also a bare name: `FinProgramme`).
    Call(Expr),
    If {
        branches: Vec<(Expr, Block)>,
        otherwise: Option<Block>,
    },
    Switch {
        subject: Expr,
        cases: Vec<Case>,
        other: Option<Block>,
    },
    For {
        var: Name,
        from: Expr,
        to: Expr,
        step: Option<Expr>,
        bound_once: bool,
        body: Block,
    },
    ForEach {
        var: Name,
        iterable: Expr,
        body: Block,
    },
    ForEachString {
        var: Name,
        source: Expr,
        separator: Expr,
        body: Block,
    },
    While {
        cond: Expr,
        body: Block,
    },
    Loop {
        count: Option<Expr>,
        body: Block,
    },
    Break,
    Continue,
    /// `RENVOYER e` (with a value) or `RETOUR` (without).
    Return(Option<Expr>),
    WhenException {
        body: Block,
        handler: Block,
    },
    /// `PROCÉDURE INTERNE`: declared where it stands, skipped by normal execution.
    InternalProcedure(Rc<Procedure>),
}

#[derive(Debug, Clone)]
pub struct Case {
    pub items: Vec<CaseItem>,
    pub body: Block,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum CaseItem {
    Value(Expr),
    Range(Expr, Expr),
    Compare(BinOp, Expr),
}

#[derive(Debug, Clone)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    /// `~=`: equal ignoring case and outer spaces.
    LooseEq,
    /// `ET`/`OU`: both sides evaluated.
    And,
    Or,
    /// `_ET_`/`_OU_`: short-circuit.
    AndThen,
    OrElse,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Not,
}

#[derive(Debug, Clone)]
pub enum ExprKind {
    Int(i64),
    Real(f64),
    Str(Rc<str>),
    Bool(bool),
    Null,
    Name(Name),
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    Call {
        callee: Box<Expr>,
        args: Vec<Expr>,
    },
    Index {
        base: Box<Expr>,
        index: Box<Expr>,
    },
    /// `s[[i]]`, `s[[i A j]]`, `s[[i A]]`.
    Substring {
        base: Box<Expr>,
        from: Box<Expr>,
        to: SubstringEnd,
    },
    /// `t..Occurrence`, `t.Count`.
    Member {
        base: Box<Expr>,
        name: Name,
    },
    /// `[1, 2, 3]`.
    Array(Vec<Expr>),
}

#[derive(Debug, Clone)]
pub enum SubstringEnd {
    /// `s[[i]]`: one character.
    Single,
    /// `s[[i A]]`: to the end.
    ToEnd,
    To(Box<Expr>),
}
