using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Emulator.Protocol.Query;

/// <summary>The parameters of a query-protocol request: the URL's query string and a form-encoded body.</summary>
public static class QueryParameters
{
    public static Dictionary<string, string> Read(HttpRequest request, ReadOnlySpan<byte> body)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        if (request.QueryString.HasValue) Add(parameters, request.QueryString.Value!);
        if (body.Length > 0 && IsForm(request.ContentType)) Add(parameters, Encoding.UTF8.GetString(body));
        return parameters;
    }

    public static bool IsForm(string? contentType) =>
        contentType is not null && contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    private static void Add(Dictionary<string, string> parameters, string encoded)
    {
        foreach (var (key, values) in QueryHelpers.ParseQuery(encoded))
            parameters[key] = values.Count > 0 ? values[0] ?? "" : "";
    }
}
