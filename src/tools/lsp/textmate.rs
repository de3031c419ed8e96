//! The TextMate grammar of WLanguage for editors (`editors/vscode/syntaxes/`), generated from the
//! tables the interpreter reads: every keyword spelling of `keywords::KEYWORDS` in both
//! languages, the type words, the builtin functions and constants. Keywords ignore case and
//! accents as the lexer does (`cha[iî]ne`). French `A`/`À` (TO) is coloured only in capitals:
//! the lexer reads it as a keyword only in `POUR`/`CAS` headers, and `a` is a common name.
//!
//! Also generated here: the grammar's test files (`editors/vscode/test/grammar/`), a few lines
//! of each sample with the scope every keyword, string, comment and number must get, as the
//! lexer reads them (`vscode-tmgrammar-test` runs them). A test checks both are up to date.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use crate::builtins;
use crate::keywords::{KEYWORDS, Kw, fold};
use crate::lexer::{self, Tok};
use crate::types::TYPE_WORDS;

pub const SCOPE: &str = "source.wlanguage";

/// The scope of a keyword row.
fn keyword_scope(kw: Kw) -> &'static str {
    match kw {
        Kw::True | Kw::False | Kw::Null => "constant.language.wlanguage",
        Kw::MySelf => "variable.language.wlanguage",
        Kw::And | Kw::Or | Kw::AndThen | Kw::OrElse | Kw::Not => "keyword.operator.logical.wlanguage",
        Kw::ShiftLeft | Kw::ShiftRight => "keyword.operator.bitwise.wlanguage",
        Kw::Procedure | Kw::InternalProcedure => "storage.type.function.wlanguage",
        Kw::Structure | Kw::Class | Kw::Enumeration | Kw::Combination => "storage.type.wlanguage",
        Kw::Local
        | Kw::Global
        | Kw::Public
        | Kw::Private
        | Kw::Protected
        | Kw::Virtual
        | Kw::Abstract
        | Kw::Constant => "storage.modifier.wlanguage",
        Kw::IsA
        | Kw::Are
        | Kw::Let
        | Kw::Of
        | Kw::To
        | Kw::ToOnce
        | Kw::Step
        | Kw::SeparatedBy
        | Kw::On
        | Kw::By
        | Kw::With
        | Kw::In
        | Kw::FromEnd
        | Kw::Inherits
        | Kw::New
        | Kw::Delete
        | Kw::Wl => "keyword.other.wlanguage",
        _ => "keyword.control.wlanguage",
    }
}

/// The scope of each keyword spelling (folded); a spelling two rows share (`PAS`: STEP and NOT)
/// takes the last row's, since the grammar cannot tell them apart.
fn spelling_scopes() -> BTreeMap<String, &'static str> {
    let mut out = BTreeMap::new();
    for (kw, fr, en) in KEYWORDS {
        for spelling in fr.iter().chain(en.iter()) {
            out.insert(fold(spelling).into_owned(), keyword_scope(*kw));
        }
    }
    out
}

/// Whether a spelling is French `A`/`À` (coloured in capitals only).
fn is_french_to(folded: &str) -> bool {
    folded == "a"
}

/// A word as a case- and accent-insensitive pattern (`chaîne` → `cha[iî]ne`), words separated by
/// any blanks.
fn word_pattern(spelling: &str) -> String {
    let mut out = String::new();
    for (k, word) in spelling.split(' ').enumerate() {
        if k > 0 {
            out.push_str("[ \\t]+");
        }
        for c in word.chars() {
            let lower: String = c.to_lowercase().collect();
            let base = fold(&lower).into_owned();
            if base != lower {
                out.push_str(&format!("[{base}{lower}]"));
            } else if c.is_alphanumeric() || c == '_' {
                out.push_str(&lower);
            } else {
                out.push('\\');
                out.push(c);
            }
        }
    }
    out
}

/// One pattern matching any of `words` as whole words, longest first.
fn words_pattern(words: impl IntoIterator<Item = String>) -> String {
    let mut words: Vec<String> = words.into_iter().collect();
    words.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
    words.dedup();
    let alternatives: Vec<String> = words.iter().map(|w| word_pattern(w)).collect();
    format!("(?i)(?<![\\p{{L}}\\p{{N}}_])(?:{})(?![\\p{{L}}\\p{{N}}_])", alternatives.join("|"))
}

