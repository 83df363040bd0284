"""The Runtime API, by proxy: invokes `RuntimeProbe`, which fuzzes its own instance's listener (see
runtime_probe) and answers with what went wrong; the invocation itself must still succeed."""
import json

from .. import wire

CASES_PER_INVOCATION = 15


def run_case(rng, context):
    seed = rng.randrange(1 << 30)
    payload = json.dumps({"probe": {"seed": seed, "cases": CASES_PER_INVOCATION}}).encode()
    answer = wire.exchange(context.lambda_port, wire.request_bytes(
        "POST", "/2015-03-31/functions/RuntimeProbe/invocations", body=payload), timeout=120)
    if answer.status != 200 or answer.header("x-amz-function-error"):
        return f"RuntimeProbe (seed {seed}) did not finish: {answer!r}"
    report = json.loads(answer.body)
    if report.get("failures"):
        return f"Runtime API (probe seed {seed}): " + "; ".join(report["failures"][:5])
    return None
