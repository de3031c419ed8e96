//! The evaluator on generated programs, bounded in steps and time (see `wlang::tools::fuzz`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| wlang::tools::fuzz::run(data));
