//! `wl lsp`: a Language Server Protocol server over stdio (`lsp-server` for the JSON-RPC
//! framing, `lsp-types` for the messages). Single-threaded like the interpreter: one loop reads
//! the client's messages in order and answers each one.
//!
//! What it offers: diagnostics on open and change (every error `wl check` reports, with the same
//! texts, in the user's language: `--lang`, else the client's locale, else `LANG`), hover (a
//! builtin's signature and both names, a constant's value, a user procedure's or variable's
//! declaration line, a keyword's spellings), completion (keywords, builtins, constants, types,
//! the variables, procedures and types in scope; after `.`, `..` or `:` the properties and the
//! members of the script's structures and classes) in the language the file is written in, signature help, go to definition and references (from the resolver's index),
//! document symbols (procedures and their internal procedures, classes, structures and
//! enumerations with their members) and formatting (`wl fmt`).
//!
//! Analysis is done when the client waits for nothing else: changes queued one after another
//! are applied first and the document is analysed once (`Server::run`). A `.wl` script is
//! analysed on its own. A WINDEV/WEBDEV element's text export (`.wdw`, `.wdg`, `.wdp`, ...) is
//! checked with its whole project, as `wl check PROJECT` does (`workspace`): its diagnostics sit
//! at the lines of its code blocks, hover and go to definition know the project's procedures and
//! globals, the outline lists its code blocks; completion, signature help, references and
//! formatting are for scripts only.

mod document;
pub mod textmate;
mod workspace;

use std::collections::{HashMap, HashSet};

use lsp_server::{Connection, ErrorCode, Message, Notification, Request, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidCloseTextDocument, DidOpenTextDocument, Notification as _, PublishDiagnostics,
};
use lsp_types::request::{
    Completion, DocumentSymbolRequest, Formatting, GotoDefinition, HoverRequest, References, Request as _,
    SignatureHelpRequest,
};
use lsp_types::{
    CompletionItem, CompletionItemKind, CompletionOptions, CompletionParams, Diagnostic, DiagnosticRelatedInformation,
    DiagnosticSeverity, DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams,
    DocumentFormattingParams, DocumentSymbol, DocumentSymbolParams, GotoDefinitionParams, Hover, HoverContents,
    HoverParams, HoverProviderCapability, InitializeParams, Location, MarkupContent, MarkupKind, NumberOrString, OneOf,
    ParameterInformation, ParameterLabel, Position, PublishDiagnosticsParams, Range, ReferenceParams,
    ServerCapabilities, SignatureHelp, SignatureHelpOptions, SignatureHelpParams, SignatureInformation, SymbolKind,
    TextDocumentSyncCapability, TextDocumentSyncKind, TextEdit, Uri,
};
use serde_json::Value as Json;

use crate::diagnostics::{Lang, SourceError};
use crate::keywords::fold;
use crate::source::Span;
use crate::tools::fmt;
use crate::tools::project::{self, Role};
pub use document::{Document, Lines, analyse};
use document::{ProposalKind, Symbol};
use workspace::{Mapping, Workspace};

/// `wl lsp`: serves on stdin/stdout until the client says `exit`. `lang` is `--lang` when given.
pub fn command(lang: Option<Lang>) -> i32 {
    let (connection, io_threads) = Connection::stdio();
    let result = serve(&connection, lang);
    drop(connection);
    let joined = io_threads.join();
    match result.and_then(|()| joined.map_err(|e| e.to_string())) {
        Ok(()) => 0,
        Err(message) => {
            eprintln!("wl lsp: {message}");
            1
        }
    }
}

/// Runs the server on a connection: the initialisation handshake, then the message loop.
pub fn serve(connection: &Connection, lang: Option<Lang>) -> Result<(), String> {
    let (id, params) = connection.initialize_start().map_err(|e| e.to_string())?;
    let init: InitializeParams = serde_json::from_value(params).map_err(|e| format!("bad initialize: {e}"))?;
    let lang = lang
        .or_else(|| init.locale.as_deref().map(|l| if l.starts_with("fr") { Lang::Fr } else { Lang::En }))
        .unwrap_or_else(Lang::from_env);
    let keep_case =
        init.initialization_options.as_ref().and_then(|o| o.get("keepCase")).and_then(Json::as_bool).unwrap_or(false);
    let result = serde_json::json!({
        "capabilities": capabilities(),
        "serverInfo": { "name": "wl lsp", "version": env!("CARGO_PKG_VERSION") },
    });
    connection.initialize_finish(id, result).map_err(|e| e.to_string())?;
    Server {
        connection,
        docs: HashMap::new(),
        dirty: HashSet::new(),
        exports: HashMap::new(),
        workspaces: HashMap::new(),
        dirty_workspaces: HashSet::new(),
        lang,
        keep_case,
    }
    .run()
}

