"""The template's parsers (YAML, intrinsics, conditions, properties), through the CLI: a damaged or
hostile template.yaml must end `lambda-local invoke` with a named error and status 2, never a crash."""
import os
import subprocess
import tempfile

from ..inputs import mutate_bytes, pick

CRASH_SIGNS = ("Fatal error", "Stack dump", "Segmentation fault", "Illegal instruction", "Current stack trace")


def hostile_template(rng, base):
    shape = rng.randrange(8)
    if shape == 0:
        return mutate_bytes(rng, base)
    if shape == 1:
        depth = pick(rng, [100, 5_000, 50_000])
        return base.replace(b"Timeout: 10", b"Timeout: " + b"[" * depth + b"1" + b"]" * depth)
    if shape == 2:
        depth = pick(rng, [100, 10_000])
        nested = b'{"Fn::If": ["C", ' * depth + b"5" + b', 6]}' * depth
        return base.replace(b"Timeout: 10", b"Timeout: " + nested).replace(
            b"Resources:", b"Conditions:\n  C: {\"Fn::Equals\": [a, a]}\nResources:")
    if shape == 3:
        value = pick(rng, [b"-5", b"0", b"901", b"1e400", b"abc", b"[1]", b"{a: 1}", b"99999999999999999999999"])
        return base.replace(b"Timeout: 10", b"Timeout: " + value)
    if shape == 4:
        value = pick(rng, [b'!Sub "${unclosed"', b'!Sub "${}"', b'!Sub "${!Literal}"', b"!Sub [a, b, c]",
                           b"!Ref Nope", b"!GetAtt Nope.Arn", b"!Join [\",\", !Ref X]", b"!Select [99, [a]]",
                           b'!Sub "' + b"${AWS::Region}" * 20_000 + b'"'])
        return base.replace(b"Handler: echo", b"Handler: " + value)
    if shape == 5:
        depth = pick(rng, [50, 5_000])
        conditions = b"Conditions:\n  C: " + b'{"Fn::Not": [' * depth + b'{"Fn::Equals": [a, a]}' + b"]}" * depth + b"\n"
        return base.replace(b"Resources:", conditions + b"Resources:").replace(b"  Echo:\n", b"  Echo:\n    Condition: C\n")
    if shape == 6:
        cycle = b"Conditions:\n  A: {Condition: B}\n  B: {Condition: A}\n"
        return base.replace(b"Resources:", cycle + b"Resources:").replace(b"  Echo:\n", b"  Echo:\n    Condition: A\n")
    return base.replace(b"CodeUri: ", b"CodeUri: " + pick(rng, [b"s3://bucket/key.zip #", b"/nonexistent/", b"\"\" #"]))


def run_case(rng, context):
    base = context.fuzz_template
    template = hostile_template(rng, base)
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "template.yaml")
        with open(path, "wb") as file:
            file.write(template)
        try:
            run = subprocess.run(
                [context.lambda_local, "invoke", "Echo", "--template", path, "--in-memory", "--skip-build", "-e", "-"],
                input=b"{}", capture_output=True, timeout=60, cwd=folder)
        except subprocess.TimeoutExpired:
            return f"lambda-local invoke did not end in 60 s on template {template[:200]!r}"
    stderr = run.stderr.decode("utf-8", "replace")
    if run.returncode not in (0, 1, 2) or any(sign in stderr for sign in CRASH_SIGNS):
        return f"lambda-local invoke ended with status {run.returncode} on template {template[:300]!r}: {stderr[-600:]}"
    if run.returncode == 2 and "lambda-local: error: " not in stderr:
        return f"status 2 without a named error on template {template[:300]!r}: {stderr[-600:]}"
    return None
