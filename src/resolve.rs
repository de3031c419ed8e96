//! Stage 3: names → slots. Turns the syntax tree into the `ir` program: each variable
//! becomes a numbered slot in its procedure's frame (or the globals, or an enclosing procedure's
//! frame for a `PROCÉDURE INTERNE`), procedures are hoisted (callable before their declaration),
//! builtins and constants are looked up once, and unknown names, wrong argument counts and loose
//! `SORTIR` are reported, all of them, before anything runs. No evaluation here.

use std::collections::HashMap;
use std::rc::Rc;

use crate::ast::{self, ExprKind as A, StmtKind as S};
use crate::builtins;
use crate::diagnostics::SourceError;
use crate::ir::{self, Env, ExprKind, ProcId, StmtKind, Target, Var};
use crate::source::Span;
use crate::types::{self, Ty, TypeWord};
use crate::value::Value;

mod index;
pub use index::{Decl, DeclKind, Index, Referent, Use};

/// Resolves a whole script.
pub fn resolve(program: &ast::Program, text: &str) -> Result<ir::Program, Vec<SourceError>> {
    Session::default().resolve(program, text)
}

/// Resolves a whole script, and collects the index of its declarations and name uses (for
/// editors; see `index`).
pub fn resolve_indexed(program: &ast::Program, text: &str) -> (Result<ir::Program, Vec<SourceError>>, Index) {
    let mut index = Index::default();
    let result = Session::default().resolve_into(program, text, Some(&mut index));
    (result, index)
}

/// What resolution keeps from one chunk of code to the next in an interactive session: the
/// globals and the procedures. A script is one chunk.
#[derive(Default)]
pub struct Session {
    globals: Scope,
    procs: Vec<Rc<ir::Proc>>,
    signatures: Vec<Signature>,
    global_procs: HashMap<Rc<str>, ProcId>,
    next_block: u32,
}

impl Session {
    /// Resolves one more chunk; the program returned holds every global and procedure so far.
    /// On error the session is left as it was.
    pub fn resolve(&mut self, program: &ast::Program, text: &str) -> Result<ir::Program, Vec<SourceError>> {
        self.resolve_into(program, text, None)
    }

    fn resolve_into(
        &mut self,
        program: &ast::Program,
        text: &str,
        index: Option<&mut Index>,
    ) -> Result<ir::Program, Vec<SourceError>> {
        let mut r = Resolver {
            index,
            text,
            errors: Vec::new(),
            scopes: vec![self.globals.clone()],
            procs: self.procs.iter().cloned().map(Some).collect(),
            signatures: self.signatures.clone(),
            global_procs: self.global_procs.clone(),
            next_block: self.next_block,
        };
        let first_new = r.procs.len();
        for proc in &program.procedures {
            let id = r.declare_proc(proc);
            if r.global_procs.insert(proc.name.folded.clone(), id).is_some() {
                r.errors.push(SourceError::Duplicate { name: r.spelled(proc.name.span).into(), span: proc.name.span });
            }
        }
        let main = r.body(&program.main);
        for (proc, id) in program.procedures.iter().zip(first_new..) {
            r.procedure(proc, id);
        }
        if !r.errors.is_empty() {
            r.errors.sort_by_key(|e| e.span().start);
            return Err(r.errors);
        }
        let globals = r.scopes.pop().unwrap_or_default();
        let procs: Vec<Rc<ir::Proc>> =
            r.procs.into_iter().map(|p| p.expect("every declared procedure is resolved")).collect();
        *self = Session {
            globals,
            procs: procs.clone(),
            signatures: r.signatures,
            global_procs: r.global_procs,
            next_block: r.next_block,
        };
        Ok(ir::Program { main, globals: self.globals.slots.clone(), procs })
    }
}

/// What a call site needs to know about a procedure before its body is resolved.
#[derive(Clone)]
struct Signature {
    params: usize,
    required: usize,
}

#[derive(Default, Clone)]
struct Scope {
    vars: HashMap<Rc<str>, Binding>,
    slots: Vec<Ty>,
    /// Internal procedures declared in this body.
    procs: HashMap<Rc<str>, ProcId>,
    loops: u32,
    blocks: Vec<u32>,
}

/// The block of an implicitly declared loop counter: matches no real block.
const IMPLICIT: u32 = u32::MAX;

#[derive(Clone)]
struct Binding {
    slot: u32,
    /// Its declaration in the `Index` (when indexing).
    decl: u32,
    ty: Ty,
    block: u32,
}

