//! Threads (help pages 3077024 ThreadExécute, 3077020 ThreadAttend, 3077016 ThreadEtat, 3077019
//! ThreadArrête): WLanguage threads run as cooperative threads on the interpreter's thread (see
//! `interp/threads.rs` for the model); this family only names them and waits for them.

use std::time::{Duration, Instant};

use super::{Args, Const, Family, Host, Ret, ThreadStatus, arg_error, row};
use crate::diagnostics::{FamilyFault, Fault, Lang};
use crate::value::Value;

pub static FAMILY: Family = Family {
    name: "threads",
    functions: &[
        row("ThreadExécute", "ThreadExecute", 3, super::ANY, execute),
        row("ThreadAttend", "ThreadWait", 1, 2, wait),
        row("ThreadEtat", "ThreadState", 1, 1, status),
        row("ThreadArrête", "ThreadStop", 1, 2, stop),
        row("ThreadCourant", "ThreadCurrent", 0, 0, current),
    ],
    constants: &[
        ("threadNormal", "threadNormal", Const::Int(0)),
        ("threadAttendDémarrage", "threadWaitForStart", Const::Int(1)),
        ("threadContexteGlobal", "threadGlobalContext", Const::Int(2)),
        ("threadCopieComplèteContexteHFSQL", "threadFullCopyHFSQLContext", Const::Int(4)),
        ("threadCopieLégèreContexteHFSQL", "threadLightCopyHFSQLContext", Const::Int(8)),
        ("threadSécurisé", "threadSecure", Const::Int(16)),
        ("threadInexistant", "threadNonexistent", Const::Int(THREAD_NONEXISTENT)),
        ("threadEnCours", "threadInProgress", Const::Int(THREAD_RUNNING)),
        ("threadTerminé", "threadFinished", Const::Int(THREAD_FINISHED)),
    ],
};

const THREAD_NONEXISTENT: i64 = 0;
const THREAD_RUNNING: i64 = 1;
const THREAD_FINISHED: i64 = 2;

#[derive(Debug)]
enum ThreadFault {
    EmptyName,
    NameInUse(String),
}

impl FamilyFault for ThreadFault {
    fn text(&self, lang: Lang) -> String {
        match self {
            ThreadFault::EmptyName => lang.pick("a thread needs a name".into(), "un thread doit avoir un nom".into()),
            ThreadFault::NameInUse(name) => lang.pick(
                format!("a thread named \"{name}\" is already running"),
                format!("un thread nommé \"{name}\" est déjà en cours d'exécution"),
            ),
        }
    }
}

/// `ThreadExécute(name, options, procedure [, parameters...])` (the syntax that names the thread).
fn execute(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    if name.is_empty() {
        return Err(arg_error(0, Fault::family(ThreadFault::EmptyName)));
    }
    args.int(1)?;
    let procedure = args.procedure_or_name(host, 2)?;
    let params = args[3..].to_vec();
    if !host.start_thread(&name, procedure, params) {
        return Err(arg_error(0, Fault::family(ThreadFault::NameInUse(name.to_string()))));
    }
    Ok(Value::Null)
}

/// A timeout in hundredths of a second (`None`: wait as long as it takes).
fn hundredths(args: &Args, i: usize) -> Result<Option<Instant>, super::BuiltinError> {
    if i >= args.len() {
        return Ok(None);
    }
    let n = args.int(i)?;
    Ok(Some(Instant::now() + Duration::from_millis(n.max(0).saturating_mul(10) as u64)))
}

/// `ThreadAttend(name [, timeout])`: Vrai when the thread has ended (or never existed).
fn wait(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    let deadline = hundredths(&args, 1)?;
    let ended = host.wait(deadline, &mut |h| h.thread_status(&name) != Some(ThreadStatus::Running))?;
    Ok(Value::Bool(ended))
}

fn status(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    Ok(Value::Int(match host.thread_status(&name) {
        None => THREAD_NONEXISTENT,
        Some(ThreadStatus::Running) => THREAD_RUNNING,
        Some(ThreadStatus::Finished) => THREAD_FINISHED,
    }))
}

/// `ThreadArrête(name [, timeout])`: asks the thread to stop and waits for it (at most the
/// timeout); Vrai when it has stopped or does not exist.
fn stop(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    let deadline = hundredths(&args, 1)?;
    if !host.stop_thread(&name) {
        return Ok(Value::Bool(true));
    }
    let ended = host.wait(deadline, &mut |h| h.thread_status(&name) != Some(ThreadStatus::Running))?;
    Ok(Value::Bool(ended))
}

/// `ThreadCourant()`: the running thread's name ("" in the main code).
fn current(host: &mut dyn Host, _args: Args) -> Ret {
    Ok(Value::from(host.current_thread().unwrap_or_default()))
}
