#!/usr/bin/env python3
"""Checks that a Firehose delivery stream delivers every byte put into it: PutRecordBatch of BATCHES x 500 x 1 KiB
records into a DirectPut stream with an S3 destination (1 MiB buffers), then DeleteDeliveryStream (which delivers what
is buffered), then the objects in the bucket are summed and compared with what was put.
    usage: EMULATOR_URL=http://127.0.0.1:4566 benchmarks/firehose-delivered.py [BATCHES]   (default 200: 100 MB)"""
import os
import sys
import time
import uuid

import boto3

url = os.environ.get("EMULATOR_URL", "http://127.0.0.1:4566")
batches = int(sys.argv[1]) if len(sys.argv) > 1 else 200
session = dict(endpoint_url=url, region_name="us-east-1", aws_access_key_id="test", aws_secret_access_key="test")
firehose, s3 = boto3.client("firehose", **session), boto3.client("s3", **session)
name = "delivered-" + uuid.uuid4().hex[:12]
s3.create_bucket(Bucket=name)
firehose.create_delivery_stream(DeliveryStreamName=name, ExtendedS3DestinationConfiguration={
    "RoleARN": "arn:aws:iam::000000000000:role/bench", "BucketARN": f"arn:aws:s3:::{name}",
    "BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 60}})
records = [{"Data": bytes([i % 256]) * 1024} for i in range(500)]
started = time.time()
for _ in range(batches):
    assert firehose.put_record_batch(DeliveryStreamName=name, Records=records)["FailedPutCount"] == 0
put_seconds = time.time() - started
firehose.delete_delivery_stream(DeliveryStreamName=name)
expected = batches * 500 * 1024
deadline = time.time() + 60
while True:
    delivered = sum(o["Size"] for page in s3.get_paginator("list_objects_v2").paginate(Bucket=name) for o in page.get("Contents", []))
    if delivered >= expected or time.time() > deadline:
        break
    time.sleep(0.2)
print(f"put {expected} bytes in {batches} batches ({put_seconds:.1f} s); delivered {delivered} bytes: {'equal' if delivered == expected else 'DIFFERENT'}")
sys.exit(0 if delivered == expected else 1)
