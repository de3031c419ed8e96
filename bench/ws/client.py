"""`client.py URL COUNT SIZE`: COUNT round trips (send a text message of SIZE bytes, await the
echo) with the `websockets` client, the asyncio API. Prints the seconds spent in the loop."""

import asyncio
import sys
import time

import websockets


async def main(url, count, size):
    payload = "x" * size
    async with websockets.connect(url, compression=None, max_size=None) as ws:
        received = 0
        start = time.perf_counter()
        for _ in range(count):
            await ws.send(payload)
            received += len(await ws.recv())
        seconds = time.perf_counter() - start
    assert received == count * size, "short echo"
    print(f"{seconds:.6f}")


asyncio.run(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
