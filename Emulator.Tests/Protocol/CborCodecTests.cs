using System.Formats.Cbor;
using Emulator.Kinesis.Shapes;
using Emulator.Protocol.Cbor;
using Emulator.Protocol.Errors;
using Emulator.Protocol.Shapes;
using Record = Emulator.Kinesis.Shapes.Record;

namespace Emulator.Tests.Protocol;

public class CborCodecTests
{
    private const long ArrivalMillis = 1_700_000_000_123;

    private static T Decode<T>(byte[] body) => (T)CborRequestDecoder.Decode(ShapeCatalog.For<T>(), body);

    private static byte[] Encode<T>(T result)
    {
        var writer = new CborWriter();
        CborResponseEncoder.WriteResult(writer, ShapeCatalog.For<T>(), result!);
        return writer.Encode();
    }

    private static byte[] Write(Action<CborWriter> write)
    {
        var writer = new CborWriter(CborConformanceMode.Lax);
        write(writer);
        return writer.Encode();
    }

    [Fact]
    public void Decodes_every_member_kind_and_skips_unknown_and_null_members()
    {
        var request = Decode<SampleRequest>(Write(w =>
        {
            w.WriteStartMap(13);
            w.WriteTextString("Name"); w.WriteTextString("n");
            w.WriteTextString("Count"); w.WriteInt32(3);
            w.WriteTextString("Big"); w.WriteInt64(5_000_000_000);
            w.WriteTextString("Enabled"); w.WriteBoolean(false);
            w.WriteTextString("Data"); w.WriteByteString([1, 2, 3]);
            w.WriteTextString("When"); w.WriteTag(CborTag.UnixTimeSeconds); w.WriteInt64(ArrivalMillis);
            w.WriteTextString("Unknown");
            w.WriteStartMap(1); w.WriteTextString("deep"); w.WriteStartArray(2); w.WriteInt32(1); w.WriteNull(); w.WriteEndArray(); w.WriteEndMap();
            w.WriteTextString("Labels"); w.WriteStartArray(3); w.WriteTextString("a"); w.WriteNull(); w.WriteTextString("b"); w.WriteEndArray();
            w.WriteTextString("Attributes"); w.WriteStartMap(2); w.WriteTextString("k"); w.WriteTextString("v"); w.WriteTextString("gone"); w.WriteNull(); w.WriteEndMap();
            w.WriteTextString("Entries");
            w.WriteStartArray(1); w.WriteStartMap(2); w.WriteTextString("Id"); w.WriteTextString("x"); w.WriteTextString("Size"); w.WriteInt32(2); w.WriteEndMap(); w.WriteEndArray();
            w.WriteTextString("Nested");
            w.WriteStartMap(1); w.WriteTextString("e"); w.WriteStartMap(1); w.WriteTextString("Id"); w.WriteTextString("y"); w.WriteEndMap(); w.WriteEndMap();
            w.WriteTextString("Wrapped"); w.WriteNull();
            w.WriteTextString("Extra"); w.WriteTag(CborTag.UnixTimeSeconds); w.WriteDouble(1.5);
            w.WriteEndMap();
        }));

        Assert.Equal("n", request.Name);
        Assert.Equal(3, request.Count);
        Assert.Equal(5_000_000_000, request.Big);
        Assert.False(request.Enabled);
        Assert.Equal(new byte[] { 1, 2, 3 }, request.Data);
        Assert.Equal(ArrivalMillis, request.When!.Value.ToUnixTimeMilliseconds());
        Assert.Equal(["a", "b"], request.Labels!);
        Assert.Equal(new Dictionary<string, string> { ["k"] = "v" }, request.Attributes);
        Assert.Equal(2, request.Entries![0].Size);
        Assert.Equal("y", request.Nested!["e"].Id);
        Assert.Null(request.Wrapped);
    }

