//! TCP clients, TCP servers and UDP sockets: `SocketConnecte` (3070016), `SocketConnecteSSL`
//! (1000017042), `SocketCrée` (3070011), `SocketCréeSSL` (1000017041), `SocketCréeUDP`
//! (3070019), `SocketAttendConnexion` (3070006), `SocketAccepte` (3070004), `SocketRefuse`
//! (3070010), `SocketClientInfo` (3070009). Every wait (the connect, a name lookup, waiting for
//! a client) goes through `Host::wait`, so a server thread waiting in `SocketAttendConnexion`
//! lets the threads of its clients run.

use std::net::{IpAddr, SocketAddr};
use std::path::Path;
use std::time::{Duration, Instant};

use super::{
    CERTIFICATE_HASH, DEFAULT_TLS, INFO_ADDRESS, INFO_PORT, SocketFault, Sockets, WrongKind, bad, duration, failed,
    fatal, port, rt, tls_versions, wait_lookup,
};
use crate::builtins::{Args, Host, Ret, state};
use crate::runtime::{NetError, Progress, ServerTls, SocketKind, StreamRequest, load_identity};
use crate::value::Value;

/// Where `SocketConnecte` looks for the server when the script names none: this machine.
const LOCAL_SERVER: &str = "127.0.0.1";

/// An optional timeout argument (ms, `Durée` or readable text).
fn opt_timeout(args: &Args, i: usize) -> Result<Option<Duration>, crate::builtins::BuiltinError> {
    match args.get(i) {
        None => Ok(None),
        Some(Value::Int(n)) => Ok(Some(Duration::from_millis((*n).max(0) as u64))),
        Some(v) => duration(v).map(Some).map_err(|f| bad(i, f)),
    }
}

/// `SocketConnecte(name, port [, address [, timeout [, local address]]])`.
pub(super) fn connect(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    let port = port(&args, 1)?;
    let address = if args.len() > 2 { args.text(2)?.to_string() } else { LOCAL_SERVER.to_string() };
    let timeout = opt_timeout(&args, 3)?;
    let local = match args.get(4) {
        None => None,
        Some(_) => {
            let text = args.text(4)?;
            match text.trim().trim_start_matches('[').trim_end_matches(']').parse::<IpAddr>() {
                Ok(ip) => Some(ip),
                Err(_) if text.trim().is_empty() => None,
                Err(_) => return failed(host, SocketFault::NotLocalIp(text.to_string())),
            }
        }
    };
    let req = StreamRequest { host: address, port, tls: None, identity: None, timeout, local };
    connect_stream(host, &name, req)
}

/// `SocketConnecteSSL(name, port, address [, SSL option [, timeout [, client certificate]]])`:
/// the same certificate checks as `WebSocketClientConnecteSSL` (system roots, `--cacert`,
/// `-k`), against the host name the script gives.
pub(super) fn connect_ssl(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    let port = port(&args, 1)?;
    let address = args.text(2)?.to_string();
    let option = args.opt_int(3, DEFAULT_TLS)?;
    let versions = match tls_versions(option) {
        Ok(v) => v,
        Err(fault) => return failed(host, fault),
    };
    let timeout = opt_timeout(&args, 4)?;
    let identity = match args.get(5) {
        None => None,
        Some(_) => {
            let path = args.text(5)?;
            if path.is_empty() {
                None
            } else {
                match load_identity(Path::new(path.as_str()), None) {
                    Ok(identity) => Some(identity),
                    Err(e) => return failed(host, SocketFault::Net(e)),
                }
            }
        }
    };
    let req = StreamRequest { host: address, port, tls: Some(versions), identity, timeout, local: None };
    connect_stream(host, &name, req)
}

