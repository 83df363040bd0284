"""Runs the cases: a fixed number per target, each from its own seeded generator, so a failure's
seed, target and index replay it alone."""
import json
import os
import random
import time

from .context import Context
from .server import Server
from .targets import dynamodb, eventbridge, invoke, raw_http, routes, runtime_api, streams, templates

# Cases per target in one run of the default budget: together well under a minute here.
TARGETS = {
    "dynamodb": (dynamodb, 600),
    "streams": (streams, 120),
    "eventbridge": (eventbridge, 150),
    "invoke": (invoke, 120),
    "routes": (routes, 150),
    "raw-http": (raw_http, 200),
    "runtime-api": (runtime_api, 6),
    "templates": (templates, 24),
}
HEALTH_EVERY = 25
# A crash is reported and lambda-local started again, so one run shows every crash it finds; past
# this many the run ends.
MAX_RESTARTS = 5


def fill_canary(context):
    items = [{"pk": {"S": f"item-{i}"}, "sk": {"N": str(s)}, "a": {"S": "x"}, "g": {"S": f"g{i % 3}"},
              "n": {"N": str(i * s)}, "l": {"L": [{"S": "x"}, {"N": "1"}]}, "m": {"M": {"k": {"BOOL": True}}}}
             for i in range(40) for s in range(3)]
    for start in range(0, len(items), 25):
        batch = {"RequestItems": {"canary": [{"PutRequest": {"Item": item}} for item in items[start:start + 25]]}}
        answer = context.aws("DynamoDB_20120810.BatchWriteItem", batch)
        if answer.status != 200:
            raise RuntimeError(f"could not fill the canary table: {answer!r}")
    context.remember_canary()
    table = json.loads(context.aws("DynamoDB_20120810.DescribeTable", {"TableName": "canary"}).body)
    context.stream_arn = table["Table"]["LatestStreamArn"]


def run(lambda_local, seed, scale, only, single_case, log_dir, deadline_seconds):
    project = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "project")
    template = os.path.join(project, "template.yaml")
    os.makedirs(log_dir, exist_ok=True)
    log_index = 0

    def start():
        nonlocal log_index
        log_index += 1
        server = Server(lambda_local, template, os.path.join(log_dir, f"lambda-local-{log_index}.log"))
        context = Context(server)
        context.lambda_local = lambda_local
        with open(template, "rb") as file:
            context.fuzz_template = file.read().replace(b"CodeUri: function", b"CodeUri: " + os.path.join(
                project, "function").encode())
        fill_canary(context)
        return server, context

    failures, counts, logs = [], {}, []
    started = time.monotonic()
    server, context = start()
    try:
        plan = []
        for name, (module, count) in TARGETS.items():
            if only and name not in only:
                continue
            indexes = [single_case] if single_case is not None else range(max(1, int(count * scale)))
            plan += [(index, name, module) for index in indexes]
        # Interleaved, so that every target runs while the others' leftovers (instances, stream
        # batches, rule deliveries) are still in flight.
        plan.sort(key=lambda entry: (entry[0] / TARGETS[entry[1]][1], entry[1]))
        for done, (index, name, module) in enumerate(plan):
            if time.monotonic() - started > deadline_seconds:
                print(f"fuzz: stopped at the {deadline_seconds} s limit after {done} of {len(plan)} cases")
                break
            rng = random.Random(f"{seed}:{name}:{index}")
            try:
                failure = module.run_case(rng, context)
            except Exception as error:  # a case that cannot even be judged is a failure too
                failure = f"the case raised {type(error).__name__}: {error}"
            counts[name] = counts.get(name, 0) + 1
            down = server.down()
            if failure and "no answer" in failure and not down:
                time.sleep(0.5)  # a crash takes a moment to become an exit status
                down = server.down()
            if failure is None and down is None and done % HEALTH_EVERY == HEALTH_EVERY - 1 and not server.healthy():
                failure = "lambda-local stopped answering a plain ListTables in 20 s"
            if failure or down:
                failures.append((name, index, failure or down))
                print(f"fuzz: FAIL {name} case {index}: {(failure or down)[:2000]}")
                print(f"fuzz:   replay: python3 Tests/Fuzz/run.py --seed {seed} --only {name} --case {index}")
            if down or server.down():
                logs.append(server.log_path)
                server.stop()
                if len(logs) > MAX_RESTARTS:
                    print(f"fuzz: lambda-local went down {len(logs)} times; the run ends here")
                    server = None
                    break
                server, context = start()
        if server and not server.down() and not server.healthy():
            failures.append(("end", 0, "lambda-local did not answer at the end of the run"))
    finally:
        if server:
            server.stop()
    elapsed = time.monotonic() - started
    summary = ", ".join(f"{name} {count}" for name, count in counts.items())
    print(f"fuzz: seed {seed}, {sum(counts.values())} cases in {elapsed:.1f} s ({summary}), {len(failures)} failed")
    if failures:
        print(f"fuzz: lambda-local's logs: {' '.join(logs + ([server.log_path] if server else []))}")
    return not failures
