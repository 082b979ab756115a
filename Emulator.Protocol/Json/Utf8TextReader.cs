using System.Text;

namespace Emulator.Protocol.Json;

/// <summary>Reads UTF-8 bytes as text straight into the caller's buffer, without first making a string of them.</summary>
public sealed class Utf8TextReader(ReadOnlyMemory<byte> utf8) : TextReader
{
    private readonly Decoder _decoder = new UTF8Encoding(false, throwOnInvalidBytes: false).GetDecoder();
    private ReadOnlyMemory<byte> _remaining = utf8;

    /// <summary>An upper bound of the characters the bytes hold, for sizing buffers.</summary>
    public int MaxChars => _remaining.Length;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (_remaining.IsEmpty || buffer.IsEmpty) return 0;
        _decoder.Convert(_remaining.Span, buffer, flush: true, out var bytesUsed, out var charsUsed, out _);
        _remaining = _remaining[bytesUsed..];
        return charsUsed;
    }

    public override int Peek() => throw new NotSupportedException();

    public override int Read() => throw new NotSupportedException();
}
