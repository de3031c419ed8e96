//! Memory accounting for `--max-memory`: a script that grows without end (`Ajoute` in an
//! endless loop, `s = s + s`) stops with a runtime error at the limit instead of being killed by
//! the kernel. Not a pipeline stage: `Counting` is the `wl` binary's global allocator, and the
//! evaluator asks `over_limit` at its periodic tick and `check` before a big allocation.
//!
//! The count is per thread: the bytes the current thread has allocated and not freed (a
//! thread-local addition per allocation, no atomic operation). The interpreter, its values and
//! its sockets all live on one thread, so the count of that thread is the script's memory;
//! threads such as `--echo`'s server are not counted. A program that does not install
//! `Counting` (tests, fuzzing, embedding) counts nothing and has no limit unless it sets one.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::diagnostics::Fault;

/// The system allocator, counting what each thread holds.
pub struct Counting;

thread_local! {
    /// Bytes this thread allocated minus the bytes it freed (negative when it frees memory
    /// another thread allocated).
    static HELD: Cell<isize> = const { Cell::new(0) };
}

/// The limit in bytes, for every thread (`usize::MAX`: none).
static LIMIT: AtomicUsize = AtomicUsize::new(usize::MAX);

#[inline(always)]
fn count(bytes: isize) {
    HELD.with(|held| held.set(held.get().wrapping_add(bytes)));
}

// SAFETY: every call goes to `System` with the caller's arguments unchanged; the counting only
// touches a thread-local `Cell` (const-initialised, no destructor, no allocation).
unsafe impl GlobalAlloc for Counting {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as is.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            count(layout.size() as isize);
        }
        ptr
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as is.
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if !ptr.is_null() {
            count(layout.size() as isize);
        }
        ptr
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // Counted first, so that the call to `free` is the last thing done (a tail call).
        count(-(layout.size() as isize));
        // SAFETY: forwarded as is.
        unsafe { System.dealloc(ptr, layout) };
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded as is.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            count(new_size as isize - layout.size() as isize);
        }
        new
    }
}

/// Bytes the current thread holds (0 without `Counting`).
pub fn held() -> usize {
    HELD.with(|held| held.get().max(0) as usize)
}

/// Sets the limit for every thread, in bytes.
pub fn set_limit(bytes: usize) {
    LIMIT.store(bytes, Ordering::Relaxed);
}

/// The limit in bytes (`usize::MAX`: none).
pub fn limit() -> usize {
    LIMIT.load(Ordering::Relaxed)
}

/// Whether the current thread holds more than the limit.
#[inline]
pub fn over_limit() -> bool {
    held() > limit()
}

/// The error for a script past the limit.
pub fn fault() -> Fault {
    Fault::MemoryLimit { limit: limit() as u64 }
}

/// Refuses `bytes` more when they would take the current thread past the limit: called before
/// an allocation the script sized (a string concatenation, an array), so that one allocation
/// too big for the limit is a runtime error, not an abort or the kernel's OOM killer.
#[inline]
pub fn check(bytes: usize) -> Result<(), Fault> {
    if exceeds(held(), bytes, limit()) { Err(fault()) } else { Ok(()) }
}

fn exceeds(held: usize, bytes: usize, limit: usize) -> bool {
    held.saturating_add(bytes) > limit
}

/// The default limit: half of the machine's memory (or of the container's limit, when a
/// cgroup sets one), at most 16 GiB; 4 GiB when neither can be read.
pub fn default_limit() -> usize {
    const CAP: u64 = 16 << 30;
    let total = [physical_memory(), cgroup_limit()].into_iter().flatten().min();
    match total {
        Some(bytes) => (bytes / 2).clamp(64 << 20, CAP) as usize,
        None => 4 << 30,
    }
}

/// `MemTotal` of /proc/meminfo, in bytes.
fn physical_memory() -> Option<u64> {
    let info = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = info.lines().find(|l| l.starts_with("MemTotal:"))?;
    let kib: u64 = line.trim_start_matches("MemTotal:").trim().trim_end_matches("kB").trim().parse().ok()?;
    kib.checked_mul(1024)
}

/// The memory limit of the process's cgroup (v2 `memory.max`, or v1), when there is one.
fn cgroup_limit() -> Option<u64> {
    ["/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"]
        .iter()
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .filter_map(|text| text.trim().parse::<u64>().ok())
        // cgroup v1 writes "no limit" as a number near 2^63.
        .find(|&bytes| bytes < 1 << 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_is_half_the_memory_within_bounds() {
        let limit = default_limit();
        assert!((64 << 20..=16 << 30).contains(&limit), "{limit}");
        if let Some(total) = physical_memory() {
            assert!(limit as u64 <= total / 2 + (64 << 20), "{limit} of {total}");
        }
    }

    #[test]
    fn a_request_past_the_limit_is_refused() {
        assert!(!exceeds(500, 499, 1000));
        assert!(exceeds(500, 501, 1000));
        assert!(exceeds(usize::MAX - 1, 10, usize::MAX - 1));
        // No limit set, as in this test binary: nothing is refused.
        assert!(check(usize::MAX / 2).is_ok());
    }
}
