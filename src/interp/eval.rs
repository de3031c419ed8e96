//! The tree-walking evaluator over `ir`: statements, expressions, procedure calls with
//! by-reference parameters, and the control flow that unwinds (`SORTIR`, `RENVOYER`, errors,
//! `FinProgramme`). Variables are read by slot; nothing here looks a name up.

use std::rc::Rc;

use crate::ast::{AssignOp, BinOp, UnOp};
use crate::builtins::{Args, Builtin, BuiltinError};
use crate::diagnostics::{Abort, CallSite, Fault, RuntimeError};
use crate::ir::{Block, CaseItem, Env, Expr, ExprKind, Interval, Proc, Stmt, StmtKind, SubstringEnd, Target, Var};
use crate::source::Span;
use crate::value::{Array, Closure, Frame, Place, Ty, TypeError, Value, WStr, char_range, ops};

use super::{Ctl, Interp};

/// How a statement ended.
pub(crate) enum Flow {
    Next,
    Break,
    Continue,
    Return(Value),
}

/// The deepest nesting of procedure calls before the script is stopped (runaway recursion).
const MAX_CALL_DEPTH: u32 = 10_000;

pub(crate) fn fail<T>(fault: Fault, span: Span) -> Ctl<T> {
    Err(Box::new(Abort::Error(RuntimeError::new(fault, span))))
}

trait AtSpan<T> {
    fn at(self, span: Span) -> Ctl<T>;
}

impl<T> AtSpan<T> for Result<T, TypeError> {
    #[inline]
    fn at(self, span: Span) -> Ctl<T> {
        self.or_else(|e| fail(e.0, span))
    }
}

impl Interp {
    pub(crate) fn exec_block(&mut self, block: &Block, env: &Rc<Frame>) -> Ctl<Flow> {
        self.tick(block)?;
        for stmt in block {
            match self.exec(stmt, env)? {
                Flow::Next => {}
                flow => return Ok(flow),
            }
        }
        Ok(Flow::Next)
    }

