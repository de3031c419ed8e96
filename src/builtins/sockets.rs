//! WebSocket builtins over `runtime`: `WebSocketClientConnecte(SSL)` in both syntaxes,
//! `SocketEcrit`, `SocketLit`, `SocketFerme`, `SocketExiste`, `SocketChangeModeTransmission`.
//! The family's state (the runtime and the procedures of asynchronous sockets) is an event source
//! of the host's event loop, which calls those procedures while the script waits (only at the
//! outermost wait: a wait inside an event procedure drives the network and dispatches nothing).
//! Network failures are recoverable: Faux/"" plus `ErreurInfo`, worded in the run's language by
//! the runtime (`NetError::text`).

use std::collections::HashMap;
use std::time::{Duration, Instant};

use super::{
    Args, BuiltinError, Const, Dispatch, EventSource, Family, FamilyState, Host, Ret, Settings, arg_error, row, state,
};
use crate::diagnostics::{FamilyFault, Fault, Lang};
use crate::runtime::{self, ConnectRequest, Event, Message, NetError, ReadOutcome, Runtime, TlsOptions, TlsVersion};
use crate::value::Value;

pub static FAMILY: Family = Family {
    name: "sockets",
    functions: &[
        row("WebSocketClientConnecte", "WebSocketClientConnect", 2, 6, connect_plain),
        row("WebSocketClientConnecteSSL", "WebSocketClientConnectSSL", 2, 7, connect_tls),
        row("SocketEcrit", "SocketWrite", 2, 3, write),
        row("SocketLit", "SocketRead", 1, 4, read),
        row("SocketFerme", "SocketClose", 1, 1, close),
        row("SocketExiste", "SocketExist", 1, 1, exists),
        row("SocketChangeModeTransmission", "SocketChangeTransmissionMode", 2, 3, change_mode),
    ],
    constants: &[
        ("SocketOuverture", "SocketOpening", Const::Int(EVENT_OPENING)),
        ("SocketMessage", "SocketMessage", Const::Int(EVENT_MESSAGE)),
        ("SocketFermeture", "SocketClosing", Const::Int(EVENT_CLOSING)),
        ("SocketErreur", "SocketError", Const::Int(EVENT_ERROR)),
        ("ProtocoleSSL2", "ProtocolSSL2", Const::Int(PROTOCOL_SSL2)),
        ("ProtocoleSSL3", "ProtocolSSL3", Const::Int(PROTOCOL_SSL3)),
        ("ProtocoleTLS1", "ProtocolTLS1", Const::Int(PROTOCOL_TLS1)),
        ("ProtocoleTLS1_1", "ProtocolTLS1_1", Const::Int(PROTOCOL_TLS1_1)),
        ("ProtocoleTLS1_2", "ProtocolTLS1_2", Const::Int(PROTOCOL_TLS1_2)),
        ("ProtocoleTLS1_3", "ProtocolTLS1_3", Const::Int(PROTOCOL_TLS1_3)),
        ("SocketSansMarqueurFin", "SocketNoEndTag", Const::Int(1)),
        ("SocketMarqueurFin", "SocketEndTag", Const::Int(2)),
        ("SocketTailleAuDébut", "SocketSizeAtBeginning", Const::Int(3)),
    ],
};

/// Values of `SocketOuverture`, `SocketMessage`, `SocketFermeture`, `SocketErreur`.
pub const EVENT_OPENING: i64 = 1;
pub const EVENT_MESSAGE: i64 = 2;
pub const EVENT_CLOSING: i64 = 3;
pub const EVENT_ERROR: i64 = 4;

/// `ProtocoleSSL2` ... `ProtocoleTLS1_3`: flags, combined with `+`.
pub const PROTOCOL_SSL2: i64 = 1;
pub const PROTOCOL_SSL3: i64 = 2;
pub const PROTOCOL_TLS1: i64 = 4;
pub const PROTOCOL_TLS1_1: i64 = 8;
pub const PROTOCOL_TLS1_2: i64 = 16;
pub const PROTOCOL_TLS1_3: i64 = 32;

