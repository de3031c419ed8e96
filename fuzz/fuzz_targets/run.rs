//! The evaluator on generated programs, bounded in steps, time and memory (see
//! `wlang::tools::fuzz`): memory is counted as `wl` counts it, with a 512 MiB `--max-memory`,
//! so a program that grows without end stops with wlang's own error, well under libFuzzer's
//! RSS limit.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[global_allocator]
static ALLOCATOR: wlang::alloc::Counting = wlang::alloc::Counting;

fuzz_target!(
    init: wlang::alloc::set_limit(512 << 20),
    |data: &[u8]| wlang::tools::fuzz::run(data)
);
