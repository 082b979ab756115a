using System.Formats.Cbor;

namespace Emulator.Protocol.Cbor;

/// <summary>One CBOR writer per thread, reused so that encoding a response allocates no buffer of its own.</summary>
internal static class CborWriterCache
{
    private const int MaxRetainedBytes = 64 * 1024;

    [ThreadStatic] private static CborWriter? _cached;

    public static CborWriter Rent()
    {
        var writer = _cached ?? new CborWriter(CborConformanceMode.Lax);
        _cached = null;
        return writer;
    }

    /// <summary>Keeps the writer for the next response, unless its buffer grew past what a thread should hold on to.</summary>
    public static void Return(CborWriter writer)
    {
        if (writer.BytesWritten > MaxRetainedBytes) return;
        writer.Reset();
        _cached = writer;
    }
}
