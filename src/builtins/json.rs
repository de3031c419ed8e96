//! The JSON family: `JSONVersVariant`/`JSONToVariant` (help page 1000021052),
//! `VariantVersJSON`/`VariantToJSON` (1000021051), `JSONValide`/`JSONValid` (1410089147), and
//! `Sérialise`/`Désérialise` in the `psdJSON` format (3013065, 3013066).
//!
//! Reading goes through serde_json's parser into a small tree of our own (objects keep their
//! members in order without serde_json's `preserve_order` feature, which would reorder what the
//! LSP writes), then into values: `null` is Null, `true`/`false` booleans, an integer that fits
//! in 8 bytes an `entier`, any other number a `réel`, a string a `chaîne`, an array a `tableau`
//! of variants, and an object a structure made while reading, whose members are the object's
//! keys (page 1000021052: "an array of members where each member is a variant"). A member
//! answers to its key with case and accents ignored, as every WLanguage name does, so a variant
//! holding an object reads `v.nom`, `v.liste[2].id`; assigned to a declared structure, the
//! members with the same names are copied (page 1514008).
//!
//! Writing goes the other way for any value: structures and objects by their members (in
//! declaration order), associative arrays by their keys, arrays as arrays, dates, times and
//! durations as their usual text. The text is compact (no spaces or line breaks) and 7-bit
//! ASCII, other characters as `\uXXXX`, the encoding page 1000021052 describes.
//!
//! Nesting is bounded both ways: serde_json refuses more than 128 levels on reading, and
//! writing stops at [`MAX_DEPTH`] levels (which also ends a cycle of dynamic objects), so no
//! input can overflow the stack.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use super::{Args, Builtin, BuiltinError, Const, Family, Host, Ret, arg_error, row};
use crate::diagnostics::{FamilyFault, Fault, Lang};
use crate::keywords::fold;
use crate::types::{Field, StructType, Ty};
use crate::value::{Array, Record, Value, WStr, assign_struct};

