//! The calls every kind of socket answers: `SocketEcrit` (3070002), `SocketLit` (3070014),
//! `SocketFerme` (3070015), `SocketExiste` (3070013), `SocketChangeModeTransmission` (3070005).
//! A WebSocket sends and receives whole messages (text or binary frames, as before); a TCP
//! connection cuts its byte stream with its transmission mode; a UDP socket sends one datagram
//! to the address and port given and reads one datagram, remembering its sender.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use super::{
    MODE_END_TAG, MODE_END_TAG_BUFFER, MODE_RAW, MODE_SIZE_AT_START, SocketFault, Sockets, WrongKind, bad, duration,
    failed, port, rt, wait_lookup,
};
use crate::builtins::{Args, Host, Ret, state};
use crate::runtime::{DEFAULT_END_TAG, Framing, Message, NetError, ReadOutcome, SocketKind};
use crate::value::Value;

/// `SocketLit`'s default size in raw mode, as documented.
const DEFAULT_READ_SIZE: usize = 4096;
/// How long a write may wait for a peer that reads nothing before it fails.
const WRITE_TIMEOUT: Duration = Duration::from_secs(30);
/// How long resolving a UDP destination may take.
const LOOKUP_TIMEOUT: Duration = Duration::from_secs(10);

/// The kind of socket `name` is (`None`: no such socket, or no runtime yet).
fn kind(host: &mut dyn Host, name: &str) -> Option<SocketKind> {
    state::<Sockets>(host).runtime.as_ref().and_then(|rt| rt.kind(name))
}

/// The bytes of a value to send: a buffer as it is, anything else as UTF-8 text.
fn payload(args: &Args, i: usize) -> Result<Vec<u8>, crate::builtins::BuiltinError> {
    match &args[i] {
        Value::Buffer(b) => Ok(b.to_vec()),
        _ => Ok(args.text(i)?.as_bytes().to_vec()),
    }
}

/// Received bytes as a value: a string when they are UTF-8 text, a buffer otherwise.
fn received(bytes: Vec<u8>) -> Value {
    match String::from_utf8(bytes) {
        Ok(s) => Value::from(s),
        Err(e) => Value::Buffer(e.into_bytes().into()),
    }
}

/// `SocketEcrit(name, data)`; `SocketEcrit(name, data, address, port)` on a UDP socket.
/// On a WebSocket a string is sent as a text message, a buffer as a binary one.
pub(super) fn write(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    match kind(host, &name) {
        Some(SocketKind::Stream) => write_stream(host, &name, payload(&args, 1)?),
        Some(SocketKind::Udp) => {
            if args.len() < 4 {
                return Err(bad(1, SocketFault::UdpNeedsDestination(name.to_string())));
            }
            let to = args.text(2)?;
            let to_port = port(&args, 3)?;
            write_udp(host, &name, &payload(&args, 1)?, &to, to_port)
        }
        Some(SocketKind::Listener) => {
            failed(host, SocketFault::WrongKind { name: name.to_string(), what: WrongKind::Write })
        }
        Some(SocketKind::WebSocket) | None => {
            let message = match &args[1] {
                Value::Buffer(b) => Message::Binary(b.to_vec()),
                _ => Message::Text(args.text(1)?.to_string()),
            };
            match rt(host).and_then(|rt| rt.write(&name, message).map_err(SocketFault::Net)) {
                Ok(()) => Ok(Value::Bool(true)),
                Err(fault) => failed(host, fault),
            }
        }
    }
}

/// Queues the message, then waits (through the event loop) while too much waits to be sent.
fn write_stream(host: &mut dyn Host, name: &str, bytes: Vec<u8>) -> Ret {
    if let Err(fault) = rt(host).and_then(|rt| rt.stream_write(name, &bytes).map_err(SocketFault::Net)) {
        return failed(host, fault);
    }
    let high = rt(host).map(|rt| rt.write_high_water()).unwrap_or(usize::MAX);
    if rt(host).is_ok_and(|rt| rt.stream_backlog(name) <= high) {
        return Ok(Value::Bool(true));
    }
    let drained = host.wait(Instant::now().checked_add(WRITE_TIMEOUT), &mut |h| {
        rt(h).is_ok_and(|rt| rt.stream_backlog(name) <= high)
    })?;
    if drained {
        // Drained, or the connection failed meanwhile: then say so.
        if let Ok(rt) = rt(host)
            && !rt.stream_usable(name)
        {
            let e = rt.closed_error(name);
            return failed(host, SocketFault::Net(e));
        }
        return Ok(Value::Bool(true));
    }
    let ms = WRITE_TIMEOUT.as_millis();
    failed(host, SocketFault::Net(NetError::WriteTimeout { name: name.to_string(), ms }))
}

