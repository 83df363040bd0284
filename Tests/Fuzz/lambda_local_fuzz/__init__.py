"""A seeded fuzzer for lambda-local: generated deep, long, random and mutated input thrown at every
port and parser of a running `lambda-local start`, checking that it stays up, answers each request
with a well-formed refusal or the operation's success, and changes no data on a refused request."""
