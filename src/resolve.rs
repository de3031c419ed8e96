//! Stage 3: names → slots. Turns the syntax tree into the `ir` program: each variable
//! becomes a numbered slot in its procedure's frame (or the globals, or an enclosing procedure's
//! frame for a `PROCÉDURE INTERNE`), procedures are hoisted (callable before their declaration),
//! the types a script declares (structures, classes, enumerations) are known everywhere, builtins
//! and constants are looked up once, and unknown names, wrong argument counts and loose `SORTIR`
//! are reported, all of them, before anything runs. A construct that resolves but that the
//! interpreter cannot run yet becomes one `Unsupported` node naming it. No evaluation here.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use crate::ast::visit::{self, Node};
use crate::ast::{self, BinOp, ExprKind as A, MemberSep, StmtKind as S};
use crate::builtins;
use crate::diagnostics::{Construct, ConstructKind as CK, SourceError};
use crate::ir::{self, Env, ExprKind, ProcId, StmtKind, Target, Var};
use crate::keywords::{self, Property, Qualifier};
use crate::source::Span;
use crate::types::{self, ClassType, Field, Method, StructType, Ty, TypeWord, Visibility};
use crate::value::{Growth, Value};
use crate::{parser, prelude};

mod index;
pub use index::{Decl, DeclKind, Index, Referent, Use};

/// Resolves a whole script.
pub fn resolve(program: &ast::Program, text: &str) -> Result<ir::Program, Vec<SourceError>> {
    Session::default().resolve(program, text)
}

/// Resolves a whole script under the project options `dialect` gives.
pub fn resolve_with(program: &ast::Program, text: &str, dialect: Dialect) -> Result<ir::Program, Vec<SourceError>> {
    Session { dialect, ..Session::default() }.resolve(program, text)
}

/// The project options that change what code means (WINDEV keeps them in the project).
#[derive(Clone, Copy, Debug)]
pub struct Dialect {
    /// `[% %]` in a `"..."` string inserts an expression (page 1512011: "the project options
    /// determine if the [% %] characters can be used"); off, the string is taken as written.
    pub dynamic_strings: bool,
}

impl Default for Dialect {
    fn default() -> Self {
        Dialect { dynamic_strings: true }
    }
}

/// Resolves a tree for its errors only, keeping no IR (`wl check`). On a tree the parser
/// recovered past syntax errors, the names that the dropped lines seemed to declare are not
/// called unknown.
pub fn check_recovered(program: &ast::Program, text: &str, dropped: &[Rc<str>]) -> Vec<SourceError> {
    let mut session = Session { tolerated: dropped.iter().cloned().collect(), errors_only: true, ..Session::default() };
    session.resolve(program, text).err().unwrap_or_default()
}

/// Resolves a whole script (or a tree recovered past syntax errors, with the names its dropped
/// lines declared, as `check_recovered`), and collects the index of its declarations and name
/// uses (for editors; see `index`).
pub fn resolve_indexed(
    program: &ast::Program,
    text: &str,
    dropped: &[Rc<str>],
) -> (Result<ir::Program, Vec<SourceError>>, Index) {
    let mut index = Index::default();
    let mut session = Session { tolerated: dropped.iter().cloned().collect(), ..Session::default() };
    let result = session.resolve_into(program, text, Some(&mut index));
    (result, index)
}

/// What resolution keeps from one chunk of code to the next in an interactive session: the
/// globals, the procedures and the types. A script is one chunk.
#[derive(Default)]
pub struct Session {
    globals: Scope,
    procs: Vec<Rc<ir::Proc>>,
    signatures: Vec<Signature>,
    global_procs: HashMap<Rc<str>, ProcId>,
    types: HashMap<Rc<str>, UserType>,
    enums: Enums,
    /// The structures and classes built from `types` (see `objects`), with their members'
    /// initial values.
    objects: Objects,
    next_block: u32,
    /// Names never reported unknown (see `check_recovered`).
    tolerated: HashSet<Rc<str>>,
    /// The project options the code is resolved under.
    pub dialect: Dialect,
    /// The constructs the last chunk uses that the interpreter cannot run yet.
    unsupported: Vec<Construct>,
    /// The prelude procedures resolved so far (by index in `prelude::procedures()`).
    prelude_procs: Vec<bool>,
    /// The prelude files whose head (globals) was resolved (bit `i`: `prelude::FILES[i]`).
    prelude_heads: u32,
    /// The main code of the prelude files resolved for a chunk that did not resolve yet: it runs
    /// before the first chunk that does.
    prelude_main: ir::Block,
    /// The prelude file being resolved (index in `prelude::FILES`).
    in_prelude: Option<usize>,
    /// Only the errors are wanted (`check_recovered`): each statement's IR is dropped once
    /// resolved, so a big script's IR is never all in memory.
    errors_only: bool,
}

/// The types of the script's structures and classes, built once their methods are known, and
/// what their members and class members start with.
#[derive(Default, Clone)]
struct Objects {
    /// By folded type name: `Ty::Struct` or `Ty::Object` (not dynamic).
    built: HashMap<Rc<str>, Ty>,
    structs: Vec<Rc<ir::TypeInit>>,
    classes: Vec<Rc<ir::TypeInit>>,
    /// The global slot of a class's `GLOBAL` member or constant, by (class, member), folded.
    class_globals: HashMap<(Rc<str>, Rc<str>), ClassGlobal>,
}

/// A class member (`GLOBAL`) or class constant: its hidden global, its type, whether constant.
type ClassGlobal = (Var, Ty, bool);

impl Session {
    /// Declares a name that lives outside the code being resolved (in a project: a global or a
    /// procedure of another block, a window, a control, an HFSQL file or item): every chunk
    /// resolved afterwards may read it, assign it, call it and take its members, as an untyped
    /// global whose value is Null if it is run. A chunk's own declaration of the name hides it.
    pub fn declare_external(&mut self, name: &str) {
        let folded: Rc<str> = crate::keywords::fold(name).into();
        if self.globals.vars.contains_key(&folded) {
            return;
        }
        let slot = self.globals.slots.len() as u32;
        self.globals.slots.push(Ty::Variant);
        self.globals.vars.insert(
            folded,
            Binding {
                slot,
                decl: u32::MAX,
                ty: Ty::Variant,
                block: IMPLICIT,
                constant: false,
                object: None,
                hoisted: false,
            },
        );
    }

    /// The constructs the last chunk resolved uses that the interpreter cannot run yet (each
    /// `Unsupported` node of its `ir`, in the order met), whether it resolved or not.
    pub fn unsupported(&self) -> &[Construct] {
        &self.unsupported
    }

    /// Resolves one more chunk; the program returned holds every global and procedure so far.
    /// On error the session is left as it was (but for `unsupported`).
    pub fn resolve(&mut self, program: &ast::Program, text: &str) -> Result<ir::Program, Vec<SourceError>> {
        self.resolve_into(program, text, None)
    }

    /// Resolves the prelude procedures that `program` names (and those they name), unless
    /// done already.
    fn load_prelude(&mut self, program: &ast::Program) {
        let wanted = prelude::wanted(program);
        if wanted.iter().any(|&i| !self.prelude_procs.get(i).is_some_and(|&loaded| loaded)) {
            // The prelude's tests resolve every procedure alone: a failure is not the script's.
            let _ = self.load_prelude_procs(wanted);
        }
    }

    /// Resolves prelude procedures and those they name, one chunk per file, in file order (a
    /// file calls only the files before it); a file's head (its globals) comes with its first
    /// procedure. The errors are the prelude's.
    pub(crate) fn load_prelude_procs(&mut self, mut queue: Vec<usize>) -> Result<(), Vec<SourceError>> {
        let all = prelude::procedures();
        self.prelude_procs.resize(all.len(), false);
        let mut by_file: Vec<ast::Program> = prelude::FILES.iter().map(|_| ast::Program::default()).collect();
        let mut errors = Vec::new();
        while let Some(i) = queue.pop() {
            if std::mem::replace(&mut self.prelude_procs[i], true) {
                continue;
            }
            let proc = &all[i];
            let text = prelude::FILES[proc.file].text;
            match parser::parse_chunk(&text[..proc.range.end], proc.range.start) {
                Ok(piece) => {
                    queue.extend(prelude::wanted(&piece));
                    by_file[proc.file].procedures.extend(piece.procedures);
                }
                Err(e) => errors.extend(e),
            }
        }
        for (file, mut program) in by_file.into_iter().enumerate() {
            if program.procedures.is_empty() {
                continue;
            }
            let text = prelude::FILES[file].text;
            if self.prelude_heads & (1 << file) == 0 {
                self.prelude_heads |= 1 << file;
                match parser::parse(&text[..prelude::head_end(file)]) {
                    Ok(head) => program.main = head.main,
                    Err(e) => errors.extend(e),
                }
            }
            let in_prelude = self.in_prelude.replace(file);
            let resolved = self.resolve_into(&program, text, None);
            self.in_prelude = in_prelude;
            match resolved {
                Ok(resolved) => self.prelude_main.extend(resolved.main),
                Err(e) => errors.extend(e),
            }
            for proc in &program.procedures {
                if let Some(english) = prelude::english_attribute(&proc.attributes)
                    && let Some(&id) = self.global_procs.get(&proc.name.folded)
                {
                    self.global_procs.entry(keywords::fold(english).into()).or_insert(id);
                }
            }
        }
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }

    /// The prelude procedures resolved so far (indexes in `prelude::procedures()`).
    pub fn prelude_loaded(&self) -> Vec<usize> {
        (0..self.prelude_procs.len()).filter(|&i| self.prelude_procs[i]).collect()
    }

    fn resolve_into(
        &mut self,
        program: &ast::Program,
        text: &str,
        index: Option<&mut Index>,
    ) -> Result<ir::Program, Vec<SourceError>> {
        if self.in_prelude.is_none() {
            self.load_prelude(program);
        }
        let mut r = Resolver {
            index,
            text,
            errors: Vec::new(),
            scopes: vec![self.globals.clone()],
            procs: self.procs.iter().cloned().map(Some).collect(),
            signatures: self.signatures.clone(),
            global_procs: self.global_procs.clone(),
            types: self.types.clone(),
            enums: self.enums.clone(),
            objects: self.objects.clone(),
            method_mods: HashMap::new(),
            building: Vec::new(),
            next_block: self.next_block,
            class: None,
            tolerated: &self.tolerated,
            unsupported: Default::default(),
            prelude: self.in_prelude,
            dialect: self.dialect,
            errors_only: self.errors_only,
        };
        r.declare_types(program);
        let first_new = r.procs.len();
        for proc in &program.procedures {
            let id = r.declare_proc(proc);
            match &proc.class {
                Some(class) => r.declare_method(class, &proc.name, id),
                None => {
                    // A procedure of the script hides the prelude's of the same name.
                    let hidden = |old: ProcId| r.procs[old].as_ref().is_some_and(|p| p.prelude.is_some());
                    if r.global_procs.insert(proc.name.folded.clone(), id).is_some_and(|old| !hidden(old)) {
                        r.errors.push(SourceError::Duplicate {
                            name: r.spelled(proc.name.span).into(),
                            span: proc.name.span,
                        });
                    }
                }
            }
        }
        r.build_types(program, first_new);
        r.hoist_global_sections(program);
        let main = r.body(&program.main);
        r.type_inits();
        for (proc, id) in program.procedures.iter().zip(first_new..) {
            r.class = proc.class.as_ref().map(|c| c.folded.clone());
            r.procedure(proc, id);
        }
        self.unsupported = r.unsupported.take();
        if !r.errors.is_empty() {
            r.errors.sort_by_key(|e| e.span().start);
            return Err(r.errors);
        }
        let globals = r.scopes.pop().unwrap_or_default();
        let procs: Vec<Rc<ir::Proc>> =
            r.procs.into_iter().map(|p| p.expect("every declared procedure is resolved")).collect();
        let (signatures, global_procs, types, next_block) = (r.signatures, r.global_procs, r.types, r.next_block);
        self.enums = r.enums;
        self.objects = r.objects;
        self.globals = globals;
        self.procs = procs.clone();
        self.signatures = signatures;
        self.global_procs = global_procs;
        self.types = types;
        self.next_block = next_block;
        let mut main = main;
        if self.in_prelude.is_none() && !self.prelude_main.is_empty() {
            // In front of the script's code, without copying it (a big script's main code is
            // most of its IR).
            main.splice(0..0, std::mem::take(&mut self.prelude_main));
        }
        Ok(ir::Program {
            main,
            globals: self.globals.slots.clone(),
            procs,
            structs: self.objects.structs.clone(),
            classes: self.objects.classes.clone(),
        })
    }
}

/// What a call site needs to know about a procedure before its body is resolved.
#[derive(Clone)]
struct Signature {
    params: usize,
    required: usize,
}

/// A type the script declares.
#[derive(Clone)]
enum UserType {
    Structure(Rc<ast::StructDecl>),
    /// A class and its methods (`PROCÉDURE Classe.Méthode`), by folded name.
    Class(Rc<ast::ClassDecl>, HashMap<Rc<str>, ProcId>),
    Enum(Rc<ast::EnumDecl>),
}

impl UserType {
    fn construct(&self) -> CK {
        match self {
            UserType::Structure(_) => CK::Structure,
            UserType::Class(..) => CK::Class,
            UserType::Enum(_) => CK::Enumeration,
        }
    }
}

#[derive(Default, Clone)]
struct Scope {
    vars: HashMap<Rc<str>, Binding>,
    slots: Vec<Ty>,
    /// Internal procedures declared in this body.
    procs: HashMap<Rc<str>, ProcId>,
    loops: u32,
    blocks: Vec<u32>,
    /// After `GLOBAL` in a procedure: declarations go to the globals (until `LOCAL`).
    global_section: bool,
    /// Slots of objects to destroy when the call ends (see `ir::Proc::destroy`).
    destroy: Vec<u32>,
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
    /// Declared by `CONSTANTE`: not assignable.
    constant: bool,
    /// Declared with a type of the script (`x est un MaStructure`): its folded name.
    object: Option<Rc<str>>,
    /// Declared ahead of its procedure's `GLOBAL` section (so the main code sees it): the
    /// declaration in the section takes it over.
    hoisted: bool,
}

