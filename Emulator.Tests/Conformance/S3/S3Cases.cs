using Emulator.Tests.Conformance.Wire;
using static Emulator.Tests.Conformance.S3.S3Steps;

namespace Emulator.Tests.Conformance.S3;

/// <summary>
/// S3's answers as recorded on AWS (LocalStack's tests/aws/services/s3/*.snapshot.json), each case with its recording.
/// Requests are sent as an SDK would (SigV4 header, path-style); the inputs are the recorded tests' own.
/// </summary>
public static class S3Cases
{
    private const string TestS3 = "s3/test_s3";
    private const string TestS3Api = "s3/test_s3_api";
    private const string TestS3List = "s3/test_s3_list_operations";

    private static string Recorded(string test, string response) => Source.Recorded(TestS3, test, response);

    public static readonly CaseList All = new()
    {
        Buckets,
        Objects,
        Integrity,
        Multipart,
        Tagging,
        ConditionalWrites,
    };

    private static string Precondition(string test, string response) =>
        Source.Recorded(TestS3Api, $"TestS3ObjectWritePrecondition::{test}", response);

    private static CaseList ConditionalWrites => new()
    {
        {
            "put-if-none-match-over-an-object", Precondition("test_put_object_if_none_match", "put-obj-if-none-match"),
            async c => await c.Rest("PUT", $"/{await BucketWith(c, "k", "")}/k", Headers(("If-None-Match", "*")), ""),
            Expect.RestError(412, "PreconditionFailed", "At least one of the pre-conditions you specified did not hold", ("Condition", "If-None-Match"))
        },
        {
            "put-if-none-match-an-etag", Precondition("test_put_object_if_none_match_validation", "put-obj-if-none-match-bad-value"),
            async c => await c.Rest("PUT", $"/{await BucketWith(c, "k", "")}/k", Headers(("If-None-Match", "\"d41d8cd98f00b204e9800998ecf8427e\"")), ""),
            Expect.RestError(501, "NotImplemented", "A header you provided implies functionality that is not implemented",
                ("Header", "If-None-Match"), ("additionalMessage", "We don't accept the provided value of If-None-Match header for this API"))
        },
        {
            "put-if-match-and-if-none-match", Precondition("test_put_object_if_match_and_if_none_match_validation", "put-obj-both-precondition"),
            async c => await c.Rest("PUT", $"/{await Bucket(c)}/k", Headers(("If-None-Match", "*"), ("If-Match", "abc")), ""),
            Expect.RestError(501, "NotImplemented", "A header you provided implies functionality that is not implemented",
                ("Header", "If-Match,If-None-Match"), ("additionalMessage", "Multiple conditional request headers present in the request"))
        },
        {
            "put-if-match-wrong-etag", Precondition("test_put_object_if_match", "put-obj-if-match-wrong-etag"),
            async c => await c.Rest("PUT", $"/{await BucketWith(c, "test-precondition", "test")}/test-precondition", Headers(("If-Match", "\"abc\"")), ""),
            Expect.RestError(412, "PreconditionFailed", "At least one of the pre-conditions you specified did not hold", ("Condition", "If-Match"))
        },
        {
            "put-if-match-no-object", Precondition("test_put_object_if_match", "put-obj-if-match-key-not-exists"),
            async c => await c.Rest("PUT", $"/{await Bucket(c)}/test-precondition", Headers(("If-Match", "\"098f6bcd4621d373cade4e832627b4f6\"")), ""),
            Expect.RestError(404, "NoSuchKey", "The specified key does not exist.", ("Key", "test-precondition"))
        },
        {
            "complete-if-none-match-after-a-delete-meanwhile", Precondition("test_multipart_if_none_match_with_delete", "complete-multipart-after-del"),
            async c =>
            {
                var bucket = await BucketWith(c, "test-precondition", "");
                var id = (await c.RestOk("POST", $"/{bucket}/test-precondition?uploads")).Value("UploadId")!;
                var etag = await Part(c, bucket, "test-precondition", id, 1, "part");
                await c.RestOk("DELETE", $"/{bucket}/test-precondition");
                return await c.Rest("POST", $"/{bucket}/test-precondition?uploadId={id}", Headers(("If-None-Match", "*")), Complete((1, etag, null)));
            },
            Expect.RestError(409, "ConditionalRequestConflict",
                "The conditional request cannot succeed due to a conflicting operation against this resource.", ("Condition", "If-None-Match"), ("Key", "test-precondition"))
        },
        {
            "complete-if-match-after-a-put-meanwhile", Precondition("test_multipart_if_match_with_put", "complete-multipart-if-match-put-during"),
            async c =>
            {
                var bucket = await BucketWith(c, "test-precondition", "test");
                var id = (await c.RestOk("POST", $"/{bucket}/test-precondition?uploads")).Value("UploadId")!;
                var etag = await Part(c, bucket, "test-precondition", id, 1, "part");
                var during = (await c.RestOk("PUT", $"/{bucket}/test-precondition", body: "during")).Value("ETag")!;
                return await c.Rest("POST", $"/{bucket}/test-precondition?uploadId={id}", Headers(("If-Match", during)), Complete((1, etag, null)));
            },
            Expect.RestError(409, "ConditionalRequestConflict",
                "The conditional request cannot succeed due to a conflicting operation against this resource.", ("Condition", "If-Match"), ("Key", "test-precondition"))
        },
    };