    fn exec(&mut self, stmt: &Stmt, env: &Rc<Frame>) -> Ctl<Flow> {
        match &stmt.kind {
            StmtKind::Expr(e) => self.eval(e, env)?.discard(),
            StmtKind::Assign { target, op, value } => self.assign(target, *op, value, env, stmt.span)?,
            StmtKind::Declare { var, ty, init } => {
                let value = match init {
                    Some(init) => {
                        let v = self.eval(init, env)?;
                        v.convert(ty).at(init.span)?
                    }
                    None => ty.default_value(),
                };
                self.frame_of(*var, env).reset(slot_of(*var), value);
            }
            StmtKind::If { branches, otherwise } => {
                for (cond, body) in branches {
                    if self.condition(cond, env)? {
                        return self.exec_block(body, env);
                    }
                }
                return self.exec_block(otherwise, env);
            }
            StmtKind::Switch { subject, cases, other } => {
                let subject = self.eval(subject, env)?;
                for case in cases {
                    for item in &case.items {
                        if self.case_matches(&subject, item, env)? {
                            return self.exec_block(&case.body, env);
                        }
                    }
                }
                return self.exec_block(other, env);
            }
            StmtKind::For { var, from, to, step, bound_once, body } => {
                return self.exec_for(*var, from, to, step.as_ref(), *bound_once, body, env);
            }
            StmtKind::ForEach { var, ty, index, from_end, iterable, body } => {
                let items = match self.eval(iterable, env)? {
                    Value::Array(a) => a,
                    // `POUR TOUT c DE chaîne`: its characters.
                    Value::Str(s) => {
                        let chars: Vec<Value> = s.as_str().chars().map(|c| Value::from(c.to_string())).collect();
                        Array::new(Ty::Str, chars)
                    }
                    other => {
                        return fail(Fault::ForEachNeedsArray(other.ty()), iterable.span);
                    }
                };
                // From the end, the elements there at the start; otherwise the length is read
                // again at each step (the body may add to the array).
                let start_len = items.borrow().items.len();
                let mut k = 0;
                loop {
                    let i = if *from_end {
                        match start_len.checked_sub(k + 1) {
                            Some(i) => i,
                            None => break,
                        }
                    } else {
                        k
                    };
                    let item = match items.borrow().items.get(i) {
                        Some(item) => item.clone(),
                        None => break,
                    };
                    let item = if item.has_type(ty) { item } else { item.convert(ty).at(iterable.span)? };
                    self.store(*var, item, env);
                    if let Some(index) = index {
                        self.store(*index, Value::Int(i as i64 + 1), env);
                    }
                    match self.exec_block(body, env)? {
                        Flow::Break => break,
                        flow @ Flow::Return(_) => return Ok(flow),
                        Flow::Next | Flow::Continue => {}
                    }
                    k += 1;
                }
            }
            StmtKind::ForEachString { var, source, separator, from_end, body } => {
                let text = self.eval(source, env)?.to_text().at(source.span)?;
                // One separator, or an array of them (the text is cut at each).
                let separators: Vec<Rc<WStr>> = match self.eval(separator, env)? {
                    Value::Array(a) => {
                        let a = a.borrow();
                        let mut seps = Vec::with_capacity(a.items.len());
                        for item in &a.items {
                            seps.push(item.to_text().at(separator.span)?);
                        }
                        seps
                    }
                    other => vec![other.to_text().at(separator.span)?],
                };
                let mut parts = split_all(text.as_str(), &separators);
                if *from_end {
                    parts.reverse();
                }
                for part in parts {
                    self.store(*var, Value::from(part), env);
                    match self.exec_block(body, env)? {
                        Flow::Break => break,
                        flow @ Flow::Return(_) => return Ok(flow),
                        Flow::Next | Flow::Continue => {}
                    }
                }
            }
            StmtKind::While { cond, body } => {
                while self.condition(cond, env)? {
                    match self.exec_block(body, env)? {
                        Flow::Break => break,
                        flow @ Flow::Return(_) => return Ok(flow),
                        Flow::Next | Flow::Continue => {}
                    }
                }
            }
            StmtKind::Loop { count, body, do_while } => {
                let limit = match count {
                    Some(c) => Some(self.eval(c, env)?.to_int().at(c.span)?),
                    None => None,
                };
                let mut done = 0i64;
                while limit.is_none_or(|n| done < n) {
                    done += 1;
                    match self.exec_block(body, env)? {
                        Flow::Break => break,
                        flow @ Flow::Return(_) => return Ok(flow),
                        Flow::Next | Flow::Continue => {}
                    }
                    // `À FAIRE TANTQUE cond`: the lines before it run, then the test.
                    if let Some(cond) = do_while
                        && !self.condition(cond, env)?
                    {
                        break;
                    }
                }
            }
            StmtKind::Break => return Ok(Flow::Break),
            StmtKind::Continue => return Ok(Flow::Continue),
            StmtKind::Return(value) => {
                let value = match value {
                    Some(v) => self.operand(v, env)?,
                    None => Value::Null,
                };
                return Ok(Flow::Return(value));
            }
            StmtKind::WhenException { body, handler, otherwise } => match self.exec_block(body, env) {
                Err(abort) => match *abort {
                    Abort::Error(error) => {
                        self.errors.exception = error.fault.text(self.lang);
                        return self.exec_block(handler, env);
                    }
                    exit => return Err(Box::new(exit)),
                },
                Ok(Flow::Next) => return self.exec_block(otherwise, env),
                flow => return flow,
            },
            StmtKind::Block(body) => return self.exec_block(body, env),
            StmtKind::Sections { body, on_exception, end } => {
                let mut result = self.exec_block(body, env);
                // `CAS EXCEPTION:` runs when the lines before it failed; the procedure then ends.
                if let Some(handler) = on_exception
                    && matches!(&result, Err(abort) if matches!(**abort, Abort::Error(_)))
                {
                    if let Err(abort) = result
                        && let Abort::Error(error) = *abort
                    {
                        self.errors.exception = error.fault.text(self.lang);
                    }
                    result = self.exec_block(handler, env);
                }
                // `FIN:` runs after the body however it returned; a value it returns wins.
                if let Some(end) = end
                    && result.is_ok()
                    && let Flow::Return(value) = self.exec_block(end, env)?
                {
                    return Ok(Flow::Return(value));
                }
                return result;
            }
            StmtKind::Unsupported(construct) => return fail(Fault::Unsupported(construct.clone()), stmt.span),
        }
        Ok(Flow::Next)
    }

