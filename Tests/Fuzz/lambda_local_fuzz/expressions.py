"""DynamoDB expressions built to hurt a parser: deep, chained, long, wide, and token soup."""
from .inputs import pick, random_text

NAMES = {"#a": "a", "#b": "b", "#n": "n"}
VALUES = {":v": {"S": "x"}, ":n": {"N": "1"}, ":l": {"L": [{"S": "x"}]}}

TOKENS = ["#a", "#b", ":v", ":n", "a", "b.c", "a[0]", "(", ")", "=", "<>", "<", "<=", ">", ">=", "AND", "OR",
          "NOT", "BETWEEN", "IN", ",", "size(", "attribute_exists(", "attribute_not_exists(", "attribute_type(",
          "begins_with(", "contains(", "SET", "REMOVE", "ADD", "DELETE", "if_not_exists(", "list_append(",
          "+", "-", "[", "]", ".", "#", ":", "\u00e9", "\x00"]


def condition(rng):
    """A condition or filter expression, most of them beyond what DynamoDB accepts."""
    depth = pick(rng, [10, 33, 400, 1_700, 17_000])
    shape = rng.randrange(9)
    if shape == 0:
        return "(" * depth + "#a = :v" + ")" * depth
    if shape == 1:
        return "NOT " * depth + "#a = :v"
    if shape == 2:
        return pick(rng, [" AND ", " OR "]).join(["#a = :v"] * depth)
    if shape == 3:
        return "size(" * depth + "#a" + ")" * depth + " > :n"
    if shape == 4:
        return "#a IN (" + ", ".join([":v"] * depth) + ")"
    if shape == 5:
        return "attribute_exists(" + path(rng) + ")"
    if shape == 6:
        return "#a = :v AND " * rng.randrange(1, 50) + random_text(rng, 4)
    if shape == 7:
        return "#" + "x" * pick(rng, [255, 256, 5_000]) + " = :v"
    return soup(rng)


def update(rng):
    """An update expression: many actions, nested functions, long paths, or soup."""
    count = pick(rng, [3, 301, 2_000, 10_000])
    shape = rng.randrange(7)
    if shape == 0:
        return "SET " + ", ".join(f"a{i} = :v" for i in range(count))
    if shape == 1:
        return "SET #a = " + "if_not_exists(#a, " * count + ":v" + ")" * count
    if shape == 2:
        return "SET #a = " + "list_append(" * count + ":l" + ", :l)" * count
    if shape == 3:
        return "SET " + path(rng) + " = :v"
    if shape == 4:
        return "REMOVE " + ", ".join(f"a{i}" for i in range(count))
    if shape == 5:
        return "SET #a = :n" + " + :n" * count
    return pick(rng, ["SET ", "REMOVE ", "ADD ", "DELETE "]) + soup(rng)


def projection(rng):
    count = pick(rng, [3, 101, 10_000])
    shape = rng.randrange(3)
    if shape == 0:
        return ", ".join(f"a{i}" for i in range(count))
    if shape == 1:
        return path(rng)
    return soup(rng)


def key_condition(rng):
    shape = rng.randrange(4)
    if shape == 0:
        return "(" * pick(rng, [5, 2_000, 20_000]) + "pk = :v" + ")" * 5
    if shape == 1:
        return "pk = :v AND " + "(" * pick(rng, [3, 3_000]) + "sk > :n"
    if shape == 2:
        return "pk = :v AND sk BETWEEN :n AND :n AND sk = :n"
    return soup(rng)


def path(rng):
    """A document path nested deeper than DynamoDB's 32 levels, by dots or by indexes."""
    depth = pick(rng, [32, 33, 500, 20_000])
    if rng.random() < 0.5:
        return ".".join(["a"] * depth)
    return "a" + "[0]" * depth


def soup(rng):
    return " ".join(pick(rng, TOKENS) for _ in range(rng.randrange(1, pick(rng, [10, 300, 3_000]))))
