"""What the boto3 suites share: the emulator's address, clients for it, unique names and the clock endpoint."""
import json
import os
import time
import urllib.request
import uuid

import boto3
from botocore.config import Config

ENDPOINT = os.environ["EMULATOR_URL"]


def client(service, access_key="test", region="us-east-1", secret="test"):
    """A boto3 client for the emulator; a 12-digit access key is the account."""
    return boto3.client(
        service, endpoint_url=ENDPOINT, region_name=region, aws_access_key_id=access_key,
        aws_secret_access_key=secret, config=Config(retries={"max_attempts": 1}))


def unique(prefix, length=20):
    return f"{prefix}-{uuid.uuid4().hex[:length]}"


def admin(path, method="GET"):
    """Calls the emulator's admin API; the parsed JSON answer, or None when it has no body."""
    request = urllib.request.Request(f"{ENDPOINT}{path}", method=method)
    with urllib.request.urlopen(request) as response:
        body = response.read()
        return json.loads(body) if body else None


def advance_clock(seconds):
    admin(f"/_emulator/clock?seconds={seconds}", method="POST")


def wait_for(find, timeout=5.0):
    """Deliveries run on the emulator's workers once its clock has moved: wait briefly for their result."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        found = find()
        if found:
            return found
        time.sleep(0.05)
    return find()