    #[allow(clippy::too_many_arguments)]
    fn exec_for(
        &mut self,
        var: Var,
        from: &Expr,
        to: &Expr,
        step: Option<&Expr>,
        bound_once: bool,
        body: &Block,
        env: &Rc<Frame>,
    ) -> Ctl<Flow> {
        let start = self.eval(from, env)?;
        let step = match step {
            Some(s) => self.eval(s, env)?,
            None => Value::Int(1),
        };
        let descending = step.to_real().at(from.span)? < 0.0;
        let mut bound = self.eval(to, env)?;
        self.store(var, start, env);
        loop {
            if !bound_once {
                // `A`/`TO` re-evaluates the bound at every iteration; `_A_` does not.
                bound = self.eval(to, env)?;
            }
            let counter = self.load(var, env);
            // Integer counters, the common case, compare without dispatch.
            let past = if let (Value::Int(c), Value::Int(b)) = (&counter, &bound) {
                if descending { c < b } else { c > b }
            } else if descending {
                ops::compare(&counter, &bound).at(to.span)?.is_lt()
            } else {
                ops::compare(&counter, &bound).at(to.span)?.is_gt()
            };
            counter.discard();
            if past {
                break;
            }
            match self.exec_block(body, env)? {
                Flow::Break => break,
                flow @ Flow::Return(_) => return Ok(flow),
                Flow::Next | Flow::Continue => {}
            }
            // An integer counter steps in place.
            let stepped = match step {
                Value::Int(s) => self.frame_of(var, env).update(slot_of(var), |counter| match counter {
                    Value::Int(c) if c.checked_add(s).is_some() => {
                        *c += s;
                        true
                    }
                    _ => false,
                }),
                _ => false,
            };
            if !stepped {
                let current = self.load(var, env);
                let next = ops::binary(BinOp::Add, &current, &step).at(from.span)?;
                self.store(var, next, env);
            }
        }
        Ok(Flow::Next)
    }

    fn case_matches(&mut self, subject: &Value, item: &CaseItem, env: &Rc<Frame>) -> Ctl<bool> {
        Ok(match item {
            // Integers, the common case, compare without dispatch.
            CaseItem::Value(e) => match (subject, self.operand(e, env)?) {
                (Value::Int(x), Value::Int(y)) => *x == y,
                (_, v) => ops::equals(subject, &v).at(e.span)?,
            },
            CaseItem::Range(a, b) => match (subject, self.operand(a, env)?, self.operand(b, env)?) {
                (Value::Int(x), Value::Int(lo), Value::Int(hi)) => (lo..=hi).contains(x),
                (_, lo, hi) => {
                    ops::compare(subject, &lo).at(a.span)?.is_ge() && ops::compare(subject, &hi).at(b.span)?.is_le()
                }
            },
            CaseItem::UpTo(e) => match (subject, self.operand(e, env)?) {
                (Value::Int(x), Value::Int(hi)) => *x <= hi,
                (_, hi) => ops::compare(subject, &hi).at(e.span)?.is_le(),
            },
            CaseItem::Interval(bounds) => self.in_interval(subject, bounds, env)?,
            CaseItem::Compare(op, e) => {
                let v = self.operand(e, env)?;
                if let (Value::Int(x), Value::Int(y)) = (subject, &v)
                    && let Some(Value::Bool(b)) = int_fast_path(*op, *x, *y)
                {
                    return Ok(b);
                }
                ops::binary(*op, subject, &v).at(e.span)?.truthy().at(e.span)?
            }
        })
    }

