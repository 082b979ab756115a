using System.Collections.Concurrent;
using Emulator.Firehose.Streams;
using Emulator.Kinesis;

namespace Emulator.Firehose.Delivery;

/// <summary>
/// Delivery streams fed by a Kinesis stream: reading starts at the newest position of every shard, as AWS's does
/// (developer guide: Firehose "starts reading data from the LATEST position"), and follows resharding (Kinesis's
/// <see cref="StreamFeed"/>); the records go into the delivery stream's buffer, and while its backlog is full the reader
/// waits, keeping its place in the shard as a lagging reader does. In durable mode the place in each shard is journaled
/// with the records read up to it, and a restarted emulator resumes there: nothing is skipped or read twice.
/// </summary>
public sealed class KinesisSources(StreamFeed feed, Deliveries deliveries) : IServiceState
{
    private readonly ConcurrentDictionary<DeliveryStream, CancellationTokenSource> _readers = new(ReferenceEqualityComparer.Instance);

    /// <summary>Refuses a source that does not exist (InvalidArgumentException).</summary>
    public void Check(string streamArn)
    {
        if (!feed.Exists(streamArn)) throw FirehoseErrors.InvalidArgument($"Kinesis stream {streamArn} does not exist.");
    }

    /// <summary>Starts reading a new delivery stream's source from its newest records.</summary>
    public void Start(DeliveryStream stream)
    {
        var newest = feed.Newest(stream.KinesisSource!.KinesisStreamARN!);
        deliveries.SourceStarted(stream, newest);
        Resume(stream, newest);
    }

    /// <summary>Reads the source after the sequence numbers in <paramref name="resumeAfter"/>, by shard id.</summary>
    public void Resume(DeliveryStream stream, IReadOnlyDictionary<string, string> resumeAfter)
    {
        var stop = new CancellationTokenSource();
        if (_readers.TryAdd(stream, stop))
            feed.Follow(stream.KinesisSource!.KinesisStreamARN!, resumeAfter, batch => deliveries.AcceptWhenRoomAsync(stream, batch, stop.Token), stop.Token);
    }

    public void Stop(DeliveryStream stream)
    {
        if (_readers.TryRemove(stream, out var stop)) stop.Cancel();
    }

    public void Reset()
    {
        foreach (var stream in _readers.Keys) Stop(stream);
    }
}
