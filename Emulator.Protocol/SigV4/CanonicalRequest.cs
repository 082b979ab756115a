using System.Text;
using Emulator.Protocol.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Emulator.Protocol.SigV4;

/// <summary>
/// The canonical request SigV4 signs: method, URI, query, the signed headers with their values, the list of signed headers,
/// and the payload's hash, one per line. S3 signs the path as sent; other services encode it once more.
/// </summary>
public static class CanonicalRequest
{
    public static void Write(StringBuilder text, HttpRequest request, RequestSignature signature, bool s3, string payloadHash)
    {
        text.Append(request.Method).Append('\n');
        var path = RawTarget.Path(request);
        if (path.Length == 0) text.Append('/');
        else if (s3) text.Append(path);
        else Encode(text, path, keepSlash: true);
        text.Append('\n');
        Query(text, request.QueryString.Value, signature.Presigned);
        text.Append('\n');
        foreach (var name in signature.SignedHeaders.Split(';'))
        {
            text.Append(name).Append(':');
            HeaderValue(text, request.Headers[name]);
            text.Append('\n');
        }
        text.Append('\n').Append(signature.SignedHeaders).Append('\n').Append(payloadHash);
    }

    /// <summary>Parameters decoded, then encoded as SigV4 does and sorted by name and value; a presigned URL's signature left out.</summary>
    private static void Query(StringBuilder text, string? query, bool presigned)
    {
        if (string.IsNullOrEmpty(query) || query == "?") return;
        var parameters = new List<(string Name, string Value)>();
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var name = Encoded(equals < 0 ? pair : pair[..equals]);
            if (presigned && name == "X-Amz-Signature") continue;
            parameters.Add((name, equals < 0 ? "" : Encoded(pair[(equals + 1)..])));
        }
        parameters.Sort((a, b) => a.Name == b.Name ? string.CompareOrdinal(a.Value, b.Value) : string.CompareOrdinal(a.Name, b.Name));
        for (var i = 0; i < parameters.Count; i++)
            text.Append(i == 0 ? "" : "&").Append(parameters[i].Name).Append('=').Append(parameters[i].Value);
    }

    private static string Encoded(string raw)
    {
        var text = new StringBuilder(raw.Length + 8);
        Encode(text, Uri.UnescapeDataString(raw), keepSlash: false);
        return text.ToString();
    }

    /// <summary>A header's values joined by commas, each trimmed, runs of spaces made one.</summary>
    private static void HeaderValue(StringBuilder text, StringValues values)
    {
        for (var v = 0; v < values.Count; v++)
        {
            if (v > 0) text.Append(',');
            var value = values[v].AsSpan().Trim();
            for (var i = 0; i < value.Length; i++)
                if (value[i] != ' ' || value[i - 1] != ' ') text.Append(value[i]);
        }
    }

    /// <summary>RFC 3986 percent-encoding of the UTF-8 bytes, unreserved characters (and '/' in paths) as they are.</summary>
    public static void Encode(StringBuilder text, string value, bool keepSlash)
    {
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value is '-' or '_' or '.' or '~' || keepSlash && rune.Value == '/'))
            {
                text.Append((char)rune.Value);
                continue;
            }
            var count = rune.EncodeToUtf8(utf8);
            foreach (var b in utf8[..count]) text.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 15]);
        }
    }

    private const string Hex = "0123456789ABCDEF";
}