    /// Whether `value` lies in the interval (`a < x < b` and its forms).
    fn in_interval(&mut self, value: &Value, bounds: &Interval, env: &Rc<Frame>) -> Ctl<bool> {
        let low = self.operand(&bounds.low, env)?;
        let above = match (value, &low) {
            (Value::Int(x), Value::Int(lo)) => x > lo || (!bounds.low_strict && x == lo),
            _ => {
                let order = ops::compare(value, &low).at(bounds.low.span)?;
                order.is_gt() || (!bounds.low_strict && order.is_eq())
            }
        };
        if !above {
            return Ok(false);
        }
        let high = self.operand(&bounds.high, env)?;
        Ok(match (value, &high) {
            (Value::Int(x), Value::Int(hi)) => x < hi || (!bounds.high_strict && x == hi),
            _ => {
                let order = ops::compare(value, &high).at(bounds.high.span)?;
                order.is_lt() || (!bounds.high_strict && order.is_eq())
            }
        })
    }

    fn condition(&mut self, cond: &Expr, env: &Rc<Frame>) -> Ctl<bool> {
        // Comparisons, the usual condition, of integers: no `Value::Bool` in between.
        if let ExprKind::Binary(op @ (BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge), a, b) =
            &cond.kind
        {
            let left = self.operand(a, env)?;
            let right = self.operand(b, env)?;
            if let (Value::Int(x), Value::Int(y)) = (&left, &right)
                && let Some(Value::Bool(truth)) = int_fast_path(*op, *x, *y)
            {
                left.discard();
                right.discard();
                return Ok(truth);
            }
            return ops::binary(*op, &left, &right).at(cond.span)?.truthy().at(cond.span);
        }
        let v = self.eval(cond, env)?;
        let truth = v.truthy();
        v.discard();
        truth.at(cond.span)
    }

    // ------------------------------------------------------------ variables

    #[inline]
    fn frame_of<'f>(&'f self, var: Var, env: &'f Rc<Frame>) -> &'f Rc<Frame> {
        match var {
            Var::Local(_) => env,
            Var::Global(_) => &self.globals,
            Var::Outer { depth, .. } => env.ancestor(depth),
        }
    }

    #[inline]
    fn load(&self, var: Var, env: &Rc<Frame>) -> Value {
        self.frame_of(var, env).get(slot_of(var))
    }

    #[inline]
    fn store(&self, var: Var, value: Value, env: &Rc<Frame>) {
        self.frame_of(var, env).set(slot_of(var), value)
    }

    fn assign(&mut self, target: &Target, op: AssignOp, value: &Expr, env: &Rc<Frame>, span: Span) -> Ctl<()> {
        let rhs = self.eval(value, env)?;
        match target {
            Target::Var { var, ty } => {
                if op == AssignOp::Set {
                    let new = if rhs.has_type(ty) { rhs } else { rhs.convert(ty).at(value.span)? };
                    self.store(*var, new, env);
                    return Ok(());
                }
                // In place: `s += x` appends to the string without copying it when it is unshared.
                self.frame_of(*var, env).update(slot_of(*var), |slot| {
                    match op {
                        AssignOp::Add => ops::add_in_place(slot, &rhs).at(span)?,
                        op => *slot = combine(op, slot, &rhs).at(span)?,
                    }
                    if !slot.has_type(ty) {
                        *slot = std::mem::replace(slot, Value::Null).convert(ty).at(value.span)?;
                    }
                    Ctl::Ok(())
                })?;
            }
            Target::Elem { array, index } => {
                let (array_value, i) = (self.eval(array, env)?, self.eval(index, env)?);
                let Value::Array(array_rc) = array_value else {
                    return fail(Fault::CannotIndex(array_value.ty()), array.span);
                };
                let i = element_index(&array_rc.borrow().items, &i).at(index.span)?;
                let new = match op {
                    AssignOp::Set => rhs,
                    op => {
                        let old = array_rc.borrow().items[i].clone();
                        combine(op, &old, &rhs).at(span)?
                    }
                };
                let elem_ty = array_rc.borrow().elem.clone();
                let new = new.convert(&elem_ty).at(value.span)?;
                array_rc.borrow_mut().items[i] = new;
            }
        }
        Ok(())
    }

    // ------------------------------------------------------------ expressions

    /// `eval` with variables and constants (most operands) read without a recursive call.
    #[inline(always)]
    fn operand(&mut self, e: &Expr, env: &Rc<Frame>) -> Ctl<Value> {
        match &e.kind {
            ExprKind::Var(var) => Ok(self.load(*var, env)),
            ExprKind::Const(v) => Ok(v.clone()),
            _ => self.eval(e, env),
        }
    }

