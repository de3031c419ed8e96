//! WebSocket builtins over `runtime`: `WebSocketClientConnecte(SSL)` in both syntaxes,
//! `SocketEcrit`, `SocketLit`, `SocketFerme`, `SocketExiste`, `SocketChangeModeTransmission`,
//! and the dispatch of socket events to WLanguage procedures, on the interpreter's thread, while
//! the script waits (only at the outermost wait: a wait inside an event procedure drives the
//! network and dispatches nothing). Network failures are recoverable: Faux/"" plus `ErreurInfo`,
//! worded in the interpreter's language by the runtime (`NetError::text`).

use std::collections::HashMap;
use std::rc::Rc;
use std::time::{Duration, Instant};

use super::{BuiltinError, arg_error, int, opt_int, procedure, text};
use crate::diagnostics::{Fault, Lang};
use crate::interp::frame::Closure;
use crate::interp::value::Value;
use crate::interp::{Abort, Ctl, Interp};
use crate::runtime::{self, ConnectRequest, Event, Message, NetError, ReadOutcome, Runtime, TlsOptions, TlsVersion};

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

/// The WebSocket runtime (created at the first socket call) and the procedures of the
/// asynchronous sockets.
pub struct Sockets {
    config: Option<runtime::Config>,
    runtime: Option<Runtime>,
    callbacks: HashMap<String, Rc<Closure>>,
    /// An event procedure is running: waits inside it drive the network but dispatch nothing,
    /// so that events never nest procedure calls (they wait for the outermost dispatch point).
    dispatching: bool,
}

impl Sockets {
    pub fn new(config: runtime::Config) -> Sockets {
        Sockets { config: Some(config), runtime: None, callbacks: HashMap::new(), dispatching: false }
    }

    fn runtime(&mut self) -> Result<&mut Runtime, NetError> {
        if self.runtime.is_none() {
            let config = self.config.take().unwrap_or_default();
            let rt = Runtime::new(config).map_err(|e| NetError::StartFailed { detail: e.to_string() })?;
            self.runtime = Some(rt);
        }
        // Just created above when it was missing.
        self.runtime.as_mut().ok_or_else(|| NetError::StartFailed { detail: "unavailable".to_owned() })
    }

    pub fn shutdown(&mut self) {
        if let Some(rt) = self.runtime.as_mut() {
            rt.shutdown();
        }
        self.callbacks.clear();
    }
}

fn failed(it: &mut Interp, message: impl Into<String>) -> Result<Value, BuiltinError> {
    it.set_error(message);
    Ok(Value::Bool(false))
}

/// The runtime's word for the interpreter's language.
fn net_lang(it: &Interp) -> runtime::Lang {
    match it.lang {
        Lang::En => runtime::Lang::En,
        Lang::Fr => runtime::Lang::Fr,
    }
}

pub fn connect_plain(it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    connect(it, args, false)
}

pub fn connect_tls(it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    connect(it, args, true)
}

