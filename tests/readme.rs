//! The README's list of builtins is generated from the builtin table and the prelude's files: this test fails when the
//! two drift apart, and `WLANG_BLESS=1 cargo test --test readme` rewrites the README's section.

use std::path::Path;

const START: &str = "<!-- builtins:start (generated: WLANG_BLESS=1 cargo test --test readme) -->\n";
const END: &str = "<!-- builtins:end -->";

#[test]
fn the_readme_lists_every_builtin_of_the_table() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).expect("README.md is readable");
    let start = readme.find(START).expect("the README has the builtins section's start marker") + START.len();
    let end = start + readme[start..].find(END).expect("the README has the builtins section's end marker");
    let expected = wlang::builtins::markdown_list() + &wlang::prelude::markdown_list();
    if readme[start..end] != expected {
        if std::env::var_os("WLANG_BLESS").is_some_and(|v| !v.is_empty() && v != "0") {
            let updated = format!("{}{}{}", &readme[..start], expected, &readme[end..]);
            std::fs::write(&path, updated).expect("README.md is writable");
            return;
        }
        panic!("the README's list of builtins is out of date: run WLANG_BLESS=1 cargo test --test readme");
    }
}
