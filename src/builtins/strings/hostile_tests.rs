//! Every builtin of the strings, maths and arrays families, called with every combination of
//! hostile arguments (huge, negative and zero counts, long strings, arrays, buffers): each call
//! must return a value or an error, never panic, abort or allocate without bound (a result over
//! 1 GiB is refused before it is built, so this test stays small in memory).

use std::any::TypeId;
use std::rc::Rc;
use std::time::Instant;

use crate::builtins::{
    Args, Builtin, BuiltinError, ErrorState, FamilyState, Host, Ret, Settings, arrays, math, strings,
};
use crate::diagnostics::Lang;
use crate::value::{Array, Ty, Value};

/// A host with no output and no procedures: enough to run any builtin of these families.
#[derive(Default)]
struct TestHost {
    errors: ErrorState,
    settings: Settings,
    states: Vec<(TypeId, Box<dyn FamilyState>)>,
}

impl Host for TestHost {
    fn lang(&self) -> Lang {
        Lang::En
    }

    fn print_line(&mut self, _text: &str) {}

    fn print_error_line(&mut self, _text: &str) {}

    fn errors(&mut self) -> &mut ErrorState {
        &mut self.errors
    }

    fn call(&mut self, _procedure: &Value, _args: Vec<Value>) -> Ret {
        Ok(Value::Int(0))
    }

    fn wait(
        &mut self,
        _deadline: Option<Instant>,
        _ready: &mut dyn FnMut(&mut dyn Host) -> bool,
    ) -> Result<bool, BuiltinError> {
        Ok(true)
    }

    fn state_slot(&mut self, id: TypeId, make: &dyn Fn(&Settings) -> Box<dyn FamilyState>) -> &mut dyn FamilyState {
        let index = match self.states.iter().position(|(t, _)| *t == id) {
            Some(i) => i,
            None => {
                self.states.push((id, make(&self.settings)));
                self.states.len() - 1
            }
        };
        &mut *self.states[index].1
    }
}

fn hostile_values() -> Vec<Value> {
    let long = "ab".repeat(20_000);
    vec![
        Value::Int(1_000_000_000_000),
        Value::Int(i64::MAX),
        Value::Int(i64::MIN),
        Value::Int(-1),
        Value::Int(0),
        Value::Real(1e300),
        Value::Real(f64::NAN),
        Value::from(long.as_str()),
        Value::from("%99999999999999999999999 %1"),
        Value::from("999999999999d"),
        Value::Buffer(Rc::new(vec![0xFF; 1000])),
        Value::Array(Array::new(Ty::Str, vec![Value::from(long.as_str()), Value::from("b")])),
        Value::Null,
    ]
}

/// Calls `builtin` with every combination of `values` for each arity it accepts (up to 3
/// arguments; a longer call repeats the last value).
fn call_all(builtin: &Builtin, values: &[Value]) -> usize {
    let mut calls = 0;
    let max = builtin.max.min(3);
    for arity in builtin.min..=max.max(builtin.min) {
        let combinations = values.len().pow(arity as u32);
        for mut k in 0..combinations {
            let mut args = Vec::with_capacity(arity);
            for _ in 0..arity {
                args.push(values[k % values.len()].clone());
                k /= values.len();
            }
            // Arrays are changed in place: give each call fresh ones.
            let args: Vec<Value> = args
                .into_iter()
                .map(|v| match v {
                    Value::Array(a) => Value::Array(Array::new(a.borrow().elem.clone(), a.borrow().items.to_values())),
                    v => v,
                })
                .collect();
            let mut host = TestHost::default();
            let _ = (builtin.func)(&mut host, Args(&args));
            calls += 1;
        }
    }
    calls
}

#[test]
fn every_builtin_survives_hostile_arguments() {
    let values = hostile_values();
    let mut calls = 0;
    for family in [&strings::FAMILY, &math::FAMILY, &arrays::FAMILY] {
        for builtin in family.functions {
            // Time is the only thing that differs between runs: skip the blocking ones (none here).
            calls += call_all(builtin, &values);
        }
    }
    assert!(calls > 10_000, "{calls} calls");
}

#[test]
fn the_sizes_of_issue_9_are_refused_in_bounded_memory() {
    let call = |name: &str, args: Vec<Value>| {
        let builtin = crate::builtins::lookup(&crate::keywords::fold(name)).unwrap();
        let mut host = TestHost::default();
        match (builtin.func)(&mut host, Args(&args)) {
            Err(BuiltinError::Arg { fault, .. }) => fault.text(Lang::En),
            Ok(v) => format!("ok: {} chars", v.to_string().len()),
            Err(_) => "other error".into(),
        }
    };
    assert!(call("Complète", vec![Value::from("x"), Value::Int(1_000_000_000_000)]).contains("1 GiB"));
    assert!(call("NumériqueVersChaîne", vec![Value::Int(1), Value::from("999999999999d")]).contains("less than 100"));
    assert!(call("NumériqueVersChaîne", vec![Value::Real(3.5), Value::from(".70000f")]).contains("less than 100"));
    assert!(
        call("ChaîneConstruit", vec![Value::from("%99999999999999999999999"), Value::from("a")])
            .contains("no matching parameter")
    );
    let a = Value::from("a".repeat(100_000));
    let b = Value::from("b".repeat(100_000));
    assert!(call("Remplace", vec![a, Value::from("a"), b]).contains("1 GiB"));
}
