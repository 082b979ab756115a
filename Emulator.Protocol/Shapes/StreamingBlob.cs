using System.Buffers;
using System.IO.Pipelines;

namespace Emulator.Protocol.Shapes;

/// <summary>
/// A streaming payload (S3 object data) as requests carry it and results return it: bytes held elsewhere, written to
/// the response in pieces, never gathered into one array. Holders count: whoever keeps one beyond the request takes
/// its own reference (<see cref="Retain"/>) and every reference is disposed once.
/// </summary>
public abstract class StreamingBlob : IDisposable
{
    public abstract long Length { get; }

    /// <summary>Another reference to the same bytes, released by its own <see cref="IDisposable.Dispose"/>.</summary>
    public abstract StreamingBlob Retain();

    /// <summary>A reference to <paramref name="length"/> bytes from <paramref name="offset"/> (a byte range of an object).</summary>
    public abstract StreamingBlob Slice(long offset, long length);

    /// <summary>The bytes in order, in pieces of the store's own size; a piece may be valid only until the next is asked for.</summary>
    public abstract IEnumerable<ReadOnlyMemory<byte>> Pieces();

    public virtual async ValueTask WriteToAsync(PipeWriter output, CancellationToken cancel)
    {
        foreach (var piece in Pieces())
        {
            output.Write(piece.Span);
            if ((await output.FlushAsync(cancel).ConfigureAwait(false)).IsCompleted) return;
        }
    }

    public abstract void Dispose();
}
