//! Numeric builtins: rounding (`Arrondi` and its variants), parts of a number, powers and
//! logarithms, trigonometry (in degrees, as WLanguage counts angles), `Hasard` and its generator.

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
        row("Somme", "Sum", 1, ANY, sum),
        row("Moyenne", "Mean", 1, ANY, mean),
        row("Racine", "Sqrt", 1, 1, sqrt),
        row("Hasard", "Random", 0, 2, random),
        row("InitHasard", "InitRandom", 0, 1, init_random),
        row("ArrondiInférieur", "RoundDown", 1, 2, round_down),
        row("ArrondiSupérieur", "RoundUp", 1, 2, round_up),
        row("ArrondiProche", "RoundToNearest", 2, 2, round_to_nearest),
        row("PartieEntière", "IntegerPart", 1, 1, integer_part),
        row("PartieDécimale", "DecimalPart", 1, 1, decimal_part),
        row("Modulo", "Modulo", 2, 2, modulo),
        row("Puissance", "Power", 2, 2, power),
        row("Exp", "Exp", 1, 1, exp),
        row("Ln", "Ln", 1, 1, ln),
        row("LogE", "LogE", 1, 1, ln),
        row("Log", "Log", 1, 1, log10),
        row("Cos", "Cos", 1, 1, cos),
        row("Sin", "Sin", 1, 1, sin),
        row("Tan", "Tan", 1, 1, tan),
        row("ArcCos", "ArcCos", 1, 1, arc_cos),
        row("ArcSin", "ArcSin", 1, 1, arc_sin),
        row("ArcTan", "ArcTan", 1, 1, arc_tan),
        row("Signe", "Sign", 1, 1, sign),
        row("bitDécaleGauche", "bitLeftShift", 2, 2, bit_left_shift),
        row("bitDécaleDroite", "bitRightShift", 2, 2, bit_right_shift),
    ],
    constants: &[],
};

/// `bitDécaleGauche(v, n)` (page 1512009). The resolver adds a third argument, the size in bits
/// of `v`'s declared type (32, 64, or 0 when unknown), for both this form and `v bitDécaleGauche n`.
fn bit_left_shift(_host: &mut dyn Host, args: Args) -> Ret {
    shift(args, crate::ast::BinOp::ShiftLeft)
}

/// `bitDécaleDroite(v, n)`: see `bit_left_shift`.
fn bit_right_shift(_host: &mut dyn Host, args: Args) -> Ret {
    shift(args, crate::ast::BinOp::ShiftRight)
}

fn shift(args: Args, op: crate::ast::BinOp) -> Ret {
    let int = |i: usize| ops::integer(&args[i]).map_err(|e| arg_error(i, e.0));
    let bits = if args.len() > 2 { args.int(2)? } else { 0 };
    ops::shift(op, int(0)?, int(1)?, bits).map_err(|e| arg_error(1, e.0))
}

#[derive(Debug)]
enum MathFault {
    NegativeSqrt,
    ModuloByZero,
    NotPositiveLog(String),
    OutOfDomain(String),
    NotANumber,
    ZeroStep,
}

impl FamilyFault for MathFault {
    fn text(&self, lang: Lang) -> String {
        match self {
            MathFault::NegativeSqrt => lang.pick(
                "cannot take the square root of a negative number".into(),
                "pas de racine carrée d'un nombre négatif".into(),
            ),
            MathFault::ModuloByZero => lang.pick("modulo by zero".into(), "modulo par zéro".into()),
            MathFault::NotPositiveLog(x) => lang.pick(
                format!("the logarithm needs a number greater than 0, not {x}"),
                format!("le logarithme demande un nombre supérieur à 0, pas {x}"),
            ),
            MathFault::OutOfDomain(x) => lang.pick(
                format!("the value must be between -1 and 1, not {x}"),
                format!("la valeur doit être comprise entre -1 et 1, pas {x}"),
            ),
            MathFault::NotANumber => lang.pick(
                "the result is not a number (infinite or undefined)".into(),
                "le résultat n'est pas un nombre (infini ou indéfini)".into(),
            ),
            MathFault::ZeroStep => lang.pick(
                "the multiple to round to must not be 0".into(),
                "le multiple auquel arrondir ne doit pas valoir 0".into(),
            ),
        }
    }
}

