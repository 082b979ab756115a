"""Lambda function endpoints: the emulator was started with --lambda-endpoints naming a function served here (on
FUNCTION_PORT), as the Lambda Runtime Interface Emulator would serve it. A Firehose Lambda transformation gets AWS's
transformation event and its answer is applied (Ok, Dropped, ProcessingFailed); an SNS lambda subscription gets
Lambda's SNS event."""
import base64
import json
import os
import threading
import unittest
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from compat import advance_clock, client, unique, wait_for

ROLE = "arn:aws:iam::000000000000:role/firehose"
EVENTS = []


class Function(BaseHTTPRequestHandler):
    """Upper-cases records, drops 'drop', fails 'fail'; answers SNS events with null."""

    def do_POST(self):
        event = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        EVENTS.append(event)
        if "records" in event:
            answer = {"records": [self.transform(r) for r in event["records"]]}
        else:
            answer = None
        body = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    @staticmethod
    def transform(record):
        data = base64.b64decode(record["data"])
        result = {b"drop": "Dropped", b"fail": "ProcessingFailed"}.get(data, "Ok")
        return {"recordId": record["recordId"], "result": result, "data": base64.b64encode(data.upper() + b"\n").decode()}

    def log_message(self, *args):
        pass



class FunctionEndpointsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = ThreadingHTTPServer(("127.0.0.1", int(os.environ["FUNCTION_PORT"])), Function)
        threading.Thread(target=cls.server.serve_forever, daemon=True).start()

    @classmethod
    def tearDownClass(cls):
        cls.server.shutdown()
        cls.server.server_close()

    def test_firehose_lambda_transformation(self):
        firehose, s3 = client("firehose"), client("s3")
        bucket = unique("py-fn").lower()
        s3.create_bucket(Bucket=bucket)
        name = unique("py-transform")
        firehose.create_delivery_stream(DeliveryStreamName=name, ExtendedS3DestinationConfiguration={
            "RoleARN": ROLE, "BucketARN": f"arn:aws:s3:::{bucket}", "Prefix": "ok/", "ErrorOutputPrefix": "failed/",
            "BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 60},
            "ProcessingConfiguration": {"Enabled": True, "Processors": [{"Type": "Lambda", "Parameters": [
                {"ParameterName": "LambdaArn", "ParameterValue": "arn:aws:lambda:us-east-1:000000000000:function:transform"}]}]},
        })
        firehose.put_record_batch(DeliveryStreamName=name, Records=[{"Data": d} for d in (b"a", b"drop", b"b", b"fail")])
        advance_clock(61)
        delivered = wait_for(lambda: s3.list_objects_v2(Bucket=bucket, Prefix="ok/").get("Contents"))
        self.assertEqual(s3.get_object(Bucket=bucket, Key=delivered[0]["Key"])["Body"].read(), b"A\nB\n")
        failed = wait_for(lambda: s3.list_objects_v2(Bucket=bucket, Prefix="failed/").get("Contents"))
        line = json.loads(s3.get_object(Bucket=bucket, Key=failed[0]["Key"])["Body"].read().splitlines()[0])
        self.assertEqual(base64.b64decode(line["rawData"]), b"fail")
        event = next(e for e in EVENTS if "records" in e)
        self.assertEqual(event["deliveryStreamArn"], f"arn:aws:firehose:us-east-1:000000000000:deliverystream/{name}")
        self.assertEqual(sorted(event), ["deliveryStreamArn", "invocationId", "records", "region"])
        self.assertEqual(sorted(event["records"][0]), ["approximateArrivalTimestamp", "data", "recordId"])

    def test_sns_lambda_subscription(self):
        sns = client("sns")
        topic = sns.create_topic(Name=unique("py-fn-topic"))["TopicArn"]
        function = "arn:aws:lambda:us-east-1:000000000000:function:notified"
        subscription = sns.subscribe(TopicArn=topic, Protocol="lambda", Endpoint=function, ReturnSubscriptionArn=True)["SubscriptionArn"]
        sns.publish(TopicArn=topic, Message="hello", Subject="greeting",
                    MessageAttributes={"kind": {"DataType": "String", "StringValue": "test"}})
        event = wait_for(lambda: next((e for e in EVENTS if "Records" in e and e["Records"][0]["EventSubscriptionArn"] == subscription), None))
        record = event["Records"][0]
        self.assertEqual((record["EventSource"], record["EventVersion"]), ("aws:sns", "1.0"))
        self.assertEqual((record["Sns"]["Message"], record["Sns"]["Subject"], record["Sns"]["TopicArn"]), ("hello", "greeting", topic))
        self.assertIn("UnsubscribeUrl", record["Sns"])
        self.assertIn("SigningCertUrl", record["Sns"])
        self.assertEqual(record["Sns"]["MessageAttributes"]["kind"], {"Type": "String", "Value": "test"})


if __name__ == "__main__":
    unittest.main()