fn capabilities() -> ServerCapabilities {
    ServerCapabilities {
        text_document_sync: Some(TextDocumentSyncCapability::Kind(TextDocumentSyncKind::INCREMENTAL)),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec![".".into()]),
            ..CompletionOptions::default()
        }),
        signature_help_provider: Some(SignatureHelpOptions {
            trigger_characters: Some(vec!["(".into(), ",".into()]),
            ..SignatureHelpOptions::default()
        }),
        definition_provider: Some(OneOf::Left(true)),
        references_provider: Some(OneOf::Left(true)),
        document_symbol_provider: Some(OneOf::Left(true)),
        document_formatting_provider: Some(OneOf::Left(true)),
        ..ServerCapabilities::default()
    }
}

struct Server<'c> {
    connection: &'c Connection,
    /// Open documents by URI.
    docs: HashMap<String, (Uri, Document)>,
    /// Documents changed since their last analysis.
    dirty: HashSet<String>,
    /// Open element exports by URI.
    exports: HashMap<String, Export>,
    /// The projects of the open exports, by project file (`alone:` and the URI for an export
    /// outside any project).
    workspaces: HashMap<String, Workspace>,
    /// Workspaces with changes not checked yet.
    dirty_workspaces: HashSet<String>,
    /// The language of messages.
    lang: Lang,
    /// `wl fmt --keep-case` for formatting (`initializationOptions.keepCase`).
    keep_case: bool,
}

/// An open element export.
struct Export {
    uri: Uri,
    text: String,
    lines: Lines,
    version: i32,
    /// The key of its workspace.
    workspace: String,
    /// Its file in the project (relative to the project's folder).
    file: String,
    /// Changed since the project last read its text.
    changed: bool,
}