    pub(crate) fn eval(&mut self, e: &Expr, env: &Rc<Frame>) -> Ctl<Value> {
        match &e.kind {
            ExprKind::Const(v) => Ok(v.clone()),
            ExprKind::Var(var) => Ok(self.load(*var, env)),
            ExprKind::Binary(op, a, b) => {
                let left = self.operand(a, env)?;
                match op {
                    BinOp::AndThen => {
                        if !left.truthy().at(a.span)? {
                            return Ok(Value::Bool(false));
                        }
                        let right = self.eval(b, env)?;
                        Ok(Value::Bool(right.truthy().at(b.span)?))
                    }
                    BinOp::OrElse => {
                        if left.truthy().at(a.span)? {
                            return Ok(Value::Bool(true));
                        }
                        let right = self.eval(b, env)?;
                        Ok(Value::Bool(right.truthy().at(b.span)?))
                    }
                    _ => {
                        let right = self.operand(b, env)?;
                        // The common case first: integers, no allocation, no dispatch, no drop.
                        if let (Value::Int(x), Value::Int(y)) = (&left, &right)
                            && let Some(v) = int_fast_path(*op, *x, *y)
                        {
                            left.discard();
                            right.discard();
                            return Ok(v);
                        }
                        ops::binary(*op, &left, &right).at(e.span)
                    }
                }
            }
            ExprKind::Unary(op, operand) => {
                let v = self.eval(operand, env)?;
                match op {
                    UnOp::Neg => ops::negate(&v).at(e.span),
                    UnOp::Not => Ok(Value::Bool(!v.truthy().at(operand.span)?)),
                    UnOp::BitNot => ops::bit_not(&v).at(operand.span),
                }
            }
            ExprKind::Interval { value, bounds } => {
                let v = self.operand(value, env)?;
                Ok(Value::Bool(self.in_interval(&v, bounds, env)?))
            }
            ExprKind::In { value, list, negated } => {
                let v = self.operand(value, env)?;
                let mut found = false;
                for item in list {
                    let candidate = self.operand(item, env)?;
                    if ops::equals(&v, &candidate).at(item.span)? {
                        found = true;
                        break;
                    }
                }
                Ok(Value::Bool(found != *negated))
            }
            ExprKind::Increment { target, delta, prefix } => self.increment(target, *delta, *prefix, env, e.span),
            ExprKind::SwitchExpr { subject, values, otherwise } => {
                let v = self.operand(subject, env)?;
                let n = match v {
                    Value::Int(n) => n,
                    Value::Real(x) if x.fract() == 0.0 => x as i64,
                    other => return fail(Fault::SwitchIndex(other.ty()), subject.span),
                };
                match usize::try_from(n).ok().and_then(|n| n.checked_sub(1)).and_then(|i| values.get(i)) {
                    Some(chosen) => self.eval(chosen, env),
                    None => match otherwise {
                        Some(d) => self.eval(d, env),
                        None => Ok(Value::Null),
                    },
                }
            }
            ExprKind::Unsupported(construct) => fail(Fault::Unsupported(construct.clone()), e.span),
            ExprKind::CallProc { proc, env: callee_env, args, name } => {
                let proc = self.procs[*proc].clone();
                let parent = match callee_env {
                    Env::Global => self.globals.clone(),
                    Env::Enclosing(depth) => env.ancestor(*depth).clone(),
                };
                self.call_proc(&proc, parent, args, env, name, e.span)
            }
            ExprKind::CallValue { callee, args, name } => match self.eval(callee, env)? {
                Value::Proc(closure) => {
                    let proc = self.procs[closure.proc].clone();
                    self.call_proc(&proc, closure.env.clone(), args, env, name, e.span)
                }
                other => fail(Fault::NotProcedure { name: name.to_string(), kind: other.ty() }, callee.span),
            },
            ExprKind::CallBuiltin { builtin, args, name } => self.call_builtin(builtin, args, name, env, e.span),
            ExprKind::ProcValue { proc, env: callee_env } => {
                let parent = match callee_env {
                    Env::Global => self.globals.clone(),
                    Env::Enclosing(depth) => env.ancestor(*depth).clone(),
                };
                Ok(Value::Proc(Rc::new(Closure { proc: *proc, name: self.procs[*proc].name.clone(), env: parent })))
            }
            ExprKind::Index { base, index } => {
                let b = self.operand(base, env)?;
                let i = self.operand(index, env)?;
                match &b {
                    Value::Array(a) => {
                        let a = a.borrow();
                        let at = element_index(&a.items, &i).at(index.span)?;
                        i.discard();
                        Ok(a.items[at].clone())
                    }
                    Value::Str(s) => {
                        let i = i.to_int().at(index.span)?;
                        Ok(Value::from(char_range(s, i, i)))
                    }
                    other => fail(Fault::CannotIndex(other.ty()), base.span),
                }
            }
            ExprKind::Substring { base, from, to } => {
                let s = self.eval(base, env)?.to_text().at(base.span)?;
                let start = self.eval(from, env)?.to_int().at(from.span)?;
                let end = match to {
                    SubstringEnd::Single => start,
                    SubstringEnd::ToEnd => i64::MAX,
                    SubstringEnd::To(e) => self.eval(e, env)?.to_int().at(e.span)?,
                    SubstringEnd::Length(e) => {
                        let n = self.eval(e, env)?.to_int().at(e.span)?;
                        if n <= 0 {
                            return Ok(Value::from(""));
                        }
                        start.saturating_add(n - 1)
                    }
                };
                Ok(Value::from(char_range(&s, start, end)))
            }
            ExprKind::Count(base) => match self.eval(base, env)? {
                Value::Array(a) => Ok(Value::Int(a.borrow().items.len() as i64)),
                Value::Str(s) => Ok(Value::Int(s.char_count() as i64)),
                other => fail(Fault::NoCount(other.ty()), base.span),
            },
            ExprKind::Array(items) => {
                let mut values = Vec::with_capacity(items.len());
                for item in items {
                    values.push(self.eval(item, env)?);
                }
                Ok(Value::Array(Array::new(Ty::Variant, values)))
            }
            ExprKind::SizedArray { size, ty } => {
                let requested = self.eval(size, env)?.to_int().at(size.span)?;
                let elem = match ty {
                    Ty::Array(elem) => (**elem).clone(),
                    other => other.clone(),
                };
                // Refuse what cannot be allocated instead of aborting the process; element
                // indices are 32-bit (see `place`).
                let n = usize::try_from(requested.max(0)).unwrap_or(usize::MAX);
                let mut items = Vec::new();
                if n > u32::MAX as usize || items.try_reserve_exact(n).is_err() {
                    return fail(Fault::ArrayTooLarge(requested), size.span);
                }
                items.extend((0..n).map(|_| elem.default_value()));
                Ok(Value::Array(Array::new(elem, items)))
            }
        }
    }

