"""The Lambda Invoke API: odd function names and qualifiers, headers, payloads of every size."""
import base64
import json
import urllib.parse

from .. import checks, wire
from ..inputs import deep_json_text, long_text, mutate_bytes, pick, random_json, random_text

ARN = "arn:aws:lambda:us-east-1:123456789012:function:"
# 5xx is lambda-local failing, never the client's mistake; a function's own error is a 200.
ALLOWED = {200, 202, 204, 400, 403, 404, 405, 413, 415}


def function_name(rng):
    return pick(rng, ["Echo", "Echo", "Tenanted", "Echo:$LATEST", "Echo:nope", "Echo:1", ARN + "Echo", ARN + "Echo:$LATEST",
                      "arn:aws:lambda:eu-west-1:000000000000:function:Echo", "Nope", "", "echo", "Echo%2Fx",
                      "../../etc/passwd", "Echo:", ":", "a" * pick(rng, [65, 200, 10_000]), random_text(rng, 12)])


def payload(rng):
    shape = rng.randrange(6)
    if shape == 0:
        return json.dumps(random_json(rng)).encode()
    if shape == 1:
        return deep_json_text(rng).encode()
    if shape == 2:
        return b'{"a":"' + b"x" * pick(rng, [1_048_577, 6_291_457, 7_000_000]) + b'"}'
    if shape == 3:
        return mutate_bytes(rng, b'{"name": "fuzz", "items": [1, 2, 3]}')
    if shape == 4:
        return pick(rng, [b"", b"null", b"\xff\xfe", long_text(rng).encode()])
    return b'{"name": "fuzz"}'


def run_case(rng, context):
    name = urllib.parse.quote(function_name(rng), safe=":$")
    path = f"/2015-03-31/functions/{name}/invocations"
    if rng.random() < 0.2:
        path += "?Qualifier=" + urllib.parse.quote(pick(rng, ["$LATEST", "nope", "1", "", "live"]))
    method = pick(rng, ["POST"] * 6 + ["GET", "PUT", "DELETE"])
    headers = [("X-Amz-Invocation-Type", pick(rng, ["RequestResponse", "Event", "DryRun", "Nope", ""]))]
    if rng.random() < 0.3:
        headers.append(("X-Amz-Log-Type", pick(rng, ["Tail", "None", "x"])))
    if rng.random() < 0.3:
        tenants = ["tenant-1", "tenant-2", "", " ", "t" * 300, "a/b", "\u00e9".encode().decode("latin-1")]
        headers.append(("X-Amz-Tenant-Id", pick(rng, tenants)))
    if rng.random() < 0.2:
        headers.append(("X-Amz-Client-Context", pick(rng, [
            base64.b64encode(b'{"custom":{"a":1}}').decode(), "%%%", base64.b64encode(b"x" * 4_000).decode()])))
    if rng.random() < 0.1:
        path = pick(rng, ["/2015-03-31/functions/", "/2015-03-31/functions/Echo", "/2015-03-31/functions/Echo/x",
                          "/2021-11-15/functions/Echo/response-streaming-invocations", "/2015-03-31/functions//invocations"])
    data = payload(rng)
    answer = wire.exchange(context.lambda_port, wire.request_bytes(method, path, headers, data), timeout=40)
    failure = checks.answered(answer, ALLOWED) or checks.rest_json_error(answer)
    return f"{method} {path[:120]} with {len(data)} bytes: {failure}" if failure else None
