using Emulator.Tests.Conformance.Wire;

namespace Emulator.Tests.Conformance.Firehose;

/// <summary>
/// Firehose's answers as recorded on AWS (LocalStack's tests/aws/services/firehose/test_firehose.snapshot.json) or as
/// its API reference documents them. AWS JSON 1.1.
/// </summary>
public static class FirehoseCases
{
    private const string Recording = "firehose/test_firehose";
    private const string Tagging = "TestFirehoseResourceTagging::test_resource_tagging";

    private static string ApiReference(string operation) => Source.Doc($"https://docs.aws.amazon.com/firehose/latest/APIReference/API_{operation}.html");

    private static async Task<string> Stream(WireClient firehose, object? tags = null)
    {
        var name = WireClient.UniqueName("fh");
        await firehose.Ok("CreateDeliveryStream", new
        {
            DeliveryStreamName = name,
            S3DestinationConfiguration = new { RoleARN = "arn:aws:iam::000000000000:role/firehose", BucketARN = "arn:aws:s3:::conformance" },
            Tags = tags,
        });
        return name;
    }

    public static readonly CaseList All = new()
    {
        {
            "list-tags-after-create", Source.Recorded(Recording, Tagging, "list-tags-1"),
            async f => await f.Call("ListTagsForDeliveryStream", new { DeliveryStreamName = await Stream(f, new[] { new { Key = "subject", Value = "taboo" } }) }),
            Expect.Success(r =>
            {
                Assert.Equal(["subject"], r.Values("Key"));
                Assert.Equal(["taboo"], r.Values("Value"));
                Assert.Equal("false", r.Value("HasMoreTags"));
            })
        },
        {
            "list-tags-after-untag", Source.Recorded(Recording, Tagging, "list-tags-2"),
            async f =>
            {
                var name = await Stream(f, new[] { new { Key = "subject", Value = "taboo" } });
                await f.Ok("UntagDeliveryStream", new { DeliveryStreamName = name, TagKeys = new[] { "subject" } });
                return await f.Call("ListTagsForDeliveryStream", new { DeliveryStreamName = name });
            },
            Expect.Success(r => Assert.Equal(("[]", "false"), (r.Value("Tags"), r.Value("HasMoreTags"))))
        },
        {
            "list-tags-after-tag", Source.Recorded(Recording, Tagging, "list-tags-3"),
            async f =>
            {
                var name = await Stream(f);
                await f.Ok("TagDeliveryStream", new { DeliveryStreamName = name, Tags = new[] { new { Key = "feeling", Value = "uncomfortable" } } });
                return await f.Call("ListTagsForDeliveryStream", new { DeliveryStreamName = name });
            },
            Expect.Success(r =>
            {
                Assert.Equal(["feeling"], r.Values("Key"));
                Assert.Equal(["uncomfortable"], r.Values("Value"));
            })
        },
        {
            "describe-missing-stream", ApiReference("DescribeDeliveryStream"),
            f => f.Call("DescribeDeliveryStream", new { DeliveryStreamName = WireClient.UniqueName("absent") }),
            Expect.Error(400, "ResourceNotFoundException", "^Firehose absent-.* under account 000000000000 not found\\.$")
        },
        {
            "create-existing-stream", ApiReference("CreateDeliveryStream"),
            async f => await f.Call("CreateDeliveryStream", new
            {
                DeliveryStreamName = await Stream(f),
                S3DestinationConfiguration = new { RoleARN = "arn:aws:iam::000000000000:role/firehose", BucketARN = "arn:aws:s3:::conformance" },
            }),
            Expect.Error(400, "ResourceInUseException", "^Firehose fh-.* under accountId 000000000000 already exists$")
        },
        {
            "put-record-batch-of-501", ApiReference("PutRecordBatch"),
            async f => await f.Call("PutRecordBatch", new
            {
                DeliveryStreamName = await Stream(f), Records = Enumerable.Repeat(new { Data = new byte[] { 1 } }, 501).ToArray(),
            }),
            Expect.Error(400, "ValidationException",
                "^1 validation error detected: Value '.*' at 'records' failed to satisfy constraint: Member must have length less than or equal to 500$")
        },
        {
            "describe-defaults", ApiReference("DescribeDeliveryStream"),
            async f => await f.Call("DescribeDeliveryStream", new { DeliveryStreamName = await Stream(f) }),
            Expect.Success(("DeliveryStreamStatus", "ACTIVE"), ("VersionId", "1"), ("DestinationId", "destinationId-000000000001"),
                ("CompressionFormat", "UNCOMPRESSED"), ("SizeInMBs", "5"), ("IntervalInSeconds", "300"), ("NoEncryptionConfig", "NoEncryption"))
        },
    };
}