struct Resolver<'a> {
    text: &'a str,
    errors: Vec<SourceError>,
    scopes: Vec<Scope>,
    procs: Vec<Option<Rc<ir::Proc>>>,
    signatures: Vec<Signature>,
    global_procs: HashMap<Rc<str>, ProcId>,
    types: HashMap<Rc<str>, UserType>,
    /// The enumerations and combinations, and their values by name.
    enums: Enums,
    objects: Objects,
    /// The visibility of each method and whether it is `GLOBALE`.
    method_mods: HashMap<ProcId, (Visibility, bool)>,
    /// The structures and classes being built (outermost first): a member of one of them is
    /// a variant.
    building: Vec<Rc<str>>,
    next_block: u32,
    /// The class whose method is being resolved.
    class: Option<Rc<str>>,
    tolerated: &'a HashSet<Rc<str>>,
    /// Every construct `unsupported` made (see `Session::unsupported`).
    unsupported: std::cell::RefCell<Vec<Construct>>,
    index: Option<&'a mut Index>,
    /// The prelude file being resolved (see `ir::Proc::prelude`).
    prelude: Option<usize>,
    dialect: Dialect,
    /// See `Session::errors_only`.
    errors_only: bool,
}

/// What a name means where it is used.
enum Meaning {
    Var(Var, Ty),
    Proc(ProcId, Env),
    /// A member or method of the class whose method is being resolved.
    Member,
    Type(UserType),
    Const(Value),
    Builtin(&'static builtins::Builtin),
    Unknown,
}

/// How an assignment's target resolved.
enum Assignable {
    Target(Target),
    /// Already reported.
    Error,
    Unsupported(Construct),
}

impl<'a> Resolver<'a> {
    fn spelled(&self, span: Span) -> &'a str {
        self.text.get(span.start as usize..span.end as usize).unwrap_or("?")
    }

    /// What the script wrote, to name a construct: the first line, at most 60 characters.
    fn written(&self, span: Span) -> Rc<str> {
        let text = self.spelled(span).lines().next().unwrap_or("").trim_end();
        match text.char_indices().nth(60) {
            Some((cut, _)) => format!("{}...", &text[..cut]).into(),
            None => text.into(),
        }
    }

    fn unsupported(&self, kind: CK, span: Span) -> Construct {
        self.noted(Construct::new(kind, self.written(span)))
    }

    /// A construct that becomes an `Unsupported` node, noted for `Session::unsupported`.
    fn noted(&self, construct: Construct) -> Construct {
        self.unsupported.borrow_mut().push(construct.clone());
        construct
    }

    fn scope(&mut self) -> &mut Scope {
        self.scopes.last_mut().expect("a scope is always open")
    }

    fn declare_proc(&mut self, proc: &ast::Procedure) -> ProcId {
        let required = proc.params.iter().filter(|p| p.default.is_none()).count();
        let params = if proc.variadic { usize::MAX } else { proc.params.len() };
        self.signatures.push(Signature { params, required });
        self.procs.push(None);
        self.index_procedure(proc, self.procs.len() - 1);
        self.procs.len() - 1
    }

    /// Hoists the structures, classes and enumerations declared anywhere in the program.
    fn declare_types(&mut self, program: &ast::Program) {
        let mut found: Vec<(ast::Name, UserType)> = Vec::new();
        visit::walk_program(program, &mut |node, _| match node {
            Node::Stmt(stmt) => {
                match &stmt.kind {
                    S::Structure(d) => found.push((d.name.clone(), UserType::Structure(d.clone()))),
                    S::Class(d) => found.push((d.name.clone(), UserType::Class(d.clone(), HashMap::new()))),
                    S::Enum(d) => found.push((d.name.clone(), UserType::Enum(d.clone()))),
                    _ => {}
                }
                true
            }
            Node::Procedure(_) => true,
            _ => false,
        });
        for (name, ty) in found {
            if let UserType::Enum(decl) = &ty {
                self.declare_enum(decl);
            }
            self.index_type(&name, &ty);
            if self.types.insert(name.folded.clone(), ty).is_some() {
                self.errors.push(SourceError::Duplicate { name: self.spelled(name.span).into(), span: name.span });
            }
        }
    }

    /// The variables a procedure declares in its `GLOBAL` section are globals: declared now, so
    /// that the main code (resolved first) and every procedure see them.
    fn hoist_global_sections(&mut self, program: &ast::Program) {
        for proc in &program.procedures {
            let mut global = false;
            for stmt in &proc.body.block {
                match &stmt.kind {
                    S::Section(section) => global = *section == ast::ScopeSection::Global,
                    S::Declare { names, .. } if global => {
                        for name in names {
                            if self.scopes[0].vars.contains_key(&name.folded) {
                                continue;
                            }
                            let slot = self.scopes[0].slots.len() as u32;
                            self.scopes[0].slots.push(Ty::Variant);
                            let decl = self.index_declare(name);
                            let binding = Binding {
                                slot,
                                decl,
                                ty: Ty::Variant,
                                block: IMPLICIT,
                                constant: false,
                                object: None,
                                hoisted: true,
                            };
                            self.scopes[0].vars.insert(name.folded.clone(), binding);
                        }
                    }
                    _ => {}
                }
            }
        }
    }

    /// `PROCÉDURE Classe.Méthode`: the class must be declared.
    fn declare_method(&mut self, class: &ast::Name, method: &ast::Name, id: ProcId) {
        match self.types.get_mut(&class.folded) {
            Some(UserType::Class(_, methods)) => {
                if methods.insert(method.folded.clone(), id).is_some() {
                    self.errors
                        .push(SourceError::Duplicate { name: self.spelled(method.span).into(), span: method.span });
                }
            }
            _ => self.errors.push(SourceError::UnknownType { name: self.spelled(class.span).into(), span: class.span }),
        }
    }

    // ------------------------------------------------------------ bodies and procedures

    /// Resolves a procedure's (or the main code's) body in the scope already pushed, then the
    /// internal procedures it declares, which see its variables.
    fn body(&mut self, body: &ast::Body) -> ir::Block {
        let mut internals = Vec::new();
        collect_internal(body, &mut internals);
        for proc in &internals {
            let id = self.declare_proc(proc);
            if self.scope().procs.insert(proc.name.folded.clone(), id).is_some() {
                self.errors
                    .push(SourceError::Duplicate { name: self.spelled(proc.name.span).into(), span: proc.name.span });
            }
        }
        let block = self.block(&body.block);
        let block = self.sections(block, &body.sections);
        for proc in internals {
            let id = self.scope().procs[&proc.name.folded];
            self.procedure(&proc, id);
        }
        block
    }

    /// A body's labelled sections wrap it: `CAS EXCEPTION:`, `CAS ERREUR:`, `FIN:`.
    fn sections(&mut self, body: ir::Block, sections: &[ast::Section]) -> ir::Block {
        if sections.is_empty() {
            return body;
        }
        let (mut on_exception, mut on_error, mut end) = (None, None, None);
        let mut span = sections[0].span;
        for section in sections {
            span = span.to(section.span);
            let block = self.block(&section.body);
            let seen = match section.kind {
                ast::SectionKind::Exception => on_exception.replace(block).is_some(),
                ast::SectionKind::Error => on_error.replace(block).is_some(),
                ast::SectionKind::End => end.replace(block).is_some(),
            };
            if seen {
                self.errors
                    .push(SourceError::Duplicate { name: self.written(section.span).to_string(), span: section.span });
            }
        }
        vec![ir::Stmt { kind: StmtKind::Sections { body, on_exception, on_error, end }, span }]
    }

