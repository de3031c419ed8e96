//! The HTTP family: `HTTPEnvoie` with the `httpRequête`/`httpRéponse` types (help pages
//! 1000021183, 1000021158, 1000021165), their REST twins (`RESTEnvoie`, `restRequête`,
//! `restRéponse`), and the older `HTTPRequête`/`HTTPDonneRésultat`/`HTTPTimeOut` (3043007,
//! 3043001, 3043008).
//!
//! A request runs on a helper thread (`client.rs`, ureq over native-tls); the calling builtin
//! waits through the host's event loop (`Host::wait`), so socket events, timers and WLanguage
//! threads go on meanwhile and Ctrl-C ends the wait. The family's state is an event source that
//! does I/O while a request is out: its `poll` waits on the channel the helper threads answer
//! on. The request's timeout (`DuréeNonRéponse`, else `HTTPTimeOut`'s, 20 s by default) bounds
//! the whole exchange, redirections and body included; a body larger than the run's message
//! limit (64 MiB) is refused, so an endless answer cannot eat memory.
//!
//! Failures are recoverable: `ErreurDétectée`/`ErreurInfo()` (both languages) and an empty
//! response (`CodeEtat` 0); an answer with any status code is a success. A `--sandbox` denial
//! (the URL's host, or a redirection's, not mapped by `--connect-to`/`--echo`) is fatal, as for
//! the sockets.

mod client;

use std::collections::HashSet;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use super::system::{Sandbox, SandboxDenial, ScriptInfo, denied};
use super::{
    Args, BuiltinError, Const, Dispatch, EventSource, Family, FamilyState, FamilyType, Host, Member, Ret, Settings,
    arg_error, row, state, struct_of,
};
use crate::diagnostics::{FamilyFault, Fault, Lang};
use crate::runtime;
use crate::types::{AssocType, Ty};
use crate::value::{Assoc, Record, Value};
use client::{Failure, Net, Plan, Reply};

pub static FAMILY: Family = Family {
    name: "http",
    functions: &[
        row("HTTPEnvoie", "HTTPSend", 1, 1, http_send),
        row("RESTEnvoie", "RESTSend", 1, 1, rest_send),
        row("HTTPRequête", "HTTPRequest", 1, 7, http_request),
        row("HTTPDonneRésultat", "HTTPGetResult", 0, 1, http_get_result),
        row("HTTPTimeOut", "HTTPTimeOut", 1, 1, http_timeout),
    ],
    constants: &[
        // Méthode of a request.
        ("httpGet", "httpGet", Const::Int(METHOD_GET)),
        ("httpPost", "httpPost", Const::Int(METHOD_POST)),
        ("httpHead", "httpHead", Const::Int(3)),
        ("httpPut", "httpPut", Const::Int(4)),
        ("httpDelete", "httpDelete", Const::Int(5)),
        ("httpPatch", "httpPatch", Const::Int(6)),
        ("httpCopy", "httpCopy", Const::Int(7)),
        ("httpOptions", "httpOptions", Const::Int(8)),
        ("httpTrace", "httpTrace", Const::Int(9)),
        // HTTPDonneRésultat.
        ("httpEntête", "httpHeader", Const::Int(RESULT_HEADER)),
        ("httpRésultat", "httpResult", Const::Int(RESULT_BODY)),
        ("httpCookie", "httpCookie", Const::Int(RESULT_COOKIE)),
        // IgnoreErreur of a request, combined with +.
        ("httpIgnoreCertificatInvalide", "httpIgnoreInvalidCertificate", Const::Int(IGNORE_INVALID_CERTIFICATE)),
        ("httpIgnoreNomCertificatInvalide", "httpIgnoreInvalidCertificateName", Const::Int(IGNORE_CERTIFICATE_NAME)),
        ("httpIgnoreCertificatExpiré", "httpIgnoreExpiredCertificate", Const::Int(IGNORE_EXPIRED_CERTIFICATE)),
        ("httpIgnoreRévocation", "httpIgnoreRevocation", Const::Int(IGNORE_REVOCATION)),
        ("httpIgnoreRenvoiHTTP", "httpIgnoreRedirectToHTTP", Const::Int(IGNORE_REDIRECT_TO_HTTP)),
        ("httpIgnoreRenvoiHTTPS", "httpIgnoreRedirectToHTTPS", Const::Int(IGNORE_REDIRECT_TO_HTTPS)),
        ("httpIgnoreRedirection", "httpIgnoreRedirection", Const::Int(IGNORE_REDIRECTION)),
    ],
};