/// Starts the connection, then waits until it is open or failed (the runtime applies the
/// timeout).
fn connect_stream(host: &mut dyn Host, name: &str, req: StreamRequest) -> Ret {
    let sockets = state::<Sockets>(host);
    if sockets.sandbox.is_some() && !sockets.mapped(&req.host, req.port) {
        return Err(fatal(SocketFault::SandboxConnect { host: req.host, port: req.port }));
    }
    if let Err(fault) = rt(host).and_then(|rt| rt.stream_connect(name, req).map_err(SocketFault::Net)) {
        return failed(host, fault);
    }
    let mut result = None;
    let waited = host.wait(None, &mut |h| match rt(h)
        .and_then(|rt| rt.stream_connect_progress(name).map_err(SocketFault::Net))
    {
        Ok(Progress::Pending) => false,
        other => {
            result = Some(other);
            true
        }
    });
    if waited.is_err() || result.is_none() {
        if let Ok(rt) = rt(host) {
            rt.stream_connect_abandon(name);
        }
        waited?;
    }
    match result {
        Some(Ok(_)) => Ok(Value::Bool(true)),
        Some(Err(fault)) => failed(host, fault),
        None => failed(host, SocketFault::Net(NetError::Interrupted)),
    }
}

/// The address to listen on: this machine's addresses when none is given; an IP address, or a
/// name resolved (off the loop) to one of this machine's addresses.
fn listen_address(
    host: &mut dyn Host,
    args: &Args,
    i: usize,
    port: u16,
) -> Result<Result<Option<IpAddr>, SocketFault>, crate::builtins::BuiltinError> {
    let Some(_) = args.get(i) else {
        return Ok(Ok(None));
    };
    let text = args.text(i)?;
    let text = text.trim();
    if text.is_empty() {
        return Ok(Ok(None));
    }
    if let Ok(ip) = text.trim_start_matches('[').trim_end_matches(']').parse::<IpAddr>() {
        return Ok(Ok(Some(ip)));
    }
    let id = match rt(host).and_then(|rt| rt.lookup_start(text, port, false).map_err(SocketFault::Net)) {
        Ok(id) => id,
        Err(fault) => return Ok(Err(fault)),
    };
    Ok(match wait_lookup(host, id, Duration::from_secs(10))? {
        Ok(addrs) => {
            let pick: Option<SocketAddr> = addrs.iter().find(|a| a.is_ipv4()).or(addrs.first()).copied();
            Ok(pick.map(|a| a.ip()))
        }
        Err(e) => Err(SocketFault::Net(e)),
    })
}

/// Listening is refused under `--sandbox`.
fn check_listen(host: &mut dyn Host) -> Result<(), crate::builtins::BuiltinError> {
    if state::<Sockets>(host).sandbox.is_some() {
        return Err(fatal(SocketFault::SandboxListen));
    }
    Ok(())
}

/// `SocketCrée(name, port [, address])`: a listening socket (all of this machine's IPv4
/// addresses when no address is given; only that address otherwise).
pub(super) fn create(host: &mut dyn Host, args: Args) -> Ret {
    check_listen(host)?;
    let name = args.text(0)?;
    let port = port(&args, 1)?;
    let address = match listen_address(host, &args, 2, port)? {
        Ok(a) => a,
        Err(fault) => return failed(host, fault),
    };
    match rt(host).and_then(|rt| rt.listen(&name, port, address, None).map_err(SocketFault::Net)) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(fault) => failed(host, fault),
    }
}

/// `SocketCréeSSL(name, port, certificate [, SSL options [, address [, key file]]])`. On this
/// system the certificate is a file: a PEM file holding the certificate and its chain (and the
/// PKCS#8 key, unless the last parameter or a `.key` file beside it holds it), or a PKCS#12
/// file; `HashCertificat` (a certificate of the Windows store) is refused.
pub(super) fn create_ssl(host: &mut dyn Host, args: Args) -> Ret {
    check_listen(host)?;
    let name = args.text(0)?;
    let port = port(&args, 1)?;
    let certificate = args.text(2)?;
    let options = args.opt_int(3, DEFAULT_TLS)?;
    if options & CERTIFICATE_HASH != 0 {
        return failed(host, SocketFault::CertificateHash);
    }
    let versions = match tls_versions(options) {
        Ok(v) => v,
        Err(fault) => return failed(host, fault),
    };
    let address = match listen_address(host, &args, 4, port)? {
        Ok(a) => a,
        Err(fault) => return failed(host, fault),
    };
    let key = match args.get(5) {
        Some(_) => Some(args.text(5)?.to_string()).filter(|k| !k.is_empty()),
        None => None,
    };
    let identity = match load_identity(Path::new(certificate.as_str()), key.as_deref().map(Path::new)) {
        Ok(identity) => identity,
        Err(e) => return failed(host, SocketFault::Net(e)),
    };
    let tls = ServerTls { identity, versions };
    match rt(host).and_then(|rt| rt.listen(&name, port, address, Some(tls)).map_err(SocketFault::Net)) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(fault) => failed(host, fault),
    }
}

