//! Array builtins: `Ajoute`/`TableauAjoute`, `TableauOccurrence`.

use super::{BuiltinError, arg_error, array};
use crate::interp::Interp;
use crate::interp::value::Value;

/// Appends a value (converted to the element type); returns the new element count.
pub fn add(_it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    let a = array(args, 0)?;
    let mut a = a.borrow_mut();
    let value = args[1].clone();
    let value = if value.has_type(&a.elem) { value } else { value.convert(&a.elem).map_err(|e| arg_error(1, e.0))? };
    a.items.push(value);
    Ok(Value::Int(a.items.len() as i64))
}

pub fn count(_it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    Ok(Value::Int(array(args, 0)?.borrow().items.len() as i64))
}
