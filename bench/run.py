#!/usr/bin/env python3
"""wlang's benchmark suite: `python3 bench/run.py` (see bench/README.md).

Builds wlang in release mode, installs what the peers need (Lua 5.4 from apt, Python's
`websockets` through .ci/setup, the raw tungstenite client in bench/ws_raw), then measures:
  1. the interpreter: each program of bench/programs/ in WLanguage, Python and Lua, run several
     times with the implementations alternating (machine noise hits all alike), outputs checked
     equal; median seconds, peak memory (max RSS), ratios wlang/CPython and wlang/Lua;
  2. start-up: `wl run` on a one-line script against `python3 -c pass` and `lua5.4 -e ""`;
  3. WebSocket round trips on loopback against wlang's echo server, both ends pinned to CPU 0:
     a `.wl` SocketEcrit + SocketLit loop, the same loop on tungstenite directly (the practical
     limit) and on Python's `websockets` client; small messages and 64 KiB messages.

Options: --runs N (default 5), --only suite|startup|ws (repeatable), --no-build, --no-setup.
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
PROGRAMS = ["fib", "loop", "strings", "arrays", "selon", "byref", "methods", "structs", "strfuncs", "wordcount", "json"]
VENV_PYTHON = ROOT / "tests/interop/.venv/bin/python"


def target_dir():
    """Cargo's own default (the repository's `target/`, shared with the other builds), or
    CARGO_TARGET_DIR, a relative one taken from the current directory as cargo does."""
    return Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target")).resolve()


def wl():
    return str(target_dir() / "release/wl")


def ws_raw():
    return str(target_dir() / "release/ws_raw")


def setup():
    if not shutil.which("lua5.4") or not Path("/usr/bin/time").exists():
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run(sudo + ["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(sudo + ["apt-get", "install", "-y", "-qq", "lua5.4", "time"], check=True, env=env)
    subprocess.run(["bash", str(ROOT / ".ci/setup")], check=True)


def build():
    cargo = ["cargo", "build", "--release", "--quiet", "--target-dir", str(target_dir())]
    subprocess.run(cargo + ["--bin", "wl"], cwd=ROOT, check=True)
    subprocess.run(cargo + ["--manifest-path", str(BENCH / "ws_raw/Cargo.toml")], cwd=ROOT, check=True)


def run_once(cmd):
    """Runs `cmd`: (wall seconds, peak RSS in MB, stdout). The peak comes from GNU time: a child
    of this script would report at least this Python process's size (Linux keeps the high-water
    mark across exec)."""
    with tempfile.TemporaryFile() as out, tempfile.NamedTemporaryFile("r") as rss:
        start = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", rss.name] + cmd, stdout=out, stderr=subprocess.PIPE)
        seconds = time.perf_counter() - start
        if proc.returncode != 0:
            sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr.decode(errors='replace')}")
        out.seek(0)
        text = out.read().decode(errors="replace")
        peak_kb = int(rss.read().split()[-1])
    return seconds, peak_kb / 1024, text


def geomean(xs):
    return statistics.geometric_mean(xs) if xs else float("nan")


def suite(runs):
    impls = {
        "wlang": lambda p: [wl(), "run", str(BENCH / f"programs/{p}.wl")],
        "CPython": lambda p: [sys.executable, str(BENCH / f"programs/{p}.py")],
        "Lua": lambda p: ["lua5.4", str(BENCH / f"programs/{p}.lua")],
    }
    names = list(impls)
    rows = []
    for program in PROGRAMS:
        times = {n: [] for n in names}
        peaks = {n: 0.0 for n in names}
        outputs = {}
        for r in range(runs):
            # Rotate the order so that no implementation always runs first or last.
            for n in names[r % 3:] + names[: r % 3]:
                seconds, peak, text = run_once(impls[n](program))
                times[n].append(seconds)
                peaks[n] = max(peaks[n], peak)
                outputs[n] = text.split()
        if len({tuple(o) for o in outputs.values()}) != 1:
            sys.exit(f"{program}: the outputs differ: {outputs}")
        med = {n: statistics.median(times[n]) for n in names}
        rows.append((program, med, peaks))
        print(f"  {program}: " + ", ".join(f"{n} {med[n]:.3f} s" for n in names), file=sys.stderr)
    print("\n### Interpreter\n")
    print("| program | wlang s | CPython s | Lua s | wlang/CPython | wlang/Lua | wlang MB | CPython MB | Lua MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for program, med, peaks in rows:
        print(
            f"| {program} | {med['wlang']:.3f} | {med['CPython']:.3f} | {med['Lua']:.3f} "
            f"| {med['wlang'] / med['CPython']:.2f} | {med['wlang'] / med['Lua']:.2f} "
            f"| {peaks['wlang']:.1f} | {peaks['CPython']:.1f} | {peaks['Lua']:.1f} |"
        )
    gm_py = geomean([med["wlang"] / med["CPython"] for _, med, _ in rows])
    gm_lua = geomean([med["wlang"] / med["Lua"] for _, med, _ in rows])
    print(f"| **geometric mean** | | | | **{gm_py:.2f}** | **{gm_lua:.2f}** | | | |")


def startup(runs):
    with tempfile.NamedTemporaryFile("w", suffix=".wl", delete=False) as f:
        f.write('Info("ok")\n')
        script = f.name
    cmds = {
        "wl run (one line)": [wl(), "run", script],
        "python3 -c pass": [sys.executable, "-c", "pass"],
        'lua5.4 -e ""': ["lua5.4", "-e", ""],
    }
    times = {n: [] for n in cmds}
    for _ in range(max(runs, 1) * 6):
        for n, cmd in cmds.items():
            times[n].append(run_once(cmd)[0])
    os.unlink(script)
    print("\n### Start-up\n")
    print("| command | median ms |")
    print("|---|---:|")
    for n in cmds:
        print(f"| `{n}` | {statistics.median(times[n]) * 1000:.1f} |")


def start_echo_server():
    cmd = ["taskset", "-c", "0", wl(), "echo-server", "--port", "0", "--idle-ms", "600000"]
    server = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    line = server.stdout.readline()
    match = re.search(r"ws://127\.0\.0\.1:(\d+)/", line)
    if not match:
        server.kill()
        sys.exit(f"unexpected echo server banner: {line!r}")
    return server, int(match.group(1))


def ws(runs):
    server, port = start_echo_server()
    url = f"ws://127.0.0.1:{port}/"
    pin = ["taskset", "-c", "0"]
    # Enough round trips that wlang's start-up and connection (timed with its loop, ~5 ms) weigh
    # about 1% of its time.
    cases = [("small (16 B)", 16, 100000), ("64 KiB", 65536, 10000)]
    results = []
    try:
        for label, size, count in cases:
            source = (BENCH / "ws/roundtrips.wl").read_text(encoding="utf-8")
            source = source.replace("COUNT", str(count)).replace("SIZE", str(size))
            with tempfile.NamedTemporaryFile("w", suffix=".wl", delete=False, encoding="utf-8") as f:
                f.write(source)
                script = f.name
            clients = {
                # The whole process is timed for wlang: start-up and connection count against it.
                "wlang .wl loop": (pin + [wl(), "run", script, "--connect-to", f"bench.invalid:80:127.0.0.1:{port}"], False),
                "raw tungstenite": (pin + [ws_raw(), url, str(count), str(size)], True),
                "Python websockets": (pin + [str(VENV_PYTHON), str(BENCH / "ws/client.py"), url, str(count), str(size)], True),
            }
            times = {n: [] for n in clients}
            for r in range(runs):
                names = list(clients)
                for n in names[r % 3:] + names[: r % 3]:
                    cmd, self_timed = clients[n]
                    seconds, _, text = run_once(cmd)
                    if self_timed:
                        seconds = float(text.split()[0])
                    elif text.split() != [str(count * size)]:
                        sys.exit(f"wlang WebSocket loop: unexpected output {text!r}")
                    times[n].append(seconds)
            os.unlink(script)
            results.append((label, size, count, {n: statistics.median(t) for n, t in times.items()}))
    finally:
        server.kill()
        server.wait()
    print("\n### WebSocket round trips (loopback, client and echo server pinned to CPU 0)\n")
    print("| messages | client | round trips/s | MB/s | ratio to raw tungstenite |")
    print("|---|---|---:|---:|---:|")
    for label, size, count, med in results:
        raw_rate = count / med["raw tungstenite"]
        for n, seconds in med.items():
            rate = count / seconds
            print(f"| {label} | {n} | {rate:,.0f} | {rate * size / 1e6:.1f} | {rate / raw_rate:.2f} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", action="append", choices=["suite", "startup", "ws"])
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--no-setup", action="store_true")
    args = parser.parse_args()
    parts = args.only or ["suite", "startup", "ws"]
    if not args.no_setup:
        setup()
    if not args.no_build:
        build()
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    print(f"## Results: {time.strftime('%Y-%m-%d')}, {cpu}, {os.cpu_count()} CPUs")
    print(f"\nCPython {sys.version.split()[0]}, {subprocess.run(['lua5.4', '-v'], capture_output=True, text=True).stdout.strip()}, {args.runs} runs, medians")
    if "suite" in parts:
        suite(args.runs)
    if "startup" in parts:
        startup(args.runs)
    if "ws" in parts:
        ws(args.runs)


if __name__ == "__main__":
    main()