/// `httpGet` and `httpPost` are 1 and 2 in compiled WINDEV code; the other values are ours.
const METHOD_GET: i64 = 1;
const METHOD_POST: i64 = 2;
const METHODS: &[(i64, &str)] = &[
    (METHOD_GET, "GET"),
    (METHOD_POST, "POST"),
    (3, "HEAD"),
    (4, "PUT"),
    (5, "DELETE"),
    (6, "PATCH"),
    (7, "COPY"),
    (8, "OPTIONS"),
    (9, "TRACE"),
];

/// `httpRésultat` is 2 in compiled WINDEV code; the other two are ours.
const RESULT_HEADER: i64 = 1;
const RESULT_BODY: i64 = 2;
const RESULT_COOKIE: i64 = 3;

const IGNORE_INVALID_CERTIFICATE: i64 = 1;
const IGNORE_CERTIFICATE_NAME: i64 = 2;
const IGNORE_EXPIRED_CERTIFICATE: i64 = 4;
const IGNORE_REVOCATION: i64 = 8;
const IGNORE_REDIRECT_TO_HTTP: i64 = 16;
const IGNORE_REDIRECT_TO_HTTPS: i64 = 32;
const IGNORE_REDIRECTION: i64 = 64;
/// Any certificate error: native-tls checks the chain, the dates and the name together, so
/// ignoring one of them skips the whole check.
const IGNORE_CERTIFICATE: i64 = IGNORE_INVALID_CERTIFICATE | IGNORE_CERTIFICATE_NAME | IGNORE_EXPIRED_CERTIFICATE;

/// The timeout of a request that sets none, until `HTTPTimeOut` changes it.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(20);
/// What the content of a message `HTTPRequête` posts is, unless said.
const DEFAULT_POST_TYPE: &str = "application/x-www-form-urlencoded";
/// How long a wait may outlast the request's own timeout (the helper thread reports the
/// timeout itself; this only covers a thread that never answers).
const GRACE: Duration = Duration::from_secs(2);
/// The longest the event source sleeps in one turn (the host checks Ctrl-C between turns).
const POLL_SLICE: Duration = Duration::from_millis(20);

// ---------------------------------------------------------------------------------- the types

/// The members of `httpRequête` (page 1000021158) that wlang uses.
const REQUEST_MEMBERS: &[Member] = &[
    Member { fr: "URL", en: "URL", ty: || Ty::Str },
    Member { fr: "Méthode", en: "Method", ty: || Ty::Int },
    Member { fr: "Contenu", en: "Content", ty: || Ty::Buffer },
    Member { fr: "ContentType", en: "ContentType", ty: || Ty::Str },
    Member { fr: "Entête", en: "Header", ty: headers_ty },
    Member { fr: "DuréeNonRéponse", en: "Timeout", ty: || Ty::Duration },
    Member { fr: "IgnoreErreur", en: "IgnoreError", ty: || Ty::Int },
    Member { fr: "Utilisateur", en: "User", ty: || Ty::Str },
    Member { fr: "MotDePasse", en: "Password", ty: || Ty::Str },
    Member { fr: "AgentUtilisateur", en: "UserAgent", ty: || Ty::Str },
];

