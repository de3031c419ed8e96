//! Procedure timers: `TimerSys(procedure, period [, number])` calls a procedure every period
//! (hundredths of a second) until `FinTimerSys(number)`; `Timer`/`FinTimer` are the same on a
//! console (there is no window to attach a timer to). Called without parameters inside the
//! procedure, `TimerSys()` gives the number of the timer that called it.
//!
//! The family's state is an event source of the host's event loop: its deadline is the next
//! timer's, and its events are the timers that are due, so a timer's procedure runs whenever
//! the script waits (`ThreadPause`, `Multitâche`, a blocking socket read) and after the main
//! code. Like an open asynchronous socket, an active timer keeps the program running after its
//! main code (as a WINDEV application runs while its window is open), until `FinTimerSys`,
//! `FinProgramme` or Ctrl-C. A procedure that waits does not let another timer's procedure
//! (or itself) run inside it: the host dispatches only from the outermost wait. Each timer runs
//! at most once per round of dispatching, so a procedure slower than its period cannot starve
//! the rest of the script; late ticks are dropped, not queued.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use super::system::hundredths;
use super::{
    Args, BuiltinError, Dispatch, EventSource, Family, FamilyState, Host, Ret, Settings, arg_error, row, state,
};
use crate::diagnostics::{FamilyFault, Fault, Lang};
use crate::value::Value;

pub static FAMILY: Family = Family {
    name: "timers",
    functions: &[
        row("TimerSys", "TimerSys", 0, 3, start),
        row("FinTimerSys", "EndTimerSys", 0, 1, end),
        row("Timer", "Timer", 0, 3, start),
        row("FinTimer", "EndTimer", 0, 1, end),
    ],
    constants: &[],
};

/// While a due timer cannot be dispatched (a procedure called for an event is waiting), the
/// loop looks again this often instead of spinning.
const OVERDUE_RETRY: Duration = Duration::from_millis(10);

/// A wrong procedure, period or number: fatal, as any wrong parameter.
#[derive(Debug, Clone)]
enum TimerFault {
    Procedure,
    Period(String),
    Number(i64),
}

impl FamilyFault for TimerFault {
    fn text(&self, lang: Lang) -> String {
        match self {
            TimerFault::Procedure => lang.pick(
                "expected a procedure or its name (TimerSys(MyProcedure, 100))".into(),
                "attendu : une procédure ou son nom (TimerSys(MaProcédure, 100))".into(),
            ),
            TimerFault::Period(p) => lang.pick(
                format!("{p} is not a usable period (at least one hundredth of a second, at most a year)"),
                format!("{p} n'est pas une période utilisable (au moins un centième de seconde, au plus un an)"),
            ),
            TimerFault::Number(n) => lang.pick(
                format!("{n} is not a timer number (it must be positive)"),
                format!("{n} n'est pas un numéro de timer (il doit être positif)"),
            ),
        }
    }
}

struct Timer {
    procedure: Value,
    period: Duration,
    next: Instant,
}

/// The running timers by number, and the one whose procedure is running.
pub struct Timers {
    timers: BTreeMap<i64, Timer>,
    firing: Option<i64>,
    /// The moment the current round of dispatching started: timers due by then run once.
    round: Option<Instant>,
}

impl FamilyState for Timers {
    fn new(_settings: &Settings) -> Timers {
        Timers { timers: BTreeMap::new(), firing: None, round: None }
    }

    fn as_any(&mut self) -> &mut dyn std::any::Any {
        self
    }

    fn events(&mut self) -> Option<&mut dyn EventSource> {
        Some(self)
    }

    fn shutdown(&mut self) {
        self.timers.clear();
    }
}

impl EventSource for Timers {
    fn keeps_alive(&self) -> bool {
        !self.timers.is_empty()
    }

    fn next_event(&mut self, _lang: Lang) -> Option<Dispatch> {
        // Dispatching is synchronous: when the host asks again, the last procedure has returned.
        self.firing = None;
        let round = *self.round.get_or_insert_with(Instant::now);
        let due = self.timers.iter().filter(|(_, t)| t.next <= round).min_by_key(|(_, t)| t.next).map(|(id, _)| *id);
        let Some(id) = due else {
            self.round = None;
            return None;
        };
        let timer = self.timers.get_mut(&id)?;
        let now = Instant::now();
        // The next tick on the grid; ticks missed while the script was busy are dropped.
        timer.next = match timer.next.checked_add(timer.period) {
            Some(next) if next > now => next,
            _ => now.checked_add(timer.period).unwrap_or(now),
        };
        self.firing = Some(id);
        Some(Dispatch { procedure: timer.procedure.clone(), args: Vec::new() })
    }