    // ------------------------------------------------------------ calls

    /// A builtin call. Kept out of `eval` so that its argument buffer does not enlarge every
    /// level of a deep expression's recursion.
    #[inline(never)]
    fn call_builtin(
        &mut self,
        builtin: &Builtin,
        args: &[Expr],
        name: &Rc<str>,
        env: &Rc<Frame>,
        span: Span,
    ) -> Ctl<Value> {
        // Up to four arguments stay on the stack: most builtin calls allocate nothing.
        let mut few = [const { Value::Null }; 4];
        let mut many = Vec::new();
        let values: &[Value] = if args.len() <= few.len() {
            for (value, arg) in few.iter_mut().zip(args) {
                *value = self.operand(arg, env)?;
            }
            &few[..args.len()]
        } else {
            for arg in args {
                many.push(self.eval(arg, env)?);
            }
            &many
        };
        if !builtin.keeps_error_state {
            self.errors.occurred = false;
        }
        let result = (builtin.func)(self, Args(values));
        for value in few {
            value.discard();
        }
        match result {
            Ok(v) => Ok(v),
            Err(BuiltinError::Arg { index, fault }) => {
                let span = args.get(index).map_or(span, |a| a.span);
                fail(Fault::Param { name: name.to_string(), index, fault: Box::new(fault) }, span)
            }
            Err(BuiltinError::Fatal(fault)) => {
                fail(Fault::Builtin { name: name.to_string(), fault: Box::new(fault) }, span)
            }
            Err(BuiltinError::Abort(abort)) => Err(abort),
        }
    }

