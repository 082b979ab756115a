using System.Buffers;
using System.Formats.Cbor;
using Emulator.Kinesis.Shapes;
using Emulator.Protocol.Cbor;
using Emulator.Protocol.EventStream;
using Emulator.Protocol.Json;
using Emulator.Protocol.Routing;
using Emulator.Protocol.Shapes;

namespace Emulator.Kinesis.Streams;

/// <summary>
/// The body of a SubscribeToShard response: an initial-response event, then a SubscribeToShardEvent whenever records
/// arrive (woken by the write, not by polling; an empty one after <see cref="Heartbeat"/> of quiet), until the shard
/// closes and its last records and child shards are sent, the subscription's five minutes are up, the client leaves, the
/// consumer is deregistered or its stream deleted (noticed at the next event or heartbeat), or a later SubscribeToShard
/// takes the subscription over (which ends this one with a ResourceInUseException event).
/// </summary>
public sealed class ShardEventStream(
    KinesisStream stream, StreamShard shard, long position, string consumerArn, ShardSubscription subscription, WireProtocol protocol,
    TimeProvider clock)
    : IStreamingResult
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(5);
    private const int MaxRecordsPerEvent = 10_000;
    private const long MaxBytesPerEvent = 1024 * 1024;

    private static readonly ShapeInfo EventShape = ShapeCatalog.For<SubscribeToShardEvent>();
    private static readonly ShapeInfo EmptyShape = ShapeCatalog.For<EmptyResult>();
    private static readonly ShapeInfo ErrorShape = ShapeCatalog.For<EventStreamError>();

    public string ContentType => "application/vnd.amazon.eventstream";

    public async Task WriteAsync(Stream body, CancellationToken aborted)
    {
        using var lifetime = new CancellationTokenSource(Lifetime, clock);
        using var done = CancellationTokenSource.CreateLinkedTokenSource(aborted, lifetime.Token, subscription.TakenOver);
        try
        {
            await Send(body, "initial-response", Encode(new EmptyResult(), EmptyShape), done.Token).ConfigureAwait(false);
            var continuation = SequenceNumbers.Format(shard.StartingSequence);
            while (!done.IsCancellationRequested && StillSubscribed())
            {
                var (records, next) = shard.Read(position, MaxRecordsPerEvent, MaxBytesPerEvent, record => StreamViews.Record(stream, record));
                position = next;
                if (records.Count > 0) continuation = records[^1].SequenceNumber!;
                var finished = !shard.IsOpen && position >= shard.End;
                await Send(body, "SubscribeToShardEvent", Payload(records, continuation, finished), done.Token).ConfigureAwait(false);
                if (finished) return;
                if (records.Count > 0 && position < shard.End) continue;
                await WaitForRecords(done.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (subscription.TakenOver.IsCancellationRequested && !aborted.IsCancellationRequested)
        {
            await SendException(body, "ResourceInUseException",
                $"Another SubscribeToShard call took over the subscription of consumer {consumerArn} to shard {shard.Id}.", aborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The five minutes are over or the client went away: the stream simply ends.
        }
    }

    /// <summary>A consumer that is deregistered (or being), or whose stream is deleted, stops receiving events.</summary>
    private bool StillSubscribed() => stream.Consumers.Values.Any(c => c.Arn == consumerArn && c.Status == StreamStatus.Active);

    private async Task WaitForRecords(CancellationToken cancel)
    {
        using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        quiet.CancelAfter(Heartbeat);
        try
        {
            await shard.WhenReadable(position).WaitAsync(quiet.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            // Nothing arrived for a while: the next event is an empty one that keeps the subscription alive.
        }
    }

    private byte[] Payload(List<Record> records, string continuation, bool finished)
    {
        var now = clock.GetUtcNow();
        var shardEvent = new SubscribeToShardEvent
        {
            Records = records,
            ContinuationSequenceNumber = continuation,
            MillisBehindLatest = StreamViews.MillisBehindLatest(records, position, shard.End, now),
            ChildShards = finished ? StreamViews.Children(stream, shard) : null,
        };
        return Encode(shardEvent, EventShape);
    }

    /// <summary>An event's payload in the request's protocol: CBOR for CBOR clients (the Java SDK, the KCL), JSON otherwise.</summary>
    private byte[] Encode(object value, ShapeInfo shape)
    {
        if (protocol == WireProtocol.Cbor11)
        {
            var cbor = new CborWriter();
            CborResponseEncoder.WriteResult(cbor, shape, value);
            return cbor.Encode();
        }
        using var json = new PooledUtf8Writer();
        JsonResponseEncoder.WriteResult(json, shape, value);
        return json.Written.ToArray();
    }

    private async Task SendException(Stream body, string exceptionType, string message, CancellationToken cancel)
    {
        var payload = Encode(new EventStreamError { Message = message }, ErrorShape);
        await Write(body, EventStreamMessage.Encode(
        [
            new(":exception-type", exceptionType),
            new(":content-type", ContentTypeOfPayloads),
            new(":message-type", "exception"),
        ], payload), cancel).ConfigureAwait(false);
    }

    private async Task Send(Stream body, string eventType, byte[] payload, CancellationToken cancel)
    {
        await Write(body, EventStreamMessage.Encode(
        [
            new(":event-type", eventType),
            new(":content-type", ContentTypeOfPayloads),
            new(":message-type", "event"),
        ], payload), cancel).ConfigureAwait(false);
    }

    private string ContentTypeOfPayloads => protocol == WireProtocol.Cbor11 ? "application/x-amz-cbor-1.1" : "application/x-amz-json-1.1";

    private static async Task Write(Stream body, byte[] message, CancellationToken cancel)
    {
        await body.WriteAsync(message, cancel).ConfigureAwait(false);
        await body.FlushAsync(cancel).ConfigureAwait(false);
    }
}
