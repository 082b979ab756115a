using Emulator.Tests.Conformance.Wire;
using static Emulator.Tests.Conformance.Kinesis.KinesisSteps;

namespace Emulator.Tests.Conformance.Kinesis;

/// <summary>Creating, describing, listing and deleting streams.</summary>
public static class KinesisStreamCases
{
    private const string NamePattern = "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+";
    private static readonly string LongName = new('a', 129);

    public static readonly CaseList All = new()
    {
        {
            // ShardCount has been optional since on-demand streams: only the name is missing.
            "CreateStream without a StreamName is ValidationException",
            Source.Kinesalite("test/createStream.js", "should return ValidationException for no StreamName"),
            kinesis => kinesis.Call("CreateStream", new { }),
            KinesisExpect.Violations("Value null at 'streamName' failed to satisfy constraint: Member must not be null")
        },
        {
            "CreateStream with an empty StreamName and ShardCount 0 names each broken constraint",
            Source.Kinesalite("test/createStream.js", "should return ValidationException for empty StreamName"),
            kinesis => kinesis.Call("CreateStream", new { StreamName = "", ShardCount = 0 }),
            KinesisExpect.Violations(
                "Value '0' at 'shardCount' failed to satisfy constraint: Member must have value greater than or equal to 1",
                $"Value '' at 'streamName' failed to satisfy constraint: {NamePattern}",
                "Value '' at 'streamName' failed to satisfy constraint: Member must have length greater than or equal to 1")
        },
        {
            "CreateStream of a stream that exists is ResourceInUseException",
            Source.Kinesalite("test/createStream.js", "should return ResourceInUseException if stream already exists"),
            async kinesis =>
            {
                var stream = await Stream(kinesis);
                return await kinesis.Call("CreateStream", new { StreamName = stream, ShardCount = 1 });
            },
            Expect.Error(400, "ResourceInUseException", $"^Stream c-\\w+-\\d+ under account {Account} already exists\\.$")
        },
        {
            "CreateStream answers an empty body",
            Source.Kinesalite("test/createStream.js", "should create a basic 3-shard stream"),
            kinesis => kinesis.Call("CreateStream", new { StreamName = WireClient.UniqueName(), ShardCount = 3 }),
            KinesisExpect.EmptyBody
        },
        {
            "DeleteStream of an unknown stream is ResourceNotFoundException",
            Source.Kinesalite("test/deleteStream.js", "should return ResourceNotFoundException if stream does not exist"),
            kinesis => kinesis.Call("DeleteStream", new { StreamName = "c-unknown-stream" }),
            KinesisExpect.NotFound($"Stream c-unknown-stream under account {Account} not found.")
        },
        {
            "DeleteStream answers an empty body",
            Source.Kinesalite("test/deleteStream.js", "should allow stream to be deleted while it is being created"),
            async kinesis => await kinesis.Call("DeleteStream", new { StreamName = await Stream(kinesis) }),
            KinesisExpect.EmptyBody
        },
        {
            "DescribeStream with names and a Limit out of range names each broken constraint",
            Source.Kinesalite("test/describeStream.js", "should return ValidationException for long StreamName"),
            kinesis => kinesis.Call("DescribeStream", new { StreamName = LongName, Limit = 100000, ExclusiveStartShardId = LongName }),
            KinesisExpect.Violations(
                "Value '100000' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 10000",
                $"Value '{LongName}' at 'exclusiveStartShardId' failed to satisfy constraint: Member must have length less than or equal to 128",
                $"Value '{LongName}' at 'streamName' failed to satisfy constraint: Member must have length less than or equal to 128")
        },
        {
            "DescribeStream of an unknown stream is ResourceNotFoundException",
            Source.Kinesalite("test/describeStream.js", "should return ResourceNotFoundException if stream does not exist"),
            kinesis => kinesis.Call("DescribeStream", new { StreamName = "c-unknown-stream" }),
            KinesisExpect.NotFound($"Stream c-unknown-stream under account {Account} not found.")
        },
        {
            "DescribeStream of an unknown stream by ARN is ResourceNotFoundException naming the stream",
            Source.Recorded("kinesis/test_kinesis", "TestKinesis::test_cbor_exceptions", "cbor-error"),
            kinesis => kinesis.Call("DescribeStream", new { StreamARN = Arn(kinesis, "wrong-stream-name") }),
            KinesisExpect.NotFound($"Stream wrong-stream-name under account {Account} not found.")
        },
        {
            "DescribeStreamSummary of an unknown stream is ResourceNotFoundException",
            Source.Kinesalite("test/describeStreamSummary.js", "should return ResourceNotFoundException if stream does not exist"),
            kinesis => kinesis.Call("DescribeStreamSummary", new { StreamName = "c-unknown-stream" }),
            KinesisExpect.NotFound($"Stream c-unknown-stream under account {Account} not found.")
        },
        {
            "DescribeStreamSummary with an empty StreamName names each broken constraint",
            Source.Kinesalite("test/describeStreamSummary.js", "should return ValidationException for empty StreamName"),
            kinesis => kinesis.Call("DescribeStreamSummary", new { StreamName = "" }),
            KinesisExpect.Violations(
                $"Value '' at 'streamName' failed to satisfy constraint: {NamePattern}",
                "Value '' at 'streamName' failed to satisfy constraint: Member must have length greater than or equal to 1")
        },
        {
            "ListStreams with an empty ExclusiveStartStreamName and Limit 0 names each broken constraint",
            Source.Kinesalite("test/listStreams.js", "should return ValidationException for empty ExclusiveStartStreamName"),
            kinesis => kinesis.Call("ListStreams", new { ExclusiveStartStreamName = "", Limit = 0 }),
            KinesisExpect.Violations(
                "Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
                $"Value '' at 'exclusiveStartStreamName' failed to satisfy constraint: {NamePattern}",
                "Value '' at 'exclusiveStartStreamName' failed to satisfy constraint: Member must have length greater than or equal to 1")
        },
        {
            "ListStreams with a Limit over 10000 is ValidationException",
            Source.Kinesalite("test/listStreams.js", "should return ValidationException for long ExclusiveStartStreamName"),
            kinesis => kinesis.Call("ListStreams", new { ExclusiveStartStreamName = LongName, Limit = 1000000 }),
            KinesisExpect.Violations(
                "Value '1000000' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 10000",
                $"Value '{LongName}' at 'exclusiveStartStreamName' failed to satisfy constraint: Member must have length less than or equal to 128")
        },
    };
}
