//! Threads and their synchronisation. Help pages: 3077024 ThreadExécute, 3077020 ThreadAttend,
//! 3077016 ThreadEtat, 3077019 ThreadArrête, 1000019423 ThreadCourant, 1000021218
//! ThreadDemandeArrêt, 1000021219 ThreadArrêtDemandé, 3077021/3077022 ThreadEnvoieSignal /
//! ThreadAttendSignal, 3077028 ThreadMode; 3077001/3077005 SectionCritiqueDébut/Fin;
//! 1000019022-1000019025 MutexCrée/Début/Fin/Détruit; 3077012/3077008/3077010/3077011
//! SémaphoreCrée/Début/Fin/Détruit; 3077009 SignalCrée, 3077007 SignalAttend, 3077017
//! SignalModifie, 1000021271 SignalOuvre, 1000021272 SignalFerme, 3077025 SignalDétruit.
//!
//! WLanguage threads run as cooperative threads on the interpreter's thread (see
//! `interp/threads.rs` for the model): they switch at every wait and at the evaluator's periodic
//! tick, so a thread can still be interrupted in the middle of a critical section and the
//! synchronisation objects are real locks. What is cooperative is how they wait: every wait
//! (for a section, a mutex, a semaphore, a signal) goes through `Host::wait`, which lets the
//! other threads run and the sockets progress; nothing ever blocks the OS thread. Objects are
//! named (the name-based syntax); a lock held by a thread that ended is free again. Threads are
//! known by their names; the main code is `threadPrincipal`.

use std::collections::{HashMap, HashSet};
use std::time::Instant;

use super::{Args, BuiltinError, Const, Family, FamilyState, Host, Ret, Settings, ThreadStatus, arg_error, row, state};
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
        row("ThreadDemandeArrêt", "ThreadRequestStop", 1, 1, request_stop),
        row("ThreadArrêtDemandé", "ThreadStopRequested", 0, 0, stop_requested),
        row("ThreadEnvoieSignal", "ThreadSendSignal", 1, 1, send_signal),
        row("ThreadAttendSignal", "ThreadWaitSignal", 0, 1, wait_signal),
        row("ThreadMode", "ThreadMode", 1, 1, mode),
        row("SectionCritiqueDébut", "CriticalSectionStart", 0, 1, section_start),
        row("SectionCritiqueFin", "CriticalSectionEnd", 0, 1, section_end),
        row("MutexCrée", "MutexCreate", 1, 2, mutex_create),
        row("MutexDébut", "MutexStart", 1, 2, mutex_start),
        row("MutexFin", "MutexEnd", 1, 1, mutex_end),
        row("MutexDétruit", "MutexDestroy", 1, 1, mutex_destroy),
        row("SémaphoreCrée", "SemaphoreCreate", 1, 3, semaphore_create),
        row("SémaphoreDébut", "SemaphoreStart", 1, 2, semaphore_start),
        row("SémaphoreFin", "SemaphoreEnd", 1, 2, semaphore_end),
        row("SémaphoreDétruit", "SemaphoreDestroy", 1, 1, semaphore_destroy),
        row("SignalCrée", "EventCreate", 1, 4, signal_create),
        row("SignalAttend", "EventWait", 1, 2, signal_wait),
        row("SignalModifie", "EventChange", 1, 2, signal_change),
        row("SignalOuvre", "EventOpen", 1, 1, signal_open),
        // `SignalFerme` is also the constant `signalFermé` once case and accents are ignored: the
        // name is the constant's (as SignalModifie(s, signalFermé) uses it); the function keeps its
        // English name.
        row("EventClose", "EventClose", 1, 1, signal_close),
        row("SignalDétruit", "EventDestroy", 1, 1, signal_destroy),
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
        ("threadPrincipal", "threadMain", Const::Str(MAIN_THREAD)),
        ("threadSectionCritique", "threadCriticalSection", Const::Int(1)),
        ("signalAutomatique", "eventAutomatic", Const::Int(SIGNAL_AUTOMATIC)),
        ("signalManuel", "eventManual", Const::Int(SIGNAL_MANUAL)),
        // Their English names (eventOpen, eventClose) are also the functions EventOpen and
        // EventClose once case is ignored: only the French names name the constants.
        ("signalOuvert", "signalOuvert", Const::Int(SIGNAL_OPEN)),
        ("signalFermé", "signalFermé", Const::Int(SIGNAL_CLOSED)),
        ("signalOuvertEtFermé", "eventOpenAndClose", Const::Int(SIGNAL_PULSE)),
        ("Infinie", "Infinite", Const::Int(INFINITE)),
    ],
};