struct Resolver<'a> {
    text: &'a str,
    errors: Vec<SourceError>,
    scopes: Vec<Scope>,
    procs: Vec<Option<Rc<ir::Proc>>>,
    signatures: Vec<Signature>,
    global_procs: HashMap<Rc<str>, ProcId>,
    next_block: u32,
    index: Option<&'a mut Index>,
}

/// What a name means where it is used.
enum Meaning {
    Var(Var, Ty),
    Proc(ProcId, Env),
    Const(Value),
    Builtin(&'static builtins::Builtin),
    Unknown,
}

impl<'a> Resolver<'a> {
    fn spelled(&self, span: Span) -> &'a str {
        self.text.get(span.start as usize..span.end as usize).unwrap_or("?")
    }

    fn scope(&mut self) -> &mut Scope {
        self.scopes.last_mut().expect("a scope is always open")
    }

    fn declare_proc(&mut self, proc: &ast::Procedure) -> ProcId {
        let required = proc.params.iter().filter(|p| p.default.is_none()).count();
        self.signatures.push(Signature { params: proc.params.len(), required });
        self.procs.push(None);
        self.index_procedure(proc, self.procs.len() - 1);
        self.procs.len() - 1
    }

    // ------------------------------------------------------------ bodies and procedures

    /// Resolves a procedure's (or the main code's) body in the scope already pushed, then the
    /// internal procedures it declares, which see its variables.
    fn body(&mut self, block: &ast::Block) -> ir::Block {
        let mut internals = Vec::new();
        collect_internal(block, &mut internals);
        for proc in &internals {
            let id = self.declare_proc(proc);
            if self.scope().procs.insert(proc.name.folded.clone(), id).is_some() {
                self.errors
                    .push(SourceError::Duplicate { name: self.spelled(proc.name.span).into(), span: proc.name.span });
            }
        }
        let body = self.block(block);
        for proc in internals {
            let id = self.scope().procs[&proc.name.folded];
            self.procedure(&proc, id);
        }
        body
    }

    fn procedure(&mut self, proc: &ast::Procedure, id: ProcId) {
        self.scopes.push(Scope::default());
        self.enter_block();
        let mut params = Vec::with_capacity(proc.params.len());
        for p in &proc.params {
            let ty = p.ty.as_ref().map_or(Ty::Variant, |t| self.ty(t));
            // Defaults are constants in practice; they are evaluated in the globals' frame.
            let default = p.default.as_ref().map(|d| {
                let inner = self.scopes.split_off(1);
                let e = self.expr(d);
                self.scopes.extend(inner);
                e
            });
            self.declare(&p.name, ty.clone());
            params.push(ir::Param { by_value: p.local, ty, default });
        }
        let body = self.body(&proc.body);
        self.exit_block();
        let scope = self.scopes.pop().unwrap_or_default();
        self.procs[id] = Some(Rc::new(ir::Proc {
            name: self.spelled(proc.name.span).into(),
            params,
            slots: scope.slots,
            body,
            internal: proc.internal,
            span: proc.span,
        }));
    }

    fn enter_block(&mut self) {
        let id = self.next_block;
        self.next_block += 1;
        self.scope().blocks.push(id);
    }

    fn exit_block(&mut self) {
        self.scope().blocks.pop();
    }

    fn block(&mut self, block: &ast::Block) -> ir::Block {
        self.enter_block();
        let mut out = Vec::with_capacity(block.len());
        for stmt in block {
            self.stmt(stmt, &mut out);
        }
        self.exit_block();
        out
    }

    fn loop_body(&mut self, block: &ast::Block) -> ir::Block {
        self.scope().loops += 1;
        let body = self.block(block);
        self.scope().loops -= 1;
        body
    }

    // ------------------------------------------------------------ variables

    /// A new variable in the current procedure; re-declaring a name in the same block is an error.
    fn declare(&mut self, name: &ast::Name, ty: Ty) -> Var {
        let current_block = self.scope().blocks.last().copied().unwrap_or(0);
        if let Some(existing) = self.scope().vars.get(&name.folded)
            && existing.block == current_block
        {
            self.errors.push(SourceError::Duplicate { name: self.spelled(name.span).into(), span: name.span });
        }
        let decl = self.index_declare(name);
        let scope = self.scope();
        let slot = scope.slots.len() as u32;
        scope.slots.push(ty.clone());
        scope.vars.insert(name.folded.clone(), Binding { slot, decl, ty, block: current_block });
        self.var_at(self.scopes.len() - 1, slot)
    }

