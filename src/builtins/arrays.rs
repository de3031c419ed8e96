//! Array builtins: `Ajoute`/`TableauAjoute`, `TableauOccurrence`.

use super::{Args, Family, Host, Ret, arg_error, row};
use crate::value::Value;

pub static FAMILY: Family = Family {
    name: "arrays",
    functions: &[
        row("Ajoute", "Add", 2, 2, add),
        row("TableauAjoute", "ArrayAdd", 2, 2, add),
        row("TableauOccurrence", "ArrayCount", 1, 1, count),
    ],
    constants: &[],
};

/// Appends a value (converted to the element type); returns the new element count.
fn add(_host: &mut dyn Host, args: Args) -> Ret {
    let a = args.array(0)?;
    let mut a = a.borrow_mut();
    let value = args[1].clone();
    let value = if value.has_type(&a.elem) { value } else { value.convert(&a.elem).map_err(|e| arg_error(1, e.0))? };
    a.items.push(value);
    Ok(Value::Int(a.items.len() as i64))
}

fn count(_host: &mut dyn Host, args: Args) -> Ret {
    Ok(Value::Int(args.array(0)?.borrow().items.len() as i64))
}
