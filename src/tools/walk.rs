//! A read-only walk over the syntax tree for the tools: every declared name, type, statement and
//! expression, in source order. No evaluation, no resolution.

use crate::ast::{
    Block, CaseItem, Expr, ExprKind, Name, Param, Procedure, Program, Stmt, StmtKind, SubstringEnd, TypeRef,
};

/// One node met by `program`.
pub enum Visit<'a> {
    /// A name the script declares: a variable, a loop counter, a parameter, a procedure.
    Declared(&'a Name),
    /// A type as written (each `tableau de` level is visited on its own).
    Type(&'a TypeRef),
    Stmt(&'a Stmt),
    Expr(&'a Expr),
}

/// Visits a whole script: the main code, then the global procedures.
pub fn program<'a>(program: &'a Program, f: &mut dyn FnMut(Visit<'a>)) {
    block(&program.main, f);
    for proc in &program.procedures {
        procedure(proc, f);
    }
}

fn procedure<'a>(proc: &'a Procedure, f: &mut dyn FnMut(Visit<'a>)) {
    f(Visit::Declared(&proc.name));
    for Param { name, ty, default, .. } in &proc.params {
        f(Visit::Declared(name));
        if let Some(ty) = ty {
            type_ref(ty, f);
        }
        if let Some(default) = default {
            expr(default, f);
        }
    }
    if let Some(ty) = &proc.return_type {
        type_ref(ty, f);
    }
    block(&proc.body, f);
}

fn type_ref<'a>(ty: &'a TypeRef, f: &mut dyn FnMut(Visit<'a>)) {
    f(Visit::Type(ty));
    if let Some(size) = &ty.size {
        expr(size, f);
    }
    if let Some(of) = &ty.of {
        type_ref(of, f);
    }
}

fn block<'a>(stmts: &'a Block, f: &mut dyn FnMut(Visit<'a>)) {
    for s in stmts {
        stmt(s, f);
    }
}

fn stmt<'a>(s: &'a Stmt, f: &mut dyn FnMut(Visit<'a>)) {
    f(Visit::Stmt(s));
    match &s.kind {
        StmtKind::Declare { names, ty, init } => {
            names.iter().for_each(|n| f(Visit::Declared(n)));
            type_ref(ty, f);
            if let Some(init) = init {
                expr(init, f);
            }
        }
        StmtKind::Let { name, init } => {
            f(Visit::Declared(name));
            expr(init, f);
        }
        StmtKind::Assign { target, value, .. } => {
            expr(target, f);
            expr(value, f);
        }
        StmtKind::Increment { target, .. } => expr(target, f),
        StmtKind::Call(e) => expr(e, f),
        StmtKind::If { branches, otherwise } => {
            for (cond, body) in branches {
                expr(cond, f);
                block(body, f);
            }
            if let Some(b) = otherwise {
                block(b, f);
            }
        }
        StmtKind::Switch { subject, cases, other } => {
            expr(subject, f);
            for case in cases {
                for item in &case.items {
                    match item {
                        CaseItem::Value(e) | CaseItem::Compare(_, e) => expr(e, f),
                        CaseItem::Range(a, b) => {
                            expr(a, f);
                            expr(b, f);
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
            f(Visit::Declared(var));
            expr(from, f);
            expr(to, f);
            if let Some(step) = step {
                expr(step, f);
            }
            block(body, f);
        }
        StmtKind::ForEach { var, iterable, body } => {
            f(Visit::Declared(var));
            expr(iterable, f);
            block(body, f);
        }
        StmtKind::ForEachString { var, source, separator, body } => {
            f(Visit::Declared(var));
            expr(source, f);
            expr(separator, f);
            block(body, f);
        }
        StmtKind::While { cond, body } => {
            expr(cond, f);
            block(body, f);
        }
        StmtKind::Loop { count, body } => {
            if let Some(count) = count {
                expr(count, f);
            }
            block(body, f);
        }
        StmtKind::Break | StmtKind::Continue => {}
        StmtKind::Return(value) => {
            if let Some(value) = value {
                expr(value, f);
            }
        }
        StmtKind::WhenException { body, handler } => {
            block(body, f);
            block(handler, f);
        }
        StmtKind::InternalProcedure(proc) => procedure(proc, f),
    }
}

fn expr<'a>(e: &'a Expr, f: &mut dyn FnMut(Visit<'a>)) {
    f(Visit::Expr(e));
    match &e.kind {
        ExprKind::Int(_)
        | ExprKind::Real(_)
        | ExprKind::Str(_)
        | ExprKind::Bool(_)
        | ExprKind::Null
        | ExprKind::Name(_) => {}
        ExprKind::Unary(_, operand) => expr(operand, f),
        ExprKind::Binary(_, a, b) => {
            expr(a, f);
            expr(b, f);
        }
        ExprKind::Call { callee, args } => {
            expr(callee, f);
            args.iter().for_each(|a| expr(a, f));
        }
        ExprKind::Index { base, index } => {
            expr(base, f);
            expr(index, f);
        }
        ExprKind::Substring { base, from, to } => {
            expr(base, f);
            expr(from, f);
            if let SubstringEnd::To(end) = to {
                expr(end, f);
            }
        }
        ExprKind::Member { base, .. } => expr(base, f),
        ExprKind::Array(items) => items.iter().for_each(|i| expr(i, f)),
    }
}