/// The grammar, as the JSON VS Code (and any TextMate-grammar editor) reads.
pub fn grammar() -> Value {
    // Keywords, one pattern per scope.
    let mut by_scope: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for (folded, scope) in spelling_scopes() {
        if !is_french_to(&folded) {
            by_scope.entry(scope).or_default().push(spelling_of(&folded));
        }
    }
    let mut keywords: Vec<Value> = by_scope
        .iter()
        .map(|(scope, words)| json!({ "name": scope, "match": words_pattern(words.iter().cloned()) }))
        .collect();
    // `A`/`À` as TO: capitals only, both accents.
    keywords.push(json!({
        "name": keyword_scope(Kw::To),
        "match": "(?<![\\p{L}\\p{N}_])(?:A|À)(?![\\p{L}\\p{N}_])",
    }));
    let types =
        words_pattern(TYPE_WORDS.iter().flat_map(|(_, fr, en)| fr.iter().chain(en.iter())).map(|s| s.to_string()));
    let functions = words_pattern(
        builtins::functions()
            .flat_map(|b| [b.fr.to_string(), b.en.to_string()])
            .chain(crate::prelude::procedures().iter().flat_map(|p| [p.french.to_string(), p.name(true).to_string()])),
    );
    let constants = words_pattern(builtins::constants().flat_map(|(fr, en, _)| [fr.to_string(), en.to_string()]));
    json!({
        "name": "WLanguage",
        "scopeName": SCOPE,
        "comment": "Generated by `wl textmate-grammar` from wlang's keyword, type and builtin tables: do not edit.",
        "fileTypes": ["wl"],
        "patterns": [
            { "include": "#comments" },
            { "include": "#strings" },
            { "include": "#numbers" },
            { "include": "#keywords" },
            { "include": "#types" },
            { "include": "#builtins" },
            { "include": "#operators" },
        ],
        "repository": {
            "comments": { "patterns": [
                { "name": "comment.line.double-slash.wlanguage", "match": "//.*$" },
                { "name": "comment.block.wlanguage", "begin": "/\\*", "end": "\\*/" },
            ]},
            "strings": { "patterns": [
                { "name": "string.quoted.double.wlanguage", "begin": "\"", "end": "\"(?!\")|$",
                  "patterns": [ { "name": "constant.character.escape.wlanguage", "match": "\"\"" } ] },
                { "name": "string.quoted.other.wlanguage", "begin": "“", "end": "”|$" },
                // `[` ending a line where a value is expected, up to the line starting with `]`.
                { "name": "string.unquoted.multiline.wlanguage",
                  "begin": "(?<![\\p{L}\\p{N}_)\\]\"])\\[(?=[ \\t]*$)", "end": "^[ \\t]*\\]" },
            ]},
            "numbers": { "patterns": [
                { "name": "constant.numeric.hex.wlanguage",
                  "match": "(?<![\\p{L}\\p{N}_])0[xX]_?[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*(?![\\p{L}\\p{N}_])" },
                { "name": "constant.numeric.wlanguage",
                  "match": "(?<![\\p{L}\\p{N}_])[0-9]+(?:_[0-9]+)*(?:\\.[0-9]+(?:_[0-9]+)*)?(?:[eE][+-]?[0-9]+)?(?![\\p{L}\\p{N}_])" },
            ]},
            "keywords": { "patterns": keywords },
            "types": { "patterns": [ { "name": "storage.type.wlanguage", "match": types } ] },
            "builtins": { "patterns": [
                { "name": "support.constant.wlanguage", "match": constants },
                { "name": "support.function.wlanguage", "match": functions },
            ]},
            "operators": { "patterns": [
                { "name": "punctuation.separator.continuation.wlanguage", "match": "\\.\\.\\." },
                { "name": "keyword.operator.wlanguage",
                  "match": "\\+\\+|--|[-+*/%^]=?|<>|<=|>=|~=|=|<|>" },
            ]},
        },
    })
}

/// A folded spelling's table form (the pattern ignores case anyway; accents matter for the
/// classes).
fn spelling_of(folded: &str) -> String {
    KEYWORDS
        .iter()
        .flat_map(|(_, fr, en)| fr.iter().chain(en.iter()))
        .find(|s| fold(s) == folded)
        .map_or_else(|| folded.to_owned(), |s| s.to_string())
}

/// A keyword row's spellings as one JavaScript pattern (VS Code's indentation rules), accents
/// optional; whole words (`\\b` is ASCII there, and every keyword ends with an ASCII letter).
fn js_words(kws: &[Kw]) -> String {
    let mut words: Vec<String> = KEYWORDS
        .iter()
        .filter(|(kw, _, _)| kws.contains(kw))
        .flat_map(|(_, fr, en)| fr.iter().chain(en.iter()))
        .map(|s| word_pattern(s))
        .collect();
    words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    words.dedup();
    format!("(?:{})\\b", words.join("|"))
}

