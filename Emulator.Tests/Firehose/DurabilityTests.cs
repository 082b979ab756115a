using System.Collections.Concurrent;
using System.Text;
using Emulator.Firehose.Delivery;
using Emulator.Firehose.Durability;
using Emulator.Firehose.Shapes;
using Emulator.Firehose.Streams;
using Emulator.Kinesis;
using Microsoft.Extensions.Time.Testing;

namespace Emulator.Tests.Firehose;

/// <summary>Firehose's records in durable mode: delivery streams and accepted records round-trip, and a pipeline's undelivered records come back to be delivered.</summary>
public class DurabilityTests
{
    private const string Role = "arn:aws:iam::000000000000:role/r";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public static TheoryData<string> Kinds => ["ExtendedS3", "S3", "HttpEndpoint", "Splunk"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_delivery_stream_record_keeps_its_configuration_as_created_and_updated_and_every_other_field(string kind)
    {
        var stream = new DeliveryStream("orders", "000000000000", "eu-west-1", DeliveryStream.KinesisStreamAsSource, Destination.From(Input(kind)),
            new KinesisStreamSourceConfiguration { KinesisStreamARN = "arn:aws:kinesis:eu-west-1:000000000000:stream/s", RoleARN = Role },
            _clock.GetUtcNow(), "CREATING", new FirehoseJournal());
        stream.Tag([new Tag { Key = "team", Value = "a" }, new Tag { Key = "empty", Value = "" }]);
        stream.SetEncryption(new DeliveryStreamEncryptionConfiguration { KeyType = "CUSTOMER_MANAGED_CMK", KeyARN = "arn:aws:kms:eu-west-1:000000000000:key/k", Status = "ENABLED" });
        if (kind == "ExtendedS3")
            stream.Update("1", destination => destination.Updated(new UpdateDestinationInput
            {
                ExtendedS3DestinationUpdate = new ExtendedS3DestinationUpdate { Prefix = "updated/", CompressionFormat = "GZIP" },
            }), _clock.GetUtcNow().AddMinutes(5));

        var encoded = DeliveryStreamRecords.Encode(stream);
        var stored = DeliveryStreamRecords.Decode(encoded);

        Assert.Equal(("orders", "000000000000", "eu-west-1", DeliveryStream.KinesisStreamAsSource, stream.Created, "CREATING"),
            (stored.Name, stored.AccountId, stored.Region, stored.Type, stored.Created, stored.Status));
        Assert.Equal((stream.Version, stream.LastUpdated), (stored.Version, stored.LastUpdated));
        Assert.Equal(stream.Tags, stored.Tags);
        Assert.Equal("arn:aws:kms:eu-west-1:000000000000:key/k", stored.Encryption.KeyARN);
        Assert.Equal("arn:aws:kinesis:eu-west-1:000000000000:stream/s", stored.KinesisSource!.KinesisStreamARN);
        Assert.Equal(stream.Destination.Kind, stored.Destination.Kind);
        Assert.Equal(Json(stream.Destination.Describe()), Json(stored.Destination.Describe()));
        if (kind == "ExtendedS3") Assert.Equal(("updated/", "GZIP", 2), (stored.Destination.S3!.Prefix, stored.Destination.S3.CompressionFormat, stored.Version));
        // A stream rebuilt from the record makes the same record.
        Assert.Equal(encoded, DeliveryStreamRecords.Encode(DeliveryStream.Restore(stored, new FirehoseJournal())));
    }

    [Fact]
    public void An_accepted_record_keeps_its_number_arrival_and_data()
    {
        var arrived = _clock.GetUtcNow().AddTicks(7);
        var record = AcceptedRecords.Decode(AcceptedRecords.Key("a/b/c/0000000000000000001", 300), AcceptedRecords.Encode([1, 2, 3], arrived));

        Assert.Equal((300L, arrived), (record.Number, record.Arrived));
        Assert.Equal([1, 2, 3], record.Data);
    }

    [Fact]
    public async Task A_pipeline_hands_over_what_it_has_not_delivered_and_a_new_one_delivers_it()
    {
        var stream = new DeliveryStream("s", "000000000000", "us-east-1", DeliveryStream.DirectPut, Destination.From(Input("ExtendedS3")), null,
            _clock.GetUtcNow(), "ACTIVE", new FirehoseJournal());
        var held = new StreamPipeline(stream, (_, _, cancel) => Task.Delay(Timeout.Infinite, cancel).ContinueWith(_ => (string?)null), _clock, 1 << 30);
        held.SourceStarted(new Dictionary<string, string> { ["shardId-000000000000"] = "1" });
        held.TryAdd([Bytes("a"), Bytes("b")], new FeedBatch("shardId-000000000000", [], "5"));
        held.Flush();
        held.TryAdd([Bytes("c")]);

        var (accepted, positions) = held.Capture();
        held.Abandon();

        Assert.Equal([0L, 1, 2], accepted.Select(r => r.Number));
        Assert.Equal(new Dictionary<string, string> { ["shardId-000000000000"] = "5" }, positions);
        var delivered = new BlockingCollection<RecordBatch>();
        var restored = new StreamPipeline(stream, (_, batch, _) =>
        {
            delivered.Add(batch);
            return Task.FromResult<string?>("ok");
        }, _clock, 1 << 30);
        restored.Restore(accepted, positions);
        Assert.True(delivered.TryTake(out var batch, TimeSpan.FromSeconds(5)));
        Assert.Equal(["a", "b", "c"], batch.Records.Select(r => Encoding.UTF8.GetString(r)));
        Assert.Equal(positions, restored.Capture().SourcePositions);
        restored.TryAdd([Bytes("d")]);
        Assert.Equal([3L], restored.Capture().Accepted.Select(r => r.Number));
        await restored.CloseAsync();
    }

    private static CreateDeliveryStreamInput Input(string kind)
    {
        var s3 = new S3DestinationConfiguration { RoleARN = Role, BucketARN = "arn:aws:s3:::b", Prefix = "p/", BufferingHints = new BufferingHints { SizeInMBs = 1, IntervalInSeconds = 60 } };
        return kind switch
        {
            "ExtendedS3" => new CreateDeliveryStreamInput
            {
                ExtendedS3DestinationConfiguration = new ExtendedS3DestinationConfiguration
                {
                    RoleARN = Role, BucketARN = "arn:aws:s3:::b", Prefix = "p/", ErrorOutputPrefix = "e/", FileExtension = ".json",
                    ProcessingConfiguration = new ProcessingConfiguration
                    {
                        Enabled = true,
                        Processors = [new Processor { Type = "Lambda", Parameters = [new ProcessorParameter { ParameterName = "LambdaArn", ParameterValue = "arn:aws:lambda:us-east-1:000000000000:function:f" }] }],
                    },
                },
            },
            "S3" => new CreateDeliveryStreamInput { S3DestinationConfiguration = s3 },
            "HttpEndpoint" => new CreateDeliveryStreamInput
            {
                HttpEndpointDestinationConfiguration = new HttpEndpointDestinationConfiguration
                {
                    EndpointConfiguration = new HttpEndpointConfiguration { Url = "https://example.com/in", Name = "in", AccessKey = "secret" },
                    RequestConfiguration = new HttpEndpointRequestConfiguration { CommonAttributes = [new HttpEndpointCommonAttribute { AttributeName = "a", AttributeValue = "b" }] },
                    S3Configuration = s3,
                },
            },
            _ => new CreateDeliveryStreamInput
            {
                SplunkDestinationConfiguration = new SplunkDestinationConfiguration { HECEndpoint = "https://splunk", HECEndpointType = "Raw", HECToken = "t", S3Configuration = s3 },
            },
        };
    }

    private static string Json(DestinationDescription description)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        Emulator.Protocol.Json.JsonResponseEncoder.WriteResult(buffer, Emulator.Protocol.Shapes.ShapeCatalog.For<DestinationDescription>(), description);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
