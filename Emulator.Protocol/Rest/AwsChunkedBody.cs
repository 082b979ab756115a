using System.Text;
using Emulator.Protocol.Errors;
using Microsoft.AspNetCore.Http;

namespace Emulator.Protocol.Rest;

/// <summary>
/// The <c>aws-chunked</c> content encoding that current SDKs use to upload with a trailing checksum or per-chunk
/// signatures: <c>hex-size[;chunk-signature=...]\r\n data \r\n</c> repeated, a zero-size chunk, then trailer lines
/// (<c>x-amz-checksum-crc32:...</c>) and an empty line. Signatures are not verified, as elsewhere.
/// </summary>
public static class AwsChunkedBody
{
    public static bool IsChunked(IHeaderDictionary headers) =>
        headers.ContentEncoding.ToString().Contains("aws-chunked", StringComparison.OrdinalIgnoreCase)
        || headers["x-amz-content-sha256"].ToString().StartsWith("STREAMING-", StringComparison.Ordinal);

    /// <summary>The decoded data, and the trailers by lower-case name.</summary>
    public static (byte[] Data, Dictionary<string, string> Trailers) Decode(ReadOnlySpan<byte> body)
    {
        var data = new MemoryStream(body.Length);
        while (true)
        {
            var line = NextLine(ref body);
            var semicolon = line.IndexOf((byte)';');
            var sizeText = Encoding.ASCII.GetString(semicolon < 0 ? line : line[..semicolon]).Trim();
            if (!int.TryParse(sizeText, System.Globalization.NumberStyles.HexNumber, null, out var size) || size < 0 || size > body.Length)
                throw Incomplete();
            if (size == 0) break;
            data.Write(body[..size]);
            body = body[size..];
            if (!body.StartsWith("\r\n"u8)) throw Incomplete();
            body = body[2..];
        }
        var trailers = new Dictionary<string, string>(StringComparer.Ordinal);
        while (!body.IsEmpty)
        {
            var line = Encoding.ASCII.GetString(NextLine(ref body));
            var colon = line.IndexOf(':');
            if (colon > 0) trailers[line[..colon].Trim().ToLowerInvariant()] = line[(colon + 1)..].Trim();
        }
        return (data.ToArray(), trailers);
    }

    private static ReadOnlySpan<byte> NextLine(ref ReadOnlySpan<byte> body)
    {
        var end = body.IndexOf("\r\n"u8);
        if (end < 0) throw Incomplete();
        var line = body[..end];
        body = body[(end + 2)..];
        return line;
    }

    private static AwsError Incomplete() => new("IncompleteBody", "The request body terminated unexpectedly");
}
