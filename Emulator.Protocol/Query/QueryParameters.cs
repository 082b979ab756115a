using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Emulator.Protocol.Query;

/// <summary>
/// The parameters of a query-protocol request: the URL's query string and a form-encoded body, read from their UTF-8
/// bytes (each name and value decoded once, without a UTF-16 copy of the whole body). A body parameter wins over the
/// query string's of the same name; within one of them, the first occurrence wins.
/// </summary>
public static class QueryParameters
{
    public static Dictionary<string, string> Read(HttpRequest request, ReadOnlySpan<byte> body)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        if (body.Length > 0 && IsForm(request.ContentType)) Add(parameters, body);
        if (request.QueryString.HasValue) Add(parameters, Encoding.UTF8.GetBytes(request.QueryString.Value!.TrimStart('?')));
        return parameters;
    }

    public static bool IsForm(string? contentType) =>
        contentType is not null && contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    private static void Add(Dictionary<string, string> parameters, ReadOnlySpan<byte> encoded)
    {
        foreach (var range in encoded.Split((byte)'&'))
        {
            var pair = encoded[range];
            if (pair.IsEmpty) continue;
            var equals = pair.IndexOf((byte)'=');
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            if (name.Length > 0) parameters.TryAdd(name, equals < 0 ? "" : Decode(pair[(equals + 1)..]));
        }
    }

    /// <summary>Text that holds no escapes (most names, most bodies' values in part) is decoded straight from the span.</summary>
    private static string Decode(ReadOnlySpan<byte> encoded) =>
        encoded.IndexOfAny((byte)'%', (byte)'+') < 0
            ? Encoding.UTF8.GetString(encoded)
            : Encoding.UTF8.GetString(WebUtility.UrlDecodeToBytes(encoded.ToArray(), 0, encoded.Length));
}
