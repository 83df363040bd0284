"""The DynamoDB endpoint: every operation, with hostile expressions, mutated members, deep items and
garbage bodies. Writes aim at the canary table, which a refused request must leave as it was."""
import copy
import json
import re

from .. import checks, expressions
from ..expressions import NAMES, VALUES
from ..inputs import deep_attribute_value_text, deep_json_text, long_text, mutate_bytes, mutate_json, pick, random_json

WRITES = {"PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem", "TransactWriteItems"}


def key(rng):
    return {"pk": {"S": f"item-{rng.randrange(40)}"}, "sk": {"N": str(rng.randrange(3))}}


def base_request(rng, operation):
    """A valid request of `operation`, with every expression member it takes."""
    item_key = key(rng)
    names, values = dict(NAMES), dict(VALUES)
    if operation == "PutItem":
        return {"TableName": "canary", "Item": {**item_key, "a": {"S": "x"}, "g": {"S": "g1"}},
                "ConditionExpression": "attribute_not_exists(#a) OR #a = :v",
                "ExpressionAttributeNames": {"#a": "a"}, "ExpressionAttributeValues": {":v": values[":v"]},
                "ReturnValues": "ALL_OLD"}
    if operation == "UpdateItem":
        return {"TableName": "canary", "Key": item_key, "UpdateExpression": "SET #a = :v, #n = :n",
                "ConditionExpression": "attribute_not_exists(#b) OR #b = :v",
                "ExpressionAttributeNames": {"#a": "a", "#b": "b", "#n": "n"},
                "ExpressionAttributeValues": {":v": values[":v"], ":n": values[":n"]}, "ReturnValues": "UPDATED_NEW"}
    if operation == "DeleteItem":
        return {"TableName": "canary", "Key": item_key, "ConditionExpression": "#a = :v",
                "ExpressionAttributeNames": {"#a": "a"}, "ExpressionAttributeValues": {":v": values[":v"]}}
    if operation == "GetItem":
        return {"TableName": "canary", "Key": item_key, "ProjectionExpression": "#a, pk",
                "ExpressionAttributeNames": {"#a": "a"}}
    if operation == "Query":
        return {"TableName": "canary", "KeyConditionExpression": "pk = :v AND sk > :n",
                "FilterExpression": "attribute_exists(#a)", "ProjectionExpression": "#a, sk",
                "ExpressionAttributeNames": {"#a": "a"},
                "ExpressionAttributeValues": {":v": {"S": "item-1"}, ":n": {"N": "0"}}, "Limit": 5}
    if operation == "Scan":
        return {"TableName": "canary", "FilterExpression": "#a = :v", "ExpressionAttributeNames": {"#a": "a"},
                "ExpressionAttributeValues": {":v": values[":v"]}, "Limit": 10,
                **({"IndexName": "byG"} if rng.random() < 0.3 else {})}
    if operation == "BatchWriteItem":
        return {"RequestItems": {"canary": [{"PutRequest": {"Item": {**key(rng), "a": {"S": "b"}}}},
                                            {"DeleteRequest": {"Key": key(rng)}}]}}
    if operation == "BatchGetItem":
        return {"RequestItems": {"canary": {"Keys": [key(rng), key(rng)], "ProjectionExpression": "#a",
                                            "ExpressionAttributeNames": {"#a": "a"}}}}
    if operation == "TransactWriteItems":
        return {"TransactItems": [
            {"Put": {"TableName": "canary", "Item": {**key(rng), "a": {"S": "t"}},
                     "ConditionExpression": "attribute_not_exists(pk)"}},
            {"Update": {"TableName": "canary", "Key": key(rng), "UpdateExpression": "ADD #n :n",
                        "ExpressionAttributeNames": {"#n": "n"}, "ExpressionAttributeValues": {":n": {"N": "1"}}}},
            {"ConditionCheck": {"TableName": "canary", "Key": key(rng), "ConditionExpression": "attribute_exists(pk)"}},
        ]}
    if operation == "TransactGetItems":
        return {"TransactItems": [{"Get": {"TableName": "canary", "Key": key(rng), "ProjectionExpression": "pk"}}]}
    if operation == "CreateTable":
        billing = pick(rng, [{"BillingMode": "PAY_PER_REQUEST"}, {"BillingMode": "PROVISIONED", "ProvisionedThroughput": {
            "ReadCapacityUnits": pick(rng, [1, 0, 2**40]), "WriteCapacityUnits": 5}}])
        return {"TableName": f"fuzz-{rng.randrange(5)}", **billing, "DeletionProtectionEnabled": rng.random() < 0.3,
                "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
                "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}]}
    if operation == "UpdateTable":
        request = {"TableName": pick(rng, ["fuzz-1", "fuzz-2", "nope"]), "DeletionProtectionEnabled": rng.random() < 0.5}
        if rng.random() < 0.3:
            request[pick(rng, ["BillingMode", "StreamSpecification", "GlobalSecondaryIndexUpdates"])] = random_json(rng)
        return request
    if operation in ("DescribeTable", "DescribeTimeToLive"):
        return {"TableName": pick(rng, ["canary", "fuzz-1", "nope"])}
    if operation == "DeleteTable":
        return {"TableName": f"fuzz-{rng.randrange(5)}"}
    if operation == "UpdateTimeToLive":
        return {"TableName": "canary", "TimeToLiveSpecification": {"Enabled": True, "AttributeName": "ttl"}}
    return {}


OPERATIONS = ["PutItem", "UpdateItem", "DeleteItem", "GetItem", "Query", "Scan", "BatchWriteItem", "BatchGetItem",
              "TransactWriteItems", "TransactGetItems", "CreateTable", "UpdateTable", "DescribeTable",
              "DeleteTable", "ListTables", "UpdateTimeToLive", "DescribeTimeToLive", "NoSuchOperation"]


def hostile_expression(rng, request):
    """Puts a hostile expression into one of the request's expression members (nested ones too)."""
    holders = [request] + [entry for value in request.get("TransactItems", []) for entry in value.values()]
    holders = [holder for holder in holders if any(name.endswith("Expression") for name in holder)]
    if not holders:
        return False
    holder = pick(rng, holders)
    member = pick(rng, sorted(name for name in holder if name.endswith("Expression")))
    generator = {"UpdateExpression": expressions.update, "ProjectionExpression": expressions.projection,
                 "KeyConditionExpression": expressions.key_condition}.get(member, expressions.condition)
    holder[member] = generator(rng)
    # Only the placeholders the expressions use: an unused one is refused before evaluation, and
    # the point is to reach it.
    text = " ".join(value for name, value in holder.items() if name.endswith("Expression"))
    used = set(re.findall(r"[#:][A-Za-z0-9_]+", text))
    names = {**holder.get("ExpressionAttributeNames", {}), **NAMES}
    values = {**holder.get("ExpressionAttributeValues", {}), **VALUES}
    holder["ExpressionAttributeNames"] = {name: value for name, value in names.items() if name in used}
    holder["ExpressionAttributeValues"] = {name: value for name, value in values.items() if name in used}
    for member in ("ExpressionAttributeNames", "ExpressionAttributeValues"):
        if not holder[member]:
            del holder[member]
    return True


def body(rng, operation):
    request = base_request(rng, operation)
    attack = rng.randrange(9)
    if attack in (0, 1, 6):
        if hostile_expression(rng, request):
            return json.dumps(request).encode(), "a hostile expression"
    if attack == 2:
        for _ in range(rng.randrange(1, 4)):
            request = mutate_json(rng, request)
        return json.dumps(request).encode(), "mutated members"
    if attack == 3 and operation in ("PutItem", "UpdateItem", "BatchWriteItem"):
        depth = pick(rng, [32, 33, 300, 20_000])
        # The first plain value: the item's own attribute, or the value an update sets.
        text = json.dumps(request).replace('{"S": "x"}', deep_attribute_value_text(depth), 1)
        text = text.replace('{"S": "b"}', deep_attribute_value_text(depth), 1)
        return text.encode(), f"an item nested {depth} deep"
    if attack == 4:
        return pick(rng, [deep_json_text(rng).encode(), long_text(rng).encode(), b"", b"null", b"[]", b"{",
                          mutate_bytes(rng, json.dumps(request).encode())]), "a garbage body"
    if attack == 5:
        big = copy.deepcopy(request)
        target = big.get("Item") or big.get("Key")
        if target is not None:
            target[pick(rng, ["pk", "a", "x" * 300, "y" * 70_000])] = {"S": "k" * pick(rng, [1, 2_049, 410_000])}
        return json.dumps(big).encode(), "long names and values"
    return json.dumps(request).encode(), "a valid request"


def run_case(rng, context):
    operation = pick(rng, OPERATIONS)
    data, what = body(rng, operation)
    answer = context.aws(f"DynamoDB_20120810.{operation}", data)
    failure = checks.aws_json(answer)
    if failure:
        return f"{operation} with {what}: {failure}"
    if operation in WRITES:
        if answer.status >= 400:
            changed = context.canary_unchanged(f"{operation} with {what}")
            if changed:
                return changed
        else:
            context.remember_canary()
    return None
