//! The loopback WebSocket echo server behind `wl run --echo`, `wl echo-server` and the socket
//! tests. Stage: runtime (a helper beside it, not used by the client loop). Blocking threads are
//! fine here: one listener thread per port, one thread per connection. It must not print, and
//! must not know the interpreter.
//!
//! Certificates: at start it generates a throw-away CA and a leaf certificate signed by it for
//! "localhost", 127.0.0.1 and ::1 (plus the bind address). A client connecting by those names
//! verifies normally against [`EchoServer::ca_pem`]. Under `--echo` the script's host name
//! (e.g. echo.websocket.org) is not in the leaf: the runtime's `route_all` mode then pins the
//! chain to the trusted extra roots and skips only the host-name check (see `RouteAll`).

use std::io::{self, Read, Write};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

use tungstenite::handshake::server::{ErrorResponse, Request, Response};
use tungstenite::protocol::CloseFrame;
use tungstenite::protocol::frame::coding::CloseCode;
use tungstenite::{Message, WebSocket};

/// How the echo server listens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EchoOptions {
    /// Plain ws:// port; 0 = any free port.
    pub plain_port: u16,
    /// wss:// port: `None` = no TLS listener, `Some(0)` = any free port.
    pub tls_port: Option<u16>,
    /// A connection with no message for this long is closed with code 1000, reason "idle".
    pub idle: Duration,
    pub bind: IpAddr,
}

impl Default for EchoOptions {
    fn default() -> Self {
        EchoOptions {
            plain_port: 0,
            tls_port: None,
            idle: Duration::from_millis(500),
            bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
        }
    }
}

/// A running echo server. Dropping it (or [`EchoServer::stop`]) stops the listeners; open
/// connections end on their own at the next idle timeout.
pub struct EchoServer {
    pub plain: SocketAddr,
    pub tls: Option<SocketAddr>,
    /// PEM of the throw-away CA that signed the server certificate (empty without TLS).
    pub ca_pem: Vec<u8>,
    stop: Arc<AtomicBool>,
    listeners: Vec<JoinHandle<()>>,
}

impl EchoServer {
    /// Binds the listeners and starts serving in background threads.
    pub fn start(opts: EchoOptions) -> io::Result<EchoServer> {
        let stop = Arc::new(AtomicBool::new(false));
        let plain_listener = TcpListener::bind(SocketAddr::new(opts.bind, opts.plain_port))?;
        let plain = plain_listener.local_addr()?;
        let mut listeners = Vec::new();
        let mut tls = None;
        let mut ca_pem = Vec::new();
        let acceptor = match opts.tls_port {
            Some(port) => {
                let (acceptor, ca) = make_acceptor(opts.bind)?;
                let l = TcpListener::bind(SocketAddr::new(opts.bind, port))?;
                tls = Some(l.local_addr()?);
                ca_pem = ca.into_bytes();
                Some((l, Arc::new(acceptor)))
            }
            None => None,
        };
        let idle = opts.idle;
        listeners.push(spawn_listener(plain_listener, Arc::clone(&stop), move |tcp| {
            serve(tcp, idle);
        })?);
        if let Some((l, acceptor)) = acceptor {
            listeners.push(spawn_listener(l, Arc::clone(&stop), move |tcp| {
                serve_tls(tcp, &acceptor, idle);
            })?);
        }
        Ok(EchoServer { plain, tls, ca_pem, stop, listeners })
    }

    /// Blocks until the server is stopped from elsewhere (for `wl echo-server`, which runs
    /// until the process is interrupted).
    pub fn wait(mut self) {
        for h in std::mem::take(&mut self.listeners) {
            let _ = h.join();
        }
    }

    /// Stops the listeners and waits for them.
    pub fn stop(self) {
        drop(self);
    }

    fn shutdown(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake each blocked accept() with a throw-away connection.
        for addr in std::iter::once(self.plain).chain(self.tls) {
            let target = if addr.ip().is_unspecified() {
                SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), addr.port())
            } else {
                addr
            };
            let _ = TcpStream::connect_timeout(&target, Duration::from_secs(1));
        }
        for h in std::mem::take(&mut self.listeners) {
            let _ = h.join();
        }
    }
}

impl Drop for EchoServer {
    fn drop(&mut self) {
        self.shutdown();
    }
}

fn spawn_listener(
    listener: TcpListener,
    stop: Arc<AtomicBool>,
    handler: impl Fn(TcpStream) + Send + Sync + 'static,
) -> io::Result<JoinHandle<()>> {
    let handler = Arc::new(handler);
    std::thread::Builder::new().name("wlang-echo-listen".into()).spawn(move || {
        for tcp in listener.incoming() {
            if stop.load(Ordering::SeqCst) {
                break;
            }
            let Ok(tcp) = tcp else { continue };
            let h = Arc::clone(&handler);
            // A connection that cannot get a thread is simply dropped.
            let _ = std::thread::Builder::new().name("wlang-echo-conn".into()).spawn(move || h(tcp));
        }
    })
}

