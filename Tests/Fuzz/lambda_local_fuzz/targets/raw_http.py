"""Malformed HTTP/1.1 at any port: bad framing, over-limit heads, garbage. The server must answer
with a 4xx it can stand behind (or the success of what parsed), never reset or hang."""
import socket

from .. import checks, wire
from ..inputs import mutate_bytes, pick, random_text

# What the server may answer to input that is not a valid request, or is one of an odd shape.
ALLOWED = {200, 202, 400, 403, 404, 405, 408, 411, 413, 414, 415, 431, 501, 505}


def hostile_request(rng, path):
    """Returns (bytes, must_answer): must_answer is False where the input never completes a request."""
    shape = rng.randrange(14)
    base = wire.request_bytes("GET", path)
    if shape == 0:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400))) + b"\r\n\r\n", True
    if shape == 1:
        return b"GET " + b"/" + b"a" * pick(rng, [9_000, 100_000, 1_100_000]) + b" HTTP/1.1\r\nHost: x\r\n\r\n", True
    if shape == 2:
        return (b"GET " + path.encode() + b" HTTP/1.1\r\nHost: x\r\nX-Big: " + b"b" * pick(rng, [90_000, 1_100_000])
                + b"\r\n\r\n"), True
    if shape == 3:
        many = b"".join(b"X-H%d: v\r\n" % i for i in range(pick(rng, [200, 5_000])))
        return b"GET " + path.encode() + b" HTTP/1.1\r\nHost: x\r\n" + many + b"\r\n", True
    if shape == 4:
        length = pick(rng, [b"abc", b"-1", b"99999999999999999999", b"1, 2", b"0x10"])
        return b"POST " + path.encode() + b" HTTP/1.1\r\nHost: x\r\nContent-Length: " + length + b"\r\n\r\nhello", True
    if shape == 5:
        return (b"POST " + path.encode() + b" HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\n"
                b"hello!!"), True
    if shape == 6:
        chunks = pick(rng, [b"zz\r\nhello\r\n0\r\n\r\n", b"5\r\nhello\r\n", b"ffffffffffffffffff\r\nx\r\n0\r\n\r\n",
                            b"3\r\nhello\r\n0\r\n\r\n"])
        # A body cut short (no last chunk) is complete only once the client says it sent everything.
        return b"POST " + path.encode() + b" HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks, \
            not chunks.startswith(b"5\r")
    if shape == 7:
        return (b"POST " + path.encode() + b" HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                b"Content-Length: 3\r\n\r\n0\r\n\r\n"), True
    if shape == 8:
        version = pick(rng, [b"HTTP/2.0", b"HTTP/0.9", b"HTTP/1.1x", b"FOO/1.1", b""])
        return b"GET " + path.encode() + b" " + version + b"\r\nHost: x\r\n\r\n", True
    if shape == 9:
        method = pick(rng, [b"G\x00ET", b"", b"GET GET", b"\xff\xfe", random_text(rng, 8).encode("utf-8")])
        return method + b" " + path.encode() + b" HTTP/1.1\r\nHost: x\r\n\r\n", True
    if shape == 10:
        return b"GET " + path.encode() + b" HTTP/1.1\r\nHost: x\r\nBad Header\r\nX: \x00\x01\r\n\r\n", True
    if shape == 11:
        return b"GET " + path.encode() + b" HTTP/1.1\r\nHost: x\r\n folded: line\r\n\r\n", True
    if shape == 12:
        # Pipelined: many requests in one write, the last one broken.
        one = wire.request_bytes("GET", path).replace(b"Connection: close\r\n", b"")
        return one * rng.randrange(2, 200) + b"\x00garbage\r\n\r\n", True
    # Damaged valid requests: anything may come of those, an answer must.
    return mutate_bytes(rng, base), False


def crowd(rng, port, path):
    """Hundreds of connections that send part of a head and wait: the server must go on serving a
    well-behaved client meanwhile (they end when the head timeout closes them, or here)."""
    crowd = []
    try:
        for _ in range(pick(rng, [50, 300])):
            connection = socket.create_connection(("127.0.0.1", port), timeout=5)
            connection.sendall(b"GET " + path.encode() + b" HTTP/1.1\r\nHost: x\r\nX-Slow: ")
            crowd.append(connection)
        answer = wire.exchange(port, wire.request_bytes("GET", path))
        return checks.answered(answer, ALLOWED - {400, 408, 431})
    finally:
        for connection in crowd:
            connection.close()


def run_case(rng, context):
    port = pick(rng, [context.api_port, context.lambda_port])
    path = pick(rng, ["/", "/echo/x", "/http/y", "/2015-03-31/functions/Echo/invocations", "/nope"])
    if rng.random() < 0.03:
        failure = crowd(rng, port, path)
        return f"a client served beside a crowd of slow ones: {failure}" if failure else None
    data, must_answer = hostile_request(rng, path)
    # Input that may never complete a request is followed by a half-close, so the server answers or
    # closes at once instead of waiting out its timeouts; complete ones are not (a server may close
    # on the client's end of input before it answers).
    answer = wire.exchange(port, data, half_close=not must_answer)
    if answer.status is None and not must_answer and answer.failure in ("closed", "reset"):
        return None
    return checks.answered(answer, ALLOWED)
