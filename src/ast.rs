//! Stage 2 output: the syntax tree, exactly as written. Every node carries its span; names carry
//! their folded spelling. No evaluation logic and no name resolution here (see `resolve`).
//! `visit` enumerates the children of every node: the one walker that the parser's checks, the
//! resolver's pre-passes and the tools share.

pub mod visit;

use std::rc::Rc;

use crate::keywords::Qualifier;
use crate::source::Span;

/// A whole script: the main code, then the global procedures that follow it.
#[derive(Debug, Clone, Default)]
pub struct Program {
    pub main: Body,
    pub procedures: Vec<Procedure>,
}

pub type Block = Vec<Stmt>;

/// A body of code: its statements, then its labelled sections.
#[derive(Debug, Clone, Default)]
pub struct Body {
    pub block: Block,
    /// `CAS ERREUR:`, `CAS EXCEPTION:`, `FIN:`, in source order.
    pub sections: Vec<Section>,
}

/// A labelled section at the end of a body.
#[derive(Debug, Clone)]
pub struct Section {
    pub kind: SectionKind,
    pub body: Block,
    /// The label.
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionKind {
    /// `CAS ERREUR:`: run when a function fails (automatic error handling).
    Error,
    /// `CAS EXCEPTION:`: run when an exception occurs in the lines before.
    Exception,
    /// `FIN:`: run at the end of the procedure, however it ends.
    End,
}

/// A name as written: `folded` for look-ups, `span` for the user's own spelling.
#[derive(Debug, Clone, PartialEq)]
pub struct Name {
    pub folded: Rc<str>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Procedure {
    pub name: Name,
    /// `PROCÉDURE Classe.Méthode` (or `Classe::Méthode`): the class the method belongs to.
    pub class: Option<Name>,
    /// `PRIVÉE`, `GLOBALE`, `VIRTUELLE`, ... as written after `PROCÉDURE`.
    pub modifiers: Vec<(Modifier, Span)>,
    pub params: Vec<Param>,
    /// `PROCÉDURE P(*)` or `P(a, *)`: any number of further arguments.
    pub variadic: bool,
    /// `: entier`, or `: (entier, chaîne)` for several return values.
    pub returns: Vec<TypeRef>,
    /// `<thread principal>`, `<redéfinition>`, ... after the header.
    pub attributes: Vec<Attribute>,
    pub body: Body,
    /// `PROCÉDURE INTERNE ... FIN`: nested in another body, sees its locals.
    pub internal: bool,
    /// The header line, for messages.
    pub span: Span,
}

/// A modifier of a procedure or a class member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modifier {
    Public,
    Private,
    Protected,
    /// `GLOBAL`: a class member or method shared by all objects (or a global section).
    Global,
    Virtual,
    Abstract,
}

/// `<thread principal>`, `<sérialise = faux>`: words, and a value after `=`.
#[derive(Debug, Clone)]
pub struct Attribute {
    pub words: Vec<Name>,
    pub value: Option<Expr>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Param {
    pub name: Name,
    /// `LOCAL p`: passed by value.
    pub local: bool,
    pub ty: Option<Box<TypeRef>>,
    pub default: Option<Expr>,
    pub attributes: Vec<Attribute>,
}

/// A type as written: `entier`, `tableau de chaînes`, `tableau de 3 par 4 entiers`,
/// `entier sans signe sur 4 octets`, `chaîne UNICODE sur 10`, `tableau associatif (ccSansCasse) de
/// entiers`, `MaClasse(1, 2)`, `MaClasse dynamique`.
#[derive(Debug, Clone)]
pub struct TypeRef {
    /// The word naming the type (`entier`, `tableau`, `MaClasse`).
    pub name: Name,
    /// The words that qualify it (`sans signe`, `dynamique`, `UNICODE`, `associatif`, ...).
    pub qualifiers: Vec<(Qualifier, Span)>,
    /// Words that are neither the type nor a known qualifier (reported by the resolver).
    pub unknown_words: Vec<Name>,
    /// `sur N [octets]`: the size in bytes (integers, reals) or characters (strings).
    pub size: Option<Box<Expr>>,
    /// `tableau de 3 par 4 X`: the dimensions (`tableau de 5 X`: one).
    pub dims: Vec<Expr>,
    /// `MaClasse(1, 2)`: the constructor's arguments; `tableau associatif (options)`: its options.
    pub args: Option<Vec<Expr>>,
    /// `tableau de X`: the element type.
    pub of: Option<Box<TypeRef>>,
    pub span: Span,
}

impl TypeRef {
    pub fn has(&self, q: Qualifier) -> bool {
        self.qualifiers.iter().any(|(x, _)| *x == q)
    }
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
    /// `s += [sep] + a + b` (page 1512001): never parsed, made by `ir::assignment`, whose value
    /// is then the array `[sep, a, b]`.
    AddSeparated,
}

#[derive(Debug, Clone)]
pub enum StmtKind {
    /// `a, b sont des entiers = 5`: only the last name takes the value.
    Declare {
        names: Vec<Name>,
        ty: Box<TypeRef>,
        init: Option<Expr>,
        /// `x est un T <- valeur`: the variable refers to the value instead of copying it.
        by_ref: bool,
        attributes: Vec<Attribute>,
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
    /// `a <- b`: makes `a` refer to `b`.
    AssignRef {
        target: Expr,
        value: Expr,
    },
    /// `a <= b`: assignment by copy (an array's elements are copied, where `=` shares them).
    AssignCopy {
        target: Expr,
        value: Expr,
    },
    /// `(x, y) = P()`: several values at once; `(x, , z)` skips a value (`None`).
    AssignTuple {
        targets: Vec<Option<Expr>>,
        value: Expr,
    },
    /// `SOIT (x, y) = P()`: several variables typed by the values.
    LetTuple {
        names: Vec<Name>,
        init: Expr,
    },
    /// `x++` (+1) and `x--` (-1), also written `++x`.
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
        from: Box<Expr>,
        to: Box<Expr>,
        step: Option<Box<Expr>>,
        bound_once: bool,
        body: Block,
    },
    /// `POUR TOUT x [, i] DE t [DepuisFin]`.
    ForEach {
        var: Name,
        /// `POUR TOUT v, i DE t`: the element's index.
        index: Option<Name>,
        iterable: Box<Expr>,
        /// `DepuisFin`: from the last element.
        from_end: bool,
        body: Block,
    },
    /// `POUR TOUTE CHAÎNE s DE source SÉPARÉE PAR sep [DepuisFin]`; `sep` may be an array of
    /// separators.
    ForEachString {
        var: Name,
        source: Box<Expr>,
        separator: Box<Expr>,
        from_end: bool,
        body: Block,
    },
    /// `POUR TOUT Fichier [SUR clé] [AVEC filtre]`: the records of an HFSQL file.
    ForEachRecord {
        file: Name,
        key: Option<Box<Expr>>,
        filter: Option<Box<Expr>>,
        body: Block,
    },
    /// `POUR TOUTE LIGNE [SÉLECTIONNÉE] [i] DE Table`: the rows of a table control.
    ForEachRow {
        selected: bool,
        var: Option<Name>,
        table: Expr,
        body: Block,
    },
    While {
        cond: Expr,
        body: Block,
    },
    /// `BOUCLE [(n)] ... FIN`, or `BOUCLE ... À FAIRE TANTQUE cond` (`do_while`).
    Loop {
        count: Option<Expr>,
        body: Block,
        do_while: Option<Box<Expr>>,
    },
    Break,
    Continue,
    /// `RENVOYER e` (with a value; `RENVOYER (a, b)` gives a tuple) or `RETOUR` (without).
    Return(Option<Expr>),
    /// `QUAND EXCEPTION DANS ... FAIRE ... [SINON ...] FIN`.
    WhenException {
        body: Block,
        handler: Block,
        otherwise: Option<Block>,
    },
    /// `QUAND EXCEPTION ... FIN` without `DANS`: a handler for the rest of the process.
    WhenExceptionGeneral {
        handler: Block,
    },
    /// `UTILISER section DANS ... FIN`: a critical section.
    Using {
        resource: Name,
        body: Block,
    },
    /// `<COMPILE SI cond> ... <SINON> ... <FIN>`: code kept or dropped when compiling.
    CompileIf {
        branches: Vec<(Rc<str>, Block)>,
        otherwise: Option<Block>,
    },
    /// `libérer o` / `delete o`.
    Delete(Expr),
    /// `EXCEPTION` alone in a handler: the exception goes on to the caller.
    Propagate,
    /// `GLOBAL` / `LOCAL` alone on a line: the declarations that follow are global / local.
    Section(ScopeSection),
    /// `CONSTANTE ... FIN` or `CONSTANTE A = 1`.
    Constants(Vec<Constant>),
    Structure(Rc<StructDecl>),
    Class(Rc<ClassDecl>),
    /// `ÉNUMÉRATION` and `COMBINAISON` types.
    Enum(Rc<EnumDecl>),
    /// `PROCÉDURE INTERNE`: declared where it stands, skipped by normal execution.
    InternalProcedure(Rc<Procedure>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeSection {
    Global,
    Local,
}

/// `NOM = valeur` in a `CONSTANTE` block.
#[derive(Debug, Clone)]
pub struct Constant {
    pub name: Name,
    pub value: Expr,
}

/// A member of a structure or a class: `a, b sont des entiers = 5 <attributs>`.
#[derive(Debug, Clone)]
pub struct Member {
    pub names: Vec<Name>,
    pub ty: Box<TypeRef>,
    pub default: Option<Expr>,
    pub attributes: Vec<Attribute>,
    /// Class members: the visibility in force (`PUBLIC` unless a section or the line says otherwise).
    pub visibility: Modifier,
    /// Class members: `GLOBAL` (shared by all objects).
    pub global: bool,
    pub span: Span,
}

/// `Nom est une Structure ... FIN`.
#[derive(Debug, Clone)]
pub struct StructDecl {
    pub name: Name,
    pub members: Vec<Member>,
    pub span: Span,
}

/// `Nom est une Classe [hérite de Base] ... FIN`; its methods are the global procedures named
/// `Nom.Méthode` (and `Constructeur`, `Destructeur`).
#[derive(Debug, Clone)]
pub struct ClassDecl {
    pub name: Name,
    /// `hérite de Base`.
    pub parents: Vec<TypeRef>,
    pub members: Vec<Member>,
    pub constants: Vec<Constant>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnumKind {
    Enumeration,
    Combination,
}

/// `Nom est une Énumération ... FIN` (or `Combinaison`).
#[derive(Debug, Clone)]
pub struct EnumDecl {
    pub name: Name,
    pub kind: EnumKind,
    pub values: Vec<(Name, Option<Expr>)>,
    pub span: Span,
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
    /// `CAS a À b` (bounds included).
    Range(Expr, Expr),
    /// `CAS À b` (up to `b`, included).
    UpTo(Expr),
    /// `CAS > v`, `CAS * > v`.
    Compare(BinOp, Expr),
    /// `CAS 10 < * < 20` and the other forms with `*`.
    Interval(Interval<Expr>),
}

/// `low < x < high` and its forms (`<=`, and the reversed `>`/`>=`, stored as `<`/`<=`).
#[derive(Debug, Clone)]
pub struct Interval<E> {
    pub low: E,
    /// Whether the low bound is excluded (`<`).
    pub low_strict: bool,
    pub high: E,
    pub high_strict: bool,
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
    /// `~~`: equal ignoring case, spaces and punctuation.
    VeryLooseEq,
    /// `[=`, `[~`, `[~~`: starts with (exact, loose, very loose).
    StartsWith,
    StartsWithLoose,
    StartsWithVeryLoose,
    /// `=]`, `~]`, `~~]`: ends with.
    EndsWith,
    EndsWithLoose,
    EndsWithVeryLoose,
    /// `[=]`, `[~]`, `[~~]`: contains.
    Contains,
    ContainsLoose,
    ContainsVeryLoose,
    /// `ET`/`OU`: both sides evaluated.
    And,
    Or,
    /// `_ET_`/`_OU_`: short-circuit.
    AndThen,
    OrElse,
    /// `&`, `|`, `||` (exclusive or).
    BitAnd,
    BitOr,
    BitXor,
    /// `bitDécaleGauche` / `bitDécaleDroite` written between operands.
    ShiftLeft,
    ShiftRight,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Not,
    /// `~x`.
    BitNot,
}

/// How a member is reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MemberSep {
    /// `a.b`: a member of a structure or an object, or a property.
    Dot,
    /// `a..b`: a property.
    DotDot,
    /// `o:membre`, `:membre`: a member of an object.
    Colon,
    /// `Classe::membre`.
    Scope,
    /// `obj>>Méthode`: an Automation (COM) member.
    Automation,
}

#[derive(Debug, Clone)]
pub enum ExprKind {
    Int(i64),
    Real(f64),
    /// `0m19.99` (`currency`: a monétaire) or `0n1.5` (a numérique): the digits as written.
    Decimal {
        digits: Rc<str>,
        currency: bool,
    },
    /// `3 min 30 s`: a readable duration, in milliseconds.
    Duration(i64),
    Str(Rc<str>),
    /// `"Bonjour [%Nom%] !"`: a string with expressions in it (the literal kept as written, for
    /// when the project does not interpret `[% %]`).
    DynamicString {
        literal: Rc<str>,
        parts: Vec<StrPart>,
    },
    Bool(bool),
    Null,
    /// An export's string-resource reference (`<§@3b8b...§>`), as written.
    Resource(Rc<str>),
    Name(Name),
    /// `WL.Nom`: the WLanguage function or constant `Nom`, whatever the script declares.
    BuiltinName(Name),
    /// `MoiMême` / `MySelf`; also the implicit object of `:membre`.
    MySelf,
    /// `MaFenêtre` / `MyWindow`: the window whose code runs.
    MyWindow,
    /// `MesParamètres` / `MyParameters`: the arguments of a procedure declared with `*`.
    MyParameters,
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// `a < x < b` and its forms: one node, `x` evaluated once.
    Interval {
        value: Box<Expr>,
        bounds: Box<Interval<Expr>>,
    },
    /// `x = a À b`: between `a` and `b`, bounds included.
    Between {
        value: Box<Expr>,
        low: Box<Expr>,
        high: Box<Expr>,
    },
    /// `x DANS (a, b)`, `x PAS DANS (a, b)`.
    In {
        value: Box<Expr>,
        list: Vec<Expr>,
        negated: bool,
    },
    /// `x++`, `++x`, `x--`, `--x` inside an expression.
    Increment {
        target: Box<Expr>,
        delta: i64,
        prefix: bool,
    },
    Call {
        callee: Box<Expr>,
        args: Vec<Expr>,
    },
    /// `t[i]`, `t[i, j]`.
    Index {
        base: Box<Expr>,
        index: Vec<Expr>,
    },
    /// `s[[i]]`, `s[[i A j]]`, `s[[i A]]`, `s[[A j]]`, `s[[i SUR n]]`.
    Substring {
        base: Box<Expr>,
        from: Option<Box<Expr>>,
        to: SubstringEnd,
    },
    /// `t..Occurrence`, `t.Count`, `o:membre`, `C::m`, `obj>>m`.
    Member {
        base: Box<Expr>,
        name: Name,
        sep: MemberSep,
    },
    /// `[1, 2, 3]`.
    Array(Vec<Expr>),
    /// `(a, b)`: several values (`RENVOYER (a, b)`).
    Tuple(Vec<Expr>),
    /// `{"nom"}`, `{nom, indChamp}`: the variable or control whose name is computed.
    Indirection(Vec<Expr>),
    /// `&x`: the address of a variable.
    AddressOf(Box<Expr>),
    /// `allouer un T(args)` / `new T(args)`.
    New(Box<TypeRef>),
    /// `SELON(v, a, b, SINON d)`: the n-th value for v = n.
    SwitchExpr {
        subject: Box<Expr>,
        values: Vec<Expr>,
        otherwise: Option<Box<Expr>>,
    },
    /// `(a, b) => a + b`.
    Lambda {
        params: Vec<Name>,
        body: Box<Expr>,
    },
}

/// A part of a dynamic string.
#[derive(Debug, Clone)]
pub enum StrPart {
    Text(Rc<str>),
    Expr(Expr),
}

#[derive(Debug, Clone)]
pub enum SubstringEnd {
    /// `s[[i]]`: one character.
    Single,
    /// `s[[i A]]`: to the end.
    ToEnd,
    /// `s[[i A j]]`.
    To(Box<Expr>),
    /// `s[[i SUR n]]`: `n` characters.
    Length(Box<Expr>),
}