/// The documented default: TLS 1.0 + 1.1 + 1.2.
const DEFAULT_TLS: i64 = PROTOCOL_TLS1 + PROTOCOL_TLS1_1 + PROTOCOL_TLS1_2;

/// The socket family's faults: wrong arguments (fatal) and the texts of `ErreurInfo()` after a
/// recoverable failure, in both languages.
#[derive(Debug, Clone, PartialEq)]
enum SocketFault {
    MissingAddress,
    NotPort(i64),
    NotDuration(String),
    UnusableTimeout(f64),
    AsyncTakesNoTimeout,
    OldSsl,
    NotTlsFlags(i64),
    /// A failure the runtime reported (it words it in both languages).
    Net(NetError),
}

impl FamilyFault for SocketFault {
    fn text(&self, lang: Lang) -> String {
        let t = |en: String, fr: String| lang.pick(en, fr);
        match self {
            SocketFault::MissingAddress => {
                t("the server address is missing".into(), "l'adresse du serveur manque".into())
            }
            SocketFault::NotPort(n) => {
                t(format!("{n} is not a port number"), format!("{n} n'est pas un numéro de port"))
            }
            SocketFault::NotDuration(s) => t(
                format!("\"{s}\" is not a duration (use ms, s, min or h)"),
                format!("\"{s}\" n'est pas une durée (utilisez ms, s, min ou h)"),
            ),
            SocketFault::UnusableTimeout(ms) => {
                t(format!("{ms} ms is not a usable timeout"), format!("{ms} ms n'est pas un délai utilisable"))
            }
            SocketFault::AsyncTakesNoTimeout => t(
                "the asynchronous syntax takes no timeout".into(),
                "la syntaxe asynchrone ne prend pas de délai".into(),
            ),
            SocketFault::OldSsl => t(
                "SSL 2 and SSL 3 are not supported: use ProtocoleTLS1_2 or ProtocoleTLS1_3".into(),
                "SSL 2 et SSL 3 ne sont pas gérés : utilisez ProtocoleTLS1_2 ou ProtocoleTLS1_3".into(),
            ),
            SocketFault::NotTlsFlags(flags) => t(
                format!(
                    "{flags} is not a combination of ProtocoleTLS1, ProtocoleTLS1_1, ProtocoleTLS1_2, ProtocoleTLS1_3"
                ),
                format!(
                    "{flags} n'est pas une combinaison de ProtocoleTLS1, ProtocoleTLS1_1, ProtocoleTLS1_2, ProtocoleTLS1_3"
                ),
            ),
            SocketFault::Net(e) => e.text(net_lang(lang)),
        }
    }
}

/// The runtime's word for a language (the runtime imports nothing outside itself).
fn net_lang(lang: Lang) -> runtime::Lang {
    match lang {
        Lang::En => runtime::Lang::En,
        Lang::Fr => runtime::Lang::Fr,
    }
}

fn bad(index: usize, fault: SocketFault) -> BuiltinError {
    arg_error(index, Fault::family(fault))
}

/// The WebSocket runtime (created at the first socket call) and the procedures of the
/// asynchronous sockets.
pub struct Sockets {
    config: Option<runtime::Config>,
    runtime: Option<Runtime>,
    callbacks: HashMap<String, Value>,
    /// `--sandbox`: connections only to hosts `--connect-to`/`--echo` map.
    sandbox: Option<super::system::Sandbox>,
}

impl FamilyState for Sockets {
    fn new(settings: &Settings) -> Sockets {
        Sockets {
            config: Some(settings.get::<runtime::Config>().cloned().unwrap_or_default()),
            runtime: None,
            callbacks: HashMap::new(),
            sandbox: settings.get::<super::system::Sandbox>().cloned(),
        }
    }

    fn as_any(&mut self) -> &mut dyn std::any::Any {
        self
    }

    fn events(&mut self) -> Option<&mut dyn EventSource> {
        Some(self)
    }

