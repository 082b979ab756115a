#!/usr/bin/env python3
"""Memory per stored Kinesis record: writes N records of 1 KiB into a 4-shard stream and reads the server's RSS.

usage: benchmarks/kinesis-memory.py PORT PID [RECORDS]      (default 1,000,000 records)

Start the emulator first (e.g. `dotnet Emulator/bin/Release/net10.0/Emulator.dll --urls http://127.0.0.1:4566`) and
pass its port and process id. The records are sent with PutRecords (500 per call, eight prepared bodies with distinct
partition keys of about 25 characters); the stream is deleted at the end. The second half's figure leaves out what the
first records cost once (compiled code, buffers, the collector's allowance). Standard library only.
"""
import base64
import http.client
import json
import random
import sys
import time

STREAM = "kinesis-memory"


def rss_bytes(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise SystemExit(f"no VmRSS for process {pid}")


def main():
    port, pid = int(sys.argv[1]), int(sys.argv[2])
    total = int(sys.argv[3]) if len(sys.argv) > 3 else 1_000_000
    connection = http.client.HTTPConnection("127.0.0.1", port)

    def call(operation, body):
        connection.request("POST", "/", body=body, headers={
            "X-Amz-Target": "Kinesis_20131202." + operation,
            "Content-Type": "application/x-amz-json-1.1",
            "Authorization": "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/kinesis/aws4_request, "
                             "SignedHeaders=host, Signature=0",
        })
        response = connection.getresponse()
        data = response.read()
        if response.status != 200:
            raise SystemExit(f"{operation}: HTTP {response.status} {data[:300]!r}")
        return json.loads(data or b"{}")

    call("CreateStream", json.dumps({"StreamName": STREAM, "ShardCount": 4}))
    while call("DescribeStreamSummary", json.dumps({"StreamName": STREAM}))["StreamDescriptionSummary"]["StreamStatus"] != "ACTIVE":
        time.sleep(0.05)
    rng = random.Random(1)
    bodies = []
    for b in range(8):
        records = [{"Data": base64.b64encode(rng.randbytes(1024)).decode(), "PartitionKey": f"pk-{b}-{i}-{rng.random():.8f}"}
                   for i in range(500)]
        bodies.append(json.dumps({"StreamName": STREAM, "Records": records}).encode())

    time.sleep(1)
    before = rss_bytes(pid)
    calls = total // 500
    halfway = before
    for i in range(calls):
        if call("PutRecords", bodies[i % len(bodies)]).get("FailedRecordCount"):
            raise SystemExit("PutRecords reported failed records")
        if i == calls // 2 - 1:
            halfway = rss_bytes(pid)
    time.sleep(2)
    after = rss_bytes(pid)
    call("DeleteStream", json.dumps({"StreamName": STREAM}))
    stored = total // 500 * 500
    print(f"records={stored} rss_before_mb={before >> 20} rss_after_mb={after >> 20} "
          f"bytes_per_record={(after - before) / stored:.0f} "
          f"second_half_bytes_per_record={(after - halfway) / (stored - calls // 2 * 500):.0f} (data 1,024 + partition key ~25)")


if __name__ == "__main__":
    main()
