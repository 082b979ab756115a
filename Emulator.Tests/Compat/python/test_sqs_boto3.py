"""SQS through boto3, which speaks AWS JSON 1.0 with query-compatible error codes."""
import json
import threading
import time
import unittest

from botocore.exceptions import ClientError

from compat import ENDPOINT, advance_clock, unique
from compat import client as service_client


def client(access_key="test", region="us-east-1"):
    return service_client("sqs", access_key, region)


class Boto3SqsTest(unittest.TestCase):
    def setUp(self):
        self.sqs = client()

    def create(self, prefix="py", **attributes):
        return self.sqs.create_queue(QueueName=unique(prefix), Attributes=attributes)["QueueUrl"]

    def arn(self, url):
        return self.sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]

    def receive(self, url, **extra):
        return self.sqs.receive_message(
            QueueUrl=url, MaxNumberOfMessages=10, MessageSystemAttributeNames=["All"],
            MessageAttributeNames=["All"], **extra).get("Messages", [])

    def test_queue_lifecycle_and_errors(self):
        name = unique("py-life")
        url = self.sqs.create_queue(QueueName=name, tags={"team": "core"})["QueueUrl"]
        self.assertTrue(url.endswith(f"/000000000000/{name}"))
        self.assertEqual(self.sqs.get_queue_url(QueueName=name)["QueueUrl"], url)
        self.assertEqual(self.sqs.list_queues(QueueNamePrefix=name)["QueueUrls"], [url])
        self.assertEqual(self.sqs.list_queue_tags(QueueUrl=url)["Tags"], {"team": "core"})

        with self.assertRaises(ClientError) as caught:
            self.sqs.create_queue(QueueName=name, Attributes={"VisibilityTimeout": "99"})
        self.assertEqual(caught.exception.response["Error"]["Code"], "QueueAlreadyExists")

        with self.assertRaises(ClientError) as caught:
            self.sqs.set_queue_attributes(QueueUrl=url, Attributes={"MessageRetentionPeriod": "10"})
        self.assertEqual(caught.exception.response["Error"]["Code"], "InvalidAttributeValue")

        self.sqs.delete_queue(QueueUrl=url)
        with self.assertRaises(ClientError) as caught:
            self.sqs.get_queue_url(QueueName=name)
        self.assertEqual(caught.exception.response["Error"]["Code"], "AWS.SimpleQueueService.NonExistentQueue")
        self.assertEqual(caught.exception.response["ResponseMetadata"]["HTTPStatusCode"], 400)

    def test_accounts_are_isolated(self):
        name = unique("py-iso")
        other = client(access_key="111122223333")
        url = other.create_queue(QueueName=name)["QueueUrl"]
        self.assertIn("/111122223333/", url)
        with self.assertRaises(ClientError):
            self.sqs.get_queue_url(QueueName=name)

    def test_messages_with_attributes(self):
        url = self.create()
        sent = self.sqs.send_message(
            QueueUrl=url, MessageBody="héllo 🌍",
            MessageAttributes={
                "s": {"DataType": "String", "StringValue": "v"},
                "n": {"DataType": "Number", "StringValue": "3.14"},
                "b": {"DataType": "Binary", "BinaryValue": b"\x00\x01\xff"},
            })
        self.assertEqual(len(sent["MD5OfMessageBody"]), 32)
        [message] = self.receive(url)
        self.assertEqual(message["Body"], "héllo 🌍")
        self.assertEqual(message["MessageAttributes"]["b"]["BinaryValue"], b"\x00\x01\xff")
        self.assertEqual(message["MD5OfMessageAttributes"], sent["MD5OfMessageAttributes"])
        self.assertEqual(message["Attributes"]["ApproximateReceiveCount"], "1")
        self.sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])

    def test_visibility_timeout_follows_the_admin_clock(self):
        url = self.create(VisibilityTimeout="120")
        self.sqs.send_message(QueueUrl=url, MessageBody="m")
        self.assertEqual(len(self.receive(url)), 1)
        self.assertEqual(self.receive(url), [])
        advance_clock(121)
        [again] = self.receive(url)
        self.assertEqual(again["Attributes"]["ApproximateReceiveCount"], "2")

    def test_batches(self):
        url = self.create()
        result = self.sqs.send_message_batch(QueueUrl=url, Entries=[
            {"Id": "a", "MessageBody": "1"}, {"Id": "b", "MessageBody": "2", "DelaySeconds": 1000}])
        self.assertEqual([e["Id"] for e in result["Successful"]], ["a"])
        self.assertEqual(result["Failed"][0]["Code"], "InvalidParameterValue")
        self.assertTrue(result["Failed"][0]["SenderFault"])
        with self.assertRaises(ClientError) as caught:
            self.sqs.send_message_batch(QueueUrl=url, Entries=[{"Id": "x", "MessageBody": "1"}, {"Id": "x", "MessageBody": "2"}])
        self.assertEqual(caught.exception.response["Error"]["Code"], "AWS.SimpleQueueService.BatchEntryIdsNotDistinct")
        [message] = self.receive(url)
        deleted = self.sqs.delete_message_batch(QueueUrl=url, Entries=[
            {"Id": "d", "ReceiptHandle": message["ReceiptHandle"]}, {"Id": "e", "ReceiptHandle": "garbage"}])
        self.assertEqual([e["Id"] for e in deleted["Successful"]], ["d"])
        self.assertEqual(deleted["Failed"][0]["Code"], "ReceiptHandleIsInvalid")

    def test_fifo_order_and_deduplication(self):
        url = self.sqs.create_queue(QueueName=unique("py-fifo") + ".fifo", Attributes={"FifoQueue": "true"})["QueueUrl"]
        first = self.sqs.send_message(QueueUrl=url, MessageBody="1", MessageGroupId="g", MessageDeduplicationId="a")
        again = self.sqs.send_message(QueueUrl=url, MessageBody="1", MessageGroupId="g", MessageDeduplicationId="a")
        self.sqs.send_message(QueueUrl=url, MessageBody="2", MessageGroupId="g", MessageDeduplicationId="b")
        self.assertEqual(first["MessageId"], again["MessageId"])
        self.assertEqual([m["Body"] for m in self.receive(url)], ["1", "2"])
        with self.assertRaises(ClientError) as caught:
            self.sqs.send_message(QueueUrl=url, MessageBody="x", MessageDeduplicationId="c")
        self.assertEqual(caught.exception.response["Error"]["Code"], "MissingParameter")

    def test_long_poll_wakes_on_send(self):
        url = self.create()
        timer = threading.Timer(0.3, lambda: client().send_message(QueueUrl=url, MessageBody="wake"))
        started = time.monotonic()
        timer.start()
        messages = self.receive(url, WaitTimeSeconds=10)
        timer.join()
        self.assertEqual([m["Body"] for m in messages], ["wake"])
        self.assertLess(time.monotonic() - started, 5)

    def test_dead_letter_queue_purge_and_permissions(self):
        dlq = self.create("py-dlq")
        url = self.create(VisibilityTimeout="5", RedrivePolicy=json.dumps({"deadLetterTargetArn": self.arn(dlq), "maxReceiveCount": 1}))
        self.sqs.send_message(QueueUrl=url, MessageBody="poison")
        self.assertEqual(len(self.receive(url)), 1)
        advance_clock(6)
        self.assertEqual(self.receive(url), [])
        [dead] = self.receive(dlq)
        self.assertEqual(dead["Attributes"]["DeadLetterQueueSourceArn"], self.arn(url))
        self.assertEqual(self.sqs.list_dead_letter_source_queues(QueueUrl=dlq)["queueUrls"], [url])

        self.sqs.purge_queue(QueueUrl=dlq)
        self.sqs.purge_queue(QueueUrl=dlq)

        self.sqs.add_permission(QueueUrl=url, Label="p", AWSAccountIds=["111122223333"], Actions=["SendMessage"])
        policy = json.loads(self.sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["Policy"])["Attributes"]["Policy"])
        self.assertEqual(policy["Statement"][0]["Sid"], "p")
        self.sqs.remove_permission(QueueUrl=url, Label="p")


if __name__ == "__main__":
    unittest.main()