    [Fact]
    public void Decodes_indefinite_length_maps_arrays_and_strings()
    {
        var request = Decode<PutRecordsInput>(Write(w =>
        {
            w.WriteStartMap(null);
            w.WriteStartIndefiniteLengthTextString(); w.WriteTextString("Stream"); w.WriteTextString("Name"); w.WriteEndIndefiniteLengthTextString();
            w.WriteStartIndefiniteLengthTextString(); w.WriteTextString("my-"); w.WriteTextString("stream"); w.WriteEndIndefiniteLengthTextString();
            w.WriteTextString("Records");
            w.WriteStartArray(null);
            w.WriteStartMap(null);
            w.WriteTextString("Data");
            w.WriteStartIndefiniteLengthByteString(); w.WriteByteString([1, 2]); w.WriteByteString([3]); w.WriteEndIndefiniteLengthByteString();
            w.WriteTextString("PartitionKey"); w.WriteTextString("pk");
            w.WriteEndMap();
            w.WriteStartMap(null);
            w.WriteTextString("Data"); w.WriteByteString([]);
            w.WriteTextString("ExplicitHashKey"); w.WriteTextString("0");
            w.WriteEndMap();
            w.WriteEndArray();
            w.WriteEndMap();
        }));

        Assert.Equal("my-stream", request.StreamName);
        Assert.Equal(2, request.Records!.Count);
        Assert.Equal(new byte[] { 1, 2, 3 }, request.Records[0].Data);
        Assert.Equal("pk", request.Records[0].PartitionKey);
        Assert.Empty(request.Records[1].Data!);
        Assert.Equal("0", request.Records[1].ExplicitHashKey);
    }

    public static TheoryData<string, Action<CborWriter>> Timestamps => new()
    {
        { "tag 1, integer milliseconds", w => { w.WriteTag(CborTag.UnixTimeSeconds); w.WriteInt64(ArrivalMillis); } },
        { "tag 1, floating-point milliseconds", w => { w.WriteTag(CborTag.UnixTimeSeconds); w.WriteDouble(ArrivalMillis + 0.4); } },
        { "untagged integer milliseconds", w => w.WriteInt64(ArrivalMillis) },
        { "untagged floating-point milliseconds", w => w.WriteDouble(ArrivalMillis) },
    };

    [Theory]
    [MemberData(nameof(Timestamps))]
    public void Timestamps_are_epoch_milliseconds_tagged_or_not(string form, Action<CborWriter> writeTimestamp)
    {
        var request = Decode<ListShardsInput>(Write(w =>
        {
            w.WriteStartMap(2);
            w.WriteTextString("StreamName"); w.WriteTextString("s");
            w.WriteTextString("ShardFilter");
            w.WriteStartMap(2);
            w.WriteTextString("Type"); w.WriteTextString("AT_TIMESTAMP");
            w.WriteTextString("Timestamp"); writeTimestamp(w);
            w.WriteEndMap();
            w.WriteEndMap();
        }));

        Assert.Equal("AT_TIMESTAMP", request.ShardFilter!.Type);
        Assert.True(ArrivalMillis == request.ShardFilter.Timestamp!.Value.ToUnixTimeMilliseconds(), form);
    }

