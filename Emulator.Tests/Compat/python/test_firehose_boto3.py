"""Firehose through boto3 (AWS JSON 1.1): delivery streams, direct puts delivered into the emulator's S3 when the
buffer interval passes on the emulator's clock, Kinesis as a source, an HTTP endpoint served here that checks AWS's
request format and fails once, and the errors AWS documents."""
import base64
import gzip
import json
import threading
import unittest
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from botocore.exceptions import ClientError

from compat import admin, advance_clock, client, unique, wait_for

ROLE = "arn:aws:iam::000000000000:role/firehose"



def buffered(name):
    """Bytes a delivery stream holds; sources feed it on the emulator's workers, so tests wait for them before moving the clock."""
    return admin(f"/_emulator/firehose/delivery-streams/000000000000/us-east-1/{name}")["bufferedBytes"]


class Boto3FirehoseTest(unittest.TestCase):
    def setUp(self):
        self.firehose = client("firehose")
        self.s3 = client("s3")
        self.bucket = unique("py-fh").lower()
        self.s3.create_bucket(Bucket=self.bucket)

    def objects(self, prefix=""):
        return self.s3.list_objects_v2(Bucket=self.bucket, Prefix=prefix).get("Contents", [])

    def s3_destination(self, **extra):
        return dict(RoleARN=ROLE, BucketARN=f"arn:aws:s3:::{self.bucket}", BufferingHints={"SizeInMBs": 1, "IntervalInSeconds": 60}, **extra)

    def test_direct_puts_reach_s3_when_the_interval_passes(self):
        name = unique("py-direct")
        arn = self.firehose.create_delivery_stream(
            DeliveryStreamName=name, ExtendedS3DestinationConfiguration=self.s3_destination(CompressionFormat="GZIP"),
            Tags=[{"Key": "team", "Value": "data"}])["DeliveryStreamARN"]
        self.assertEqual(arn, f"arn:aws:firehose:us-east-1:000000000000:deliverystream/{name}")
        described = self.firehose.describe_delivery_stream(DeliveryStreamName=name)["DeliveryStreamDescription"]
        self.assertEqual((described["DeliveryStreamStatus"], described["VersionId"], described["DeliveryStreamType"]), ("ACTIVE", "1", "DirectPut"))
        destination = described["Destinations"][0]
        self.assertEqual(destination["DestinationId"], "destinationId-000000000001")
        self.assertEqual(destination["ExtendedS3DestinationDescription"]["CompressionFormat"], "GZIP")
        self.assertEqual(destination["ExtendedS3DestinationDescription"]["EncryptionConfiguration"], {"NoEncryptionConfig": "NoEncryption"})

        self.firehose.put_record(DeliveryStreamName=name, Record={"Data": b"first\n"})
        batch = self.firehose.put_record_batch(DeliveryStreamName=name, Records=[{"Data": b"r%d\n" % i} for i in range(100)])
        self.assertEqual((batch["FailedPutCount"], len(batch["RequestResponses"])), (0, 100))
        self.assertEqual(self.objects(), [], "nothing before the buffer interval")

        advance_clock(61)
        objects = wait_for(self.objects)
        self.assertEqual(len(objects), 1)
        key = objects[0]["Key"]
        self.assertRegex(key, r"^\d{4}/\d{2}/\d{2}/\d{2}/" + name + r"-1-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}-[0-9a-f-]{36}\.gz$")
        body = gzip.decompress(self.s3.get_object(Bucket=self.bucket, Key=key)["Body"].read())
        self.assertEqual(body, b"first\n" + b"".join(b"r%d\n" % i for i in range(100)))

        self.assertEqual(self.firehose.list_tags_for_delivery_stream(DeliveryStreamName=name)["Tags"], [{"Key": "team", "Value": "data"}])
        self.firehose.delete_delivery_stream(DeliveryStreamName=name)
        with self.assertRaises(ClientError) as caught:
            self.firehose.describe_delivery_stream(DeliveryStreamName=name)
        self.assertEqual(caught.exception.response["Error"]["Code"], "ResourceNotFoundException")
        self.assertEqual(caught.exception.response["Error"]["Message"], f"Firehose {name} under account 000000000000 not found.")

    def test_custom_prefix_and_update_destination(self):
        name = unique("py-prefix")
        self.firehose.create_delivery_stream(
            DeliveryStreamName=name, S3DestinationConfiguration=self.s3_destination(Prefix="events/!{timestamp:yyyy'-'MM}/"))
        described = self.firehose.describe_delivery_stream(DeliveryStreamName=name)["DeliveryStreamDescription"]
        self.firehose.update_destination(
            DeliveryStreamName=name, CurrentDeliveryStreamVersionId=described["VersionId"],
            DestinationId="destinationId-000000000001", S3DestinationUpdate={"Prefix": "updated/"})
        with self.assertRaises(ClientError) as caught:
            self.firehose.update_destination(
                DeliveryStreamName=name, CurrentDeliveryStreamVersionId="1",
                DestinationId="destinationId-000000000001", S3DestinationUpdate={"Prefix": "again/"})
        self.assertEqual(caught.exception.response["Error"]["Code"], "ConcurrentModificationException")
        after = self.firehose.describe_delivery_stream(DeliveryStreamName=name)["DeliveryStreamDescription"]
        self.assertEqual((after["VersionId"], after["Destinations"][0]["S3DestinationDescription"]["Prefix"]), ("2", "updated/"))

        self.firehose.put_record(DeliveryStreamName=name, Record={"Data": b"x"})
        advance_clock(61)
        objects = wait_for(lambda: self.objects("updated/"))
        self.assertRegex(objects[0]["Key"], r"^updated/" + name + r"-2-")

    def test_kinesis_stream_as_source(self):
        kinesis = client("kinesis")
        stream = unique("py-src")
        kinesis.create_stream(StreamName=stream, ShardCount=2)
        name = unique("py-from-kinesis")
        self.firehose.create_delivery_stream(
            DeliveryStreamName=name, DeliveryStreamType="KinesisStreamAsSource",
            KinesisStreamSourceConfiguration={"KinesisStreamARN": f"arn:aws:kinesis:us-east-1:000000000000:stream/{stream}", "RoleARN": ROLE},
            ExtendedS3DestinationConfiguration=self.s3_destination(Prefix="kinesis/"))
        sent = {b"k%d;" % i for i in range(50)}
        kinesis.put_records(StreamName=stream, Records=[{"Data": d, "PartitionKey": d.decode()} for d in sorted(sent)])
        with self.assertRaises(ClientError) as caught:
            self.firehose.put_record(DeliveryStreamName=name, Record={"Data": b"x"})
        self.assertEqual(caught.exception.response["Error"]["Message"],
                         "This operation is not permitted on KinesisStreamAsSource delivery stream type.")
        self.assertTrue(wait_for(lambda: buffered(name) == sum(len(d) for d in sent)), "the source's records reach the buffer")
        advance_clock(61)
        objects = wait_for(lambda: self.objects("kinesis/"))
        body = b"".join(self.s3.get_object(Bucket=self.bucket, Key=o["Key"])["Body"].read() for o in objects)
        received = [part + b";" for part in body.split(b";") if part]
        self.assertEqual(sorted(received), sorted(sent), "every record exactly once")

    def test_http_endpoint_request_format_and_a_retry(self):
        requests = []

        class Endpoint(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                requests.append((dict(self.headers), json.loads(gzip.decompress(body))))
                failing = len(requests) == 1
                answer = json.dumps({"requestId": "wrong" if failing else requests[-1][1]["requestId"], "timestamp": 1}).encode()
                self.send_response(500 if failing else 200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args):
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Endpoint)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            name = unique("py-http")
            self.firehose.create_delivery_stream(
                DeliveryStreamName=name,
                HttpEndpointDestinationConfiguration={
                    "EndpointConfiguration": {"Url": f"http://127.0.0.1:{server.server_port}/ingest", "Name": "local", "AccessKey": "secret"},
                    "BufferingHints": {"SizeInMBs": 1, "IntervalInSeconds": 60},
                    "RequestConfiguration": {"ContentEncoding": "GZIP", "CommonAttributes": [{"AttributeName": "env", "AttributeValue": "test"}]},
                    "S3Configuration": {"RoleARN": ROLE, "BucketARN": f"arn:aws:s3:::{self.bucket}"},
                })
            self.firehose.put_record_batch(DeliveryStreamName=name, Records=[{"Data": b"a"}, {"Data": b"b"}])
            advance_clock(61)
            wait_for(lambda: len(requests) >= 1)
            advance_clock(2)
            wait_for(lambda: len(requests) >= 2)
            self.assertEqual(len(requests), 2)
            (first_headers, first), (headers, body) = requests
            self.assertEqual(first["requestId"], body["requestId"], "a retry keeps the request id")
            self.assertEqual(headers["X-Amz-Firehose-Request-Id"], body["requestId"])
            self.assertEqual(headers["X-Amz-Firehose-Access-Key"], "secret")
            self.assertEqual(json.loads(headers["X-Amz-Firehose-Common-Attributes"]), {"commonAttributes": {"env": "test"}})
            self.assertEqual(headers["Content-Encoding"], "gzip")
            self.assertEqual([base64.b64decode(r["data"]) for r in body["records"]], [b"a", b"b"])
            self.assertIsInstance(body["timestamp"], int)
            described = self.firehose.describe_delivery_stream(DeliveryStreamName=name)["DeliveryStreamDescription"]
            endpoint = described["Destinations"][0]["HttpEndpointDestinationDescription"]["EndpointConfiguration"]
            self.assertEqual(endpoint, {"Url": f"http://127.0.0.1:{server.server_port}/ingest", "Name": "local"}, "the access key is not described")
        finally:
            server.shutdown()
            server.server_close()

    def test_sns_topic_into_a_delivery_stream(self):
        sns = client("sns")
        name = unique("py-from-sns")
        stream_arn = self.firehose.create_delivery_stream(
            DeliveryStreamName=name, ExtendedS3DestinationConfiguration=self.s3_destination(Prefix="sns/"))["DeliveryStreamARN"]
        topic = sns.create_topic(Name=unique("py-fh-topic"))["TopicArn"]
        enveloped = sns.subscribe(TopicArn=topic, Protocol="firehose", Endpoint=stream_arn, ReturnSubscriptionArn=True,
                                  Attributes={"SubscriptionRoleArn": ROLE})["SubscriptionArn"]
        sns.publish(TopicArn=topic, Message="first", Subject="s1")
        sns.set_subscription_attributes(SubscriptionArn=enveloped, AttributeName="RawMessageDelivery", AttributeValue="true")
        sns.publish(TopicArn=topic, Message="second")
        # Both messages are buffered: "second\n" and the first one's envelope, which alone is hundreds of bytes.
        self.assertTrue(wait_for(lambda: buffered(name) > 200 + len(b"second\n")))
        advance_clock(61)
        objects = wait_for(lambda: self.objects("sns/"))
        lines = self.s3.get_object(Bucket=self.bucket, Key=objects[0]["Key"])["Body"].read().decode().splitlines()
        self.assertEqual(len(lines), 2)
        envelope = json.loads(lines[0])
        self.assertEqual((envelope["Type"], envelope["Message"], envelope["Subject"], envelope["TopicArn"]), ("Notification", "first", "s1", topic))
        self.assertNotIn("Signature", envelope)
        self.assertEqual(lines[1], "second")

    def test_errors(self):
        name = unique("py-err")
        self.firehose.create_delivery_stream(DeliveryStreamName=name, S3DestinationConfiguration=self.s3_destination())
        with self.assertRaises(ClientError) as caught:
            self.firehose.create_delivery_stream(DeliveryStreamName=name, S3DestinationConfiguration=self.s3_destination())
        self.assertEqual(caught.exception.response["Error"]["Code"], "ResourceInUseException")
        with self.assertRaises(ClientError) as caught:
            self.firehose.put_record_batch(DeliveryStreamName=name, Records=[{"Data": b"x"}] * 501)
        self.assertEqual(caught.exception.response["Error"]["Code"], "ValidationException")
        with self.assertRaises(ClientError) as caught:
            self.firehose.put_record(DeliveryStreamName=unique("absent"), Record={"Data": b"x"})
        self.assertEqual(caught.exception.response["Error"]["Code"], "ResourceNotFoundException")


if __name__ == "__main__":
    unittest.main()
