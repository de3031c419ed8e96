//! The evaluator on generated programs: whatever compiles is run with a step limit, output to
//! nowhere, no network (`max_sockets: 0` makes every connect fail at once) and a 250 ms
//! watchdog that interrupts pauses (`Multitâche`). Must end with Ok or a runtime error, never
//! panic, overflow the stack or run out of memory.
#![no_main]

use std::sync::mpsc;
use std::time::Duration;

use libfuzzer_sys::fuzz_target;
use wlang::interp::{Interp, Options};
use wlang::runtime::{self, Interrupt};
use wlang::source::SourceFile;

const STEPS: u64 = 20_000;

fuzz_target!(|data: &[u8]| {
    let src = SourceFile::from_bytes("fuzz.wl", data);
    let interrupt = Interrupt::default();
    let (done, wait) = mpsc::channel::<()>();
    let watchdog = {
        let interrupt = interrupt.clone();
        std::thread::spawn(move || {
            if wait.recv_timeout(Duration::from_millis(250)).is_err() {
                interrupt.trigger();
            }
        })
    };
    let net = runtime::Config { max_sockets: 0, interrupt, ..runtime::Config::default() };
    wlang::with_large_stack(move || {
        let Ok(program) = wlang::compile(&src) else {
            return;
        };
        let options = Options { net, ..Options::default() };
        let mut interp = Interp::new(&program, Box::new(std::io::sink()), Box::new(std::io::sink()), options);
        interp.set_step_limit(STEPS);
        let _ = interp.run(&program);
    });
    let _ = done.send(());
    let _ = watchdog.join();
});