/// The members of `httpRéponse` (page 1000021165).
const RESPONSE_MEMBERS: &[Member] = &[
    Member { fr: "CodeEtat", en: "StatusCode", ty: || Ty::Int },
    Member { fr: "DescriptionCodeEtat", en: "DescriptionStatusCode", ty: || Ty::Str },
    Member { fr: "Contenu", en: "Content", ty: || Ty::Buffer },
    Member { fr: "ContentType", en: "ContentType", ty: || Ty::Str },
    Member { fr: "Entête", en: "Header", ty: headers_ty },
    Member { fr: "EntêteBrut", en: "RoughHeader", ty: || Ty::Str },
];

/// Headers: an associative array of strings whose keys ignore case (`ccSansCasse`), as header
/// names do in HTTP.
fn headers_ty() -> Ty {
    Ty::Assoc(Rc::new(AssocType { key: Ty::Str, elem: Ty::Str, options: IGNORE_CASE }))
}

/// `ccSansCasse` as an associative array's option.
const IGNORE_CASE: i64 = 1;

pub static REQUEST: FamilyType = FamilyType { fr: "httpRequête", en: "httpRequest", members: REQUEST_MEMBERS };
pub static RESPONSE: FamilyType = FamilyType { fr: "httpRéponse", en: "httpResponse", members: RESPONSE_MEMBERS };
pub static REST_REQUEST: FamilyType = FamilyType { fr: "restRequête", en: "restRequest", members: REQUEST_MEMBERS };
pub static REST_RESPONSE: FamilyType = FamilyType { fr: "restRéponse", en: "restResponse", members: RESPONSE_MEMBERS };

// ---------------------------------------------------------------------------------- faults

/// The family's fatal argument faults; recoverable failures are `client::Failure`s.
#[derive(Debug, Clone, PartialEq)]
enum HttpFault {
    Request(Ty),
    ResultKind(i64),
    Timeout(String),
}

impl FamilyFault for HttpFault {
    fn text(&self, lang: Lang) -> String {
        let t = |en: String, fr: String| lang.pick(en, fr);
        match self {
            HttpFault::Request(ty) => t(
                format!("expected an httpRequête or a URL, found {}", ty.words(Lang::En)),
                format!("une httpRequête ou une URL est attendue, pas {}", ty.words(Lang::Fr)),
            ),
            HttpFault::ResultKind(n) => t(
                format!("{n} is not httpRésultat, httpEntête or httpCookie"),
                format!("{n} n'est pas httpRésultat, httpEntête ou httpCookie"),
            ),
            HttpFault::Timeout(s) => t(
                format!("{s} is not a usable timeout (a positive duration, or milliseconds)"),
                format!("{s} n'est pas un délai utilisable (une durée positive, ou des millisecondes)"),
            ),
        }
    }
}

impl FamilyFault for Failure {
    fn text(&self, lang: Lang) -> String {
        Failure::text(self, lang)
    }
}

// ---------------------------------------------------------------------------------- the state

/// The requests out, their answers, and what `HTTPRequête` left for `HTTPDonneRésultat`.
pub struct Http {
    net: Arc<Net>,
    sandbox: Option<Sandbox>,
    user_agent: String,
    /// `HTTPTimeOut`.
    timeout: Duration,
    next_id: u64,
    /// The requests a builtin waits for; an answer to another (one abandoned by Ctrl-C) is dropped.
    waiting: HashSet<u64>,
    done: Vec<(u64, Result<Reply, Failure>)>,
    tx: Sender<(u64, Result<Reply, Failure>)>,
    rx: Receiver<(u64, Result<Reply, Failure>)>,
    /// The answer of the last `HTTPRequête` (`None` after a failure).
    last: Option<Reply>,
}

