"""Drives lambda-local's Invoke API with boto3, AWS's own SDK, and prints what it saw as JSON.

    lambda_client.py ENDPOINT invoke FUNCTION [--payload JSON] [--type T] [--tail] [--raw-size N] [--qualifier Q] [--tenant-id T]
    lambda_client.py ENDPOINT parallel FUNCTION COUNT [--payloads JSON-LIST] [--tenants JSON-LIST]
"""
import argparse
import base64
import concurrent.futures
import json
import sys
import time

import boto3
import botocore.config
import botocore.exceptions


def client(endpoint):
    return boto3.client(
        "lambda",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="local",
        aws_secret_access_key="local",
        config=botocore.config.Config(retries={"max_attempts": 1}, read_timeout=60, max_pool_connections=100),
    )


def invoke(lambda_client, function, payload, invocation_type="RequestResponse", tail=False, qualifier=None, tenant=None):
    started = time.monotonic()
    arguments = {"FunctionName": function, "InvocationType": invocation_type, "Payload": payload}
    if tenant is not None:
        arguments["TenantId"] = tenant
    if tail:
        arguments["LogType"] = "Tail"
    if qualifier is not None:
        arguments["Qualifier"] = qualifier
    try:
        response = lambda_client.invoke(**arguments)
    except botocore.exceptions.ClientError as error:
        return {
            "error": error.response["Error"]["Code"],
            "message": error.response["Error"].get("Message", ""),
            "status": error.response["ResponseMetadata"]["HTTPStatusCode"],
        }
    body = response["Payload"].read()
    result = {
        "status": response["StatusCode"],
        "functionError": response.get("FunctionError"),
        "executedVersion": response.get("ExecutedVersion"),
        "payload": body.decode("utf-8", "replace"),
        "seconds": time.monotonic() - started,
        "tenant": tenant,
    }
    if "LogResult" in response:
        result["log"] = base64.b64decode(response["LogResult"]).decode("utf-8", "replace")
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("endpoint")
    commands = parser.add_subparsers(dest="command", required=True)
    one = commands.add_parser("invoke")
    one.add_argument("function")
    one.add_argument("--payload", default="{}")
    one.add_argument("--raw-size", type=int, default=0)
    one.add_argument("--type", default="RequestResponse")
    one.add_argument("--tail", action="store_true")
    one.add_argument("--qualifier")
    one.add_argument("--tenant-id")
    many = commands.add_parser("parallel")
    many.add_argument("function")
    many.add_argument("count", type=int)
    many.add_argument("--payloads", default='["{}"]')
    many.add_argument("--tenants", default="[null]")
    arguments = parser.parse_args()

    lambda_client = client(arguments.endpoint)
    if arguments.command == "invoke":
        payload = arguments.payload.encode()
        if arguments.raw_size:
            payload = b'"' + b"x" * (arguments.raw_size - 2) + b'"'
        print(json.dumps(invoke(
            lambda_client, arguments.function, payload, arguments.type, arguments.tail, arguments.qualifier,
            arguments.tenant_id)))
    else:
        payloads = json.loads(arguments.payloads)
        tenants = json.loads(arguments.tenants)
        started = time.monotonic()
        with concurrent.futures.ThreadPoolExecutor(max_workers=arguments.count) as pool:
            futures = [
                pool.submit(
                    invoke, lambda_client, arguments.function, payloads[index % len(payloads)].encode(),
                    tenant=tenants[index % len(tenants)])
                for index in range(arguments.count)
            ]
            results = [future.result() for future in futures]
        print(json.dumps({"seconds": time.monotonic() - started, "results": results}))


if __name__ == "__main__":
    sys.exit(main())