    fn shutdown(&mut self) {
        if let Some(rt) = self.runtime.as_mut() {
            rt.shutdown();
        }
        self.callbacks.clear();
    }
}

impl Sockets {
    fn runtime(&mut self) -> Result<&mut Runtime, SocketFault> {
        if self.runtime.is_none() {
            let config = self.config.take().unwrap_or_default();
            let rt =
                Runtime::new(config).map_err(|e| SocketFault::Net(NetError::StartFailed { detail: e.to_string() }))?;
            self.runtime = Some(rt);
        }
        // Just created above when it was missing.
        self.runtime.as_mut().ok_or(SocketFault::Net(NetError::StartFailed { detail: "unavailable".to_owned() }))
    }
}

impl EventSource for Sockets {
    fn keeps_alive(&self) -> bool {
        self.runtime.as_ref().is_some_and(Runtime::has_pending_async)
    }

    fn next_event(&mut self, lang: Lang) -> Option<Dispatch> {
        loop {
            let (name, event) = self.runtime.as_mut()?.pop_event()?;
            let (code, message) = match event {
                Event::Opened => (EVENT_OPENING, Value::from("")),
                Event::Message(Message::Text(s)) => (EVENT_MESSAGE, Value::from(s)),
                Event::Message(Message::Binary(b)) => (EVENT_MESSAGE, Value::Buffer(b.into())),
                Event::Closed { reason } => (EVENT_CLOSING, Value::from(reason)),
                // A connection lost without a close frame ends like a closing, with why.
                Event::Lost(e) => (EVENT_CLOSING, Value::from(e.text(net_lang(lang)))),
                Event::Error(e) => (EVENT_ERROR, Value::from(e.text(net_lang(lang)))),
            };
            let Some(callback) = self.callbacks.get(&name).cloned() else {
                continue;
            };
            if code == EVENT_ERROR && !self.runtime.as_ref().is_some_and(|rt| rt.exists(&name)) {
                self.callbacks.remove(&name);
            }
            return Some(Dispatch { procedure: callback, args: vec![Value::Int(code), message] });
        }
    }

    fn does_io(&self) -> bool {
        self.runtime.is_some()
    }

    fn poll(&mut self, until: Option<Instant>, can_dispatch: bool) -> Result<(), Fault> {
        let poller = |e: std::io::Error| Fault::family(SocketFault::Net(NetError::Poller { detail: e.to_string() }));
        match self.runtime.as_mut() {
            // Queued events end the turn at once, to be dispatched...
            Some(rt) if can_dispatch => rt.poll(until).map_err(poller),
            // ... unless nothing may be dispatched now: then a turn waits for I/O regardless.
            Some(rt) => rt.turn(until).map_err(poller),
            None => Ok(()),
        }
    }
}

fn failed(host: &mut dyn Host, fault: SocketFault) -> Ret {
    host.fail(&fault);
    Ok(Value::Bool(false))
}

fn connect_plain(host: &mut dyn Host, args: Args) -> Ret {
    connect(host, args, false)
}

fn connect_tls(host: &mut dyn Host, args: Args) -> Ret {
    connect(host, args, true)
}