impl FamilyState for Http {
    fn new(settings: &Settings) -> Http {
        let config = settings.get::<runtime::Config>().cloned().unwrap_or_default();
        let sandbox = settings.get::<Sandbox>().cloned();
        let net = Net {
            roots: Net::roots(&config.extra_roots_pem, config.route_all.is_some()),
            connect_to: config.connect_to,
            route_all: config.route_all,
            insecure: config.insecure,
            max_body: config.max_message_size as u64,
            allowed: sandbox.as_ref().and_then(|s| s.hosts.clone()),
        };
        let user_agent = settings
            .get::<ScriptInfo>()
            .and_then(|s| s.path.as_ref()?.file_stem().map(|stem| stem.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "wlang".to_owned());
        let (tx, rx) = mpsc::channel();
        Http {
            net: Arc::new(net),
            sandbox,
            user_agent,
            timeout: DEFAULT_TIMEOUT,
            next_id: 1,
            waiting: HashSet::new(),
            done: Vec::new(),
            tx,
            rx,
            last: None,
        }
    }

    fn as_any(&mut self) -> &mut dyn std::any::Any {
        self
    }

    fn events(&mut self) -> Option<&mut dyn EventSource> {
        Some(self)
    }
}

impl Http {
    fn keep(&mut self, (id, outcome): (u64, Result<Reply, Failure>)) {
        if self.waiting.contains(&id) {
            self.done.push((id, outcome));
        }
    }

    fn take(&mut self, id: u64) -> Option<Result<Reply, Failure>> {
        let i = self.done.iter().position(|(d, _)| *d == id)?;
        Some(self.done.swap_remove(i).1)
    }
}

impl EventSource for Http {
    fn keeps_alive(&self) -> bool {
        false
    }

    fn next_event(&mut self, _lang: Lang) -> Option<Dispatch> {
        None
    }

    fn does_io(&self) -> bool {
        !self.waiting.is_empty()
    }