fn math_error(index: usize, fault: MathFault) -> super::BuiltinError {
    arg_error(index, Fault::family(fault))
}

/// The state of `Hasard` (and `TableauMélange`): xorshift64*, seeded from the clock or by
/// `InitHasard`.
pub(crate) struct Rng(u64);

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

/// The values a series of arguments stands for, each with the index of its argument: the
/// elements of arrays (of any dimension, arrays in arrays too) and of associative arrays, the
/// other values themselves.
fn series(args: &Args) -> Vec<(usize, Value)> {
    fn open(v: &Value, i: usize, depth: usize, out: &mut Vec<(usize, Value)>) {
        match v {
            Value::Array(a) if depth < 32 => a.borrow().items.iter().for_each(|item| open(&item, i, depth + 1, out)),
            Value::Assoc(a) if depth < 32 => {
                a.borrow().entries.values().for_each(|(_, item)| open(item, i, depth + 1, out))
            }
            Value::Ref(place) => open(&place.load(), i, depth, out),
            other => out.push((i, other.clone())),
        }
    }
    let mut out = Vec::new();
    for (i, v) in args.iter().enumerate() {
        open(v, i, 0, &mut out);
    }
    out
}

/// `Max`/`Min` of values or of arrays' elements (0 when there is none).
fn extreme(args: Args, wanted: Ordering) -> Ret {
    let values = series(&args);
    let Some((_, first)) = values.first() else { return Ok(Value::Int(0)) };
    let mut best = first.clone();
    for (i, v) in values.iter().skip(1) {
        if ops::compare(v, &best).map_err(|e| arg_error(*i, e.0))? == wanted {
            best = v.clone();
        }
    }
    Ok(best)
}

/// The total of a series (see `series`); text counts as the number it reads as. Integers add
/// up as integers, decimals as decimals.
fn total(values: &[(usize, Value)]) -> Ret {
    let mut sum = Value::Int(0);
    for (i, v) in values {
        let v = match v {
            Value::Int(_) | Value::Real(_) | Value::Decimal(_) => v.clone(),
            other => other.to_number().map_err(|e| arg_error(*i, e.0))?.into_value(),
        };
        sum = ops::binary(crate::ast::BinOp::Add, &sum, &v).map_err(|e| arg_error(*i, e.0))?;
    }
    Ok(sum)
}

/// `Somme(<Valeur 1> [, <Valeur 2> ...])` (help page 1000019892): values, or the elements of
/// arrays; 0 for none.
fn sum(_host: &mut dyn Host, args: Args) -> Ret {
    total(&series(&args))
}

/// `Moyenne(<Valeur 1> [, <Valeur 2> ...])` (help page 1000019891): the mean of values, or of
/// the elements of arrays; 0 for none.
fn mean(_host: &mut dyn Host, args: Args) -> Ret {
    let values = series(&args);
    if values.is_empty() {
        return Ok(Value::Int(0));
    }
    let sum = total(&values)?;
    ops::binary(crate::ast::BinOp::Div, &sum, &Value::Int(values.len() as i64)).map_err(|e| arg_error(0, e.0))
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
        return Err(math_error(0, MathFault::NegativeSqrt));
    }
    Ok(Value::Real(x.sqrt()))
}

/// The text of a number argument, for messages.
fn shown(x: f64) -> String {
    Value::Real(x).to_string()
}

/// A real result, or an error when it is infinite or undefined (`Puissance(0, -1)`).
fn real(x: f64, index: usize) -> Ret {
    if x.is_finite() { Ok(Value::Real(x)) } else { Err(math_error(index, MathFault::NotANumber)) }
}

