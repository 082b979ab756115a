using System.Collections.Concurrent;
using Emulator.Firehose.Streams;
using Emulator.Kinesis.Streams;

namespace Emulator.Firehose.Delivery;

/// <summary>
/// Delivery streams fed by a Kinesis stream. Reading starts at the newest position of every open shard, as AWS's does
/// (developer guide: Firehose "starts reading data from the LATEST position"); a shard is read until it is closed and
/// drained, and its children are read from their first record then, so that resharding loses and repeats nothing.
/// Readers wait on the shard's arrival signal; nothing polls.
/// </summary>
public sealed class KinesisSources(KinesisStore kinesis, Deliveries deliveries, ILogger<KinesisSources> logger) : IServiceState
{
    private const int ReadLimit = 10_000;
    private const long ReadBytes = 10 * 1024 * 1024;

    private readonly ConcurrentDictionary<DeliveryStream, CancellationTokenSource> _readers = new(ReferenceEqualityComparer.Instance);

    /// <summary>The Kinesis stream a source names, which must exist (InvalidArgumentException otherwise).</summary>
    public KinesisStream Source(string arn)
    {
        if (!StreamLocator.TryParseArn(arn, out var region, out var account, out var name) || kinesis.Find(account, region, name) is not { } stream)
            throw FirehoseErrors.InvalidArgument($"Kinesis stream {arn} does not exist.");
        return stream;
    }

    public void Start(DeliveryStream stream)
    {
        var source = Source(stream.KinesisSource!.KinesisStreamARN!);
        var stop = new CancellationTokenSource();
        if (!_readers.TryAdd(stream, stop)) return;
        var started = new ConcurrentDictionary<string, byte>();
        foreach (var shard in source.OpenShards)
            if (started.TryAdd(shard.Id, 0)) _ = ReadAsync(stream, source, shard, shard.End, started, stop.Token);
    }

    public void Stop(DeliveryStream stream)
    {
        if (_readers.TryRemove(stream, out var stop)) stop.Cancel();
    }

    public void Reset()
    {
        foreach (var stream in _readers.Keys) Stop(stream);
    }

    private async Task ReadAsync(DeliveryStream stream, KinesisStream source, StreamShard shard, long position,
        ConcurrentDictionary<string, byte> started, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var (records, next) = shard.Read(position, ReadLimit, ReadBytes, record => record.Data.ToArray());
                if (records.Count > 0)
                {
                    deliveries.Accept(stream, records);
                    position = next;
                    continue;
                }
                if (!shard.IsOpen && position >= shard.End)
                {
                    foreach (var childId in shard.ChildShardIds)
                        if (source.Shards.FirstOrDefault(s => s.Id == childId) is { } child && started.TryAdd(child.Id, 0))
                            _ = ReadAsync(stream, source, child, child.Start, started, stop);
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
            logger.LogError(exception, "Reading shard {Shard} of {Source} for Firehose {Stream} failed", shard.Id, source.Name, stream.Name);
        }
    }
}
