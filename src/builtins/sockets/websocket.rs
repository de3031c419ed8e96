//! `WebSocketClientConnecte` and `WebSocketClientConnecteSSL` (help pages 1410087751 and
//! 1410087752), synchronous and asynchronous (with a procedure called for each event).

use super::{DEFAULT_TLS, SocketFault, Sockets, bad, duration, failed, tls_options};
use crate::builtins::{Args, Host, Ret, state};
use crate::runtime::ConnectRequest;
use crate::value::Value;

pub(super) fn connect_plain(host: &mut dyn Host, args: Args) -> Ret {
    connect(host, args, false)
}

pub(super) fn connect_tls(host: &mut dyn Host, args: Args) -> Ret {
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
        return Err(crate::builtins::system::denied(crate::builtins::system::SandboxDenial::Connect {
            host: request.host,
            port,
        }));
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
