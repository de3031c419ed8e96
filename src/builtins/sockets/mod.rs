//! The socket family over `runtime`: WebSocket clients (`websocket.rs`), TCP clients, servers and
//! UDP sockets (`tcp.rs`), and the calls every kind of socket answers, `SocketEcrit`,
//! `SocketLit`, `SocketFerme`, `SocketExiste`, `SocketChangeModeTransmission` (`io.rs`). Help
//! pages: 3070001 (sockets), 3070016 SocketConnecte, 1000017042 SocketConnecteSSL, 3070011
//! SocketCrée, 1000017041 SocketCréeSSL, 3070019 SocketCréeUDP, 3070006 SocketAttendConnexion,
//! 3070004 SocketAccepte, 3070010 SocketRefuse, 3070009 SocketClientInfo, 3070002 SocketEcrit,
//! 3070014 SocketLit, 3070005 SocketChangeModeTransmission, 1410087751/1410087752 WebSocket.
//!
//! The family's state (the runtime and the procedures of asynchronous sockets) is an event source
//! of the host's event loop, which calls those procedures while the script waits (only at the
//! outermost wait: a wait inside an event procedure drives the network and dispatches nothing).
//! Every call that waits (a TCP connect, a read, `SocketAttendConnexion`, a large write) waits
//! through `Host::wait`, so that other WLanguage threads run meanwhile; only the WebSocket
//! connect keeps waiting inside the runtime, as before.
//! Network failures are recoverable: Faux/"" plus `ErreurInfo`, worded in the run's language by
//! the runtime (`NetError::text`). Under `--sandbox`, listening is refused, and a TCP connection
//! goes only where a `--connect-to` rule sends it (fatal errors, as the sandbox's other refusals).

mod io;
mod tcp;
mod websocket;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use super::{BuiltinError, Const, Dispatch, EventSource, Family, FamilyState, Host, Settings, arg_error, row, state};
use crate::diagnostics::{FamilyFault, Fault, Lang};
use crate::runtime::{self, ConnectTo, Event, Message, NetError, Runtime, TlsOptions, TlsVersion};
use crate::value::Value;

