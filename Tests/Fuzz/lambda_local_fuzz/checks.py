"""What a well-formed answer is, per protocol. Each check returns None or the failure, in words."""
import json


def answered(answer, allowed):
    """A response arrived, with one of the allowed statuses."""
    if answer.status is None:
        return f"no answer ({answer.failure})"
    if answer.status not in allowed:
        return f"status {answer.status} (allowed {sorted(allowed)}): {answer.body[:300]!r}"
    return None


def aws_json(answer, allowed=(200, 400, 413)):
    """AWS's JSON protocols: a JSON object body; errors name their type and say why."""
    failure = answered(answer, allowed)
    if failure:
        return failure
    try:
        body = json.loads(answer.body) if answer.body else None
    except ValueError:
        return f"status {answer.status} with a body that is not JSON: {answer.body[:300]!r}"
    if not isinstance(body, dict):
        return f"status {answer.status} with a body that is not a JSON object: {answer.body[:300]!r}"
    if answer.status >= 400:
        if not isinstance(body.get("__type"), str) or not body["__type"]:
            return f"error {answer.status} without __type: {answer.body[:300]!r}"
        message = body.get("message", body.get("Message"))
        if not isinstance(message, str) or not message:
            return f"error {answer.status} without a message: {answer.body[:300]!r}"
    return None


def rest_json_error(answer):
    """Lambda's REST-JSON errors: the code in X-Amzn-ErrorType, a JSON body with the message."""
    if answer.status is not None and answer.status >= 400:
        if not answer.header("x-amzn-errortype"):
            return f"error {answer.status} without X-Amzn-ErrorType: {answer.body[:300]!r}"
        try:
            body = json.loads(answer.body)
        except ValueError:
            return f"error {answer.status} whose body is not JSON: {answer.body[:300]!r}"
        if not isinstance(body, dict) or not (body.get("message") or body.get("Message")):
            return f"error {answer.status} without a message: {answer.body[:300]!r}"
    return None
