"""The API Gateway port: REST and HTTP API routes with odd methods, paths, queries, headers, bodies."""
from .. import checks, wire
from ..inputs import deep_json_text, long_text, mutate_bytes, pick, random_text

# 502 and 504 are API Gateway's own answers for a function that fails or times out.
ALLOWED = {200, 400, 401, 403, 404, 405, 413, 414, 431, 502, 504}


def run_case(rng, context):
    prefix = pick(rng, ["/echo/", "/http/", "/", "/nope/", "/echo", "//echo/"])
    rest = pick(rng, ["a", "a/b/c", "%00", "%ZZ", "..%2F..%2Fetc%2Fpasswd", "\u00e9".encode().decode("latin-1"),
                      "x" * pick(rng, [100, 9_000]), random_text(rng, 10).replace(" ", "%20")])
    path = prefix + "".join(c if 33 <= ord(c) < 127 else "%%%02X" % (ord(c) & 0xFF) for c in rest)
    if rng.random() < 0.4:
        path += "?" + pick(rng, ["a=1&a=2", "a", "=", "&&&", "a=%ZZ", "x=" + "y" * 5_000, random_text(rng, 8)
                                 .replace(" ", "+").replace("#", "%23")])
    method = pick(rng, ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "FOO", "get"])
    headers = []
    for _ in range(rng.randrange(0, 4)):
        headers.append(pick(rng, [("Content-Type", "application/json"), ("Content-Type", "text/plain; charset=x"),
                                  ("Cookie", "a=b; c"), ("Cookie", "=" * 100), ("Authorization", "Bearer x.y.z"),
                                  ("Origin", "http://evil.example"), ("X-Forwarded-For", "1.2.3.4, x"),
                                  ("Accept-Encoding", "gzip"), ("X-Long", "v" * 8_000)]))
    data = pick(rng, [b"", b'{"a": 1}', deep_json_text(rng).encode(), long_text(rng).encode()[:11_000_000],
                      mutate_bytes(rng, b'{"userId": "u1", "delaySeconds": 1}')])
    answer = wire.exchange(context.api_port, wire.request_bytes(method, path, headers, data), timeout=40)
    failure = checks.answered(answer, ALLOWED)
    return f"{method} {path[:120]} with {len(data)} bytes: {failure}" if failure else None