impl Server<'_> {
    fn run(mut self) -> Result<(), String> {
        loop {
            let message = match self.connection.receiver.try_recv() {
                Ok(message) => message,
                Err(_) => {
                    // Nothing queued: bring the changed documents up to date before waiting.
                    self.analyse_dirty();
                    match self.connection.receiver.recv() {
                        Ok(message) => message,
                        Err(_) => return Ok(()),
                    }
                }
            };
            match message {
                Message::Request(request) => {
                    if self.connection.handle_shutdown(&request).map_err(|e| e.to_string())? {
                        return Ok(());
                    }
                    let response = self.request(request);
                    self.send(response.into());
                }
                Message::Notification(notification) => {
                    if notification.method == "exit" {
                        return Ok(());
                    }
                    self.notification(notification);
                }
                Message::Response(_) => {}
            }
        }
    }

    fn send(&self, message: Message) {
        // The client left: the loop ends at the next receive.
        let _ = self.connection.sender.send(message);
    }

    fn analyse_dirty(&mut self) {
        let dirty: Vec<String> = self.dirty.drain().collect();
        for key in dirty {
            if let Some((_, doc)) = self.docs.get_mut(&key) {
                doc.refresh();
                self.publish(&key);
            }
        }
        let dirty: Vec<String> = self.dirty_workspaces.drain().collect();
        for key in dirty {
            self.check_workspace(&key);
        }
    }

    // ------------------------------------------------------------------ element exports

    /// Opens an element's export: finds (or loads) its project, reads its text, checks.
    fn open_export(&mut self, uri: Uri, text: String, version: i32) {
        let key = uri.as_str().to_owned();
        let path = workspace::path_of(&uri);
        let project_file = path.as_deref().and_then(workspace::project_file_of);
        let workspace_key = match &project_file {
            Some(file) => file.to_string_lossy().into_owned(),
            None => format!("alone:{key}"),
        };
        let ws = self.workspaces.entry(workspace_key.clone()).or_insert_with(|| {
            let folder = || path.as_deref().and_then(|p| p.parent()).map_or_else(|| ".".into(), |p| p.to_path_buf());
            match &project_file {
                // An unreadable project file: the export alone.
                Some(file) => Workspace::load(file).unwrap_or_else(|_| Workspace::alone(folder())),
                None => Workspace::alone(folder()),
            }
        });
        let file = match &path {
            Some(path) => ws.file_of(path),
            None => uri.as_str().rsplit(['/', ':']).next().unwrap_or("").to_owned(),
        };
        let lines = Lines::new(&text);
        let doc = Export { uri, text, lines, version, workspace: workspace_key.clone(), file, changed: true };
        self.exports.insert(key, doc);
        self.check_workspace(&workspace_key);
    }

    /// Closes an export: its element is read again from the disk (the editor drops unsaved
    /// changes), or its workspace goes when nothing of it stays open.
    fn close_export(&mut self, key: &str) {
        let Some(doc) = self.exports.remove(key) else { return };
        let still_open = self.exports.values().any(|d| d.workspace == doc.workspace);
        if !still_open {
            self.workspaces.remove(&doc.workspace);
            self.dirty_workspaces.remove(&doc.workspace);
            return;
        }
        if let Some(ws) = self.workspaces.get_mut(&doc.workspace) {
            let path = ws.project.root.join(&doc.file);
            if let Some(text) = workspace::disk_text(&path) {
                ws.set_text(&doc.file, &text);
                self.dirty_workspaces.insert(doc.workspace);
            }
        }
    }

    /// Checks a workspace again with the texts of its changed exports, and publishes the
    /// diagnostics of all its open exports (the changed ones first).
    fn check_workspace(&mut self, key: &str) {
        self.dirty_workspaces.remove(key);
        let Some(ws) = self.workspaces.get_mut(key) else { return };
        let mut open: Vec<&mut Export> = self.exports.values_mut().filter(|d| d.workspace == key).collect();
        open.sort_by_key(|d| !d.changed);
        for doc in open.iter_mut().filter(|d| d.changed) {
            ws.set_text(&doc.file, &doc.text);
            doc.changed = false;
        }
        let files: Vec<&str> = open.iter().map(|d| d.file.as_str()).collect();
        let errors = ws.check(&files);
        let mut messages = Vec::new();
        for (doc, errors) in open.iter().zip(errors) {
            let Some(e) = ws.project.element(&doc.file) else { continue };
            let mapping = Mapping::new(&ws.project.elements[e].view.text, &doc.text, &doc.lines);
            let diagnostics =
                errors.iter().map(|error| diagnostic(error, self.lang, &doc.uri, |span| mapping.range(span))).collect();
            let params = PublishDiagnosticsParams { uri: doc.uri.clone(), diagnostics, version: Some(doc.version) };
            messages.push(Notification::new(PublishDiagnostics::METHOD.into(), params));
        }
        for message in messages {
            self.send(message.into());
        }
    }

    /// The open export `uri`, its workspace checked, and its element in the project.
    fn export(&mut self, uri: &Uri) -> Option<(&Export, &mut Workspace, usize)> {
        let workspace_key = self.exports.get(uri.as_str())?.workspace.clone();
        if self.dirty_workspaces.contains(&workspace_key) {
            self.check_workspace(&workspace_key);
        }
        let doc = self.exports.get(uri.as_str())?;
        let ws = self.workspaces.get_mut(&workspace_key)?;
        let e = ws.project.element(&doc.file)?;
        Some((doc, ws, e))
    }

    /// The text of an open export of workspace `key` by its file, with its URI.
    fn open_text(&self, key: &str, file: &str) -> Option<(Uri, String)> {
        self.exports.values().find(|d| d.workspace == key && d.file == file).map(|d| (d.uri.clone(), d.text.clone()))
    }

    fn export_hover(&mut self, uri: &Uri, position: Position) -> Option<Hover> {
        let lang = self.lang;
        let (doc, ws, e) = self.export(uri)?;
        let view = ws.project.elements[e].view.text.clone();
        let mapping = Mapping::new(&view, &doc.text, &doc.lines);
        let (markdown, span) = ws.hover(e, mapping.offset(position), lang)?;
        Some(Hover {
            contents: HoverContents::Markup(MarkupContent { kind: MarkupKind::Markdown, value: markdown }),
            range: Some(mapping.range(span)),
        })
    }

    fn export_definition(&mut self, uri: &Uri, position: Position) -> Option<Location> {
        let (doc, ws, e) = self.export(uri)?;
        let workspace_key = doc.workspace.clone();
        let view = &ws.project.elements[e].view.text;
        let offset = Mapping::new(view, &doc.text, &doc.lines).offset(position);
        let site = ws.definition(e, offset)?;
        let element = &ws.project.elements[ws.project.blocks[site.block].element];
        let (file, view) = (element.file.clone(), element.view.text.clone());
        let path = ws.project.root.join(&file);
        // The target's text: the editor's when it is open, else the disk's.
        let (target, text) = match self.open_text(&workspace_key, &file) {
            Some(open) => open,
            None => (workspace::uri_of(&path)?, workspace::disk_text(&path).unwrap_or_default()),
        };
        let lines = Lines::new(&text);
        Some(Location { uri: target, range: Mapping::new(&view, &text, &lines).range(site.span) })
    }

    #[allow(deprecated)] // `DocumentSymbol::deprecated` must be written, even as `None`.
    fn export_symbols(&mut self, uri: &Uri) -> Option<Vec<DocumentSymbol>> {
        let (doc, ws, e) = self.export(uri)?;
        let symbols = ws
            .outline(e)
            .into_iter()
            .map(|(name, role, first, last)| {
                let end = doc.lines.line(&doc.text, last as usize).encode_utf16().count() as u32;
                let first_end = doc.lines.line(&doc.text, first as usize).encode_utf16().count() as u32;
                DocumentSymbol {
                    name,
                    detail: None,
                    kind: match role {
                        Role::Procedure => SymbolKind::FUNCTION,
                        Role::Event => SymbolKind::EVENT,
                        _ => SymbolKind::NAMESPACE,
                    },
                    tags: None,
                    deprecated: None,
                    range: Range { start: Position::new(first, 0), end: Position::new(last, end) },
                    selection_range: Range { start: Position::new(first, 0), end: Position::new(first, first_end) },
                    children: None,
                }
            })
            .collect();
        Some(symbols)
    }

    /// The document `uri`, analysed.
    fn document(&mut self, uri: &Uri) -> Option<&Document> {
        let key = uri.as_str();
        if self.dirty.remove(key) {
            if let Some((_, doc)) = self.docs.get_mut(key) {
                doc.refresh();
            }
            self.publish(key);
        }
        self.docs.get(key).map(|(_, doc)| doc)
    }

    fn publish(&self, key: &str) {
        let Some((uri, doc)) = self.docs.get(key) else { return };
        let diagnostics =
            doc.analysis.errors.iter().map(|error| diagnostic(error, self.lang, uri, |span| doc.range(span))).collect();
        let params = PublishDiagnosticsParams { uri: uri.clone(), diagnostics, version: Some(doc.version) };
        self.send(Notification::new(PublishDiagnostics::METHOD.into(), params).into());
    }

    fn notification(&mut self, notification: Notification) {
        match notification.method.as_str() {
            DidOpenTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<DidOpenTextDocumentParams>(notification.params) {
                    let key = p.text_document.uri.as_str().to_owned();
                    if is_export(&p.text_document.uri) {
                        self.open_export(p.text_document.uri, p.text_document.text, p.text_document.version);
                        return;
                    }
                    let doc = Document::new(p.text_document.text, p.text_document.version);
                    self.docs.insert(key.clone(), (p.text_document.uri, doc));
                    self.dirty.remove(&key);
                    self.publish(&key);
                }
            }
            DidChangeTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<DidChangeTextDocumentParams>(notification.params) {
                    let key = p.text_document.uri.as_str().to_owned();
                    if let Some((_, doc)) = self.docs.get_mut(&key) {
                        for change in p.content_changes {
                            doc.edit(change.range, &change.text);
                        }
                        doc.version = p.text_document.version;
                        self.dirty.insert(key);
                    } else if let Some(doc) = self.exports.get_mut(&key) {
                        for change in p.content_changes {
                            doc.lines.edit(&mut doc.text, change.range, &change.text);
                        }
                        doc.version = p.text_document.version;
                        doc.changed = true;
                        self.dirty_workspaces.insert(doc.workspace.clone());
                    }
                }
            }
            DidCloseTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<DidCloseTextDocumentParams>(notification.params) {
                    let key = p.text_document.uri.as_str().to_owned();
                    self.docs.remove(&key);
                    self.dirty.remove(&key);
                    self.close_export(&key);
                    // Clear what was published for it.
                    let params =
                        PublishDiagnosticsParams { uri: p.text_document.uri, diagnostics: vec![], version: None };
                    self.send(Notification::new(PublishDiagnostics::METHOD.into(), params).into());
                }
            }
            _ => {}
        }
    }

    fn request(&mut self, request: Request) -> Response {
        let id = request.id.clone();
        let result = match request.method.as_str() {
            HoverRequest::METHOD => self.with_params(request, |s, p: HoverParams| {
                let pos = p.text_document_position_params;
                if s.exports.contains_key(pos.text_document.uri.as_str()) {
                    return s.export_hover(&pos.text_document.uri, pos.position);
                }
                s.hover(&pos.text_document.uri, pos.position)
            }),
            Completion::METHOD => self.with_params(request, |s, p: CompletionParams| {
                let pos = p.text_document_position;
                s.completion(&pos.text_document.uri, pos.position)
            }),
            SignatureHelpRequest::METHOD => self.with_params(request, |s, p: SignatureHelpParams| {
                let pos = p.text_document_position_params;
                s.signature_help(&pos.text_document.uri, pos.position)
            }),
            GotoDefinition::METHOD => self.with_params(request, |s, p: GotoDefinitionParams| {
                let pos = p.text_document_position_params;
                let uri = pos.text_document.uri;
                if s.exports.contains_key(uri.as_str()) {
                    return s.export_definition(&uri, pos.position);
                }
                let doc = s.document(&uri)?;
                let span = doc.definition(doc.offset(pos.position))?;
                Some(Location { uri: uri.clone(), range: doc.range(span) })
            }),
            References::METHOD => self.with_params(request, |s, p: ReferenceParams| {
                let pos = p.text_document_position;
                let uri = pos.text_document.uri;
                let doc = s.document(&uri)?;
                let spans = doc.references(doc.offset(pos.position), p.context.include_declaration);
                Some(
                    spans
                        .into_iter()
                        .map(|span| Location { uri: uri.clone(), range: doc.range(span) })
                        .collect::<Vec<_>>(),
                )
            }),
            DocumentSymbolRequest::METHOD => self.with_params(request, |s, p: DocumentSymbolParams| {
                if s.exports.contains_key(p.text_document.uri.as_str()) {
                    return s.export_symbols(&p.text_document.uri);
                }
                let doc = s.document(&p.text_document.uri)?;
                Some(doc.symbols().iter().map(|sym| document_symbol(doc, sym)).collect::<Vec<_>>())
            }),
            Formatting::METHOD => self.with_params(request, |s, p: DocumentFormattingParams| {
                let keep_case = s.keep_case;
                let doc = s.document(&p.text_document.uri)?;
                let options = fmt::Options { keep_case };
                let text = doc.text.as_str();
                let formatted =
                    std::panic::catch_unwind(|| fmt::format(text, options, fmt::Charset::of_text(text))).ok()?.ok()?;
                let edits = if formatted == doc.text {
                    Vec::new()
                } else {
                    let end = doc.lines.position(&doc.text, doc.text.len());
                    vec![TextEdit { range: Range { start: Position::new(0, 0), end }, new_text: formatted }]
                };
                Some(edits)
            }),
            _ => {
                return Response::new_err(
                    id,
                    ErrorCode::MethodNotFound as i32,
                    format!("unknown request {}", request.method),
                );
            }
        };
        match result {
            Ok(value) => Response::new_ok(id, value),
            Err(message) => Response::new_err(id, ErrorCode::InvalidParams as i32, message),
        }
    }

    /// Decodes a request's parameters and answers with `f`'s result (`null` for `None`).
    fn with_params<P, R>(&mut self, request: Request, f: impl FnOnce(&mut Self, P) -> Option<R>) -> Result<Json, String>
    where
        P: serde::de::DeserializeOwned,
        R: serde::Serialize,
    {
        let params: P = serde_json::from_value(request.params).map_err(|e| format!("bad parameters: {e}"))?;
        let result = f(self, params);
        serde_json::to_value(result).map_err(|e| e.to_string())
    }

    fn hover(&mut self, uri: &Uri, position: Position) -> Option<Hover> {
        let lang = self.lang;
        let doc = self.document(uri)?;
        let hover = doc.hover(doc.offset(position), lang)?;
        Some(Hover {
            contents: HoverContents::Markup(MarkupContent { kind: MarkupKind::Markdown, value: hover.markdown }),
            range: Some(doc.range(hover.span)),
        })
    }

    fn completion(&mut self, uri: &Uri, position: Position) -> Option<Vec<CompletionItem>> {
        let doc = self.document(uri)?;
        let items = doc
            .completion(doc.offset(position))
            .into_iter()
            .map(|p| {
                let (kind, rank) = match p.kind {
                    ProposalKind::Variable => (CompletionItemKind::VARIABLE, 0),
                    ProposalKind::Procedure => (CompletionItemKind::FUNCTION, 0),
                    ProposalKind::Property => (CompletionItemKind::PROPERTY, 0),
                    ProposalKind::Keyword => (CompletionItemKind::KEYWORD, 1),
                    ProposalKind::Function => (CompletionItemKind::FUNCTION, 2),
                    ProposalKind::Constant => (CompletionItemKind::CONSTANT, 3),
                    ProposalKind::Type => (CompletionItemKind::CLASS, 3),
                };
                let folded = fold(&p.label).into_owned();
                CompletionItem {
                    sort_text: Some(format!("{rank}{folded}")),
                    // Typing without accents finds accented names (`chaine` → `ChaîneConstruit`).
                    filter_text: (folded != p.label).then(|| format!("{} {folded}", p.label)),
                    label: p.label,
                    kind: Some(kind),
                    detail: (!p.detail.is_empty()).then_some(p.detail),
                    ..CompletionItem::default()
                }
            })
            .collect();
        Some(items)
    }

    fn signature_help(&mut self, uri: &Uri, position: Position) -> Option<SignatureHelp> {
        let doc = self.document(uri)?;
        let sig = doc.signature_help(doc.offset(position))?;
        let units = |bytes: usize| sig.label[..bytes].encode_utf16().count() as u32;
        let parameters = sig
            .params
            .iter()
            .map(|&(start, end)| ParameterInformation {
                label: ParameterLabel::LabelOffsets([units(start), units(end)]),
                documentation: None,
            })
            .collect();
        let active = sig.active as u32;
        Some(SignatureHelp {
            signatures: vec![SignatureInformation {
                label: sig.label.clone(),
                documentation: None,
                parameters: Some(parameters),
                active_parameter: Some(active),
            }],
            active_signature: Some(0),
            active_parameter: Some(active),
        })
    }
}

