using System.Buffers;

namespace Emulator.Protocol.Pipeline;

/// <summary>
/// A buffer writer over pooled segments, so that a response body exists once, as the bytes that are sent: a single
/// growing buffer would copy itself at every doubling, and a large GetRecords answer (up to 10 MiB of data in base64)
/// would need one array of its whole size.
/// </summary>
public sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    private const int FirstSegmentBytes = 4096;
    private const int MaxSegmentBytes = 1024 * 1024;
    private const int KeptSegmentBytes = 64 * 1024;

    private readonly List<(byte[] Buffer, int Length)> _filled = [];
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(FirstSegmentBytes);
    private int _length;

    /// <summary>Everything written, in order.</summary>
    public ReadOnlySequence<byte> Written
    {
        get
        {
            if (_filled.Count == 0) return new ReadOnlySequence<byte>(_buffer, 0, _length);
            var first = new Segment(_filled[0].Buffer.AsMemory(0, _filled[0].Length), 0);
            var last = first;
            foreach (var (buffer, length) in _filled.Skip(1)) last = last.Append(buffer.AsMemory(0, length));
            last = last.Append(_buffer.AsMemory(0, _length));
            return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
        }
    }

    /// <summary>Forgets what was written, keeping one segment for the next response unless it grew large.</summary>
    public bool Reset()
    {
        foreach (var (buffer, _) in _filled) ArrayPool<byte>.Shared.Return(buffer);
        _filled.Clear();
        _length = 0;
        return _buffer.Length <= KeptSegmentBytes;
    }

    public void Advance(int count) => _length += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(Math.Max(sizeHint, 1));
        return _buffer.AsMemory(_length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(Math.Max(sizeHint, 1));
        return _buffer.AsSpan(_length);
    }

    public void Dispose()
    {
        if (_buffer.Length == 0) return;
        Reset();
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    /// <summary>Makes room for <paramref name="more"/> contiguous bytes, in a new segment when the current one is short.</summary>
    private void Ensure(int more)
    {
        if (_length + more <= _buffer.Length) return;
        // Segments double up to 1 MiB: a 14 MB answer then takes 20 of them, few enough for the shared pool to keep
        // them for the next answer (it keeps a few dozen arrays of each size), where 64 KiB ones were allocated anew.
        var next = ArrayPool<byte>.Shared.Rent(Math.Max(Math.Min(_buffer.Length * 2, MaxSegmentBytes), more));
        if (_length > 0) _filled.Add((_buffer, _length));
        else ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = next;
        _length = 0;
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
