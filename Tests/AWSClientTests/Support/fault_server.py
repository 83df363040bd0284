"""A stand-in for an AWS endpoint that fails on purpose, for the AWSClient retry tests.

    fault_server.py UPSTREAM SCRIPT

UPSTREAM is the URL requests are forwarded to (moto), or "-" to answer every request with 200 {}.
SCRIPT is a JSON list of what to do with the first requests, one entry per request:
    {"status": 500, "body": "...", "headers": {...}}   answer this instead
    {"drop": true}                                     close the connection without an answer
    {"delay": 1.5}                                     wait, then forward
    {"forward": true}                                  forward as usual
Requests after the script are forwarded. GET /__log answers the requests seen so far.

Prints its port on the first line of stdout and serves until stdin closes.
"""
import http.client
import json
import socket
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

upstream = None if sys.argv[1] == "-" else urllib.parse.urlsplit(sys.argv[1])
script = json.loads(sys.argv[2])
lock = threading.Lock()
log = []


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):
        pass

    def do_GET(self):
        with lock:
            body = json.dumps(log).encode()
        self.answer(200, body, {"Content-Type": "application/json"})

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        with lock:
            index = len(log)
            log.append({
                "target": self.headers.get("X-Amz-Target"),
                "attempt": self.headers.get("amz-sdk-request"),
                "authorization": self.headers.get("Authorization"),
                "peerPort": self.client_address[1],
                "body": body.decode("utf-8", "replace"),
            })
        action = script[index] if index < len(script) else {"forward": True}
        if action.get("drop"):
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if "status" in action:
            headers = {"Content-Type": "application/x-amz-json-1.0", "x-amzn-RequestId": f"fault-{index}"}
            headers.update(action.get("headers", {}))
            self.answer(action["status"], action.get("body", "").encode(), headers)
            return
        time.sleep(action.get("delay", 0))
        self.forward(body)

    def forward(self, body):
        if upstream is None:
            self.answer(200, b"{}", {"Content-Type": "application/x-amz-json-1.0"})
            return
        connection = http.client.HTTPConnection(upstream.hostname, upstream.port, timeout=30)
        passed = {name: value for name, value in self.headers.items() if name.lower() not in ("host", "connection")}
        connection.request("POST", upstream.path or "/", body, passed)
        response = connection.getresponse()
        answer = response.read()
        kept = {
            name: value for name, value in response.getheaders()
            if name.lower() in ("content-type", "x-amzn-requestid", "x-amz-crc32")
        }
        connection.close()
        self.answer(response.status, answer, kept)

    def answer(self, status, body, headers):
        try:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            # The client gave up waiting (a timeout test); nothing is left to answer.
            self.close_connection = True


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
threading.Thread(target=server.serve_forever, daemon=True).start()
print(server.server_address[1], flush=True)
sys.stdin.read()
