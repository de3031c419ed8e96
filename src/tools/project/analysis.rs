//! A project's analysis: the HFSQL data files it describes and their items, the names code uses
//! as `CLIENT`, `CLIENT.Nom` or `HLitRecherche(CLIENT, Nom, x)`. Read from the XML description
//! WINDEV writes beside the binary analysis (`<Analysis>.xdd`: `<FICHIER Nom="CLIENT">` holding
//! `<RUBRIQUE Nom="NOM">` elements; connections are `<CONNEXION Nom="...">`), or from an analysis
//! saved as a text export (`.wdd` in text mode: a `files` list of maps with a `name` and an
//! `items` list; the shape is assumed, no such file was available). A binary `.wdd` (`PCS\0`
//! header) cannot be read: the caller notes it.

use super::export::{self, Node};

/// The data files of an analysis, with their items, as spelled.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Analysis {
    pub files: Vec<DataFile>,
    pub connections: Vec<String>,
}

#[derive(Debug, Default, Clone, PartialEq)]
pub struct DataFile {
    pub name: String,
    pub items: Vec<String>,
}

impl Analysis {
    /// Adds what another description holds (a copy of the same analysis adds nothing).
    pub fn merge(&mut self, other: Analysis) {
        for file in other.files {
            match self.files.iter_mut().find(|f| f.name.eq_ignore_ascii_case(&file.name)) {
                Some(known) => {
                    for item in file.items {
                        if !known.items.iter().any(|i| i.eq_ignore_ascii_case(&item)) {
                            known.items.push(item);
                        }
                    }
                }
                None => self.files.push(file),
            }
        }
        for c in other.connections {
            if !self.connections.iter().any(|k| k.eq_ignore_ascii_case(&c)) {
                self.connections.push(c);
            }
        }
    }

    /// Items of all files.
    pub fn item_count(&self) -> usize {
        self.files.iter().map(|f| f.items.len()).sum()
    }
}

/// Reads an analysis description: XML (`.xdd`, or a `.wdd` in XML) or a text export; `None`
/// for anything else (a binary analysis).
pub fn read(text: &str) -> Option<Analysis> {
    let head = text.trim_start_matches('\u{feff}').trim_start();
    if head.starts_with("<?xml") || head.starts_with("<ANALYSE") {
        Some(from_xml(text))
    } else if export::is_text_export(text) {
        Some(from_export(&export::parse(text)))
    } else {
        None
    }
}

fn from_xml(text: &str) -> Analysis {
    let mut analysis = Analysis::default();
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        rest = &rest[open + 1..];
        let end = rest.find('>').unwrap_or(rest.len());
        let tag = &rest[..end];
        let element = tag.split(|c: char| c.is_whitespace() || c == '/').next().unwrap_or("");
        match element {
            "FICHIER" | "RUBRIQUE" | "CONNEXION" => {
                if let Some(name) = attribute(tag, "Nom").filter(|n| !n.is_empty()) {
                    match element {
                        "FICHIER" => analysis.files.push(DataFile { name, items: Vec::new() }),
                        "RUBRIQUE" => {
                            if let Some(file) = analysis.files.last_mut() {
                                file.items.push(name);
                            }
                        }
                        _ => analysis.connections.push(name),
                    }
                }
            }
            _ => {}
        }
        rest = &rest[end.min(rest.len())..];
    }
    analysis
}

/// `Nom="CLIENT"` in a start tag, entities decoded.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let mut search = tag;
    loop {
        let at = search.find(name)?;
        let before_ok = at == 0 || search[..at].ends_with(char::is_whitespace);
        let after = search[at + name.len()..].trim_start();
        if before_ok && let Some(value) = after.strip_prefix('=') {
            let value = value.trim_start();
            let quote = value.chars().next().filter(|q| *q == '"' || *q == '\'')?;
            let inner = &value[1..];
            let close = inner.find(quote)?;
            return Some(decode_entities(&inner[..close]));
        }
        search = &search[at + name.len()..];
    }
}

fn decode_entities(s: &str) -> String {
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
}

fn from_export(root: &Node) -> Analysis {
    let mut analysis = Analysis::default();
    collect_files(root, &mut analysis, 0);
    analysis
}

fn collect_files(node: &Node, analysis: &mut Analysis, depth: usize) {
    if depth > 64 {
        return;
    }
    for entry in node.entries() {
        if entry.key == "files" {
            for file in entry.value.items() {
                let Some(name) = file.text("name") else { continue };
                let items = file
                    .get("items")
                    .map(|items| items.items().iter().filter_map(|i| i.text("name")).map(str::to_owned).collect())
                    .unwrap_or_default();
                analysis.files.push(DataFile { name: name.to_owned(), items });
            }
        } else if entry.key == "connections" {
            analysis.connections.extend(entry.value.items().iter().filter_map(|c| c.text("name")).map(str::to_owned));
        } else {
            collect_files(&entry.value, analysis, depth + 1);
            for item in entry.value.items() {
                collect_files(item, analysis, depth + 1);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_files_and_items() {
        let xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<ANALYSE GenNum=\"1\"><FICHIER Nom=\"CLIENT\" \
                   Abreviation=\"CL\"><RUBRIQUE Nom=\"NOM\"><TYPE>2</TYPE></RUBRIQUE><RUBRIQUE Nom='Ville'/>\
                   </FICHIER><FICHIER NomPhysique=\"x\" Nom=\"L&amp;C\"></FICHIER><CONNEXION Nom=\"CnxSQL\"/></ANALYSE>";
        let a = read(xml).unwrap();
        assert_eq!(a.files.len(), 2);
        assert_eq!(a.files[0], DataFile { name: "CLIENT".into(), items: vec!["NOM".into(), "Ville".into()] });
        assert_eq!(a.files[1].name, "L&C");
        assert_eq!(a.connections, ["CnxSQL"]);
        assert_eq!(read("PCS\0binary"), None);
    }

    #[test]
    fn text_export_and_merge() {
        let text = "#To edit and compare internal_properties, use WINDEV integrated tools.\nanalysis :\n files :\n  -\n    name : CLIENT\n    items :\n     -\n       name : NOM\n";
        let mut a = read(text).unwrap();
        assert_eq!(a.files, [DataFile { name: "CLIENT".into(), items: vec!["NOM".into()] }]);
        a.merge(Analysis {
            files: vec![DataFile { name: "client".into(), items: vec!["nom".into(), "VILLE".into()] }],
            connections: vec![],
        });
        assert_eq!(a.files[0].items, ["NOM", "VILLE"]);
        assert_eq!(a.item_count(), 2);
    }
}
