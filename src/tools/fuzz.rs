//! What the fuzzers check, in one place for `fuzz/` (cargo-fuzz targets) and
//! `tests/fuzz_smoke.rs` (the quick run in the ordinary test build): any bytes go through the
//! `wl check` path, and whatever compiles is run with a step limit, output to nowhere, no network
//! and a watchdog that interrupts pauses. Both must return, never panic or overflow the stack.
//! Programs run under `--sandbox`'s policy: a mutated file test could otherwise delete or
//! overwrite real files (`fRepSupprime(fRépertoireTemp(), frRécursif)`) or launch programs.

use std::path::PathBuf;
use std::sync::{OnceLock, mpsc};
use std::time::Duration;

use crate::builtins::system::Sandbox;
use crate::interp::Interp;
use crate::runtime::{self, Interrupt};
use crate::source::SourceFile;

/// Evaluation steps allowed to a generated program.
pub const STEPS: u64 = 20_000;

/// How long a generated program may pause (`Multitâche`, `ThreadPause`) before it is interrupted.
const WATCHDOG: Duration = Duration::from_millis(250);

/// Files only in one folder of the temporary folder (emptied when a process first uses it, so
/// leftovers do not pile up), no program launch, no connection.
fn sandbox() -> Sandbox {
    static FOLDER: OnceLock<PathBuf> = OnceLock::new();
    let folder = FOLDER
        .get_or_init(|| {
            let dir = std::env::temp_dir().join("wl-fuzz-sandbox");
            let _ = std::fs::remove_dir_all(&dir);
            let _ = std::fs::create_dir_all(&dir);
            std::fs::canonicalize(&dir).unwrap_or(dir)
        })
        .clone();
    Sandbox { roots: vec![folder.clone()], temp: folder, hosts: Some(Vec::new()) }
}

/// Decodes, lexes, parses and resolves `data`, as `wl check` does.
pub fn compile(data: &[u8]) {
    let src = SourceFile::from_bytes("fuzz.wl", data);
    let _ = crate::with_large_stack(move || crate::compile(&src).is_ok());
}

/// Compiles `data` and, when that works, runs it bounded in steps and time, with no network
/// (`max_sockets: 0` makes every connect fail at once).
pub fn run(data: &[u8]) {
    let interrupt = Interrupt::default();
    let (done, wait) = mpsc::channel::<()>();
    let watchdog = {
        let interrupt = interrupt.clone();
        std::thread::spawn(move || {
            if wait.recv_timeout(WATCHDOG).is_err() {
                interrupt.trigger();
            }
        })
    };
    let net = runtime::Config { max_sockets: 0, interrupt, ..runtime::Config::default() };
    let src = SourceFile::from_bytes("fuzz.wl", data);
    crate::with_large_stack(move || {
        let Ok(program) = crate::compile(&src) else { return };
        let mut options = crate::options(crate::diagnostics::Lang::En, net);
        options.settings.insert(sandbox());
        let mut interp = Interp::new(&program, Box::new(std::io::sink()), Box::new(std::io::sink()), options);
        interp.set_step_limit(STEPS);
        let _ = interp.run(&program);
    });
    let _ = done.send(());
    let _ = watchdog.join();
}
