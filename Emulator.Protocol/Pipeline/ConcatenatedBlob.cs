using Emulator.Protocol.Shapes;

namespace Emulator.Protocol.Pipeline;

/// <summary>
/// Blobs one after another, read as one (the parts of a multipart upload become the object without a copy). It holds a
/// reference to each and releases them when disposed.
/// </summary>
public sealed class ConcatenatedBlob : StreamingBlob
{
    private readonly StreamingBlob[] _blobs;
    private int _disposed;

    /// <param name="blobs">References this blob takes over.</param>
    public ConcatenatedBlob(IReadOnlyList<StreamingBlob> blobs)
    {
        _blobs = [.. blobs];
        Length = _blobs.Sum(b => b.Length);
    }

    public override long Length { get; }

    public override StreamingBlob Retain() => new ConcatenatedBlob(_blobs.Select(b => b.Retain()).ToArray());

    public override StreamingBlob Slice(long offset, long length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset + length, Length);
        var slices = new List<StreamingBlob>();
        foreach (var blob in _blobs)
        {
            if (length == 0) break;
            if (offset >= blob.Length)
            {
                offset -= blob.Length;
                continue;
            }
            var count = Math.Min(blob.Length - offset, length);
            slices.Add(blob.Slice(offset, count));
            (offset, length) = (0, length - count);
        }
        return slices.Count == 1 ? slices[0] : new ConcatenatedBlob(slices);
    }

    public override IEnumerable<ReadOnlyMemory<byte>> Pieces() => _blobs.SelectMany(b => b.Pieces());

    public override void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        foreach (var blob in _blobs) blob.Dispose();
    }
}
