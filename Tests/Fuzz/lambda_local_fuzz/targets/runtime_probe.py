"""The Runtime API, fuzzed from inside a function: the `RuntimeProbe` function runs `run` while its
own invocation is in flight, against its own listener, so every request below has a live server
state to get wrong. It never sends /next (a second waiting /next would take the next event) and
never answers its own invocation: the bootstrap does that last, which checks the server still works."""
import json
import random
import uuid

from .. import checks, wire
from ..inputs import long_text, mutate_bytes, pick, random_text
from . import raw_http

ALLOWED = {400, 403, 404, 405, 413, 414, 431}


def one_case(rng, port, request_id):
    other_id = pick(rng, [str(uuid.uuid4()), "", "x" * 5_000, "%00", "../" * 20, request_id.upper(), random_text(rng, 10)])
    other_id = "".join(c if 33 <= ord(c) < 127 and c not in "/?#" else "%%%02X" % (ord(c) & 0xFF) for c in other_id)
    shape = rng.randrange(6)
    if shape == 0:
        path = f"/2018-06-01/runtime/invocation/{other_id}/{pick(rng, ['response', 'error'])}"
        headers = [("Lambda-Runtime-Function-Error-Type", pick(rng, ["X", "", "y" * 9_000]))] if rng.random() < 0.5 else []
        data = pick(rng, [b"{}", b"", long_text(rng).encode()[:7_000_000], mutate_bytes(rng, b'{"errorMessage":"m"}')])
        return wire.request_bytes("POST", path, headers, data), True
    if shape == 1:
        path = pick(rng, ["/2018-06-01/runtime/invocation/", "/2018-06-01/runtime/", "/2018-06-01/runtime/init/x",
                          "/2018-06-01/runtime/invocation/next/x", "/2018-06-01/runtime/invocation/" + other_id,
                          "/2020-01-01/extension/register", "/", "/" + "a" * 9_000])
        return wire.request_bytes(pick(rng, ["GET", "POST", "PUT", "DELETE"]), path), True
    if shape == 2:
        method = pick(rng, ["PUT", "DELETE", "PATCH", "GET"])
        return wire.request_bytes(method, f"/2018-06-01/runtime/invocation/{request_id}/response", body=b"{}"), True
    if shape == 3:
        return wire.request_bytes("POST", "/2018-06-01/runtime/invocation/next"), True
    return raw_http.hostile_request(rng, f"/2018-06-01/runtime/invocation/{other_id}/response")


def run(event, port, request_id):
    probe = event.get("probe", {})
    seed, count = probe.get("seed", 0), probe.get("cases", 20)
    failures = []
    for index in range(count):
        rng = random.Random(f"{seed}:runtime:{index}")
        data, must_answer = one_case(rng, port, request_id)
        answer = wire.exchange(port, data, timeout=20, half_close=not must_answer)
        if answer.status is None and not must_answer and answer.failure in ("closed", "reset"):
            continue
        failure = checks.answered(answer, ALLOWED | (raw_http.ALLOWED - {200, 202}))
        if failure:
            failures.append(f"case {index}: {data[:100]!r}: {failure}")
    return {"cases": count, "failures": failures}
