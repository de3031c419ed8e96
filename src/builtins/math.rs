//! Numeric builtins: `Arrondi`, `Abs`, `Max`, `Min`, `Racine`, `Hasard`, `InitHasard`.

use std::cmp::Ordering;

use super::{BuiltinError, arg_error, int, number, opt_int};
use crate::diagnostics::Fault;
use crate::interp::value::{Num, Value};
use crate::interp::{Interp, ops};

/// `Arrondi(x [, n])`: half away from zero, to n decimals (negative n: tens, hundreds...).
pub fn round(_it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    let x = number(args, 0)?;
    let n = opt_int(args, 1, 0)?.clamp(-15, 15) as i32;
    Ok(match x {
        Num::Int(v) if n >= 0 => Value::Int(v),
        x => {
            let scale = 10f64.powi(n);
            let r = (x.as_f64() * scale).round() / scale;
            if n <= 0 && r.abs() < 9.0e15 { Value::Int(r as i64) } else { Value::Real(r) }
        }
    })
}

pub fn abs(_it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    Ok(match number(args, 0)? {
        Num::Int(n) => n.checked_abs().map_or(Value::Real((n as f64).abs()), Value::Int),
        Num::Real(x) => Value::Real(x.abs()),
    })
}

fn extreme(args: &[Value], wanted: Ordering) -> Result<Value, BuiltinError> {
    let mut best = args[0].clone();
    for (i, v) in args.iter().enumerate().skip(1) {
        if ops::compare(v, &best).map_err(|e| arg_error(i, e.0))? == wanted {
            best = v.clone();
        }
    }
    Ok(best)
}

pub fn max(_it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    extreme(args, Ordering::Greater)
}

pub fn min(_it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    extreme(args, Ordering::Less)
}

pub fn sqrt(_it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    let x = number(args, 0)?.as_f64();
    if x < 0.0 {
        return Err(arg_error(0, Fault::NegativeSqrt));
    }
    Ok(Value::Real(x.sqrt()))
}

/// xorshift64*: small, fast, and reproducible after `InitHasard(seed)`.
fn next(it: &mut Interp) -> u64 {
    let mut x = it.rng;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    it.rng = x;
    x.wrapping_mul(0x2545_F491_4F6C_DD1D)
}

/// `Hasard()`: a real in [0, 1); `Hasard(max)`: an integer in 1..=max; `Hasard(min, max)`.
pub fn random(it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    let r = next(it);
    let (lo, hi) = match args.len() {
        0 => return Ok(Value::Real((r >> 11) as f64 / (1u64 << 53) as f64)),
        1 => (1, int(args, 0)?),
        _ => (int(args, 0)?, int(args, 1)?),
    };
    let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
    let span = (hi as i128 - lo as i128 + 1) as u128;
    Ok(Value::Int((lo as i128 + (r as u128 % span) as i128) as i64))
}

/// `InitHasard(seed)`: makes the `Hasard` sequence reproducible.
pub fn init_random(it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    let seed = opt_int(args, 0, 0)? as u64;
    it.rng = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    Ok(Value::Null)
}
