//! JSON text and values: reading a document into values, writing any value as JSON. Below the
//! `JSON` type (`j est un JSON`, help page 1000023611), the conversions to it, and the JSON
//! family's builtins (`builtins::json`), which all share this one reader and writer.
//!
//! Reading goes through serde_json's parser into a small tree of our own (objects keep their
//! members in order without serde_json's `preserve_order` feature, which would reorder what the
//! LSP writes), then into values: `null` is Null, `true`/`false` booleans, an integer that fits
//! in 8 bytes an `entier`, any other number a `réel`, a string a `chaîne`, an array a `tableau`,
//! and an object a `Dynamic` value whose members are the object's keys, in order (a member
//! answers to its key with case and accents ignored, as every WLanguage name does).
//!
//! Writing goes the other way for any value: dynamic values, structures and objects by their
//! members (in order), associative arrays by their keys, arrays as arrays, dates, times and
//! durations as their usual text. The text is compact (no spaces or line breaks) and 7-bit
//! ASCII, other characters as `\uXXXX`, the encoding help page 1000021052 describes.
//!
//! Nesting is bounded both ways: serde_json refuses more than 128 levels on reading, and
//! writing stops at [`MAX_DEPTH`] levels (which also ends a cycle of dynamic objects), so no
//! input can overflow the stack.

use std::cell::RefCell;
use std::fmt::Write as _;
use std::rc::Rc;

use serde::de::{Deserialize, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use super::dynamic::Dynamic;
use super::{Array, Growth, Value};
use crate::diagnostics::{FamilyFault, Fault, Lang};
use crate::types::Ty;

/// The deepest nesting written (arrays and objects inside each other).
pub const MAX_DEPTH: usize = 512;

/// Why JSON could not be read or written.
#[derive(Debug)]
pub enum JsonFault {
    /// The text is not JSON: where, and what went wrong.
    Invalid { line: usize, column: usize, what: Problem },
    /// More than `MAX_DEPTH` levels to write (or a cycle of objects).
    TooDeep,
    /// A value JSON cannot hold (a procedure).
    NoJsonForm(String),
}

#[derive(Debug)]
pub enum Problem {
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
            JsonFault::NoJsonForm(what) => {
                lang.pick(format!("{what} cannot be written as JSON"), format!("{what} ne s'écrit pas en JSON"))
            }
        }
    }
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
pub fn parse(text: &str) -> Result<Node, JsonFault> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_json::from_str::<Node>(text).map_err(|e| {
        let what = match e.classify() {
            serde_json::error::Category::Eof => Problem::End,
            _ if e.to_string().starts_with("recursion limit") => Problem::TooDeep,
            _ => Problem::Syntax,
        };
        JsonFault::Invalid { line: e.line(), column: e.column(), what }
    })
}

/// The value a parsed document stands for (see the module's header). `json`: for a `JSON`
/// variable (its objects convert what their members are given as a `JSON` variable does, its
/// arrays are arrays of `JSON`); otherwise for a variant (`JSONVersVariant`).
pub fn to_value(node: Node, json: bool) -> Value {
    match node {
        Node::Null => Value::Null,
        Node::Bool(b) => Value::Bool(b),
        Node::Int(n) => Value::Int(n),
        Node::Real(x) => Value::Real(x),
        Node::Str(s) => Value::from(s),
        // A JSON value's arrays grow to any index written (`j.liste[5] = x`).
        Node::Array(items) => {
            let items = items.into_iter().map(|n| to_value(n, json)).collect::<Vec<_>>().into();
            Value::Array(Rc::new(RefCell::new(if json {
                Array { elem: Ty::Json, items, dims: Vec::new(), growth: Growth::Any }
            } else {
                Array { elem: Ty::Variant, items, dims: Vec::new(), growth: Growth::No }
            })))
        }
        Node::Object(members) => {
            let mut object = Dynamic::new(json);
            for (key, node) in members {
                object.push(key.into(), to_value(node, json));
            }
            Value::Dynamic(Rc::new(RefCell::new(object)))
        }
    }
}

// ------------------------------------------------------------------------- reading into a type

