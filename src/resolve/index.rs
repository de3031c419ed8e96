//! An index of what a script declares and where each name is used, collected while resolving,
//! for editors (go to definition, references, hover). Read-only: it never changes what the
//! resolver decides, and costs nothing when not asked for (`resolve_indexed`).
//!
//! The hooks in `resolve.rs` are three: a declaration (`index_declare`, `index_procedure`) and a
//! use (`lookup_used`, the resolver's `lookup` that also records where the name was used).

use std::collections::HashMap;
use std::rc::Rc;

use super::{Meaning, Resolver, UserType};
use crate::ast;
use crate::builtins::Builtin;
use crate::ir::ProcId;
use crate::source::Span;

/// Declarations and uses, in the order the resolver met them.
#[derive(Debug, Default, Clone)]
pub struct Index {
    pub decls: Vec<Decl>,
    pub uses: Vec<Use>,
    procs: HashMap<ProcId, usize>,
    types: HashMap<Rc<str>, usize>,
}

/// A declared name: a variable (parameters and loop counters included), a procedure, or a type
/// the script declares.
#[derive(Debug, Clone, PartialEq)]
pub struct Decl {
    /// As the declaration spells it.
    pub name: Rc<str>,
    /// The name at its declaration.
    pub span: Span,
    pub kind: DeclKind,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum DeclKind {
    Variable,
    Procedure,
    InternalProcedure,
    Class,
    Structure,
    Enumeration,
}

/// A name used somewhere, and what it resolved to.
#[derive(Debug, Clone, PartialEq)]
pub struct Use {
    pub span: Span,
    pub referent: Referent,
}

#[derive(Debug, Clone)]
pub enum Referent {
    /// An index in `Index::decls`.
    Decl(usize),
    Builtin(&'static Builtin),
    Constant,
}

impl PartialEq for Referent {
    fn eq(&self, other: &Referent) -> bool {
        match (self, other) {
            (Referent::Decl(a), Referent::Decl(b)) => a == b,
            (Referent::Builtin(a), Referent::Builtin(b)) => std::ptr::eq(*a, *b),
            (Referent::Constant, Referent::Constant) => true,
            _ => false,
        }
    }
}

impl Index {
    /// The declaration or use whose name covers `offset` (a declaration as a `Referent::Decl`).
    pub fn at(&self, offset: usize) -> Option<(Span, Referent)> {
        let covers = |span: Span| span.start as usize <= offset && offset <= span.end as usize;
        if let Some((k, d)) = self.decls.iter().enumerate().find(|(_, d)| covers(d.span)) {
            return Some((d.span, Referent::Decl(k)));
        }
        self.uses.iter().find(|u| covers(u.span)).map(|u| (u.span, u.referent.clone()))
    }

    /// Every use of declaration `decl`.
    pub fn uses_of(&self, decl: usize) -> impl Iterator<Item = &Use> {
        self.uses.iter().filter(move |u| u.referent == Referent::Decl(decl))
    }
}

impl<'a> Resolver<'a> {
    /// Records a variable's declaration; the number to keep in its binding.
    pub(super) fn index_declare(&mut self, name: &ast::Name) -> u32 {
        let spelled = self.spelled(name.span);
        let Some(index) = self.index.as_deref_mut() else { return u32::MAX };
        index.decls.push(Decl { name: spelled.into(), span: name.span, kind: DeclKind::Variable });
        (index.decls.len() - 1) as u32
    }

    pub(super) fn index_procedure(&mut self, proc: &ast::Procedure, id: ProcId) {
        let spelled = self.spelled(proc.name.span);
        let Some(index) = self.index.as_deref_mut() else { return };
        let kind = if proc.internal { DeclKind::InternalProcedure } else { DeclKind::Procedure };
        index.decls.push(Decl { name: spelled.into(), span: proc.name.span, kind });
        index.procs.insert(id, index.decls.len() - 1);
    }

    pub(super) fn index_type(&mut self, name: &ast::Name, ty: &UserType) {
        let spelled = self.spelled(name.span);
        let Some(index) = self.index.as_deref_mut() else { return };
        let kind = match ty {
            UserType::Class(..) => DeclKind::Class,
            UserType::Structure(_) => DeclKind::Structure,
            UserType::Enum(_) => DeclKind::Enumeration,
        };
        index.decls.push(Decl { name: spelled.into(), span: name.span, kind });
        index.types.entry(name.folded.clone()).or_insert(index.decls.len() - 1);
    }

