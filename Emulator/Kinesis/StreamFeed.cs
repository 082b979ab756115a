using System.Collections.Concurrent;
using Emulator.Kinesis.Streams;

namespace Emulator.Kinesis;

/// <summary>
/// Kinesis's entry point for services that consume a stream (Firehose's Kinesis sources): follows shards from where the
/// consumer says (after a sequence number per shard, as a checkpoint holds it; at first, each open shard's newest record),
/// hands over records in order per shard with the sequence number of the last, reads a closed shard to its end and then
/// its children from their first record (or their checkpoint), so that resharding loses and repeats nothing. Readers wait
/// on the shard's arrival signal; nothing polls.
/// </summary>
public sealed class StreamFeed(KinesisStore store, ILogger<StreamFeed> logger)
{
    private const int ReadLimit = 10_000;
    private const long ReadBytes = 10 * 1024 * 1024;

    /// <summary>Whether the stream an ARN names exists.</summary>
    public bool Exists(string streamArn) => Find(streamArn) is not null;

    /// <summary>Where following the stream from its newest records starts: per open shard, the sequence number of its newest record.</summary>
    public IReadOnlyDictionary<string, string> Newest(string streamArn) =>
        Find(streamArn) is { } stream
            ? stream.OpenShards.ToDictionary(shard => shard.Id, shard => SequenceNumbers.Format(shard.NewestSequence), StringComparer.Ordinal)
            : new Dictionary<string, string>();

    /// <summary>
    /// Starts following the stream after the sequence numbers in <paramref name="resumeAfter"/> (by shard id);
    /// <paramref name="receive"/> gets each shard's records in order until <paramref name="stop"/>; a shard's reader goes
    /// on when the task it returns completes.
    /// </summary>
    public void Follow(string streamArn, IReadOnlyDictionary<string, string> resumeAfter, Func<FeedBatch, Task> receive, CancellationToken stop)
    {
        if (Find(streamArn) is not { } stream) return;
        var started = new ConcurrentDictionary<string, byte>();
        foreach (var shardId in resumeAfter.Keys)
            if (stream.Shard(shardId) is { } shard && started.TryAdd(shard.Id, 0))
                _ = ReadAsync(stream, shard, StartOf(shard, resumeAfter), receive, resumeAfter, started, stop);
    }

    private KinesisStream? Find(string streamArn) =>
        StreamLocator.TryParseArn(streamArn, out var region, out var account, out var name) ? store.Find(account, region, name) : null;

    /// <summary>Just after the shard's checkpoint, or its oldest record without one.</summary>
    private static long StartOf(StreamShard shard, IReadOnlyDictionary<string, string> resumeAfter) =>
        resumeAfter.TryGetValue(shard.Id, out var after) && SequenceNumbers.TryParse(after, out var sequence)
            ? shard.PositionOf(sequence, after: true)
            : shard.Start;

    private async Task ReadAsync(KinesisStream stream, StreamShard shard, long position, Func<FeedBatch, Task> receive,
        IReadOnlyDictionary<string, string> resumeAfter, ConcurrentDictionary<string, byte> started, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var (records, next) = shard.Read(position, ReadLimit, ReadBytes, record => (Data: record.Data.ToArray(), Sequence: record.SequenceNumber));
                if (records.Count > 0)
                {
                    await receive(new FeedBatch(shard.Id, [.. records.Select(r => r.Data)], SequenceNumbers.Format(records[^1].Sequence))).ConfigureAwait(false);
                    position = next;
                    continue;
                }
                if (!shard.IsOpen && position >= shard.End)
                {
                    foreach (var childId in shard.ChildShardIds)
                        if (stream.Shard(childId) is { } child && started.TryAdd(child.Id, 0))
                            _ = ReadAsync(stream, child, StartOf(child, resumeAfter), receive, resumeAfter, started, stop);
                    return;
                }
                await shard.WhenReadable(position).WaitAsync(stop).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Following shard {Shard} of {Stream} failed", shard.Id, stream.Name);
        }
    }
}
