"""HTTP/1.1 over a raw socket: the fuzzer must be able to send what no well-behaved client would
(bad framing, huge heads, garbage), and read whatever comes back, or see that nothing did."""
import socket
import time

# Generous for a loaded two-core machine: a request that takes longer than this is a stall.
DEFAULT_TIMEOUT = 20.0


class Answer:
    """What came back on one connection: a parsed response, or why there was none."""

    def __init__(self, status=None, reason="", headers=None, body=b"", failure=None, elapsed=0.0):
        self.status = status
        self.reason = reason
        self.headers = headers or {}
        self.body = body
        self.failure = failure  # "timeout", "reset", "closed", "malformed: ..." when status is None
        self.elapsed = elapsed

    def header(self, name):
        return self.headers.get(name.lower())

    def __repr__(self):
        if self.status is None:
            return f"<no answer: {self.failure}>"
        return f"<{self.status} {self.reason} {self.body[:200]!r}>"


def request_bytes(method, path, headers=(), body=b"", host="127.0.0.1"):
    """A well-formed request, with Content-Length, unless the caller's headers already frame it."""
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}"]
    names = {name.lower() for name, _ in headers}
    lines += [f"{name}: {value}" for name, value in headers]
    if "content-length" not in names and "transfer-encoding" not in names:
        lines.append(f"Content-Length: {len(body)}")
    lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1", "replace") + body


def exchange(port, data, timeout=DEFAULT_TIMEOUT, host="127.0.0.1", half_close=False):
    """Sends `data` on a new connection and reads one response (or notes why there is none)."""
    started = time.monotonic()
    try:
        connection = socket.create_connection((host, port), timeout=timeout)
    except OSError as error:
        return Answer(failure=f"connect: {error}", elapsed=time.monotonic() - started)
    try:
        connection.settimeout(timeout)
        try:
            connection.sendall(data)
            if half_close:
                connection.shutdown(socket.SHUT_WR)
        except (BrokenPipeError, ConnectionResetError):
            # The server may answer and close before reading everything (an over-limit head):
            # what it answered is still in our receive buffer.
            pass
        answer = read_response(connection, timeout)
        answer.elapsed = time.monotonic() - started
        return answer
    finally:
        connection.close()


def read_response(connection, timeout):
    buffer = b""
    deadline = time.monotonic() + timeout
    try:
        while b"\r\n\r\n" not in buffer:
            chunk = _receive(connection, deadline)
            if not chunk:
                return Answer(failure="closed" if not buffer else f"malformed: head cut at {len(buffer)} bytes")
            buffer += chunk
            if len(buffer) > 1 << 20:
                return Answer(failure="malformed: response head over 1 MB")
        head, _, rest = buffer.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        parts = lines[0].split(" ", 2)
        if len(parts) < 2 or not parts[0].startswith("HTTP/1.") or not parts[1].isdigit():
            return Answer(failure=f"malformed: status line {lines[0]!r}")
        status = int(parts[1])
        headers = {}
        for line in lines[1:]:
            name, sep, value = line.partition(":")
            if not sep:
                return Answer(failure=f"malformed: header line {line!r}")
            headers[name.strip().lower()] = value.strip()
        body = _read_body(connection, headers, rest, deadline, status)
        return Answer(status, parts[2] if len(parts) > 2 else "", headers, body)
    except socket.timeout:
        return Answer(failure="timeout")
    except ConnectionResetError:
        return Answer(failure="reset" if not buffer else "reset after part of the answer")


def _receive(connection, deadline):
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise socket.timeout()
    connection.settimeout(remaining)
    return connection.recv(65536)


def _read_body(connection, headers, rest, deadline, status):
    if status in (204, 304) or 100 <= status < 200:
        return b""
    if "chunked" in headers.get("transfer-encoding", "").lower():
        data = rest
        body = b""
        while True:
            while b"\r\n" not in data:
                chunk = _receive(connection, deadline)
                if not chunk:
                    raise ConnectionResetError()
                data += chunk
            size_line, _, data = data.partition(b"\r\n")
            size = int(size_line.split(b";")[0], 16)
            while len(data) < size + 2:
                chunk = _receive(connection, deadline)
                if not chunk:
                    raise ConnectionResetError()
                data += chunk
            if size == 0:
                return body
            body += data[:size]
            data = data[size + 2:]
    if "content-length" in headers:
        length = int(headers["content-length"])
        body = rest
        while len(body) < length:
            chunk = _receive(connection, deadline)
            if not chunk:
                raise ConnectionResetError()
            body += chunk
        return body[:length]
    body = rest
    while True:
        chunk = _receive(connection, deadline)
        if not chunk:
            return body
        body += chunk