/// Both syntaxes: `(name, address [, port [, path [, protocols [, SSL option] [, timeout]]]])`
/// and `(name, procedure, address [, port [, path [, protocols [, SSL option]]]])`.
fn connect(it: &mut Interp, args: &[Value], tls: bool) -> Result<Value, BuiltinError> {
    let name = text(args, 0)?;
    let callback = match args.get(1) {
        Some(Value::Proc(_)) => Some(procedure(args, 1)?.clone()),
        _ => None,
    };
    let first = if callback.is_some() { 2 } else { 1 };
    if args.len() <= first {
        return Err(arg_error(first, Fault::MissingAddress));
    }
    let host = text(args, first)?;
    let port = opt_int(args, first + 1, 443)?;
    let port = u16::try_from(port).map_err(|_| arg_error(first + 1, Fault::NotPort(port)))?;
    let path = if args.len() > first + 2 { text(args, first + 2)?.to_string() } else { String::new() };
    let protocols = if args.len() > first + 3 {
        text(args, first + 3)?.split(',').map(str::trim).filter(|p| !p.is_empty()).map(str::to_owned).collect()
    } else {
        Vec::new()
    };
    let mut next = first + 4;
    let tls = if tls {
        let option = opt_int(args, next, DEFAULT_TLS)?;
        next += 1;
        match tls_options(if option == 0 { DEFAULT_TLS } else { option }, it.lang) {
            Ok(options) => Some(options),
            Err(message) => return failed(it, message),
        }
    } else {
        None
    };
    let timeout = match (callback.is_some(), args.get(next)) {
        (false, Some(v)) => Some(duration(v).map_err(|m| arg_error(next, m))?),
        (true, Some(_)) => return Err(arg_error(next, Fault::AsyncTakesNoTimeout)),
        (_, None) => None,
    };
    let request = ConnectRequest { host: host.to_string(), port, path, protocols, tls, timeout };
    let lang = net_lang(it);
    let runtime = match it.sockets.runtime() {
        Ok(rt) => rt,
        Err(e) => return failed(it, e.text(lang)),
    };
    let result = match &callback {
        Some(_) => runtime.connect_async(&name, request),
        None => runtime.connect_sync(&name, request),
    };
    match result {
        Ok(()) => {
            if let Some(callback) = callback {
                it.sockets.callbacks.insert(name.to_string(), callback);
            }
            Ok(Value::Bool(true))
        }
        Err(e) => failed(it, e.text(lang)),
    }
}

/// Maps the `Protocole*` flags onto the lowest and highest TLS version allowed.
fn tls_options(flags: i64, lang: Lang) -> Result<TlsOptions, String> {
    if flags & (PROTOCOL_SSL2 | PROTOCOL_SSL3) != 0 {
        return Err(lang
            .pick(
                "SSL 2 and SSL 3 are not supported: use ProtocoleTLS1_2 or ProtocoleTLS1_3",
                "SSL 2 et SSL 3 ne sont pas pris en charge : utilisez ProtocoleTLS1_2 ou ProtocoleTLS1_3",
            )
            .into());
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
        _ => Err(lang.pick(
            format!("{flags} is not a combination of ProtocoleTLS1, ProtocoleTLS1_1, ProtocoleTLS1_2, ProtocoleTLS1_3"),
            format!(
                "{flags} n'est pas une combinaison de ProtocoleTLS1, ProtocoleTLS1_1, ProtocoleTLS1_2, ProtocoleTLS1_3"
            ),
        )),
    }
}

/// A timeout: milliseconds as a number, or a readable duration ("2 s", "10 ms", "1 min").
fn duration(v: &Value) -> Result<Duration, Fault> {
    let ms = match v {
        Value::Str(s) => {
            let t = s.trim();
            let split = t.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(t.len());
            let (number, unit) = (t[..split].trim(), t[split..].trim().to_lowercase());
            let number: f64 = number.parse().map_err(|_| Fault::NotDuration(s.to_string()))?;
            let scale = match unit.as_str() {
                "" | "ms" => 1.0,
                "s" | "sec" => 1000.0,
                "min" | "mn" => 60_000.0,
                "h" => 3_600_000.0,
                _ => return Err(Fault::NotDuration(s.to_string())),
            };
            number * scale
        }
        other => other.to_real().map_err(|e| e.0)?,
    };
    if !(0.0..=86_400_000.0).contains(&ms) {
        return Err(Fault::UnusableTimeout(ms));
    }
    Ok(Duration::from_micros((ms * 1000.0) as u64))
}

/// `SocketEcrit(name, data)`: a string is sent as a text message, a buffer as a binary one.
pub fn write(it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    let name = text(args, 0)?;
    let message = match &args[1] {
        Value::Buffer(b) => Message::Binary(b.to_vec()),
        _ => Message::Text(text(args, 1)?.to_string()),
    };
    let lang = net_lang(it);
    let result = match it.sockets.runtime() {
        Ok(rt) => rt.write(&name, message).map_err(|e| e.text(lang)),
        Err(e) => Err(e.text(lang)),
    };
    match result {
        Ok(()) => Ok(Value::Bool(true)),
        Err(message) => failed(it, message),
    }
}

