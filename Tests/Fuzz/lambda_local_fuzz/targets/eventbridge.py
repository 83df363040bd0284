"""The EventBridge endpoint: PutEvents with deep, long and mutated entries, and the read operations."""
import json

from .. import checks
from ..context import AMZ_JSON_11
from ..inputs import deep_json_text, long_text, mutate_bytes, mutate_json, pick, random_json


def entry(rng):
    detail = pick(rng, [{"kind": "abc"}, {"kind": 5}, {"kind": None}, random_json(rng)])
    return {"Source": pick(rng, ["fuzz", "other", ""]), "DetailType": "fuzzed", "Detail": json.dumps(detail),
            "EventBusName": pick(rng, ["fuzz", "default", "nope", "arn:aws:events:us-east-1:123456789012:event-bus/fuzz"])}


def run_case(rng, context):
    operation = pick(rng, ["PutEvents", "PutEvents", "PutEvents", "ListEventBuses", "DescribeEventBus", "ListRules",
                           "PutRule", "Nope"])
    request = {"Entries": [entry(rng) for _ in range(rng.randrange(1, 4))]} if operation == "PutEvents" else \
        {"Name": "fuzz", "EventBusName": "fuzz"}
    attack = rng.randrange(5)
    if attack == 0 and operation == "PutEvents":
        request["Entries"][0]["Detail"] = pick(rng, [deep_json_text(rng), long_text(rng), "{", "[1]", "null"])
        data = json.dumps(request).encode()
    elif attack == 1 and operation == "PutEvents":
        request["Entries"] = request["Entries"] * pick(rng, [11, 5_000])
        data = json.dumps(request).encode()
    elif attack == 2:
        data = json.dumps(mutate_json(rng, request)).encode()
    elif attack == 3:
        data = pick(rng, [deep_json_text(rng).encode(), long_text(rng).encode(), b"{",
                          mutate_bytes(rng, json.dumps(request).encode())])
    else:
        data = json.dumps(request).encode()
    answer = context.aws(f"AWSEvents.{operation}", data, content_type=AMZ_JSON_11)
    failure = checks.aws_json(answer)
    return f"{operation}: {failure}" if failure else None
