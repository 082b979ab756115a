using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Emulator.Protocol.Json;

/// <summary>
/// A TextWriter that encodes straight into a pooled, growing UTF-8 buffer, so that a response body exists once, as
/// the bytes that are sent: a large GetRecords answer would otherwise be built as UTF-16 text first and then copied
/// into a buffer three times its size.
/// </summary>
public sealed class PooledUtf8Writer : TextWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Encoder _encoder = Utf8.GetEncoder();
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(4096);
    private int _length;

    public override Encoding Encoding => Utf8;

    public ReadOnlyMemory<byte> Written => _buffer.AsMemory(0, _length);

    /// <summary>Forgets what was written, keeping the buffer for the next response unless it grew large.</summary>
    public bool Reset()
    {
        _length = 0;
        _encoder.Reset();
        return _buffer.Length <= 64 * 1024;
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
        _encoder.Convert(chars, _buffer.AsSpan(_length), flush: false, out _, out var bytes, out _);
        _length += bytes;
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
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
        base.Dispose(disposing);
    }

    private void Ensure(int more)
    {
        if (_length + more <= _buffer.Length) return;
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + more));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