/// `language-configuration.json`: comments, brackets, and indentation rules from the block
/// roles `wl fmt` uses (a line opening a block indents the next; `FIN`, `SINON`, `CAS`, ... go
/// back one level).
pub fn language_configuration() -> Value {
    use crate::tools::fmt::{ARMS, CLOSERS, MIDDLES, OPENERS};
    let others: Vec<Kw> = OPENERS.iter().chain(MIDDLES).chain(ARMS).copied().filter(|k| *k != Kw::If).collect();
    let increase = format!(
        "^\\s*(?:{if_}(?!.*\\b{then}[ \\t]+[^ \\t/])|{others})",
        if_ = js_words(&[Kw::If]),
        then = js_words(&[Kw::Then]),
        others = js_words(&others),
    );
    let back: Vec<Kw> = CLOSERS.iter().chain(MIDDLES).chain(ARMS).copied().collect();
    let decrease = format!("^\\s*{}", js_words(&back));
    json!({
        "comments": { "lineComment": "//", "blockComment": ["/*", "*/"] },
        "brackets": [["(", ")"], ["[", "]"]],
        "autoClosingPairs": [
            { "open": "(", "close": ")" },
            { "open": "[", "close": "]" },
            { "open": "\"", "close": "\"", "notIn": ["string", "comment"] },
        ],
        "surroundingPairs": [["(", ")"], ["[", "]"], ["\"", "\""]],
        // Letters of French and the other Latin-1 languages (the pattern is a JavaScript regular
        // expression without the `u` flag, so no `\\p{L}`).
        "wordPattern": "[A-Za-z_\u{c0}-\u{d6}\u{d8}-\u{f6}\u{f8}-\u{ff}\u{152}\u{153}][A-Za-z0-9_\u{c0}-\u{d6}\u{d8}-\u{f6}\u{f8}-\u{ff}\u{152}\u{153}]*",
        "indentationRules": {
            "increaseIndentPattern": { "pattern": increase, "flags": "i" },
            "decreaseIndentPattern": { "pattern": decrease, "flags": "i" },
        },
    })
}

/// A generated JSON file's text.
pub fn json_text(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).expect("JSON");
    text.push('\n');
    text
}

/// The grammar file's text.
pub fn grammar_text() -> String {
    json_text(&grammar())
}

// ------------------------------------------------------------------ grammar tests

/// What one assertion checks: a range of one line (UTF-16 columns) and its scope.
struct Assertion {
    column: usize,
    len: usize,
    scope: &'static str,
}

