#!/usr/bin/env python3
"""WebSocket echo server on Python's `websockets` library: the independent implementation the
interoperability tests of tests/sockets.rs run wlang against.

Echoes text messages as text and binary messages as binary, and closes a connection that stays
idle for --idle seconds (default 0.5) with code 1000 and reason "idle", like `wl echo-server`.

Listens on 127.0.0.1: ws:// on --port (0: any free port) and, with --cert and --key (PEM files),
wss:// on --tls-port as well. Once listening it prints one line per listener on stdout and flushes:

    ws PORT
    wss PORT

then serves until stdin reaches end of file (the test closes it) or the process is killed.

Works with websockets 12 and later (the top-level `websockets.serve` and one-argument handlers
exist in both the legacy and the new asyncio implementation).
"""

import argparse
import asyncio
import ssl
import sys

import websockets


async def echo(websocket, idle):
    try:
        while True:
            try:
                message = await asyncio.wait_for(websocket.recv(), idle)
            except asyncio.TimeoutError:
                await websocket.close(code=1000, reason="idle")
                return
            # str -> text frame, bytes -> binary frame.
            await websocket.send(message)
    except websockets.ConnectionClosed:
        pass


async def wait_for_stdin_eof():
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.read)


async def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--tls-port", type=int, default=0)
    parser.add_argument("--cert", help="server certificate (PEM)")
    parser.add_argument("--key", help="private key of the certificate (PEM)")
    parser.add_argument("--idle", type=float, default=0.5, help="idle timeout in seconds")
    args = parser.parse_args()

    async def handler(websocket):
        await echo(websocket, args.idle)

    # No size limit: the tests send 1 MiB messages (the library's default limit is 1 MiB).
    common = dict(max_size=None, ping_interval=None)
    servers = [await websockets.serve(handler, "127.0.0.1", args.port, **common)]
    lines = [f"ws {servers[0].sockets[0].getsockname()[1]}"]
    if args.cert:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.cert, args.key)
        tls = await websockets.serve(handler, "127.0.0.1", args.tls_port, ssl=context, **common)
        servers.append(tls)
        lines.append(f"wss {tls.sockets[0].getsockname()[1]}")
    print("\n".join(lines), flush=True)

    await wait_for_stdin_eof()
    for server in servers:
        server.close()
    for server in servers:
        await server.wait_closed()


if __name__ == "__main__":
    asyncio.run(main())
