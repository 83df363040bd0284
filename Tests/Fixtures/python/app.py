"""A Python function for lambda-local's tests."""


def handler(event, context):
    if event.get("fail"):
        raise ValueError("python says no")
    print("python handler ran")
    return {
        "runtime": "python",
        "echo": event,
        "requestId": context.aws_request_id,
        "functionName": context.function_name,
        "memoryLimit": context.memory_limit_in_mb,
    }