pub static FAMILY: Family = Family {
    name: "json",
    functions: &[
        row("JSONVersVariant", "JSONToVariant", 1, 1, json_to_variant),
        row("VariantVersJSON", "VariantToJSON", 1, 1, variant_to_json),
        row("JSONValide", "JSONValid", 1, 1, json_valid),
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

/// The deepest nesting written (arrays and objects inside each other).
pub const MAX_DEPTH: usize = 512;

/// The name structures read from JSON objects carry in messages.
const OBJECT_TYPE_NAME: &str = "JSON";

#[derive(Debug)]
enum JsonFault {
    /// The text is not JSON: where, and what went wrong.
    Invalid { line: usize, column: usize, what: Problem },
    /// More than `MAX_DEPTH` levels to write (or a cycle of objects).
    TooDeep,
    /// A value JSON cannot hold (a procedure).
    NoJsonForm(String),
    /// A format of `Sérialise`/`Désérialise` other than `psdJSON`.
    Format(i64),
}

#[derive(Debug)]
enum Problem {
    Syntax,
    End,
    TooDeep,
}

impl FamilyFault for JsonFault {
    fn text(&self, lang: Lang) -> String {
        match self {
            JsonFault::Invalid { line, column, what } => {
                let (en, fr) = match what {
                    Problem::Syntax => ("syntax error", "erreur de syntaxe"),
                    Problem::End => ("the text ends too early", "le texte s'arrête trop tôt"),
                    Problem::TooDeep => ("nested more than 128 levels deep", "imbriqué sur plus de 128 niveaux"),
                };
                lang.pick(
                    format!("invalid JSON at line {line}, column {column}: {en}"),
                    format!("JSON invalide ligne {line}, colonne {column} : {fr}"),
                )
            }
            JsonFault::TooDeep => lang.pick(
                format!("more than {MAX_DEPTH} nested levels to write as JSON (an object that contains itself?)"),
                format!("plus de {MAX_DEPTH} niveaux imbriqués à écrire en JSON (un objet qui se contient lui-même ?)"),
            ),
            JsonFault::Format(n) => {
                let name = match *n {
                    PSD_BINARY => "psdBinaire",
                    PSD_XML => "psdXML",
                    _ => "",
                };
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
            JsonFault::NoJsonForm(what) => {
                lang.pick(format!("{what} cannot be written as JSON"), format!("{what} ne s'écrit pas en JSON"))
            }
        }
    }
}

fn json_error(index: usize, fault: JsonFault) -> BuiltinError {
    arg_error(index, Fault::family(fault))
}

// ------------------------------------------------------------------------------------ reading

/// A JSON document as parsed: objects keep their members in order.
#[derive(Debug, PartialEq)]
pub enum Node {
    Null,
    Bool(bool),
    Int(i64),
    Real(f64),
    Str(String),
    Array(Vec<Node>),
    Object(Vec<(String, Node)>),
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Node, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_none<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_bool<E>(self, b: bool) -> Result<Node, E> {
        Ok(Node::Bool(b))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Node, E> {
        Ok(Node::Int(n))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Node, E> {
        Ok(i64::try_from(n).map_or(Node::Real(n as f64), Node::Int))
    }

    fn visit_f64<E>(self, x: f64) -> Result<Node, E> {
        Ok(Node::Real(x))
    }

    fn visit_str<E>(self, s: &str) -> Result<Node, E> {
        Ok(Node::Str(s.to_owned()))
    }

    fn visit_string<E>(self, s: String) -> Result<Node, E> {
        Ok(Node::Str(s))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut members: Vec<(String, Node)> = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, Node>()? {
            // A key given twice keeps its first place and its last value.
            match members.iter_mut().find(|(k, _)| *k == key) {
                Some(member) => member.1 = value,
                None => members.push((key, value)),
            }
        }
        Ok(Node::Object(members))
    }
}

/// Parses a whole JSON text (a byte order mark first is skipped; nothing but blanks may follow).
pub fn parse(text: &str) -> Result<Node, JsonFaultBox> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_json::from_str::<Node>(text).map_err(|e| {
        let what = match e.classify() {
            serde_json::error::Category::Eof => Problem::End,
            _ if e.to_string().starts_with("recursion limit") => Problem::TooDeep,
            _ => Problem::Syntax,
        };
        JsonFaultBox(JsonFault::Invalid { line: e.line(), column: e.column(), what })
    })
}

/// A reading failure, for the builtins of other families that read JSON.
#[derive(Debug)]
pub struct JsonFaultBox(JsonFault);

impl JsonFaultBox {
    pub fn into_fault(self) -> Fault {
        Fault::family(self.0)
    }
}

/// The structure types of a document's objects, one per list of keys: the objects of an array
/// of records share one.
#[derive(Default)]
struct ObjectTypes(HashMap<Vec<String>, Rc<StructType>>);

/// Structure types made for JSON objects are numbered from here down, far from the script's own
/// (numbered from 0) and the families' (see `FAMILY_TYPE_IDS`).
const OBJECT_TYPE_IDS: usize = usize::MAX / 2;
static NEXT_OBJECT_TYPE: AtomicUsize = AtomicUsize::new(0);

impl ObjectTypes {
    fn of(&mut self, members: &[(String, Node)]) -> Rc<StructType> {
        let keys: Vec<String> = members.iter().map(|(k, _)| k.clone()).collect();
        if let Some(st) = self.0.get(&keys) {
            return st.clone();
        }
        let fields =
            keys.iter().map(|k| Field { name: k.as_str().into(), folded: fold(k).into(), ty: Ty::Variant }).collect();
        let id = OBJECT_TYPE_IDS - NEXT_OBJECT_TYPE.fetch_add(1, Ordering::Relaxed) % (OBJECT_TYPE_IDS / 2);
        let st = Rc::new(StructType { name: OBJECT_TYPE_NAME.into(), id, fields, aliases: Vec::new() });
        self.0.insert(keys, st.clone());
        st
    }
}

/// The value a parsed document stands for (see the module's header).
pub fn to_value(node: Node) -> Value {
    let mut types = ObjectTypes::default();
    node_value(node, &mut types)
}

fn node_value(node: Node, types: &mut ObjectTypes) -> Value {
    match node {
        Node::Null => Value::Null,
        Node::Bool(b) => Value::Bool(b),
        Node::Int(n) => Value::Int(n),
        Node::Real(x) => Value::Real(x),
        Node::Str(s) => Value::from(s),
        Node::Array(items) => {
            Value::Array(Array::new(Ty::Variant, items.into_iter().map(|n| node_value(n, types)).collect()))
        }
        Node::Object(members) => {
            let ty = types.of(&members);
            let fields = members.into_iter().map(|(_, n)| node_value(n, types)).collect();
            Value::Record(Rc::new(RefCell::new(Record { ty, fields })))
        }
    }
}

// ------------------------------------------------------------------------------------ writing

/// The JSON text of a value (see the module's header); `Err` for a procedure, or nesting deeper
/// than `MAX_DEPTH`.
pub fn write(value: &Value) -> Result<String, Fault> {
    let mut out = String::new();
    write_value(&mut out, value, 0).map_err(Fault::family)?;
    Ok(out)
}

fn write_value(out: &mut String, value: &Value, depth: usize) -> Result<(), JsonFault> {
    if depth > MAX_DEPTH {
        return Err(JsonFault::TooDeep);
    }
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(n) => {
            let _ = write!(out, "{n}");
        }
        Value::Real(x) if x.is_finite() => {
            let _ = write!(out, "{x}");
        }
        // JSON has no infinities nor NaN.
        Value::Real(_) => out.push_str("null"),
        Value::Decimal(d) => crate::value::decimal::write(d, out),
        Value::Str(s) => write_string(out, s),
        Value::Ref(place) => write_value(out, &place.load(), depth)?,
        Value::Array(a) => {
            out.push('[');
            for (i, item) in a.borrow().items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(out, item, depth + 1)?;
            }
            out.push(']');
        }
        Value::Record(r) => {
            let r = r.borrow();
            write_members(out, r.ty.fields.iter().map(|f| &*f.name).zip(&r.fields), depth)?;
        }
        Value::Object(o) => {
            let fields = o.fields.borrow();
            write_members(out, o.class.fields.iter().map(|f| &*f.name).zip(fields.iter()), depth)?;
        }
        Value::Assoc(a) => {
            let a = a.borrow();
            out.push('{');
            for (i, (key, v)) in a.entries.values().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(out, &key.to_text().map_err(|_| JsonFault::NoJsonForm(key.ty().words(Lang::En)))?);
                out.push(':');
                write_value(out, v, depth + 1)?;
            }
            out.push('}');
        }
        Value::Proc(_) | Value::Tuple(_) => return Err(JsonFault::NoJsonForm(value.ty().words(Lang::En))),
        // Buffers, dates, times, durations, enumerations: their text.
        other => match other.to_text() {
            Ok(text) => write_string(out, &text),
            Err(_) => return Err(JsonFault::NoJsonForm(other.ty().words(Lang::En))),
        },
    }
    Ok(())
}

fn write_members<'a>(
    out: &mut String,
    members: impl Iterator<Item = (&'a str, &'a Value)>,
    depth: usize,
) -> Result<(), JsonFault> {
    out.push('{');
    for (i, (name, v)) in members.enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_string(out, name);
        out.push(':');
        write_value(out, v, depth + 1)?;
    }
    out.push('}');
    Ok(())
}

