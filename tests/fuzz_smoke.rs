//! The fuzz targets' checks, in the ordinary test build: every sample and test case, and
//! deterministic mutations of them (byte flips, truncations, line splices and repeats), go
//! through the `wl check` path and through the evaluator with a step limit and no network.
//! None may panic. Coverage-guided fuzzing of the same two paths is `fuzz/` (cargo-fuzz, run
//! locally: see fuzz/README.md); this is its quick, reproducible smoke run, bounded in time.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Total time for the mutation rounds (the seeds themselves always run).
const BUDGET: Duration = Duration::from_secs(12);

fn seeds() -> Vec<Vec<u8>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["samples", "tests/cases"] {
        collect(&root.join(dir), &mut files);
    }
    files.sort();
    files.iter().filter_map(|f| std::fs::read(f).ok()).collect()
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "wl") {
            out.push(path);
        }
    }
}

/// xorshift64*: the same mutations on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }
}

const INTERESTING: &[&[u8]] = &[
    b"(",
    b")",
    b"[[",
    b"]",
    b"\"",
    b"...",
    b"\n",
    b"FIN\n",
    b"SI ",
    b" ALORS\n",
    b"PROCEDURE P()\n",
    b"CAS ",
    b"POUR i = 1 A ",
    b"0x",
    b"99999999999999999999",
    b"/*",
    b"\xe9",
    b"\xff\xfe",
    b"_ET_",
    b"PAS ",
    b";",
    b":",
];

fn mutate(rng: &mut Rng, seed: &[u8], other: &[u8]) -> Vec<u8> {
    let mut data = seed.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(data.len() + 1);
        match rng.below(6) {
            0 if !data.is_empty() => {
                let i = rng.below(data.len());
                data[i] ^= 1 << rng.below(8);
            }
            1 => data.truncate(at),
            2 => {
                let piece = INTERESTING[rng.below(INTERESTING.len())];
                data.splice(at..at, piece.iter().copied());
            }
            3 if !other.is_empty() => {
                let from = rng.below(other.len());
                let len = rng.below(200).min(other.len() - from);
                data.splice(at..at, other[from..from + len].iter().copied());
            }
            4 if at < data.len() => {
                let len = rng.below(100).min(data.len() - at);
                data.drain(at..at + len);
            }
            _ => {
                let line = data[at.min(data.len())..].split(|b| *b == b'\n').next().unwrap_or(&[]).to_vec();
                for _ in 0..rng.below(50) {
                    data.splice(at..at, line.iter().copied().chain([b'\n']));
                }
            }
        }
    }
    data
}

/// Both fuzz targets' checks on one input.
fn exercise(data: Vec<u8>) {
    wlang::tools::fuzz::compile(&data);
    wlang::tools::fuzz::run(&data);
}

#[test]
fn seeds_and_their_mutations_never_panic() {
    let seeds = seeds();
    assert!(seeds.len() > 40, "samples/ and tests/cases/ hold the seeds");
    for seed in &seeds {
        exercise(seed.clone());
    }
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let start = Instant::now();
    let mut runs = 0;
    while start.elapsed() < BUDGET {
        let seed = &seeds[rng.below(seeds.len())];
        let other = &seeds[rng.below(seeds.len())];
        exercise(mutate(&mut rng, seed, other));
        runs += 1;
    }
    println!("{} seeds, {runs} mutations in {:?}", seeds.len(), start.elapsed());
    assert!(runs > 100, "the smoke run should get through more than 100 mutations, got {runs}");
}
