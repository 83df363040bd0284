"""A pytest plugin for moto's tests in server mode against lambda-local: lambda-local has no
/moto-api/reset, so every table is deleted before each test instead. Tests of a class that
creates its table once for all of them (setup_class) keep it: the next test outside a class
deletes it."""
import os

import boto3
import pytest


@pytest.fixture(autouse=True)
def no_tables_left(request):
    if request.cls is not None and hasattr(request.cls, "setup_class"):
        yield
        return
    client = boto3.session.Session().client(
        "dynamodb", endpoint_url=os.environ["TEST_SERVER_MODE_ENDPOINT"], region_name="us-east-1",
        aws_access_key_id="testing", aws_secret_access_key="testing")
    for page in client.get_paginator("list_tables").paginate():
        for name in page["TableNames"]:
            try:
                # A test may have protected its table against deletion: lift that first.
                if client.describe_table(TableName=name)["Table"].get("DeletionProtectionEnabled"):
                    client.update_table(TableName=name, DeletionProtectionEnabled=False)
                client.delete_table(TableName=name)
            except client.exceptions.ResourceNotFoundException:
                pass
    yield
