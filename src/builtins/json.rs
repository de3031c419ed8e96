//! The JSON family: `JSONVersVariant`/`JSONToVariant` (help page 1000021052),
//! `VariantVersJSON`/`VariantToJSON` (1000021051), `JSONValide`/`JSONValid` (1410089147),
//! `JSONVersChaîne`/`JSONToString` (1000024530), `ChaîneVersJSON`/`StringToJSON` (1000024531),
//! and `Sérialise`/`Désérialise` in the `psdJSON` format (3013065, 3013066).
//!
//! The reader and the writer are `value::json` (the `JSON` type shares them): objects read are
//! values taking members while running (`value::Dynamic`), in order, whose members answer to
//! their keys with case and accents ignored, so a variant holding an object reads `v.nom`,
//! `v.liste[2].id` (page 1000021052: "an array of members where each member is a variant");
//! assigned to a declared structure, the members with the same names are copied (page
//! 1514008). Any value is written: the text is compact (no spaces or line breaks) and 7-bit
//! ASCII, other characters as `\uXXXX`.

use super::{Args, Builtin, BuiltinError, Const, Family, Host, Ret, arg_error, row};
use crate::diagnostics::{FamilyFault, Fault, Lang};
use crate::types::Ty;
use crate::value::json::{self, parse, to_value, write};
use crate::value::{Value, WStr, assign_struct};
use std::rc::Rc;

pub static FAMILY: Family = Family {
    name: "json",
    functions: &[
        row("JSONVersVariant", "JSONToVariant", 1, 1, json_to_variant),
        row("VariantVersJSON", "VariantToJSON", 1, 1, variant_to_json),
        row("JSONValide", "JSONValid", 1, 1, json_valid),
        row("JSONVersChaîne", "JSONToString", 1, 1, variant_to_json),
        row("ChaîneVersJSON", "StringToJSON", 1, 1, string_to_json),
        Builtin { by_ref: 0b10, ..row("Sérialise", "Serialize", 3, 4, serialize) },
        Builtin { by_ref: 0b01, ..row("Désérialise", "Deserialize", 3, 3, deserialize) },
    ],
    constants: &[
        // The formats of Sérialise/Désérialise (values of our own: compiled code shows none).
        ("psdBinaire", "psdBinary", Const::Int(PSD_BINARY)),
        ("psdXML", "psdXML", Const::Int(PSD_XML)),
        ("psdJSON", "psdJSON", Const::Int(PSD_JSON)),
    ],
};

const PSD_BINARY: i64 = 1;
const PSD_XML: i64 = 2;
const PSD_JSON: i64 = 4;

/// A format of `Sérialise`/`Désérialise` other than `psdJSON`.
#[derive(Debug)]
struct FormatFault(i64);

impl FamilyFault for FormatFault {
    fn text(&self, lang: Lang) -> String {
        let name = match self.0 {
            PSD_BINARY => "psdBinaire",
            PSD_XML => "psdXML",
            _ => "",
        };
        let n = self.0;
        if name.is_empty() {
            lang.pick(
                format!("{n} is not a serialization format (psdJSON)"),
                format!("{n} n'est pas un format de sérialisation (psdJSON)"),
            )
        } else {
            lang.pick(
                format!("the {name} format is not available here: only psdJSON is"),
                format!("le format {name} n'est pas disponible ici : seul psdJSON l'est"),
            )
        }
    }
}

fn json_error(index: usize, fault: json::JsonFault) -> BuiltinError {
    arg_error(index, Fault::family(fault))
}

// ----------------------------------------------------------------------------------- builtins

/// The JSON text of argument `i` (a string, or a buffer of UTF-8).
fn json_text(args: &Args, i: usize) -> Result<Rc<WStr>, BuiltinError> {
    args.text(i)
}

/// `JSONVersVariant(<Données JSON>)`: the value the text stands for; text that is not JSON is
/// an error (check it first with `JSONValide`).
fn json_to_variant(_host: &mut dyn Host, args: Args) -> Ret {
    let text = json_text(&args, 0)?;
    let node = parse(&text).map_err(|e| json_error(0, e))?;
    Ok(to_value(node, false))
}

/// `ChaîneVersJSON(<Chaîne>)`: the JSON value the text stands for, as a `JSON` variable holds
/// it (its objects take members, its arrays are arrays of JSON values); text that is not JSON
/// is an error.
fn string_to_json(_host: &mut dyn Host, args: Args) -> Ret {
    let text = json_text(&args, 0)?;
    let node = parse(&text).map_err(|e| json_error(0, e))?;
    Ok(to_value(node, true))
}

/// `VariantVersJSON(<Variant>)`, `JSONVersChaîne(<JSON>)`: the JSON text of any value.
fn variant_to_json(_host: &mut dyn Host, args: Args) -> Ret {
    write(&args[0]).map(Value::from).map_err(|fault| arg_error(0, fault))
}