/// `SocketLit(name [, wait = Vrai [, timeout ms = 1000]])`: one whole message; "" on timeout,
/// close or error. Events of asynchronous sockets are dispatched while it waits.
pub fn read(it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    let name = text(args, 0)?;
    let wait = match args.get(1) {
        Some(v) => v.truthy().map_err(|e| arg_error(1, e.0))?,
        None => true,
    };
    let deadline =
        if wait { None } else { Some(Instant::now() + Duration::from_millis(opt_int(args, 2, 1000)?.max(0) as u64)) };
    let lang = net_lang(it);
    let outcome = loop {
        // Dispatch before looking at the inbox: events that arrived before the awaited message
        // (possibly in the same loop turn) reach their procedures before SocketLit returns.
        it.dispatch_events().map_err(BuiltinError::Abort)?;
        let nested = it.sockets.dispatching;
        let rt = match it.sockets.runtime() {
            Ok(rt) => rt,
            Err(e) => {
                it.set_error(e.text(lang));
                return Ok(Value::from(""));
            }
        };
        // Inside an event procedure nothing is dispatched: just wait for the message.
        if nested || !rt.has_pending_async() {
            break rt.read(&name, deadline);
        }
        match rt.try_read(&name) {
            Ok(ReadOutcome::Empty) => {}
            other => break other,
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            break Ok(ReadOutcome::Empty);
        }
        if let Err(e) = rt.poll(deadline) {
            break Err(NetError::Poller { detail: e.to_string() });
        }
    };
    Ok(match outcome {
        Ok(ReadOutcome::Message(Message::Text(s))) => Value::from(s),
        Ok(ReadOutcome::Message(Message::Binary(b))) => Value::Buffer(b.into()),
        Ok(ReadOutcome::Empty) => {
            if wait {
                it.set_error(NetError::NothingReceived { name: name.to_string() }.text(lang));
            }
            Value::from("")
        }
        Ok(ReadOutcome::Closed) => {
            let closed = it.sockets.runtime.as_ref().map(|rt| rt.closed_error(&name));
            if let Some(e) = closed {
                it.set_error(e.text(lang));
            }
            Value::from("")
        }
        Err(e) => {
            it.set_error(e.text(lang));
            Value::from("")
        }
    })
}

pub fn close(it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    let name = text(args, 0)?;
    it.sockets.callbacks.remove(name.as_str());
    let lang = net_lang(it);
    let result = match it.sockets.runtime() {
        Ok(rt) => rt.close(&name).map_err(|e| e.text(lang)),
        Err(e) => Err(e.text(lang)),
    };
    match result {
        Ok(()) => Ok(Value::Bool(true)),
        Err(message) => failed(it, message),
    }
}

pub fn exists(it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    let name = text(args, 0)?;
    Ok(Value::Bool(it.sockets.runtime.as_ref().is_some_and(|rt| rt.exists(&name))))
}

/// WebSocket sockets always use "no end tag": accepted, no effect (as documented).
pub fn change_mode(it: &mut Interp, args: &[Value]) -> Result<Value, BuiltinError> {
    let name = text(args, 0)?;
    int(args, 1)?;
    if it.sockets.runtime.as_ref().is_some_and(|rt| rt.exists(&name)) {
        Ok(Value::Bool(true))
    } else {
        let text = NetError::UnknownSocket { name: name.to_string() }.text(net_lang(it));
        failed(it, text)
    }
}

impl Interp {
    /// Calls the procedures of the socket events already queued; nothing inside an event
    /// procedure (see `Sockets::dispatching`).
    pub(crate) fn dispatch_events(&mut self) -> Ctl<()> {
        if self.sockets.dispatching {
            return Ok(());
        }
        self.sockets.dispatching = true;
        let result = self.dispatch_queued();
        self.sockets.dispatching = false;
        result
    }