/// One datagram to `to:to_port` (a name is resolved first, off the loop).
fn write_udp(host: &mut dyn Host, name: &str, bytes: &[u8], to: &str, to_port: u16) -> Ret {
    let lookup = match rt(host).and_then(|rt| rt.lookup_start(to, to_port, true).map_err(SocketFault::Net)) {
        Ok(id) => id,
        Err(fault) => return failed(host, fault),
    };
    let addrs = match wait_lookup(host, lookup, LOOKUP_TIMEOUT)? {
        Ok(addrs) => addrs,
        Err(e) => return failed(host, SocketFault::Net(e)),
    };
    // A socket bound to an IPv4 address sends to IPv4 addresses.
    let target: SocketAddr = addrs.iter().find(|a| a.is_ipv4()).copied().unwrap_or(addrs[0]);
    match rt(host).and_then(|rt| rt.udp_send(name, bytes, target).map_err(SocketFault::Net)) {
        Ok(()) => Ok(Value::Bool(true)),
        Err(fault) => failed(host, fault),
    }
}

/// `SocketLit(name [, wait = Vrai [, timeout = 1000 ms [, size = 4096]]])`: one message ("" on
/// timeout, close or error, with `ErreurInfo`; a timeout with `Faux` is not an error). Events of
/// asynchronous sockets are dispatched while it waits, and other threads run.
pub(super) fn read(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    let wait = args.opt_bool(1, true)?;
    let timeout = match args.get(2) {
        None => Duration::from_millis(1000),
        Some(Value::Int(n)) => Duration::from_millis((*n).max(0) as u64),
        Some(v) => duration(v).map_err(|f| bad(2, f))?,
    };
    let size = match args.get(3) {
        Some(_) => Some(args.int(3)?.clamp(1, i64::from(u32::MAX)) as usize),
        None => None,
    };
    let deadline = if wait { None } else { Instant::now().checked_add(timeout) };
    if let Err(fault) = rt(host) {
        host.fail(&fault);
        return Ok(Value::from(""));
    }
    let kind = kind(host, &name);
    if kind == Some(SocketKind::Listener) {
        host.fail(&SocketFault::WrongKind { name: name.to_string(), what: WrongKind::Read });
        return Ok(Value::from(""));
    }
    let mut outcome = None;
    host.wait(deadline, &mut |host| {
        let result = rt(host).and_then(|rt| {
            match kind {
                Some(SocketKind::Stream) => rt.stream_try_read(&name, size.unwrap_or(DEFAULT_READ_SIZE)),
                Some(SocketKind::Udp) => rt.udp_try_read(&name, size).map(|d| match d {
                    Some(bytes) => ReadOutcome::Message(Message::Binary(bytes)),
                    None => ReadOutcome::Empty,
                }),
                _ => rt.try_read(&name),
            }
            .map_err(SocketFault::Net)
        });
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
        Ok(ReadOutcome::Message(Message::Binary(b))) => match kind {
            Some(SocketKind::Stream | SocketKind::Udp) => received(b),
            _ => Value::Buffer(b.into()),
        },
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

/// `SocketFerme`: any kind of socket; the name is free at once.
pub(super) fn close(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    let sockets = state::<Sockets>(host);
    sockets.callbacks.remove(name.as_str());
    let result = sockets.runtime().and_then(|rt| rt.close(&name).map_err(SocketFault::Net));
    match result {
        Ok(()) => Ok(Value::Bool(true)),
        Err(fault) => failed(host, fault),
    }
}

/// `SocketExiste`: true from the socket's creation until `SocketFerme`, even after the peer left.
pub(super) fn exists(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    Ok(Value::Bool(state::<Sockets>(host).runtime.as_ref().is_some_and(|rt| rt.exists(&name))))
}

/// `SocketChangeModeTransmission(name, mode [, end marker])`. On a TCP connection the mode
/// applies from the next read and write; on a listening socket it is the mode of the channels it
/// accepts from then on. WebSocket and UDP sockets keep "no end tag": accepted, no effect.
pub(super) fn change_mode(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    let mode = args.int(1)?;
    let marker = match args.get(2) {
        Some(_) => {
            let text = args.text(2)?;
            if text.is_empty() { DEFAULT_END_TAG.to_vec() } else { text.as_bytes().to_vec() }
        }
        None => DEFAULT_END_TAG.to_vec(),
    };
    let framing = match mode {
        MODE_END_TAG => Framing::EndTag(marker),
        MODE_END_TAG_BUFFER => Framing::EndTagBuffer(marker),
        MODE_SIZE_AT_START => Framing::SizeAtStart,
        MODE_RAW => Framing::Raw,
        other => return Err(bad(1, SocketFault::NotMode(other))),
    };
    match kind(host, &name) {
        Some(SocketKind::Stream | SocketKind::Listener) => {
            match rt(host).and_then(|rt| rt.set_framing(&name, framing).map_err(SocketFault::Net)) {
                Ok(()) => Ok(Value::Bool(true)),
                Err(fault) => failed(host, fault),
            }
        }
        Some(SocketKind::WebSocket | SocketKind::Udp) => Ok(Value::Bool(true)),
        None => failed(host, SocketFault::Net(NetError::UnknownSocket { name: name.to_string() })),
    }
}
