namespace Emulator.Protocol.Rest;

/// <summary>
/// Finds a REST request's operation from its method, path and query, as a service's model binds them. Several
/// operations can share a method and path (S3's PutObject and UploadPart are both <c>PUT /{Bucket}/{Key+}</c>): the
/// one whose template, required query parameters and required headers the request carries the most of wins (CopyObject
/// is the PUT that carries <c>x-amz-copy-source</c>).
/// </summary>
public sealed class RestRouter(IReadOnlyList<HttpRoute> routes)
{
    /// <summary>The matching route and its path labels (decoded), or null when no operation takes this request.</summary>
    public RouteMatch? Match(string method, string path, IReadOnlyDictionary<string, string> query, Func<string, bool> hasHeader)
    {
        RouteMatch? best = null;
        var bestScore = -1;
        foreach (var route in routes)
        {
            if (!string.Equals(route.Method, method, StringComparison.OrdinalIgnoreCase)) continue;
            if (!Fits(route, query, hasHeader, out var score) || score <= bestScore) continue;
            if (Labels(route, path) is not { } labels) continue;
            best = new RouteMatch(route, labels);
            bestScore = score;
        }
        return best;
    }

    private static bool Fits(HttpRoute route, IReadOnlyDictionary<string, string> query, Func<string, bool> hasHeader, out int score)
    {
        score = 0;
        foreach (var (name, value) in route.QueryLiterals)
        {
            if (!query.TryGetValue(name, out var given) || (value is not null && given != value)) return false;
            score++;
        }
        foreach (var name in route.RequiredQuery)
        {
            if (!query.ContainsKey(name)) return false;
            score++;
        }
        foreach (var name in route.RequiredHeaders)
        {
            if (!hasHeader(name)) return false;
            score++;
        }
        return true;
    }

    /// <summary>The labels of <paramref name="path"/> (still percent-encoded) under the route's template, or null when it does not fit.</summary>
    private static Dictionary<string, string>? Labels(HttpRoute route, string path)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var rest = path.StartsWith('/') ? path[1..] : path;
        foreach (var segment in route.Segments)
        {
            if (segment.IsGreedy)
            {
                if (rest.Length == 0) return null;
                labels[segment.Text] = Uri.UnescapeDataString(rest);
                rest = "";
                continue;
            }
            var slash = rest.IndexOf('/');
            var part = slash < 0 ? rest : rest[..slash];
            if (part.Length == 0) return null;
            if (segment.IsLabel) labels[segment.Text] = Uri.UnescapeDataString(part);
            else if (part != segment.Text) return null;
            rest = slash < 0 ? "" : rest[(slash + 1)..];
        }
        return rest.Length == 0 ? labels : null;
    }
}

public sealed record RouteMatch(HttpRoute Route, IReadOnlyDictionary<string, string> Labels);
