namespace Emulator.Firehose.Streams;

/// <summary>Record ids: opaque, unique, base64 text as Firehose's are.</summary>
public static class RecordIds
{
    public static string Next()
    {
        Span<byte> bytes = stackalloc byte[48];
        Random.Shared.NextBytes(bytes);
        return Convert.ToBase64String(bytes);
    }
}
