namespace Emulator.Kinesis.Streams;

/// <summary>
/// A shard's per-second quotas, as AWS documents them for provisioned streams: writes of up to 1 MiB or 1,000
/// records a second, reads of up to 2 MiB and 5 GetRecords calls a second. Counted in one-second windows of the
/// emulator's clock.
/// </summary>
public sealed class ShardThroughput
{
    public const long WriteBytesPerSecond = 1024 * 1024;
    public const int WriteRecordsPerSecond = 1000;
    public const long ReadBytesPerSecond = 2 * 1024 * 1024;
    public const int ReadCallsPerSecond = 5;

    private readonly object _lock = new();
    private long _second = long.MinValue;
    private long _writeBytes, _writeRecords, _readBytes, _readCalls;

    /// <summary>Counts a write against this second's quota; false (and nothing counted) when it would exceed it.</summary>
    public bool TryWrite(long bytes, DateTimeOffset now)
    {
        lock (_lock)
        {
            Roll(now);
            if (_writeRecords + 1 > WriteRecordsPerSecond || _writeBytes + bytes > WriteBytesPerSecond) return false;
            _writeRecords++;
            _writeBytes += bytes;
            return true;
        }
    }

    /// <summary>Counts a GetRecords call; false when this second already had five or read its 2 MiB.</summary>
    public bool TryRead(DateTimeOffset now)
    {
        lock (_lock)
        {
            Roll(now);
            if (_readCalls >= ReadCallsPerSecond || _readBytes >= ReadBytesPerSecond) return false;
            _readCalls++;
            return true;
        }
    }

    public void Read(long bytes, DateTimeOffset now)
    {
        lock (_lock)
        {
            Roll(now);
            _readBytes += bytes;
        }
    }

    private void Roll(DateTimeOffset now)
    {
        var second = now.ToUnixTimeSeconds();
        if (second == _second) return;
        _second = second;
        _writeBytes = _writeRecords = _readBytes = _readCalls = 0;
    }
}