    private static CaseList Buckets => new()
    {
        {
            "create-bucket-constraint-us-east-1", Recorded("TestS3::test_different_location_constraint", "create-bucket-constraint-us-east-1"),
            c => c.Rest("PUT", "/" + WireClient.UniqueName("c"), body:
                "<CreateBucketConfiguration><LocationConstraint>us-east-1</LocationConstraint></CreateBucketConfiguration>"),
            Expect.RestError(400, "InvalidLocationConstraint", "The specified location-constraint is not valid", ("LocationConstraint", "us-east-1"))
        },
        {
            "create-bucket-us-east-2-no-constraint", Recorded("TestS3::test_different_location_constraint", "create-bucket-us-east-2-no-constraint-exc"),
            c => c.As("test", "us-east-2").Rest("PUT", "/" + WireClient.UniqueName("c")),
            Expect.RestError(400, "IllegalLocationConstraintException",
                "The unspecified location constraint is incompatible for the region specific endpoint this request was sent to.")
        },
        {
            "create-bucket-us-west-1-constraint-to-us-east-2", Recorded("TestS3::test_different_location_constraint", "create-bucket-us-west-1-constraint-to-us-east-2"),
            c => c.As("test", "us-west-1").Rest("PUT", "/" + WireClient.UniqueName("c"), body:
                "<CreateBucketConfiguration><LocationConstraint>us-east-2</LocationConstraint></CreateBucketConfiguration>"),
            Expect.RestError(400, "IllegalLocationConstraintException",
                "The us-east-2 location constraint is incompatible for the region specific endpoint this request was sent to.")
        },
        {
            "get-bucket-location-us-east-1", Recorded("TestS3::test_different_location_constraint", "get-bucket-location-bucket-us-east-1"),
            async c => await c.Rest("GET", $"/{await Bucket(c)}?location"),
            Expect.Success(r => Assert.Equal("", r.Value("LocationConstraint")))
        },
        {
            "get-bucket-location-non-existent-bucket", Recorded("TestS3::test_different_location_constraint", "get-bucket-location-non-existent-bucket"),
            c => c.Rest("GET", $"/{WireClient.UniqueName("c")}?location"),
            Expect.RestError(404, "NoSuchBucket", "The specified bucket does not exist")
        },
        {
            "create-bucket-existing-in-us-west-1", Recorded("TestS3::test_create_bucket_with_existing_name", "create-bucket-us-west-1"),
            async c =>
            {
                var west = c.As("test", "us-west-1");
                var name = WireClient.UniqueName("c");
                const string config = "<CreateBucketConfiguration><LocationConstraint>us-west-1</LocationConstraint></CreateBucketConfiguration>";
                await west.RestOk("PUT", "/" + name, body: config);
                return await west.Rest("PUT", "/" + name, body: config);
            },
            Expect.RestError(409, "BucketAlreadyOwnedByYou", "Your previous request to create the named bucket succeeded and you already own it.")
        },
        {
            "uppercase-bucket", Recorded("TestS3::test_s3_uppercase_bucket_name", "uppercase-bucket"),
            c => c.Rest("PUT", "/TestUpperCase-" + WireClient.UniqueName("c")),
            Expect.RestError(400, "InvalidBucketName", "The specified bucket is not valid.")
        },
        {
            "head-bucket-not-exist", Recorded("TestS3::test_create_bucket_head_bucket", "head_bucket_not_exist"),
            c => c.Rest("HEAD", "/" + WireClient.UniqueName("c")),
            Expect.RestError(404, null, null)
        },
        {
            "list-objects-v2-wrong-encoding-type", Source.Recorded(TestS3List, "TestS3ListObjectsV2::test_list_ops_encoding_type_validation[list_objects_v2]", "list_objects_v2-error-wrong-value"),
            async c => await c.Rest("GET", $"/{await Bucket(c)}?list-type=2&encoding-type=value"),
            Expect.RestError(400, "InvalidArgument", "Invalid Encoding Method specified in Request", ("ArgumentName", "encoding-type"), ("ArgumentValue", "value"))
        },
    };