/// `SocketCréeUDP(name, port [, address])`: a UDP socket, client and server alike.
pub(super) fn create_udp(host: &mut dyn Host, args: Args) -> Ret {
    check_listen(host)?;
    let name = args.text(0)?;
    let port = port(&args, 1)?;
    let address = match listen_address(host, &args, 2, port)? {
        Ok(a) => a,
        Err(fault) => return failed(host, fault),
    };
    match rt(host).and_then(|rt| rt.udp_bind(&name, port, address).map_err(SocketFault::Net)) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(fault) => failed(host, fault),
    }
}

/// `SocketAttendConnexion(name [, timeout])`: Vrai once a client waits to be accepted, Faux at
/// the timeout (ms, `Durée` or readable text; none: as long as it takes).
pub(super) fn wait_for_connection(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    let timeout = opt_timeout(&args, 1)?;
    let is_listener = rt(host).is_ok_and(|rt| rt.kind(&name) == Some(SocketKind::Listener));
    if !is_listener {
        let fault = match rt(host).map(|rt| rt.kind(&name)) {
            Ok(None) => SocketFault::Net(NetError::UnknownSocket { name: name.to_string() }),
            _ => SocketFault::WrongKind { name: name.to_string(), what: WrongKind::Wait },
        };
        return failed(host, fault);
    }
    let deadline = timeout.and_then(|t| Instant::now().checked_add(t));
    let mut failure = None;
    let ready = host.wait(deadline, &mut |h| match rt(h)
        .and_then(|rt| rt.pending_connections(&name).map_err(SocketFault::Net))
    {
        Ok(n) => n > 0,
        Err(fault) => {
            failure = Some(fault);
            true
        }
    })?;
    match failure {
        Some(fault) => failed(host, fault),
        None => Ok(Value::Bool(ready)),
    }
}

/// `SocketAccepte(name)`: the name of the channel opened with the oldest waiting client ("" and
/// `ErreurInfo` when none waits).
pub(super) fn accept(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    match rt(host).and_then(|rt| rt.accept(&name).map_err(SocketFault::Net)) {
        Ok(channel) => Ok(Value::from(channel)),
        Err(fault) => {
            host.fail(&fault);
            Ok(Value::from(""))
        }
    }
}

/// `SocketRefuse(name)`: closes the connection of the oldest waiting client.
pub(super) fn refuse(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    match rt(host).and_then(|rt| rt.refuse(&name).map_err(SocketFault::Net)) {
        Ok(()) => Ok(Value::Bool(true)),
        Err(fault) => failed(host, fault),
    }
}

/// `SocketClientInfo(name, SocketAdresse | SocketPort)`: the peer of a connection (a channel's
/// client, a client's server), or the sender of the last datagram a UDP socket read.
pub(super) fn client_info(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    let info = args.int(1)?;
    if info != INFO_ADDRESS && info != INFO_PORT {
        return Err(bad(1, SocketFault::NotInfo(info)));
    }
    match rt(host).and_then(|rt| rt.peer_address(&name).map_err(SocketFault::Net)) {
        Ok(Some(peer)) if info == INFO_PORT => Ok(Value::Int(i64::from(peer.port()))),
        Ok(Some(peer)) => Ok(Value::from(peer.ip().to_string())),
        Ok(None) => Ok(Value::from("")),
        Err(fault) => {
            host.fail(&fault);
            Ok(Value::from(""))
        }
    }
}
