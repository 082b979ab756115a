"""Kinesis Data Streams through boto3 (AWS JSON 1.1)."""
import datetime
import json
import threading
import time
import unittest

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

from compat import ENDPOINT, advance_clock, unique
from compat import client as service_client


def client(access_key="test", region="us-east-1"):
    return service_client("kinesis", access_key, region)


class Boto3KinesisTest(unittest.TestCase):
    def setUp(self):
        self.kinesis = client()

    def stream(self, shards=1, **extra):
        name = unique("py", 16)
        self.kinesis.create_stream(StreamName=name, ShardCount=shards, **extra)
        self.kinesis.get_waiter("stream_exists").wait(StreamName=name, WaiterConfig={"Delay": 0.1, "MaxAttempts": 50})
        return name

    def error(self, call, **kwargs):
        with self.assertRaises(ClientError) as caught:
            call(**kwargs)
        return caught.exception.response["Error"]["Code"]

    def read_all(self, name, shard_id, iterator_type="TRIM_HORIZON", **extra):
        iterator = self.kinesis.get_shard_iterator(StreamName=name, ShardId=shard_id, ShardIteratorType=iterator_type, **extra)["ShardIterator"]
        records = []
        while iterator:
            page = self.kinesis.get_records(ShardIterator=iterator, Limit=1000)
            records.extend(page["Records"])
            if not page["Records"]:
                return records, page
            iterator = page.get("NextShardIterator")
        return records, page

    def test_stream_lifecycle_and_description(self):
        name = self.stream(shards=3, Tags={"team": "data"})
        summary = self.kinesis.describe_stream_summary(StreamName=name)["StreamDescriptionSummary"]
        self.assertEqual(summary["StreamStatus"], "ACTIVE")
        self.assertEqual(summary["OpenShardCount"], 3)
        self.assertEqual(summary["RetentionPeriodHours"], 24)
        self.assertEqual(summary["StreamARN"], f"arn:aws:kinesis:us-east-1:000000000000:stream/{name}")
        self.assertIsInstance(summary["StreamCreationTimestamp"], datetime.datetime)

        shards = self.kinesis.describe_stream(StreamName=name)["StreamDescription"]["Shards"]
        self.assertEqual([s["ShardId"] for s in shards], [f"shardId-00000000000{i}" for i in range(3)])
        self.assertEqual(shards[0]["HashKeyRange"]["StartingHashKey"], "0")
        self.assertEqual(shards[-1]["HashKeyRange"]["EndingHashKey"], str(2 ** 128 - 1))
        self.assertEqual(self.kinesis.list_tags_for_stream(StreamName=name)["Tags"], [{"Key": "team", "Value": "data"}])
        self.assertIn(name, self.kinesis.list_streams()["StreamNames"])

        self.assertEqual(self.error(self.kinesis.create_stream, StreamName=name, ShardCount=1), "ResourceInUseException")
        self.kinesis.delete_stream(StreamName=name)
        self.assertEqual(self.error(self.kinesis.describe_stream, StreamName=name), "ResourceNotFoundException")

    def test_put_and_get_records_with_every_iterator_type(self):
        name = self.stream(shards=2)
        put = self.kinesis.put_record(StreamName=name, PartitionKey="a", Data=b"first")
        batch = self.kinesis.put_records(StreamName=name, Records=[
            {"PartitionKey": "a", "Data": f"r{i}".encode()} for i in range(5)])
        self.assertEqual(batch["FailedRecordCount"], 0)
        self.assertTrue(all(r["ShardId"] == put["ShardId"] for r in batch["Records"]))

        records, page = self.read_all(name, put["ShardId"])
        self.assertEqual([r["Data"] for r in records], [b"first"] + [f"r{i}".encode() for i in range(5)])
        self.assertEqual(records[0]["SequenceNumber"], put["SequenceNumber"])
        self.assertEqual(page["MillisBehindLatest"], 0)
        self.assertTrue(all(int(a["SequenceNumber"]) < int(b["SequenceNumber"]) for a, b in zip(records, records[1:])))

        after, _ = self.read_all(name, put["ShardId"], "AFTER_SEQUENCE_NUMBER", StartingSequenceNumber=put["SequenceNumber"])
        self.assertEqual(len(after), 5)
        at, _ = self.read_all(name, put["ShardId"], "AT_SEQUENCE_NUMBER", StartingSequenceNumber=batch["Records"][2]["SequenceNumber"])
        self.assertEqual([r["Data"] for r in at], [b"r2", b"r3", b"r4"])
        timestamp, _ = self.read_all(name, put["ShardId"], "AT_TIMESTAMP", Timestamp=records[0]["ApproximateArrivalTimestamp"])
        self.assertEqual(len(timestamp), 6)
        latest = self.kinesis.get_shard_iterator(StreamName=name, ShardId=put["ShardId"], ShardIteratorType="LATEST")["ShardIterator"]
        self.assertEqual(self.kinesis.get_records(ShardIterator=latest)["Records"], [])

        explicit = self.kinesis.put_record(StreamName=name, PartitionKey="x", Data=b"top", ExplicitHashKey=str(2 ** 128 - 1))
        self.assertEqual(explicit["ShardId"], "shardId-000000000001")

    def test_errors_as_aws_sends_them(self):
        name = self.stream()
        self.assertEqual(self.error(self.kinesis.put_record, StreamName=name, PartitionKey="k" * 257, Data=b"x"), "ValidationException")
        self.assertEqual(self.error(self.kinesis.put_record, StreamName=name, PartitionKey="k", Data=b"x", ExplicitHashKey=str(2 ** 128)),
                         "InvalidArgumentException")
        self.assertEqual(self.error(self.kinesis.get_shard_iterator, StreamName=name, ShardId="shardId-000000000007",
                                    ShardIteratorType="TRIM_HORIZON"), "ResourceNotFoundException")
        self.assertEqual(self.error(self.kinesis.get_records, ShardIterator="bm90LWFuLWl0ZXJhdG9y"), "InvalidArgumentException")
        iterator = self.kinesis.get_shard_iterator(StreamName=name, ShardId="shardId-000000000000", ShardIteratorType="TRIM_HORIZON")["ShardIterator"]
        advance_clock(301)
        self.assertEqual(self.error(self.kinesis.get_records, ShardIterator=iterator), "ExpiredIteratorException")

    def test_requests_breaking_the_model_get_one_validation_error_naming_each_constraint(self):
        # boto3 checks some constraints itself; with that off, the emulator's own checks answer.
        unchecked = boto3.client("kinesis", endpoint_url=ENDPOINT, region_name="us-east-1", aws_access_key_id="test",
                                 aws_secret_access_key="test", config=Config(parameter_validation=False, retries={"max_attempts": 1}))
        with self.assertRaises(ClientError) as caught:
            unchecked.put_record(StreamName="", PartitionKey="", Data=b"x", SequenceNumberForOrdering="x")
        error = caught.exception.response["Error"]
        self.assertEqual(error["Code"], "ValidationException")
        self.assertEqual(caught.exception.response["ResponseMetadata"]["HTTPStatusCode"], 400)
        self.assertEqual(error["Message"],
                         "4 validation errors detected: "
                         "Value '' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; "
                         "Value '' at 'streamName' failed to satisfy constraint: Member must have length greater than or equal to 1; "
                         "Value '' at 'partitionKey' failed to satisfy constraint: Member must have length greater than or equal to 1; "
                         "Value 'x' at 'sequenceNumberForOrdering' failed to satisfy constraint: "
                         "Member must satisfy regular expression pattern: 0|([1-9]\\d{0,128})")
        with self.assertRaises(ClientError) as caught:
            unchecked.get_records(ShardIterator="x", Limit=0)
        self.assertEqual(caught.exception.response["Error"]["Message"],
                         "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1")
        with self.assertRaises(ClientError) as caught:
            unchecked.put_records(StreamName=self.stream(), Records=[{"Data": b"x", "PartitionKey": "k"}, {"Data": b"x", "PartitionKey": "k" * 257}])
        self.assertIn("at 'records.2.member.partitionKey' failed to satisfy constraint: Member must have length less than or equal to 256",
                      caught.exception.response["Error"]["Message"])

    def test_sequence_number_for_ordering_must_be_one_the_stream_gave_out(self):
        name = self.stream()
        first = self.kinesis.put_record(StreamName=name, PartitionKey="k", Data=b"1")["SequenceNumber"]
        second = self.kinesis.put_record(StreamName=name, PartitionKey="k", Data=b"2", SequenceNumberForOrdering=first)["SequenceNumber"]
        self.assertGreater(int(second), int(first))
        with self.assertRaises(ClientError) as caught:
            self.kinesis.put_record(StreamName=name, PartitionKey="k", Data=b"3", SequenceNumberForOrdering=str(int(second) + 1000))
        self.assertEqual(caught.exception.response["Error"]["Code"], "InvalidArgumentException")
        self.assertIn("ExclusiveMinimumSequenceNumber", caught.exception.response["Error"]["Message"])

    def test_resharding_keeps_lineage_and_child_shards(self):
        name = self.stream(shards=1)
        self.kinesis.put_record(StreamName=name, PartitionKey="k", Data=b"before")
        self.kinesis.split_shard(StreamName=name, ShardToSplit="shardId-000000000000", NewStartingHashKey=str(2 ** 127))
        self.kinesis.get_waiter("stream_exists").wait(StreamName=name, WaiterConfig={"Delay": 0.1, "MaxAttempts": 50})
        self.kinesis.put_record(StreamName=name, PartitionKey="k", Data=b"after")

        shards = {s["ShardId"]: s for s in self.kinesis.list_shards(StreamName=name)["Shards"]}
        self.assertEqual(set(shards), {"shardId-000000000000", "shardId-000000000001", "shardId-000000000002"})
        self.assertIn("EndingSequenceNumber", shards["shardId-000000000000"]["SequenceNumberRange"])
        self.assertEqual(shards["shardId-000000000002"]["ParentShardId"], "shardId-000000000000")
        self.assertEqual([s["ShardId"] for s in self.kinesis.list_shards(StreamName=name, ShardFilter={"Type": "AT_LATEST"})["Shards"]],
                         ["shardId-000000000001", "shardId-000000000002"])

        records, page = self.read_all(name, "shardId-000000000000")
        self.assertEqual([r["Data"] for r in records], [b"before"])
        self.assertNotIn("NextShardIterator", page)
        self.assertEqual(sorted(c["ShardId"] for c in page["ChildShards"]), ["shardId-000000000001", "shardId-000000000002"])

        self.kinesis.merge_shards(StreamName=name, ShardToMerge="shardId-000000000001", AdjacentShardToMerge="shardId-000000000002")
        merged = self.kinesis.list_shards(StreamName=name, ShardFilter={"Type": "AT_LATEST"})["Shards"]
        self.assertEqual([(s["ParentShardId"], s["AdjacentParentShardId"]) for s in merged], [("shardId-000000000001", "shardId-000000000002")])
        scaled = self.kinesis.update_shard_count(StreamName=name, TargetShardCount=2, ScalingType="UNIFORM_SCALING")
        self.assertEqual((scaled["CurrentShardCount"], scaled["TargetShardCount"]), (1, 2))
        self.assertEqual(self.error(self.kinesis.update_shard_count, StreamName=name, TargetShardCount=5, ScalingType="UNIFORM_SCALING"),
                         "LimitExceededException")

    def test_settings_tags_consumers_and_policies(self):
        name = self.stream()
        arn = self.kinesis.describe_stream_summary(StreamName=name)["StreamDescriptionSummary"]["StreamARN"]
        self.kinesis.increase_stream_retention_period(StreamName=name, RetentionPeriodHours=48)
        self.kinesis.start_stream_encryption(StreamName=name, EncryptionType="KMS", KeyId="alias/aws/kinesis")
        monitoring = self.kinesis.enable_enhanced_monitoring(StreamName=name, ShardLevelMetrics=["IncomingBytes"])
        self.assertEqual(monitoring["DesiredShardLevelMetrics"], ["IncomingBytes"])
        summary = self.kinesis.describe_stream_summary(StreamARN=arn)["StreamDescriptionSummary"]
        self.assertEqual((summary["RetentionPeriodHours"], summary["EncryptionType"]), (48, "KMS"))
        self.assertEqual(self.kinesis.put_record(StreamName=name, PartitionKey="k", Data=b"x")["EncryptionType"], "KMS")

        self.kinesis.add_tags_to_stream(StreamName=name, Tags={"a": "1", "b": "2"})
        self.kinesis.untag_resource(ResourceARN=arn, TagKeys=["a"])
        self.assertEqual(self.kinesis.list_tags_for_resource(ResourceARN=arn)["Tags"], [{"Key": "b", "Value": "2"}])

        consumer = self.kinesis.register_stream_consumer(StreamARN=arn, ConsumerName="reader", Tags={"owner": "alice"})["Consumer"]
        self.assertTrue(consumer["ConsumerARN"].startswith(arn + "/consumer/reader:"))
        self.kinesis.tag_resource(ResourceARN=consumer["ConsumerARN"], Tags={"tier": "gold"})
        self.assertEqual(self.kinesis.list_tags_for_resource(ResourceARN=consumer["ConsumerARN"])["Tags"],
                         [{"Key": "owner", "Value": "alice"}, {"Key": "tier", "Value": "gold"}])
        self.assertEqual([c["ConsumerName"] for c in self.kinesis.list_stream_consumers(StreamARN=arn)["Consumers"]], ["reader"])
        self.assertEqual(self.error(self.kinesis.register_stream_consumer, StreamARN=arn, ConsumerName="reader"), "ResourceInUseException")
        self.assertEqual(self.error(self.kinesis.delete_stream, StreamName=name), "ResourceInUseException")
        self.kinesis.deregister_stream_consumer(ConsumerARN=consumer["ConsumerARN"])

        self.kinesis.put_resource_policy(ResourceARN=arn, Policy='{"Version":"2012-10-17","Statement":[]}')
        self.assertIn("Statement", self.kinesis.get_resource_policy(ResourceARN=arn)["Policy"])
        limits = self.kinesis.describe_limits()
        self.assertGreaterEqual(limits["OpenShardCount"], 1)
        self.kinesis.delete_stream(StreamName=name)

    def test_subscribe_to_shard_pushes_records_as_they_arrive(self):
        name = self.stream()
        arn = self.kinesis.describe_stream_summary(StreamName=name)["StreamDescriptionSummary"]["StreamARN"]
        consumer = self.kinesis.register_stream_consumer(StreamARN=arn, ConsumerName="efo")["Consumer"]["ConsumerARN"]
        self.kinesis.put_record(StreamName=name, PartitionKey="k", Data=b"before")
        subscription = self.kinesis.subscribe_to_shard(
            ConsumerARN=consumer, ShardId="shardId-000000000000", StartingPosition={"Type": "TRIM_HORIZON"})
        self.assertEqual(self.error(self.kinesis.subscribe_to_shard, ConsumerARN=consumer, ShardId="shardId-000000000000",
                                    StartingPosition={"Type": "TRIM_HORIZON"}), "ResourceInUseException")
        events = iter(subscription["EventStream"])
        first = next(events)["SubscribeToShardEvent"]
        self.assertEqual([r["Data"] for r in first["Records"]], [b"before"])
        self.assertEqual(first["ContinuationSequenceNumber"], first["Records"][0]["SequenceNumber"])

        threading.Timer(0.2, lambda: self.kinesis.put_record(StreamName=name, PartitionKey="k", Data=b"pushed")).start()
        started = time.monotonic()
        pushed = next(events)["SubscribeToShardEvent"]
        self.assertEqual([r["Data"] for r in pushed["Records"]], [b"pushed"])
        self.assertLess(time.monotonic() - started, 3)

        # Five seconds after a successful call, a new one takes the subscription over and the old one ends.
        advance_clock(6)
        takeover = self.kinesis.subscribe_to_shard(ConsumerARN=consumer, ShardId="shardId-000000000000", StartingPosition={"Type": "LATEST"})
        with self.assertRaises(ClientError) as ended:
            next(events)
        self.assertEqual(ended.exception.response["Error"]["Code"], "ResourceInUseException")
        subscription["EventStream"].close()
        takeover["EventStream"].close()

    def test_streams_are_per_account_and_region(self):
        name = self.stream()
        other = client(access_key="111122223333", region="eu-west-1")
        self.assertNotIn(name, other.list_streams()["StreamNames"])
        with self.assertRaises(ClientError):
            other.describe_stream_summary(StreamName=name)

    def test_other_accounts_need_the_streams_resource_policy(self):
        owner, other = client(access_key="111111111111"), client(access_key="222222222222")
        name = unique("py", 16)
        owner.create_stream(StreamName=name, ShardCount=1)
        owner.get_waiter("stream_exists").wait(StreamName=name, WaiterConfig={"Delay": 0.1, "MaxAttempts": 50})
        arn = f"arn:aws:kinesis:us-east-1:111111111111:stream/{name}"

        with self.assertRaises(ClientError) as caught:
            other.put_record(StreamARN=arn, PartitionKey="k", Data=b"x")
        error = caught.exception.response
        self.assertEqual((error["Error"]["Code"], error["ResponseMetadata"]["HTTPStatusCode"]), ("AccessDeniedException", 400))
        self.assertEqual(error["Error"]["Message"],
                         f"User: arn:aws:iam::222222222222:root is not authorized to perform: kinesis:PutRecord on resource: {arn} "
                         "because no resource-based policy allows the kinesis:PutRecord action")

        owner.put_resource_policy(ResourceARN=arn, Policy=json.dumps({"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Principal": {"AWS": "222222222222"}, "Action": "kinesis:PutRecord", "Resource": arn}]}))
        self.assertEqual(other.put_record(StreamARN=arn, PartitionKey="k", Data=b"x")["ShardId"], "shardId-000000000000")


if __name__ == "__main__":
    unittest.main()
