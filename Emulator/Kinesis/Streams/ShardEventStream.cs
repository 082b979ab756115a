using System.Runtime.CompilerServices;
using Emulator.Kinesis.Shapes;
using Emulator.Protocol.EventStream;

namespace Emulator.Kinesis.Streams;

/// <summary>
/// The body of a SubscribeToShard response: an initial-response event, then a SubscribeToShardEvent whenever records
/// arrive (woken by the write, not by polling; an empty one after <see cref="Heartbeat"/> of quiet), until the shard
/// closes and its last records and child shards are sent, the subscription's five minutes are up, the client leaves, the
/// consumer is deregistered or its stream deleted (noticed at the next event or heartbeat), or a later SubscribeToShard
/// takes the subscription over (which ends this one with a ResourceInUseException event).
/// </summary>
public sealed class ShardEventStream(
    KinesisStream stream, StreamShard shard, long position, string consumerArn, ShardSubscription subscription, TimeProvider clock,
    CancellationToken serverStopping)
    : IEventStreamResult
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(5);
    private const int MaxRecordsPerEvent = 10_000;
    private const long MaxBytesPerEvent = 1024 * 1024;

    public async IAsyncEnumerable<StreamEvent> Events([EnumeratorCancellation] CancellationToken aborted)
    {
        using var lifetime = new CancellationTokenSource(Lifetime, clock);
        using var done = CancellationTokenSource.CreateLinkedTokenSource(aborted, lifetime.Token, subscription.TakenOver, serverStopping);
        yield return StreamEvent.Of("initial-response", EmptyResult.Instance);
        var continuation = SequenceNumbers.Format(shard.StartingSequence);
        while (!done.IsCancellationRequested && StillSubscribed())
        {
            var (records, next) = shard.Read(position, MaxRecordsPerEvent, MaxBytesPerEvent, record => StreamViews.Record(stream, record));
            position = next;
            if (records.Count > 0) continuation = records[^1].SequenceNumber!;
            var finished = !shard.IsOpen && position >= shard.End;
            yield return StreamEvent.Of("SubscribeToShardEvent", Event(records, continuation, finished));
            if (finished) yield break;
            if (records.Count > 0 && position < shard.End) continue;
            await WaitForRecords(done.Token).ConfigureAwait(false);
        }
        // Otherwise the five minutes are over, the client went away or the server is stopping: the stream simply ends.
        if (subscription.TakenOver.IsCancellationRequested && !aborted.IsCancellationRequested)
            yield return StreamEvent.Exception("ResourceInUseException",
                $"Another SubscribeToShard call took over the subscription of consumer {consumerArn} to shard {shard.Id}.");
    }

    /// <summary>A consumer that is deregistered (or being), or whose stream is deleted, stops receiving events.</summary>
    private bool StillSubscribed() => stream.Consumers.Values.Any(c => c.Arn == consumerArn && c.Status == StreamStatus.Active);

    /// <summary>Completes when records arrive, after a heartbeat's quiet (the next event is then an empty one), or when the subscription ends.</summary>
    private async Task WaitForRecords(CancellationToken done)
    {
        using var quiet = CancellationTokenSource.CreateLinkedTokenSource(done);
        quiet.CancelAfter(Heartbeat);
        try
        {
            await shard.WhenReadable(position).WaitAsync(quiet.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private SubscribeToShardEvent Event(List<Record> records, string continuation, bool finished) => new()
    {
        Records = records,
        ContinuationSequenceNumber = continuation,
        MillisBehindLatest = StreamViews.MillisBehindLatest(records, position, shard.End, clock.GetUtcNow()),
        ChildShards = finished ? StreamViews.Children(stream, shard) : null,
    };
}
