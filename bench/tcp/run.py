#!/usr/bin/env python3
"""wlang's TCP benchmark: `python3 bench/tcp/run.py` (see bench/README.md, section "TCP").

Builds `wl` and `bench/tcp/load` in release mode, then measures, on loopback:
  1. an echo server under load: 100 clients at once (bench/tcp/load, a thread each), each doing
     ROUNDS round trips of 16-byte messages (WINDEV's default mode, the size first), against
     the WLanguage server of bench/tcp/echo_server.wl (a thread per client, as WINDEV code writes
     it) and the same server on Python's asyncio (bench/tcp/echo_server.py); messages per second
     over the whole run, median of --runs runs, the two servers alternating;
  2. a client loop: one connection, COUNT round trips (send, then a blocking read), the
     WLanguage loop of bench/tcp/client_loop.wl against the raw loop of bench/tcp/load on the
     standard library (the practical limit), both against the same echo server (bench/tcp/load),
     client and server pinned to CPU 0 as the WebSocket benchmark does (unpinned, cross-CPU
     wake-ups dominate loopback round trips on a 2-vCPU machine). The WLanguage figure counts the
     whole process (start-up and connection included).

Options: --runs N (default 5), --rounds R (default 200), --count C (default 100000), --no-build.
"""

import argparse
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def target_dir():
    return Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))


def wl():
    return str(target_dir() / "release/wl")


def load():
    return str(target_dir() / "release/tcp_load")


def build():
    cargo = ["cargo", "build", "--release", "--quiet", "--target-dir", str(target_dir())]
    subprocess.run(cargo + ["--bin", "wl"], cwd=ROOT, check=True)
    subprocess.run(cargo + ["--manifest-path", str(HERE / "load/Cargo.toml")], cwd=ROOT, check=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(command, pin=False):
    """Starts a server that prints one line when it is ready; returns (process, that line)."""
    if pin:
        command = ["taskset", "-c", "0"] + command
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline().strip()
    if not line:
        proc.kill()
        sys.exit(f"{command} did not start")
    return proc, line


def stop(proc):
    proc.kill()
    proc.wait()


def server_run(kind, rounds):
    port = free_port()
    if kind == "wlang":
        proc, _ = start([wl(), "run", str(HERE / "echo_server.wl"), str(port)])
    else:
        proc, _ = start([sys.executable, str(HERE / "echo_server.py"), str(port)])
    try:
        out = subprocess.run([load(), "load", str(port), "100", str(rounds), "16"], capture_output=True, text=True,
                             timeout=600)
        if out.returncode != 0:
            sys.exit(f"load against {kind} failed: {out.stderr}")
        return float(out.stdout)
    finally:
        stop(proc)


def client_run(kind, port, count):
    if kind == "wlang":
        command = [wl(), "run", str(HERE / "client_loop.wl"), str(port), str(count), "16"]
    else:
        command = [load(), "client", str(port), str(count), "16"]
    start_time = time.perf_counter()
    out = subprocess.run(["taskset", "-c", "0"] + command, capture_output=True, text=True, timeout=600)
    elapsed = time.perf_counter() - start_time
    if out.returncode != 0:
        sys.exit(f"{kind} client failed: {out.stderr}")
    if kind == "wlang":
        assert int(out.stdout) == 16 * count, out.stdout
        return count / elapsed
    return float(out.stdout)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--no-build", action="store_true")
    args = parser.parse_args()
    if not args.no_build:
        build()

    servers = {"wlang": [], "python": []}
    for i in range(args.runs):
        order = ["wlang", "python"] if i % 2 == 0 else ["python", "wlang"]
        for kind in order:
            servers[kind].append(server_run(kind, args.rounds))
    w, p = statistics.median(servers["wlang"]), statistics.median(servers["python"])
    print(f"### TCP echo server, 100 concurrent clients x {args.rounds} round trips (16-byte messages)\n")
    print("| server | messages/s | ratio to Python asyncio |")
    print("|---|---:|---:|")
    print(f"| WLanguage (`echo_server.wl`, a thread per client) | {w:,.0f} | {w / p:.2f} |")
    print(f"| Python asyncio (`echo_server.py`) | {p:,.0f} | 1.00 |")

    echo, port = start([load(), "echo-server"], pin=True)
    try:
        clients = {"wlang": [], "raw": []}
        for i in range(args.runs):
            order = ["wlang", "raw"] if i % 2 == 0 else ["raw", "wlang"]
            for kind in order:
                clients[kind].append(client_run(kind, int(port), args.count))
    finally:
        stop(echo)
    w, r = statistics.median(clients["wlang"]), statistics.median(clients["raw"])
    print(f"\n### TCP client loop, {args.count} round trips of 16-byte messages (pinned to CPU 0)\n")
    print("| client | round trips/s | ratio to the raw loop |")
    print("|---|---:|---:|")
    print(f"| WLanguage (`client_loop.wl`) | {w:,.0f} | {w / r:.2f} |")
    print(f"| raw Rust loop (`tcp_load client`, std, blocking) | {r:,.0f} | 1.00 |")


if __name__ == "__main__":
    main()
