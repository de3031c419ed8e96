//! Numeric builtins: `Arrondi`, `Abs`, `Max`, `Min`, `Racine`, `Hasard`, `InitHasard`.

use std::cmp::Ordering;

use super::{ANY, Args, Family, FamilyState, Host, Ret, Settings, arg_error, row, state};
use crate::diagnostics::{FamilyFault, Fault, Lang};
use crate::value::{Num, Value, ops};

pub static FAMILY: Family = Family {
    name: "math",
    functions: &[
        row("Arrondi", "Round", 1, 2, round),
        row("Abs", "Abs", 1, 1, abs),
        row("Max", "Max", 1, ANY, max),
        row("Min", "Min", 1, ANY, min),
        row("Racine", "Sqrt", 1, 1, sqrt),
        row("Hasard", "Random", 0, 2, random),
        row("InitHasard", "InitRandom", 0, 1, init_random),
    ],
    constants: &[],
};

#[derive(Debug)]
enum MathFault {
    NegativeSqrt,
}

impl FamilyFault for MathFault {
    fn text(&self, lang: Lang) -> String {
        match self {
            MathFault::NegativeSqrt => lang.pick(
                "cannot take the square root of a negative number".into(),
                "pas de racine carrée d'un nombre négatif".into(),
            ),
        }
    }
}

/// The state of `Hasard`: xorshift64*, seeded from the clock or by `InitHasard`.
struct Rng(u64);

impl FamilyState for Rng {
    fn new(_: &Settings) -> Rng {
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0x9E37_79B9_7F4A_7C15, |d| d.as_nanos() as u64);
        Rng(seed | 1)
    }

    fn as_any(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// `Arrondi(x [, n])`: half away from zero, to n decimals (negative n: tens, hundreds...).
fn round(_host: &mut dyn Host, args: Args) -> Ret {
    let x = args.number(0)?;
    let n = args.opt_int(1, 0)?.clamp(-15, 15) as i32;
    Ok(match x {
        Num::Int(v) if n >= 0 => Value::Int(v),
        x => {
            let scale = 10f64.powi(n);
            let r = (x.as_f64() * scale).round() / scale;
            if n <= 0 && r.abs() < 9.0e15 { Value::Int(r as i64) } else { Value::Real(r) }
        }
    })
}

fn abs(_host: &mut dyn Host, args: Args) -> Ret {
    Ok(match args.number(0)? {
        Num::Int(n) => n.checked_abs().map_or(Value::Real((n as f64).abs()), Value::Int),
        Num::Real(x) => Value::Real(x.abs()),
    })
}

fn extreme(args: Args, wanted: Ordering) -> Ret {
    let mut best = args[0].clone();
    for (i, v) in args.iter().enumerate().skip(1) {
        if ops::compare(v, &best).map_err(|e| arg_error(i, e.0))? == wanted {
            best = v.clone();
        }
    }
    Ok(best)
}

fn max(_host: &mut dyn Host, args: Args) -> Ret {
    extreme(args, Ordering::Greater)
}

fn min(_host: &mut dyn Host, args: Args) -> Ret {
    extreme(args, Ordering::Less)
}

fn sqrt(_host: &mut dyn Host, args: Args) -> Ret {
    let x = args.number(0)?.as_f64();
    if x < 0.0 {
        return Err(arg_error(0, Fault::family(MathFault::NegativeSqrt)));
    }
    Ok(Value::Real(x.sqrt()))
}

/// xorshift64*: small, fast, and reproducible after `InitHasard(seed)`.
fn next(host: &mut dyn Host) -> u64 {
    let rng = state::<Rng>(host);
    let mut x = rng.0;
    x ^= x >> 12;
    x ^= x << 25;
    x ^= x >> 27;
    rng.0 = x;
    x.wrapping_mul(0x2545_F491_4F6C_DD1D)
}

/// `Hasard()`: a real in [0, 1); `Hasard(max)`: an integer in 1..=max; `Hasard(min, max)`.
fn random(host: &mut dyn Host, args: Args) -> Ret {
    let r = next(host);
    let (lo, hi) = match args.len() {
        0 => return Ok(Value::Real((r >> 11) as f64 / (1u64 << 53) as f64)),
        1 => (1, args.int(0)?),
        _ => (args.int(0)?, args.int(1)?),
    };
    let (lo, hi) = if lo <= hi { (lo, hi) } else { (hi, lo) };
    let span = (hi as i128 - lo as i128 + 1) as u128;
    Ok(Value::Int((lo as i128 + (r as u128 % span) as i128) as i64))
}

/// `InitHasard(seed)`: makes the `Hasard` sequence reproducible.
fn init_random(host: &mut dyn Host, args: Args) -> Ret {
    let seed = args.opt_int(0, 0)? as u64;
    state::<Rng>(host).0 = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    Ok(Value::Null)
}