pub static FAMILY: Family = Family {
    name: "sockets",
    functions: &[
        row("WebSocketClientConnecte", "WebSocketClientConnect", 2, 6, websocket::connect_plain),
        row("WebSocketClientConnecteSSL", "WebSocketClientConnectSSL", 2, 7, websocket::connect_tls),
        row("SocketConnecte", "SocketConnect", 2, 5, tcp::connect),
        row("SocketConnecteSSL", "SocketConnectSSL", 3, 6, tcp::connect_ssl),
        row("SocketCrée", "SocketCreate", 2, 3, tcp::create),
        row("SocketCréeSSL", "SocketCreateSSL", 3, 6, tcp::create_ssl),
        row("SocketCréeUDP", "SocketCreateUDP", 2, 3, tcp::create_udp),
        row("SocketAttendConnexion", "SocketWaitForConnection", 1, 2, tcp::wait_for_connection),
        row("SocketAccepte", "SocketAccept", 1, 1, tcp::accept),
        row("SocketRefuse", "SocketDeny", 1, 1, tcp::refuse),
        row("SocketClientInfo", "SocketClientInfo", 2, 2, tcp::client_info),
        row("SocketEcrit", "SocketWrite", 2, 4, io::write),
        row("SocketLit", "SocketRead", 1, 4, io::read),
        row("SocketFerme", "SocketClose", 1, 1, io::close),
        row("SocketExiste", "SocketExist", 1, 1, io::exists),
        row("SocketChangeModeTransmission", "SocketChangeTransmissionMode", 2, 3, io::change_mode),
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
        ("NomCertificat", "CertificateName", Const::Int(CERTIFICATE_NAME)),
        ("HashCertificat", "CertificateHash", Const::Int(CERTIFICATE_HASH)),
        ("SocketMarqueurFin", "SocketEndTag", Const::Int(MODE_END_TAG)),
        ("SocketTailleDébut", "SocketSizeAtBeginning", Const::Int(MODE_SIZE_AT_START)),
        ("SocketMarqueurFinBuffer", "SocketEndTagBuffer", Const::Int(MODE_END_TAG_BUFFER)),
        ("SocketSansMarqueurFin", "SocketNoEndTag", Const::Int(MODE_RAW)),
        ("SocketAdresse", "SocketAddress", Const::Int(INFO_ADDRESS)),
        ("SocketPort", "SocketPort", Const::Int(INFO_PORT)),
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
/// `NomCertificat` / `HashCertificat`: how `SocketCréeSSL` names its certificate, combined
/// with the protocol flags *(values assumed)*.
pub const CERTIFICATE_NAME: i64 = 1 << 8;
pub const CERTIFICATE_HASH: i64 = 1 << 9;

/// The transmission modes: the values PC SOFT's generated code uses for `SocketMarqueurFin` (0)
/// and `SocketSansMarqueurFin` (3); the two others are *(assumed)*.
pub const MODE_END_TAG: i64 = 0;
pub const MODE_SIZE_AT_START: i64 = 1;
pub const MODE_END_TAG_BUFFER: i64 = 2;
pub const MODE_RAW: i64 = 3;

/// `SocketClientInfo`'s information *(values assumed)*.
pub const INFO_ADDRESS: i64 = 1;
pub const INFO_PORT: i64 = 2;

/// The documented default: TLS 1.0 + 1.1 + 1.2.
const DEFAULT_TLS: i64 = PROTOCOL_TLS1 + PROTOCOL_TLS1_1 + PROTOCOL_TLS1_2;

/// The socket family's faults: wrong arguments (fatal), sandbox refusals (fatal) and the texts
/// of `ErreurInfo()` after a recoverable failure, in both languages.
#[derive(Debug, Clone, PartialEq)]
enum SocketFault {
    MissingAddress,
    NotPort(i64),
    NotDuration(String),
    UnusableTimeout(f64),
    AsyncTakesNoTimeout,
    OldSsl,
    NotTlsFlags(i64),
    NotMode(i64),
    NotInfo(i64),
    NotLocalIp(String),
    /// `SocketEcrit` on a UDP socket without its destination.
    UdpNeedsDestination(String),
    /// An operation that makes no sense on this kind of socket.
    WrongKind {
        name: String,
        what: WrongKind,
    },
    CertificateHash,
    SandboxListen,
    SandboxConnect {
        host: String,
        port: u16,
    },
    /// A failure the runtime reported (it words it in both languages).
    Net(NetError),
}

/// What a socket of the wrong kind was asked to do.
#[derive(Debug, Clone, Copy, PartialEq)]
enum WrongKind {
    /// `SocketEcrit` on a listening socket.
    Write,
    /// `SocketLit` on a listening socket.
    Read,
    /// `SocketAttendConnexion` on a socket that does not listen.
    Wait,
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
            SocketFault::NotMode(n) => t(
                format!(
                    "{n} is not a transmission mode (SocketMarqueurFin, SocketMarqueurFinBuffer, SocketSansMarqueurFin or SocketTailleDébut)"
                ),
                format!(
                    "{n} n'est pas un mode de transmission (SocketMarqueurFin, SocketMarqueurFinBuffer, SocketSansMarqueurFin ou SocketTailleDébut)"
                ),
            ),
            SocketFault::NotInfo(n) => t(
                format!("{n} is not an information of SocketClientInfo (SocketAdresse or SocketPort)"),
                format!("{n} n'est pas une information de SocketClientInfo (SocketAdresse ou SocketPort)"),
            ),
            SocketFault::NotLocalIp(s) => t(
                format!("\"{s}\" is not an IP address of this machine to connect from"),
                format!("\"{s}\" n'est pas une adresse IP de cette machine depuis laquelle se connecter"),
            ),
            SocketFault::UdpNeedsDestination(name) => t(
                format!("socket \"{name}\" is a UDP socket: give the address and the port to send to"),
                format!("la socket \"{name}\" est une socket UDP : donnez l'adresse et le port de destination"),
            ),
            SocketFault::WrongKind { name, what } => match what {
                WrongKind::Write | WrongKind::Read => t(
                    format!(
                        "socket \"{name}\" listens for connections: read and write on the channel SocketAccepte returns"
                    ),
                    format!(
                        "la socket \"{name}\" attend des connexions : lisez et écrivez sur le canal que renvoie SocketAccepte"
                    ),
                ),
                WrongKind::Wait => t(
                    format!("socket \"{name}\" is not a listening socket (create one with SocketCrée)"),
                    format!("la socket \"{name}\" n'est pas une socket d'écoute (créez-en une avec SocketCrée)"),
                ),
            },
            SocketFault::CertificateHash => t(
                "a certificate hash names a certificate of the Windows store: give the certificate's PEM file with NomCertificat".into(),
                "un hash de certificat désigne un certificat du magasin Windows : donnez le fichier PEM du certificat avec NomCertificat".into(),
            ),
            SocketFault::SandboxListen => t(
                "--sandbox: listening for connections (SocketCrée, SocketCréeSSL, SocketCréeUDP) is not allowed".into(),
                "--sandbox : l'attente de connexions (SocketCrée, SocketCréeSSL, SocketCréeUDP) est interdite".into(),
            ),
            SocketFault::SandboxConnect { host, port } => t(
                format!("--sandbox: connecting to {host}:{port} is not allowed (map it to a server with --connect-to)"),
                format!(
                    "--sandbox : la connexion à {host}:{port} est interdite (associez-la à un serveur avec --connect-to)"
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

fn fatal(fault: SocketFault) -> BuiltinError {
    BuiltinError::Fatal(Fault::family(fault))
}

/// The socket runtime (created at the first socket call) and the procedures of the
/// asynchronous sockets.
pub struct Sockets {
    config: Option<runtime::Config>,
    runtime: Option<Runtime>,
    callbacks: HashMap<String, Value>,
    /// `--sandbox`: WebSocket connections only to hosts `--connect-to`/`--echo` map, TCP
    /// connections only where `--connect-to` sends them, no listening.
    sandbox: Option<super::system::Sandbox>,
    /// The `--connect-to` rules (for the sandbox's TCP check).
    connect_to: Vec<ConnectTo>,
}

impl FamilyState for Sockets {
    fn new(settings: &Settings) -> Sockets {
        let config = settings.get::<runtime::Config>().cloned().unwrap_or_default();
        Sockets {
            connect_to: config.connect_to.clone(),
            config: Some(config),
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

    /// Whether a `--connect-to` rule sends `host:port` somewhere.
    fn mapped(&self, host: &str, port: u16) -> bool {
        let bare = |h: &str| h.trim_start_matches('[').trim_end_matches(']').to_ascii_lowercase();
        self.connect_to.iter().any(|m| m.from_port == port && bare(&m.from_host) == bare(host))
    }
}

/// The runtime of the running script.
fn rt(host: &mut dyn Host) -> Result<&mut Runtime, SocketFault> {
    state::<Sockets>(host).runtime()
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

/// Records a recoverable failure and returns Faux.
fn failed(host: &mut dyn Host, fault: SocketFault) -> Result<Value, BuiltinError> {
    host.fail(&fault);
    Ok(Value::Bool(false))
}

/// Maps the `Protocole*` flags onto the lowest and highest TLS version allowed (other bits, such
/// as `NomCertificat`, are ignored here).
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

/// The TLS versions of an SSL option: the default when no protocol flag is set.
fn tls_versions(option: i64) -> Result<TlsOptions, SocketFault> {
    let protocols = PROTOCOL_SSL2 | PROTOCOL_SSL3 | PROTOCOL_TLS1 | PROTOCOL_TLS1_1 | PROTOCOL_TLS1_2 | PROTOCOL_TLS1_3;
    tls_options(if option & protocols == 0 { DEFAULT_TLS } else { option })
}

/// A timeout: milliseconds as a number, a `Durée`, or a readable duration ("2 s", "10 ms").
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

/// A port argument.
fn port(args: &super::Args, i: usize) -> Result<u16, BuiltinError> {
    let n = args.int(i)?;
    u16::try_from(n).map_err(|_| bad(i, SocketFault::NotPort(n)))
}

/// Waits (through the event loop, so that other threads run) for a name lookup started with
/// `Runtime::lookup_start`; at most `timeout`.
fn wait_lookup(
    host: &mut dyn Host,
    id: usize,
    timeout: Duration,
) -> Result<Result<Vec<SocketAddr>, NetError>, BuiltinError> {
    let mut answer = None;
    let deadline = Instant::now().checked_add(timeout);
    let waited = host.wait(deadline, &mut |h| match rt(h) {
        Ok(rt) => {
            answer = rt.lookup_result(id);
            answer.is_some()
        }
        Err(_) => true,
    });
    if answer.is_none()
        && let Ok(rt) = rt(host)
    {
        rt.lookup_abandon(id);
    }
    waited?;
    Ok(answer.unwrap_or(Err(NetError::LookupTimeout { ms: timeout.as_millis() })))
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
        let named = tls_versions(CERTIFICATE_NAME).unwrap();
        assert_eq!((named.min, named.max), (TlsVersion::Tls10, TlsVersion::Tls12));
    }

    #[test]
    fn durations() {
        assert_eq!(duration(&Value::Int(250)).unwrap(), Duration::from_millis(250));
        assert_eq!(duration(&Value::from("2 s")).unwrap(), Duration::from_secs(2));
        assert_eq!(duration(&Value::from("10 ms")).unwrap(), Duration::from_millis(10));
        assert!(duration(&Value::from("2 parsecs")).is_err());
    }
}
