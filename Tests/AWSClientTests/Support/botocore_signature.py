"""Signs one request with botocore's SigV4 signer, at a fixed time, for comparison.

Reads {"method", "url", "query": [[name, value], ...], "headers": [[name, value], ...], "body", "accessKeyID", "secretAccessKey",
"sessionToken", "region", "service", "timestamp"} on stdin; writes {"authorization",
"canonicalRequest", "headers"} on stdout.
"""
import datetime
import json
import sys
from unittest import mock

import botocore.auth
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

spec = json.load(sys.stdin)
moment = datetime.datetime.strptime(spec["timestamp"], "%Y%m%dT%H%M%SZ")
request = AWSRequest(method=spec["method"], url=spec["url"], data=spec["body"].encode(),
                     headers=dict(spec["headers"]), params=[tuple(pair) for pair in spec.get("query", [])])
signer = SigV4Auth(Credentials(spec["accessKeyID"], spec["secretAccessKey"], spec.get("sessionToken")),
                   spec["service"], spec["region"])
with mock.patch.object(botocore.auth, "get_current_datetime", return_value=moment):
    signer.add_auth(request)
authorization = request.headers["Authorization"]
# The canonical request is computed before the Authorization header exists, as add_auth does.
del request.headers["Authorization"]
json.dump({
    "authorization": authorization,
    "canonicalRequest": signer.canonical_request(request),
    "headers": dict(request.headers.items()),
}, sys.stdout)