/// An integer when the real is whole and fits, else the real.
fn whole(x: f64) -> Value {
    if x.fract() == 0.0 && x.abs() < 9.0e15 { Value::Int(x as i64) } else { Value::Real(x) }
}

/// Rounds `x` at `decimals` (negative: tens, hundreds...) with `f` (floor or ceil).
fn round_with(args: Args, f: fn(f64) -> f64) -> Ret {
    let x = args.number(0)?;
    let n = args.opt_int(1, 0)?.clamp(-15, 15) as i32;
    Ok(match x {
        Num::Int(v) if n >= 0 => Value::Int(v),
        x => {
            let scale = 10f64.powi(n);
            // Round the scaled value first: 2.3 * 10 is 22.999999999999996.
            let scaled = x.as_f64() * scale;
            let snapped =
                if (scaled - scaled.round()).abs() < 1e-9 * scaled.abs().max(1.0) { scaled.round() } else { scaled };
            let r = f(snapped) / scale;
            if n <= 0 { whole(r) } else { Value::Real(r) }
        }
    })
}

/// `ArrondiInférieur(x [, n])`: toward minus infinity, to n decimals.
fn round_down(_host: &mut dyn Host, args: Args) -> Ret {
    round_with(args, f64::floor)
}

/// `ArrondiSupérieur(x [, n])`: toward plus infinity, to n decimals.
fn round_up(_host: &mut dyn Host, args: Args) -> Ret {
    round_with(args, f64::ceil)
}

/// `ArrondiProche(x, multiple)`: the nearest multiple (half away from zero).
fn round_to_nearest(_host: &mut dyn Host, args: Args) -> Ret {
    let x = args.number(0)?;
    let step = args.number(1)?;
    if step.as_f64() == 0.0 {
        return Err(math_error(1, MathFault::ZeroStep));
    }
    if let (Num::Int(v), Num::Int(s)) = (x, step) {
        let (v, s) = (v as i128, s.unsigned_abs() as i128);
        let (q, r) = (v / s, v % s);
        let q = if r.abs() * 2 >= s { q + v.signum() } else { q };
        if let Ok(r) = i64::try_from(q * s) {
            return Ok(Value::Int(r));
        }
    }
    let s = step.as_f64().abs();
    let r = (x.as_f64() / s).round() * s;
    Ok(if matches!((x, step), (Num::Int(_), Num::Int(_))) { whole(r) } else { Value::Real(r) })
}

/// `PartieEntière(x)`: the integer part, toward zero (`-5.6` → `-5`).
fn integer_part(_host: &mut dyn Host, args: Args) -> Ret {
    Ok(match args.number(0)? {
        Num::Int(v) => Value::Int(v),
        Num::Real(x) => whole(x.trunc()),
    })
}

/// `PartieDécimale(x)`: what follows the decimal point, with the sign of x (`-5.6` → `-0.6`),
/// so that `x = PartieEntière(x) + PartieDécimale(x)`.
fn decimal_part(_host: &mut dyn Host, args: Args) -> Ret {
    Ok(match args.number(0)? {
        Num::Int(_) => Value::Int(0),
        Num::Real(x) => {
            // Computed on the decimal text, so that 5.6 gives 0.6 and not 0.5999999999999996.
            let text = Value::Real(x).to_string();
            match text.split_once('.') {
                Some((int, frac)) if !frac.contains('e') => {
                    let sign = if int.starts_with('-') { "-" } else { "" };
                    Value::Real(format!("{sign}0.{frac}").parse().unwrap_or(x.fract()))
                }
                _ => Value::Real(x.fract()),
            }
        }
    })
}