    /// Calls a procedure: arguments that are variables or array elements are passed by reference
    /// (unless the parameter is `LOCAL`), others by value, converted to the parameter's type.
    fn call_proc(
        &mut self,
        proc: &Rc<Proc>,
        parent: Rc<Frame>,
        args: &[Expr],
        env: &Rc<Frame>,
        name: &Rc<str>,
        span: Span,
    ) -> Ctl<Value> {
        let mut frame = Frame::for_call(parent);
        for (arg, param) in args.iter().zip(&proc.params) {
            let value = if !param.by_value && arg.is_place() {
                Value::Ref(self.place(arg, env)?)
            } else {
                let v = self.eval(arg, env)?;
                if v.has_type(&param.ty) { v } else { v.convert(&param.ty).at(arg.span)? }
            };
            arguments(&mut frame).push(value);
        }
        self.invoke(proc, frame, name, span)
    }

    /// Runs a procedure in `frame`, whose first slots hold the arguments given; missing ones
    /// take their defaults.
    pub(crate) fn invoke(&mut self, proc: &Rc<Proc>, mut frame: Rc<Frame>, name: &str, span: Span) -> Ctl<Value> {
        let given = arguments(&mut frame).len().min(proc.params.len());
        for param in &proc.params[given..] {
            let value = match &param.default {
                Some(d) => {
                    let globals = self.globals.clone();
                    let v = self.eval(d, &globals)?;
                    v.convert(&param.ty).at(d.span)?
                }
                None => param.ty.default_value(),
            };
            arguments(&mut frame).push(value);
        }
        let slots = arguments(&mut frame);
        if slots.len() < proc.slots.len() {
            slots.resize(proc.slots.len(), Value::Null);
        }
        if self.depth >= MAX_CALL_DEPTH {
            return fail(Fault::TooManyCalls { limit: MAX_CALL_DEPTH }, span);
        }
        self.depth += 1;
        let result = self.exec_block(&proc.body, &frame);
        self.depth -= 1;
        Frame::recycle(frame);
        match result {
            Ok(Flow::Return(v)) => Ok(v),
            Ok(_) => Ok(Value::Null),
            Err(mut abort) => {
                if let Abort::Error(error) = &mut *abort {
                    error.calls.push(CallSite { name: name.to_owned(), span });
                }
                Err(abort)
            }
        }
    }

    /// Calls a procedure value with argument values (callbacks).
    pub(crate) fn call_closure(&mut self, closure: &Closure, args: Vec<Value>, span: Span) -> Ctl<Value> {
        let proc = self.procs[closure.proc].clone();
        let mut frame = Frame::for_call(closure.env.clone());
        for (value, param) in args.into_iter().zip(&proc.params) {
            arguments(&mut frame).push(value.convert(&param.ty).at(span)?);
        }
        self.invoke(&proc, frame, &proc.name, span)
    }

    /// `x++` / `++x` in an expression: adds `delta` to the target, gives the old value
    /// (postfix) or the new one (prefix).
    fn increment(&mut self, target: &Target, delta: i64, prefix: bool, env: &Rc<Frame>, span: Span) -> Ctl<Value> {
        let step = Value::Int(delta);
        match target {
            Target::Var { var, ty } => {
                let old = self.load(*var, env);
                let new = ops::binary(BinOp::Add, &old, &step).at(span)?;
                let new = if new.has_type(ty) { new } else { new.convert(ty).at(span)? };
                self.store(*var, new.clone(), env);
                Ok(if prefix { new } else { old })
            }
            Target::Elem { array, index } => {
                let (array_value, i) = (self.eval(array, env)?, self.eval(index, env)?);
                let Value::Array(array_rc) = array_value else {
                    return fail(Fault::CannotIndex(array_value.ty()), array.span);
                };
                let i = element_index(&array_rc.borrow().items, &i).at(index.span)?;
                let old = array_rc.borrow().items[i].clone();
                let elem_ty = array_rc.borrow().elem.clone();
                let new = ops::binary(BinOp::Add, &old, &step).at(span)?.convert(&elem_ty).at(span)?;
                array_rc.borrow_mut().items[i] = new.clone();
                Ok(if prefix { new } else { old })
            }
        }
    }

