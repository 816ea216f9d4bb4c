#!/usr/bin/env python3
"""NocoBase-like health answers on many loopback addresses, for the monitor benchmark.

    fake_health.py NET FIRST COUNT PORT

Listens on NET.FIRST .. NET.(FIRST+COUNT-1) at PORT and answers
/api/__health_check with 200 "ok" and /api/app:getInfo with a version, as a ready
node does. One process and one event loop, so the console's figures are not mixed
with the servers' cost. Stops on SIGTERM or after 30 minutes.
"""
import asyncio
import signal
import sys

INFO = b'{"data":{"version":"2.2.15"}}'


async def answer(reader, writer):
    try:
        while True:
            request = await reader.readuntil(b"\r\n\r\n")
            path = request.split(b" ", 2)[1] if request.count(b" ") >= 2 else b"/"
            body = INFO if path.endswith(b"app:getInfo") else b"ok"
            kind = b"application/json" if body is INFO else b"text/plain"
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: " + kind + b"\r\nContent-Length: "
                         + str(len(body)).encode() + b"\r\n\r\n" + body)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
        pass
    finally:
        writer.close()


async def main(net, first, count, port):
    servers = [await asyncio.start_server(answer, f"{net}.{first + i}", port) for i in range(count)]
    print(f"listening on {count} addresses", flush=True)
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    try:
        await asyncio.wait_for(stop.wait(), timeout=1800)
    except asyncio.TimeoutError:
        pass
    for server in servers:
        server.close()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])))
