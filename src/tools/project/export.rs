//! The text form of WINDEV/WEBDEV elements (`.wdp`, `.wdw`, `.wdg`, `.wdc`, `.wwh`, ... saved
//! "in text mode"): a subset of YAML, one key per line. `key : value` and `key :` followed by a
//! more indented map or list; `-` alone opens a list item whose map follows, more indented;
//! `- value` is a scalar item; `[]` and `{}` are empty; `"..."` strings use backslash escapes;
//! `code : |1+` (or `|1-`) opens a block scalar whose lines are indented one more than the key
//! (the `+`/`-` only says whether the final newline is kept: both kinds hold code). Lines
//! starting with `#` are comments. Anything else is skipped, never an error: a reader of real
//! exports must not stop at a line it does not expect.
//!
//! This module knows the syntax only; what the keys mean is `project`'s business.

/// The first line of every text export.
pub const HEADER: &str = "#To edit and compare internal_properties";

/// A node of the tree.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Scalar(String),
    /// A block scalar: its lines without the block's indentation, and the 1-based line of the
    /// first one in the file.
    Code {
        first_line: usize,
        lines: Vec<String>,
    },
    Map(Vec<Entry>),
    List(Vec<Node>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub key: String,
    pub value: Node,
}

impl Node {
    /// The value of `key` in a map.
    pub fn get(&self, key: &str) -> Option<&Node> {
        match self {
            Node::Map(entries) => entries.iter().find(|e| e.key == key).map(|e| &e.value),
            _ => None,
        }
    }

    /// The text of a scalar.
    pub fn scalar(&self) -> Option<&str> {
        match self {
            Node::Scalar(s) => Some(s),
            _ => None,
        }
    }

    /// `get(key)` as a scalar.
    pub fn text(&self, key: &str) -> Option<&str> {
        self.get(key).and_then(Node::scalar)
    }

    /// The items of a list (nothing for anything else).
    pub fn items(&self) -> &[Node] {
        match self {
            Node::List(items) => items,
            _ => &[],
        }
    }

    /// The entries of a map (nothing for anything else).
    pub fn entries(&self) -> &[Entry] {
        match self {
            Node::Map(entries) => entries,
            _ => &[],
        }
    }
}

/// Whether a file's text is a text export.
pub fn is_text_export(text: &str) -> bool {
    text.trim_start_matches('\u{feff}').starts_with(HEADER)
}

/// Parses a whole export into its top-level map.
pub fn parse(text: &str) -> Node {
    let lines: Vec<Line> = text
        .split('\n')
        .map(|l| {
            let l = l.strip_suffix('\r').unwrap_or(l);
            Line { indent: l.len() - l.trim_start_matches(' ').len(), text: l.to_owned() }
        })
        .collect();
    let mut p = Parser { lines, pos: 0, depth: 0 };
    p.node(0)
}

/// Nesting beyond which a node's lines are skipped: real exports nest about 15 deep; a file
/// indented deeper must not exhaust the stack.
const MAX_DEPTH: usize = 200;

struct Line {
    indent: usize,
    text: String,
}

impl Line {
    fn body(&self) -> &str {
        &self.text[self.indent..]
    }

    fn meaningful(&self) -> bool {
        let body = self.body().trim_end();
        let comment = self.indent == 0 && body.starts_with('#');
        !(body.is_empty() || comment)
    }

    fn is_item(&self) -> bool {
        let body = self.body();
        body == "-" || body.starts_with("- ") || body.trim_end() == "-"
    }
}

struct Parser {
    lines: Vec<Line>,
    pos: usize,
    depth: usize,
}

impl Parser {
    /// Moves to the next meaningful line and returns its indentation.
    fn peek(&mut self) -> Option<usize> {
        while self.pos < self.lines.len() && !self.lines[self.pos].meaningful() {
            self.pos += 1;
        }
        self.lines.get(self.pos).map(|l| l.indent)
    }

    /// The node that starts at the next meaningful line, if it is indented at least `min`.
    fn node(&mut self, min: usize) -> Node {
        if self.depth >= MAX_DEPTH {
            while self.peek().is_some_and(|indent| indent >= min) {
                self.pos += 1;
            }
            return Node::Map(Vec::new());
        }
        self.depth += 1;
        let node = self.node_here(min);
        self.depth -= 1;
        node
    }

    fn node_here(&mut self, min: usize) -> Node {
        match self.peek() {
            Some(indent) if indent >= min => {
                if self.lines[self.pos].is_item() {
                    self.list(indent)
                } else {
                    self.map(indent)
                }
            }
            _ => Node::Map(Vec::new()),
        }
    }

    fn list(&mut self, indent: usize) -> Node {
        let mut items = Vec::new();
        while self.peek() == Some(indent) && self.lines[self.pos].is_item() {
            let rest = self.lines[self.pos].body()[1..].trim_start().trim_end().to_owned();
            if rest.is_empty() {
                self.pos += 1;
                items.push(self.node(indent + 1));
            } else if split_key(&rest).is_some() {
                // `- key : value`: the item's map starts on this line, two columns in.
                let line = &mut self.lines[self.pos];
                line.text.replace_range(indent..indent + 1, " ");
                line.indent = line.text.len() - line.text.trim_start_matches(' ').len();
                let inner = line.indent;
                items.push(self.map(inner));
            } else {
                self.pos += 1;
                items.push(Node::Scalar(scalar(&rest)));
            }
        }
        Node::List(items)
    }

