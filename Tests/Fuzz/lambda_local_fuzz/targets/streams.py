"""The DynamoDB Streams endpoint: its four operations with mutated members and garbage bodies."""
import json

from .. import checks
from ..inputs import deep_json_text, long_text, mutate_bytes, mutate_json, pick


def base_request(rng, operation, stream_arn):
    if operation == "ListStreams":
        return pick(rng, [{}, {"TableName": "canary"}, {"TableName": "canary", "Limit": 1}])
    if operation == "DescribeStream":
        return {"StreamArn": stream_arn}
    if operation == "GetShardIterator":
        return {"StreamArn": stream_arn, "ShardId": "shardId-00000000000000000000-00000001",
                "ShardIteratorType": pick(rng, ["TRIM_HORIZON", "LATEST", "AT_SEQUENCE_NUMBER", "AFTER_SEQUENCE_NUMBER"]),
                "SequenceNumber": pick(rng, ["1", "0", "-1", "99999999999999999999999", "x"])}
    return {"ShardIterator": pick(rng, ["", "x" * 3000, stream_arn + "|1", "not-an-iterator"]), "Limit": rng.randrange(-2, 2000)}


def run_case(rng, context):
    stream_arn = context.stream_arn
    operation = pick(rng, ["ListStreams", "DescribeStream", "GetShardIterator", "GetRecords", "Nope"])
    request = base_request(rng, operation, stream_arn)
    attack = rng.randrange(4)
    if attack == 0:
        data = json.dumps(mutate_json(rng, request)).encode()
    elif attack == 1:
        data = pick(rng, [deep_json_text(rng).encode(), long_text(rng).encode(), b"{", b"[1]", b"null",
                          mutate_bytes(rng, json.dumps(request).encode())])
    else:
        data = json.dumps(request).encode()
    answer = context.aws(f"DynamoDBStreams_20120810.{operation}", data)
    failure = checks.aws_json(answer)
    return f"{operation}: {failure}" if failure else None