    fn var_at(&self, scope_index: usize, slot: u32) -> Var {
        let current = self.scopes.len() - 1;
        if scope_index == current {
            Var::Local(slot)
        } else if scope_index == 0 {
            Var::Global(slot)
        } else {
            Var::Outer { depth: (current - scope_index) as u16, slot }
        }
    }

    fn lookup(&self, folded: &str) -> Meaning {
        let current = self.scopes.len() - 1;
        for (k, scope) in self.scopes.iter().enumerate().rev() {
            if let Some(b) = scope.vars.get(folded) {
                return Meaning::Var(self.var_at(k, b.slot), b.ty.clone());
            }
        }
        for (k, scope) in self.scopes.iter().enumerate().rev() {
            if let Some(&id) = scope.procs.get(folded) {
                let env = if k == 0 { Env::Global } else { Env::Enclosing((current - k) as u16) };
                return Meaning::Proc(id, env);
            }
        }
        if let Some(&id) = self.global_procs.get(folded) {
            return Meaning::Proc(id, Env::Global);
        }
        if let Some(value) = builtins::constant(folded) {
            return Meaning::Const(value);
        }
        if let Some(b) = builtins::lookup(folded) {
            return Meaning::Builtin(b);
        }
        Meaning::Unknown
    }

    /// A loop counter: the existing variable, or a new one (counters need no declaration). An
    /// implicit counter never makes a later explicit declaration of the same name a duplicate.
    fn counter(&mut self, name: &ast::Name) -> (Var, Ty) {
        match self.lookup_used(name) {
            Meaning::Var(var, ty) => (var, ty),
            _ => {
                let var = self.declare(name, Ty::Variant);
                if let Some(binding) = self.scope().vars.get_mut(&name.folded) {
                    binding.block = IMPLICIT;
                }
                (var, Ty::Variant)
            }
        }
    }

    fn ty(&mut self, t: &ast::TypeRef) -> Ty {
        let base = match types::type_word(&t.name.folded) {
            Some(TypeWord::Is(ty)) => ty,
            Some(TypeWord::Array) => {
                let elem = t.of.as_ref().map_or(Ty::Variant, |of| self.ty(of));
                return Ty::Array(Rc::new(elem));
            }
            None => {
                self.errors
                    .push(SourceError::UnknownType { name: self.spelled(t.name.span).into(), span: t.name.span });
                return Ty::Variant;
            }
        };
        if t.of.is_some() {
            self.errors.push(SourceError::UnknownType { name: self.spelled(t.span).into(), span: t.span });
        }
        base
    }

    // ------------------------------------------------------------ statements