    fn dispatch_queued(&mut self) -> Ctl<()> {
        let lang = net_lang(self);
        loop {
            let Some((name, event)) = self.sockets.runtime.as_mut().and_then(Runtime::pop_event) else {
                return Ok(());
            };
            let (code, message) = match event {
                Event::Opened => (EVENT_OPENING, Value::from("")),
                Event::Message(Message::Text(s)) => (EVENT_MESSAGE, Value::from(s)),
                Event::Message(Message::Binary(b)) => (EVENT_MESSAGE, Value::Buffer(b.into())),
                Event::Closed { reason } => (EVENT_CLOSING, Value::from(reason)),
                Event::Lost(e) => (EVENT_CLOSING, Value::from(e.text(lang))),
                Event::Error(e) => (EVENT_ERROR, Value::from(e.text(lang))),
            };
            let Some(callback) = self.sockets.callbacks.get(&name).cloned() else {
                continue;
            };
            if code == EVENT_ERROR && !self.sockets.runtime.as_ref().is_some_and(|rt| rt.exists(&name)) {
                self.sockets.callbacks.remove(&name);
            }
            self.call_closure(&callback, vec![Value::Int(code), message], callback.proc.span)?;
        }
    }

    /// Waits until `deadline`, dispatching socket events as they come (inside an event
    /// procedure: driving the network only).
    pub(crate) fn pump_events(&mut self, deadline: Instant) -> Ctl<()> {
        loop {
            self.dispatch_events()?;
            self.stop_if_interrupted()?;
            let now = Instant::now();
            if now >= deadline {
                return Ok(());
            }
            let nested = self.sockets.dispatching;
            match self.sockets.runtime.as_mut() {
                Some(rt) if nested => {
                    if let Err(e) = rt.wait_until(deadline) {
                        return crate::interp::eval::fail(Fault::SocketPoller(e.to_string()), Default::default());
                    }
                }
                Some(rt) if rt.has_pending_async() => {
                    if let Err(e) = rt.poll(Some(deadline)) {
                        return crate::interp::eval::fail(Fault::SocketPoller(e.to_string()), Default::default());
                    }
                }
                _ => {
                    self.interrupt.sleep_until(deadline);
                    return self.stop_if_interrupted();
                }
            }
            self.stop_if_interrupted()?;
        }
    }

    /// Ctrl-C ends a wait the way `FinProgramme` does.
    fn stop_if_interrupted(&self) -> Ctl<()> {
        if self.interrupt.is_set() { Err(Box::new(Abort::Exit)) } else { Ok(()) }
    }

    /// After the main code: dispatch events until no asynchronous socket is left.
    pub(crate) fn run_event_loop(&mut self) -> Ctl<()> {
        loop {
            self.dispatch_events()?;
            let Some(rt) = self.sockets.runtime.as_mut() else {
                return Ok(());
            };
            if !rt.has_pending_async() {
                return Ok(());
            }
            if let Err(e) = rt.poll(None) {
                return Err(Box::new(Abort::Error(crate::diagnostics::RuntimeError::new(
                    Fault::SocketPoller(e.to_string()),
                    Default::default(),
                ))));
            }
            self.stop_if_interrupted()?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tls_flags_map_to_a_version_range() {
        let default = tls_options(DEFAULT_TLS, Lang::En).unwrap();
        assert_eq!((default.min, default.max), (TlsVersion::Tls10, TlsVersion::Tls12));
        let only13 = tls_options(PROTOCOL_TLS1_3, Lang::En).unwrap();
        assert_eq!((only13.min, only13.max), (TlsVersion::Tls13, TlsVersion::Tls13));
        assert!(tls_options(PROTOCOL_SSL3 + PROTOCOL_TLS1_2, Lang::En).unwrap_err().contains("SSL 2 and SSL 3"));
        assert!(tls_options(PROTOCOL_SSL3, Lang::Fr).unwrap_err().contains("SSL 2 et SSL 3"));
    }

    #[test]
    fn durations() {
        assert_eq!(duration(&Value::Int(250)).unwrap(), Duration::from_millis(250));
        assert_eq!(duration(&Value::from("2 s")).unwrap(), Duration::from_secs(2));
        assert_eq!(duration(&Value::from("10 ms")).unwrap(), Duration::from_millis(10));
        assert!(duration(&Value::from("2 parsecs")).is_err());
    }
}