    /// A type of the script named where a type is expected (`x est un MaClasse`).
    pub(super) fn index_type_use(&mut self, name: &ast::Name) {
        let Some(index) = self.index.as_deref_mut() else { return };
        if let Some(&decl) = index.types.get(&name.folded) {
            index.uses.push(Use { span: name.span, referent: Referent::Decl(decl) });
        }
    }

    /// `lookup`, recording the use of `name` when indexing.
    pub(super) fn lookup_used(&mut self, name: &ast::Name) -> Meaning {
        let meaning = self.lookup(&name.folded);
        if self.index.is_none() {
            return meaning;
        }
        let referent = match &meaning {
            Meaning::Var(..) => self.scopes.iter().rev().find_map(|s| s.vars.get(&name.folded)).map(|b| b.decl),
            Meaning::Proc(id, _) => self.index.as_deref().and_then(|i| i.procs.get(id)).map(|&d| d as u32),
            Meaning::Type(_) => self.index.as_deref().and_then(|i| i.types.get(&name.folded)).map(|&d| d as u32),
            // Constants, builtins, members, unknown names (and whatever later grammars add).
            _ => None,
        };
        let referent = match (&meaning, referent) {
            (_, Some(decl)) if decl != u32::MAX => Some(Referent::Decl(decl as usize)),
            (Meaning::Const(_), _) => Some(Referent::Constant),
            (Meaning::Builtin(b), _) => Some(Referent::Builtin(b)),
            _ => None,
        };
        if let (Some(index), Some(referent)) = (self.index.as_deref_mut(), referent) {
            // A builtin named without parentheses is looked up twice (as a name, then a call).
            if index.uses.last().is_none_or(|u| u.span != name.span) {
                index.uses.push(Use { span: name.span, referent });
            }
        }
        meaning
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(text: &str) -> Index {
        let program = crate::parser::parse(text).expect("parses");
        super::super::resolve_indexed(&program, text, &[]).1
    }

    fn at(text: &str, needle: &str, nth: usize) -> usize {
        text.match_indices(needle).nth(nth).expect("the needle is there").0
    }

    #[test]
    fn declarations_and_uses() {
        let text = "x est un entier = 1\nP(x)\nTrace(Taille(\"a\"), SocketOuverture)\n\
                    PROCÉDURE P(a)\nPROCÉDURE INTERNE Q()\nTrace(a)\nFIN\nQ()\nx = a\n";
        let index = index(text);
        let kinds: Vec<(&str, DeclKind)> = index.decls.iter().map(|d| (&*d.name, d.kind)).collect();
        assert_eq!(
            kinds,
            [
                ("P", DeclKind::Procedure),
                ("x", DeclKind::Variable),
                ("a", DeclKind::Variable),
                ("Q", DeclKind::InternalProcedure)
            ]
        );
        // `x` in `P(x)` and `x = a`: the global.
        let Some((_, Referent::Decl(x))) = index.at(at(text, "x", 1)) else { panic!("x is indexed") };
        assert_eq!(index.decls[x].name.as_ref(), "x");
        assert_eq!(index.uses_of(x).count(), 2);
        // `Q()` and the use of the parameter inside the internal procedure.
        let Some((_, Referent::Decl(q))) = index.at(at(text, "Q()", 1)) else { panic!("Q is indexed") };
        assert_eq!(index.decls[q].kind, DeclKind::InternalProcedure);
        let Some((_, Referent::Decl(a))) = index.at(at(text, "Trace(a)", 0) + 6) else { panic!("a is indexed") };
        assert_eq!(index.decls[a].span.start as usize, at(text, "a)", 0));
        assert!(matches!(index.at(at(text, "Taille", 0)), Some((_, Referent::Builtin(b))) if b.en == "Length"));
        assert!(matches!(index.at(at(text, "SocketOuverture", 0)), Some((_, Referent::Constant))));
    }

    #[test]
    fn indexing_changes_nothing_resolved() {
        let text = "x est un entier\ny = 2\n";
        let program = crate::parser::parse(text).unwrap();
        let (indexed, index) = super::super::resolve_indexed(&program, text, &[]);
        let plain = super::super::resolve(&program, text);
        assert_eq!(format!("{:?}", indexed.err()), format!("{:?}", plain.err()));
        assert_eq!(index.decls.len(), 1, "the unknown `y` declares nothing");
    }
}
