//! THE walk over the syntax tree: `children` enumerates the direct children of every node, in
//! source order, and `walk` visits a tree depth-first without recursion (deep trees are fine).
//! The parser's nesting check, the resolver's pre-passes and the tools (`tools::walk`, translate,
//! audit) are all built on it, so a new node is added here once.

use super::*;

/// One node of the tree.
#[derive(Copy, Clone)]
pub enum Node<'a> {
    Procedure(&'a Procedure),
    Stmt(&'a Stmt),
    Expr(&'a Expr),
    /// A type as written (each `tableau de` level is a node of its own).
    Type(&'a TypeRef),
    /// A name its parent declares: a variable, a loop counter, a parameter, a procedure, a
    /// member, a constant, a type, an enumeration value.
    Declared(&'a Name),
    Attribute(&'a Attribute),
}

impl Node<'_> {
    pub fn span(&self) -> crate::source::Span {
        match self {
            Node::Procedure(p) => p.span,
            Node::Stmt(s) => s.span,
            Node::Expr(e) => e.span,
            Node::Type(t) => t.span,
            Node::Declared(n) => n.span,
            Node::Attribute(a) => a.span,
        }
    }
}

/// The top-level nodes of a program: the main code's statements (its sections' too), then the
/// global procedures.
pub fn roots(program: &Program) -> impl Iterator<Item = Node<'_>> {
    let main = &program.main;
    let sections = main.sections.iter().flat_map(|s| &s.body);
    main.block.iter().chain(sections).map(Node::Stmt).chain(program.procedures.iter().map(Node::Procedure))
}

fn body<'a>(b: &'a Body, f: &mut dyn FnMut(Node<'a>)) {
    b.block.iter().for_each(|s| f(Node::Stmt(s)));
    for section in &b.sections {
        section.body.iter().for_each(|s| f(Node::Stmt(s)));
    }
}

fn block<'a>(b: &'a Block, f: &mut dyn FnMut(Node<'a>)) {
    b.iter().for_each(|s| f(Node::Stmt(s)));
}

fn member<'a>(m: &'a Member, f: &mut dyn FnMut(Node<'a>)) {
    m.names.iter().for_each(|n| f(Node::Declared(n)));
    f(Node::Type(&m.ty));
    if let Some(d) = &m.default {
        f(Node::Expr(d));
    }
    m.attributes.iter().for_each(|a| f(Node::Attribute(a)));
}

fn constants<'a>(cs: &'a [Constant], f: &mut dyn FnMut(Node<'a>)) {
    for c in cs {
        f(Node::Declared(&c.name));
        f(Node::Expr(&c.value));
    }
}

/// Calls `f` on each direct child of `node`, in source order.
pub fn children<'a>(node: Node<'a>, f: &mut dyn FnMut(Node<'a>)) {
    match node {
        Node::Procedure(p) => {
            if let Some(class) = &p.class {
                f(Node::Declared(class));
            }
            f(Node::Declared(&p.name));
            for param in &p.params {
                f(Node::Declared(&param.name));
                if let Some(ty) = &param.ty {
                    f(Node::Type(ty));
                }
                if let Some(d) = &param.default {
                    f(Node::Expr(d));
                }
                param.attributes.iter().for_each(|a| f(Node::Attribute(a)));
            }
            p.returns.iter().for_each(|t| f(Node::Type(t)));
            p.attributes.iter().for_each(|a| f(Node::Attribute(a)));
            body(&p.body, f);
        }
        Node::Type(t) => {
            t.dims.iter().for_each(|e| f(Node::Expr(e)));
            if let Some(size) = &t.size {
                f(Node::Expr(size));
            }
            t.args.iter().flatten().for_each(|e| f(Node::Expr(e)));
            if let Some(of) = &t.of {
                f(Node::Type(of));
            }
        }
        Node::Attribute(a) => {
            if let Some(v) = &a.value {
                f(Node::Expr(v));
            }
        }
        Node::Declared(_) => {}
        Node::Stmt(s) => stmt_children(s, f),
        Node::Expr(e) => expr_children(e, f),
    }
}

fn stmt_children<'a>(s: &'a Stmt, f: &mut dyn FnMut(Node<'a>)) {
    let e = |e: &'a Expr, f: &mut dyn FnMut(Node<'a>)| f(Node::Expr(e));
    match &s.kind {
        StmtKind::Declare { names, ty, init, attributes, .. } => {
            names.iter().for_each(|n| f(Node::Declared(n)));
            f(Node::Type(ty));
            attributes.iter().for_each(|a| f(Node::Attribute(a)));
            if let Some(init) = init {
                e(init, f);
            }
        }
        StmtKind::Let { name, init } => {
            f(Node::Declared(name));
            e(init, f);
        }
        StmtKind::LetTuple { names, init } => {
            names.iter().for_each(|n| f(Node::Declared(n)));
            e(init, f);
        }
        StmtKind::Assign { target, value, .. }
        | StmtKind::AssignRef { target, value }
        | StmtKind::AssignCopy { target, value } => {
            e(target, f);
            e(value, f);
        }
        StmtKind::AssignTuple { targets, value } => {
            targets.iter().flatten().for_each(|t| e(t, f));
            e(value, f);
        }
        StmtKind::Increment { target, .. } => e(target, f),
        StmtKind::Call(x) | StmtKind::Delete(x) => e(x, f),
        StmtKind::If { branches, otherwise } => {
            for (cond, b) in branches {
                e(cond, f);
                block(b, f);
            }
            if let Some(b) = otherwise {
                block(b, f);
            }
        }
        StmtKind::Switch { subject, cases, other } => {
            e(subject, f);
            for case in cases {
                for item in &case.items {
                    match item {
                        CaseItem::Value(x) | CaseItem::UpTo(x) | CaseItem::Compare(_, x) => e(x, f),
                        CaseItem::Range(a, b) => {
                            e(a, f);
                            e(b, f);
                        }
                        CaseItem::Interval(i) => {
                            e(&i.low, f);
                            e(&i.high, f);
                        }
                    }
                }
                block(&case.body, f);
            }
            if let Some(b) = other {
                block(b, f);
            }
        }
        StmtKind::For { var, from, to, step, body, .. } => {
            f(Node::Declared(var));
            e(from, f);
            e(to, f);
            if let Some(step) = step {
                e(step, f);
            }
            block(body, f);
        }
        StmtKind::ForEach { var, index, iterable, body, .. } => {
            f(Node::Declared(var));
            if let Some(i) = index {
                f(Node::Declared(i));
            }
            e(iterable, f);
            block(body, f);
        }
        StmtKind::ForEachString { var, source, separator, body, .. } => {
            f(Node::Declared(var));
            e(source, f);
            e(separator, f);
            block(body, f);
        }
        StmtKind::ForEachRecord { key, filter, body, .. } => {
            key.iter().chain(filter).for_each(|x| e(x, f));
            block(body, f);
        }
        StmtKind::ForEachRow { var, table, body, .. } => {
            if let Some(v) = var {
                f(Node::Declared(v));
            }
            e(table, f);
            block(body, f);
        }
        StmtKind::While { cond, body } => {
            e(cond, f);
            block(body, f);
        }
        StmtKind::Loop { count, body, do_while } => {
            if let Some(c) = count {
                e(c, f);
            }
            block(body, f);
            if let Some(c) = do_while {
                e(c, f);
            }
        }
        StmtKind::Return(value) => {
            if let Some(v) = value {
                e(v, f);
            }
        }
        StmtKind::WhenException { body, handler, otherwise } => {
            block(body, f);
            block(handler, f);
            if let Some(b) = otherwise {
                block(b, f);
            }
        }
        StmtKind::WhenExceptionGeneral { handler } => block(handler, f),
        StmtKind::Using { body, .. } => block(body, f),
        StmtKind::CompileIf { branches, otherwise } => {
            branches.iter().for_each(|(_, b)| block(b, f));
            if let Some(b) = otherwise {
                block(b, f);
            }
        }
        StmtKind::Constants(cs) => constants(cs, f),
        StmtKind::Structure(decl) => {
            f(Node::Declared(&decl.name));
            decl.members.iter().for_each(|m| member(m, f));
        }
        StmtKind::Class(decl) => {
            f(Node::Declared(&decl.name));
            decl.parents.iter().for_each(|t| f(Node::Type(t)));
            decl.members.iter().for_each(|m| member(m, f));
            constants(&decl.constants, f);
        }
        StmtKind::Enum(decl) => {
            f(Node::Declared(&decl.name));
            for (name, value) in &decl.values {
                f(Node::Declared(name));
                if let Some(v) = value {
                    e(v, f);
                }
            }
        }
        StmtKind::InternalProcedure(p) => f(Node::Procedure(p)),
        StmtKind::Break | StmtKind::Continue | StmtKind::Section(_) | StmtKind::Propagate => {}
    }
}

fn expr_children<'a>(x: &'a Expr, f: &mut dyn FnMut(Node<'a>)) {
    let e = |e: &'a Expr, f: &mut dyn FnMut(Node<'a>)| f(Node::Expr(e));
    match &x.kind {
        ExprKind::Int(_)
        | ExprKind::Real(_)
        | ExprKind::Decimal { .. }
        | ExprKind::Duration(_)
        | ExprKind::Str(_)
        | ExprKind::Bool(_)
        | ExprKind::Null
        | ExprKind::Resource(_)
        | ExprKind::Name(_)
        | ExprKind::BuiltinName(_)
        | ExprKind::MySelf
        | ExprKind::MyWindow
        | ExprKind::MyParameters => {}
        ExprKind::DynamicString { parts, .. } => {
            for part in parts {
                if let StrPart::Expr(x) = part {
                    e(x, f);
                }
            }
        }
        ExprKind::Unary(_, a) | ExprKind::AddressOf(a) => e(a, f),
        ExprKind::Increment { target, .. } => e(target, f),
        ExprKind::Binary(_, a, b) => {
            e(a, f);
            e(b, f);
        }
        ExprKind::Interval { value, bounds } => {
            e(&bounds.low, f);
            e(value, f);
            e(&bounds.high, f);
        }
        ExprKind::Between { value, low, high } => {
            e(value, f);
            e(low, f);
            e(high, f);
        }
        ExprKind::In { value, list, .. } => {
            e(value, f);
            list.iter().for_each(|i| e(i, f));
        }
        ExprKind::Call { callee, args } => {
            e(callee, f);
            args.iter().for_each(|a| e(a, f));
        }
        ExprKind::Index { base, index } => {
            e(base, f);
            index.iter().for_each(|i| e(i, f));
        }
        ExprKind::Substring { base, from, to } => {
            e(base, f);
            if let Some(from) = from {
                e(from, f);
            }
            match to {
                SubstringEnd::To(end) | SubstringEnd::Length(end) => e(end, f),
                SubstringEnd::Single | SubstringEnd::ToEnd => {}
            }
        }
        ExprKind::Member { base, .. } => e(base, f),
        ExprKind::Array(items) | ExprKind::Tuple(items) | ExprKind::Indirection(items) => {
            items.iter().for_each(|i| e(i, f))
        }
        ExprKind::New(ty) => f(Node::Type(ty)),
        ExprKind::SwitchExpr { subject, values, otherwise } => {
            e(subject, f);
            values.iter().for_each(|v| e(v, f));
            if let Some(d) = otherwise {
                e(d, f);
            }
        }
        ExprKind::Lambda { params, body } => {
            params.iter().for_each(|p| f(Node::Declared(p)));
            e(body, f);
        }
    }
}

/// Visits the trees under `roots` depth-first, in source order, without recursion: `f` gets each
/// node with its depth (roots are at depth 1) and says whether to visit its children.
pub fn walk<'a>(roots: impl IntoIterator<Item = Node<'a>>, f: &mut dyn FnMut(Node<'a>, usize) -> bool) {
    let mut stack: Vec<(Node<'a>, usize)> = Vec::new();
    let mut kids: Vec<Node<'a>> = Vec::new();
    // One root at a time: the stack holds one path and its siblings, never the whole program.
    for root in roots {
        stack.push((root, 1));
        while let Some((node, depth)) = stack.pop() {
            if !f(node, depth) {
                continue;
            }
            children(node, &mut |c| kids.push(c));
            stack.extend(kids.drain(..).rev().map(|c| (c, depth + 1)));
        }
    }
}

/// Visits a whole program (see `walk`).
pub fn walk_program<'a>(program: &'a Program, f: &mut dyn FnMut(Node<'a>, usize) -> bool) {
    walk(roots(program), f)
}