/// Both syntaxes: `(name, address [, port [, path [, protocols [, SSL option] [, timeout]]]])`
/// and `(name, procedure, address [, port [, path [, protocols [, SSL option]]]])`.
fn connect(host: &mut dyn Host, args: Args, tls: bool) -> Ret {
    let name = args.text(0)?;
    let callback = match args.get(1) {
        Some(v @ Value::Proc(_)) => Some(v.clone()),
        _ => None,
    };
    let first = if callback.is_some() { 2 } else { 1 };
    if args.len() <= first {
        return Err(bad(first, SocketFault::MissingAddress));
    }
    let server = args.text(first)?;
    let port = args.opt_int(first + 1, 443)?;
    let port = u16::try_from(port).map_err(|_| bad(first + 1, SocketFault::NotPort(port)))?;
    let path = if args.len() > first + 2 { args.text(first + 2)?.to_string() } else { String::new() };
    let protocols = if args.len() > first + 3 {
        args.text(first + 3)?.split(',').map(str::trim).filter(|p| !p.is_empty()).map(str::to_owned).collect()
    } else {
        Vec::new()
    };
    let mut next = first + 4;
    let tls = if tls {
        let option = args.opt_int(next, DEFAULT_TLS)?;
        next += 1;
        match tls_options(if option == 0 { DEFAULT_TLS } else { option }) {
            Ok(options) => Some(options),
            Err(fault) => return failed(host, fault),
        }
    } else {
        None
    };
    let timeout = match (callback.is_some(), args.get(next)) {
        (false, Some(v)) => Some(duration(v).map_err(|m| bad(next, m))?),
        (true, Some(_)) => return Err(bad(next, SocketFault::AsyncTakesNoTimeout)),
        (_, None) => None,
    };
    let request = ConnectRequest { host: server.to_string(), port, path, protocols, tls, timeout };
    let sockets = state::<Sockets>(host);
    if let Some(sandbox) = &sockets.sandbox
        && !sandbox.allows_host(&request.host, port)
    {
        return Err(super::system::denied(super::system::SandboxDenial::Connect { host: request.host, port }));
    }
    let result = sockets.runtime().and_then(|rt| {
        match &callback {
            Some(_) => rt.connect_async(&name, request),
            None => rt.connect_sync(&name, request),
        }
        .map_err(SocketFault::Net)
    });
    match result {
        Ok(()) => {
            if let Some(callback) = callback {
                sockets.callbacks.insert(name.to_string(), callback);
            }
            Ok(Value::Bool(true))
        }
        Err(fault) => failed(host, fault),
    }
}

/// Maps the `Protocole*` flags onto the lowest and highest TLS version allowed.
fn tls_options(flags: i64) -> Result<TlsOptions, SocketFault> {
    if flags & (PROTOCOL_SSL2 | PROTOCOL_SSL3) != 0 {
        return Err(SocketFault::OldSsl);
    }
    let versions: Vec<TlsVersion> = [
        (PROTOCOL_TLS1, TlsVersion::Tls10),
        (PROTOCOL_TLS1_1, TlsVersion::Tls11),
        (PROTOCOL_TLS1_2, TlsVersion::Tls12),
        (PROTOCOL_TLS1_3, TlsVersion::Tls13),
    ]
    .into_iter()
    .filter(|(flag, _)| flags & flag != 0)
    .map(|(_, v)| v)
    .collect();
    match (versions.first(), versions.last()) {
        (Some(&min), Some(&max)) => Ok(TlsOptions { min, max }),
        _ => Err(SocketFault::NotTlsFlags(flags)),
    }
}

/// A timeout: milliseconds as a number, or a readable duration ("2 s", "10 ms", "1 min").
fn duration(v: &Value) -> Result<Duration, SocketFault> {
    let ms = match v {
        Value::Str(s) => {
            let t = s.trim();
            let split = t.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(t.len());
            let (number, unit) = (t[..split].trim(), t[split..].trim().to_lowercase());
            let number: f64 = number.parse().map_err(|_| SocketFault::NotDuration(s.to_string()))?;
            let scale = match unit.as_str() {
                "" | "ms" => 1.0,
                "s" | "sec" => 1000.0,
                "min" | "mn" => 60_000.0,
                "h" => 3_600_000.0,
                _ => return Err(SocketFault::NotDuration(s.to_string())),
            };
            number * scale
        }
        other => other.to_real().map_err(|_| SocketFault::NotDuration(other.to_string()))?,
    };
    if !(0.0..=86_400_000.0).contains(&ms) {
        return Err(SocketFault::UnusableTimeout(ms));
    }
    Ok(Duration::from_micros((ms * 1000.0) as u64))
}

