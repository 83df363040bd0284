#!/usr/bin/env python3
"""moto's own DynamoDB test suite, in its server mode, against a lambda-local started here.

    python3 Tests/Conformance/moto_dynamodb/run.py [--lambda-local PATH] [--at-least N] [-k EXPR]

Fetches moto's source distribution from PyPI once (it carries the tests), runs the test files
that exercise the service (not moto's internals, nor other services), and prints the counts. Tests
whose expectation contradicts AWS's documented behaviour are listed in expected-differences.txt
with the reason, and counted apart."""
import argparse
import glob
import os
import socket
import subprocess
import sys
import tarfile
import time
import xml.etree.ElementTree as ElementTree

MOTO_VERSION = "5.2.3"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))

# Files left out, and why: they test moto itself or need services lambda-local does not run.
EXCLUDED_FILES = {
    "test_dynamodb_cloudformation.py": "needs CloudFormation",
    "test_dynamodb_export_table.py": "needs S3",
    "test_dynamodb_import_table.py": "needs S3",
    "test_dynamodb_iam_permission.py": "needs IAM and STS",
    "test_dynamodb_resource_policy.py": "needs IAM resource policies",
    "test_dynamodb_account_mode.py": "needs STS and moto's account settings",
    "test_dynamodb_executor.py": "moto's expression executor, called directly",
    "test_dynamodb_expression_tokenizer.py": "moto's tokenizer, called directly",
    "test_dynamodb_expressions.py": "moto's expression parser, called directly",
    "test_dynamodb_utils.py": "moto's helpers, called directly",
    "test_server.py": "moto's Flask server, called directly",
}


def moto_source(cache):
    folder = os.path.join(cache, f"moto-{MOTO_VERSION}")
    if os.path.isdir(os.path.join(folder, "tests", "test_dynamodb")):
        return folder
    os.makedirs(cache, exist_ok=True)
    subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check", "--no-deps",
                    "--no-binary", ":all:", f"moto=={MOTO_VERSION}", "-d", cache], check=True)
    with tarfile.open(os.path.join(cache, f"moto-{MOTO_VERSION}.tar.gz")) as archive:
        archive.extractall(cache, filter="data")
    return folder


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def expected_differences():
    listed = {}
    with open(os.path.join(HERE, "expected-differences.txt")) as file:
        for line in file:
            line = line.strip()
            if line and not line.startswith("#"):
                test, _, reason = line.partition(" ")
                if not reason.strip():
                    sys.exit(f"expected-differences.txt: {test} has no reason")
                listed[test] = reason.strip()
    return listed


def start_lambda_local(lambda_local, port, log):
    project = os.path.join(ROOT, "Tests", "Fuzz", "project")
    process = subprocess.Popen(
        [lambda_local, "start-lambda", "--template", os.path.join(project, "template.yaml"), "--in-memory",
         "--skip-build", "--port", str(port)], stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, cwd=project)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"lambda-local exited with status {process.returncode} at start")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return process
        except OSError:
            time.sleep(0.2)
    sys.exit("lambda-local did not listen within 120 s")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lambda-local", default=os.path.join(ROOT, ".build", "debug", "lambda-local"))
    parser.add_argument("--cache", default=os.path.join(ROOT, ".build", "moto-suite"))
    parser.add_argument("--at-least", type=int, default=0, help="fail unless at least this many tests pass")
    parser.add_argument("-k", dest="keyword", help="pytest's -k, to run some tests only")
    arguments = parser.parse_args()

    source = moto_source(arguments.cache)
    tests = sorted(path for path in glob.glob(os.path.join(source, "tests", "test_dynamodb", "**", "test_*.py"),
                                              recursive=True) if os.path.basename(path) not in EXCLUDED_FILES)
    listed = expected_differences()
    port = free_port()
    report = os.path.join(arguments.cache, "report.xml")
    with open(os.path.join(arguments.cache, "lambda-local.log"), "wb") as log:
        server = start_lambda_local(os.path.abspath(arguments.lambda_local), port, log)
        try:
            environment = dict(os.environ, TEST_SERVER_MODE="true", TEST_SERVER_MODE_ENDPOINT=f"http://127.0.0.1:{port}",
                               AWS_ACCESS_KEY_ID="testing", AWS_SECRET_ACCESS_KEY="testing", AWS_DEFAULT_REGION="us-east-1",
                               PYTHONPATH=os.pathsep.join([HERE, source]))
            command = [sys.executable, "-m", "pytest", "-q", "-p", "lambda_local_reset", "-p", "no:cacheprovider",
                       "--timeout=60", f"--junitxml={report}", "-o", "junit_family=xunit1",
                       *tests] + (["-k", arguments.keyword] if arguments.keyword else [])
            subprocess.run(command, cwd=source, env=environment, stdout=subprocess.DEVNULL)
        finally:
            server.terminate()
            server.wait(timeout=30)
    return summarize(report, listed, arguments.at_least)


def summarize(report, listed, at_least):
    passed, failed, skipped, differences, unexpected_passes = [], [], [], [], []
    for case in ElementTree.parse(report).getroot().iter("testcase"):
        name = f"{case.get('file') or case.get('classname')}::{case.get('name')}".replace("tests/test_dynamodb/", "")
        name = name.replace("tests.test_dynamodb.", "")
        outcome = "passed"
        for child in case:
            if child.tag in ("failure", "error"):
                outcome = "failed"
            elif child.tag == "skipped":
                outcome = "skipped"
        key = name.split("::", 1)[-1] if name.split("::", 1)[-1] in listed else name
        if outcome == "skipped":
            skipped.append(name)
        elif key in listed or name in listed:
            (unexpected_passes if outcome == "passed" else differences).append(name)
        else:
            (passed if outcome == "passed" else failed).append(name)
    with open(os.path.join(os.path.dirname(report), "failed.txt"), "w") as file:
        file.write("\n".join(sorted(failed)) + "\n")
    counted = len(passed) + len(failed)
    share = 100.0 * len(passed) / counted if counted else 0.0
    print(f"moto {MOTO_VERSION} DynamoDB suite against lambda-local: {len(passed)} of {counted} passed ({share:.1f}%), "
          f"{len(failed)} failed, {len(differences)} listed as contradicting AWS, {len(skipped)} skipped by moto")
    for name in unexpected_passes:
        print(f"  listed but passing (take it off the list): {name}")
    if len(passed) < at_least:
        print(f"fewer than the {at_least} tests that passed before; the failures are in {os.path.dirname(report)}/failed.txt")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