/// `Modulo(a, b)`: the remainder of a / b, with the sign of a (reals too).
fn modulo(_host: &mut dyn Host, args: Args) -> Ret {
    let a = args.number(0)?;
    let b = args.number(1)?;
    match (a, b) {
        (_, b) if b.as_f64() == 0.0 => Err(math_error(1, MathFault::ModuloByZero)),
        (Num::Int(a), Num::Int(b)) => Ok(Value::Int(a.checked_rem(b).unwrap_or(0))),
        (a, b) => Ok(Value::Real(a.as_f64() % b.as_f64())),
    }
}

/// `Puissance(x, y)`: x to the power y; an integer when both are and the result fits.
fn power(_host: &mut dyn Host, args: Args) -> Ret {
    let x = args.number(0)?;
    let y = args.number(1)?;
    if let (Num::Int(a), Num::Int(b)) = (x, y)
        && let Ok(b) = u32::try_from(b)
        && let Some(r) = a.checked_pow(b)
    {
        return Ok(Value::Int(r));
    }
    real(x.as_f64().powf(y.as_f64()), 1)
}

fn exp(_host: &mut dyn Host, args: Args) -> Ret {
    real(args.real(0)?.exp(), 0)
}

/// `Ln(x)` / `LogE(x)`: natural logarithm.
fn ln(_host: &mut dyn Host, args: Args) -> Ret {
    let x = args.real(0)?;
    if x <= 0.0 {
        return Err(math_error(0, MathFault::NotPositiveLog(shown(x))));
    }
    Ok(Value::Real(x.ln()))
}

/// `Log(x)`: decimal logarithm.
fn log10(_host: &mut dyn Host, args: Args) -> Ret {
    let x = args.real(0)?;
    if x <= 0.0 {
        return Err(math_error(0, MathFault::NotPositiveLog(shown(x))));
    }
    Ok(Value::Real(x.log10()))
}

/// Trigonometric results of exact angles land a hair off 0 (`Cos(90)` is 6e-17): within
/// 1e-15 of an integer, the integer is the answer.
fn trig(x: f64) -> Value {
    let r = x.round();
    Value::Real(if (x - r).abs() < 1e-15 { r } else { x })
}

/// `Cos(angle)`: the angle in degrees.
fn cos(_host: &mut dyn Host, args: Args) -> Ret {
    Ok(trig(args.real(0)?.to_radians().cos()))
}

fn sin(_host: &mut dyn Host, args: Args) -> Ret {
    Ok(trig(args.real(0)?.to_radians().sin()))
}

/// `Tan(angle)`: in degrees; `Tan(90)` is a very large number, as on every floating-point unit.
fn tan(_host: &mut dyn Host, args: Args) -> Ret {
    Ok(trig(args.real(0)?.to_radians().tan()))
}

fn inverse(args: Args, f: fn(f64) -> f64) -> Ret {
    let x = args.real(0)?;
    if !(-1.0..=1.0).contains(&x) {
        return Err(math_error(0, MathFault::OutOfDomain(shown(x))));
    }
    Ok(trig(f(x).to_degrees()))
}

/// `ArcCos(x)`: the angle in degrees, 0 to 180.
fn arc_cos(_host: &mut dyn Host, args: Args) -> Ret {
    inverse(args, f64::acos)
}

/// `ArcSin(x)`: the angle in degrees, -90 to 90.
fn arc_sin(_host: &mut dyn Host, args: Args) -> Ret {
    inverse(args, f64::asin)
}

/// `ArcTan(x)`: the angle in degrees, -90 to 90.
fn arc_tan(_host: &mut dyn Host, args: Args) -> Ret {
    Ok(trig(args.real(0)?.atan().to_degrees()))
}

/// `Signe(x)`: -1, 0 or 1.
fn sign(_host: &mut dyn Host, args: Args) -> Ret {
    let x = args.number(0)?.as_f64();
    Ok(Value::Int(if x > 0.0 {
        1
    } else if x < 0.0 {
        -1
    } else {
        0
    }))
}

/// xorshift64*: small, fast, and reproducible after `InitHasard(seed)`.
pub(crate) fn next(host: &mut dyn Host) -> u64 {
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
