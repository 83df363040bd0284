"""Starts `lambda-local start` on the fuzz project, and tells whether it is still up."""
import os
import socket
import subprocess
import time

from . import wire


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    def __init__(self, lambda_local, template, log_path):
        self.api_port, self.lambda_port = free_port(), free_port()
        self.log_path = log_path
        self.log = open(log_path, "wb")
        self.process = subprocess.Popen(
            [lambda_local, "start", "--template", template, "--in-memory", "--skip-build", "--no-schedules",
             "--port", str(self.api_port), "--lambda-port", str(self.lambda_port), "--async-retry-delay", "0.2"],
            stdin=subprocess.DEVNULL, stdout=self.log, stderr=subprocess.STDOUT, cwd=os.path.dirname(template))
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"lambda-local exited with status {self.process.returncode} at start: {self.tail()}")
            if self.healthy(timeout=2):
                return
            time.sleep(0.2)
        raise RuntimeError(f"lambda-local did not answer within 120 s: {self.tail()}")

    def healthy(self, timeout=20):
        """Both ports answer a plain request in time."""
        services = wire.exchange(self.lambda_port, wire.request_bytes(
            "POST", "/", [("X-Amz-Target", "DynamoDB_20120810.ListTables"),
                          ("Content-Type", "application/x-amz-json-1.0")], b"{}"), timeout=timeout)
        api = wire.exchange(self.api_port, wire.request_bytes("GET", "/nope"), timeout=timeout)
        return services.status == 200 and api.status is not None

    def down(self):
        """Why lambda-local is not up, or None."""
        if self.process.poll() is not None:
            return f"lambda-local exited with status {self.process.returncode}: {self.tail()}"
        return None

    def tail(self, size=3000):
        self.log.flush()
        with open(self.log_path, "rb") as log:
            return log.read()[-size:].decode("utf-8", "replace")

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()