/// `SocketEcrit(name, data)`: a string is sent as a text message, a buffer as a binary one.
fn write(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    let message = match &args[1] {
        Value::Buffer(b) => Message::Binary(b.to_vec()),
        _ => Message::Text(args.text(1)?.to_string()),
    };
    let result = state::<Sockets>(host).runtime().and_then(|rt| rt.write(&name, message).map_err(SocketFault::Net));
    match result {
        Ok(()) => Ok(Value::Bool(true)),
        Err(fault) => failed(host, fault),
    }
}

/// `SocketLit(name [, wait = Vrai [, timeout ms = 1000]])`: one whole message; "" on timeout,
/// close or error. Events of asynchronous sockets are dispatched while it waits (events that
/// arrived before the awaited message reach their procedures before `SocketLit` returns).
fn read(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    let wait = args.opt_bool(1, true)?;
    let deadline =
        if wait { None } else { Some(Instant::now() + Duration::from_millis(args.opt_int(2, 1000)?.max(0) as u64)) };
    if let Err(fault) = state::<Sockets>(host).runtime() {
        host.fail(&fault);
        return Ok(Value::from(""));
    }
    let mut outcome = None;
    host.wait(deadline, &mut |host| {
        let result = state::<Sockets>(host).runtime().and_then(|rt| rt.try_read(&name).map_err(SocketFault::Net));
        match result {
            Ok(ReadOutcome::Empty) => false,
            other => {
                outcome = Some(other);
                true
            }
        }
    })?;
    Ok(match outcome.unwrap_or(Ok(ReadOutcome::Empty)) {
        Ok(ReadOutcome::Message(Message::Text(s))) => Value::from(s),
        Ok(ReadOutcome::Message(Message::Binary(b))) => Value::Buffer(b.into()),
        Ok(ReadOutcome::Empty) => {
            if wait {
                host.fail(&SocketFault::Net(NetError::NothingReceived { name: name.to_string() }));
            }
            Value::from("")
        }
        Ok(ReadOutcome::Closed) => {
            let closed = state::<Sockets>(host).runtime.as_ref().map(|rt| rt.closed_error(&name));
            if let Some(e) = closed {
                host.fail(&SocketFault::Net(e));
            }
            Value::from("")
        }
        Err(fault) => {
            host.fail(&fault);
            Value::from("")
        }
    })
}

fn close(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    let sockets = state::<Sockets>(host);
    sockets.callbacks.remove(name.as_str());
    let result = sockets.runtime().and_then(|rt| rt.close(&name).map_err(SocketFault::Net));
    match result {
        Ok(()) => Ok(Value::Bool(true)),
        Err(fault) => failed(host, fault),
    }
}

fn exists(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    Ok(Value::Bool(state::<Sockets>(host).runtime.as_ref().is_some_and(|rt| rt.exists(&name))))
}

/// WebSocket sockets always use "no end tag": accepted, no effect (as documented).
fn change_mode(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    args.int(1)?;
    if state::<Sockets>(host).runtime.as_ref().is_some_and(|rt| rt.exists(&name)) {
        Ok(Value::Bool(true))
    } else {
        failed(host, SocketFault::Net(NetError::UnknownSocket { name: name.to_string() }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tls_flags_map_to_a_version_range() {
        let default = tls_options(DEFAULT_TLS).unwrap();
        assert_eq!((default.min, default.max), (TlsVersion::Tls10, TlsVersion::Tls12));
        let only13 = tls_options(PROTOCOL_TLS1_3).unwrap();
        assert_eq!((only13.min, only13.max), (TlsVersion::Tls13, TlsVersion::Tls13));
        assert_eq!(tls_options(PROTOCOL_SSL3 + PROTOCOL_TLS1_2).unwrap_err(), SocketFault::OldSsl);
    }

    #[test]
    fn durations() {
        assert_eq!(duration(&Value::Int(250)).unwrap(), Duration::from_millis(250));
        assert_eq!(duration(&Value::from("2 s")).unwrap(), Duration::from_secs(2));
        assert_eq!(duration(&Value::from("10 ms")).unwrap(), Duration::from_millis(10));
        assert!(duration(&Value::from("2 parsecs")).is_err());
    }
}