/// `JSONValide(<Chaîne>)`: whether the text is one whole JSON value.
fn json_valid(_host: &mut dyn Host, args: Args) -> Ret {
    let text = json_text(&args, 0)?;
    Ok(Value::Bool(parse(&text).is_ok()))
}

/// The format argument of `Sérialise`/`Désérialise`: only `psdJSON` is available.
fn check_format(args: &Args, i: usize) -> Result<(), BuiltinError> {
    match args.int(i)? {
        PSD_JSON => Ok(()),
        other => Err(arg_error(i, Fault::family(FormatFault(other)))),
    }
}

/// `Sérialise(<Elément>, <Résultat>, psdJSON [, <Options>])`: the JSON text of a structure, an
/// object, an array (...) into the buffer or string variable `<Résultat>`. The options concern
/// the XML format.
fn serialize(_host: &mut dyn Host, args: Args) -> Ret {
    check_format(&args, 2)?;
    let text = write(&args.value(0)).map_err(|fault| arg_error(0, fault))?;
    args.store(1, Value::Buffer(Rc::new(text.into_bytes())))?;
    Ok(Value::Null)
}

/// `Désérialise(<Elément>, <Source>, psdJSON)`: fills a structure, an object or an array from
/// JSON text, member by member (by name, case and accents ignored; members the text lacks keep
/// their value) or element by element, converting each value to the declared type; a variant
/// takes the value the text stands for.
fn deserialize(_host: &mut dyn Host, args: Args) -> Ret {
    check_format(&args, 2)?;
    let text = args.text(1)?;
    // Straight into the structure or the array's elements when nothing unusual happens.
    match args.value(0) {
        Value::Record(record) => {
            let st = record.borrow().ty.clone();
            let read = crate::value::json::read_typed(&text, &Ty::Struct(st), Some(&record.borrow()));
            if let Some(Value::Record(new)) = read {
                let fields = std::mem::take(&mut new.borrow_mut().fields);
                let old = std::mem::replace(&mut record.borrow_mut().fields, fields);
                drop(old);
                return Ok(Value::Null);
            }
        }
        Value::Array(array) => {
            let elem = array.borrow().elem.clone();
            if let Some(Value::Array(items)) = crate::value::json::read_typed(&text, &Ty::Array(Rc::new(elem)), None) {
                let items = std::mem::take(&mut items.borrow_mut().items);
                let old = std::mem::replace(&mut array.borrow_mut().items, items);
                drop(old);
                return Ok(Value::Null);
            }
        }
        _ => {}
    }
    let source = to_value(parse(&text).map_err(|e| json_error(1, e))?, false);
    let wrong = |e: crate::value::TypeError| arg_error(1, e.0);
    match args.value(0) {
        target @ Value::Record(_) => {
            let Value::Record(record) = &target else { unreachable!() };
            let st = record.borrow().ty.clone();
            if let Value::Record(new) = assign_struct(&target, source, &st).map_err(wrong)? {
                let fields = std::mem::take(&mut new.borrow_mut().fields);
                record.borrow_mut().fields = fields;
            }
        }
        Value::Object(object) => {
            let Value::Dynamic(source) = source else {
                return Err(arg_error(
                    1,
                    Fault::WrongObject { found: source.ty(), expected: Value::Object(object).ty() },
                ));
            };
            let source = source.borrow();
            for (i, field) in object.class.fields.iter().enumerate() {
                if let Some(j) = source.find(&field.folded, &field.name) {
                    let v = source.value(j).convert(&field.ty).map_err(wrong)?;
                    let old = std::mem::replace(&mut object.fields.borrow_mut()[i], v);
                    drop(old);
                }
            }
        }
        Value::Array(array) => {
            let elem = array.borrow().elem.clone();
            let Value::Array(items) = source.convert(&Ty::Array(Rc::new(elem))).map_err(wrong)? else {
                unreachable!("an array converts to an array")
            };
            let items = std::mem::take(&mut items.borrow_mut().items);
            let old = std::mem::replace(&mut array.borrow_mut().items, items);
            drop(old);
        }
        _ => args.store(0, source)?,
    }
    Ok(Value::Null)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::{Field, StructType};

    #[test]
    fn assignments_to_structures_copy_members_by_name() {
        let st = Rc::new(StructType {
            name: "Personne".into(),
            id: 0,
            fields: vec![
                Field { name: "Nom".into(), folded: "nom".into(), ty: Ty::Str },
                Field { name: "Age".into(), folded: "age".into(), ty: Ty::Int },
            ],
            aliases: Vec::new(),
        });
        let v = to_value(parse(r#"{"age":"42","NOM":"Dupont","autre":1}"#).unwrap(), false);
        let old = Ty::Struct(st.clone()).default_value();
        let Value::Record(r) = assign_struct(&old, v, &st).unwrap() else { panic!() };
        assert_eq!(r.borrow().fields[0].to_text().unwrap().as_str(), "Dupont");
        assert_eq!(r.borrow().fields[1].to_int().unwrap(), 42);
    }
}
