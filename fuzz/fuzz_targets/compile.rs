//! The `wl check` path on any bytes (see `wlang::tools::fuzz`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| wlang::tools::fuzz::compile(data));
