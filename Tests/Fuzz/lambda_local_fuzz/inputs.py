"""Generators of hostile input, all driven by one seeded random.Random so a run replays exactly."""
import json
import string

# Depths well past every limit lambda-local sets and past what a recursive parser's stack holds.
DEEP = (40, 200, 2_000, 20_000)
LONG = (256, 4_097, 70_000, 1_100_000)

TEXT = string.ascii_letters + string.digits + " _-.:#[]()<>=,'\"\\/{}\u00e9\u2603\U0001F600\x00\x1f"


def pick(rng, items):
    return items[rng.randrange(len(items))]


def random_text(rng, length=None):
    length = rng.randrange(0, 40) if length is None else length
    return "".join(pick(rng, TEXT) for _ in range(length))


def random_json(rng, depth=3):
    """Any JSON value, of mixed types and small size."""
    kinds = ["null", "bool", "int", "float", "string"] + (["array", "object"] if depth > 0 else [])
    kind = pick(rng, kinds)
    if kind == "null":
        return None
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "int":
        return pick(rng, [0, -1, 1, 2**31, 2**63, -(2**63) - 1, 10**40, rng.randrange(-1000, 1000)])
    if kind == "float":
        return pick(rng, [0.5, -1.5, 1e308, 1e-308, 3.14159])
    if kind == "string":
        return random_text(rng)
    if kind == "array":
        return [random_json(rng, depth - 1) for _ in range(rng.randrange(0, 4))]
    return {random_text(rng, rng.randrange(0, 8)): random_json(rng, depth - 1) for _ in range(rng.randrange(0, 4))}


def deep_json_text(rng):
    """JSON nested far past any parser's limit (as text: json.dumps would recurse itself)."""
    depth = pick(rng, DEEP)
    shape = pick(rng, ["array", "object", "mixed"])
    if shape == "array":
        return "[" * depth + "1" + "]" * depth
    if shape == "object":
        return '{"a":' * depth + "1" + "}" * depth
    return '{"a":[' * (depth // 2) + "1" + "]}" * (depth // 2)


def deep_attribute_value_text(depth):
    """A DynamoDB AttributeValue nested `depth` maps deep."""
    return '{"M":{"a":' * depth + '{"S":"x"}' + "}}" * depth


def long_text(rng):
    return "a" * pick(rng, LONG)


def mutate_json(rng, value, depth=0):
    """Returns `value` with one random change somewhere inside it."""
    if isinstance(value, dict) and value and rng.random() < 0.7:
        key = pick(rng, sorted(value))
        copy = dict(value)
        action = rng.randrange(4)
        if action == 0:
            del copy[key]
        elif action == 1:
            copy[key] = mutate_json(rng, value[key], depth + 1)
        elif action == 2:
            copy[key] = random_json(rng)
        else:
            copy[random_text(rng, rng.randrange(1, 12))] = random_json(rng)
        return copy
    if isinstance(value, list) and value and rng.random() < 0.7:
        copy = list(value)
        index = rng.randrange(len(copy))
        action = rng.randrange(3)
        if action == 0:
            del copy[index]
        elif action == 1:
            copy[index] = mutate_json(rng, copy[index], depth + 1)
        else:
            copy.extend(copy * rng.randrange(1, 30))
        return copy
    if isinstance(value, str) and rng.random() < 0.5:
        return mutate_text(rng, value)
    return random_json(rng)


def mutate_text(rng, text):
    if not text:
        return random_text(rng)
    index = rng.randrange(len(text))
    action = rng.randrange(5)
    if action == 0:
        return text[:index] + text[index + 1:]
    if action == 1:
        return text[:index] + random_text(rng, rng.randrange(1, 6)) + text[index:]
    if action == 2:
        return text[:index] + text[index:] * rng.randrange(2, 50)
    if action == 3:
        return text[:index]
    return text + random_text(rng)


def mutate_bytes(rng, data):
    """Byte-level damage: flips, cuts, repeats and insertions."""
    data = bytearray(data)
    for _ in range(rng.randrange(1, 6)):
        if not data:
            data += bytes([rng.randrange(256)])
            continue
        index = rng.randrange(len(data))
        action = rng.randrange(5)
        if action == 0:
            data[index] = rng.randrange(256)
        elif action == 1:
            del data[index:index + rng.randrange(1, 16)]
        elif action == 2:
            data[index:index] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 16)))
        elif action == 3:
            data[index:index] = data[index:index + 32] * rng.randrange(2, 100)
        else:
            del data[index:]
    return bytes(data)