    fn place(&mut self, arg: &Expr, env: &Rc<Frame>) -> Ctl<Place> {
        match &arg.kind {
            ExprKind::Var(var) => {
                let frame = self.frame_of(*var, env);
                let slot = slot_of(*var);
                // Passing on a by-reference parameter passes what it refers to.
                Ok(match frame.get_raw(slot) {
                    Value::Ref(place) => place,
                    _ => Place::Slot { frame: frame.clone(), slot },
                })
            }
            ExprKind::Index { base, index } => {
                let b = self.eval(base, env)?;
                let i = self.eval(index, env)?;
                match b {
                    Value::Array(array) => {
                        let i = element_index(&array.borrow().items, &i).at(index.span)?;
                        // An array of more than 2^32 values (64 GB) cannot be made.
                        let i = u32::try_from(i).expect("array index beyond u32");
                        Ok(Place::Elem { array, index: i })
                    }
                    other => fail(Fault::CannotIndex(other.ty()), base.span),
                }
            }
            _ => fail(Fault::NotVariable, arg.span),
        }
    }
}

/// The slots of a call's frame while its arguments are stored: no one else holds it yet.
#[inline]
fn arguments(frame: &mut Rc<Frame>) -> &mut Vec<Value> {
    Frame::slots_mut(frame).expect("a call's frame is shared before the call starts")
}

#[inline]
fn slot_of(var: Var) -> u32 {
    match var {
        Var::Local(slot) | Var::Global(slot) | Var::Outer { slot, .. } => slot,
    }
}

fn combine(op: AssignOp, old: &Value, rhs: &Value) -> Result<Value, TypeError> {
    let op = match op {
        AssignOp::Set => return Ok(rhs.clone()),
        AssignOp::Add => BinOp::Add,
        AssignOp::Sub => BinOp::Sub,
        AssignOp::Mul => BinOp::Mul,
        AssignOp::Div => BinOp::Div,
    };
    ops::binary(op, old, rhs)
}

#[inline(always)]
fn int_fast_path(op: BinOp, x: i64, y: i64) -> Option<Value> {
    Some(match op {
        BinOp::Add => Value::Int(x.checked_add(y)?),
        BinOp::Sub => Value::Int(x.checked_sub(y)?),
        BinOp::Mul => Value::Int(x.checked_mul(y)?),
        BinOp::Mod if y != 0 => Value::Int(x.checked_rem(y)?),
        BinOp::Eq => Value::Bool(x == y),
        BinOp::Ne => Value::Bool(x != y),
        BinOp::Lt => Value::Bool(x < y),
        BinOp::Le => Value::Bool(x <= y),
        BinOp::Gt => Value::Bool(x > y),
        BinOp::Ge => Value::Bool(x >= y),
        _ => return None,
    })
}

/// `text` cut at every occurrence of any separator (the leftmost one; the longest at a tie). An
/// empty separator cuts nothing.
fn split_all<'t>(text: &'t str, separators: &[Rc<WStr>]) -> Vec<&'t str> {
    let seps: Vec<&str> = separators.iter().map(|s| s.as_str()).filter(|s| !s.is_empty()).collect();
    let mut parts = Vec::new();
    let mut rest = text;
    loop {
        let next = seps
            .iter()
            .filter_map(|sep| rest.find(sep).map(|at| (at, sep.len())))
            .min_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        match next {
            Some((at, len)) => {
                parts.push(&rest[..at]);
                rest = &rest[at + len..];
            }
            None => {
                parts.push(rest);
                return parts;
            }
        }
    }
}

/// A 1-based index into `items`, checked.
fn element_index(items: &[Value], index: &Value) -> Result<usize, TypeError> {
    let i = index.to_int()?;
    if i < 1 || i as usize > items.len() {
        return Err(TypeError(Fault::IndexOutOfBounds { index: i, len: items.len() }));
    }
    Ok(i as usize - 1)
}
