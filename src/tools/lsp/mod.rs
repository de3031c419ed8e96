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
//! are applied first and the document is analysed once (`Server::run`). Each document is on its
//! own: a WINDEV project's elements are not yet one workspace (the project loader has not
//! landed), see README.

mod document;
pub mod textmate;

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

use crate::diagnostics::Lang;
use crate::keywords::fold;
use crate::tools::fmt;
pub use document::{Document, Lines, analyse};
use document::{ProposalKind, Symbol};

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
    Server { connection, docs: HashMap::new(), dirty: HashSet::new(), lang, keep_case }.run()
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
    /// The language of messages.
    lang: Lang,
    /// `wl fmt --keep-case` for formatting (`initializationOptions.keepCase`).
    keep_case: bool,
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
        let diagnostics = doc
            .analysis
            .errors
            .iter()
            .map(|error| {
                let texts = error.texts(self.lang);
                let mut message = texts.message;
                if let Some(help) = texts.help {
                    message.push('\n');
                    message.push_str(&self.lang.pick(format!("help: {help}"), format!("aide : {help}")));
                }
                let related: Vec<DiagnosticRelatedInformation> = texts
                    .labels
                    .iter()
                    .filter(|(span, _)| *span != error.span())
                    .map(|(span, label)| DiagnosticRelatedInformation {
                        location: Location { uri: uri.clone(), range: doc.range(*span) },
                        message: label.clone(),
                    })
                    .collect();
                Diagnostic {
                    range: doc.range(error.span()),
                    severity: Some(DiagnosticSeverity::ERROR),
                    code: Some(NumberOrString::String(texts.code.to_owned())),
                    source: Some("wl".into()),
                    message,
                    related_information: (!related.is_empty()).then_some(related),
                    ..Diagnostic::default()
                }
            })
            .collect();
        let params = PublishDiagnosticsParams { uri: uri.clone(), diagnostics, version: Some(doc.version) };
        self.send(Notification::new(PublishDiagnostics::METHOD.into(), params).into());
    }

    fn notification(&mut self, notification: Notification) {
        match notification.method.as_str() {
            DidOpenTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<DidOpenTextDocumentParams>(notification.params) {
                    let key = p.text_document.uri.as_str().to_owned();
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
                    }
                }
            }
            DidCloseTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<DidCloseTextDocumentParams>(notification.params) {
                    let key = p.text_document.uri.as_str().to_owned();
                    self.docs.remove(&key);
                    self.dirty.remove(&key);
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
