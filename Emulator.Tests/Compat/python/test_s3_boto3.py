"""S3 through boto3: put/get with flexible checksums (aws-chunked with a trailing CRC32 by default), the transfer
manager's multipart upload_file/download_file, presigned URLs (SigV4 and SigV2) and S3's errors."""
import hashlib
import os
import tempfile
import unittest
import urllib.request
from urllib.parse import unquote

from boto3.s3.transfer import TransferConfig
from botocore.config import Config
from botocore.exceptions import ClientError

import boto3
from compat import ENDPOINT, client, unique

MIB = 1024 * 1024


def bucket_name():
    return unique("py-s3").lower()


class Boto3S3Test(unittest.TestCase):
    def setUp(self):
        self.s3 = client("s3")
        self.bucket = bucket_name()
        self.s3.create_bucket(Bucket=self.bucket)

    def test_objects_round_trip_with_headers_metadata_and_awkward_keys(self):
        for key in ["plain.txt", "dir/with space+plus%percent", "unicode/é✓😀", "a/b/../c"]:
            body = f"data of {key}".encode()
            put = self.s3.put_object(Bucket=self.bucket, Key=key, Body=body, ContentType="text/plain",
                                     Metadata={"owner": "team"}, ContentDisposition="inline")
            self.assertEqual(put["ETag"], '"%s"' % hashlib.md5(body).hexdigest())
            got = self.s3.get_object(Bucket=self.bucket, Key=key)
            self.assertEqual(got["Body"].read(), body)
            self.assertEqual((got["ContentType"], got["Metadata"], got["ContentDisposition"]), ("text/plain", {"owner": "team"}, "inline"))
        keys = [o["Key"] for o in self.s3.list_objects_v2(Bucket=self.bucket)["Contents"]]
        self.assertEqual(keys, sorted(["plain.txt", "dir/with space+plus%percent", "unicode/é✓😀", "a/b/../c"]))
        encoded = self.s3.list_objects_v2(Bucket=self.bucket, Prefix="dir/", EncodingType="url")
        # Asked for explicitly, url encoding is left to the caller to undo.
        self.assertEqual([unquote(o["Key"]) for o in encoded["Contents"]], ["dir/with space+plus%percent"])
        self.assertNotEqual(encoded["Contents"][0]["Key"], "dir/with space+plus%percent")

    def test_checksums_are_verified_and_returned(self):
        put = self.s3.put_object(Bucket=self.bucket, Key="k", Body=b"test data..", ChecksumAlgorithm="SHA256")
        self.assertEqual(put["ChecksumSHA256"], "2l26x0trnT0r2AvakoFk2MB7eKVKzYESLMxSAKAzoik=")
        head = self.s3.head_object(Bucket=self.bucket, Key="k", ChecksumMode="ENABLED")
        self.assertEqual((head["ChecksumSHA256"], head["ChecksumType"]), ("2l26x0trnT0r2AvakoFk2MB7eKVKzYESLMxSAKAzoik=", "FULL_OBJECT"))
        with self.assertRaises(ClientError) as caught:
            self.s3.put_object(Bucket=self.bucket, Key="k2", Body=b"test data..", ChecksumCRC32="AAAAAA==")
        self.assertEqual(caught.exception.response["Error"]["Code"], "BadDigest")
        with self.assertRaises(ClientError) as caught:
            self.s3.put_object(Bucket=self.bucket, Key="k3", Body=b"x", ContentMD5="MTIz")
        self.assertEqual(caught.exception.response["Error"]["Code"], "InvalidDigest")

    def test_upload_file_and_download_file_go_through_multipart(self):
        config = TransferConfig(multipart_threshold=5 * MIB, multipart_chunksize=5 * MIB, max_concurrency=3)
        data = os.urandom(11 * MIB + 123)
        with tempfile.TemporaryDirectory() as folder:
            source, target = os.path.join(folder, "source.bin"), os.path.join(folder, "target.bin")
            with open(source, "wb") as f:
                f.write(data)
            self.s3.upload_file(source, self.bucket, "large.bin", Config=config)
            head = self.s3.head_object(Bucket=self.bucket, Key="large.bin")
            self.assertTrue(head["ETag"].endswith('-3"'), head["ETag"])
            self.assertEqual(head["ContentLength"], len(data))
            self.s3.download_file(self.bucket, "large.bin", target, Config=config)
            with open(target, "rb") as f:
                self.assertEqual(f.read(), data)

    def test_presigned_urls_in_both_signature_versions(self):
        for version in ["s3v4", "s3"]:
            signer = boto3.client("s3", endpoint_url=ENDPOINT, region_name="us-east-1", aws_access_key_id="test",
                                  aws_secret_access_key="test", config=Config(signature_version=version))
            key = f"presigned-{version}.txt"
            put_url = signer.generate_presigned_url("put_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=300)
            request = urllib.request.Request(put_url, data=b"by url", method="PUT")
            with urllib.request.urlopen(request) as response:
                self.assertEqual(response.status, 200)
            get_url = signer.generate_presigned_url("get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=300)
            with urllib.request.urlopen(get_url) as response:
                self.assertEqual(response.read(), b"by url")

    def test_errors_as_s3_writes_them(self):
        with self.assertRaises(ClientError) as caught:
            self.s3.get_object(Bucket=self.bucket, Key="absent")
        error = caught.exception.response["Error"]
        self.assertEqual((error["Code"], error["Key"]), ("NoSuchKey", "absent"))
        with self.assertRaises(ClientError) as caught:
            self.s3.list_objects_v2(Bucket=bucket_name())
        self.assertEqual(caught.exception.response["Error"]["Code"], "NoSuchBucket")
        with self.assertRaises(ClientError) as caught:
            self.s3.create_bucket(Bucket="Not_Valid")
        self.assertEqual(caught.exception.response["Error"]["Code"], "InvalidBucketName")
        self.s3.put_object(Bucket=self.bucket, Key="k", Body=b"x")
        with self.assertRaises(ClientError) as caught:
            self.s3.delete_bucket(Bucket=self.bucket)
        self.assertEqual((caught.exception.response["Error"]["Code"], caught.exception.response["ResponseMetadata"]["HTTPStatusCode"]),
                         ("BucketNotEmpty", 409))


if __name__ == "__main__":
    unittest.main()
