"""Strict mode (--auth strict) through boto3: each service's answer to a wrong secret and an unknown key, and SNS
deliveries into SQS only where the queue's policy allows them. The emulator runs with the credentials
test:test,111111111111:secret-a,222222222222:secret-b."""
import json
import unittest

from botocore.exceptions import ClientError

from compat import admin, client, unique, wait_for

ACCOUNT = "111111111111"


class StrictAuthTest(unittest.TestCase):
    def refusal(self, call):
        with self.assertRaises(ClientError) as raised:
            call()
        error = raised.exception.response
        return error["Error"]["Code"], error["ResponseMetadata"]["HTTPStatusCode"]

    def check_service(self, service, call, wrong_secret, unknown_key):
        call(client(service, ACCOUNT, secret="secret-a"))
        self.assertEqual(wrong_secret, self.refusal(lambda: call(client(service, ACCOUNT, secret="secret-b"))))
        self.assertEqual(unknown_key, self.refusal(lambda: call(client(service, "AKIDUNKNOWN", secret="secret-a"))))

    def test_sns_answers_query_codes_with_403(self):
        self.check_service("sns", lambda sns: sns.list_topics(),
                           ("SignatureDoesNotMatch", 403), ("InvalidClientTokenId", 403))

    def test_kinesis_answers_json_codes_with_400(self):
        self.check_service("kinesis", lambda kinesis: kinesis.list_streams(),
                           ("InvalidSignatureException", 400), ("UnrecognizedClientException", 400))

    def test_firehose_answers_json_codes_with_400(self):
        self.check_service("firehose", lambda firehose: firehose.list_delivery_streams(),
                           ("InvalidSignatureException", 400), ("UnrecognizedClientException", 400))

    def test_sns_delivers_into_a_queue_only_when_its_policy_allows_the_topic(self):
        sns = client("sns", ACCOUNT, secret="secret-a")
        sqs = client("sqs", ACCOUNT, secret="secret-a")
        topic = sns.create_topic(Name=unique("strict-topic"))["TopicArn"]
        other_topic = sns.create_topic(Name=unique("strict-other"))["TopicArn"]
        url = sqs.create_queue(QueueName=unique("strict-queue"))["QueueUrl"]
        queue = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        subscription = sns.subscribe(TopicArn=topic, Protocol="sqs", Endpoint=queue)["SubscriptionArn"]

        def allow_sns_from(source_arn):
            sqs.set_queue_attributes(QueueUrl=url, Attributes={"Policy": json.dumps({
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Principal": {"Service": "sns.amazonaws.com"}, "Action": "sqs:SendMessage",
                               "Resource": queue, "Condition": {"ArnEquals": {"aws:SourceArn": source_arn}}}],
            })})

        def outcomes():
            return [a["outcome"] for a in admin("/_emulator/sns/delivery-log") if a["subscriptionArn"] == subscription]

        sns.publish(TopicArn=topic, Message="no policy")
        allow_sns_from(other_topic)
        sns.publish(TopicArn=topic, Message="another topic's policy")
        self.assertEqual(["failed", "failed"], wait_for(lambda: outcomes() if len(outcomes()) == 2 else None))
        self.assertIn("AccessDenied", [a for a in admin("/_emulator/sns/delivery-log") if a["subscriptionArn"] == subscription][0]["error"])

        allow_sns_from(topic)
        sns.publish(TopicArn=topic, Message="allowed")
        received = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, WaitTimeSeconds=1).get("Messages", [])
        self.assertEqual(["allowed"], [json.loads(m["Body"])["Message"] for m in received])


if __name__ == "__main__":
    unittest.main()
