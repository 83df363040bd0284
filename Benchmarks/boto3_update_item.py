"""boto3's side of the AWSClient benchmark: conditional UpdateItem operations per second.

    boto3_update_item.py ENDPOINT TABLE OPERATIONS

Creates TABLE at ENDPOINT (moto_server), then bumps one item's version OPERATIONS times, each
update conditional on the version the previous one wrote, one after another on one client.
Prints {"operations": ..., "seconds": ..., "opsPerSecond": ...}.
"""
import json
import sys
import time

import boto3
from botocore.config import Config

endpoint, table, operations = sys.argv[1], sys.argv[2], int(sys.argv[3])
client = boto3.client(
    "dynamodb", endpoint_url=endpoint, region_name="us-east-1",
    aws_access_key_id="bench", aws_secret_access_key="bench",
    config=Config(retries={"mode": "standard"}),
)
client.create_table(
    TableName=table, BillingMode="PAY_PER_REQUEST",
    KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
    AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
)
client.put_item(TableName=table, Item={"pk": {"S": "counter"}, "version": {"N": "0"}})
version = 0


def bump():
    global version
    client.update_item(
        TableName=table, Key={"pk": {"S": "counter"}},
        UpdateExpression="SET #v = :next", ConditionExpression="#v = :expected",
        ExpressionAttributeNames={"#v": "version"},
        ExpressionAttributeValues={":expected": {"N": str(version)}, ":next": {"N": str(version + 1)}},
    )
    version += 1


for _ in range(min(operations, 100)):
    bump()
started = time.perf_counter()
for _ in range(operations):
    bump()
seconds = time.perf_counter() - started
print(json.dumps({"operations": operations, "seconds": seconds, "opsPerSecond": operations / seconds}))
