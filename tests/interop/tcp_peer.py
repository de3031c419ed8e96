"""Independent TCP, TLS and UDP peers for wlang's socket tests (tests/tcp.rs) and benchmarks
(bench/tcp/), written with Python's standard library only (socket, asyncio, ssl).

Servers print the port they listen on as their first line, then serve until killed:

  tcp_peer.py echo --framing size|endtag|raw [--marker TEXT] [--prefix TEXT] [--tls CERT KEY]
      echoes every message back in the same framing (with an optional prefix); `size` is
      WINDEV's default mode ("11\\r\\nHello World"), `endtag` ends messages with the marker
      (default "\\r\\n"), `raw` echoes bytes as they come.
  tcp_peer.py flood          sends endless "x" without any marker
  tcp_peer.py silent         accepts and never answers
  tcp_peer.py udp-echo [--prefix TEXT]
      answers every datagram to its sender, with the prefix

Clients exit 0 when every exchange came back as expected (and print a summary line):

  tcp_peer.py clients --port P --count N --rounds R [--framing ...] [--tls CA] [--host H]
      N concurrent connections, each sending R messages and checking each echo
  tcp_peer.py udp-send --port P --message TEXT
      sends one datagram, prints the answer and the address it came from
  tcp_peer.py vanish --port P   connects, sends half a message, then resets the connection
"""

import argparse
import asyncio
import socket
import ssl
import struct
import sys
import time


def frame(data: bytes, framing: str, marker: bytes) -> bytes:
    if framing == "size":
        return str(len(data)).encode() + b"\r\n" + data
    if framing == "endtag":
        return data + marker
    return data


async def read_message(reader: asyncio.StreamReader, framing: str, marker: bytes):
    """One message, or None at the end of the stream."""
    try:
        if framing == "size":
            header = await reader.readuntil(b"\r\n")
            return await reader.readexactly(int(header[:-2]))
        if framing == "endtag":
            data = await reader.readuntil(marker)
            return data[: -len(marker)]
        data = await reader.read(65536)
        return data or None
    except (asyncio.IncompleteReadError, ConnectionError):
        return None


async def serve_echo(args) -> None:
    marker = args.marker.encode()
    prefix = args.prefix.encode()
    context = None
    if args.tls:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.tls[0], args.tls[1])

    async def handle(reader, writer):
        while True:
            message = await read_message(reader, args.framing, marker)
            if message is None:
                break
            writer.write(frame(prefix + message, args.framing, marker))
            await writer.drain()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=context, limit=1 << 24)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


def serve_flood() -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    print(listener.getsockname()[1], flush=True)
    chunk = b"x" * 65536
    while True:
        conn, _ = listener.accept()
        try:
            while True:
                conn.sendall(chunk)
        except OSError:
            conn.close()


def serve_silent() -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    print(listener.getsockname()[1], flush=True)
    held = []
    while True:
        conn, _ = listener.accept()
        held.append(conn)


def serve_udp(args) -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    print(sock.getsockname()[1], flush=True)
    prefix = args.prefix.encode()
    while True:
        data, sender = sock.recvfrom(65536)
        sock.sendto(prefix + data, sender)


async def run_clients(args) -> int:
    marker = args.marker.encode()
    context = None
    if args.tls:
        context = ssl.create_default_context(cafile=args.tls)
    failures = []

    async def one(i: int) -> None:
        reader, writer = await asyncio.open_connection(args.host, args.port, ssl=context, limit=1 << 24)
        for r in range(args.rounds):
            sent = f"client {i} message {r} é".encode()
            writer.write(frame(sent, args.framing, marker))
            await writer.drain()
            got = await read_message(reader, args.framing, marker)
            if got != args.prefix.encode() + sent:
                failures.append(f"client {i} round {r}: sent {sent!r}, got {got!r}")
                break
        writer.close()

    start = time.perf_counter()
    results = await asyncio.gather(*(one(i) for i in range(args.count)), return_exceptions=True)
    elapsed = time.perf_counter() - start
    for r in results:
        if isinstance(r, Exception):
            failures.append(repr(r))
    total = args.count * args.rounds
    print(f"{args.count} clients, {total} round trips, {len(failures)} failures, {total / elapsed:.0f} msg/s", flush=True)
    for f in failures[:5]:
        print(f, file=sys.stderr)
    return 1 if failures else 0


def udp_send(args) -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.settimeout(10)
    sock.bind(("127.0.0.1", 0))
    sock.sendto(args.message.encode(), ("127.0.0.1", args.port))
    data, sender = sock.recvfrom(65536)
    print(data.decode(), sender[0], sender[1] == args.port, flush=True)


def vanish(args) -> None:
    sock = socket.create_connection(("127.0.0.1", args.port))
    sock.sendall(b"100\r\nhalf a mess")
    time.sleep(0.2)
    # SO_LINGER 0: the close sends a reset instead of a clean end.
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode")
    parser.add_argument("--framing", default="size", choices=["size", "endtag", "raw"])
    parser.add_argument("--marker", default="\r\n")
    parser.add_argument("--prefix", default="")
    parser.add_argument("--tls", nargs="+")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int)
    parser.add_argument("--count", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--message", default="")
    args = parser.parse_args()
    if args.mode == "echo":
        asyncio.run(serve_echo(args))
    elif args.mode == "flood":
        serve_flood()
    elif args.mode == "silent":
        serve_silent()
    elif args.mode == "udp-echo":
        serve_udp(args)
    elif args.mode == "clients":
        if args.tls:
            args.tls = args.tls[0]
        return asyncio.run(run_clients(args))
    elif args.mode == "udp-send":
        udp_send(args)
    elif args.mode == "vanish":
        vanish(args)
    else:
        parser.error(f"unknown mode {args.mode}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
