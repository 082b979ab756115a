using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Emulator.Protocol.Json;

/// <summary>
/// A TextWriter that encodes straight into pooled UTF-8 segments, so that a response body exists once, as the bytes
/// that are sent: a large GetRecords answer would otherwise be built as UTF-16 text first and then copied into a
/// buffer three times its size, and a single growing buffer would copy itself at every doubling.
/// </summary>
public sealed class PooledUtf8Writer : TextWriter
{
    private const int FirstSegmentBytes = 4096;
    private const int MaxSegmentBytes = 1024 * 1024;
    private const int KeptSegmentBytes = 64 * 1024;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Encoder _encoder = Utf8.GetEncoder();
    private readonly List<(byte[] Buffer, int Length)> _filled = [];
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(FirstSegmentBytes);
    private int _length;
    private bool _holdsHalfPair;

    public override Encoding Encoding => Utf8;

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
        _encoder.Reset();
        _holdsHalfPair = false;
        return _buffer.Length <= KeptSegmentBytes;
    }

    public override void Write(char value)
    {
        if (value < 0x80)
        {
            Ensure(1);
            _buffer[_length++] = (byte)value;
        }
        else
        {
            Write(new ReadOnlySpan<char>(in value));
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(ReadOnlySpan<char> chars)
    {
        Ensure(Utf8.GetMaxByteCount(chars.Length));
        // The stateful encoder is only needed to join a surrogate pair split between two writes; text that neither
        // ends in nor follows half a pair goes through the stateless (and for short strings much cheaper) conversion.
        if (!_holdsHalfPair && (chars.IsEmpty || !char.IsHighSurrogate(chars[^1])))
        {
            _length += Utf8.GetBytes(chars, _buffer.AsSpan(_length));
            return;
        }
        _encoder.Convert(chars, _buffer.AsSpan(_length), flush: false, out _, out var bytes, out _);
        _length += bytes;
        _holdsHalfPair = !chars.IsEmpty && char.IsHighSurrogate(chars[^1]);
    }

    /// <summary>
    /// Writes <paramref name="bytes"/> as a quoted base64 string with the vectorized UTF-8 encoder (the framework's
    /// UTF-16 encoder goes one character at a time), for JSON writers that have just written a value separator.
    /// </summary>
    public void WriteQuotedBase64(ReadOnlySpan<byte> bytes)
    {
        Ensure(Base64.GetMaxEncodedToUtf8Length(bytes.Length) + 2);
        _buffer[_length++] = (byte)'"';
        Base64.EncodeToUtf8(bytes, _buffer.AsSpan(_length), out _, out var written);
        _length += written;
        _buffer[_length++] = (byte)'"';
    }

    /// <summary>
    /// Writes a timestamp as AWS JSON protocols do, epoch seconds with the milliseconds as a fraction, in the text a
    /// double of that value would have ("1700000000.5", "1700000000.0") without formatting a double.
    /// </summary>
    public void WriteEpochSeconds(long unixMilliseconds)
    {
        Ensure(32);
        if (unixMilliseconds < 0)
        {
            (unixMilliseconds / 1000.0).TryFormat(_buffer.AsSpan(_length), out var formatted, "R", CultureInfo.InvariantCulture);
            _length += formatted;
            return;
        }
        (unixMilliseconds / 1000).TryFormat(_buffer.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture);
        _length += written;
        _buffer[_length++] = (byte)'.';
        var fraction = (int)(unixMilliseconds % 1000);
        if (fraction == 0)
        {
            _buffer[_length++] = (byte)'0';
            return;
        }
        for (var divisor = 100; fraction > 0; divisor /= 10)
        {
            _buffer[_length++] = (byte)('0' + fraction / divisor);
            fraction %= divisor;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _buffer.Length > 0)
        {
            Reset();
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
        base.Dispose(disposing);
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
