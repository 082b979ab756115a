namespace Emulator.Protocol.Shapes;

/// <summary>
/// A blob member's value as encoders see it: a byte array, or a view of bytes held elsewhere (Kinesis hands out
/// records straight from its shard logs without copying them).
/// </summary>
public static class BlobValue
{
    public static ReadOnlySpan<byte> Span(object value) => value switch
    {
        byte[] bytes => bytes,
        ReadOnlyMemory<byte> view => view.Span,
        _ => throw new InvalidOperationException($"{value.GetType()} is not a blob."),
    };
}