const THREAD_NONEXISTENT: i64 = 0;
const THREAD_RUNNING: i64 = 1;
const THREAD_FINISHED: i64 = 2;
/// `threadPrincipal`: the main code's name in these functions *(value assumed)*.
const MAIN_THREAD: &str = "<threadPrincipal>";
/// Signal modes and states *(values assumed)*.
const SIGNAL_AUTOMATIC: i64 = 0;
const SIGNAL_MANUAL: i64 = 1;
const SIGNAL_CLOSED: i64 = 0;
const SIGNAL_OPEN: i64 = 1;
const SIGNAL_PULSE: i64 = 2;
/// `Infinie`: a wait without a time limit *(value assumed; any negative duration waits as long)*.
const INFINITE: i64 = -1;

#[derive(Debug)]
enum ThreadFault {
    EmptyName,
    NameInUse(String),
    NotDuration(String),
    NotHeld { what: Object, name: String },
    NoPlaceTaken(String),
    BadPlaces(i64),
    NotSignalMode(i64),
    NotSignalState(i64),
}

/// The kinds of synchronisation objects, for messages.
#[derive(Debug, Clone, Copy)]
enum Object {
    Section,
    Mutex,
}

impl FamilyFault for ThreadFault {
    fn text(&self, lang: Lang) -> String {
        match self {
            ThreadFault::EmptyName => lang.pick("a thread needs a name".into(), "un thread doit avoir un nom".into()),
            ThreadFault::NameInUse(name) => lang.pick(
                format!("a thread named \"{name}\" is already running"),
                format!("un thread nommé \"{name}\" est déjà en cours d'exécution"),
            ),
            ThreadFault::NotDuration(s) => lang.pick(
                format!("\"{s}\" is not a duration (hundredths of a second, a Durée, or a text such as \"2 s\")"),
                format!("\"{s}\" n'est pas une durée (centièmes de seconde, une Durée, ou un texte comme \"2 s\")"),
            ),
            ThreadFault::NotHeld { what: Object::Section, name } => lang.pick(
                format!("the critical section {} is not held by this thread", shown(name)),
                format!("la section critique {} n'est pas tenue par ce thread", shown(name)),
            ),
            ThreadFault::NotHeld { what: Object::Mutex, name } => lang.pick(
                format!("the mutex \"{name}\" is not held by this thread"),
                format!("le mutex \"{name}\" n'est pas tenu par ce thread"),
            ),
            ThreadFault::NoPlaceTaken(name) => lang.pick(
                format!("no place of the semaphore \"{name}\" is taken"),
                format!("aucune place du sémaphore \"{name}\" n'est prise"),
            ),
            ThreadFault::BadPlaces(n) => lang.pick(
                format!("{n} is not a number of places (at least 1)"),
                format!("{n} n'est pas un nombre de places (au moins 1)"),
            ),
            ThreadFault::NotSignalMode(n) => lang.pick(
                format!("{n} is not a signal mode (signalAutomatique or signalManuel)"),
                format!("{n} n'est pas un mode de signal (signalAutomatique ou signalManuel)"),
            ),
            ThreadFault::NotSignalState(n) => lang.pick(
                format!("{n} is not a signal state (signalOuvert, signalFermé or signalOuvertEtFermé)"),
                format!("{n} n'est pas un état de signal (signalOuvert, signalFermé ou signalOuvertEtFermé)"),
            ),
        }
    }
}

