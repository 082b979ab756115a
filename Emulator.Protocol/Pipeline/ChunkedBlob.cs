using System.Buffers;
using Emulator.Protocol.Shapes;

namespace Emulator.Protocol.Pipeline;

/// <summary>
/// Bytes in pooled 64 KiB chunks: a large body is read, stored and served without one giant array or a copy per read.
/// The chunks go back to the pool when the last reference is disposed.
/// </summary>
public sealed class ChunkedBlob : SharedBlob<ChunkedBlob.Chunks>
{
    public const int ChunkBytes = 64 * 1024;

    private ChunkedBlob(Chunks chunks, long offset, long length) : base(chunks, offset, length) { }

    public static ChunkedBlob Empty { get; } = Of([]);

    public static ChunkedBlob Of(ReadOnlySpan<byte> bytes)
    {
        var builder = new Builder(long.MaxValue);
        builder.Write(bytes);
        return builder.Build();
    }

    protected override StreamingBlob View(long offset, long length) => new ChunkedBlob(Bytes, offset, length);

    public override IEnumerable<ReadOnlyMemory<byte>> Pieces()
    {
        var position = Offset;
        var end = Offset + Length;
        while (position < end)
        {
            var chunk = Bytes.Arrays[(int)(position / ChunkBytes)];
            var start = (int)(position % ChunkBytes);
            var count = (int)Math.Min(ChunkBytes - start, end - position);
            yield return chunk.AsMemory(start, count);
            position += count;
        }
    }

    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        var written = 0;
        foreach (var piece in Pieces())
        {
            piece.Span.CopyTo(bytes.AsSpan(written));
            written += piece.Length;
        }
        return bytes;
    }

    /// <summary>Collects written bytes into chunks, refusing more than its limit.</summary>
    public sealed class Builder(long limit) : IDisposable
    {
        private readonly List<byte[]> _arrays = [];
        private long _length;

        public long Length => _length;

        /// <returns>False when the bytes would take the blob past its limit (nothing is written then).</returns>
        public bool Write(ReadOnlySpan<byte> bytes)
        {
            if (_length + bytes.Length > limit) return false;
            while (!bytes.IsEmpty)
            {
                var used = (int)(_length % ChunkBytes);
                if (used == 0 && _length / ChunkBytes == _arrays.Count) _arrays.Add(ArrayPool<byte>.Shared.Rent(ChunkBytes));
                var count = Math.Min(ChunkBytes - used, bytes.Length);
                bytes[..count].CopyTo(_arrays[^1].AsSpan(used));
                bytes = bytes[count..];
                _length += count;
            }
            return true;
        }

        public ChunkedBlob Build()
        {
            var blob = new ChunkedBlob(new Chunks([.. _arrays]), 0, _length);
            _arrays.Clear();
            return blob;
        }

        public void Dispose()
        {
            foreach (var array in _arrays) ArrayPool<byte>.Shared.Return(array);
            _arrays.Clear();
        }
    }

    public sealed class Chunks(byte[][] arrays) : SharedBytes
    {
        public byte[][] Arrays { get; } = arrays;

        protected override void Free()
        {
            foreach (var array in Arrays) ArrayPool<byte>.Shared.Return(array);
        }
    }
}