    fn procedure(&mut self, proc: &ast::Procedure, id: ProcId) {
        self.scopes.push(Scope::default());
        self.enter_block();
        // A method's object is its first slot (a `GLOBALE` method has none).
        let method_of = match self.current_class() {
            Some(class) if !proc.modifiers.iter().any(|(m, _)| *m == ast::Modifier::Global) => {
                let name = ast::Name { folded: SELF.into(), span: proc.name.span };
                self.declare(&name, Ty::Object { class: class.clone(), dynamic: true });
                Some(class.id)
            }
            _ => None,
        };
        let mut params = Vec::with_capacity(proc.params.len());
        for p in &proc.params {
            let (ty, _, object) = p.ty.as_ref().map_or((Ty::Variant, None, None), |t| self.ty(t));
            // Defaults are constants in practice; they are evaluated in the globals' frame.
            let default = p.default.as_ref().map(|d| {
                let inner = self.scopes.split_off(1);
                let e = self.expr(d);
                self.scopes.extend(inner);
                e
            });
            let var = self.declare(&p.name, ty.clone());
            self.set_object(var, &p.name, object);
            params.push(ir::Param { by_value: p.local, ty, default });
        }
        for ty in &proc.returns {
            self.ty(ty);
        }
        let body = self.body(&proc.body);
        self.exit_block();
        let scope = self.scopes.pop().unwrap_or_default();
        let destroy = scope.destroy.iter().rev().copied().collect();
        self.procs[id] = Some(Rc::new(ir::Proc {
            name: self.spelled(proc.name.span).into(),
            params,
            slots: scope.slots,
            body,
            internal: proc.internal,
            span: proc.span,
            method_of,
            destroy,
            prelude: self.prelude,
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

    fn block(&mut self, block: &[ast::Stmt]) -> ir::Block {
        self.enter_block();
        let mut out = Vec::with_capacity(if self.errors_only { 1 } else { block.len() });
        for (i, stmt) in block.iter().enumerate() {
            // `QUAND EXCEPTION` without `DANS` guards the rest of the block.
            if let S::WhenExceptionGeneral { handler } = &stmt.kind {
                let handler = self.block(handler);
                let body = self.block(&block[i + 1..]);
                let kind = StmtKind::WhenException { body, handler, otherwise: Vec::new() };
                out.push(ir::Stmt { kind, span: stmt.span });
                break;
            }
            self.stmt(stmt, &mut out);
            if self.errors_only {
                out.clear();
            }
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

    /// A new variable in the current procedure (or the globals after `GLOBAL`); re-declaring a
    /// name in the same block is an error.
    fn declare(&mut self, name: &ast::Name, ty: Ty) -> Var {
        let index = if self.scope().global_section { 0 } else { self.scopes.len() - 1 };
        let scope = &mut self.scopes[index];
        let current_block = scope.blocks.last().copied().unwrap_or(0);
        if let Some(existing) = scope.vars.get_mut(&name.folded)
            && existing.hoisted
        {
            existing.hoisted = false;
            existing.ty = ty;
            let slot = existing.slot;
            scope.slots[slot as usize] = existing.ty.clone();
            return self.var_at(index, slot);
        }
        if let Some(existing) = scope.vars.get(&name.folded)
            && existing.block == current_block
        {
            self.errors.push(SourceError::Duplicate { name: self.spelled(name.span).into(), span: name.span });
        }
        let decl = self.index_declare(name);
        let scope = &mut self.scopes[index];
        let slot = scope.slots.len() as u32;
        scope.slots.push(ty.clone());
        let binding = Binding { slot, decl, ty, block: current_block, constant: false, object: None, hoisted: false };
        scope.vars.insert(name.folded.clone(), binding);
        self.var_at(index, slot)
    }

    /// Marks the variable just declared as holding an object of a script type.
    fn set_object(&mut self, var: Var, name: &ast::Name, object: Option<Rc<str>>) {
        if object.is_none() {
            return;
        }
        let index = match var {
            Var::Global(_) => 0,
            _ => self.scopes.len() - 1,
        };
        if let Some(b) = self.scopes[index].vars.get_mut(&name.folded) {
            b.object = object;
        }
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

    fn binding(&self, folded: &str) -> Option<&Binding> {
        self.scopes.iter().rev().find_map(|s| s.vars.get(folded))
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
        // In a method: the members of its class (and of its ancestors).
        let member = self.class.as_ref().map(|class| self.class_has(class, folded, 0));
        if member == Some(Some(true)) {
            return Meaning::Member;
        }
        if let Some(&id) = self.global_procs.get(folded) {
            return Meaning::Proc(id, Env::Global);
        }
        if let Some(ty) = self.types.get(folded) {
            return Meaning::Type(ty.clone());
        }
        if let Some(value) = self.enums.values.get(folded) {
            return Meaning::Const(value.clone());
        }
        if let Some(value) = builtins::constant(folded) {
            return Meaning::Const(value);
        }
        if let Some(b) = builtins::lookup(folded) {
            return Meaning::Builtin(b);
        }
        // An ancestor the script does not declare may have it.
        if member == Some(None) {
            return Meaning::Member;
        }
        Meaning::Unknown
    }

    /// Whether the class (or an ancestor) has a member, constant or method of this name:
    /// `None` when an ancestor is not a class of the script (then nobody knows).
    fn class_has(&self, class: &str, member: &str, depth: usize) -> Option<bool> {
        let Some(UserType::Class(decl, methods)) = self.types.get(class) else { return None };
        let own = decl.members.iter().any(|m| m.names.iter().any(|n| &*n.folded == member))
            || decl.constants.iter().any(|c| &*c.name.folded == member)
            || methods.contains_key(member);
        if own {
            return Some(true);
        }
        if depth > 32 {
            return None;
        }
        for parent in &decl.parents {
            match self.class_has(&parent.name.folded, member, depth + 1) {
                Some(false) => {}
                other => return other,
            }
        }
        Some(false)
    }

    /// Whether a script type has a member of this name (`None`: cannot tell).
    fn type_has(&self, ty: &str, member: &str) -> Option<bool> {
        match self.types.get(ty)? {
            UserType::Structure(d) => Some(d.members.iter().any(|m| m.names.iter().any(|n| &*n.folded == member))),
            UserType::Enum(d) => Some(d.values.iter().any(|(n, _)| &*n.folded == member)),
            UserType::Class(..) => self.class_has(ty, member, 0),
        }
    }

    fn unknown_name(&mut self, name: &ast::Name) {
        if !self.tolerated.contains(&name.folded) {
            self.errors.push(SourceError::UnknownName { name: self.spelled(name.span).into(), span: name.span });
        }
    }

    /// A loop counter: the existing variable, or a new one (counters need no declaration). An
    /// implicit counter never makes a later explicit declaration of the same name a duplicate.
    fn counter(&mut self, name: &ast::Name) -> (Var, Ty) {
        match self.lookup_used(name) {
            Meaning::Var(var, ty) => (var, ty),
            _ => {
                let var = self.declare(name, Ty::Variant);
                let index = match var {
                    Var::Global(_) => 0,
                    _ => self.scopes.len() - 1,
                };
                if let Some(binding) = self.scopes[index].vars.get_mut(&name.folded) {
                    binding.block = IMPLICIT;
                }
                (var, Ty::Variant)
            }
        }
    }

    /// A declared type: what the evaluator converts to, the construct it cannot run yet (if
    /// any), and the script type an object has.
    fn ty(&mut self, t: &ast::TypeRef) -> (Ty, Option<Construct>, Option<Rc<str>>) {
        for word in &t.unknown_words {
            self.errors.push(SourceError::UnknownType { name: self.spelled(word.span).into(), span: word.span });
        }
        if let Some(size) = &t.size {
            self.expr(size);
        }
        // An associative array's options are read by `assoc_type`; a class's arguments go to
        // its constructor: the declaration resolves them.
        let associative = types::type_word(&t.name.folded) == Some(TypeWord::Array) && t.has(Qualifier::Associative);
        if !associative && !matches!(self.types.get(&t.name.folded), Some(UserType::Class(..))) {
            for e in t.args.iter().flatten() {
                self.expr(e);
            }
        }
        match types::type_word(&t.name.folded) {
            Some(TypeWord::Is(ty)) => {
                if t.of.is_some() {
                    self.errors.push(SourceError::UnknownType { name: self.spelled(t.span).into(), span: t.span });
                }
                (self.refine(t, ty), None, None)
            }
            Some(TypeWord::Array) => {
                let (elem, unsupported, _) = t.of.as_ref().map_or((Ty::Variant, None, None), |of| self.ty(of));
                if associative {
                    return (self.assoc_type(t, elem), unsupported, None);
                }
                (Ty::Array(Rc::new(elem)), unsupported, None)
            }
            None => match self.types.get(&t.name.folded).cloned() {
                Some(UserType::Enum(_)) => (self.enum_type(&t.name.folded), None, None),
                Some(user) => match self.user_type(&t.name) {
                    Some(Ty::Object { class, .. }) => {
                        let dynamic = t.has(Qualifier::Dynamic);
                        (Ty::Object { class, dynamic }, None, Some(t.name.folded.clone()))
                    }
                    Some(Ty::Struct(st)) if t.has(Qualifier::Dynamic) => {
                        (Ty::StructRef(st), None, Some(t.name.folded.clone()))
                    }
                    Some(ty) => (ty, None, Some(t.name.folded.clone())),
                    None => {
                        let kind = user.construct();
                        (Ty::Variant, Some(self.unsupported(kind, t.name.span)), Some(t.name.folded.clone()))
                    }
                },
                None => {
                    // A type a builtin family defines (`httpRequête`), after the script's own.
                    if let Some(st) = crate::builtins::family_type(&t.name.folded) {
                        return (Ty::Struct(st), None, None);
                    }
                    if !t.name.folded.is_empty() {
                        self.errors.push(SourceError::UnknownType {
                            name: self.spelled(t.name.span).into(),
                            span: t.name.span,
                        });
                    }
                    (Ty::Variant, None, None)
                }
            },
        }
    }

    /// The qualifiers of a number type: `entier sur 4 octets`, `entier sans signe [sur N
    /// octets]` are sized integers; `réel sur 4 octets` a 4-byte real; `numérique (a, b)` keeps
    /// `a` digits before the point and `b` after. Plain `entier` and `entier système` are
    /// 8-byte integers.
    fn refine(&mut self, t: &ast::TypeRef, ty: Ty) -> Ty {
        use types::{IntKind as K, NumericDigits};
        let literal = |e: &ast::Expr| match e.kind {
            A::Int(n) => Some(n),
            _ => None,
        };
        let bytes = t.size.as_deref().and_then(literal);
        let bad = |r: &mut Self| {
            r.errors.push(SourceError::UnknownType { name: r.spelled(t.span).into(), span: t.span });
        };
        match ty {
            Ty::Int => {
                let kind = match (bytes, t.has(Qualifier::Unsigned)) {
                    (None, false) => return Ty::Int,
                    (None, true) => K::U32,
                    (Some(1), false) => K::I8,
                    (Some(2), false) => K::I16,
                    (Some(4), false) => K::I32,
                    (Some(8), false) => K::I64,
                    (Some(1), true) => K::U8,
                    (Some(2), true) => K::U16,
                    (Some(4), true) => K::U32,
                    (Some(8), true) => K::U64,
                    (Some(_), _) => {
                        bad(self);
                        return Ty::Int;
                    }
                };
                Ty::Sized(kind)
            }
            Ty::Real => match bytes {
                None | Some(8) => Ty::Real,
                Some(4) => Ty::Real4,
                Some(_) => {
                    bad(self);
                    Ty::Real
                }
            },
            Ty::Numeric(default) => match t.args.as_deref() {
                // `numérique (*)`: as many digits as the value has (38 at most).
                Some([]) => Ty::Numeric(NumericDigits { int: 38, frac: 38 }),
                Some([a, b]) => match (literal(a).map(u8::try_from), literal(b).map(u8::try_from)) {
                    (Some(Ok(int)), Some(Ok(frac))) if int as u32 + frac as u32 <= 38 => {
                        Ty::Numeric(NumericDigits { int, frac })
                    }
                    _ => {
                        bad(self);
                        Ty::Numeric(default)
                    }
                },
                _ => Ty::Numeric(default),
            },
            other => other,
        }
    }

    // ------------------------------------------------------------ statements

    fn stmt(&mut self, stmt: &ast::Stmt, out: &mut ir::Block) {
        let span = stmt.span;
        let unsupported = |c: Construct| ir::Stmt { kind: StmtKind::Unsupported(c), span };
        let kind = match &stmt.kind {
            S::Declare { names, ty, init, by_ref, attributes } => {
                let (ty_value, mut construct, object) = self.ty(ty);
                let dims: Vec<ir::Expr> = ty.dims.iter().map(|d| self.expr(d)).collect();
                let init = init.as_ref().map(|e| self.expr(e));
                // An array refers to its source anyway.
                if *by_ref && !matches!(ty_value, Ty::Array(_)) {
                    construct = construct.or_else(|| Some(self.noted(Construct::new(CK::Reference, "<-"))));
                }
                if let Some(init) = &init {
                    self.check_enum_value(&ty_value, init);
                }
                let mut init = match init {
                    Some(init) => Some(init),
                    None => self.initial_value(ty, &ty_value, dims, attributes, span),
                };
                // A structure or an object variable gets its own new value (its members'
                // initial values, the constructor with the declaration's arguments).
                let constructed = init.is_none() && needs_construction(&ty_value);
                let mut args = if constructed { ty.args.as_ref().map(|a| self.exprs(a)) } else { None };
                let last = names.len() - 1;
                for (i, name) in names.iter().enumerate() {
                    let var = self.declare(name, ty_value.clone());
                    self.set_object(var, name, object.clone());
                    self.note_destructor(var, &ty_value);
                    if construct.is_none() {
                        let init = if constructed {
                            let args = if i == last { args.take().unwrap_or_default() } else { Vec::new() };
                            Some(ir::Expr { kind: ExprKind::New { ty: ty_value.clone(), args }, span })
                        } else if i == last {
                            init.take()
                        } else {
                            None
                        };
                        out.push(ir::Stmt { kind: StmtKind::Declare { var, ty: ty_value.clone(), init }, span });
                    }
                }
                if let Some(c) = construct {
                    out.push(unsupported(c));
                }
                return;
            }
            S::Let { name, init } => {
                let init = self.expr(init);
                let ty = self.inferred_type(&init);
                let var = self.declare(name, ty.clone());
                StmtKind::Declare { var, ty, init: Some(init) }
            }
            S::Assign { target, op, value } => {
                let value = self.expr(value);
                match self.target(target) {
                    Assignable::Target(target) => {
                        if let Target::Var { ty, .. } = &target {
                            self.check_enum_value(ty, &value);
                        }
                        ir::assignment(target, *op, value)
                    }
                    Assignable::Error => return,
                    Assignable::Unsupported(c) => StmtKind::Unsupported(c),
                }
            }
            S::AssignRef { target, value } => {
                let value = self.expr(value);
                match self.target(target) {
                    Assignable::Error => return,
                    // An array or an associative array: the target refers to the value's.
                    Assignable::Target(target @ Target::Var { ty: Ty::Array(_) | Ty::Assoc(_) | Ty::Variant, .. }) => {
                        StmtKind::AssignRef { target, value }
                    }
                    _ => StmtKind::Unsupported(self.noted(Construct::new(CK::Reference, "<-"))),
                }
            }
            S::AssignTuple { targets, value } => match self.assign_tuple(targets, value) {
                Some(kind) => kind,
                None => return,
            },
            S::LetTuple { names, init } => self.let_tuple(names, init),
            S::AssignCopy { target, value } => match self.assign_copy(target, value) {
                Some(kind) => kind,
                None => return,
            },
            S::Increment { target, delta } => {
                let value = ir::Expr { kind: ExprKind::Const(Value::Int(*delta)), span };
                match self.target(target) {
                    Assignable::Target(target) => StmtKind::Assign { target, op: ast::AssignOp::Add, value },
                    Assignable::Error => return,
                    Assignable::Unsupported(c) => StmtKind::Unsupported(c),
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
                subject: Box::new(self.expr(subject)),
                cases: cases
                    .iter()
                    .map(|c| ir::Case {
                        items: c.items.iter().flat_map(case_alternatives).map(|item| self.case_item(&item)).collect(),
                        body: self.block(&c.body),
                    })
                    .collect(),
                other: other.as_ref().map(|b| self.block(b)).unwrap_or_default(),
            },
            S::For { var, from, to, step, bound_once, body } => {
                let (from, to) = (Box::new(self.expr(from)), Box::new(self.expr(to)));
                let step = step.as_ref().map(|s| Box::new(self.expr(s)));
                let (var, _) = self.counter(var);
                StmtKind::For { var, from, to, step, bound_once: *bound_once, body: self.loop_body(body) }
            }
            S::ForEach { var: name, index, iterable, from_end, body } => {
                let iterable = Box::new(self.expr(iterable));
                let (var, ty) = self.counter(name);
                let index = index.as_ref().map(|i| self.counter(i).0);
                let key = Some(self.key_slot(name));
                StmtKind::ForEach { var, ty, index, key, from_end: *from_end, iterable, body: self.loop_body(body) }
            }
            S::ForEachString { var, source, separator, from_end, body } => {
                let (source, separator) = (Box::new(self.expr(source)), Box::new(self.expr(separator)));
                let (var, _) = self.counter(var);
                StmtKind::ForEachString { var, source, separator, from_end: *from_end, body: self.loop_body(body) }
            }
            S::ForEachRecord { file, key, filter, body } => {
                // The file and its items are names of the analysis.
                if !matches!(self.lookup(&file.folded), Meaning::Var(..)) {
                    self.unknown_name(file);
                }
                key.iter().chain(filter).for_each(|e| {
                    self.expr(e);
                });
                self.loop_body(body);
                StmtKind::Unsupported(self.unsupported(CK::Hfsql, span))
            }
            S::ForEachRow { var, table, body, .. } => {
                self.expr(table);
                if let Some(v) = var {
                    self.counter(v);
                }
                self.loop_body(body);
                StmtKind::Unsupported(self.unsupported(CK::TableControl, span))
            }
            S::While { cond, body } => StmtKind::While { cond: self.expr(cond), body: self.loop_body(body) },
            S::Loop { count, body, do_while } => {
                let count = count.as_ref().map(|c| self.expr(c));
                let body = self.loop_body(body);
                StmtKind::Loop { count, body, do_while: do_while.as_ref().map(|c| Box::new(self.expr(c))) }
            }
            S::Break | S::Continue => {
                if self.scope().loops == 0 {
                    let what = self.spelled(span).to_owned();
                    self.errors.push(SourceError::OutsideLoop { what, span });
                }
                if matches!(stmt.kind, S::Break) { StmtKind::Break } else { StmtKind::Continue }
            }
            S::Return(value) => StmtKind::Return(value.as_ref().map(|v| self.expr(v))),
            S::WhenException { body, handler, otherwise } => StmtKind::WhenException {
                body: self.block(body),
                handler: self.block(handler),
                otherwise: otherwise.as_ref().map(|b| self.block(b)).unwrap_or_default(),
            },
            // Handled by `block`, which sees the statements after it.
            S::WhenExceptionGeneral { .. } => return,
            S::Using { body, .. } => StmtKind::Block(self.block(body)),
            S::CompileIf { branches, otherwise } => {
                for (_, b) in branches {
                    self.block(b);
                }
                if let Some(b) = otherwise {
                    self.block(b);
                }
                StmtKind::Unsupported(self.unsupported(CK::CompileIf, span))
            }
            // `EXCEPTION` alone is `ExceptionPropage()`.
            S::Propagate => match builtins::lookup("exceptionpropage") {
                Some(builtin) => {
                    let call = ExprKind::CallBuiltin { builtin, args: Vec::new(), name: self.written(span) };
                    StmtKind::Expr(ir::Expr { kind: call, span })
                }
                None => unreachable!("the errors family has ExceptionPropage"),
            },
            S::Delete(e) => match self.target(e) {
                Assignable::Target(target) => StmtKind::Free(target),
                Assignable::Error => return,
                Assignable::Unsupported(c) => StmtKind::Unsupported(c),
            },
            S::Section(section) => {
                // In the main code every variable is global already.
                if self.scopes.len() > 1 {
                    self.scope().global_section = *section == ast::ScopeSection::Global;
                }
                return;
            }
            S::Constants(constants) => {
                for c in constants {
                    let init = self.expr(&c.value);
                    let var = self.declare(&c.name, Ty::Variant);
                    let index = match var {
                        Var::Global(_) => 0,
                        _ => self.scopes.len() - 1,
                    };
                    if let Some(b) = self.scopes[index].vars.get_mut(&c.name.folded) {
                        b.constant = true;
                    }
                    out.push(ir::Stmt { kind: StmtKind::Declare { var, ty: Ty::Variant, init: Some(init) }, span });
                }
                return;
            }
            S::Structure(decl) => {
                for m in &decl.members {
                    self.member(m);
                }
                return;
            }
            S::Class(decl) => {
                for parent in &decl.parents {
                    if !matches!(self.types.get(&parent.name.folded), Some(UserType::Class(..))) {
                        self.errors.push(SourceError::UnknownType {
                            name: self.spelled(parent.name.span).into(),
                            span: parent.name.span,
                        });
                    }
                }
                for m in decl.members.iter().filter(|m| !m.global) {
                    self.member(m);
                }
                // Class members (`GLOBAL`) and constants start where the class is declared.
                for m in decl.members.iter().filter(|m| m.global) {
                    let ty = self.ty(&m.ty).0;
                    for n in &m.names {
                        let key = (decl.name.folded.clone(), n.folded.clone());
                        if let Some((var, _, _)) = self.objects.class_globals.get(&key).cloned() {
                            let init = m.default.as_ref().map(|d| self.expr(d));
                            out.push(ir::Stmt { kind: StmtKind::Declare { var, ty: ty.clone(), init }, span });
                        }
                    }
                }
                for c in &decl.constants {
                    let init = self.expr(&c.value);
                    if let Some((var, _, _)) =
                        self.objects.class_globals.get(&(decl.name.folded.clone(), c.name.folded.clone()))
                    {
                        out.push(ir::Stmt {
                            kind: StmtKind::Declare { var: *var, ty: Ty::Variant, init: Some(init) },
                            span,
                        });
                    }
                }
                return;
            }
            S::Enum(decl) => {
                for value in decl.values.iter().filter_map(|(_, v)| v.as_ref()) {
                    self.expr(value);
                }
                return;
            }
            // Declared by `body`'s pre-pass; nothing to run where it stands.
            S::InternalProcedure(_) => return,
        };
        // A construct of several lines is named by its first.
        let span = match kind {
            StmtKind::Unsupported(_) => self.first_line(span),
            _ => span,
        };
        out.push(ir::Stmt { kind, span });
    }

    fn first_line(&self, span: Span) -> Span {
        let len = self.spelled(span).lines().next().unwrap_or("").trim_end().len();
        Span::new(span.start as usize, span.start as usize + len)
    }

    /// A member of a structure or class: its type and default must resolve.
    fn member(&mut self, m: &ast::Member) {
        self.ty(&m.ty);
        if let Some(d) = &m.default {
            self.expr(d);
        }
    }

    fn case_item(&mut self, item: &ast::CaseItem) -> ir::CaseItem {
        match item {
            ast::CaseItem::Value(e) => ir::CaseItem::Value(self.expr(e)),
            ast::CaseItem::Range(a, b) => ir::CaseItem::Range(self.expr(a), self.expr(b)),
            ast::CaseItem::UpTo(e) => ir::CaseItem::UpTo(self.expr(e)),
            ast::CaseItem::Compare(op, e) => ir::CaseItem::Compare(*op, self.expr(e)),
            ast::CaseItem::Interval(i) => ir::CaseItem::Interval(self.interval(i)),
        }
    }

    fn interval(&mut self, i: &ast::Interval<ast::Expr>) -> ir::Interval {
        ir::Interval {
            low: self.expr(&i.low),
            low_strict: i.low_strict,
            high: self.expr(&i.high),
            high_strict: i.high_strict,
        }
    }

    fn target(&mut self, target: &ast::Expr) -> Assignable {
        match &target.kind {
            A::Name(name) => match self.lookup_used(name) {
                Meaning::Var(var, ty) => {
                    if self.binding(&name.folded).is_some_and(|b| b.constant) {
                        self.errors.push(SourceError::AssignConstant {
                            name: self.spelled(name.span).into(),
                            span: target.span,
                        });
                        return Assignable::Error;
                    }
                    Assignable::Target(Target::Var { var, ty })
                }
                Meaning::Member => self.own_member_target(name, target.span),
                Meaning::Type(ty) => Assignable::Unsupported(self.unsupported(ty.construct(), target.span)),
                Meaning::Unknown => {
                    self.unknown_name(name);
                    Assignable::Error
                }
                _ => {
                    self.errors.push(SourceError::NotAssignable { span: target.span });
                    Assignable::Error
                }
            },
            A::Index { .. } => self.index_target(target),
            // `MoiMême = v`: the value of the current control or object.
            A::MySelf => Assignable::Unsupported(self.unsupported(CK::Object, target.span)),
            A::MyWindow => Assignable::Unsupported(self.unsupported(CK::Window, target.span)),
            A::Member { base, name, sep } if self.is_object_member(base, *sep) => {
                self.object_member_target(base, name, *sep).unwrap_or(Assignable::Error)
            }
            A::Member { base, name, sep } if self.is_builtin_property(base, name, *sep) => {
                self.property_target(base, name, target.span)
            }
            A::Member { .. } | A::Indirection(_) => {
                // Resolving it reports its unknown names (`CLIENT` in `CLIENT.Nom = x`).
                let before = self.errors.len();
                match self.expr(target).kind {
                    ExprKind::Unsupported(c) => Assignable::Unsupported(c),
                    _ if self.errors.len() > before => Assignable::Error,
                    _ => {
                        self.errors.push(SourceError::NotAssignable { span: target.span });
                        Assignable::Error
                    }
                }
            }
            _ => {
                self.errors.push(SourceError::NotAssignable { span: target.span });
                Assignable::Error
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
            A::Decimal { digits, currency } => self.decimal_literal(digits, *currency, span),
            A::Duration(ms) => ExprKind::Const(Value::Duration(crate::value::Duration(*ms))),
            A::Str(s) => ExprKind::Const(Value::from(&**s)),
            A::DynamicString { literal, .. } if !self.dialect.dynamic_strings => {
                ExprKind::Const(Value::from(&**literal))
            }
            A::DynamicString { parts, .. } => ExprKind::Concat(
                parts
                    .iter()
                    .map(|part| match part {
                        ast::StrPart::Text(t) => ir::Expr { kind: ExprKind::Const(Value::from(&**t)), span },
                        ast::StrPart::Expr(e) => self.expr(e),
                    })
                    .collect(),
            ),
            // An export's string resource: its text is elsewhere; the reference stands for it.
            A::Resource(s) => ExprKind::Const(Value::from(&**s)),
            A::Bool(b) => ExprKind::Const(Value::Bool(*b)),
            A::Null => ExprKind::Const(Value::Null),
            A::Name(name) => match self.lookup_used(name) {
                Meaning::Var(var, _) => ExprKind::Var(var),
                Meaning::Proc(proc, env) => ExprKind::ProcValue { proc, env },
                Meaning::Const(value) => ExprKind::Const(value),
                // A function named without parentheses is called: `ErreurInfo`, `HeureSys`.
                Meaning::Builtin(_) => return self.call(name, &[], span),
                Meaning::Member => return self.own_member(name, span),
                Meaning::Type(ty) => ExprKind::Unsupported(self.unsupported(ty.construct(), span)),
                Meaning::Unknown => {
                    self.unknown_name(name);
                    ExprKind::Const(Value::Null)
                }
            },
            A::BuiltinName(name) => match builtins::constant(&name.folded) {
                Some(value) => ExprKind::Const(value),
                None => return self.call_builtin(name, &[], span),
            },
            A::MySelf => match self.self_var() {
                Some(var) => ExprKind::Var(var),
                None => ExprKind::Unsupported(self.unsupported(CK::Object, span)),
            },
            A::MyWindow => ExprKind::Unsupported(self.unsupported(CK::Window, span)),
            A::MyParameters => ExprKind::Unsupported(self.unsupported(CK::VariableParameters, span)),
            A::Unary(op, operand) => ExprKind::Unary(*op, Box::new(self.expr(operand))),
            A::Binary(op @ (ast::BinOp::ShiftLeft | ast::BinOp::ShiftRight), a, b) => {
                let name = if *op == ast::BinOp::ShiftLeft { "bitdecalegauche" } else { "bitdecaledroite" };
                match builtins::lookup(name) {
                    Some(builtin) => self.shift(builtin, a, b, self.written(span)),
                    None => unreachable!("the math family has the shifts"),
                }
            }
            A::Binary(op @ (BinOp::Eq | BinOp::Ne), a, b) if self.null_test(a, b).is_some() => {
                let value = self.null_test(a, b).expect("checked just above");
                ExprKind::IsNull { value: Box::new(self.expr(value)), negated: *op == BinOp::Ne }
            }
            A::Binary(op, a, b) => ExprKind::Binary(*op, Box::new(self.expr(a)), Box::new(self.expr(b))),
            A::Interval { value, bounds } => {
                ExprKind::Interval { value: Box::new(self.expr(value)), bounds: Box::new(self.interval(bounds)) }
            }
            A::Between { value, low, high } => ExprKind::Interval {
                value: Box::new(self.expr(value)),
                bounds: Box::new(ir::Interval {
                    low: self.expr(low),
                    low_strict: false,
                    high: self.expr(high),
                    high_strict: false,
                }),
            },
            A::In { value, list, negated } => {
                ExprKind::In { value: Box::new(self.expr(value)), list: self.exprs(list), negated: *negated }
            }
            A::Increment { target, delta, prefix } => match self.target(target) {
                Assignable::Target(t) => ExprKind::Increment { target: Box::new(t), delta: *delta, prefix: *prefix },
                Assignable::Error => ExprKind::Const(Value::Null),
                Assignable::Unsupported(c) => ExprKind::Unsupported(c),
            },
            A::Call { callee, args } => match &callee.kind {
                A::Name(name) => return self.call(name, args, span),
                A::BuiltinName(name) => return self.call_builtin(name, args, span),
                A::Member { base, name, sep } if self.is_method_call(base, name, *sep) => {
                    return self.method_call(base, name, *sep, args, span);
                }
                A::Member { .. } => {
                    // A method: its object and arguments must resolve.
                    let callee = self.expr(callee);
                    self.exprs(args);
                    match callee.kind {
                        ExprKind::Unsupported(c) => ExprKind::Unsupported(c),
                        _ => ExprKind::Unsupported(self.unsupported(CK::Object, span)),
                    }
                }
                _ => ExprKind::CallValue {
                    callee: Box::new(self.expr(callee)),
                    args: self.exprs(args),
                    name: self.spelled(callee.span).into(),
                },
            },
            A::Index { .. } => return self.index(e),
            A::Substring { base, from, to } => ExprKind::Substring {
                base: Box::new(self.expr(base)),
                from: Box::new(match from {
                    Some(from) => self.expr(from),
                    None => ir::Expr { kind: ExprKind::Const(Value::Int(1)), span },
                }),
                to: match to {
                    ast::SubstringEnd::Single => ir::SubstringEnd::Single,
                    ast::SubstringEnd::ToEnd => ir::SubstringEnd::ToEnd,
                    ast::SubstringEnd::To(e) => ir::SubstringEnd::To(Box::new(self.expr(e))),
                    ast::SubstringEnd::Length(e) => ir::SubstringEnd::Length(Box::new(self.expr(e))),
                },
            },
            A::Member { base, name, sep } => return self.member_access(base, name, *sep, span),
            A::Array(items) => ExprKind::Array(self.exprs(items)),
            A::Tuple(items) => ExprKind::Tuple(self.exprs(items)),
            A::Indirection(items) => {
                self.exprs(items);
                ExprKind::Unsupported(self.unsupported(CK::Indirection, span))
            }
            A::AddressOf(operand) => {
                self.expr(operand);
                ExprKind::Unsupported(self.unsupported(CK::Address, span))
            }
            A::New(ty) if types::type_word(&ty.name.folded) == Some(TypeWord::Array) => {
                return self.new_array(ty, span);
            }
            A::New(ty) => {
                let (ty_value, construct, _) = self.ty(ty);
                match (ty_value, construct) {
                    (Ty::Object { class, .. }, None) => {
                        let args = ty.args.as_ref().map(|a| self.exprs(a)).unwrap_or_default();
                        ExprKind::New { ty: Ty::Object { class, dynamic: true }, args }
                    }
                    (Ty::Struct(st), None) => ExprKind::New { ty: Ty::Struct(st), args: Vec::new() },
                    (_, construct) => {
                        ExprKind::Unsupported(construct.unwrap_or_else(|| self.unsupported(CK::DynamicObject, span)))
                    }
                }
            }
            A::SwitchExpr { subject, values, otherwise } => ExprKind::SwitchExpr {
                subject: Box::new(self.expr(subject)),
                values: self.exprs(values),
                otherwise: otherwise.as_ref().map(|o| Box::new(self.expr(o))),
            },
            A::Lambda { params, body } => {
                // Its parameters and the enclosing variables must resolve in its body.
                self.scopes.push(Scope::default());
                self.enter_block();
                for p in params {
                    self.declare(p, Ty::Variant);
                }
                self.expr(body);
                self.exit_block();
                self.scopes.pop();
                ExprKind::Unsupported(self.unsupported(CK::Lambda, span))
            }
        };
        ir::Expr { kind, span }
    }

    /// `a.b`, `a..b`, `o:b`, `C::b`, `o>>b`: the object's names must resolve, members of the
    /// script's types must exist; the element count of arrays and strings is the one property
    /// evaluated today.
    fn member_access(&mut self, base: &ast::Expr, name: &ast::Name, sep: MemberSep, span: Span) -> ir::Expr {
        if let Some(e) = self.object_member(base, name, sep, span) {
            return e;
        }
        if let Some(value) = self.enum_member(base, name, span) {
            return value;
        }
        let unsupported = |r: &Self, kind| ir::Expr { kind: ExprKind::Unsupported(r.unsupported(kind, span)), span };
        // The type of the object, when the script declares it.
        let owner: Option<Rc<str>> = match &base.kind {
            A::MySelf => self.class.clone(),
            A::Name(n) => match self.lookup_used(n) {
                Meaning::Type(_) => Some(n.folded.clone()),
                Meaning::Var(..) => self.binding(&n.folded).and_then(|b| b.object.clone()),
                _ => None,
            },
            _ => None,
        };
        if let Some(owner) = &owner
            && sep != MemberSep::DotDot
        {
            if self.type_has(owner, &name.folded) == Some(false) {
                // `:x` belongs to the class of the method: say which.
                let owner_span = match (&base.kind, self.types.get(owner)) {
                    (A::MySelf, Some(UserType::Class(decl, _))) => decl.name.span,
                    _ => base.span,
                };
                self.errors.push(SourceError::UnknownMember {
                    name: self.spelled(name.span).into(),
                    owner: self.spelled(owner_span).into(),
                    span: name.span,
                });
            }
            let kind = match self.types.get(owner).map(UserType::construct) {
                Some(CK::Class) if sep == MemberSep::Scope => CK::ClassMember,
                Some(kind) if matches!(base.kind, A::Name(_)) => kind,
                _ => CK::Object,
            };
            if !matches!(base.kind, A::MySelf | A::Name(_)) {
                self.expr(base);
            }
            return unsupported(self, kind);
        }
        if matches!(base.kind, A::MySelf) {
            return unsupported(self, CK::Object);
        }
        if matches!(base.kind, A::MyWindow) {
            return unsupported(self, CK::Window);
        }
        // An unknown object (a control, a window, a data file): say it is the object.
        if let A::Name(n) = &base.kind
            && matches!(self.lookup(&n.folded), Meaning::Unknown)
        {
            if !self.tolerated.contains(&n.folded) {
                self.errors.push(SourceError::UnknownObject { name: self.spelled(n.span).into(), span: n.span });
            }
            return unsupported(self, CK::Member);
        }
        if matches!(sep, MemberSep::Dot | MemberSep::DotDot)
            && let Some(prop) = keywords::property(&name.folded)
        {
            return self.property(base, prop, span);
        }
        self.expr(base);
        match sep {
            MemberSep::Automation => unsupported(self, CK::Automation),
            MemberSep::Scope => unsupported(self, CK::ClassMember),
            MemberSep::Colon => unsupported(self, CK::Object),
            MemberSep::Dot => unsupported(self, CK::Member),
            MemberSep::DotDot => unsupported(self, CK::Property),
        }
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
                match args {
                    [a, b] if matches!(builtin.en, "bitLeftShift" | "bitRightShift") => {
                        self.shift(builtin, a, b, spelled)
                    }
                    _ => {
                        let args = self.exprs(args);
                        match self.type_var(builtin, &args) {
                            Some(code) => ExprKind::Const(Value::Int(code)),
                            None => ExprKind::CallBuiltin { builtin, args, name: spelled },
                        }
                    }
                }
            }
            Meaning::Member => {
                let me = ast::Expr { kind: A::MySelf, span: name.span };
                return self.method_call(&me, name, MemberSep::Dot, args, span);
            }
            Meaning::Type(ty) => {
                self.exprs(args);
                ExprKind::Unsupported(self.unsupported(ty.construct(), span))
            }
            Meaning::Const(_) | Meaning::Unknown => {
                if !self.tolerated.contains(&name.folded) {
                    self.errors.push(SourceError::UnknownProcedure { name: spelled.to_string(), span: name.span });
                }
                self.exprs(args);
                ExprKind::Const(Value::Null)
            }
        };
        ir::Expr { kind, span }
    }
}

impl Resolver<'_> {
    /// `WL.Nom(...)`: the builtin, whatever the script declares.
    fn call_builtin(&mut self, name: &ast::Name, args: &[ast::Expr], span: Span) -> ir::Expr {
        let spelled: Rc<str> = self.spelled(name.span).into();
        let kind = match builtins::lookup(&name.folded) {
            Some(builtin) => {
                self.check_arity(&spelled, (builtin.min, builtin.max), args.len(), span);
                ExprKind::CallBuiltin { builtin, args: self.exprs(args), name: spelled }
            }
            None => {
                self.errors.push(SourceError::UnknownProcedure { name: spelled.to_string(), span: name.span });
                self.exprs(args);
                ExprKind::Const(Value::Null)
            }
        };
        ir::Expr { kind, span }
    }

    /// Reports a call with fewer than `min` or more than `max` arguments.
    fn check_arity(&mut self, name: &str, (min, max): (usize, usize), found: usize, span: Span) {
        if found < min || found > max {
            self.errors.push(SourceError::Arity { name: name.to_owned(), min, max, found, span });
        }
    }
}

/// What a member name means on an object of a class.
enum ClassMember {
    Field(u32, Ty),
    /// A class member (`GLOBAL`) or a constant.
    Global(Var, Ty, bool),
    Method,
    None,
}

impl Resolver<'_> {
    /// The variable holding the object of the method being resolved.
    fn self_var(&self) -> Option<Var> {
        self.class.as_ref()?;
        match self.lookup(SELF) {
            Meaning::Var(var, _) => Some(var),
            _ => None,
        }
    }

    fn class_type(&self, folded: &str) -> Option<Rc<ClassType>> {
        match self.objects.built.get(folded) {
            Some(Ty::Object { class, .. }) => Some(class.clone()),
            _ => None,
        }
    }

    /// What `name` is on an object of `class` (its own members, then its ancestors').
    fn class_member(&self, class: &Rc<ClassType>, name: &str) -> ClassMember {
        if let Some(i) = class.field(name) {
            return ClassMember::Field(i as u32, class.fields[i].ty.clone());
        }
        let mut c = Some(class.clone());
        while let Some(k) = c {
            if let Some((var, ty, constant)) = self.objects.class_globals.get(&(k.folded.clone(), name.into())) {
                return ClassMember::Global(*var, ty.clone(), *constant);
            }
            c = k.parent.clone();
        }
        if class.methods.contains_key(name) {
            return ClassMember::Method;
        }
        ClassMember::None
    }

    /// Reports a `PRIVÉ` or `PROTÉGÉ` member used where it may not be.
    fn check_access(&mut self, class: &Rc<ClassType>, index: usize, name: &ast::Name) {
        let Some(&(visibility, declaring)) = class.access.get(index) else { return };
        self.check_visibility(visibility, declaring, name);
    }

    fn check_visibility(&mut self, visibility: Visibility, declaring: usize, name: &ast::Name) {
        if visibility == Visibility::Public {
            return;
        }
        let here = self.current_class_any();
        let allowed = match (&here, visibility) {
            (Some(c), Visibility::Private) => c.id == declaring,
            (Some(c), _) => {
                let mut k = Some(c.clone());
                let mut found = false;
                while let Some(x) = k {
                    if x.id == declaring {
                        found = true;
                        break;
                    }
                    k = x.parent.clone();
                }
                found
            }
            (None, _) => false,
        };
        if !allowed {
            let class = self
                .objects
                .built
                .values()
                .find_map(|t| match t {
                    Ty::Object { class, .. } if class.id == declaring => Some(class.name.to_string()),
                    _ => None,
                })
                .unwrap_or_default();
            self.errors.push(SourceError::HiddenMember {
                name: self.spelled(name.span).into(),
                class,
                protected: visibility == Visibility::Protected,
                span: name.span,
            });
        }
    }

    /// The class whose method (global or not) is being resolved.
    fn current_class_any(&self) -> Option<Rc<ClassType>> {
        self.class_type(self.class.as_ref()?)
    }

    /// `objet` / `this` in a method: its object (when the script declares no such name).
    fn is_self_name(&self, folded: &str) -> bool {
        matches!(folded, "objet" | "this")
            && self.self_var().is_some()
            && matches!(self.lookup(folded), Meaning::Unknown)
    }

    /// `bitDécaleGauche`/`bitDécaleDroite`, called or between operands (page 1512009): the
    /// result has the size of `a`'s type, passed as a third argument: 64 bits for an 8-byte
    /// integer or a non-integer type, 32 for the other integers (`entier` is 4 bytes in WINDEV),
    /// 0 (the value decides) when the type is not known.
    fn shift(&mut self, builtin: &'static builtins::Builtin, a: &ast::Expr, b: &ast::Expr, name: Rc<str>) -> ExprKind {
        use crate::types::IntKind;
        let bits = match self.static_ty(a) {
            Some(Ty::Sized(IntKind::I64 | IntKind::U64)) => 64,
            Some(Ty::Int | Ty::Bool | Ty::Sized(_)) => 32,
            Some(Ty::Real | Ty::Real4 | Ty::Currency | Ty::Numeric(_)) => 64,
            _ => 0,
        };
        let bits = ir::Expr { kind: ExprKind::Const(Value::Int(bits)), span: a.span };
        ExprKind::CallBuiltin { builtin, args: vec![self.expr(a), self.expr(b), bits], name }
    }

    /// The static type of an object expression, when the resolver knows it.
    fn static_ty(&self, e: &ast::Expr) -> Option<Ty> {
        if let A::Name(n) = &e.kind
            && self.is_self_name(&n.folded)
        {
            return self.current_class().map(|class| Ty::Object { class, dynamic: true });
        }
        match &e.kind {
            A::Name(n) => match self.lookup(&n.folded) {
                Meaning::Var(_, ty) => Some(ty),
                Meaning::Member => {
                    let class = self.current_class_any()?;
                    match self.class_member(&class, &n.folded) {
                        ClassMember::Field(_, ty) | ClassMember::Global(_, ty, _) => Some(ty),
                        _ => None,
                    }
                }
                _ => None,
            },
            A::MySelf => self.current_class().map(|class| Ty::Object { class, dynamic: true }),
            A::Member { base, name, sep } if *sep != MemberSep::DotDot => match self.static_ty(base)? {
                Ty::Struct(st) | Ty::StructRef(st) => st.field(&name.folded).map(|i| st.fields[i].ty.clone()),
                Ty::Object { class, .. } => match self.class_member(&class, &name.folded) {
                    ClassMember::Field(_, ty) | ClassMember::Global(_, ty, _) => Some(ty),
                    _ => None,
                },
                Ty::Variant | Ty::Json => Some(Ty::Variant),
                _ => None,
            },
            A::Index { base, .. } => match self.static_ty(base)? {
                Ty::Array(elem) => Some((*elem).clone()),
                Ty::Assoc(assoc) => Some(assoc.elem.clone()),
                Ty::Variant | Ty::Json => Some(Ty::Variant),
                _ => None,
            },
            _ => None,
        }
    }

    /// The object expression itself (`MoiMême` is the method's object).
    fn object_expr(&mut self, base: &ast::Expr) -> ir::Expr {
        match (&base.kind, self.self_var()) {
            (A::MySelf, Some(var)) => ir::Expr { kind: ExprKind::Var(var), span: base.span },
            (A::Name(n), Some(var)) if self.is_self_name(&n.folded) => {
                ir::Expr { kind: ExprKind::Var(var), span: base.span }
            }
            _ => self.expr(base),
        }
    }

    /// `Classe::membre` / `Classe.membre`: a class member or constant.
    fn class_scope_member(&mut self, class: &Rc<ClassType>, name: &ast::Name, span: Span) -> ir::Expr {
        match self.class_member(class, &name.folded) {
            ClassMember::Global(var, _, _) => ir::Expr { kind: ExprKind::Var(var), span },
            ClassMember::Method => self.method_call_on_class(class, name, &[], span),
            _ => {
                self.errors.push(SourceError::UnknownMember {
                    name: self.spelled(name.span).into(),
                    owner: class.name.to_string(),
                    span: name.span,
                });
                ir::Expr { kind: ExprKind::Const(Value::Null), span }
            }
        }
    }

    /// `a.b` (and `a:b`, `C::b`) when `a` is a structure, an object, a class, or a value whose
    /// type is only known when the program runs; `None` for the other values (properties).
    fn object_member(&mut self, base: &ast::Expr, name: &ast::Name, sep: MemberSep, span: Span) -> Option<ir::Expr> {
        if matches!(sep, MemberSep::DotDot | MemberSep::Automation) {
            return None;
        }
        if let A::Name(n) = &base.kind
            && let Meaning::Type(UserType::Class(..)) = self.lookup(&n.folded)
        {
            let class = self.class_type(&n.folded)?;
            return Some(self.class_scope_member(&class, name, span));
        }
        let ty = self.static_ty(base)?;
        let field = |r: &mut Self, index: u32| {
            let base = Box::new(r.object_expr(base));
            ir::Expr { kind: ExprKind::Field { base, index }, span }
        };
        match ty {
            Ty::Struct(st) | Ty::StructRef(st) => Some(match st.field(&name.folded) {
                Some(i) => field(self, i as u32),
                None => {
                    self.errors.push(SourceError::UnknownMember {
                        name: self.spelled(name.span).into(),
                        owner: st.name.to_string(),
                        span: name.span,
                    });
                    ir::Expr { kind: ExprKind::Const(Value::Null), span }
                }
            }),
            Ty::Object { class, .. } => Some(match self.class_member(&class, &name.folded) {
                ClassMember::Field(i, _) => {
                    self.check_access(&class, i as usize, name);
                    field(self, i)
                }
                ClassMember::Global(var, _, _) => ir::Expr { kind: ExprKind::Var(var), span },
                // A method named without parentheses is called.
                ClassMember::Method => return Some(self.method_call(base, name, sep, &[], span)),
                ClassMember::None => {
                    self.errors.push(SourceError::UnknownMember {
                        name: self.spelled(name.span).into(),
                        owner: class.name.to_string(),
                        span: name.span,
                    });
                    ir::Expr { kind: ExprKind::Const(Value::Null), span }
                }
            }),
            Ty::Variant | Ty::Json if matches!(sep, MemberSep::Dot | MemberSep::Colon) => {
                let base = Box::new(self.object_expr(base));
                let spelled: Rc<str> = self.spelled(name.span).into();
                Some(ir::Expr { kind: ExprKind::DynField { base, name: name.folded.clone(), spelled }, span })
            }
            _ => None,
        }
    }

    /// `a.b = v` for the members `object_member` resolves.
    fn object_member_target(&mut self, base: &ast::Expr, name: &ast::Name, sep: MemberSep) -> Option<Assignable> {
        if matches!(sep, MemberSep::DotDot | MemberSep::Automation) {
            return None;
        }
        if let A::Name(n) = &base.kind
            && let Meaning::Type(UserType::Class(..)) = self.lookup(&n.folded)
        {
            let class = self.class_type(&n.folded)?;
            return Some(match self.class_member(&class, &name.folded) {
                ClassMember::Global(var, ty, false) => Assignable::Target(Target::Var { var, ty }),
                _ => {
                    self.errors.push(SourceError::NotAssignable { span: name.span });
                    Assignable::Error
                }
            });
        }
        let ty = self.static_ty(base)?;
        match ty {
            Ty::Struct(st) | Ty::StructRef(st) => Some(match st.field(&name.folded) {
                Some(i) => Assignable::Target(Target::Field {
                    base: Box::new(self.object_expr(base)),
                    index: i as u32,
                    ty: st.fields[i].ty.clone(),
                }),
                None => {
                    self.errors.push(SourceError::UnknownMember {
                        name: self.spelled(name.span).into(),
                        owner: st.name.to_string(),
                        span: name.span,
                    });
                    Assignable::Error
                }
            }),
            Ty::Object { class, .. } => Some(match self.class_member(&class, &name.folded) {
                ClassMember::Field(i, ty) => {
                    self.check_access(&class, i as usize, name);
                    Assignable::Target(Target::Field { base: Box::new(self.object_expr(base)), index: i, ty })
                }
                ClassMember::Global(var, ty, false) => Assignable::Target(Target::Var { var, ty }),
                ClassMember::Global(..) | ClassMember::Method => {
                    self.errors.push(SourceError::NotAssignable { span: name.span });
                    Assignable::Error
                }
                ClassMember::None => {
                    self.errors.push(SourceError::UnknownMember {
                        name: self.spelled(name.span).into(),
                        owner: class.name.to_string(),
                        span: name.span,
                    });
                    Assignable::Error
                }
            }),
            Ty::Variant | Ty::Json if matches!(sep, MemberSep::Dot | MemberSep::Colon) => {
                // A variant or a JSON variable without members yet is given its first one.
                let json = ty == Ty::Json;
                let spelled: Rc<str> = self.spelled(name.span).into();
                Some(Assignable::Target(Target::DynField {
                    base: Box::new(self.object_expr(base)),
                    name: name.folded.clone(),
                    spelled,
                    json,
                }))
            }
            _ => None,
        }
    }

    /// Whether `base.x` is a member `object_member` resolves (without resolving it).
    fn is_object_member(&self, base: &ast::Expr, sep: MemberSep) -> bool {
        if matches!(sep, MemberSep::DotDot | MemberSep::Automation) {
            return false;
        }
        if let A::Name(n) = &base.kind
            && let Meaning::Type(UserType::Class(..)) = self.lookup(&n.folded)
        {
            return true;
        }
        match self.static_ty(base) {
            Some(Ty::Struct(_) | Ty::StructRef(_) | Ty::Object { .. }) => true,
            Some(Ty::Variant | Ty::Json) => matches!(sep, MemberSep::Dot | MemberSep::Colon),
            _ => false,
        }
    }

    /// A bare member name inside a method: a member of its object, a class member, a method.
    fn own_member(&mut self, name: &ast::Name, span: Span) -> ir::Expr {
        let me = ast::Expr { kind: A::MySelf, span: name.span };
        if let Some(class) = self.current_class_any()
            && let ClassMember::Global(var, _, _) = self.class_member(&class, &name.folded)
        {
            return ir::Expr { kind: ExprKind::Var(var), span };
        }
        match self.object_member(&me, name, MemberSep::Colon, span) {
            Some(e) => e,
            None => ir::Expr { kind: ExprKind::Unsupported(self.unsupported(CK::Object, span)), span },
        }
    }

    fn own_member_target(&mut self, name: &ast::Name, span: Span) -> Assignable {
        if let Some(class) = self.current_class_any()
            && let ClassMember::Global(var, ty, false) = self.class_member(&class, &name.folded)
        {
            return Assignable::Target(Target::Var { var, ty });
        }
        let me = ast::Expr { kind: A::MySelf, span: name.span };
        self.object_member_target(&me, name, MemberSep::Colon)
            .unwrap_or_else(|| Assignable::Unsupported(self.unsupported(CK::Object, span)))
    }

    /// `Ancêtre` / `Ancestor` in a method of a derived class: its parent class.
    fn ancestor_of(&self, base: &ast::Expr) -> Option<Rc<ClassType>> {
        let A::Name(n) = &base.kind else { return None };
        if !matches!(&*n.folded, "ancetre" | "ancestor") || !matches!(self.lookup(&n.folded), Meaning::Unknown) {
            return None;
        }
        self.current_class()?.parent.clone()
    }

    /// Whether `base.name(...)` is a method call this resolver handles.
    fn is_method_call(&self, base: &ast::Expr, _name: &ast::Name, sep: MemberSep) -> bool {
        if matches!(sep, MemberSep::DotDot | MemberSep::Automation) {
            return false;
        }
        if self.ancestor_of(base).is_some() {
            return true;
        }
        if let A::Name(n) = &base.kind
            && let Meaning::Type(UserType::Class(..)) = self.lookup(&n.folded)
        {
            return true;
        }
        matches!(
            self.static_ty(base),
            Some(Ty::Object { .. } | Ty::Variant | Ty::Json | Ty::Struct(_) | Ty::StructRef(_))
        )
    }

    /// `o.M(args)`, `:M(args)`, `Classe::M(args)`.
    fn method_call(
        &mut self,
        base: &ast::Expr,
        name: &ast::Name,
        sep: MemberSep,
        args: &[ast::Expr],
        span: Span,
    ) -> ir::Expr {
        // `Ancêtre.Méthode()`: the method of the class this one derives from.
        if let Some(parent) = self.ancestor_of(base) {
            return self.method_call_on_class(&parent, name, args, span);
        }
        if let A::Name(n) = &base.kind
            && let Meaning::Type(UserType::Class(..)) = self.lookup(&n.folded)
            && let Some(class) = self.class_type(&n.folded)
        {
            return self.method_call_on_class(&class, name, args, span);
        }
        let spelled: Rc<str> = self.spelled(name.span).into();
        match self.static_ty(base) {
            Some(Ty::Object { class, .. }) => match class.methods.get(&name.folded).cloned() {
                Some(method) => {
                    self.check_visibility(method.visibility, method.class, name);
                    let sig = self.signatures[method.proc].clone();
                    self.check_arity(&spelled, (sig.required, sig.params), args.len(), span);
                    if method.global {
                        let args = self.exprs(args);
                        return ir::Expr {
                            kind: ExprKind::CallProc { proc: method.proc, env: Env::Global, args, name: spelled },
                            span,
                        };
                    }
                    let object = Box::new(self.object_expr(base));
                    let args = self.exprs(args);
                    ir::Expr {
                        kind: ExprKind::CallMethod {
                            object,
                            method: name.folded.clone(),
                            proc: None,
                            args,
                            name: spelled,
                        },
                        span,
                    }
                }
                None => {
                    let _ = sep;
                    self.errors.push(SourceError::UnknownMember {
                        name: spelled.to_string(),
                        owner: class.name.to_string(),
                        span: name.span,
                    });
                    self.exprs(args);
                    ir::Expr { kind: ExprKind::Const(Value::Null), span }
                }
            },
            Some(Ty::Struct(_) | Ty::StructRef(_)) => {
                self.errors.push(SourceError::NotAMethod { name: spelled.to_string(), span: name.span });
                self.exprs(args);
                ir::Expr { kind: ExprKind::Const(Value::Null), span }
            }
            // The object's class is known when the call runs.
            _ => {
                let object = Box::new(self.object_expr(base));
                let args = self.exprs(args);
                ir::Expr {
                    kind: ExprKind::CallMethod { object, method: name.folded.clone(), proc: None, args, name: spelled },
                    span,
                }
            }
        }
    }

    /// `Classe::M(args)` / `Classe.M(args)`: a global method, or, inside a method of a class
    /// derived from `Classe`, its ancestor's method on the same object.
    fn method_call_on_class(
        &mut self,
        class: &Rc<ClassType>,
        name: &ast::Name,
        args: &[ast::Expr],
        span: Span,
    ) -> ir::Expr {
        let spelled: Rc<str> = self.spelled(name.span).into();
        // `Constructeur CBase(args)` / `CBase::Constructeur(args)`: the ancestor's constructor.
        let constructor = match &*name.folded {
            "constructeur" | "constructor" => class.constructor.map(|proc| Method {
                proc,
                class: class.id,
                visibility: Visibility::Public,
                global: false,
            }),
            _ => None,
        };
        let Some(method) = constructor.or_else(|| class.methods.get(&name.folded).cloned()) else {
            self.errors.push(SourceError::UnknownMember {
                name: spelled.to_string(),
                owner: class.name.to_string(),
                span: name.span,
            });
            self.exprs(args);
            return ir::Expr { kind: ExprKind::Const(Value::Null), span };
        };
        self.check_visibility(method.visibility, method.class, name);
        let sig = self.signatures[method.proc].clone();
        self.check_arity(&spelled, (sig.required, sig.params), args.len(), span);
        if method.global {
            let args = self.exprs(args);
            return ir::Expr {
                kind: ExprKind::CallProc { proc: method.proc, env: Env::Global, args, name: spelled },
                span,
            };
        }
        match self.self_var() {
            Some(var) if self.current_class().is_some_and(|c| c.derives_from(class)) => {
                let object = Box::new(ir::Expr { kind: ExprKind::Var(var), span });
                let args = self.exprs(args);
                ir::Expr {
                    kind: ExprKind::CallMethod {
                        object,
                        method: name.folded.clone(),
                        proc: Some(method.proc),
                        args,
                        name: spelled,
                    },
                    span,
                }
            }
            _ => {
                self.errors.push(SourceError::NotAMethod { name: spelled.to_string(), span: name.span });
                self.exprs(args);
                ir::Expr { kind: ExprKind::Const(Value::Null), span }
            }
        }
    }
}

/// The folded name of a method's own object (`MoiMême`): no identifier can be spelled so.
const SELF: &str = "\u{0}moimeme";

impl Resolver<'_> {
    /// The class whose (non-global) method is being resolved.
    fn current_class(&self) -> Option<Rc<ClassType>> {
        match self.objects.built.get(self.class.as_ref()?) {
            Some(Ty::Object { class, .. }) => Some(class.clone()),
            _ => None,
        }
    }

    /// Builds the types of the script's structures and classes, in the order they are written.
    fn build_types(&mut self, program: &ast::Program, first_new: ProcId) {
        let mut order: Vec<(u32, Rc<str>)> = self
            .types
            .iter()
            .filter_map(|(name, t)| match t {
                UserType::Structure(d) => Some((d.span.start, name.clone())),
                UserType::Class(d, _) => Some((d.span.start, name.clone())),
                UserType::Enum(_) => None,
            })
            .collect();
        order.sort();
        let mods: HashMap<ProcId, (Visibility, bool)> = program
            .procedures
            .iter()
            .zip(first_new..)
            .filter(|(p, _)| p.class.is_some())
            .map(|(p, id)| {
                let has = |m| p.modifiers.iter().any(|(x, _)| *x == m);
                let visibility = if has(ast::Modifier::Private) {
                    Visibility::Private
                } else if has(ast::Modifier::Protected) {
                    Visibility::Protected
                } else {
                    Visibility::Public
                };
                (id, (visibility, has(ast::Modifier::Global)))
            })
            .collect();
        self.method_mods.extend(mods);
        for (_, name) in order {
            self.build_type(&name, 0);
        }
    }

    /// The type of a structure or class of the script (built on first use: members may be of
    /// other such types). `None` for an enumeration, or types nested too deep. A member of the
    /// type being built (`suivant est un CNoeud dynamique` in `CNoeud`, `tableau de ST` in `ST`,
    /// directly or through other types) is a variant: it holds such values, its members are
    /// found by name when running.
    fn build_type(&mut self, folded: &Rc<str>, depth: usize) -> Option<Ty> {
        if let Some(ty) = self.objects.built.get(folded) {
            return Some(ty.clone());
        }
        if self.building.contains(folded) {
            return Some(Ty::Variant);
        }
        if depth > 32 {
            return None;
        }
        let user = self.types.get(folded).cloned()?;
        self.building.push(folded.clone());
        let ty = self.build_user_type(folded, user, depth);
        self.building.pop();
        ty
    }

    fn build_user_type(&mut self, folded: &Rc<str>, user: UserType, depth: usize) -> Option<Ty> {
        match user {
            UserType::Structure(decl) => {
                let mut fields = Vec::new();
                for m in &decl.members {
                    let ty = self.member_ty(&m.ty, depth);
                    for n in &m.names {
                        fields.push(Field {
                            name: self.spelled(n.span).into(),
                            folded: n.folded.clone(),
                            ty: ty.clone(),
                        });
                    }
                }
                let id = self.objects.structs.len();
                self.objects.structs.push(Rc::default());
                let ty = Ty::Struct(Rc::new(StructType {
                    name: self.spelled(decl.name.span).into(),
                    id,
                    fields,
                    aliases: Vec::new(),
                }));
                self.objects.built.insert(folded.clone(), ty.clone());
                Some(ty)
            }
            UserType::Class(decl, methods) => {
                let parent = match decl.parents.first() {
                    Some(p) => match self.build_type(&p.name.folded, depth + 1) {
                        Some(Ty::Object { class, .. }) => Some(class),
                        _ => None,
                    },
                    None => None,
                };
                let id = self.objects.classes.len();
                self.objects.classes.push(Rc::default());
                let (mut fields, mut access, mut all_methods) = match &parent {
                    Some(p) => (p.fields.clone(), p.access.clone(), p.methods.clone()),
                    None => (Vec::new(), Vec::new(), HashMap::new()),
                };
                for m in decl.members.iter().filter(|m| !m.global) {
                    let ty = self.member_ty(&m.ty, depth);
                    let visibility = visibility(m.visibility);
                    for n in &m.names {
                        fields.push(Field {
                            name: self.spelled(n.span).into(),
                            folded: n.folded.clone(),
                            ty: ty.clone(),
                        });
                        access.push((visibility, id));
                    }
                }
                let (mut constructor, mut destructor) = (None, None);
                for (name, &proc) in &methods {
                    match &**name {
                        "constructeur" | "constructor" => constructor = Some(proc),
                        "destructeur" | "destructor" => destructor = Some(proc),
                        _ => {
                            let (visibility, global) =
                                self.method_mods.get(&proc).copied().unwrap_or((Visibility::Public, false));
                            all_methods.insert(name.clone(), Method { proc, class: id, visibility, global });
                        }
                    }
                }
                let class = Rc::new(ClassType {
                    name: self.spelled(decl.name.span).into(),
                    folded: folded.clone(),
                    id,
                    parent,
                    fields,
                    access,
                    methods: all_methods,
                    constructor,
                    destructor,
                });
                let ty = Ty::Object { class, dynamic: false };
                self.objects.built.insert(folded.clone(), ty.clone());
                // Class members (`GLOBAL`) and constants live in hidden globals.
                for m in decl.members.iter().filter(|m| m.global) {
                    let ty = self.member_ty(&m.ty, depth);
                    for n in &m.names {
                        self.class_global(folded, n, ty.clone(), false);
                    }
                }
                for c in &decl.constants {
                    self.class_global(folded, &c.name, Ty::Variant, true);
                }
                Some(ty)
            }
            UserType::Enum(_) => None,
        }
    }

    /// An object variable local to a procedure whose class has a destructor: destroyed when the
    /// call ends.
    fn note_destructor(&mut self, var: Var, ty: &Ty) {
        if let (Var::Local(slot), Ty::Object { class, dynamic: false }) = (var, ty)
            && class.has_destructor()
        {
            self.scope().destroy.push(slot);
        }
    }

    /// A use of a script type in a declaration: indexed, then built.
    fn user_type(&mut self, name: &ast::Name) -> Option<Ty> {
        self.index_type_use(name);
        self.build_type(&name.folded, 0)
    }

    /// A hidden global for a class member or constant: `Classe::membre`.
    fn class_global(&mut self, class: &Rc<str>, name: &ast::Name, ty: Ty, constant: bool) {
        let slot = self.scopes[0].slots.len() as u32;
        self.scopes[0].slots.push(ty.clone());
        self.objects.class_globals.insert((class.clone(), name.folded.clone()), (Var::Global(slot), ty, constant));
    }

    /// The type of a member: as `ty`, but a script type is built (not looked up).
    fn member_ty(&mut self, t: &ast::TypeRef, depth: usize) -> Ty {
        // A member naming a type being built (`suivant est un CNoeud dynamique` in `CNoeud`): a
        // reference holds it as a variant; a structure or class cannot contain itself.
        if self.building.contains(&t.name.folded) {
            if t.has(Qualifier::Dynamic) {
                return Ty::Variant;
            }
            self.errors.push(SourceError::ContainsItself { name: self.spelled(t.name.span).into(), span: t.name.span });
            return Ty::Variant;
        }
        if types::type_word(&t.name.folded).is_none()
            && let Some(ty) = self.build_type(&t.name.folded, depth + 1)
        {
            return match ty {
                Ty::Object { class, .. } => Ty::Object { class, dynamic: t.has(Qualifier::Dynamic) },
                Ty::Struct(st) if t.has(Qualifier::Dynamic) => Ty::StructRef(st),
                ty => ty,
            };
        }
        self.ty(t).0
    }

    /// The members' initial values of every structure and class built so far (resolved as the
    /// main code sees names).
    fn type_inits(&mut self) {
        let built: Vec<Ty> = self.objects.built.values().cloned().collect();
        for ty in built {
            let (decl_members, id, is_struct, first) = match &ty {
                Ty::Struct(st) => match self.types.get(&fold_name(&st.name)) {
                    Some(UserType::Structure(d)) => (d.members.clone(), st.id, true, 0),
                    _ => continue,
                },
                Ty::Object { class, .. } => match self.types.get(&class.folded) {
                    Some(UserType::Class(d, _)) => {
                        let first = class.parent.as_ref().map_or(0, |p| p.fields.len());
                        (d.members.clone(), class.id, false, first)
                    }
                    _ => continue,
                },
                _ => continue,
            };
            let done = if is_struct { &self.objects.structs[id] } else { &self.objects.classes[id] };
            if !done.fields.is_empty() {
                continue;
            }
            // A class's object starts with its ancestor's members, which the ancestor sets.
            let mut fields: Vec<Option<ir::Expr>> = (0..first).map(|_| None).collect();
            for m in decl_members.iter().filter(|m| is_struct || !m.global) {
                for _ in &m.names {
                    fields.push(m.default.as_ref().map(|d| self.expr(d)));
                }
            }
            let init = Rc::new(ir::TypeInit { fields });
            if is_struct {
                self.objects.structs[id] = init;
            } else {
                self.objects.classes[id] = init;
            }
        }
    }
}

/// Whether a variable of this type starts with a value of its own that must be built
/// (a structure, an object that is not dynamic).
/// `CAS a OU b` (the `OU` keyword of SELON, page 1510008): either value matches, as `CAS a, b`.
/// Under `SELON Vrai` this is the logical `OU` it reads as.
fn case_alternatives(item: &ast::CaseItem) -> Vec<ast::CaseItem> {
    fn split(e: &ast::Expr, out: &mut Vec<ast::CaseItem>) {
        match &e.kind {
            A::Binary(ast::BinOp::Or, a, b) => {
                split(a, out);
                split(b, out);
            }
            _ => out.push(ast::CaseItem::Value(e.clone())),
        }
    }
    let mut out = Vec::new();
    match item {
        ast::CaseItem::Value(e) => split(e, &mut out),
        other => out.push(other.clone()),
    }
    out
}

fn needs_construction(ty: &Ty) -> bool {
    matches!(ty, Ty::Struct(_) | Ty::Object { dynamic: false, .. })
}

fn fold_name(name: &str) -> Rc<str> {
    keywords::fold(name).into()
}

fn visibility(m: ast::Modifier) -> Visibility {
    match m {
        ast::Modifier::Private => Visibility::Private,
        ast::Modifier::Protected => Visibility::Protected,
        _ => Visibility::Public,
    }
}

/// The internal procedures declared anywhere in a body (not inside other procedures).
fn collect_internal(body: &ast::Body, out: &mut Vec<Rc<ast::Procedure>>) {
    let roots = body.block.iter().chain(body.sections.iter().flat_map(|s| &s.body)).map(Node::Stmt);
    visit::walk(roots, &mut |node, _| match node {
        Node::Stmt(stmt) => match &stmt.kind {
            S::InternalProcedure(p) => {
                out.push(p.clone());
                false
            }
            _ => true,
        },
        // Statements live only in statements.
        _ => false,
    });
}

// ---------------------------------------------------------------- data model
//
// Arrays of several dimensions and with options, associative arrays, enumerations and
// combinations, properties of builtin values, several values at once (`(x, y) = P()`), `<=`.

/// The enumerations and combinations the script declares: their types by folded name, and their
/// values by folded name (`Marche` is usable alone, as WLanguage allows).
#[derive(Default, Clone)]
struct Enums {
    types: HashMap<Rc<str>, Rc<types::EnumType>>,
    values: HashMap<Rc<str>, Value>,
}

/// The prefix of the hidden variable that holds the key of `POUR TOUT v DE t` for `v..Clé`
/// (no name of a script can contain it).
const KEY_SLOT: &str = "\u{1}key\u{1}";

impl Resolver<'_> {
    /// Makes an enumeration's type and values known (hoisted with the other types).
    fn declare_enum(&mut self, decl: &ast::EnumDecl) {
        let literal = |e: &ast::Expr| -> Option<types::Literal> {
            Some(match &e.kind {
                A::Int(n) => types::Literal::Int(*n),
                A::Real(x) => types::Literal::Real(*x),
                A::Str(s) => types::Literal::Str(s.clone()),
                A::Unary(ast::UnOp::Neg, inner) => match inner.kind {
                    A::Int(n) => types::Literal::Int(-n),
                    A::Real(x) => types::Literal::Real(-x),
                    _ => return None,
                },
                _ => return None,
            })
        };
        let combination = decl.kind == ast::EnumKind::Combination;
        let ty = Rc::new(types::EnumType {
            name: self.spelled(decl.name.span).into(),
            id: self.next_enum_id(),
            combination,
            cases: decl.values.iter().map(|(n, _)| Rc::from(self.spelled(n.span))).collect(),
            values: decl.values.iter().map(|(_, v)| v.as_ref().and_then(literal)).collect(),
        });
        if combination && decl.values.len() > 64 {
            self.errors.push(SourceError::UnknownType { name: self.spelled(decl.name.span).into(), span: decl.span });
        }
        for (i, (name, _)) in decl.values.iter().enumerate().take(64) {
            let bits = if combination { 1u64 << i } else { i as u64 };
            let value = Value::Enum(Rc::new(crate::value::EnumValue { ty: ty.clone(), bits }));
            self.enums.values.entry(name.folded.clone()).or_insert(value);
        }
        self.enums.types.insert(decl.name.folded.clone(), ty);
    }

    /// A number no enumeration of the session has yet.
    fn next_enum_id(&self) -> usize {
        self.enums.types.values().map(|t| t.id + 1).max().unwrap_or(0)
    }

    /// The type of a variable of the enumeration `folded`.
    fn enum_type(&self, folded: &str) -> Ty {
        match self.enums.types.get(folded) {
            Some(e) => Ty::Enum(e.clone()),
            None => Ty::Variant,
        }
    }

    /// `TypeRobot.Marche`: a value of an enumeration named with its type.
    fn enum_member(&mut self, base: &ast::Expr, name: &ast::Name, span: Span) -> Option<ir::Expr> {
        let A::Name(type_name) = &base.kind else { return None };
        if !matches!(self.lookup(&type_name.folded), Meaning::Type(UserType::Enum(_))) {
            return None;
        }
        let ty = self.enums.types.get(&type_name.folded)?.clone();
        match ty.cases.iter().position(|c| keywords::fold(c) == *name.folded) {
            Some(i) => {
                let bits = if ty.combination { 1u64 << i } else { i as u64 };
                let value = Value::Enum(Rc::new(crate::value::EnumValue { ty, bits }));
                Some(ir::Expr { kind: ExprKind::Const(value), span })
            }
            None => {
                self.errors.push(SourceError::UnknownMember {
                    name: self.spelled(name.span).into(),
                    owner: self.spelled(type_name.span).into(),
                    span: name.span,
                });
                Some(ir::Expr { kind: ExprKind::Const(Value::Null), span })
            }
        }
    }

    /// `Poste1 = 1` where `Poste1` is of an enumeration: an error before running (page 1514067).
    /// Only values whose type is known here are checked; others are checked when assigned.
    fn check_enum_value(&mut self, ty: &Ty, value: &ir::Expr) {
        let Ty::Enum(e) = ty else { return };
        let found = match &value.kind {
            ExprKind::Const(Value::Enum(v)) if v.ty.id == e.id => return,
            // A combination may hold no option: `= 0`.
            ExprKind::Const(Value::Int(0)) if e.combination => return,
            // Unknown (already reported) or Null: checked when assigned.
            ExprKind::Const(Value::Null) => return,
            ExprKind::Const(v) => v.ty(),
            _ => match self.static_type(value) {
                Some(Ty::Enum(other)) if other.id == e.id => return,
                Some(Ty::Variant) | None => return,
                Some(other) => other,
            },
        };
        self.errors.push(SourceError::EnumValueExpected {
            name: e.name.to_string(),
            found: (found.words(crate::lang::Lang::En), found.words(crate::lang::Lang::Fr)),
            span: value.span,
        });
    }

    /// What an expression's type is known to be before running, if anything.
    fn static_type(&self, e: &ir::Expr) -> Option<Ty> {
        match &e.kind {
            ExprKind::Const(Value::Null) => None,
            ExprKind::Const(v) => Some(v.ty()),
            ExprKind::Var(var) => {
                let (scope, slot) = match *var {
                    Var::Local(slot) => (self.scopes.len() - 1, slot),
                    Var::Global(slot) => (0, slot),
                    Var::Outer { depth, slot } => (self.scopes.len() - 1 - depth as usize, slot),
                };
                self.scopes.get(scope)?.slots.get(slot as usize).cloned()
            }
            ExprKind::Binary(op, a, b) => {
                let (a, b) = (self.static_type(a)?, self.static_type(b)?);
                match op {
                    BinOp::Add | BinOp::Sub if matches!(a, Ty::Enum(_)) && a == b => Some(a),
                    BinOp::Add if a == Ty::Str || b == Ty::Str => Some(Ty::Str),
                    BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Mod if a == Ty::Int && b == Ty::Int => Some(Ty::Int),
                    BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div
                        if matches!(a, Ty::Int | Ty::Real) && matches!(b, Ty::Int | Ty::Real) =>
                    {
                        Some(Ty::Real)
                    }
                    _ => None,
                }
            }
            ExprKind::Concat(_) => Some(Ty::Str),
            _ => None,
        }
    }

    /// `TypeVar(v)` of a variable declared with a type: that type's code (a `monétaire` holds
    /// the same values as a `numérique`, only its declaration tells them apart). A variant's
    /// is its content's, known when running.
    fn type_var(&self, builtin: &builtins::Builtin, args: &[ir::Expr]) -> Option<i64> {
        match args {
            [arg] if builtin.fr == "TypeVar" => self.declared_type_code(arg),
            _ => None,
        }
    }

    /// The type code of a variable declared with a type (not a variant).
    fn declared_type_code(&self, e: &ir::Expr) -> Option<i64> {
        if !matches!(e.kind, ExprKind::Var(_)) {
            return None;
        }
        match self.static_type(e)? {
            Ty::Variant | Ty::Json | Ty::Null => None,
            ty => Some(crate::value::property::type_code(&ty)),
        }
    }

    /// `SOIT x = valeur`: the variable takes the type of the value when it is known here
    /// (`SOIT n = 5` is an integer; page 3087003), else it is a variant.
    fn inferred_type(&self, init: &ir::Expr) -> Ty {
        match self.static_type(init) {
            Some(
                ty @ (Ty::Int | Ty::Real | Ty::Str | Ty::Bool | Ty::Date | Ty::Time | Ty::DateTime | Ty::Duration),
            ) => ty,
            Some(Ty::Numeric(d)) => Ty::Numeric(d),
            _ => Ty::Variant,
        }
    }

    /// `x = Null` / `x <> Null` where `x` is a variant: the operand tested (on a variant, Null
    /// means "not assigned"; on a number it means 0, which `=` already compares).
    fn null_test<'e>(&self, a: &'e ast::Expr, b: &'e ast::Expr) -> Option<&'e ast::Expr> {
        let value = match (&a.kind, &b.kind) {
            (A::Null, A::Null) => return None,
            (_, A::Null) => a,
            (A::Null, _) => b,
            _ => return None,
        };
        let A::Name(name) = &value.kind else { return None };
        match self.lookup(&name.folded) {
            Meaning::Var(_, Ty::Variant) => Some(value),
            _ => None,
        }
    }

    /// The value a declaration without `= ...` starts with, when its type alone does not say it:
    /// `tableau de 3 par 4 entiers`, `tableau <agrandissement=1> d'entiers`, `tableau fixe de 3
    /// entiers`, `tableau associatif (AvecDoublon, -1) de ...`.
    fn initial_value(
        &mut self,
        t: &ast::TypeRef,
        ty: &Ty,
        dims: Vec<ir::Expr>,
        attributes: &[ast::Attribute],
        span: Span,
    ) -> Option<ir::Expr> {
        match ty {
            Ty::Array(elem) => {
                let growth = self.growth(t, attributes);
                if dims.is_empty() && growth == Growth::No {
                    return None;
                }
                // An error about the size points at the dimensions.
                let span = match (dims.first(), dims.last()) {
                    (Some(first), Some(last)) => first.span.to(last.span),
                    _ => t.span,
                };
                let kind = ExprKind::NewArray { dims, elem: (**elem).clone(), growth };
                Some(ir::Expr { kind, span })
            }
            Ty::Assoc(assoc) => {
                let default = t.args.as_ref().and_then(|args| args.get(1))?;
                let default = self.expr(default);
                let kind = ExprKind::NewAssoc { ty: assoc.clone(), default: Some(Box::new(default)) };
                Some(ir::Expr { kind, span })
            }
            _ => None,
        }
    }

    /// How an array grows: `<agrandissement=1>`/`<growth=1>` (the element just past the end),
    /// `<agrandissement=N>` (any element past the end), `tableau fixe` (never, even with
    /// `Ajoute`).
    fn growth(&mut self, t: &ast::TypeRef, attributes: &[ast::Attribute]) -> Growth {
        if t.has(Qualifier::Fixed) {
            return Growth::Fixed;
        }
        for a in attributes {
            let [word] = a.words.as_slice() else { continue };
            if !matches!(&*word.folded, "agrandissement" | "growth") {
                continue;
            }
            return match a.value.as_ref().map(|v| &v.kind) {
                Some(A::Int(0)) => Growth::No,
                Some(A::Int(1)) => Growth::One,
                Some(A::Name(n)) if &*n.folded == "n" => Growth::Any,
                Some(A::Int(_)) => Growth::Any,
                _ => {
                    self.errors.push(SourceError::UnknownType { name: self.spelled(a.span).into(), span: a.span });
                    Growth::No
                }
            };
        }
        Growth::No
    }

    /// `tableau associatif [(options [, défaut [, type de clé [, taille]]])] de T` (page
    /// 1514058): the options and the key type must be constants.
    fn assoc_type(&mut self, t: &ast::TypeRef, elem: Ty) -> Ty {
        let args = t.args.as_deref().unwrap_or_default();
        let constant = |r: &mut Self, e: &ast::Expr| -> Option<i64> {
            let value = r.expr(e);
            let n = const_int(&value);
            if n.is_none() {
                r.errors.push(SourceError::UnknownType { name: r.spelled(e.span).into(), span: e.span });
            }
            n
        };
        let options = args.first().and_then(|e| constant(self, e)).unwrap_or(0);
        let key = match args.get(2).map(|e| (e, constant(self, e))) {
            Some((e, Some(code))) => crate::value::property::type_of_code(code).unwrap_or_else(|| {
                self.errors.push(SourceError::UnknownType { name: self.spelled(e.span).into(), span: e.span });
                Ty::Str
            }),
            _ => Ty::Str,
        };
        // The initial size is a hint only.
        if let Some(size) = args.get(3) {
            self.expr(size);
        }
        Ty::Assoc(Rc::new(types::AssocType { key, elem, options }))
    }

    /// `allouer un tableau de 4 par 7 entiers`: a new array.
    fn new_array(&mut self, t: &ast::TypeRef, span: Span) -> ir::Expr {
        let (ty, _, _) = self.ty(t);
        let dims: Vec<ir::Expr> = t.dims.iter().map(|d| self.expr(d)).collect();
        match ty {
            Ty::Array(elem) => {
                let growth = self.growth(t, &[]);
                ir::Expr { kind: ExprKind::NewArray { dims, elem: (*elem).clone(), growth }, span }
            }
            Ty::Assoc(assoc) => ir::Expr { kind: ExprKind::NewAssoc { ty: assoc, default: None }, span },
            _ => ir::Expr { kind: ExprKind::Const(ty.default_value()), span },
        }
    }

    /// The indices of `t[i, j]`, `t[i][j]`, `t[i, j][k]`: the innermost base and every index,
    /// outermost first.
    fn flatten_index<'e>(mut e: &'e ast::Expr) -> (&'e ast::Expr, Vec<&'e ast::Expr>) {
        let mut groups: Vec<&'e [ast::Expr]> = Vec::new();
        while let A::Index { base, index } = &e.kind {
            groups.push(index);
            e = base;
        }
        (e, groups.into_iter().rev().flatten().collect())
    }

    /// `t[i]`: an element of an array, of an associative array, a character of a string, an
    /// option of a combination; `t[i, j]` and `t[i][j]`: through the dimensions.
    fn index(&mut self, e: &ast::Expr) -> ir::Expr {
        let (base, indices) = Self::flatten_index(e);
        let base = self.expr(base);
        let mut indices: Vec<ir::Expr> = indices.into_iter().map(|i| self.expr(i)).collect();
        let kind = if indices.len() == 1 {
            ExprKind::Index { base: Box::new(base), index: Box::new(indices.remove(0)) }
        } else {
            ExprKind::IndexN { base: Box::new(base), indices }
        };
        ir::Expr { kind, span: e.span }
    }

    /// `t[i] = v`, `t[i, j] = v`, `t[clé] = v`, `c[Option] = Vrai`.
    fn index_target(&mut self, target: &ast::Expr) -> Assignable {
        let (base, indices) = Self::flatten_index(target);
        // An option of a combination held in a variable.
        if let [option] = indices.as_slice()
            && let A::Name(_) | A::Member { .. } = &base.kind
            && let Assignable::Target(t @ Target::Var { ty: Ty::Enum(_), .. }) = self.target(base)
        {
            return Assignable::Target(Target::Flag { base: Box::new(t), option: self.expr(option) });
        }
        let array = self.expr(base);
        let mut indices: Vec<ir::Expr> = indices.into_iter().map(|i| self.expr(i)).collect();
        Assignable::Target(if indices.len() == 1 {
            Target::Elem { array: Box::new(array), index: Box::new(indices.remove(0)) }
        } else {
            Target::ElemN { array, indices }
        })
    }

    /// Whether `base.name` is a property of a builtin value (not a member of a structure or an
    /// object of the script, not a control).
    fn is_builtin_property(&self, base: &ast::Expr, name: &ast::Name, sep: MemberSep) -> bool {
        if !matches!(sep, MemberSep::Dot | MemberSep::DotDot) || keywords::property(&name.folded).is_none() {
            return false;
        }
        match &base.kind {
            A::Name(n) => match self.lookup(&n.folded) {
                Meaning::Var(..) => {
                    sep == MemberSep::DotDot || self.binding(&n.folded).is_none_or(|b| b.object.is_none())
                }
                _ => false,
            },
            A::Index { .. } | A::Member { .. } | A::Call { .. } => true,
            _ => false,
        }
    }

    /// `d.Jour`, `t..Occurrence`, `t[k]..Existe`, `v..Clé`, `e..Nom`.
    fn property(&mut self, base: &ast::Expr, prop: Property, span: Span) -> ir::Expr {
        // `t[clé]..Existe`: the key is looked up, nothing is added.
        if prop == Property::Exists
            && let A::Index { base: array, index } = &base.kind
            && let [key] = index.as_slice()
        {
            let kind = ExprKind::Exists { base: Box::new(self.expr(array)), key: Box::new(self.expr(key)) };
            return ir::Expr { kind, span };
        }
        // `v.nom..Existe` on a variant or a JSON value: whether it has the member (nothing is
        // added).
        if prop == Property::Exists
            && let A::Member { base: object, name, sep: MemberSep::Dot | MemberSep::Colon } = &base.kind
            && matches!(self.static_ty(object), Some(Ty::Variant | Ty::Json))
        {
            let spelled: Rc<str> = self.spelled(name.span).into();
            let key = ir::Expr { kind: ExprKind::Const(Value::from(&*spelled)), span: name.span };
            let kind = ExprKind::Exists { base: Box::new(self.expr(object)), key: Box::new(key) };
            return ir::Expr { kind, span };
        }
        // `v..Clé` on the variable of `POUR TOUT v DE t`: the key of its element.
        if prop == Property::Key
            && let A::Name(n) = &base.kind
            && let Some(binding) = self.binding(&format!("{KEY_SLOT}{}", n.folded))
        {
            let scope = self.scopes.iter().rposition(|s| s.vars.contains_key(&*format!("{KEY_SLOT}{}", n.folded)));
            let var = self.var_at(scope.unwrap_or(0), binding.slot);
            return ir::Expr { kind: ExprKind::Var(var), span };
        }
        let base = self.expr(base);
        let kind = match prop {
            Property::Count => ExprKind::Count(Box::new(base)),
            // `m..Type` of a variable declared with a type: as `TypeVar(m)`.
            Property::Type if let Some(code) = self.declared_type_code(&base) => ExprKind::Const(Value::Int(code)),
            prop => ExprKind::Property { base: Box::new(base), prop },
        };
        ir::Expr { kind, span }
    }

    /// `d.Jour = 5`, `d.Jour += 5`, `d.Mois++`: the property of the value held by the base.
    fn property_target(&mut self, base: &ast::Expr, name: &ast::Name, span: Span) -> Assignable {
        let Some(prop) = keywords::property(&name.folded) else {
            self.errors.push(SourceError::NotAssignable { span });
            return Assignable::Error;
        };
        match self.target(base) {
            Assignable::Target(base) => Assignable::Target(Target::Property { base: Box::new(base), prop }),
            other => other,
        }
    }

    /// The hidden variable holding the key of the element `POUR TOUT v DE t` is on, for `v..Clé`.
    fn key_slot(&mut self, name: &ast::Name) -> Var {
        let hidden = ast::Name { folded: format!("{KEY_SLOT}{}", name.folded).into(), span: name.span };
        self.counter(&hidden).0
    }

    /// `0m19.99` (a monétaire) and `0n1.5` (a numérique): exact decimals, as many digits as
    /// written (up to 38).
    fn decimal_literal(&mut self, digits: &str, currency: bool, span: Span) -> ExprKind {
        match digits.parse::<crate::value::Decimal>() {
            Ok(d) if d.to_string().trim_start_matches('-').replace('.', "").trim_start_matches('0').len() <= 38 => {
                let _ = currency;
                ExprKind::Const(Value::Decimal(Rc::new(d)))
            }
            _ => {
                self.errors.push(SourceError::Lex { kind: crate::lexer::LexErrorKind::NumberTooLarge, span });
                ExprKind::Const(Value::Null)
            }
        }
    }

    /// `(x, y) = P()`, `(x, , z) = (1, 2, 3)`.
    fn assign_tuple(&mut self, targets: &[Option<ast::Expr>], value: &ast::Expr) -> Option<StmtKind> {
        let value = self.expr(value);
        let mut out = Vec::with_capacity(targets.len());
        let mut failed = false;
        for t in targets {
            out.push(match t {
                Some(t) => match self.target(t) {
                    Assignable::Target(t) => Some(t),
                    Assignable::Error => {
                        failed = true;
                        None
                    }
                    Assignable::Unsupported(c) => return Some(StmtKind::Unsupported(c)),
                },
                None => None,
            });
        }
        (!failed).then_some(StmtKind::AssignTuple { targets: out, value })
    }

    /// `SOIT (x, y) = P()`: new variables, typed by the values when they are known here.
    fn let_tuple(&mut self, names: &[ast::Name], init: &ast::Expr) -> StmtKind {
        let value = self.expr(init);
        let types: Vec<Ty> = match &value.kind {
            ExprKind::Tuple(items) => items.iter().map(|i| self.inferred_type(i)).collect(),
            _ => Vec::new(),
        };
        let targets = names
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let ty = types.get(i).cloned().unwrap_or(Ty::Variant);
                let var = self.declare(name, ty.clone());
                Some(Target::Var { var, ty })
            })
            .collect();
        StmtKind::AssignTuple { targets, value }
    }

