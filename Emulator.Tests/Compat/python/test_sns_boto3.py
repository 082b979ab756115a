"""SNS through boto3 (the query protocol), with SQS queues and an HTTP endpoint served by the test as subscribers."""
import base64
import http.server
import json
import threading
import time
import unittest
import urllib.request
import uuid

from botocore.exceptions import ClientError

from compat import admin, advance_clock, client, unique


def wait_for(condition, seconds=30.0):
    """Polls until the condition holds. Deliveries run on the emulator's background workers; on a loaded CI machine
    (the whole suite runs in parallel on two cores) they can lag by seconds, so the bound is generous: a passing
    test never waits for it."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.02)
    return condition()


class Subscriber(http.server.ThreadingHTTPServer):
    """An HTTP endpoint that records every POST and answers each Notification with the next scripted status (200 when none is left)."""

    def __init__(self, statuses=()):
        self.requests = []
        self.statuses = list(statuses)
        self.lock = threading.Lock()
        super().__init__(("127.0.0.1", 0), SubscriberHandler)
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server_address[1]}/sns"

    def of_type(self, message_type):
        with self.lock:
            return [r for r in self.requests if r["headers"].get("x-amz-sns-message-type") == message_type]


class SubscriberHandler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"])).decode("utf-8")
        with self.server.lock:
            self.server.requests.append({"headers": {k.lower(): v for k, v in self.headers.items()}, "body": body})
            notification = self.headers.get("x-amz-sns-message-type") == "Notification"
            status = self.server.statuses.pop(0) if notification and self.server.statuses else 200
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


class Boto3SnsTest(unittest.TestCase):
    def setUp(self):
        self.sns = client("sns")
        self.sqs = client("sqs")

    def topic(self, prefix="py", **attributes):
        name = unique(prefix) + (".fifo" if attributes.get("FifoTopic") == "true" else "")
        return self.sns.create_topic(Name=name, Attributes=attributes)["TopicArn"]

    def queue(self, fifo=False, **attributes):
        name = unique("py-sub") + (".fifo" if fifo else "")
        if fifo:
            attributes["FifoQueue"] = "true"
        url = self.sqs.create_queue(QueueName=name, Attributes=attributes)["QueueUrl"]
        arn = self.sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        return url, arn

    def receive(self, url):
        return self.sqs.receive_message(
            QueueUrl=url, MaxNumberOfMessages=10, MessageAttributeNames=["All"],
            MessageSystemAttributeNames=["All"]).get("Messages", [])

    def error(self, call, **kwargs):
        with self.assertRaises(ClientError) as caught:
            call(**kwargs)
        return caught.exception.response["Error"]["Code"], caught.exception.response["ResponseMetadata"]["HTTPStatusCode"]

    def test_topic_lifecycle_attributes_tags_and_errors(self):
        name = unique("py-topic")
        arn = self.sns.create_topic(Name=name, Attributes={"DisplayName": "first"}, Tags=[{"Key": "team", "Value": "core"}])["TopicArn"]
        self.assertEqual(arn, f"arn:aws:sns:us-east-1:000000000000:{name}")
        self.assertEqual(self.sns.create_topic(Name=name, Attributes={"DisplayName": "first"})["TopicArn"], arn)
        self.assertEqual(self.error(self.sns.create_topic, Name=name, Attributes={"DisplayName": "other"}), ("InvalidParameter", 400))

        attributes = self.sns.get_topic_attributes(TopicArn=arn)["Attributes"]
        self.assertEqual(attributes["DisplayName"], "first")
        self.assertEqual(attributes["Owner"], "000000000000")
        self.assertEqual(attributes["SubscriptionsConfirmed"], "0")
        self.assertIn("__default_statement_ID", attributes["Policy"])
        self.assertIn("defaultHealthyRetryPolicy", attributes["EffectiveDeliveryPolicy"])

        self.sns.set_topic_attributes(TopicArn=arn, AttributeName="DisplayName", AttributeValue="renamed")
        self.assertEqual(self.sns.get_topic_attributes(TopicArn=arn)["Attributes"]["DisplayName"], "renamed")
        self.assertEqual(self.error(self.sns.set_topic_attributes, TopicArn=arn, AttributeName="Nope", AttributeValue="x"), ("InvalidParameter", 400))

        self.sns.tag_resource(ResourceArn=arn, Tags=[{"Key": "env", "Value": "test"}])
        self.sns.untag_resource(ResourceArn=arn, TagKeys=["team"])
        self.assertEqual(self.sns.list_tags_for_resource(ResourceArn=arn)["Tags"], [{"Key": "env", "Value": "test"}])

        self.sns.add_permission(TopicArn=arn, Label="share", AWSAccountId=["111122223333"], ActionName=["Publish"])
        self.assertIn('"Sid":"share"', self.sns.get_topic_attributes(TopicArn=arn)["Attributes"]["Policy"])
        self.sns.remove_permission(TopicArn=arn, Label="share")
        self.assertNotIn('"Sid":"share"', self.sns.get_topic_attributes(TopicArn=arn)["Attributes"]["Policy"])

        self.assertIn(arn, [t["TopicArn"] for t in self.sns.list_topics()["Topics"]])
        self.sns.delete_topic(TopicArn=arn)
        self.sns.delete_topic(TopicArn=arn)
        self.assertEqual(self.error(self.sns.get_topic_attributes, TopicArn=arn), ("NotFound", 404))
        self.assertEqual(self.error(self.sns.get_topic_attributes, TopicArn="not-an-arn"), ("InvalidParameter", 400))
        self.assertEqual(self.error(self.sns.create_topic, Name="bad name!"), ("InvalidParameter", 400))

    def test_topics_are_per_account_and_region(self):
        arn = self.topic("py-iso")
        other = client("sns", access_key="111122223333", region="eu-west-1")
        self.assertNotIn(arn, [t["TopicArn"] for t in other.list_topics()["Topics"]])
        self.assertIn(":eu-west-1:111122223333:", other.create_topic(Name=unique("py-other"))["TopicArn"])

    def test_the_topic_policy_governs_other_accounts(self):
        arn = self.topic("py-policy")
        other = client("sns", access_key="111122223333")
        self.assertEqual(self.error(other.publish, TopicArn=arn, Message="x"), ("AuthorizationError", 403))
        self.sns.add_permission(TopicArn=arn, Label="partner", AWSAccountId=["111122223333"], ActionName=["Publish"])
        self.assertTrue(other.publish(TopicArn=arn, Message="x")["MessageId"])
        self.assertEqual(self.error(other.delete_topic, TopicArn=arn), ("AuthorizationError", 403))
        self.sns.remove_permission(TopicArn=arn, Label="partner")
        self.assertEqual(self.error(other.publish, TopicArn=arn, Message="x"), ("AuthorizationError", 403))

    def test_fan_out_to_several_queues_in_the_aws_envelope(self):
        arn = self.topic("py-fan")
        queues = [self.queue() for _ in range(3)]
        for _, queue_arn in queues:
            self.sns.subscribe(TopicArn=arn, Protocol="sqs", Endpoint=queue_arn)
        self.assertEqual(len(self.sns.list_subscriptions_by_topic(TopicArn=arn)["Subscriptions"]), 3)

        published = self.sns.publish(TopicArn=arn, Message="hello fan-out", Subject="Greeting", MessageAttributes={
            "store": {"DataType": "String", "StringValue": "example_corp"},
            "price": {"DataType": "Number", "StringValue": "12.5"},
            "colours": {"DataType": "String.Array", "StringValue": '["red", "green"]'},
            "blob": {"DataType": "Binary", "BinaryValue": b"\x00\x01"},
        })
        for url, _ in queues:
            messages = self.receive(url)
            self.assertEqual(len(messages), 1)
            envelope = json.loads(messages[0]["Body"])
            self.assertEqual(envelope["Type"], "Notification")
            self.assertEqual(envelope["MessageId"], published["MessageId"])
            self.assertEqual(envelope["TopicArn"], arn)
            self.assertEqual(envelope["Subject"], "Greeting")
            self.assertEqual(envelope["Message"], "hello fan-out")
            self.assertEqual(envelope["SignatureVersion"], "1")
            self.assertTrue(envelope["Signature"])
            self.assertTrue(envelope["SigningCertURL"].endswith(".pem"))
            self.assertIn("Action=Unsubscribe", envelope["UnsubscribeURL"])
            self.assertEqual(envelope["MessageAttributes"]["store"], {"Type": "String", "Value": "example_corp"})
            self.assertEqual(envelope["MessageAttributes"]["price"], {"Type": "Number", "Value": "12.5"})
            self.assertEqual(envelope["MessageAttributes"]["colours"]["Type"], "String.Array")
            self.assertEqual(envelope["MessageAttributes"]["blob"], {"Type": "Binary", "Value": base64.b64encode(b"\x00\x01").decode()})
            self.assertEqual(messages[0]["Attributes"]["SenderId"], "AIDAIT2UOQQY3AUEKVGXU")

        with urllib.request.urlopen(envelope["SigningCertURL"]) as response:
            self.assertIn(b"BEGIN CERTIFICATE", response.read())

    def test_raw_delivery_carries_message_attributes_to_sqs(self):
        arn = self.topic("py-raw")
        url, queue_arn = self.queue()
        subscription = self.sns.subscribe(TopicArn=arn, Protocol="sqs", Endpoint=queue_arn,
                                          Attributes={"RawMessageDelivery": "true"}, ReturnSubscriptionArn=True)["SubscriptionArn"]
        self.assertEqual(self.sns.get_subscription_attributes(SubscriptionArn=subscription)["Attributes"]["RawMessageDelivery"], "true")

        self.sns.publish(TopicArn=arn, Message="raw body", MessageAttributes={"kind": {"DataType": "String", "StringValue": "order"}})
        message = self.receive(url)[0]
        self.assertEqual(message["Body"], "raw body")
        self.assertEqual(message["MessageAttributes"]["kind"], {"StringValue": "order", "DataType": "String"})

    def test_filter_policies_on_attributes_and_on_the_body(self):
        arn = self.topic("py-filter")
        attributes_url, attributes_arn = self.queue()
        body_url, body_arn = self.queue()
        self.sns.subscribe(TopicArn=arn, Protocol="sqs", Endpoint=attributes_arn, Attributes={
            "FilterPolicy": json.dumps({"store": ["example_corp"], "price": [{"numeric": [">", 10]}]}), "RawMessageDelivery": "true"})
        self.sns.subscribe(TopicArn=arn, Protocol="sqs", Endpoint=body_arn, Attributes={
            "FilterPolicyScope": "MessageBody", "FilterPolicy": json.dumps({"order": {"status": [{"prefix": "ship"}]}}),
            "RawMessageDelivery": "true"})

        def publish(message, store, price):
            self.sns.publish(TopicArn=arn, Message=message, MessageAttributes={
                "store": {"DataType": "String", "StringValue": store}, "price": {"DataType": "Number", "StringValue": price}})

        publish(json.dumps({"order": {"status": "shipped"}}), "example_corp", "20")
        publish(json.dumps({"order": {"status": "pending"}}), "example_corp", "5")
        publish(json.dumps({"order": {"status": "shipping"}}), "other", "50")

        self.assertEqual([json.loads(m["Body"])["order"]["status"] for m in self.receive(attributes_url)], ["shipped"])
        self.assertEqual(sorted(json.loads(m["Body"])["order"]["status"] for m in self.receive(body_url)), ["shipped", "shipping"])

        code = self.error(self.sns.subscribe, TopicArn=arn, Protocol="sqs", Endpoint=attributes_arn,
                          Attributes={"FilterPolicy": '{"a": [{"numeric": [">", "x"]}]}'})
        self.assertEqual(code, ("InvalidParameter", 400))

    def test_fifo_topic_to_fifo_queue_keeps_order_and_deduplicates(self):
        arn = self.topic("py-fifo", FifoTopic="true", ContentBasedDeduplication="true")
        url, queue_arn = self.queue(fifo=True)
        self.sns.subscribe(TopicArn=arn, Protocol="sqs", Endpoint=queue_arn)
        sequences = []
        for i in range(5):
            sequences.append(self.sns.publish(TopicArn=arn, Message=f"m{i}", MessageGroupId="g1")["SequenceNumber"])
        duplicate = self.sns.publish(TopicArn=arn, Message="m0", MessageGroupId="g1")
        self.assertEqual(duplicate["SequenceNumber"], sequences[0])
        self.assertEqual(sequences, sorted(sequences))

        received = []
        while len(received) < 5:
            batch = self.receive(url)
            self.assertTrue(batch)
            for message in batch:
                envelope = json.loads(message["Body"])
                received.append((envelope["Message"], envelope["SequenceNumber"]))
                self.assertNotIn("Signature", envelope)
                self.sqs.delete_message(QueueUrl=url, ReceiptHandle=message["ReceiptHandle"])
        self.assertEqual(received, [(f"m{i}", sequences[i]) for i in range(5)])
        self.assertEqual(self.receive(url), [])

        self.assertEqual(self.error(self.sns.publish, TopicArn=arn, Message="no group"), ("InvalidParameter", 400))
        standard = self.topic("py-std")
        self.assertEqual(self.error(self.sns.subscribe, TopicArn=standard, Protocol="sqs", Endpoint=queue_arn), ("InvalidParameter", 400))

    def test_publish_batch_checks_every_entry_before_sending_any(self):
        # As recorded on AWS, an entry that fails validation fails the whole request.
        arn = self.topic("py-batch")
        url, queue_arn = self.queue()
        self.sns.subscribe(TopicArn=arn, Protocol="sqs", Endpoint=queue_arn, Attributes={"RawMessageDelivery": "true"})
        self.assertEqual(self.error(self.sns.publish_batch, TopicArn=arn, PublishBatchRequestEntries=[
            {"Id": "one", "Message": "first"},
            {"Id": "two", "Message": "second", "MessageAttributes": {"n": {"DataType": "Number", "StringValue": "not a number"}}},
        ]), ("ParameterValueInvalid", 400))
        result = self.sns.publish_batch(TopicArn=arn, PublishBatchRequestEntries=[
            {"Id": "one", "Message": "first"}, {"Id": "three", "Message": "third"}])
        self.assertEqual(sorted(s["Id"] for s in result["Successful"]), ["one", "three"])
        self.assertEqual(result["Failed"], [])
        self.assertEqual(sorted(m["Body"] for m in self.receive(url)), ["first", "third"])
        self.assertEqual(self.error(self.sns.publish_batch, TopicArn=arn, PublishBatchRequestEntries=[
            {"Id": "same", "Message": "a"}, {"Id": "same", "Message": "b"}]), ("BatchEntryIdsNotDistinct", 400))

    def test_http_subscriber_confirms_and_receives(self):
        subscriber = Subscriber()
        self.addCleanup(subscriber.shutdown)
        arn = self.topic("py-http")
        pending = self.sns.subscribe(TopicArn=arn, Protocol="http", Endpoint=subscriber.url)
        self.assertEqual(pending["SubscriptionArn"], "pending confirmation")

        confirmation = wait_for(lambda: subscriber.of_type("SubscriptionConfirmation"))
        self.assertTrue(confirmation, "no SubscriptionConfirmation arrived")
        document = json.loads(confirmation[0]["body"])
        self.assertEqual(document["TopicArn"], arn)
        with urllib.request.urlopen(document["SubscribeURL"]) as response:
            self.assertIn(b"ConfirmSubscriptionResult", response.read())
        subscriptions = self.sns.list_subscriptions_by_topic(TopicArn=arn)["Subscriptions"]
        self.assertNotEqual(subscriptions[0]["SubscriptionArn"], "PendingConfirmation")

        self.sns.publish(TopicArn=arn, Message="over http", Subject="S")
        notification = wait_for(lambda: subscriber.of_type("Notification"))
        self.assertTrue(notification, "no Notification arrived")
        headers = notification[0]["headers"]
        self.assertEqual(headers["x-amz-sns-topic-arn"], arn)
        self.assertEqual(headers["x-amz-sns-subscription-arn"], subscriptions[0]["SubscriptionArn"])
        self.assertEqual(headers["x-amz-sns-rawdelivery"], "false")
        self.assertTrue(headers["content-type"].startswith("text/plain"))
        self.assertEqual(json.loads(notification[0]["body"])["Message"], "over http")

        self.sns.unsubscribe(SubscriptionArn=subscriptions[0]["SubscriptionArn"])
        self.assertTrue(wait_for(lambda: subscriber.of_type("UnsubscribeConfirmation")))

    def test_http_retries_follow_the_delivery_policy_and_end_in_the_dead_letter_queue(self):
        subscriber = Subscriber(statuses=[500, 200, 503, 503])
        self.addCleanup(subscriber.shutdown)
        arn = self.topic("py-retry")
        dlq_url, dlq_arn = self.queue()
        subscription = self.sns.subscribe(TopicArn=arn, Protocol="http", Endpoint=subscriber.url, ReturnSubscriptionArn=True,
                                          Attributes={"RawMessageDelivery": "true"})["SubscriptionArn"]
        token = admin(f"/_aws/sns/subscription-tokens/{subscription}")["subscription_token"]
        self.sns.confirm_subscription(TopicArn=arn, Token=token)
        self.sns.set_subscription_attributes(SubscriptionArn=subscription, AttributeName="RedrivePolicy",
                                             AttributeValue=json.dumps({"deadLetterTargetArn": dlq_arn}))
        self.sns.set_subscription_attributes(SubscriptionArn=subscription, AttributeName="DeliveryPolicy", AttributeValue=json.dumps(
            {"healthyRetryPolicy": {"numRetries": 1, "minDelayTarget": 30, "maxDelayTarget": 30}}))

        def attempts():
            return [r for r in subscriber.of_type("Notification")]

        self.sns.publish(TopicArn=arn, Message="retry me")
        self.assertEqual(len(wait_for(lambda: attempts())), 1)
        # The retry waits 30 s on the emulator's clock; move it until the retry arrives.
        self.assertTrue(wait_for(lambda: advance_clock(31) or len(attempts()) == 2), f"{len(attempts())} attempts, expected 2")
        self.assertEqual([a["body"] for a in attempts()], ["retry me", "retry me"])

        self.sns.publish(TopicArn=arn, Message="give up")
        self.assertTrue(wait_for(lambda: len(attempts()) == 3), f"{len(attempts())} attempts, expected 3")
        self.assertTrue(wait_for(lambda: advance_clock(31) or len(attempts()) == 4), f"{len(attempts())} attempts, expected 4")
        dead = wait_for(lambda: self.receive(dlq_url))
        self.assertEqual([m["Body"] for m in dead], ["give up"])

    def test_email_sms_and_push_are_recorded_for_the_admin_api(self):
        arn = self.topic("py-record")
        email = self.sns.subscribe(TopicArn=arn, Protocol="email", Endpoint="someone@example.com", ReturnSubscriptionArn=True)["SubscriptionArn"]
        self.assertEqual(self.sns.get_subscription_attributes(SubscriptionArn=email)["Attributes"]["PendingConfirmation"], "true")
        token = admin(f"/_aws/sns/subscription-tokens/{email}")["subscription_token"]
        self.assertEqual(self.sns.confirm_subscription(TopicArn=arn, Token=token)["SubscriptionArn"], email)
        self.assertEqual(self.error(self.sns.confirm_subscription, TopicArn=arn, Token="bogus"), ("InvalidParameter", 400))

        phone = "+15550001234"
        self.sns.subscribe(TopicArn=arn, Protocol="sms", Endpoint=phone)
        self.sns.publish(TopicArn=arn, Message="to everyone", Subject="Hi")
        self.sns.publish(PhoneNumber="+15550009999", Message="direct text")

        emails = [d for d in admin("/_emulator/sns/deliveries/email") if d["subscriptionArn"] == email]
        self.assertEqual([(e["message"], e["subject"]) for e in emails if e["message"] == "to everyone"], [("to everyone", "Hi")])
        sms = admin("/_aws/sns/sms-messages")["sms_messages"]
        self.assertIn("to everyone", [m["Message"] for m in sms[phone]])
        self.assertEqual([m["Message"] for m in sms["+15550009999"]], ["direct text"])

        application = self.sns.create_platform_application(
            Name=unique("py-app"), Platform="GCM", Attributes={"PlatformCredential": "key"})["PlatformApplicationArn"]
        endpoint = self.sns.create_platform_endpoint(PlatformApplicationArn=application, Token="device-token")["EndpointArn"]
        self.assertEqual(self.sns.create_platform_endpoint(PlatformApplicationArn=application, Token="device-token")["EndpointArn"], endpoint)
        self.sns.publish(TargetArn=endpoint, Message=json.dumps({"default": "plain", "GCM": '{"data":{"k":"v"}}'}), MessageStructure="json")
        pushed = admin(f"/_aws/sns/platform-endpoint-messages?endpointArn={endpoint}")["platform_endpoint_messages"][endpoint]
        self.assertEqual([m["Message"] for m in pushed], ['{"data":{"k":"v"}}'])

        self.sns.set_endpoint_attributes(EndpointArn=endpoint, Attributes={"Enabled": "false"})
        self.assertEqual(self.error(self.sns.publish, TargetArn=endpoint, Message="x"), ("EndpointDisabled", 400))

    def test_sms_sandbox_numbers_are_verified_with_the_texted_code_and_listed_in_pages(self):
        numbers = [f"+1555{uuid.uuid4().int % 10_000_000:07d}" for _ in range(2)]
        for number in numbers:
            self.sns.create_sms_sandbox_phone_number(PhoneNumber=number)
        code = admin("/_aws/sns/sms-messages")["sms_messages"][numbers[0]][-1]["Message"].rsplit(" ", 1)[-1]
        self.assertEqual(self.error(self.sns.verify_sms_sandbox_phone_number, PhoneNumber=numbers[0], OneTimePassword="000000"),
                         ("VerificationException", 400))
        self.sns.verify_sms_sandbox_phone_number(PhoneNumber=numbers[0], OneTimePassword=code)

        listed, token = {}, None
        while True:
            page = self.sns.list_sms_sandbox_phone_numbers(MaxResults=1, **({"NextToken": token} if token else {}))
            self.assertLessEqual(len(page["PhoneNumbers"]), 1)
            listed.update((n["PhoneNumber"], n["Status"]) for n in page["PhoneNumbers"])
            token = page.get("NextToken")
            if not token:
                break
        self.assertEqual(listed[numbers[0]], "Verified")
        self.assertEqual(listed[numbers[1]], "Pending")
        self.assertEqual(self.error(self.sns.list_sms_sandbox_phone_numbers, MaxResults=101), ("InvalidParameter", 400))
        for number in numbers:
            self.sns.delete_sms_sandbox_phone_number(PhoneNumber=number)

    def test_publish_validation(self):
        arn = self.topic("py-valid")
        self.assertEqual(self.error(self.sns.publish, TopicArn=arn, Message=""), ("InvalidParameter", 400))
        self.assertEqual(self.error(self.sns.publish, TopicArn=arn, Message="x" * (256 * 1024 + 1)), ("InvalidParameter", 400))
        self.sns.publish(TopicArn=arn, Message="x" * (256 * 1024))
        self.assertEqual(self.error(self.sns.publish, TopicArn=arn, Message="x", Subject="line\nbreak"), ("InvalidParameter", 400))
        self.assertEqual(self.error(self.sns.publish, TopicArn=arn, Message='{"no":"default"}', MessageStructure="json"), ("InvalidParameter", 400))
        self.assertEqual(self.error(self.sns.publish, TopicArn=arn + "-missing", Message="x"), ("NotFound", 404))
        self.assertEqual(self.error(self.sns.publish, TopicArn=arn, Message="x", MessageDeduplicationId="d"), ("InvalidParameter", 400))
        self.assertEqual(self.error(self.sns.publish, TopicArn=arn, Message="x", MessageAttributes={
            "bad": {"DataType": "Sting", "StringValue": "x"}}), ("ParameterValueInvalid", 400))


if __name__ == "__main__":
    unittest.main()
