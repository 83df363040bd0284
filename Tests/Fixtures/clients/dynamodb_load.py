"""Load against a DynamoDB endpoint with boto3, for the concurrency and crash-safety tests.

    dynamodb_load.py ENDPOINT counter TABLE CLIENTS LIMIT   CLIENTS threads add 1 while below LIMIT
    dynamodb_load.py ENDPOINT write TABLE LOG               writes items 0, 1, 2, ... and appends each
                                                            acknowledged id to LOG, until the server dies
    dynamodb_load.py ENDPOINT verify TABLE LOG              which acknowledged ids are missing, as items and as stream records
"""
import concurrent.futures
import json
import sys

import boto3
import botocore.config
import botocore.exceptions


def client(endpoint):
    return boto3.client(
        "dynamodb", endpoint_url=endpoint, region_name="us-east-1",
        aws_access_key_id="local", aws_secret_access_key="local",
        config=botocore.config.Config(retries={"max_attempts": 1}, max_pool_connections=100, connect_timeout=2, read_timeout=10))


def counter(endpoint, table, clients, limit):
    def worker(_):
        dynamodb = client(endpoint)
        accepted = 0
        while True:
            try:
                dynamodb.update_item(
                    TableName=table, Key={"id": {"S": "counter"}}, UpdateExpression="ADD n :one",
                    ConditionExpression="attribute_not_exists(n) OR n < :limit",
                    ExpressionAttributeValues={":one": {"N": "1"}, ":limit": {"N": str(limit)}})
                accepted += 1
            except botocore.exceptions.ClientError as error:
                if error.response["Error"]["Code"] == "ConditionalCheckFailedException":
                    return accepted
                raise
    with concurrent.futures.ThreadPoolExecutor(max_workers=clients) as pool:
        accepted = sum(pool.map(worker, range(clients)))
    final = client(endpoint).get_item(TableName=table, Key={"id": {"S": "counter"}})["Item"]["n"]["N"]
    return {"accepted": accepted, "final": int(final)}


def write(endpoint, table, log):
    dynamodb = client(endpoint)
    with open(log, "a") as acknowledged:
        index = 0
        while True:
            try:
                dynamodb.put_item(TableName=table, Item={"id": {"S": f"item-{index}"}, "n": {"N": str(index)}})
            except Exception:
                return {"written": index}
            acknowledged.write(f"item-{index}\n")
            acknowledged.flush()
            index += 1


def verify(endpoint, table, log):
    dynamodb = client(endpoint)
    ids = [line.strip() for line in open(log) if line.strip()]
    missing = [identifier for identifier in ids
               if "Item" not in dynamodb.get_item(TableName=table, Key={"id": {"S": identifier}})]
    result = {"acknowledged": len(ids), "missing": missing}
    stream_arn = dynamodb.describe_table(TableName=table)["Table"].get("LatestStreamArn")
    if stream_arn:
        inserted = stream_inserts(endpoint, stream_arn)
        result["missingStreamRecords"] = [identifier for identifier in ids if identifier not in inserted]
    return result


def stream_inserts(endpoint, stream_arn):
    """The keys of every INSERT record on the table's stream, read through the Streams API."""
    streams = boto3.client(
        "dynamodbstreams", endpoint_url=endpoint, region_name="us-east-1",
        aws_access_key_id="local", aws_secret_access_key="local")
    inserted = set()
    for shard in streams.describe_stream(StreamArn=stream_arn)["StreamDescription"]["Shards"]:
        iterator = streams.get_shard_iterator(
            StreamArn=stream_arn, ShardId=shard["ShardId"], ShardIteratorType="TRIM_HORIZON")["ShardIterator"]
        while iterator:
            page = streams.get_records(ShardIterator=iterator, Limit=1000)
            for record in page["Records"]:
                if record["eventName"] == "INSERT":
                    inserted.add(record["dynamodb"]["Keys"]["id"]["S"])
            if not page["Records"]:
                break
            iterator = page.get("NextShardIterator")
    return inserted


def main():
    endpoint, command, table = sys.argv[1], sys.argv[2], sys.argv[3]
    if command == "counter":
        print(json.dumps(counter(endpoint, table, int(sys.argv[4]), int(sys.argv[5]))))
    elif command == "write":
        print(json.dumps(write(endpoint, table, sys.argv[4])))
    elif command == "verify":
        print(json.dumps(verify(endpoint, table, sys.argv[4])))


if __name__ == "__main__":
    sys.exit(main())