    fn map(&mut self, indent: usize) -> Node {
        let mut entries = Vec::new();
        while let Some(i) = self.peek() {
            if i < indent || (i == indent && self.lines[self.pos].is_item()) {
                break;
            }
            if i > indent {
                // Not where a key can stand: skip it.
                self.pos += 1;
                continue;
            }
            let body = self.lines[self.pos].body().trim_end().to_owned();
            self.pos += 1;
            let Some((key, rest)) = split_key(&body) else { continue };
            let value = if rest.is_empty() {
                if self.peek() == Some(indent) && self.lines[self.pos].is_item() {
                    // A list may stand at its key's own indentation.
                    self.list(indent)
                } else {
                    self.node(indent + 1)
                }
            } else if let Some(header) = rest.strip_prefix('|') {
                let step = header.trim_end_matches(['+', '-']).parse::<usize>().unwrap_or(1).max(1);
                self.code(indent + step)
            } else if rest == "[]" {
                Node::List(Vec::new())
            } else if rest == "{}" {
                Node::Map(Vec::new())
            } else {
                Node::Scalar(scalar(rest))
            };
            entries.push(Entry { key: key.to_owned(), value });
        }
        Node::Map(entries)
    }

    /// A block scalar whose lines are indented `indent` or more; it ends at the first non-blank
    /// line indented less.
    fn code(&mut self, indent: usize) -> Node {
        let first_line = self.pos + 1;
        let mut lines = Vec::new();
        while let Some(line) = self.lines.get(self.pos) {
            let blank = line.text.trim().is_empty();
            if !blank && line.indent < indent {
                break;
            }
            lines.push(line.text.get(indent..).unwrap_or("").to_owned());
            self.pos += 1;
        }
        // Blank lines after the block belong to what follows.
        while lines.last().is_some_and(|l| l.trim().is_empty()) {
            lines.pop();
        }
        Node::Code { first_line, lines }
    }
}

/// `key : value` or `key :`: the key (no spaces) and the rest, trimmed.
fn split_key(body: &str) -> Option<(&str, &str)> {
    let end = body.find(' ')?;
    let key = &body[..end];
    let rest = body[end..].trim_start().strip_prefix(':')?;
    if !(rest.is_empty() || rest.starts_with(' ')) || key.is_empty() {
        return None;
    }
    Some((key, rest.trim()))
}

/// A scalar's text: a double-quoted string loses its quotes and escapes.
fn scalar(raw: &str) -> String {
    let Some(inner) = raw.strip_prefix('"').and_then(|r| r.strip_suffix('"')) else {
        return raw.to_owned();
    };
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines of a window export, joined with CRLF.
    fn sample() -> String {
        [
            "#To edit and compare internal_properties, use WINDEV integrated tools.",
            "info :",
            " name : FEN_X",
            " type : 2",
            "window :",
            " name : FEN_X",
            " controls :",
            "  -",
            "    name : BTN_OK",
            "    code_elements :",
            "     p_codes :",
            "      -",
            "        code : |1+",
            "         SI a ALORS",
            "         ",
            "         \tInfo(\"x : y\")",
            "         FIN",
            "        ",
            "        type : 18",
            "      -",
            "        code : |1-",
            "         ",
            "        type : 14",
            " languages :",
            "  - fr-FR",
            "  - en-GB",
            " popup_menus : []",
            " description : \"a\\r\\nb \\\"c\\\"\"",
        ]
        .join("\r\n")
    }

    #[test]
    fn maps_lists_and_code() {
        let root = parse(&sample());
        assert_eq!(root.get("info").and_then(|i| i.text("name")), Some("FEN_X"));
        let window = root.get("window").unwrap();
        let control = &window.get("controls").unwrap().items()[0];
        assert_eq!(control.text("name"), Some("BTN_OK"));
        let codes = control.get("code_elements").unwrap().get("p_codes").unwrap().items();
        assert_eq!(codes.len(), 2);
        assert_eq!(
            codes[0].get("code"),
            Some(&Node::Code {
                first_line: 14,
                lines: vec!["SI a ALORS".into(), "".into(), "\tInfo(\"x : y\")".into(), "FIN".into()]
            })
        );
        assert_eq!(codes[0].text("type"), Some("18"));
        assert_eq!(codes[1].get("code"), Some(&Node::Code { first_line: 22, lines: vec![] }));
        assert_eq!(codes[1].text("type"), Some("14"));
        let languages: Vec<_> = window.get("languages").unwrap().items().iter().filter_map(Node::scalar).collect();
        assert_eq!(languages, ["fr-FR", "en-GB"]);
        assert_eq!(window.get("popup_menus"), Some(&Node::List(vec![])));
        assert_eq!(window.text("description"), Some("a\r\nb \"c\""));
    }

    #[test]
    fn items_may_start_with_a_key_and_oddities_are_skipped() {
        let root = parse("a :\n - name : x\n   type : 1\n -\n   name : y\nstray line\n  too deep : 1\nb : 2\n");
        let items = root.get("a").unwrap().items();
        assert_eq!(items[0].text("name"), Some("x"));
        assert_eq!(items[0].text("type"), Some("1"));
        assert_eq!(items[1].text("name"), Some("y"));
        assert_eq!(root.text("b"), Some("2"));
    }

    #[test]
    fn deep_nesting_is_cut() {
        let text: String = (0..2_000).map(|n| format!("{}k{n} :\n", " ".repeat(n))).collect();
        let root = parse(&text);
        let mut node = &root;
        let mut depth = 0;
        while let Some(entry) = node.entries().first() {
            node = &entry.value;
            depth += 1;
        }
        assert!((100..=MAX_DEPTH).contains(&depth), "{depth}");
    }

    #[test]
    fn export_header() {
        assert!(is_text_export(&sample()));
        assert!(!is_text_export("PCS\0binary"));
    }
}
