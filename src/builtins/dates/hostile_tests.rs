//! Every date builtin called with every combination of hostile arguments (extreme numbers,
//! empty and out-of-calendar dates, long strings full of tokens and names, arrays): each call
//! must return a value or an error, never panic.

use std::any::TypeId;
use std::time::Instant;

use super::FAMILY;
use crate::builtins::{Args, BuiltinError, ErrorState, FamilyState, Host, Ret, Settings};
use crate::diagnostics::Lang;
use crate::value::{Array, Date, DateTime, Duration, Time, Ty, Value};

/// A host with no output, no procedures and no state: the date family needs none.
#[derive(Default)]
struct TestHost {
    errors: ErrorState,
}

impl Host for TestHost {
    fn lang(&self) -> Lang {
        Lang::Fr
    }

    fn print_line(&mut self, _text: &str) {}

    fn print_error_line(&mut self, _text: &str) {}

    fn errors(&mut self) -> &mut ErrorState {
        &mut self.errors
    }

    fn call(&mut self, _procedure: &Value, _args: Vec<Value>) -> Ret {
        Ok(Value::Null)
    }

    fn wait(
        &mut self,
        _deadline: Option<Instant>,
        _ready: &mut dyn FnMut(&mut dyn Host) -> bool,
    ) -> Result<bool, BuiltinError> {
        Ok(true)
    }

    fn state_slot(&mut self, _id: TypeId, _make: &dyn Fn(&Settings) -> Box<dyn FamilyState>) -> &mut dyn FamilyState {
        unreachable!("the date family keeps no state")
    }
}

fn hostile_values() -> Vec<Value> {
    vec![
        Value::Int(i64::MAX),
        Value::Int(i64::MIN),
        Value::Int(-1),
        Value::Int(0),
        Value::Int(99_991_231),
        Value::Real(f64::NAN),
        Value::from(""),
        Value::from("99991231"),
        Value::from("00010101"),
        Value::from("99991231235959999"),
        Value::from("-99999999999999999999235959999"),
        Value::from("JJJJ MMMM AAAA HH:mm:SS:CCC LLL ".repeat(2000).as_str()),
        Value::from("janvier ".repeat(5000).as_str()),
        Value::from("e\u{301}te\u{301} 1\u{301}"),
        Value::Date(Date::EMPTY),
        Value::Date(Date(i32::MAX)),
        Value::Time(Time(i32::MAX)),
        Value::DateTime(DateTime(i64::MAX)),
        Value::DateTime(DateTime(-1)),
        Value::Duration(Duration(i64::MIN)),
        Value::Array(Array::new(Ty::Str, vec![Value::from("20011225")])),
        Value::Null,
    ]
}

#[test]
fn every_date_builtin_survives_hostile_arguments() {
    let values = hostile_values();
    let mut calls = 0;
    for builtin in FAMILY.functions {
        let max = builtin.max.min(2);
        for arity in builtin.min..=max.max(builtin.min) {
            for mut k in 0..values.len().pow(arity as u32) {
                let mut args = Vec::with_capacity(arity);
                for _ in 0..arity {
                    args.push(values[k % values.len()].clone());
                    k /= values.len();
                }
                let mut host = TestHost::default();
                let _ = (builtin.func)(&mut host, Args(&args));
                calls += 1;
            }
        }
    }
    assert!(calls > 5_000, "{calls} calls");
}