/// A critical section's name as messages show it (the anonymous one has none).
fn shown(name: &str) -> String {
    if name.is_empty() { "(without a name)".into() } else { format!("\"{name}\"") }
}

/// The synchronisation objects of the run.
#[derive(Default)]
pub struct Sync {
    /// Critical sections (the anonymous one has the name "").
    sections: HashMap<String, Lock>,
    mutexes: HashMap<String, Lock>,
    semaphores: HashMap<String, Semaphore>,
    signals: HashMap<String, Signal>,
    /// Threads asked to stop with `ThreadDemandeArrêt` (by name).
    stop_requests: HashSet<String>,
    /// Threads sent a signal with `ThreadEnvoieSignal` and not waited for it yet.
    thread_signals: HashSet<String>,
}

impl FamilyState for Sync {
    fn new(_settings: &Settings) -> Sync {
        Sync::default()
    }

    fn as_any(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// A reentrant lock: the thread that holds it, and how many times.
#[derive(Default)]
struct Lock {
    owner: Option<String>,
    depth: u32,
}

struct Semaphore {
    places: i64,
    taken: i64,
}

struct Signal {
    manual: bool,
    open: bool,
    /// Counts `signalOuvertEtFermé`: a thread that waited across one goes through.
    pulses: u64,
}

impl Signal {
    fn new(manual: bool, open: bool) -> Signal {
        Signal { manual, open, pulses: 0 }
    }
}

/// The running thread's name ("" for the main code).
fn me(host: &dyn Host) -> String {
    host.current_thread().unwrap_or_default()
}

/// A thread name as the script gives it: `threadPrincipal` is the main code ("").
fn thread_key(name: &str) -> String {
    if name == MAIN_THREAD { String::new() } else { name.to_string() }
}

/// Takes `lock` for `me` when it is free, already mine, or held by a thread that ended.
fn try_lock(lock: &mut Lock, me: &str, alive: impl Fn(&str) -> bool) -> bool {
    let free = match &lock.owner {
        None => true,
        Some(owner) if owner == me => true,
        Some(owner) => !owner.is_empty() && !alive(owner),
    };
    if free {
        if lock.owner.as_deref() != Some(me) {
            lock.owner = Some(me.to_string());
            lock.depth = 0;
        }
        lock.depth += 1;
    }
    free
}

/// Releases one hold of `lock` by `me`; false when `me` does not hold it.
fn unlock(lock: &mut Lock, me: &str) -> bool {
    if lock.owner.as_deref() != Some(me) {
        return false;
    }
    lock.depth -= 1;
    if lock.depth == 0 {
        lock.owner = None;
    }
    true
}

/// A wait's deadline: hundredths of a second, a `Durée` or a readable text; absent or negative:
/// none.
fn deadline(args: &Args, i: usize) -> Result<Option<Instant>, BuiltinError> {
    let Some(v) = args.get(i) else {
        return Ok(None);
    };
    if let Value::Int(n) = v
        && *n < 0
    {
        return Ok(None);
    }
    let wait = super::system::hundredths(v).map_err(|s| arg_error(i, Fault::family(ThreadFault::NotDuration(s))))?;
    Ok(Instant::now().checked_add(wait))
}

/// Whether the thread named `name` is running (the main code always is).
fn running(host: &dyn Host, name: &str) -> bool {
    name.is_empty() || host.thread_status(name) == Some(ThreadStatus::Running)
}

// ---- threads -------------------------------------------------------------------------------

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
    let sync = state::<Sync>(host);
    sync.stop_requests.remove(name.as_str());
    sync.thread_signals.remove(name.as_str());
    Ok(Value::Null)
}

/// `ThreadAttend(name [, timeout])`: Vrai when the thread has ended (or never existed).
fn wait(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    let deadline = deadline(&args, 1)?;
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

/// `ThreadArrête(name [, timeout])`: stops the thread at its next switch and waits for it (at
/// most the timeout); Vrai when it has stopped or does not exist.
fn stop(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    let deadline = deadline(&args, 1)?;
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

/// `ThreadDemandeArrêt(name)`: asks the thread to stop; it sees it with `ThreadArrêtDemandé`,
/// and its waits in `ThreadAttendSignal` and `SignalAttend` end at once.
fn request_stop(host: &mut dyn Host, args: Args) -> Ret {
    let name = thread_key(&args.text(0)?);
    state::<Sync>(host).stop_requests.insert(name);
    Ok(Value::Null)
}

/// `ThreadArrêtDemandé()`: Vrai when another thread asked the running one to stop.
fn stop_requested(host: &mut dyn Host, _args: Args) -> Ret {
    let me = me(host);
    Ok(Value::Bool(state::<Sync>(host).stop_requests.contains(&me)))
}

/// `ThreadEnvoieSignal(thread)`: wakes `ThreadAttendSignal` in that thread (`threadPrincipal`:
/// the main code).
fn send_signal(host: &mut dyn Host, args: Args) -> Ret {
    let name = thread_key(&args.text(0)?);
    let known = running(host, &name);
    if known {
        state::<Sync>(host).thread_signals.insert(name);
    }
    Ok(Value::Bool(known))
}

/// `ThreadAttendSignal([timeout])`: waits for a `ThreadEnvoieSignal` to the running thread;
/// Faux at the timeout, or at once when the thread is asked to stop.
fn wait_signal(host: &mut dyn Host, args: Args) -> Ret {
    let deadline = deadline(&args, 0)?;
    let me = me(host);
    let mut got = false;
    host.wait(deadline, &mut |h| {
        let sync = state::<Sync>(h);
        got = sync.thread_signals.remove(&me);
        got || sync.stop_requests.contains(&me)
    })?;
    Ok(Value::Bool(got))
}

/// `ThreadMode(mode)`: how WINDEV runs threads; every mode runs as described in the module
/// documentation here. Accepted, no effect.
fn mode(_host: &mut dyn Host, args: Args) -> Ret {
    args.int(0)?;
    Ok(Value::Null)
}

// ---- critical sections and mutexes ---------------------------------------------------------

/// Waits until the lock named `name` in `pick(sync)` is taken by the running thread.
fn take(
    host: &mut dyn Host,
    name: &str,
    deadline: Option<Instant>,
    pick: fn(&mut Sync) -> &mut HashMap<String, Lock>,
) -> Result<bool, BuiltinError> {
    let me = me(host);
    host.wait(deadline, &mut |h| {
        let owner = {
            let locks = pick(state::<Sync>(h));
            locks.entry(name.to_string()).or_default().owner.clone()
        };
        let alive = owner.as_deref().is_none_or(|o| running(h, o));
        let locks = pick(state::<Sync>(h));
        let lock = locks.entry(name.to_string()).or_default();
        try_lock(lock, &me, |_| alive)
    })
}

fn sections(sync: &mut Sync) -> &mut HashMap<String, Lock> {
    &mut sync.sections
}

fn mutexes(sync: &mut Sync) -> &mut HashMap<String, Lock> {
    &mut sync.mutexes
}

/// `SectionCritiqueDébut([name])`: waits until no other thread is inside the section, then
/// enters it (a thread may enter its own section again; each entry needs its `Fin`).
fn section_start(host: &mut dyn Host, args: Args) -> Ret {
    let name = if args.is_empty() { String::new() } else { args.text(0)?.to_string() };
    take(host, &name, None, sections)?;
    Ok(Value::Null)
}

/// `SectionCritiqueFin([name])`: leaves the section.
fn section_end(host: &mut dyn Host, args: Args) -> Ret {
    let name = if args.is_empty() { String::new() } else { args.text(0)?.to_string() };
    let me = me(host);
    let held = state::<Sync>(host).sections.get_mut(&name).is_some_and(|lock| unlock(lock, &me));
    if !held {
        let fault = Fault::family(ThreadFault::NotHeld { what: Object::Section, name });
        return Err(if args.is_empty() { BuiltinError::Fatal(fault) } else { arg_error(0, fault) });
    }
    Ok(Value::Null)
}

/// `MutexCrée(name [, options])`: creates the mutex (free).
fn mutex_create(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    if args.len() > 1 {
        args.int(1)?;
    }
    state::<Sync>(host).mutexes.entry(name.to_string()).or_default();
    Ok(Value::Null)
}

/// `MutexDébut(name [, timeout])`: Vrai once the running thread holds the mutex (created when
/// missing), Faux at the timeout (0: just tries).
fn mutex_start(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    let deadline = deadline(&args, 1)?;
    Ok(Value::Bool(take(host, &name, deadline, mutexes)?))
}

/// `MutexFin(name)`: releases the mutex.
fn mutex_end(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    let me = me(host);
    let held = state::<Sync>(host).mutexes.get_mut(name.as_str()).is_some_and(|lock| unlock(lock, &me));
    if !held {
        let name = name.to_string();
        return Err(arg_error(0, Fault::family(ThreadFault::NotHeld { what: Object::Mutex, name })));
    }
    Ok(Value::Null)
}

fn mutex_destroy(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    state::<Sync>(host).mutexes.remove(name.as_str());
    Ok(Value::Null)
}

// ---- semaphores ----------------------------------------------------------------------------

/// `SémaphoreCrée(name [, places = 1 [, options]])`: Faux when it exists already.
fn semaphore_create(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    let places = args.opt_int(1, 1)?;
    if places < 1 {
        return Err(arg_error(1, Fault::family(ThreadFault::BadPlaces(places))));
    }
    if args.len() > 2 {
        args.int(2)?;
    }
    let semaphores = &mut state::<Sync>(host).semaphores;
    if semaphores.contains_key(name.as_str()) {
        return Ok(Value::Bool(false));
    }
    semaphores.insert(name.to_string(), Semaphore { places, taken: 0 });
    Ok(Value::Bool(true))
}

/// `SémaphoreDébut(name [, timeout])`: Vrai once a place is taken (created with one place
/// when missing), Faux at the timeout.
fn semaphore_start(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    let deadline = deadline(&args, 1)?;
    let got = host.wait(deadline, &mut |h| {
        let s = state::<Sync>(h).semaphores.entry(name.to_string()).or_insert(Semaphore { places: 1, taken: 0 });
        if s.taken < s.places {
            s.taken += 1;
            true
        } else {
            false
        }
    })?;
    Ok(Value::Bool(got))
}

/// `SémaphoreFin(name [, places = 1])`: gives places back.
fn semaphore_end(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    let count = args.opt_int(1, 1)?;
    if count < 1 {
        return Err(arg_error(1, Fault::family(ThreadFault::BadPlaces(count))));
    }
    match state::<Sync>(host).semaphores.get_mut(name.as_str()) {
        Some(s) if s.taken >= count => {
            s.taken -= count;
            Ok(Value::Null)
        }
        _ => Err(arg_error(0, Fault::family(ThreadFault::NoPlaceTaken(name.to_string())))),
    }
}

fn semaphore_destroy(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    state::<Sync>(host).semaphores.remove(name.as_str());
    Ok(Value::Null)
}

// ---- signals -------------------------------------------------------------------------------

/// `SignalCrée(name [, mode = signalAutomatique [, state = signalFermé [, options]]])`: Faux
/// when it exists already.
fn signal_create(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    let manual = match args.opt_int(1, SIGNAL_AUTOMATIC)? {
        SIGNAL_AUTOMATIC => false,
        SIGNAL_MANUAL => true,
        other => return Err(arg_error(1, Fault::family(ThreadFault::NotSignalMode(other)))),
    };
    let open = match args.opt_int(2, SIGNAL_CLOSED)? {
        SIGNAL_CLOSED => false,
        SIGNAL_OPEN => true,
        other => return Err(arg_error(2, Fault::family(ThreadFault::NotSignalState(other)))),
    };
    if args.len() > 3 {
        args.int(3)?;
    }
    let signals = &mut state::<Sync>(host).signals;
    if signals.contains_key(name.as_str()) {
        return Ok(Value::Bool(false));
    }
    signals.insert(name.to_string(), Signal::new(manual, open));
    Ok(Value::Bool(true))
}

/// `SignalAttend(name [, timeout])`: Vrai once the signal is open (an automatic signal lets
/// one thread through and closes again); Faux at the timeout, or at once when the running
/// thread is asked to stop. A missing signal is created (automatic, closed).
fn signal_wait(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    let deadline = deadline(&args, 1)?;
    let me = me(host);
    let seen = {
        let s = state::<Sync>(host).signals.entry(name.to_string()).or_insert_with(|| Signal::new(false, false));
        s.pulses
    };
    let mut got = false;
    host.wait(deadline, &mut |h| {
        let sync = state::<Sync>(h);
        if sync.stop_requests.contains(&me) {
            return true;
        }
        let s = sync.signals.entry(name.to_string()).or_insert_with(|| Signal::new(false, false));
        if s.open {
            if !s.manual {
                s.open = false;
            }
            got = true;
        } else if s.pulses != seen {
            got = true;
        }
        got
    })?;
    Ok(Value::Bool(got))
}

/// Sets a signal's state (creating it, automatic, when missing).
fn set_signal(host: &mut dyn Host, name: &str, to: i64) {
    let s = state::<Sync>(host).signals.entry(name.to_string()).or_insert_with(|| Signal::new(false, false));
    match to {
        SIGNAL_OPEN => s.open = true,
        SIGNAL_CLOSED => s.open = false,
        _ => {
            s.open = false;
            s.pulses += 1;
        }
    }
}

/// `SignalModifie(name [, state = signalOuvert])`.
fn signal_change(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    let to = args.opt_int(1, SIGNAL_OPEN)?;
    if !matches!(to, SIGNAL_OPEN | SIGNAL_CLOSED | SIGNAL_PULSE) {
        return Err(arg_error(1, Fault::family(ThreadFault::NotSignalState(to))));
    }
    set_signal(host, &name, to);
    Ok(Value::Null)
}

/// `SignalOuvre(name)`: as `SignalModifie(name, signalOuvert)`.
fn signal_open(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    set_signal(host, &name, SIGNAL_OPEN);
    Ok(Value::Null)
}

/// `EventClose(name)` (`SignalFerme`): as `SignalModifie(name, signalFermé)`.
fn signal_close(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    set_signal(host, &name, SIGNAL_CLOSED);
    Ok(Value::Null)
}

fn signal_destroy(host: &mut dyn Host, args: Args) -> Ret {
    let name = args.text(0)?;
    state::<Sync>(host).signals.remove(name.as_str());
    Ok(Value::Null)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locks_are_reentrant_and_freed_by_their_owner_only() {
        let mut lock = Lock::default();
        assert!(try_lock(&mut lock, "a", |_| true));
        assert!(try_lock(&mut lock, "a", |_| true));
        assert!(!try_lock(&mut lock, "b", |_| true));
        assert!(!unlock(&mut lock, "b"));
        assert!(unlock(&mut lock, "a"));
        assert!(!try_lock(&mut lock, "b", |_| true));
        assert!(unlock(&mut lock, "a"));
        assert!(try_lock(&mut lock, "b", |_| true));
    }

    #[test]
    fn a_lock_held_by_a_thread_that_ended_is_free() {
        let mut lock = Lock::default();
        assert!(try_lock(&mut lock, "worker", |_| true));
        assert!(try_lock(&mut lock, "", |_| false));
        assert_eq!(lock.owner.as_deref(), Some(""));
        // The main code never ends while it runs.
        assert!(!try_lock(&mut lock, "worker", |_| false));
    }
}
