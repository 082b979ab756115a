using System.Buffers;
using Emulator.Protocol.Shapes;

namespace Emulator.Protocol.Pipeline;

/// <summary>
/// Bytes in pooled 64 KiB chunks: a large body is read, stored and served without one giant array or a copy per read.
/// The chunks go back to the pool when the last reference is disposed.
/// </summary>
public sealed class ChunkedBlob : StreamingBlob
{
    public const int ChunkBytes = 64 * 1024;

    private readonly Chunks _chunks;
    private readonly long _offset;
    private int _disposed;

    private ChunkedBlob(Chunks chunks, long offset, long length)
    {
        _chunks = chunks;
        _offset = offset;
        Length = length;
    }

    public override long Length { get; }

    public static ChunkedBlob Empty { get; } = Of([]);

    public static ChunkedBlob Of(ReadOnlySpan<byte> bytes)
    {
        var builder = new Builder(long.MaxValue);
        builder.Write(bytes);
        return builder.Build();
    }

    public override StreamingBlob Retain() => Slice(0, Length);

    public override StreamingBlob Slice(long offset, long length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset + length, Length);
        _chunks.Retain();
        return new ChunkedBlob(_chunks, _offset + offset, length);
    }

    public override IEnumerable<ReadOnlyMemory<byte>> Pieces()
    {
        var position = _offset;
        var end = _offset + Length;
        while (position < end)
        {
            var chunk = _chunks.Arrays[(int)(position / ChunkBytes)];
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

    public override void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0) _chunks.Release();
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

    private sealed class Chunks(byte[][] arrays)
    {
        private int _references = 1;

        public byte[][] Arrays { get; } = arrays;

        public void Retain() => Interlocked.Increment(ref _references);

        public void Release()
        {
            if (Interlocked.Decrement(ref _references) != 0) return;
            foreach (var array in Arrays) ArrayPool<byte>.Shared.Return(array);
        }
    }
}
