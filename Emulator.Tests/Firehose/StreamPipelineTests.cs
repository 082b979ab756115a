using System.Collections.Concurrent;
using Emulator.Firehose;
using Emulator.Firehose.Delivery;
using Emulator.Firehose.Durability;
using Emulator.Firehose.Shapes;
using Emulator.Firehose.Streams;
using Microsoft.Extensions.Time.Testing;

namespace Emulator.Tests.Firehose;

/// <summary>
/// Buffering as the developer guide describes it ("Configure buffering hints"): a buffer goes out when it reaches its
/// size hint or when its interval has passed since its first record, whichever comes first, on the clock; batches are
/// delivered in order and a failed one is retried, not skipped.
/// </summary>
public class StreamPipelineTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly BlockingCollection<RecordBatch> _delivered = [];

    private static DeliveryStream Stream(int megabytes, int seconds) => new("s", "000000000000", "us-east-1", DeliveryStream.DirectPut,
        Destination.From(new CreateDeliveryStreamInput
        {
            DeliveryStreamName = "s",
            ExtendedS3DestinationConfiguration = new ExtendedS3DestinationConfiguration
            {
                RoleARN = "arn:aws:iam::000000000000:role/r", BucketARN = "arn:aws:s3:::b",
                BufferingHints = new BufferingHints { SizeInMBs = megabytes, IntervalInSeconds = seconds },
            },
        }), null, DateTimeOffset.UnixEpoch, "ACTIVE", new FirehoseJournal());

    private StreamPipeline Pipeline(DeliveryStream stream, Func<RecordBatch, string?>? deliver = null, long backlog = FirehoseOptions.DefaultBacklog) =>
        new(stream, (_, batch, _) => Task.FromResult(deliver is null ? Accept(batch) : deliver(batch)), _clock, backlog);

    private string? Accept(RecordBatch batch)
    {
        _delivered.Add(batch);
        return "ok";
    }

    private RecordBatch Next() => _delivered.TryTake(out var batch, TimeSpan.FromSeconds(5)) ? batch : throw new TimeoutException("no batch");

    [Fact]
    public void A_buffer_waits_for_its_interval_on_the_clock()
    {
        var pipeline = Pipeline(Stream(5, 300));
        pipeline.TryAdd([[1], [2]]);
        _clock.Advance(TimeSpan.FromSeconds(299));
        pipeline.TryAdd([[3]]);

        Assert.False(_delivered.TryTake(out _, TimeSpan.FromMilliseconds(100)));
        _clock.Advance(TimeSpan.FromSeconds(1));
        var batch = Next();

        Assert.Equal([[1], [2], [3]], batch.Records);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), batch.OldestArrival);
    }

    [Fact]
    public void A_buffer_that_reaches_its_size_goes_at_once_and_the_next_starts_its_own_interval()
    {
        var pipeline = Pipeline(Stream(1, 60));
        pipeline.TryAdd([new byte[600_000], new byte[500_000]]);
        var full = Next();
        _clock.Advance(TimeSpan.FromSeconds(30));
        pipeline.TryAdd([[9]]);
        _clock.Advance(TimeSpan.FromSeconds(31));

        Assert.Equal(1_100_000, full.Bytes);
        Assert.False(_delivered.TryTake(out _, TimeSpan.FromMilliseconds(100)), "the interval counts from the buffer's first record");
        _clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal([[9]], Next().Records);
    }

    [Fact]
    public async Task A_failed_batch_is_retried_after_a_pause_and_closing_delivers_what_is_buffered()
    {
        var attempts = 0;
        var pipeline = Pipeline(Stream(1, 60), batch => ++attempts == 1 ? throw new DeliveryFailure("S3.NoSuchBucket", "no bucket") : Accept(batch));
        pipeline.TryAdd([[1]]);
        _clock.Advance(TimeSpan.FromSeconds(60));
        await WaitUntil(() => pipeline.Report.Failures == 1);
        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal([[1]], Next().Records);
        pipeline.TryAdd([[2]]);
        await pipeline.CloseAsync();

        Assert.Equal([[2]], Next().Records);
        Assert.Equal((2, 1, 1), (pipeline.Report.Batches, pipeline.Report.Failures, pipeline.Report.Retries));
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition());
    }

    [Fact]
    public async Task Past_its_backlog_a_stream_refuses_records_until_a_batch_leaves()
    {
        var destinationUp = false;
        var pipeline = Pipeline(Stream(1, 60), batch => destinationUp ? Accept(batch) : throw new DeliveryFailure("S3.AccessDenied", "down"),
            backlog: 10);
        Assert.True(pipeline.TryAdd([new byte[6]]));
        pipeline.Flush();
        Assert.True(pipeline.TryAdd([new byte[6]]));
        Assert.False(pipeline.TryAdd([new byte[1]]));
        var room = pipeline.WhenRoom();
        Assert.False(room.IsCompleted);

        await WaitUntil(() => pipeline.Report.Failures == 1);
        destinationUp = true;
        _clock.Advance(TimeSpan.FromSeconds(30));
        await room.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(6, Next().Bytes);
        Assert.True(pipeline.TryAdd([new byte[1]]));
        Assert.Equal(7, pipeline.Buffered);
    }
}
