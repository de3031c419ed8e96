//! The interrupt flag (Ctrl-C). Stage: runtime. Another thread (the signal handler) triggers
//! it; the interpreter's thread sees it at its next evaluation step, and every wait of the
//! runtime ends early: a socket wait is woken through the poller's `Waker`, a pause without
//! sockets through a condition variable. It must not print or know the interpreter.

use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Instant;

use mio::Waker;

/// A cheap-to-clone handle; every clone shares one flag.
#[derive(Clone, Default)]
pub struct Interrupt(Arc<Inner>);

#[derive(Default)]
struct Inner {
    flag: AtomicBool,
    /// The poller of the runtime waiting on this flag, if one was started.
    waker: Mutex<Option<Arc<Waker>>>,
    /// Guards nothing but the condition variable's protocol.
    sleep: Mutex<()>,
    wake: Condvar,
}

impl Interrupt {
    /// Sets the flag and wakes whatever the interpreter's thread is waiting on.
    /// Safe to call from any thread, any number of times.
    pub fn trigger(&self) {
        self.0.flag.store(true, Ordering::SeqCst);
        if let Ok(waker) = self.0.waker.lock()
            && let Some(w) = waker.as_ref()
        {
            let _ = w.wake();
        }
        // Taking the lock orders this notification after a sleeper's check of the flag.
        drop(self.0.sleep.lock());
        self.0.wake.notify_all();
    }

    /// True once [`Interrupt::trigger`] was called.
    #[inline]
    pub fn is_set(&self) -> bool {
        self.0.flag.load(Ordering::Relaxed)
    }

    /// Sleeps until `deadline` or until triggered. Returns true when triggered.
    pub fn sleep_until(&self, deadline: Instant) -> bool {
        let Ok(mut guard) = self.0.sleep.lock() else {
            return self.is_set();
        };
        loop {
            if self.0.flag.load(Ordering::SeqCst) {
                return true;
            }
            let now = Instant::now();
            if now >= deadline {
                return false;
            }
            guard = match self.0.wake.wait_timeout(guard, deadline - now) {
                Ok((g, _)) => g,
                Err(_) => return self.is_set(),
            };
        }
    }

    /// Lets [`Interrupt::trigger`] wake this poller.
    pub(crate) fn attach(&self, waker: Arc<Waker>) {
        if let Ok(mut slot) = self.0.waker.lock() {
            *slot = Some(waker);
        }
    }
}

impl fmt::Debug for Interrupt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Interrupt({})", self.is_set())
    }
}
