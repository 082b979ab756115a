using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using Emulator.Protocol.Errors;
using Emulator.Protocol.Pipeline;
using Emulator.Protocol.SigV4;
using Microsoft.AspNetCore.Http;

namespace Emulator.Protocol.Rest;

/// <summary>
/// The <c>aws-chunked</c> content encoding that current SDKs use to upload with a trailing checksum or per-chunk
/// signatures: <c>hex-size[;chunk-signature=...]\r\n data \r\n</c> repeated, a zero-size chunk, then trailer lines
/// (<c>x-amz-checksum-crc32:...</c>) and an empty line. Decoded as it arrives, into pooled chunks; in strict mode each
/// chunk's signature is checked as its data ends (a trailer's signature is not).
/// </summary>
public sealed class AwsChunkedBody
{
    private const int MaxLineBytes = 4096;

    private readonly ChunkedBlob.Builder _data;
    private readonly Func<AwsError> _tooLarge;
    private readonly PayloadSignature? _signature;
    private string? _chunkSignature;
    private readonly Dictionary<string, string> _trailers = new(StringComparer.OrdinalIgnoreCase);
    private long _chunkLeft = -1;
    private bool _inTrailers;
    private bool _done;

    private AwsChunkedBody(ChunkedBlob.Builder data, Func<AwsError> tooLarge, PayloadSignature? signature)
    {
        _data = data;
        _tooLarge = tooLarge;
        _signature = signature;
    }

    public static bool IsChunked(IHeaderDictionary headers) =>
        headers.ContentEncoding.ToString().Contains("aws-chunked", StringComparison.OrdinalIgnoreCase)
        || headers["x-amz-content-sha256"].ToString().StartsWith("STREAMING-", StringComparison.Ordinal);

    /// <summary>The decoded data, and the trailers by name.</summary>
    public static async ValueTask<StreamingRequestBody> ReadAsync(PipeReader reader,
        long limit, Func<AwsError> tooLarge, PayloadSignature? signature, CancellationToken cancel)
    {
        using var data = new ChunkedBlob.Builder(limit);
        var decoder = new AwsChunkedBody(data, tooLarge, signature);
        while (!decoder._done)
        {
            var read = await reader.ReadAsync(cancel).ConfigureAwait(false);
            var consumed = decoder.Consume(read.Buffer);
            reader.AdvanceTo(consumed, read.Buffer.End);
            if (decoder._done || !read.IsCompleted) continue;
            // The trailer section may end with the stream instead of an empty line.
            if (decoder._inTrailers && read.Buffer.Slice(consumed).IsEmpty) break;
            throw Incomplete();
        }
        return new StreamingRequestBody(data.Build(), decoder._trailers);
    }

    private SequencePosition Consume(ReadOnlySequence<byte> buffer)
    {
        var reader = new SequenceReader<byte>(buffer);
        while (!_done)
        {
            if (_chunkLeft > 0)
            {
                var count = (int)Math.Min(_chunkLeft, reader.UnreadSpan.Length);
                if (count == 0) break;
                if (!_data.Write(reader.UnreadSpan[..count])) throw _tooLarge();
                _signature?.Append(reader.UnreadSpan[..count]);
                reader.Advance(count);
                _chunkLeft -= count;
                if (_chunkLeft == 0) _signature?.ChunkEnded(_chunkSignature);
                continue;
            }
            if (_chunkLeft == 0)
            {
                if (reader.Remaining < 2) break;
                if (!reader.IsNext("\r\n"u8, advancePast: true)) throw Incomplete();
                _chunkLeft = -1;
                continue;
            }
            if (!reader.TryReadTo(out ReadOnlySequence<byte> line, "\r\n"u8))
            {
                if (reader.Remaining > MaxLineBytes) throw Incomplete();
                break;
            }
            if (_inTrailers) Trailer(line);
            else ChunkHeader(line);
        }
        return reader.Position;
    }

    private void ChunkHeader(ReadOnlySequence<byte> line)
    {
        var text = Encoding.ASCII.GetString(line);
        var semicolon = text.IndexOf(';');
        if (!long.TryParse(semicolon < 0 ? text.Trim() : text[..semicolon].Trim(), NumberStyles.AllowHexSpecifier, null, out var size)
            || size < 0)
            throw Incomplete();
        _chunkSignature = ChunkSignature(text, semicolon);
        if (size == 0)
        {
            _inTrailers = true;
            _signature?.ChunkEnded(_chunkSignature);
        }
        else
        {
            _chunkLeft = size;
        }
    }

    /// <summary>The <c>chunk-signature=</c> extension of a chunk header, if it has one.</summary>
    private static string? ChunkSignature(string header, int semicolon)
    {
        const string Marker = "chunk-signature=";
        var at = semicolon < 0 ? -1 : header.IndexOf(Marker, semicolon, StringComparison.Ordinal);
        return at < 0 ? null : header[(at + Marker.Length)..].Trim();
    }

    private void Trailer(ReadOnlySequence<byte> line)
    {
        if (line.IsEmpty)
        {
            _done = true;
            return;
        }
        var text = Encoding.ASCII.GetString(line);
        var colon = text.IndexOf(':');
        if (colon > 0) _trailers[text[..colon].Trim()] = text[(colon + 1)..].Trim();
    }

    private static AwsError Incomplete() => new("IncompleteBody", "The request body terminated unexpectedly");
}