/// Reads a JSON text straight into a value of type `ty` (a structure, an array), as
/// `to_value` then `Value::convert` would, without the tree and the dynamic objects in
/// between: what `Désérialise` does into a typed variable, member by member. `base`: the
/// members a structure keeps where the text has none (`Désérialise` into a structure keeps
/// them; elements of an array start from their type's defaults).
///
/// `None` whenever this path is not sure to give exactly what the general one gives: a
/// conversion that fails (the general path then reports it in its order), an array inside an
/// array of non-arrays (read as several dimensions), a member named by two keys that differ in
/// case, invalid JSON. The caller then goes the general way.
pub fn read_typed(text: &str, ty: &Ty, base: Option<&super::Record>) -> Option<Value> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut de = serde_json::Deserializer::from_str(text);
    let value = Typed { ty, base }.deserialize(&mut de).ok()?;
    de.end().ok()?;
    Some(value)
}

/// The seed of `read_typed`: reads one JSON value as a value of type `ty`.
struct Typed<'t> {
    ty: &'t Ty,
    base: Option<&'t super::Record>,
}

/// The error that sends `read_typed` back to the general path.
fn give_up<E: serde::de::Error>() -> E {
    E::custom("not the typed path")
}

impl<'de> DeserializeSeed<'de> for Typed<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        match self.ty {
            Ty::Struct(st) => deserializer.deserialize_any(StructVisitor { st, base: self.base }),
            Ty::Array(elem) if !matches!(**elem, Ty::Variant) => deserializer.deserialize_any(ArrayVisitor { elem }),
            ty => {
                // Any other type: the value the text stands for, converted as an assignment does.
                let v = to_value(Node::deserialize(deserializer)?, false);
                v.convert(ty).map_err(|_| give_up())
            }
        }
    }
}

struct StructVisitor<'t> {
    st: &'t Rc<crate::types::StructType>,
    base: Option<&'t super::Record>,
}

impl<'de> Visitor<'de> for StructVisitor<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let st = self.st;
        let mut fields: Vec<Value> = match self.base {
            Some(base) => base.deep_copy().fields,
            None => st.fields.iter().map(|f| f.ty.default_value()).collect(),
        };
        // Per member: found under its exact name (which wins, the last value of the key), or
        // under another spelling (the first such key, as `Dynamic::find` chooses).
        #[derive(Clone, Copy, PartialEq)]
        enum Found {
            No,
            Folded,
            Exact,
        }
        let mut found = vec![Found::No; st.fields.len()];
        while let Some(Key(key)) = map.next_key::<Key>()? {
            let (i, how) = match st.fields.iter().position(|f| *f.name == *key) {
                Some(i) => (i, Found::Exact),
                None => {
                    let folded = crate::keywords::fold(&key);
                    match st.fields.iter().position(|f| *f.folded == *folded) {
                        Some(i) => (i, Found::Folded),
                        None => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                            continue;
                        }
                    }
                }
            };
            match (found[i], how) {
                (Found::Exact, Found::Folded) => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                    continue;
                }
                // Two spellings of one member: which one the general path takes depends on
                // the order of first appearance; let it decide.
                (Found::Folded, Found::Folded) => return Err(give_up()),
                _ => {}
            }
            let field = &st.fields[i];
            let v = map.next_value_seed(Typed { ty: &field.ty, base: None })?;
            fields[i] = v;
            found[i] = how;
        }
        Ok(Value::Record(Rc::new(RefCell::new(super::Record { ty: st.clone(), fields }))))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Value, A::Error> {
        Err(give_up())
    }
}

/// A member's key: borrowed from the text when it holds no escape (no copy per key).
struct Key<'de>(std::borrow::Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Key<'de>, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a key")
            }

            fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Borrowed(s)))
            }

            fn visit_str<E>(self, s: &str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(s.to_owned())))
            }

            fn visit_string<E>(self, s: String) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(s)))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

struct ArrayVisitor<'t> {
    elem: &'t Rc<Ty>,
}

impl<'de> Visitor<'de> for ArrayVisitor<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON array")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let elem = &**self.elem;
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(Typed { ty: elem, base: None })? {
            // An array inside an array of non-arrays is read as several dimensions.
            if matches!(item, Value::Array(_)) && !matches!(elem, Ty::Array(_)) {
                return Err(give_up());
            }
            items.push(item);
        }
        Ok(Value::Array(Rc::new(RefCell::new(Array {
            elem: elem.clone(),
            items: super::Items::of(elem, items),
            dims: Vec::new(),
            growth: Growth::No,
        }))))
    }
}