    private static CaseList Objects => new()
    {
        {
            "get-object-no-such-bucket", Recorded("TestS3::test_get_object_no_such_bucket", "expected_error"),
            c => c.Rest("GET", $"/{WireClient.UniqueName("c")}/test_no_such_bucket"),
            Expect.RestError(404, "NoSuchBucket", "The specified bucket does not exist")
        },
        {
            "range-key-not-exists", Recorded("TestS3::test_range_key_not_exists", "exc"),
            async c => await c.Rest("GET", $"/{await Bucket(c)}/my-key", Headers(("Range", "bytes=1024-4096"))),
            Expect.RestError(404, "NoSuchKey", "The specified key does not exist.", ("Key", "my-key"))
        },
        {
            "invalid-range", Recorded("TestS3::test_invalid_range_error", "exc"),
            async c => await c.Rest("GET", $"/{await BucketWith(c, "my-key", "abcdefgh")}/my-key", Headers(("Range", "bytes=1024-4096"))),
            Expect.RestError(416, "InvalidRange", "The requested range is not satisfiable", ("ActualObjectSize", "8"), ("RangeRequested", "bytes=1024-4096"))
        },
        {
            "get-object-if-match", Recorded("TestS3::test_precondition_failed_error", "get-object-if-match"),
            async c => await c.Rest("GET", $"/{await BucketWith(c, "foo", "{\"foo\": \"bar\"}")}/foo", Headers(("If-Match", "\"not good etag\""))),
            Expect.RestError(412, "PreconditionFailed", "At least one of the pre-conditions you specified did not hold", ("Condition", "If-Match"))
        },
        {
            "copy-object-wrong-copy-source", Recorded("TestS3::test_s3_copy_object_wrong_format", "copy-object-wrong-copy-source"),
            async c => await c.Rest("PUT", $"/{await Bucket(c)}/destination-key", Headers(("x-amz-copy-source", "wrongformat"))),
            Expect.RestError(400, "InvalidArgument", "Invalid copy source object key", ("ArgumentName", "x-amz-copy-source"), ("ArgumentValue", "x-amz-copy-source"))
        },
        {
            "get-object-part-no-multipart", Recorded("TestS3::test_get_object_part", "part-no-multipart"),
            async c => await c.Rest("GET", $"/{await BucketWith(c, "k", "test-123")}/k?partNumber=2"),
            Expect.RestError(416, "InvalidPartNumber", "The requested partnumber is not satisfiable", ("ActualPartCount", "1"), ("PartNumberRequested", "2"))
        },
        {
            "get-object-part-with-range", Recorded("TestS3::test_get_object_part", "part-with-range"),
            async c => await c.Rest("GET", $"/{await BucketWith(c, "k", "test-123")}/k?partNumber=1", Headers(("Range", "bytes=0-1"))),
            Expect.RestError(400, "InvalidRequest", "Cannot specify both Range header and partNumber query parameter")
        },
        {
            "get-object-part-1-of-a-single-put", Recorded("TestS3::test_get_object_part", "get-obj-no-multipart"),
            async c => await c.Rest("GET", $"/{await BucketWith(c, "k", "test-123")}/k?partNumber=1"),
            Expect.Success(r => Assert.Equal((206, "bytes 0-7/8", null), (r.Status, r.Value("Content-Range"), r.Value("x-amz-mp-parts-count"))))
        },
    };

    private static CaseList Integrity
    {
        get
        {
            var cases = new CaseList
            {
                {
                    "content-md5-invalid", Recorded("TestS3::test_s3_invalid_content_md5", "md5-error-3"),
                    async c => await c.Rest("PUT", $"/{await Bucket(c)}/test-key", Headers(("Content-MD5", "MTIz")), "something"),
                    Expect.RestError(400, "InvalidDigest", "The Content-MD5 you specified was invalid.", ("Content-MD5", "MTIz"))
                },
                {
                    "content-md5-bad-digest", Recorded("TestS3::test_s3_invalid_content_md5", "md5-error-bad-digest"),
                    async c => await c.Rest("PUT", $"/{await Bucket(c)}/test-key", Headers(("Content-MD5", Md5Base64("something1"))), "something"),
                    Expect.RestError(400, "BadDigest", "The Content-MD5 you specified did not match what we received.",
                        ("ExpectedDigest", "09891eb590524e35fc73372cddc5d596"), ("CalculatedDigest", "Q3uTDbhLgHnC3YBKcZNrXw=="))
                },
                {
                    "put-2-checksums", Recorded("TestS3PutObjectChecksum::test_s3_checksum_no_algorithm", "put-2-checksums"),
                    async c => await c.Rest("PUT", $"/{await Bucket(c)}/k",
                        Headers(("x-amz-checksum-sha256", "2l26x0trnT0r2AvakoFk2MB7eKVKzYESLMxSAKAzoik="), ("x-amz-checksum-crc32", "cZWHwQ==")), "test data.."),
                    Expect.RestError(400, "InvalidRequest", "Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.")
                },
                {
                    "head-default-checksum", Recorded("TestS3PutObjectChecksum::test_s3_checksum_no_automatic_sdk_calculation", "head-obj-no-checksum"),
                    async c => await c.Rest("HEAD", $"/{await BucketWith(c, "k", "test data..")}/k", Headers(("x-amz-checksum-mode", "ENABLED"))),
                    Expect.Success(("x-amz-checksum-crc64nvme", "qUVrWYOrIAM="), ("x-amz-checksum-type", "FULL_OBJECT"), ("ETag", "\"e6d9226c2a86b7232933663c13467527\""))
                },
            };
            // The recorded test sends a value that is not base64 of the right length, one of other data, then the right one.
            foreach (var (algorithm, right, wrong) in new[]
                     {
                         ("CRC32", "cZWHwQ==", "DUoRhQ=="), ("CRC32C", "Pf4upw==", "yZRlqg=="), ("CRC64NVME", "qUVrWYOrIAM=", "AAAAAAAAAAA="),
                         ("SHA1", "B++3uSfJMSHWToQMQ1g6lIJY5Eo=", "AAAAAAAAAAAAAAAAAAAAAAAAAAA="),
                         ("SHA256", "2l26x0trnT0r2AvakoFk2MB7eKVKzYESLMxSAKAzoik=", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="),
                     })
            {
                var header = "x-amz-checksum-" + algorithm.ToLowerInvariant();
                var test = $"TestS3PutObjectChecksum::test_put_object_checksum[{algorithm}]";
                cases.Add($"put-{algorithm}-not-base64", Recorded(test, "put-wrong-checksum-no-b64"),
                    async c => await c.Rest("PUT", $"/{await Bucket(c)}/k", Headers((header, "abc123")), "test data.."),
                    Expect.RestError(400, "InvalidRequest", $"Value for {header} header is invalid."));
                cases.Add($"put-{algorithm}-other-data", Recorded(test, "put-wrong-checksum-value"),
                    async c => await c.Rest("PUT", $"/{await Bucket(c)}/k", Headers((header, wrong)), "test data.."),
                    Expect.RestError(400, "BadDigest", $"The {algorithm} you specified did not match the calculated checksum."));
                cases.Add($"put-{algorithm}-right", Recorded(test, "put-object-generated"),
                    async c => await c.Rest("PUT", $"/{await Bucket(c)}/k", Headers((header, right)), "test data.."),
                    Expect.Success((header, right), ("x-amz-checksum-type", "FULL_OBJECT"), ("ETag", "\"e6d9226c2a86b7232933663c13467527\"")));
            }
            return cases;
        }
    }

    private static CaseList Multipart => new()
    {
        {
            "upload-part-no-such-upload", Recorded("TestS3::test_multipart_no_such_upload", "upload-exc"),
            async c => await c.Rest("PUT", $"/{await Bucket(c)}/k?partNumber=1&uploadId=fakeid", body: "data"),
            Expect.RestError(404, "NoSuchUpload",
                "The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.", ("UploadId", "fakeid"))
        },
        {
            "upload-part-negative-part-number", Recorded("TestS3::test_complete_multipart_parts_order", "upload-part-negative-part-number"),
            async c =>
            {
                var (bucket, id) = await Upload(c, "k");
                return await c.Rest("PUT", $"/{bucket}/k?partNumber=-1&uploadId={id}", body: "");
            },
            Expect.RestError(400, "InvalidArgument", "Part number must be an integer between 1 and 10000, inclusive",
                ("ArgumentName", "partNumber"), ("ArgumentValue", "-1"))
        },
        {
            "complete-too-small", Recorded("TestS3::test_multipart_complete_multipart_too_small", "complete-exc-too-small"),
            async c =>
            {
                var (bucket, id) = await Upload(c, "k");
                var first = await Part(c, bucket, "k", id, 1, "data");
                var second = await Part(c, bucket, "k", id, 2, "data");
                return await c.Rest("POST", $"/{bucket}/k?uploadId={id}", body: Complete((1, first, null), (2, second, null)));
            },
            Expect.RestError(400, "EntityTooSmall", "Your proposed upload is smaller than the minimum allowed size",
                ("ETag", "8d777f385d3dfec8815d20f7496026dc"), ("MinSizeAllowed", "5242880"), ("PartNumber", "1"), ("ProposedSize", "4"))
        },
        {
            "complete-wrong-etag", Recorded("TestS3::test_multipart_complete_multipart_wrong_part", "complete-exc-wrong-etag"),
            async c =>
            {
                var (bucket, id) = await Upload(c, "k");
                await Part(c, bucket, "k", id, 1, "data");
                return await c.Rest("POST", $"/{bucket}/k?uploadId={id}", body: Complete((1, "\"d41d8cd98f00b204e9800998ecf8427e\"", null)));
            },
            Expect.RestError(400, "InvalidPart",
                "One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified entity tag may not match the part's entity tag.",
                ("ETag", "d41d8cd98f00b204e9800998ecf8427e"), ("PartNumber", "1"))
        },
        {
            "complete-one-part-etag-and-default-checksum", Recorded("TestS3::test_multipart_and_list_parts", "complete-multipart"),
            async c =>
            {
                var (bucket, id) = await Upload(c, "test-list-parts");
                var etag = await Part(c, bucket, "test-list-parts", id, 1, string.Concat(Enumerable.Repeat("upload-part-1", 5)));
                await c.RestOk("POST", $"/{bucket}/test-list-parts?uploadId={id}", body: Complete((1, etag, null)));
                return await c.Rest("HEAD", $"/{bucket}/test-list-parts", Headers(("x-amz-checksum-mode", "ENABLED")));
            },
            Expect.Success(("ETag", "\"e747540af6911dbc890f8d3e0b48549b-1\""), ("x-amz-checksum-crc64nvme", "CTXktO4pIQs="), ("x-amz-checksum-type", "FULL_OBJECT"))
        },
        {
            "complete-composite-crc32c", Recorded("TestS3::test_get_object_part_checksum[COMPOSITE]", "complete-multipart-checksum"),
            async c =>
            {
                var (bucket, id) = await Upload(c, "k", Headers(("x-amz-checksum-algorithm", "CRC32C"), ("x-amz-checksum-type", "COMPOSITE")));
                var etag = await Part(c, bucket, "k", id, 1, "test content 123", Headers(("x-amz-checksum-crc32c", "fwuu0Q==")));
                return await c.Rest("POST", $"/{bucket}/k?uploadId={id}", body: Complete((1, etag, "fwuu0Q==")));
            },
            Expect.Success(("ChecksumCRC32C", "sZB91Q==-1"), ("ChecksumType", "COMPOSITE"), ("ETag", "\"b972025bc34adf8d76d6d51e93c035cc-1\""))
        },
        {
            "complete-full-object-crc32c", Recorded("TestS3::test_get_object_part_checksum[FULL_OBJECT]", "complete-multipart-checksum"),
            async c =>
            {
                var (bucket, id) = await Upload(c, "k", Headers(("x-amz-checksum-algorithm", "CRC32C"), ("x-amz-checksum-type", "FULL_OBJECT")));
                var etag = await Part(c, bucket, "k", id, 1, "test content 123", Headers(("x-amz-checksum-crc32c", "fwuu0Q==")));
                return await c.Rest("POST", $"/{bucket}/k?uploadId={id}", body: Complete((1, etag, "fwuu0Q==")));
            },
            Expect.Success(("ChecksumCRC32C", "fwuu0Q=="), ("ChecksumType", "FULL_OBJECT"))
        },
        {
            "upload-part-copy-range-reversed", Source.Recorded(TestS3, "TestS3Multipart::test_upload_part_copy_range", "upload-part-copy-range-exc-1-0"),
            async c =>
            {
                var (bucket, id) = await Upload(c, "k");
                await c.RestOk("PUT", $"/{bucket}/source", body: "0123456789");
                return await c.Rest("PUT", $"/{bucket}/k?partNumber=1&uploadId={id}", Headers(("x-amz-copy-source", $"{bucket}/source"), ("x-amz-copy-source-range", "bytes=1-0")));
            },
            Expect.RestError(400, "InvalidArgument",
                "The x-amz-copy-source-range value must be of the form bytes=first-last where first and last are the zero-based offsets of the first and last bytes to copy",
                ("ArgumentName", "x-amz-copy-source-range"), ("ArgumentValue", "bytes=1-0"))
        },
        {
            "upload-part-copy-range-past-the-end", Source.Recorded(TestS3, "TestS3Multipart::test_upload_part_copy_range", "upload-part-copy-range-exc-0-100"),
            async c =>
            {
                var (bucket, id) = await Upload(c, "k");
                await c.RestOk("PUT", $"/{bucket}/source", body: "0123456789");
                return await c.Rest("PUT", $"/{bucket}/k?partNumber=1&uploadId={id}", Headers(("x-amz-copy-source", $"{bucket}/source"), ("x-amz-copy-source-range", "bytes=0-100")));
            },
            Expect.RestError(400, "InvalidArgument", "Range specified is not valid for source object of size: 10",
                ("ArgumentName", "x-amz-copy-source-range"), ("ArgumentValue", "bytes=0-100"))
        },
    };

    private static CaseList Tagging => new()
    {
        {
            "get-bucket-tags-empty", Source.Recorded(TestS3Api, "TestS3BucketObjectTagging::test_bucket_tagging_crud", "get-bucket-tags-empty"),
            async c => await c.Rest("GET", $"/{await Bucket(c)}?tagging"),
            Expect.RestError(404, "NoSuchTagSet", "The TagSet does not exist")
        },
        {
            "get-no-key-tags", Source.Recorded(TestS3Api, "TestS3BucketObjectTagging::test_object_tagging_exc", "get-no-key-tags"),
            async c =>
            {
                var bucket = await Bucket(c);
                var response = await c.Rest("GET", $"/{bucket}/fake-key?tagging");
                Assert.Equal($"{bucket}/fake-key", response.Value("Key"));
                return response;
            },
            Expect.RestError(404, "NoSuchKey", "The specified key does not exist.")
        },
        {
            "put-obj-duplicate-tagging", Source.Recorded(TestS3Api, "TestS3BucketObjectTagging::test_object_tagging_exc", "put-obj-duplicate-tagging"),
            async c => await c.Rest("PUT", $"/{await Bucket(c)}/k", Headers(("x-amz-tagging", "key1=val1&key1=val2")), "x"),
            Expect.RestError(400, "InvalidArgument",
                "The header 'x-amz-tagging' shall be encoded as UTF-8 then URLEncoded URL query parameters without tag name duplicates.",
                ("ArgumentName", "x-amz-tagging"), ("ArgumentValue", "key1=val1&key1=val2"))
        },
        {
            "put-bucket-tags-duplicate-keys", Source.Recorded(TestS3Api, "TestS3BucketObjectTagging::test_tagging_validation", "put-bucket-tags-duplicate-keys"),
            async c => await c.Rest("PUT", $"/{await Bucket(c)}?tagging", body:
                "<Tagging><TagSet><Tag><Key>Key1</Key><Value>a</Value></Tag><Tag><Key>Key1</Key><Value>b</Value></Tag></TagSet></Tagging>"),
            Expect.RestError(400, "InvalidTag", "Cannot provide multiple Tags with the same key", ("TagKey", "Key1"))
        },
        {
            "put-bucket-tags-invalid-value", Source.Recorded(TestS3Api, "TestS3BucketObjectTagging::test_tagging_validation", "put-bucket-tags-invalid-value"),
            async c => await c.Rest("PUT", $"/{await Bucket(c)}?tagging", body:
                "<Tagging><TagSet><Tag><Key>Key1</Key><Value>Val1,Val2</Value></Tag></TagSet></Tagging>"),
            Expect.RestError(400, "InvalidTag", "The TagValue you have provided is invalid", ("TagKey", "Key1"), ("TagValue", "Val1,Val2"))
        },
        {
            "put-object-tags-aws-prefixed", Source.Recorded(TestS3Api, "TestS3BucketObjectTagging::test_tagging_validation", "put-object-tags-aws-prefixed"),
            async c => await c.Rest("PUT", $"/{await BucketWith(c, "k", "x")}/k?tagging", body:
                "<Tagging><TagSet><Tag><Key>aws:prefixed</Key><Value>v</Value></Tag></TagSet></Tagging>"),
            Expect.RestError(400, "InvalidTag", "Your TagKey cannot be prefixed with aws:", ("TagKey", "aws:prefixed"))
        },
        {
            "put-bucket-tags-none-value", Source.Recorded(TestS3Api, "TestS3BucketObjectTagging::test_tagging_validation", "put-bucket-tags-none-value"),
            async c => await c.Rest("PUT", $"/{await Bucket(c)}?tagging", body: "<Tagging><TagSet><Tag><Key>Key1</Key></Tag></TagSet></Tagging>"),
            Expect.RestError(400, "MalformedXML", "The XML you provided was not well-formed or did not validate against our published schema")
        },
    };
}