/// Whether a document is an element's export (or a project file): by its URI's extension.
fn is_export(uri: &Uri) -> bool {
    let path = uri.as_str().split(['?', '#']).next().unwrap_or("");
    project::is_element_file(std::path::Path::new(path))
}

/// The diagnostic of an error, with `wl check`'s texts in `lang`; `range` places a span.
fn diagnostic(error: &SourceError, lang: Lang, uri: &Uri, range: impl Fn(Span) -> Range) -> Diagnostic {
    let texts = error.texts(lang);
    let mut message = texts.message;
    if let Some(help) = texts.help {
        message.push('\n');
        message.push_str(&lang.pick(format!("help: {help}"), format!("aide : {help}")));
    }
    let related: Vec<DiagnosticRelatedInformation> = texts
        .labels
        .iter()
        .filter(|(span, _)| *span != error.span())
        .map(|(span, label)| DiagnosticRelatedInformation {
            location: Location { uri: uri.clone(), range: range(*span) },
            message: label.clone(),
        })
        .collect();
    Diagnostic {
        range: range(error.span()),
        severity: Some(DiagnosticSeverity::ERROR),
        code: Some(NumberOrString::String(texts.code.to_owned())),
        source: Some("wl".into()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        ..Diagnostic::default()
    }
}

#[allow(deprecated)] // `DocumentSymbol::deprecated` must be written, even as `None`.
fn document_symbol(doc: &Document, symbol: &Symbol) -> DocumentSymbol {
    DocumentSymbol {
        name: symbol.name.clone(),
        detail: Some(symbol.detail.clone()),
        kind: match symbol.kind {
            document::SymbolKind::Procedure => SymbolKind::FUNCTION,
            document::SymbolKind::Class => SymbolKind::CLASS,
            document::SymbolKind::Structure => SymbolKind::STRUCT,
            document::SymbolKind::Enumeration => SymbolKind::ENUM,
            document::SymbolKind::Field => SymbolKind::FIELD,
        },
        tags: None,
        deprecated: None,
        range: doc.range(symbol.span),
        selection_range: doc.range(symbol.name_span),
        children: Some(symbol.children.iter().map(|c| document_symbol(doc, c)).collect()),
    }
}