/// The text a `JSON` variable takes as JSON: an object or an array written in JSON (anything
/// else, a string that does not read as JSON included, is data).
pub fn document(text: &str) -> Option<Value> {
    let trimmed = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    if !trimmed.starts_with(['{', '[']) {
        return None;
    }
    parse(trimmed).ok().map(|node| to_value(node, true))
}

/// A value as a `JSON` variable holds it (help page 1000023611): numbers, booleans and Null as
/// they are; text and buffers as JSON when they hold an object or an array in JSON, else as
/// text; dates, times and date-times as RFC 3339 text (`2024-03-15`, `10:30:00`,
/// `2024-03-15T10:30:00`); structures, objects and associative arrays as JSON objects of their
/// members (copies); arrays as arrays of JSON values (copies).
pub fn to_json(v: Value) -> Result<Value, Fault> {
    match v {
        Value::Str(s) => Ok(document(&s).unwrap_or(Value::Str(s))),
        Value::Buffer(b) => {
            let text = String::from_utf8_lossy(&b).into_owned();
            Ok(document(&text).unwrap_or_else(|| Value::from(text)))
        }
        v => jsonify(&v, 0).map_err(Fault::family),
    }
}

fn jsonify(v: &Value, depth: usize) -> Result<Value, JsonFault> {
    if depth > MAX_DEPTH {
        return Err(JsonFault::TooDeep);
    }
    let object = |members: Vec<(Box<str>, Value)>| {
        let mut d = Dynamic::new(true);
        for (k, v) in members {
            d.push(k, v);
        }
        Value::Dynamic(Rc::new(RefCell::new(d)))
    };
    Ok(match v {
        Value::Null | Value::Bool(_) | Value::Int(_) | Value::Real(_) | Value::Decimal(_) | Value::Str(_) => v.clone(),
        Value::Ref(place) => jsonify(&place.load(), depth)?,
        Value::Dynamic(d) => {
            let d = d.borrow();
            object(d.iter().map(|(k, v)| Ok((k.into(), jsonify(v, depth + 1)?))).collect::<Result<_, JsonFault>>()?)
        }
        Value::Record(r) => {
            let r = r.borrow();
            let members = r.ty.fields.iter().zip(&r.fields);
            object(
                members
                    .map(|(f, v)| Ok((f.name.as_ref().into(), jsonify(v, depth + 1)?)))
                    .collect::<Result<_, JsonFault>>()?,
            )
        }
        Value::Object(o) => {
            let fields = o.fields.borrow();
            let members = o.class.fields.iter().zip(fields.iter());
            object(
                members
                    .map(|(f, v)| Ok((f.name.as_ref().into(), jsonify(v, depth + 1)?)))
                    .collect::<Result<_, JsonFault>>()?,
            )
        }
        Value::Assoc(a) => {
            let a = a.borrow();
            let mut members = Vec::with_capacity(a.len());
            for (key, v) in a.entries.values() {
                let key = key.to_text().map_err(|_| JsonFault::NoJsonForm(key.ty().words(Lang::En)))?;
                members.push((key.as_str().into(), jsonify(v, depth + 1)?));
            }
            object(members)
        }
        Value::Array(a) => {
            let a = a.borrow();
            let items = a.items.iter().map(|v| jsonify(&v, depth + 1)).collect::<Result<Vec<_>, _>>()?.into();
            Value::Array(Rc::new(RefCell::new(Array {
                elem: Ty::Json,
                items,
                dims: a.dims.clone(),
                growth: Growth::Any,
            })))
        }
        Value::Date(d) if !d.is_empty() => {
            let (y, m, day) = d.ymd();
            Value::from(format!("{y:04}-{m:02}-{day:02}"))
        }
        Value::Time(t) if !t.is_empty() => Value::from(rfc_time(t.ms())),
        Value::DateTime(t) if !t.is_empty() => {
            let (y, m, day) = t.date().ymd();
            Value::from(format!("{y:04}-{m:02}-{day:02}T{}", rfc_time(t.time().ms())))
        }
        Value::Date(_) | Value::Time(_) | Value::DateTime(_) => Value::from(""),
        Value::Proc(_) | Value::Tuple(_) => return Err(JsonFault::NoJsonForm(v.ty().words(Lang::En))),
        // Buffers, durations, enumerations: their text.
        other => match other.to_text() {
            Ok(text) => Value::Str(text),
            Err(_) => return Err(JsonFault::NoJsonForm(other.ty().words(Lang::En))),
        },
    })
}

