//! A read-only walk over the syntax tree for the tools: every declared name, type, statement and
//! expression, in source order, on top of the one tree walker (`ast::visit`). No evaluation, no
//! resolution.

use crate::ast::visit::{self, Node};
use crate::ast::{Expr, Name, Program, Stmt, TypeRef};

/// One node met by `program`.
pub enum Visit<'a> {
    /// A name the script declares: a variable, a loop counter, a parameter, a procedure, a type,
    /// a member, a constant.
    Declared(&'a Name),
    /// A type as written (each `tableau de` level is visited on its own).
    Type(&'a TypeRef),
    Stmt(&'a Stmt),
    Expr(&'a Expr),
}

/// Visits a whole script: the main code, then the global procedures.
pub fn program<'a>(program: &'a Program, f: &mut dyn FnMut(Visit<'a>)) {
    visit::walk_program(program, &mut |node, _| {
        match node {
            Node::Declared(name) => f(Visit::Declared(name)),
            Node::Type(ty) => f(Visit::Type(ty)),
            Node::Stmt(stmt) => f(Visit::Stmt(stmt)),
            Node::Expr(expr) => f(Visit::Expr(expr)),
            Node::Procedure(_) | Node::Attribute(_) => {}
        }
        true
    });
}
