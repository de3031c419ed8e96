//! Name lookups off the readiness loop. Stage: runtime. The system resolver (`getaddrinfo`) only
//! blocks, so each lookup runs on a short-lived helper thread that sends its answer back through
//! a channel and wakes the poller. A lookup cannot be cancelled: when its requester gives up (its
//! connect timeout passed, or the socket was closed), the runtime stops waiting for it at once and
//! drops its answer when it comes, but the helper thread lives on until the resolver returns.
//! So that abandoned lookups cannot pile up (a script that keeps connecting to a name whose DNS
//! server never answers), at most [`MAX_LOOKUPS`] run at once; one more fails at once with
//! [`NetError::TooManyLookups`]. This file must not wait, print, or know the interpreter.

use std::net::{SocketAddr, ToSocketAddrs};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};

use mio::Waker;

use super::NetError;
use super::conn::bare_host;

/// Lookups that may run at once (finished or abandoned ones free their place when the system
/// resolver returns).
pub const MAX_LOOKUPS: usize = 32;

/// What a lookup found: the addresses, or the resolver's reason.
pub(super) type Answer = Result<Vec<SocketAddr>, String>;

/// The helper threads' side: lookups started, answers received.
pub(super) struct Resolver {
    tx: Sender<(usize, Answer)>,
    rx: Receiver<(usize, Answer)>,
    waker: Arc<Waker>,
    running: Arc<AtomicUsize>,
}

/// Frees a lookup's place when its thread ends, however it ends.
struct Place(Arc<AtomicUsize>);

impl Drop for Place {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Resolver {
    pub(super) fn new(waker: Arc<Waker>) -> Resolver {
        let (tx, rx) = mpsc::channel();
        Resolver { tx, rx, waker, running: Arc::new(AtomicUsize::new(0)) }
    }

    /// Starts looking up `host` (an IPv6 literal may keep its brackets); the answer comes back
    /// from [`Resolver::answers`] tagged with `id`, and wakes the poller.
    pub(super) fn start(&self, id: usize, host: &str, port: u16) -> Result<(), NetError> {
        let running = self.running.fetch_add(1, Ordering::SeqCst);
        let place = Place(Arc::clone(&self.running));
        if running >= MAX_LOOKUPS {
            return Err(NetError::TooManyLookups { limit: MAX_LOOKUPS });
        }
        let tx = self.tx.clone();
        let waker = Arc::clone(&self.waker);
        let host = bare_host(host).to_string();
        let lookup = move || {
            let _place = place;
            let answer =
                (host.as_str(), port).to_socket_addrs().map(|it| it.collect::<Vec<_>>()).map_err(|e| e.to_string());
            // The runtime may be gone, or the requester gave up: then nobody listens.
            if tx.send((id, answer)).is_ok() {
                let _ = waker.wake();
            }
        };
        std::thread::Builder::new()
            .name("wlang-dns".into())
            .spawn(lookup)
            .map(|_| ())
            .map_err(|e| NetError::LookupThread { detail: e.to_string() })
    }

    /// The answers received so far.
    pub(super) fn answers(&self) -> Vec<(usize, Answer)> {
        self.rx.try_iter().collect()
    }
}
