using System.Collections.Concurrent;

namespace Emulator.Kinesis.Streams;

/// <summary>The streams of one account in one region, by name.</summary>
public sealed class RegionStreams : IRegionState
{
    public ConcurrentDictionary<string, KinesisStream> ByName { get; } = new(StringComparer.Ordinal);

    public long Clear()
    {
        var dropped = ByName.Values.Sum(stream => stream.StoredBytes);
        ByName.Clear();
        return dropped;
    }
}
