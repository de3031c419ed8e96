"""The same TCP echo server with Python's asyncio (bench/tcp/run.py): messages with their size
first (`16\r\n` then 16 bytes), one task per client. python3 echo_server.py PORT"""
import asyncio
import sys


async def echo(reader, writer):
    try:
        while True:
            header = await reader.readuntil(b"\r\n")
            body = await reader.readexactly(int(header[:-2]))
            writer.write(header + body)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    writer.close()


async def main():
    server = await asyncio.start_server(echo, "127.0.0.1", int(sys.argv[1]))
    print("prêt", flush=True)
    async with server:
        await server.serve_forever()


asyncio.run(main())
