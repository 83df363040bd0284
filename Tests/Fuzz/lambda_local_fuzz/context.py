"""The running lambda-local the cases talk to, and the canary table's contents as last seen."""
import json

from . import wire

AMZ_JSON_10 = "application/x-amz-json-1.0"
AMZ_JSON_11 = "application/x-amz-json-1.1"


class Context:
    def __init__(self, server):
        self.server = server
        self.api_port = server.api_port
        self.lambda_port = server.lambda_port
        self.canary = None

    def aws(self, target, body, content_type=AMZ_JSON_10, timeout=wire.DEFAULT_TIMEOUT, extra_headers=()):
        """One AWS JSON protocol call on the services port, `body` as bytes or a JSON value."""
        if not isinstance(body, (bytes, bytearray)):
            body = json.dumps(body).encode()
        headers = [("X-Amz-Target", target), ("Content-Type", content_type),
                   ("Authorization", "AWS4-HMAC-SHA256 Credential=fuzz/20261207/us-east-1/dynamodb/aws4_request, "
                                     "SignedHeaders=host, Signature=0")]
        headers += list(extra_headers)
        return wire.exchange(self.lambda_port, wire.request_bytes("POST", "/", headers, bytes(body)), timeout=timeout)

    def scan_canary(self):
        """Every item of the canary table, in a canonical order (None if it could not be read)."""
        items, start = [], None
        while True:
            request = {"TableName": "canary", "ConsistentRead": True}
            if start:
                request["ExclusiveStartKey"] = start
            answer = self.aws("DynamoDB_20120810.Scan", request)
            if answer.status != 200:
                return None
            page = json.loads(answer.body)
            items += page.get("Items", [])
            start = page.get("LastEvaluatedKey")
            if not start:
                return sorted(json.dumps(item, sort_keys=True) for item in items)

    def remember_canary(self):
        self.canary = self.scan_canary()

    def canary_unchanged(self, what):
        """None when the canary table holds what it held before `what`, else the difference."""
        now = self.scan_canary()
        if now is None:
            return f"the canary table could not be scanned after {what}"
        if now != self.canary:
            before, after = set(self.canary or []), set(now)
            return (f"{what} was refused but changed the canary table: removed {sorted(before - after)[:3]}, "
                    f"added {sorted(after - before)[:3]}")
        return None
