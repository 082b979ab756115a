using System.Collections.Concurrent;
using Emulator.Kinesis.Streams;

namespace Emulator.Kinesis;

/// <summary>
/// Kinesis's entry point for services that consume a stream (Firehose's Kinesis sources): follows every shard from its
/// newest position on, hands over records in order per shard, reads a closed shard to its end and then its children
/// from their first record, so that resharding loses and repeats nothing. Readers wait on the shard's arrival signal;
/// nothing polls.
/// </summary>
public sealed class StreamFeed(KinesisStore store, ILogger<StreamFeed> logger)
{
    private const int ReadLimit = 10_000;
    private const long ReadBytes = 10 * 1024 * 1024;

    /// <summary>Whether the stream an ARN names exists.</summary>
    public bool Exists(string streamArn) =>
        StreamLocator.TryParseArn(streamArn, out var region, out var account, out var name) && store.Find(account, region, name) is not null;

    /// <summary>Starts following the stream from its newest records; <paramref name="receive"/> gets each shard's records in order until <paramref name="stop"/>; a shard's reader goes on when the task it returns completes.</summary>
    public void Follow(string streamArn, Func<IReadOnlyList<byte[]>, Task> receive, CancellationToken stop)
    {
        if (!StreamLocator.TryParseArn(streamArn, out var region, out var account, out var name) || store.Find(account, region, name) is not { } stream)
            return;
        var started = new ConcurrentDictionary<string, byte>();
        foreach (var shard in stream.OpenShards)
            if (started.TryAdd(shard.Id, 0)) _ = ReadAsync(stream, shard, shard.End, receive, started, stop);
    }

    private async Task ReadAsync(KinesisStream stream, StreamShard shard, long position, Func<IReadOnlyList<byte[]>, Task> receive,
        ConcurrentDictionary<string, byte> started, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var (records, next) = shard.Read(position, ReadLimit, ReadBytes, record => record.Data.ToArray());
                if (records.Count > 0)
                {
                    await receive(records).ConfigureAwait(false);
                    position = next;
                    continue;
                }
                if (!shard.IsOpen && position >= shard.End)
                {
                    foreach (var childId in shard.ChildShardIds)
                        if (stream.Shards.FirstOrDefault(s => s.Id == childId) is { } child && started.TryAdd(child.Id, 0))
                            _ = ReadAsync(stream, child, child.Start, receive, started, stop);
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