/// `HH:MM:SS`, and `.mmm` when there are milliseconds.
fn rfc_time(ms: i64) -> String {
    let (h, m, s, rest) = (ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    if rest == 0 { format!("{h:02}:{m:02}:{s:02}") } else { format!("{h:02}:{m:02}:{s:02}.{rest:03}") }
}

// ------------------------------------------------------------------------------------ writing

/// The JSON text of a value (see the module's header); `Err` for a procedure, or nesting deeper
/// than `MAX_DEPTH`.
pub fn write(value: &Value) -> Result<String, Fault> {
    let mut out = String::new();
    write_value(&mut out, value, 0).map_err(Fault::family)?;
    Ok(out)
}

/// `write` into `out`.
pub fn write_into(out: &mut String, value: &Value) -> Result<(), Fault> {
    write_value(out, value, 0).map_err(Fault::family)
}

fn write_value(out: &mut String, value: &Value, depth: usize) -> Result<(), JsonFault> {
    if depth > MAX_DEPTH {
        return Err(JsonFault::TooDeep);
    }
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(n) => super::write_int(out, *n),
        Value::Real(x) if x.is_finite() => {
            let _ = write!(out, "{x}");
        }
        // JSON has no infinities nor NaN.
        Value::Real(_) => out.push_str("null"),
        Value::Decimal(d) => super::decimal::write(d, out),
        Value::Str(s) => write_string(out, s),
        Value::Ref(place) => write_value(out, &place.load(), depth)?,
        Value::Array(a) => {
            out.push('[');
            for (i, item) in a.borrow().items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(out, &item, depth + 1)?;
            }
            out.push(']');
        }
        Value::Dynamic(d) => {
            let d = d.borrow();
            write_members(out, d.iter(), depth)?;
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
    // Printable ASCII with nothing to escape, the common case: as it is.
    if s.bytes().all(|b| (0x20..0x7f).contains(&b) && b != b'"' && b != b'\\') {
        out.push_str(s);
        out.push('"');
        return;
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(text: &str) -> String {
        write(&to_value(parse(text).unwrap(), false)).unwrap()
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
    fn integers_are_written_in_decimal() {
        for n in [0, 7, -7, 10, 1234567890, i64::MAX, i64::MIN] {
            assert_eq!(write(&Value::Int(n)).unwrap(), n.to_string());
        }
    }

    #[test]
    fn a_key_given_twice_keeps_its_place_and_its_last_value() {
        assert_eq!(round_trip(r#"{"a":1,"b":2,"a":3}"#), r#"{"a":3,"b":2}"#);
    }

    #[test]
    fn keys_differing_in_case_stay_apart() {
        assert_eq!(round_trip(r#"{"id":1,"ID":2}"#), r#"{"id":1,"ID":2}"#);
    }

    #[test]
    fn strings_are_written_in_ascii() {
        assert_eq!(
            round_trip(r#""été \"à\" \\ \n \u0001 😀""#),
            r#""\u00E9t\u00E9 \"\u00E0\" \\ \n \u0001 \uD83D\uDE00""#
        );
    }

    #[test]
    fn bad_documents_say_where() {
        let texts = |text: &str| {
            let f = Fault::family(parse(text).unwrap_err());
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
    fn only_objects_and_arrays_are_documents() {
        assert!(document(" {\"a\": 1}").is_some());
        assert!(document("[1, 2]").is_some());
        assert!(document("12").is_none());
        assert!(document("\"x\"").is_none());
        assert!(document("{pas du json").is_none());
    }

    #[test]
    fn writing_stops_at_the_depth_limit() {
        let mut v = Value::Null;
        for _ in 0..MAX_DEPTH + 5 {
            v = Value::Array(Array::new(Ty::Variant, vec![v]));
        }
        assert!(write(&v).is_err());
    }
}
