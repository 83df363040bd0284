"""A Python function for lambda-local's tests."""

import json
import os
import signal
import time


def handler(event, context):
    # Behind API Gateway the settings come as query parameters.
    settings = {**(event.get("queryStringParameters") or {}), **event}
    size = int(settings.get("bytes") or 0)
    if settings.get("fail"):
        raise ValueError("x" * size if size else "python says no")
    if size:
        # A JSON string of exactly `size` bytes, quotes included.
        return "x" * (size - 2)
    print("python handler ran")
    return {
        "runtime": "python",
        "echo": event,
        "requestId": context.aws_request_id,
        "functionName": context.function_name,
        "memoryLimit": context.memory_limit_in_mb,
        "pid": os.getpid(),
    }


def environment(event, context):
    """Sleeps (1 s unless the event says), then says which process and execution environment ran it.

    A Managed Instances runtime may run several invocations at once: awslambdaric forks a worker
    process per slot, so the environment is the process group, the runtime's own process id.
    """
    settings = {**(event.get("queryStringParameters") or {}), **event}
    if settings.get("crash"):
        time.sleep(float(settings.get("after", 0)))
        os.killpg(os.getpgid(0), signal.SIGKILL)
    time.sleep(float(settings.get("seconds", 1)))
    body = {
        "pid": os.getpid(),
        "environment": os.getpgid(0),
        "tenantId": context.tenant_id,
        "maxConcurrency": os.environ.get("AWS_LAMBDA_MAX_CONCURRENCY"),
    }
    if "requestContext" in event:
        return {"statusCode": 200, "body": json.dumps(body)}
    return body
