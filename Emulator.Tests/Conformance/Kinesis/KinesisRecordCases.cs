using Emulator.Tests.Conformance.Wire;
using static Emulator.Tests.Conformance.Kinesis.KinesisSteps;

namespace Emulator.Tests.Conformance.Kinesis;

/// <summary>PutRecord, PutRecords, GetShardIterator and GetRecords.</summary>
public static class KinesisRecordCases
{
    private const string HashKeySpaceEnd = "340282366920938463463374607431768211456";

    private const string MustSpecify =
        "Must either specify (1) AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER and StartingSequenceNumber or (2) TRIM_HORIZON or LATEST and no StartingSequenceNumber. ";

    private static readonly byte[] Empty = [];

    private static Task<WireResponse> Iterator(WireClient kinesis, object request) => kinesis.Call("GetShardIterator", request);

    public static readonly CaseList All = new()
    {
        {
            "PutRecord to an unknown stream is ResourceNotFoundException",
            Source.Kinesalite("test/putRecord.js", "should return ResourceNotFoundException if stream does not exist"),
            kinesis => kinesis.Call("PutRecord", new { StreamName = "c-unknown-stream", PartitionKey = "a", Data = Empty }),
            KinesisExpect.NotFound($"Stream c-unknown-stream under account {Account} not found.")
        },
        {
            "PutRecord with an ExplicitHashKey past the hash key space is InvalidArgumentException",
            Source.Kinesalite("test/putRecord.js", "should return InvalidArgumentException for out of bounds ExplicitHashKey"),
            async kinesis => await kinesis.Call("PutRecord",
                new { StreamName = await Stream(kinesis), PartitionKey = "a", Data = Empty, ExplicitHashKey = HashKeySpaceEnd }),
            KinesisExpect.InvalidArgument($"Invalid ExplicitHashKey. ExplicitHashKey must be in the range: [0, 2^128-1]. Specified value was {HashKeySpaceEnd}")
        },
        {
            "PutRecord takes a SequenceNumberForOrdering another stream gave out long ago",
            Source.Kinesalite("test/putRecord.js", "should work with SequenceNumberForOrdering all 0"),
            async kinesis => await kinesis.Call("PutRecord", new
            {
                StreamName = await Stream(kinesis), PartitionKey = "a", Data = Empty,
                SequenceNumberForOrdering = "49039857307708443467467104868809893875799651909875269634",
            }),
            Expect.Success(response => Assert.Equal("shardId-000000000000", response.Value("ShardId")))
        },
        {
            "PutRecord takes the SequenceNumberForOrdering of the stream's last record",
            Source.Doc("https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecord.html"),
            async kinesis =>
            {
                var stream = await Stream(kinesis);
                var last = await Put(kinesis, stream);
                return await kinesis.Call("PutRecord", new { StreamName = stream, PartitionKey = "a", Data = Empty, SequenceNumberForOrdering = last });
            },
            Expect.Success(response => Assert.Equal("shardId-000000000000", response.Value("ShardId")))
        },
        {
            "PutRecord with a SequenceNumberForOrdering not given out yet is InvalidArgumentException",
            Source.Kinesalite("test/putRecord.js", "should return InvalidArgumentException with SequenceNumberForOrdering all f"),
            async kinesis => await kinesis.Call("PutRecord", new
            {
                StreamName = await Stream(kinesis), PartitionKey = "a", Data = Empty,
                SequenceNumberForOrdering = "73559785961551514828601391991642864028743539089244946418",
            }),
            Expect.Error(400, "InvalidArgumentException",
                $"^ExclusiveMinimumSequenceNumber 73559785961551514828601391991642864028743539089244946418 used in PutRecord on stream c-\\w+-\\d+ under account {Account} is invalid\\.$")
        },
        {
            "PutRecords with an empty PartitionKey and ExplicitHashKey names each broken constraint",
            Source.Kinesalite("test/putRecords.js", "should return ValidationException for empty PartitionKey"),
            kinesis => kinesis.Call("PutRecords", new { StreamName = "", Records = new[] { new { PartitionKey = "", Data = Empty, ExplicitHashKey = "" } } }),
            KinesisExpect.Violations(
                "Value '' at 'records.1.member.partitionKey' failed to satisfy constraint: Member must have length greater than or equal to 1",
                "Value '' at 'records.1.member.explicitHashKey' failed to satisfy constraint: Member must satisfy regular expression pattern: 0|([1-9]\\d{0,38})",
                "Value '' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
                "Value '' at 'streamName' failed to satisfy constraint: Member must have length greater than or equal to 1")
        },
        {
            "PutRecords of 501 records is ValidationException",
            Source.Kinesalite("test/putRecords.js", "should return ValidationException for too many records"),
            kinesis => kinesis.Call("PutRecords",
                new { StreamName = "c-unknown-stream", Records = Enumerable.Range(0, 501).Select(_ => new { PartitionKey = "a", Data = Empty }).ToArray() }),
            Expect.Error(400, "ValidationException",
                "^1 validation error detected: Value '\\[.*\\]' at 'records' failed to satisfy constraint: Member must have length less than or equal to 500$")
        },
        {
            "PutRecords to an unknown stream is ResourceNotFoundException",
            Source.Kinesalite("test/putRecords.js", "should return ResourceNotFoundException if stream does not exist"),
            kinesis => kinesis.Call("PutRecords", new { StreamName = "c-unknown-stream", Records = new[] { new { PartitionKey = "a", Data = Empty } } }),
            KinesisExpect.NotFound($"Stream c-unknown-stream under account {Account} not found.")
        },
        {
            "PutRecords with an ExplicitHashKey past the hash key space fails the whole request",
            Source.Kinesalite("test/putRecords.js", "should return InvalidArgumentException for out of bounds ExplicitHashKey"),
            async kinesis => await kinesis.Call("PutRecords", new
            {
                StreamName = await Stream(kinesis),
                Records = new object[] { new { PartitionKey = "a", Data = Empty, ExplicitHashKey = HashKeySpaceEnd }, new { PartitionKey = "a", Data = Empty } },
            }),
            KinesisExpect.InvalidArgument($"Invalid ExplicitHashKey. ExplicitHashKey must be in the range: [0, 2^128-1]. Specified value was {HashKeySpaceEnd}")
        },
        {
            // The wording is what AWS answered in users' reports (snowplow/enrich#685, aws/amazon-kinesis-streams-for-fluent-bit#21).
            "PutRecords of more than 5 MiB in all is InvalidArgumentException",
            Source.Doc("https://docs.aws.amazon.com/kinesis/latest/APIReference/API_PutRecords.html"),
            async kinesis => await kinesis.Call("PutRecords", new
            {
                StreamName = await Stream(kinesis),
                Records = Enumerable.Range(0, 6).Select(_ => new { PartitionKey = "a", Data = new byte[1_000_000] }).ToArray(),
            }),
            KinesisExpect.InvalidArgument("Records size exceeds 5 MB limit")
        },
        {
            "GetShardIterator AT_SEQUENCE_NUMBER without a StartingSequenceNumber is InvalidArgumentException",
            Source.Kinesalite("test/getShardIterator.js", "should return InvalidArgumentException if AT_SEQUENCE_NUMBER and no StartingSequenceNumber"),
            async kinesis => await Iterator(kinesis, new { StreamName = await Stream(kinesis), ShardId = "shardId-0", ShardIteratorType = "AT_SEQUENCE_NUMBER" }),
            KinesisExpect.InvalidArgument(MustSpecify + "Request specified AT_SEQUENCE_NUMBER and no StartingSequenceNumber.")
        },
        {
            "GetShardIterator LATEST with a StartingSequenceNumber is InvalidArgumentException",
            Source.Kinesalite("test/getShardIterator.js", "should return InvalidArgumentException if LATEST and StartingSequenceNumber"),
            async kinesis => await Iterator(kinesis,
                new { StreamName = await Stream(kinesis), ShardId = "shardId-0", ShardIteratorType = "LATEST", StartingSequenceNumber = "5" }),
            KinesisExpect.InvalidArgument(MustSpecify + "Request specified LATEST and also a StartingSequenceNumber.")
        },
        {
            "GetShardIterator AT_TIMESTAMP without a Timestamp is InvalidArgumentException",
            Source.Kinesalite("test/getShardIterator.js", "should return InvalidArgumentException if AT_TIMESTAMP and no Timestamp"),
            async kinesis => await Iterator(kinesis, new { StreamName = await Stream(kinesis), ShardId = "shardId-0", ShardIteratorType = "AT_TIMESTAMP" }),
            KinesisExpect.InvalidArgument("Must specify timestampInMillis parameter for iterator of type AT_TIMESTAMP. Current request has no timestamp parameter.")
        },
        {
            "GetShardIterator AT_TIMESTAMP in the future is InvalidArgumentException",
            Source.Kinesalite("test/getShardIterator.js", "should return InvalidArgumentException if Timestamp in the future"),
            async kinesis => await Iterator(kinesis, new
            {
                StreamName = await Stream(kinesis), ShardId = "shardId-0", ShardIteratorType = "AT_TIMESTAMP",
                Timestamp = DateTimeOffset.UtcNow.AddHours(1),
            }),
            Expect.Error(400, "InvalidArgumentException",
                "^The timestampInMillis parameter cannot be greater than the currentTimestampInMillis\\. timestampInMillis: \\d+, currentTimestampInMillis: \\d+$")
        },
        {
            "GetShardIterator of a shard the stream does not have is ResourceNotFoundException",
            Source.Kinesalite("test/getShardIterator.js", "should return ResourceNotFoundException if known stream and raw shard ID does not exist"),
            async kinesis => await Iterator(kinesis, new { StreamName = await Stream(kinesis), ShardId = "shardId-5", ShardIteratorType = "LATEST" }),
            Expect.Error(400, "ResourceNotFoundException", $"^Shard shardId-000000000005 in stream c-\\w+-\\d+ under account {Account} does not exist$")
        },
        {
            "GetShardIterator of an unknown stream is ResourceNotFoundException for the shard",
            Source.Kinesalite("test/getShardIterator.js", "should return ResourceNotFoundException if unknown stream and random shard name"),
            kinesis => Iterator(kinesis, new { StreamName = "c-unknown-stream", ShardId = "c_shard-2147483647", ShardIteratorType = "LATEST" }),
            KinesisExpect.NotFound($"Shard shardId-002147483647 in stream c-unknown-stream under account {Account} does not exist")
        },
        {
            "GetShardIterator of a shard id that names no shard is ResourceNotFoundException",
            Source.Kinesalite("test/getShardIterator.js", "should return ResourceNotFoundException if unknown stream and exponent shard ID"),
            kinesis => Iterator(kinesis, new { StreamName = "c-unknown-stream", ShardId = "2.14E4", ShardIteratorType = "LATEST" }),
            KinesisExpect.NotFound($"Could not find shard 2.14E4 in stream c-unknown-stream under account {Account}.")
        },
        {
            "GetRecords reads an iterator with the quotes of its JSON string around it",
            Source.Validated("kinesis/test_kinesis", "TestKinesis::test_get_records_shard_iterator_with_surrounding_quotes"),
            async kinesis =>
            {
                var stream = await Stream(kinesis);
                await Put(kinesis, stream, "Hello world");
                return await kinesis.Call("GetRecords", new { ShardIterator = $"\"{await KinesisSteps.Iterator(kinesis, stream)}\"" });
            },
            Expect.Success(response => Assert.Equal(Convert.ToBase64String("Hello world"u8.ToArray()), response.Value("Data")))
        },
        {
            "GetRecords with an iterator that is not one is InvalidArgumentException",
            Source.Kinesalite("test/getRecords.js", "should return InvalidArgumentException if ShardIterator is incorrect format"),
            kinesis => kinesis.Call("GetRecords", new { ShardIterator = "c-not-an-iterator" }),
            KinesisExpect.InvalidArgument("Invalid ShardIterator.")
        },
        {
            "GetRecords with an iterator older than 5 minutes is ExpiredIteratorException",
            Source.Kinesalite("test/getRecords.js", "should return ExpiredIteratorException if ShardIterator has expired"),
            async kinesis =>
            {
                var iterator = await KinesisSteps.Iterator(kinesis, await Stream(kinesis));
                await kinesis.AdvanceClock(TimeSpan.FromSeconds(301));
                return await kinesis.Call("GetRecords", new { ShardIterator = iterator });
            },
            Expect.Error(400, "ExpiredIteratorException",
                "^Iterator expired\\. The iterator was created at time \\w{3} \\w{3} \\d{2} \\d{2}:\\d{2}:\\d{2} UTC \\d{4} while right now it is \\w{3} \\w{3} \\d{2} \\d{2}:\\d{2}:\\d{2} UTC \\d{4} which is further in the future than the tolerated delay of 300000 milliseconds\\.$")
        },
    };
}