    fn stmt(&mut self, stmt: &ast::Stmt, out: &mut ir::Block) {
        let span = stmt.span;
        let kind = match &stmt.kind {
            S::Declare { names, ty, init } => {
                let ty_value = self.ty(ty);
                let size = ty.size.as_ref().map(|s| self.expr(s));
                let init = init.as_ref().map(|e| self.expr(e)).or(size.map(|size| array_of_size(size, &ty_value)));
                let last = names.len() - 1;
                let mut init = init;
                for (i, name) in names.iter().enumerate() {
                    let var = self.declare(name, ty_value.clone());
                    let init = if i == last { init.take() } else { None };
                    out.push(ir::Stmt { kind: StmtKind::Declare { var, ty: ty_value.clone(), init }, span });
                }
                return;
            }
            S::Let { name, init } => {
                let init = self.expr(init);
                let var = self.declare(name, Ty::Variant);
                StmtKind::Declare { var, ty: Ty::Variant, init: Some(init) }
            }
            S::Assign { target, op, value } => {
                let value = self.expr(value);
                match self.target(target) {
                    Some(target) => ir::assignment(target, *op, value),
                    None => return,
                }
            }
            S::Increment { target, delta } => {
                let value = ir::Expr { kind: ExprKind::Const(Value::Int(*delta)), span };
                match self.target(target) {
                    Some(target) => StmtKind::Assign { target, op: ast::AssignOp::Add, value },
                    None => return,
                }
            }
            S::Call(expr) => StmtKind::Expr(match &expr.kind {
                A::Name(name) => self.call(name, &[], expr.span),
                _ => self.expr(expr),
            }),
            S::If { branches, otherwise } => StmtKind::If {
                branches: branches.iter().map(|(c, b)| (self.expr(c), self.block(b))).collect(),
                otherwise: otherwise.as_ref().map(|b| self.block(b)).unwrap_or_default(),
            },
            S::Switch { subject, cases, other } => StmtKind::Switch {
                subject: self.expr(subject),
                cases: cases
                    .iter()
                    .map(|c| ir::Case {
                        items: c
                            .items
                            .iter()
                            .map(|item| match item {
                                ast::CaseItem::Value(e) => ir::CaseItem::Value(self.expr(e)),
                                ast::CaseItem::Range(a, b) => ir::CaseItem::Range(self.expr(a), self.expr(b)),
                                ast::CaseItem::Compare(op, e) => ir::CaseItem::Compare(*op, self.expr(e)),
                            })
                            .collect(),
                        body: self.block(&c.body),
                    })
                    .collect(),
                other: other.as_ref().map(|b| self.block(b)).unwrap_or_default(),
            },
            S::For { var, from, to, step, bound_once, body } => {
                let (from, to, step) = (self.expr(from), self.expr(to), step.as_ref().map(|s| self.expr(s)));
                let (var, _) = self.counter(var);
                StmtKind::For { var, from, to, step, bound_once: *bound_once, body: self.loop_body(body) }
            }
            S::ForEach { var, iterable, body } => {
                let iterable = self.expr(iterable);
                let (var, ty) = self.counter(var);
                StmtKind::ForEach { var, ty, iterable, body: self.loop_body(body) }
            }
            S::ForEachString { var, source, separator, body } => {
                let (source, separator) = (self.expr(source), self.expr(separator));
                let (var, _) = self.counter(var);
                StmtKind::ForEachString { var, source, separator, body: self.loop_body(body) }
            }
            S::While { cond, body } => StmtKind::While { cond: self.expr(cond), body: self.loop_body(body) },
            S::Loop { count, body } => {
                StmtKind::Loop { count: count.as_ref().map(|c| self.expr(c)), body: self.loop_body(body) }
            }
            S::Break | S::Continue => {
                if self.scope().loops == 0 {
                    let what = self.spelled(span).to_owned();
                    self.errors.push(SourceError::OutsideLoop { what, span });
                }
                if matches!(stmt.kind, S::Break) { StmtKind::Break } else { StmtKind::Continue }
            }
            S::Return(value) => StmtKind::Return(value.as_ref().map(|v| self.expr(v))),
            S::WhenException { body, handler } => {
                StmtKind::WhenException { body: self.block(body), handler: self.block(handler) }
            }
            // Declared by `body`'s pre-pass; nothing to run where it stands.
            S::InternalProcedure(_) => return,
        };
        out.push(ir::Stmt { kind, span });
    }

    fn target(&mut self, target: &ast::Expr) -> Option<Target> {
        match &target.kind {
            A::Name(name) => match self.lookup_used(name) {
                Meaning::Var(var, ty) => Some(Target::Var { var, ty }),
                Meaning::Unknown => {
                    self.errors
                        .push(SourceError::UnknownName { name: self.spelled(name.span).into(), span: name.span });
                    None
                }
                _ => {
                    self.errors.push(SourceError::NotAssignable { span: target.span });
                    None
                }
            },
            A::Index { base, index } => Some(Target::Elem { array: self.expr(base), index: self.expr(index) }),
            _ => {
                self.errors.push(SourceError::NotAssignable { span: target.span });
                None
            }
        }
    }

    // ------------------------------------------------------------ expressions

    fn exprs(&mut self, exprs: &[ast::Expr]) -> Vec<ir::Expr> {
        exprs.iter().map(|e| self.expr(e)).collect()
    }