/// Generates the throw-away CA and the leaf, and builds the TLS acceptor.
/// Returns the acceptor and the CA's PEM.
fn make_acceptor(bind: IpAddr) -> io::Result<(native_tls::TlsAcceptor, String)> {
    let err = |e: rcgen::Error| io::Error::other(format!("cannot generate certificate: {e}"));
    let ca_key = rcgen::KeyPair::generate().map_err(err)?;
    let mut ca_params = rcgen::CertificateParams::new(Vec::<String>::new()).map_err(err)?;
    ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    ca_params.distinguished_name.push(rcgen::DnType::CommonName, "wlang echo throw-away CA");
    ca_params.key_usages = vec![
        rcgen::KeyUsagePurpose::KeyCertSign,
        rcgen::KeyUsagePurpose::CrlSign,
        rcgen::KeyUsagePurpose::DigitalSignature,
    ];
    let ca_cert = ca_params.self_signed(&ca_key).map_err(err)?;
    let issuer = rcgen::Issuer::new(ca_params, ca_key);

    let mut names = vec!["localhost".to_string(), "127.0.0.1".to_string(), "::1".to_string()];
    if !bind.is_unspecified() && !names.contains(&bind.to_string()) {
        names.push(bind.to_string());
    }
    let leaf_key = rcgen::KeyPair::generate().map_err(err)?;
    let mut leaf_params = rcgen::CertificateParams::new(names).map_err(err)?;
    leaf_params.distinguished_name.push(rcgen::DnType::CommonName, "localhost");
    leaf_params.extended_key_usages = vec![rcgen::ExtendedKeyUsagePurpose::ServerAuth];
    let leaf = leaf_params.signed_by(&leaf_key, &issuer).map_err(err)?;

    let identity = native_tls::Identity::from_pkcs8(leaf.pem().as_bytes(), leaf_key.serialize_pem().as_bytes())
        .map_err(|e| io::Error::other(format!("cannot load certificate: {e}")))?;
    let acceptor =
        native_tls::TlsAcceptor::new(identity).map_err(|e| io::Error::other(format!("cannot set up tls: {e}")))?;
    Ok((acceptor, ca_cert.pem()))
}

/// Bound on a TLS or WebSocket handshake from a client.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(5);

fn serve(tcp: TcpStream, idle: Duration) {
    if tcp.set_read_timeout(Some(HANDSHAKE_TIMEOUT)).is_err() || tcp.set_write_timeout(Some(HANDSHAKE_TIMEOUT)).is_err()
    {
        return;
    }
    let Ok(control) = tcp.try_clone() else { return };
    echo(tcp, &control, idle);
}

fn serve_tls(tcp: TcpStream, acceptor: &native_tls::TlsAcceptor, idle: Duration) {
    if tcp.set_read_timeout(Some(HANDSHAKE_TIMEOUT)).is_err() || tcp.set_write_timeout(Some(HANDSHAKE_TIMEOUT)).is_err()
    {
        return;
    }
    let Ok(control) = tcp.try_clone() else { return };
    // A failed or stalled TLS handshake just drops the client.
    let Ok(tls) = acceptor.accept(tcp) else {
        return;
    };
    echo(tls, &control, idle);
}

/// Handshake callback: accepts the first subprotocol the client offers.
// The error type is tungstenite's, imposed by its `Callback` trait.
#[allow(clippy::result_large_err)]
fn choose_protocol(req: &Request, mut resp: Response) -> Result<Response, ErrorResponse> {
    let first = req
        .headers()
        .get("Sec-WebSocket-Protocol")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(',').map(str::trim).find(|p| !p.is_empty()))
        .and_then(|p| p.parse().ok());
    if let Some(p) = first {
        resp.headers_mut().insert("Sec-WebSocket-Protocol", p);
    }
    Ok(resp)
}

/// Accepts the WebSocket handshake (choosing the first subprotocol the client offers, so a
/// script that requires one still connects) and echoes until the client closes or is idle.
/// `control` is a clone of the TCP socket, used to change its read timeout.
fn echo<S: Read + Write>(stream: S, control: &TcpStream, idle: Duration) {
    let Ok(mut ws) = tungstenite::accept_hdr(stream, choose_protocol) else {
        return;
    };
    let idle = idle.max(Duration::from_millis(1));
    if control.set_read_timeout(Some(idle)).is_err() {
        return;
    }
    let mut closing = false;
    loop {
        match ws.read() {
            Ok(m @ (Message::Text(_) | Message::Binary(_))) => {
                if ws.send(m).is_err() {
                    return;
                }
            }
            // tungstenite answers pings and the client's close frame by itself.
            Ok(_) => {}
            Err(tungstenite::Error::Io(e))
                if matches!(e.kind(), io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut) =>
            {
                if closing {
                    return;
                }
                closing = true;
                if idle_close(&mut ws).is_err() {
                    return;
                }
                // Give the client a moment to answer the close frame.
                if control.set_read_timeout(Some(Duration::from_secs(1))).is_err() {
                    return;
                }
            }
            Err(_) => return,
        }
    }
}

fn idle_close<S: Read + Write>(ws: &mut WebSocket<S>) -> tungstenite::Result<()> {
    ws.close(Some(CloseFrame { code: CloseCode::Normal, reason: "idle".into() }))?;
    ws.flush()
}
