//! The `wl check` path: any bytes → decoding, lexer, parser, resolver. Must return a program or
//! diagnostics, never panic or overflow the stack. Runs on a large-stack thread as `wl check`
//! does, so the depth limits are exercised rather than libFuzzer's small main-thread stack.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wlang::source::SourceFile;

fuzz_target!(|data: &[u8]| {
    let src = SourceFile::from_bytes("fuzz.wl", data);
    let _ = wlang::with_large_stack(move || wlang::compile(&src).is_ok());
});