/// A JSON string: quotes, backslashes and control characters escaped, and every character
/// beyond 7-bit ASCII as `\uXXXX` (two escapes, a surrogate pair, beyond U+FFFF).
fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (c as u32) >= 0x7f => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{unit:04X}");
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
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
    let node = parse(&text).map_err(|e| json_error(0, e.0))?;
    Ok(to_value(node))
}

/// `VariantVersJSON(<Variant>)`: the JSON text of any value.
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
        other => Err(json_error(i, JsonFault::Format(other))),
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
    let source = to_value(parse(&text).map_err(|e| json_error(1, e.0))?);
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
            let Value::Record(source) = source else {
                return Err(arg_error(
                    1,
                    Fault::WrongObject { found: source.ty(), expected: Value::Object(object).ty() },
                ));
            };
            let source = source.borrow();
            for (i, field) in object.class.fields.iter().enumerate() {
                if let Some(j) = source.ty.field(&field.folded) {
                    let v = source.fields[j].clone().convert(&field.ty).map_err(wrong)?;
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

    fn round_trip(text: &str) -> String {
        write(&to_value(parse(text).unwrap())).unwrap()
    }

    #[test]
    fn documents_read_and_write_back_in_order() {
        assert_eq!(
            round_trip(r#" {"b": 1, "a": [true, null, 2.5, "x"], "c": {}} "#),
            r#"{"b":1,"a":[true,null,2.5,"x"],"c":{}}"#
        );
        assert_eq!(round_trip("[]"), "[]");
        assert_eq!(round_trip("-12"), "-12");
        assert_eq!(round_trip("1e2"), "100");
        assert_eq!(round_trip("18446744073709551615"), "18446744073709552000");
    }

    #[test]
    fn a_key_given_twice_keeps_its_place_and_its_last_value() {
        assert_eq!(round_trip(r#"{"a":1,"b":2,"a":3}"#), r#"{"a":3,"b":2}"#);
    }

    #[test]
    fn strings_are_written_in_ascii() {
        assert_eq!(
            round_trip(r#""été \"à\" \\ \n \u0001 😀""#),
            r#""\u00E9t\u00E9 \"\u00E0\" \\ \n \u0001 \uD83D\uDE00""#
        );
    }

    #[test]
    fn objects_with_the_same_keys_share_their_type() {
        let Value::Array(a) = to_value(parse(r#"[{"id":1},{"id":2},{"nom":3}]"#).unwrap()) else { panic!() };
        let ids: Vec<usize> = a
            .borrow()
            .items
            .iter()
            .map(|v| match v {
                Value::Record(r) => r.borrow().ty.id,
                _ => panic!(),
            })
            .collect();
        assert_eq!(ids[0], ids[1]);
        assert_ne!(ids[0], ids[2]);
    }

    #[test]
    fn bad_documents_say_where() {
        let texts = |text: &str| {
            let f = Fault::family(parse(text).unwrap_err().0);
            (f.text(Lang::En), f.text(Lang::Fr))
        };
        assert_eq!(texts("{\"a\":1,}").0, "invalid JSON at line 1, column 8: syntax error");
        assert_eq!(texts("[1,\n2").1, "JSON invalide ligne 2, colonne 1 : le texte s'arrête trop tôt");
        assert!(texts("1 2").0.contains("syntax error"));
        let deep = "[".repeat(100_000);
        assert!(texts(&deep).0.contains("128 levels"));
        assert!(parse("\u{feff}{}").is_ok());
    }

    #[test]
    fn writing_stops_at_the_depth_limit() {
        let mut v = Value::Null;
        for _ in 0..MAX_DEPTH + 5 {
            v = Value::Array(Array::new(Ty::Variant, vec![v]));
        }
        assert!(write(&v).is_err());
        // Dropping the nested arrays must not overflow either: they are shallow enough here.
    }

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
        let v = to_value(parse(r#"{"age":"42","NOM":"Dupont","autre":1}"#).unwrap());
        let old = Ty::Struct(st.clone()).default_value();
        let Value::Record(r) = assign_struct(&old, v, &st).unwrap() else { panic!() };
        assert_eq!(r.borrow().fields[0].to_text().unwrap().as_str(), "Dupont");
        assert_eq!(r.borrow().fields[1].to_int().unwrap(), 42);
    }
}