/// The grammar test file for a sample: up to `max_lines` of its lines (those with the most kinds
/// of keywords, strings, comments and numbers), each followed by its assertions.
pub fn grammar_test(name: &str, text: &str, max_lines: usize) -> String {
    let lexed = lexer::lex(text);
    let scopes = spelling_scopes();
    // Every item to assert: (start, end, scope).
    let mut items: Vec<(usize, usize, &'static str)> = Vec::new();
    let mut at = 0;
    for (start, tok, end) in &lexed.tokens {
        comments(&text[at..*start], at, &mut items);
        at = at.max(*end);
        let written = &text[*start..*end];
        match tok {
            Tok::Kw(kw) => {
                let folded = fold(written).split_whitespace().collect::<Vec<_>>().join(" ");
                // `a` is coloured as TO in capitals only.
                let lowercase_to = *kw == Kw::To && is_french_to(&folded) && written.chars().any(char::is_lowercase);
                if let Some(scope) = scopes.get(&folded).filter(|_| !lowercase_to) {
                    items.push((*start, *end, scope));
                }
            }
            Tok::Str(_) if written.starts_with('"') => items.push((*start, *end, "string.quoted.double.wlanguage")),
            Tok::Str(_) => items.push((*start, *end, "string.quoted.other.wlanguage")),
            Tok::Int(_) | Tok::Real(_) => {
                let scope = if written.starts_with("0x") || written.starts_with("0X") {
                    "constant.numeric.hex.wlanguage"
                } else {
                    "constant.numeric.wlanguage"
                };
                // `123 456`: each group of digits.
                let mut k = *start;
                for part in written.split(' ') {
                    if !part.is_empty() {
                        items.push((k, k + part.len(), scope));
                    }
                    k += part.len() + 1;
                }
            }
            _ => {}
        }
    }
    comments(&text[at..], at, &mut items);

    // The lines that hold items and nothing spanning lines.
    let mut lines: Vec<(usize, &str, Vec<Assertion>, usize)> = Vec::new(); // (number, text, assertions, kinds)
    let mut line_start = 0;
    for (number, line) in text.split('\n').enumerate() {
        let line_end = line_start + line.len();
        let line_text = line.trim_end_matches('\r');
        let spans_lines =
            items.iter().any(|&(s, e, _)| s < line_end && e > line_start && (s < line_start || e > line_end))
                || lexed.tokens.iter().any(|(s, _, e)| *s < line_start && *e > line_start);
        let looks_like_assertion = line_text.trim_start().strip_prefix("//").is_some_and(|rest| {
            let rest = rest.trim_start();
            rest.starts_with('^') || rest.starts_with('<')
        });
        if !spans_lines && !looks_like_assertion && !line_text.starts_with("// SYNTAX TEST") {
            let on_line: Vec<&(usize, usize, &str)> =
                items.iter().filter(|(s, e, _)| *s >= line_start && *e <= line_end).collect();
            if !on_line.is_empty() {
                let column = |offset: usize| text[line_start..offset].encode_utf16().count();
                let assertions: Vec<Assertion> = on_line
                    .iter()
                    .map(|&&(s, e, scope)| Assertion {
                        column: column(s),
                        len: text[s..e].encode_utf16().count(),
                        scope,
                    })
                    .collect();
                let mut kinds: Vec<&str> =
                    on_line.iter().map(|(_, _, scope)| scope.split('.').next().unwrap_or("")).collect();
                kinds.sort();
                kinds.dedup();
                lines.push((number, line_text, assertions, kinds.len()));
            }
        }
        line_start = line_end + 1;
    }
    // The richest lines, in file order.
    let mut chosen: Vec<usize> = (0..lines.len()).collect();
    chosen.sort_by(|&a, &b| lines[b].3.cmp(&lines[a].3).then(lines[a].0.cmp(&lines[b].0)));
    chosen.truncate(max_lines);
    chosen.sort();

    let mut out = format!("// SYNTAX TEST \"{SCOPE}\" \"{name}: keywords, strings, comments and numbers\"\n");
    out.push_str("// Generated from the sample by wlang's lexer (see src/tools/lsp/textmate.rs): do not edit.\n");
    for k in chosen {
        let (_, line, assertions, _) = &lines[k];
        out.push_str(line);
        out.push('\n');
        for a in assertions {
            if a.column >= 2 {
                out.push_str(&format!("//{}{} {}\n", " ".repeat(a.column - 2), "^".repeat(a.len), a.scope));
            } else {
                out.push_str(&format!("// <{}{} {}\n", "~".repeat(a.column), "-".repeat(a.len), a.scope));
            }
        }
    }
    out
}

/// The comments of a gap between tokens (which holds only blanks, comments and continuations).
fn comments(gap: &str, base: usize, out: &mut Vec<(usize, usize, &'static str)>) {
    let mut k = 0;
    while k < gap.len() {
        let rest = &gap[k..];
        if rest.starts_with("//") {
            let len = rest.find('\n').unwrap_or(rest.len());
            let len = rest[..len].trim_end().len();
            out.push((base + k, base + k + len, "comment.line.double-slash.wlanguage"));
            k += len.max(2);
        } else if let Some(body) = rest.strip_prefix("/*") {
            let len = body.find("*/").map_or(rest.len(), |e| e + 4);
            out.push((base + k, base + k + len, "comment.block.wlanguage"));
            k += len;
        } else {
            k += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_ignore_accents_and_case() {
        assert_eq!(word_pattern("CHAÎNE"), "cha[iî]ne");
        assert_eq!(word_pattern("AUTRE CAS"), "autre[ \\t]+cas");
        let grammar = grammar_text();
        assert!(grammar.contains("proc[eé]dure[ \\\\t]+interne"), "multi-word keywords are in the grammar");
        assert!(grammar.contains("cha[iî]neconstruit"), "builtins are in the grammar");
    }

    #[test]
    fn test_lines_assert_what_the_lexer_reads() {
        let test = grammar_test("x", "SI x = \"a\"\"b\" ALORS // c\n\tx = 12\nFIN\n", 5);
        assert!(test.contains("// <-- keyword.control.wlanguage\n"), "{test}");
        assert!(test.contains("//     ^^^^^^ string.quoted.double.wlanguage\n"), "{test}");
        assert!(test.contains("^^^^ comment.line.double-slash.wlanguage\n"), "{test}");
        assert!(test.contains("//   ^^ constant.numeric.wlanguage\n"), "{test}");
    }
}
