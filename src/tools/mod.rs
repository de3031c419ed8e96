//! The `wl` tools built on the pipeline, one module each: `translate` (French ↔ English),
//! `golden` (the golden-output test runner, also behind `cargo test`), `audit` (what a folder of
//! scripts and WINDEV exports needs from wlang), `project` (whole WINDEV/WEBDEV projects for
//! `check`, `audit` and `run`), `catalogue` (every WLanguage name, for the audit), `fmt` (the
//! formatter), `lsp` (the language server), `repl` (the interactive session), `fuzz` (what the
//! fuzzers check). They read the same tables and syntax tree as the interpreter and never keep a
//! second list of keywords or builtins.

pub mod audit;
pub mod catalogue;
pub mod fmt;
pub mod fuzz;
pub mod golden;
pub mod lsp;
pub mod project;
pub mod repl;
pub mod translate;

mod walk;
