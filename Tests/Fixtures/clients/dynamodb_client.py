"""Drives lambda-local's DynamoDB endpoint with boto3, AWS's own SDK, and prints what it saw as JSON.

    dynamodb_client.py ENDPOINT scenario     tables, writes, a query, a failed condition, a missing table
    dynamodb_client.py ENDPOINT count TABLE  how many items a scan finds
"""
import json
import sys

import boto3
import botocore.config
import botocore.exceptions


def client(endpoint):
    return boto3.client(
        "dynamodb", endpoint_url=endpoint, region_name="us-east-1",
        aws_access_key_id="local", aws_secret_access_key="local",
        config=botocore.config.Config(retries={"max_attempts": 1}))


def error_code(call):
    try:
        call()
    except botocore.exceptions.ClientError as error:
        return error.response["Error"]["Code"], error.response["Error"].get("Message", "")
    return None, None


def scenario(dynamodb):
    result = {"tables": dynamodb.list_tables()["TableNames"]}
    for index in range(5):
        dynamodb.put_item(TableName="orders", Item={"pk": {"S": "a"}, "sk": {"N": str(index)}, "v": {"S": f"item{index}"}})
    page = dynamodb.query(
        TableName="orders", KeyConditionExpression="pk = :p AND sk > :s",
        ExpressionAttributeValues={":p": {"S": "a"}, ":s": {"N": "1"}}, ScanIndexForward=False)
    result["descending"] = [item["sk"]["N"] for item in page["Items"]]
    result["conditional"], _ = error_code(lambda: dynamodb.put_item(
        TableName="orders", Item={"pk": {"S": "a"}, "sk": {"N": "1"}}, ConditionExpression="attribute_not_exists(pk)"))
    result["missingTable"], result["missingTableMessage"] = error_code(
        lambda: dynamodb.get_item(TableName="nope", Key={"id": {"S": "x"}}))
    result["badExpression"], result["badExpressionMessage"] = error_code(lambda: dynamodb.update_item(
        TableName="orders", Key={"pk": {"S": "a"}, "sk": {"N": "1"}}, UpdateExpression="SET v = = :x",
        ExpressionAttributeValues={":x": {"S": "y"}}))
    updated = dynamodb.update_item(
        TableName="orders", Key={"pk": {"S": "a"}, "sk": {"N": "1"}}, UpdateExpression="ADD hits :one",
        ExpressionAttributeValues={":one": {"N": "1"}}, ReturnValues="ALL_NEW")
    result["hits"] = updated["Attributes"]["hits"]["N"]
    result["simpleTableKey"] = dynamodb.describe_table(TableName="Users")["Table"]["KeySchema"][0]["AttributeName"]
    dynamodb.batch_write_item(RequestItems={"Users": [
        {"PutRequest": {"Item": {"id": {"S": f"user{index}"}, "credits": {"N": "5"}}}} for index in range(3)]})
    got = dynamodb.batch_get_item(RequestItems={"Users": {"Keys": [{"id": {"S": "user0"}}, {"id": {"S": "user2"}}]}})
    result["batchGot"] = sorted(item["id"]["S"] for item in got["Responses"]["Users"])
    try:
        dynamodb.transact_write_items(TransactItems=[
            {"Update": {"TableName": "Users", "Key": {"id": {"S": "user0"}}, "UpdateExpression": "ADD credits :n",
                        "ExpressionAttributeValues": {":n": {"N": "-1"}}}},
            {"ConditionCheck": {"TableName": "Users", "Key": {"id": {"S": "user1"}},
                                "ConditionExpression": "credits > :limit", "ExpressionAttributeValues": {":limit": {"N": "10"}}}},
        ])
        result["transaction"] = "committed"
    except botocore.exceptions.ClientError as error:
        result["transaction"] = error.response["Error"]["Code"]
        result["reasons"] = [reason["Code"] for reason in error.response.get("CancellationReasons", [])]
    after = dynamodb.get_item(TableName="Users", Key={"id": {"S": "user0"}})
    result["creditsAfterCancel"] = after["Item"]["credits"]["N"]
    return result


def stream(endpoint):
    """Writes to the streamed table, then reads its stream as the SDK would."""
    dynamodb = client(endpoint)
    streams = boto3.client(
        "dynamodbstreams", endpoint_url=endpoint, region_name="us-east-1",
        aws_access_key_id="local", aws_secret_access_key="local")
    dynamodb.put_item(TableName="events", Item={"id": {"S": "a"}, "v": {"N": "1"}})
    dynamodb.update_item(TableName="events", Key={"id": {"S": "a"}}, UpdateExpression="SET v = :two",
                         ExpressionAttributeValues={":two": {"N": "2"}})
    dynamodb.delete_item(TableName="events", Key={"id": {"S": "a"}})
    listed = streams.list_streams(TableName="events")["Streams"]
    arn = listed[0]["StreamArn"]
    described = streams.describe_stream(StreamArn=arn)["StreamDescription"]
    shard = described["Shards"][0]["ShardId"]
    iterator = streams.get_shard_iterator(StreamArn=arn, ShardId=shard, ShardIteratorType="TRIM_HORIZON")["ShardIterator"]
    page = streams.get_records(ShardIterator=iterator)
    latest = streams.get_shard_iterator(StreamArn=arn, ShardId=shard, ShardIteratorType="LATEST")["ShardIterator"]
    dynamodb.put_item(TableName="events", Item={"id": {"S": "b"}})
    after = streams.get_records(ShardIterator=latest)["Records"]
    return {
        "streams": len(listed),
        "viewType": described["StreamViewType"],
        "events": [record["eventName"] for record in page["Records"]],
        "modifyOld": page["Records"][1]["dynamodb"]["OldImage"]["v"]["N"],
        "modifyNew": page["Records"][1]["dynamodb"]["NewImage"]["v"]["N"],
        "afterLatest": [record["dynamodb"]["Keys"]["id"]["S"] for record in after],
        "next": bool(page.get("NextShardIterator")),
    }


def main():
    endpoint, command = sys.argv[1], sys.argv[2]
    dynamodb = client(endpoint)
    if command == "scenario":
        print(json.dumps(scenario(dynamodb)))
    elif command == "stream":
        print(json.dumps(stream(endpoint)))
    elif command == "put":
        for identifier in sys.argv[4:]:
            dynamodb.put_item(TableName=sys.argv[3], Item={"id": {"S": identifier}})
        print(json.dumps({"put": len(sys.argv) - 4}))
    elif command == "batch":
        dynamodb.batch_write_item(RequestItems={sys.argv[3]: [
            {"PutRequest": {"Item": {"id": {"S": identifier}}}} for identifier in sys.argv[4:]]})
        print(json.dumps({"put": len(sys.argv) - 4}))
    elif command == "count":
        print(json.dumps({"count": dynamodb.scan(TableName=sys.argv[3], Select="COUNT")["Count"]}))


if __name__ == "__main__":
    sys.exit(main())