    public static TheoryData<string, byte[]> MalformedBodies => new()
    {
        { "truncated map", [0xA2, 0x64, (byte)'N', (byte)'a', (byte)'m', (byte)'e'] },
        { "break outside an indefinite container", [0xFF] },
        { "array at the root", Write(w => { w.WriteStartArray(1); w.WriteInt32(1); w.WriteEndArray(); }) },
        { "string member given an integer", Write(w => { w.WriteStartMap(1); w.WriteTextString("Name"); w.WriteInt32(5); w.WriteEndMap(); }) },
        { "integer member given a string", Write(w => { w.WriteStartMap(1); w.WriteTextString("Count"); w.WriteTextString("3"); w.WriteEndMap(); }) },
        { "Int32 member given more than 32 bits", Write(w => { w.WriteStartMap(1); w.WriteTextString("Count"); w.WriteInt64(1L << 40); w.WriteEndMap(); }) },
        { "blob member given a text string", Write(w => { w.WriteStartMap(1); w.WriteTextString("Data"); w.WriteTextString("AQID"); w.WriteEndMap(); }) },
        { "timestamp under another tag", Write(w => { w.WriteStartMap(1); w.WriteTextString("When"); w.WriteTag(CborTag.DateTimeString); w.WriteTextString("2024-01-01T00:00:00Z"); w.WriteEndMap(); }) },
        { "timestamp out of range", Write(w => { w.WriteStartMap(1); w.WriteTextString("When"); w.WriteTag(CborTag.UnixTimeSeconds); w.WriteDouble(double.NaN); w.WriteEndMap(); }) },
        { "member name that is not text", Write(w => { w.WriteStartMap(1); w.WriteInt32(1); w.WriteTextString("x"); w.WriteEndMap(); }) },
        { "content after the root map", [0xA0, 0xA0] },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public void Malformed_bodies_are_SerializationException(string what, byte[] body)
    {
        var error = Assert.Throws<AwsError>(() => Decode<SampleRequest>(body));
        Assert.True(error.Code == "SerializationException", $"{what}: {error.Code} {error.Message}");
        Assert.Equal(400, error.Status);
    }

    [Fact]
    public void Empty_body_and_null_root_count_as_an_empty_request()
    {
        Assert.Equal("MissingParameter", Assert.Throws<AwsError>(() => Decode<SampleRequest>([])).QueryCode);
        Assert.Equal("MissingParameter", Assert.Throws<AwsError>(() => Decode<SampleRequest>([0xF6])).QueryCode);
        Assert.Null(Decode<ListShardsInput>([]).StreamName);
    }

    [Fact]
    public void Encodes_records_with_byte_string_data_and_tag_1_millisecond_timestamps()
    {
        var body = Encode(new GetRecordsOutput
        {
            Records =
            [
                new Record
                {
                    SequenceNumber = "4959", PartitionKey = "pk", Data = new byte[] { 0, 255, 7 },
                    ApproximateArrivalTimestamp = DateTimeOffset.FromUnixTimeMilliseconds(ArrivalMillis),
                },
            ],
            NextShardIterator = "next",
            MillisBehindLatest = 0,
        });

        var output = CborDocument.ReadMap(body);
        Assert.Equal(["Records", "NextShardIterator", "MillisBehindLatest"], output.Keys);
        Assert.Equal("next", output["NextShardIterator"]);
        Assert.Equal(0L, output["MillisBehindLatest"]);
        var record = Assert.IsType<Dictionary<string, object?>>(Assert.Single(Assert.IsType<List<object?>>(output["Records"])));
        Assert.Equal(["SequenceNumber", "ApproximateArrivalTimestamp", "Data", "PartitionKey"], record.Keys);
        Assert.Equal(new byte[] { 0, 255, 7 }, record["Data"]);
        Assert.Equal(new CborTagged(CborTag.UnixTimeSeconds, ArrivalMillis), record["ApproximateArrivalTimestamp"]);
    }

    [Fact]
    public void Results_survive_a_round_trip_through_the_shape_driven_decoder()
    {
        var created = DateTimeOffset.FromUnixTimeMilliseconds(ArrivalMillis);
        var description = new DescribeStreamOutput
        {
            StreamDescription = new StreamDescription
            {
                StreamName = "s",
                StreamARN = "arn:aws:kinesis:us-east-1:000000000000:stream/s",
                StreamStatus = "ACTIVE",
                StreamModeDetails = new StreamModeDetails { StreamMode = "PROVISIONED" },
                Shards =
                [
                    new Shard
                    {
                        ShardId = "shardId-000000000000",
                        HashKeyRange = new HashKeyRange { StartingHashKey = "0", EndingHashKey = "340282366920938463463374607431768211455" },
                        SequenceNumberRange = new SequenceNumberRange { StartingSequenceNumber = "1" },
                    },
                ],
                HasMoreShards = false,
                RetentionPeriodHours = 24,
                StreamCreationTimestamp = created,
                EnhancedMonitoring = [new EnhancedMetrics { ShardLevelMetrics = [] }],
                EncryptionType = "NONE",
            },
        };

        var decoded = Decode<DescribeStreamOutput>(Encode(description)).StreamDescription!;

        Assert.Equal("ACTIVE", decoded.StreamStatus);
        Assert.Equal("PROVISIONED", decoded.StreamModeDetails!.StreamMode);
        var shard = Assert.Single(decoded.Shards!);
        Assert.Equal("340282366920938463463374607431768211455", shard.HashKeyRange!.EndingHashKey);
        Assert.Null(shard.SequenceNumberRange!.EndingSequenceNumber);
        Assert.False(decoded.HasMoreShards);
        Assert.Equal(24, decoded.RetentionPeriodHours);
        Assert.Equal(created, decoded.StreamCreationTimestamp);
        Assert.Empty(Assert.Single(decoded.EnhancedMonitoring!).ShardLevelMetrics!);
        Assert.Null(decoded.KeyId);
    }

    [Fact]
    public void Error_is_a_map_of_type_and_message()
    {
        var writer = new CborWriter();
        CborResponseEncoder.WriteError(writer, "ResourceNotFoundException", new AwsError("ResourceNotFoundException", "gone"));

        var error = CborDocument.ReadMap(writer.Encode());
        Assert.Equal(new Dictionary<string, object?> { ["__type"] = "ResourceNotFoundException", ["message"] = "gone" }, error);
    }
}
