"""Drives lambda-local's EventBridge endpoint with boto3, AWS's own SDK, and prints what it saw as JSON.

    eventbridge_client.py ENDPOINT put ENTRIES_JSON   PutEvents with these entries; prints the response
    eventbridge_client.py ENDPOINT error ENTRIES_JSON PutEvents expected to fail; prints the error code and message
    eventbridge_client.py ENDPOINT buses              ListEventBuses; prints the names
"""
import json
import sys

import boto3
import botocore.config
import botocore.exceptions


def client(endpoint):
    return boto3.client(
        "events", endpoint_url=endpoint, region_name="us-east-1",
        aws_access_key_id="local", aws_secret_access_key="local",
        config=botocore.config.Config(retries={"max_attempts": 1}))


def main():
    endpoint, command = sys.argv[1], sys.argv[2]
    events = client(endpoint)
    if command == "put":
        response = events.put_events(Entries=json.loads(sys.argv[3]))
        response.pop("ResponseMetadata", None)
        print(json.dumps(response))
    elif command == "error":
        try:
            events.put_events(Entries=json.loads(sys.argv[3]))
            print(json.dumps({"code": None}))
        except botocore.exceptions.ClientError as error:
            print(json.dumps({"code": error.response["Error"]["Code"], "message": error.response["Error"].get("Message", "")}))
        except botocore.exceptions.ParamValidationError as error:
            print(json.dumps({"code": "ParamValidationError", "message": str(error)}))
    elif command == "buses":
        print(json.dumps(sorted(bus["Name"] for bus in events.list_event_buses()["EventBuses"])))
    else:
        raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    main()