    fn poll(&mut self, until: Option<Instant>, _can_dispatch: bool) -> Result<(), Fault> {
        let now = Instant::now();
        let slice = until.map_or(POLL_SLICE, |u| u.saturating_duration_since(now).min(POLL_SLICE));
        match self.rx.recv_timeout(slice) {
            Ok(answer) => self.keep(answer),
            Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => return Ok(()),
        }
        while let Ok(answer) = self.rx.try_recv() {
            self.keep(answer);
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------- sending

/// Runs a request on a helper thread and waits for its answer through the event loop.
/// A sandbox denial is fatal; every other failure is the caller's to report.
fn perform(host: &mut dyn Host, mut plan: Plan) -> Result<Result<Reply, Failure>, BuiltinError> {
    let http = state::<Http>(host);
    let (url_host, port) = match client::parse_url(&plan.url) {
        Ok((full, url_host, port)) => {
            plan.url = full;
            (url_host, port)
        }
        Err(failure) => return Ok(Err(failure)),
    };
    if let Some(sandbox) = &http.sandbox
        && !sandbox.allows_host(&url_host, port)
    {
        return Err(denied(SandboxDenial::Connect { host: url_host, port }));
    }
    let id = http.next_id;
    http.next_id += 1;
    let (net, tx) = (Arc::clone(&http.net), http.tx.clone());
    let deadline = Instant::now() + plan.timeout + GRACE;
    let (url, after) = (plan.url.clone(), plan.timeout);
    let started = std::thread::Builder::new().name("wlang-http".into()).spawn(move || {
        let outcome = client::perform(&net, &plan);
        // Nobody listens any more when the run ended or the wait was abandoned.
        let _ = tx.send((id, outcome));
    });
    if let Err(e) = started {
        return Ok(Err(Failure::Thread(e.to_string())));
    }
    http.waiting.insert(id);
    let mut outcome = None;
    let waited = host.wait(Some(deadline), &mut |host| {
        outcome = state::<Http>(host).take(id);
        outcome.is_some()
    });
    state::<Http>(host).waiting.remove(&id);
    waited?;
    match outcome.unwrap_or(Err(Failure::Timeout { url, after })) {
        Err(Failure::Denied { host, port }) => Err(denied(SandboxDenial::Connect { host, port })),
        other => Ok(other),
    }
}

/// A member of a structure by its folded (French) name; `Null` when it has none.
fn member(record: &Record, folded: &str) -> Value {
    record.ty.field(folded).and_then(|i| record.fields.get(i).cloned()).unwrap_or(Value::Null)
}

fn text_of(v: &Value) -> Result<String, BuiltinError> {
    v.to_text().map(|s| s.as_str().to_owned()).map_err(|e| BuiltinError::Fatal(e.0))
}

fn bytes_of(v: &Value) -> Result<Vec<u8>, BuiltinError> {
    Ok(match v {
        Value::Null => Vec::new(),
        Value::Buffer(b) => b.to_vec(),
        other => text_of(other)?.into_bytes(),
    })
}

/// A timeout in a member or an argument: a `Durée`, or milliseconds; `None` for 0 (unset).
fn timeout_of(v: &Value) -> Result<Option<Duration>, HttpFault> {
    let ms = match v {
        Value::Null => 0,
        Value::Duration(d) => d.0,
        other => other.to_int().map_err(|_| HttpFault::Timeout(other.to_string()))?,
    };
    match ms {
        0 => Ok(None),
        1..=86_400_000 => Ok(Some(Duration::from_millis(ms as u64))),
        _ => Err(HttpFault::Timeout(v.to_string())),
    }
}

/// `Authorization: Basic ...` for a user name and a password.
fn basic_auth(user: &str, password: &str) -> (String, String) {
    use base64::Engine;
    let token = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
    ("Authorization".to_owned(), format!("Basic {token}"))
}

/// The plan of an `httpRequête` (or of any structure with its members' names).
fn plan_of_request(host: &mut dyn Host, record: &Record) -> Result<Result<Plan, Failure>, BuiltinError> {
    let url = text_of(&member(record, "url"))?;
    let method = match &member(record, "methode") {
        Value::Null => METHOD_GET,
        v => v.to_int().map_err(|e| BuiltinError::Fatal(e.0))?,
    };
    let method = match method {
        0 => "GET",
        m => match METHODS.iter().find(|(n, _)| *n == m) {
            Some((_, name)) => name,
            None => return Ok(Err(Failure::UnknownMethod(m))),
        },
    };
    let mut headers = Vec::new();
    if let Value::Assoc(a) = member(record, "entete") {
        for (name, value) in a.borrow().entries.values() {
            headers.push((text_of(name)?, text_of(value)?));
        }
    }
    let content_type = text_of(&member(record, "contenttype"))?;
    if !content_type.is_empty() {
        headers.retain(|(n, _)| !n.eq_ignore_ascii_case("content-type"));
        headers.push(("Content-Type".to_owned(), content_type));
    }
    let user = text_of(&member(record, "utilisateur"))?;
    if !user.is_empty() {
        headers.push(basic_auth(&user, &text_of(&member(record, "motdepasse"))?));
    }
    let ignore = match &member(record, "ignoreerreur") {
        Value::Null => 0,
        v => v.to_int().map_err(|e| BuiltinError::Fatal(e.0))?,
    };
    let timeout = timeout_of(&member(record, "dureenonreponse")).map_err(|f| BuiltinError::Fatal(Fault::family(f)))?;
    let agent = text_of(&member(record, "agentutilisateur"))?;
    let http = state::<Http>(host);
    Ok(Ok(Plan {
        method,
        url,
        headers,
        body: bytes_of(&member(record, "contenu"))?,
        user_agent: if agent.is_empty() { http.user_agent.clone() } else { agent },
        timeout: timeout.unwrap_or(http.timeout),
        follow_redirects: ignore & IGNORE_REDIRECTION == 0,
        skip_certificate_checks: ignore & IGNORE_CERTIFICATE != 0,
        allow_downgrade: ignore & IGNORE_REDIRECT_TO_HTTP != 0,
    }))
}

/// A GET of this URL with the run's defaults.
fn plan_of_url(host: &mut dyn Host, url: String) -> Plan {
    let http = state::<Http>(host);
    Plan {
        method: "GET",
        url,
        headers: Vec::new(),
        body: Vec::new(),
        user_agent: http.user_agent.clone(),
        timeout: http.timeout,
        follow_redirects: true,
        skip_certificate_checks: false,
        allow_downgrade: false,
    }
}

/// An `httpRéponse` (or `restRéponse`) of an answer; empty without one.
fn response_value(ty: &'static FamilyType, reply: Option<&Reply>) -> Value {
    let record = Record::new(struct_of(ty));
    if let Some(reply) = reply {
        let mut r = record.borrow_mut();
        let set = |r: &mut Record, folded: &str, v: Value| {
            if let Some(i) = r.ty.field(folded) {
                r.fields[i] = v;
            }
        };
        set(&mut r, "codeetat", Value::Int(i64::from(reply.status)));
        set(&mut r, "descriptioncodeetat", Value::from(reply.description.as_str()));
        set(&mut r, "contenu", Value::Buffer(Rc::new(reply.body.clone())));
        set(&mut r, "contenttype", Value::from(reply.content_type.as_str()));
        set(&mut r, "entetebrut", Value::from(reply.raw_header.as_str()));
        if let Some(i) = r.ty.field("entete")
            && let Ty::Assoc(assoc_ty) = &r.ty.fields[i].ty
        {
            let headers = Assoc::new(assoc_ty.clone());
            for (name, value) in &reply.headers {
                let entry = (Value::from(name.as_str()), Value::from(value.as_str()));
                headers.borrow_mut().entries.insert(fold_key(name), entry);
            }
            r.fields[i] = Value::Assoc(headers);
        }
    }
    Value::Record(record)
}

/// A header name as a `ccSansCasse` associative array keys it.
fn fold_key(name: &str) -> String {
    name.to_lowercase()
}

/// `HTTPEnvoie(request or URL)` → `httpRéponse`.
fn http_send(host: &mut dyn Host, args: Args) -> Ret {
    send(host, args, &RESPONSE)
}

/// `RESTEnvoie(request)` → `restRéponse`: the same exchange.
fn rest_send(host: &mut dyn Host, args: Args) -> Ret {
    send(host, args, &REST_RESPONSE)
}

fn send(host: &mut dyn Host, args: Args, response: &'static FamilyType) -> Ret {
    let plan = match &args[0] {
        Value::Record(r) => plan_of_request(host, &r.borrow())?,
        Value::Str(url) => Ok(plan_of_url(host, url.as_str().to_owned())),
        other => return Err(arg_error(0, Fault::family(HttpFault::Request(other.ty())))),
    };
    let outcome = match plan {
        Ok(plan) => perform(host, plan)?,
        Err(failure) => Err(failure),
    };
    match outcome {
        Ok(reply) => Ok(response_value(response, Some(&reply))),
        Err(failure) => {
            host.fail(&failure);
            Ok(response_value(response, None))
        }
    }
}

/// `HTTPRequête(URL [, user agent [, extra headers [, message [, message type [, user [,
/// password]]]]]])`: a GET, or a POST of the message; `Vrai` when the server answered (any
/// status), the answer then waits for `HTTPDonneRésultat`.
fn http_request(host: &mut dyn Host, args: Args) -> Ret {
    let url = args.text(0)?.as_str().to_owned();
    let mut plan = plan_of_url(host, url);
    let agent = args.opt_text(1, "")?;
    if !agent.is_empty() {
        plan.user_agent = agent.as_str().to_owned();
    }
    let extra = args.opt_text(2, "")?;
    for line in extra.split(['\r', '\n']) {
        if let Some((name, value)) = line.split_once(':')
            && !name.trim().is_empty()
        {
            plan.headers.push((name.trim().to_owned(), value.trim().to_owned()));
        }
    }
    let message = match args.get(3) {
        Some(v) => bytes_of(v).map_err(|_| arg_error(3, Fault::family(HttpFault::Request(v.ty()))))?,
        None => Vec::new(),
    };
    if !message.is_empty() {
        plan.method = "POST";
        let kind = args.opt_text(4, "")?;
        let kind = if kind.is_empty() { DEFAULT_POST_TYPE.to_owned() } else { kind.as_str().to_owned() };
        plan.headers.retain(|(n, _)| !n.eq_ignore_ascii_case("content-type"));
        plan.headers.push(("Content-Type".to_owned(), kind));
        plan.body = message;
    }
    let user = args.opt_text(5, "")?;
    if !user.is_empty() {
        plan.headers.push(basic_auth(&user, &args.opt_text(6, "")?));
    }
    let outcome = perform(host, plan)?;
    let http = state::<Http>(host);
    match outcome {
        Ok(reply) => {
            http.last = Some(reply);
            Ok(Value::Bool(true))
        }
        Err(failure) => {
            http.last = None;
            host.fail(&failure);
            Ok(Value::Bool(false))
        }
    }
}

/// `HTTPDonneRésultat([httpRésultat | httpEntête | httpCookie])`: the body (a buffer), the
/// header, or the cookies (the `Set-Cookie` values, one a line) of the last `HTTPRequête`;
/// empty when there is none.
fn http_get_result(host: &mut dyn Host, args: Args) -> Ret {
    let kind = args.opt_int(0, RESULT_BODY)?;
    if ![RESULT_BODY, RESULT_HEADER, RESULT_COOKIE].contains(&kind) {
        return Err(arg_error(0, Fault::family(HttpFault::ResultKind(kind))));
    }
    let last = state::<Http>(host).last.as_ref();
    Ok(match kind {
        RESULT_HEADER => Value::from(last.map_or("", |r| r.raw_header.as_str())),
        RESULT_COOKIE => Value::from(last.map(|r| r.cookies.join("\r\n")).unwrap_or_default()),
        _ => Value::Buffer(Rc::new(last.map(|r| r.body.clone()).unwrap_or_default())),
    })
}

/// `HTTPTimeOut(timeout)`: the timeout of the requests that set none (a `Durée`, or
/// milliseconds).
fn http_timeout(host: &mut dyn Host, args: Args) -> Ret {
    let timeout = match timeout_of(&args[0]) {
        Ok(Some(t)) => t,
        Ok(None) => return Err(arg_error(0, Fault::family(HttpFault::Timeout(args[0].to_string())))),
        Err(fault) => return Err(arg_error(0, Fault::family(fault))),
    };
    state::<Http>(host).timeout = timeout;
    Ok(Value::Null)
}

/// Folded names of members the builtins read, checked against the types' tables in a test.
#[cfg(test)]
const READ_MEMBERS: &[&str] = &[
    "url",
    "methode",
    "contenu",
    "contenttype",
    "entete",
    "dureenonreponse",
    "ignoreerreur",
    "utilisateur",
    "motdepasse",
    "agentutilisateur",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keywords::fold;

    #[test]
    fn members_answer_to_both_names() {
        let st = struct_of(&REQUEST);
        assert_eq!(st.field("contenu"), st.field("content"));
        assert_eq!(st.field("dureenonreponse"), st.field("timeout"));
        for name in READ_MEMBERS {
            assert!(st.field(name).is_some(), "{name}");
        }
        let rep = struct_of(&RESPONSE);
        assert_eq!(rep.field("codeetat"), rep.field("statuscode"));
        assert!(rep.field(&fold("EntêteBrut")).is_some());
        assert!(crate::builtins::family_type("httpresponse").is_some_and(|t| t.id == rep.id));
        assert!(crate::builtins::family_type(&fold("restRequête")).is_some());
    }

    #[test]
    fn timeouts() {
        assert_eq!(timeout_of(&Value::Int(1500)).unwrap(), Some(Duration::from_millis(1500)));
        assert_eq!(timeout_of(&Value::Int(0)).unwrap(), None);
        assert!(timeout_of(&Value::Int(-5)).is_err());
    }
}