    fn expr(&mut self, e: &ast::Expr) -> ir::Expr {
        let span = e.span;
        let kind = match &e.kind {
            A::Int(n) => ExprKind::Const(Value::Int(*n)),
            A::Real(x) => ExprKind::Const(Value::Real(*x)),
            A::Str(s) => ExprKind::Const(Value::from(&**s)),
            A::Bool(b) => ExprKind::Const(Value::Bool(*b)),
            A::Null => ExprKind::Const(Value::Null),
            A::Name(name) => match self.lookup_used(name) {
                Meaning::Var(var, _) => ExprKind::Var(var),
                Meaning::Proc(proc, env) => ExprKind::ProcValue { proc, env },
                Meaning::Const(value) => ExprKind::Const(value),
                // A function named without parentheses is called: `ErreurInfo`, `HeureSys`.
                Meaning::Builtin(_) => return self.call(name, &[], span),
                Meaning::Unknown => {
                    self.errors
                        .push(SourceError::UnknownName { name: self.spelled(name.span).into(), span: name.span });
                    ExprKind::Const(Value::Null)
                }
            },
            A::Unary(op, operand) => ExprKind::Unary(*op, Box::new(self.expr(operand))),
            A::Binary(op, a, b) => ExprKind::Binary(*op, Box::new(self.expr(a)), Box::new(self.expr(b))),
            A::Call { callee, args } => match &callee.kind {
                A::Name(name) => return self.call(name, args, span),
                _ => ExprKind::CallValue {
                    callee: Box::new(self.expr(callee)),
                    args: self.exprs(args),
                    name: self.spelled(callee.span).into(),
                },
            },
            A::Index { base, index } => {
                ExprKind::Index { base: Box::new(self.expr(base)), index: Box::new(self.expr(index)) }
            }
            A::Substring { base, from, to } => ExprKind::Substring {
                base: Box::new(self.expr(base)),
                from: Box::new(self.expr(from)),
                to: match to {
                    ast::SubstringEnd::Single => ir::SubstringEnd::Single,
                    ast::SubstringEnd::ToEnd => ir::SubstringEnd::ToEnd,
                    ast::SubstringEnd::To(e) => ir::SubstringEnd::To(Box::new(self.expr(e))),
                },
            },
            A::Member { base, name } => match &*name.folded {
                "occurrence" | "count" | "taille" | "size" | "length" => ExprKind::Count(Box::new(self.expr(base))),
                _ => {
                    self.errors
                        .push(SourceError::UnknownName { name: self.spelled(name.span).into(), span: name.span });
                    ExprKind::Const(Value::Null)
                }
            },
            A::Array(items) => ExprKind::Array(self.exprs(items)),
        };
        ir::Expr { kind, span }
    }

    fn call(&mut self, name: &ast::Name, args: &[ast::Expr], span: Span) -> ir::Expr {
        let spelled: Rc<str> = self.spelled(name.span).into();
        let kind = match self.lookup_used(name) {
            Meaning::Var(var, _) => ExprKind::CallValue {
                callee: Box::new(ir::Expr { kind: ExprKind::Var(var), span: name.span }),
                args: self.exprs(args),
                name: spelled,
            },
            Meaning::Proc(proc, env) => {
                let sig = &self.signatures[proc];
                self.check_arity(&spelled, (sig.required, sig.params), args.len(), span);
                ExprKind::CallProc { proc, env, args: self.exprs(args), name: spelled }
            }
            Meaning::Builtin(builtin) => {
                self.check_arity(&spelled, (builtin.min, builtin.max), args.len(), span);
                ExprKind::CallBuiltin { builtin, args: self.exprs(args), name: spelled }
            }
            Meaning::Const(_) | Meaning::Unknown => {
                self.errors.push(SourceError::UnknownProcedure { name: spelled.to_string(), span: name.span });
                ExprKind::Const(Value::Null)
            }
        };
        ir::Expr { kind, span }
    }
}

impl Resolver<'_> {
    /// Reports a call with fewer than `min` or more than `max` arguments.
    fn check_arity(&mut self, name: &str, (min, max): (usize, usize), found: usize, span: Span) {
        if found < min || found > max {
            self.errors.push(SourceError::Arity { name: name.to_owned(), min, max, found, span });
        }
    }
}

/// `tableau de 5 entiers`: an initial value of `size` default elements.
fn array_of_size(size: ir::Expr, ty: &Ty) -> ir::Expr {
    let span = size.span;
    ir::Expr { kind: ExprKind::SizedArray { size: Box::new(size), ty: ty.clone() }, span }
}

/// The internal procedures declared anywhere in a body (not inside other procedures).
fn collect_internal(block: &ast::Block, out: &mut Vec<Rc<ast::Procedure>>) {
    for stmt in block {
        match &stmt.kind {
            S::InternalProcedure(p) => out.push(p.clone()),
            S::If { branches, otherwise } => {
                for (_, b) in branches {
                    collect_internal(b, out);
                }
                if let Some(b) = otherwise {
                    collect_internal(b, out);
                }
            }
            S::Switch { cases, other, .. } => {
                for c in cases {
                    collect_internal(&c.body, out);
                }
                if let Some(b) = other {
                    collect_internal(b, out);
                }
            }
            S::For { body, .. }
            | S::ForEach { body, .. }
            | S::ForEachString { body, .. }
            | S::While { body, .. }
            | S::Loop { body, .. } => collect_internal(body, out),
            S::WhenException { body, handler } => {
                collect_internal(body, out);
                collect_internal(handler, out);
            }
            _ => {}
        }
    }
}