    /// `t2 <= t1`: assignment by copy.
    fn assign_copy(&mut self, target: &ast::Expr, value: &ast::Expr) -> Option<StmtKind> {
        let value = self.expr(value);
        let span = value.span;
        let value = ir::Expr { kind: ExprKind::Copy(Box::new(value)), span };
        match self.target(target) {
            Assignable::Target(target) => Some(StmtKind::Assign { target, op: ast::AssignOp::Set, value }),
            Assignable::Error => None,
            Assignable::Unsupported(c) => Some(StmtKind::Unsupported(c)),
        }
    }
}

/// The integer a constant expression stands for (`ccSansCasse + ccSansAccent`), if it is one.
fn const_int(e: &ir::Expr) -> Option<i64> {
    match &e.kind {
        ExprKind::Const(Value::Int(n)) => Some(*n),
        ExprKind::Const(Value::Bool(b)) => Some(*b as i64),
        ExprKind::Unary(ast::UnOp::Neg, a) => const_int(a)?.checked_neg(),
        ExprKind::Binary(op, a, b) => {
            let (a, b) = (const_int(a)?, const_int(b)?);
            match op {
                BinOp::Add => a.checked_add(b),
                BinOp::Sub => a.checked_sub(b),
                BinOp::BitOr => Some(a | b),
                BinOp::BitAnd => Some(a & b),
                _ => None,
            }
        }
        _ => None,
    }
}