    fn does_io(&self) -> bool {
        false
    }

    fn next_deadline(&self) -> Option<Instant> {
        let now = Instant::now();
        self.timers.values().map(|t| if t.next > now { t.next } else { now + OVERDUE_RETRY }).min()
    }

    fn poll(&mut self, _until: Option<Instant>, _can_dispatch: bool) -> Result<(), Fault> {
        Ok(())
    }
}

fn bad(index: usize, fault: TimerFault) -> BuiltinError {
    arg_error(index, Fault::family(fault))
}

/// `TimerSys(procedure, period [, number])`: the timer's number; `TimerSys()` inside a timer's
/// procedure: that timer's number (0 elsewhere).
fn start(host: &mut dyn Host, args: Args) -> Ret {
    if args.is_empty() {
        return Ok(Value::Int(state::<Timers>(host).firing.unwrap_or(0)));
    }
    let procedure = match &args[0] {
        Value::Proc(_) | Value::Str(_) => args.procedure_or_name(host, 0)?,
        _ => return Err(bad(0, TimerFault::Procedure)),
    };
    if args.len() < 2 {
        return Err(bad(1, TimerFault::Period("?".into())));
    }
    let period = match hundredths(&args[1]) {
        Ok(p) if p >= Duration::from_millis(10) => p,
        Ok(_) => return Err(bad(1, TimerFault::Period(args.text(1)?.to_string()))),
        Err(shown) => return Err(bad(1, TimerFault::Period(shown))),
    };
    let timers = state::<Timers>(host);
    let number = match args.get(2) {
        Some(_) => {
            let n = args.int(2)?;
            if n <= 0 {
                return Err(bad(2, TimerFault::Number(n)));
            }
            n
        }
        None => (1..).find(|n| !timers.timers.contains_key(n)).unwrap_or(1),
    };
    let next = Instant::now() + period;
    timers.timers.insert(number, Timer { procedure, period, next });
    Ok(Value::Int(number))
}

/// `FinTimerSys(number)`: stops the timer; `FinTimerSys()` inside a timer's procedure: stops
/// that timer. Stopping a timer that does not run does nothing.
fn end(host: &mut dyn Host, args: Args) -> Ret {
    let timers = state::<Timers>(host);
    let number = if args.is_empty() { timers.firing } else { Some(args.int(0)?) };
    if let Some(n) = number {
        timers.timers.remove(&n);
    }
    Ok(Value::Null)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn timer(ms: u64, next: Instant) -> Timer {
        Timer { procedure: Value::Null, period: Duration::from_millis(ms), next }
    }

    #[test]
    fn each_due_timer_runs_once_per_round() {
        let past = Instant::now() - Duration::from_millis(50);
        let mut timers = Timers::new(&Settings::default());
        timers.timers.insert(1, timer(10, past));
        timers.timers.insert(2, timer(10, past + Duration::from_millis(1)));
        assert!(timers.next_event(Lang::En).is_some());
        assert_eq!(timers.firing, Some(1));
        assert!(timers.next_event(Lang::En).is_some());
        assert_eq!(timers.firing, Some(2));
        // Both rescheduled after now: the round ends even though they are fast.
        assert!(timers.next_event(Lang::En).is_none());
        assert_eq!(timers.firing, None);
        assert!(timers.next_deadline().is_some_and(|d| d > Instant::now()));
    }

    #[test]
    fn an_overdue_timer_is_looked_at_again_soon_not_in_a_loop() {
        let mut timers = Timers::new(&Settings::default());
        timers.timers.insert(1, timer(1000, Instant::now() - Duration::from_secs(1)));
        let deadline = timers.next_deadline().unwrap();
        assert!(deadline > Instant::now());
        assert!(timers.keeps_alive());
        timers.timers.clear();
        assert!(!timers.keeps_alive());
        assert!(timers.next_deadline().is_none());
    }
}
