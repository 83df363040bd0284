"""A Python function for lambda-local's tests."""

import os


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
