namespace Emulator.Protocol.Rest;

/// <summary>
/// One REST operation's HTTP binding as the model gives it: <c>PUT /{Bucket}/{Key+}?uploads</c>. The path is literal
/// segments and labels (<c>{Key+}</c> takes the rest of the path, slashes included); the query part names parameters
/// the request must carry (<c>?uploads</c>), with a value where one is given (<c>?list-type=2</c>).
/// </summary>
public sealed class HttpRoute
{
    public HttpRoute(string operation, string method, string uriTemplate, int successStatus,
        string[]? requiredQuery = null, string[]? requiredHeaders = null)
    {
        Operation = operation;
        RequiredQuery = requiredQuery ?? [];
        RequiredHeaders = requiredHeaders ?? [];
        Method = method;
        UriTemplate = uriTemplate;
        SuccessStatus = successStatus;
        var question = uriTemplate.IndexOf('?');
        var path = question < 0 ? uriTemplate : uriTemplate[..question];
        Segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(RouteSegment.Parse).ToArray();
        QueryLiterals = question < 0
            ? []
            : uriTemplate[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Select(part => part.Split('=', 2) is var pair ? new KeyValuePair<string, string?>(pair[0], pair.Length > 1 ? pair[1] : null) : default)
                .ToArray();
    }

    public string Operation { get; }
    public string Method { get; }
    public string UriTemplate { get; }
    public int SuccessStatus { get; }

    public IReadOnlyList<RouteSegment> Segments { get; }

    /// <summary>Query parameters and headers the operation's input requires (the model's required members bound there).</summary>
    public IReadOnlyList<string> RequiredQuery { get; }
    public IReadOnlyList<string> RequiredHeaders { get; }

    /// <summary>Query parameters the template requires, with the value it requires (or null for any).</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> QueryLiterals { get; }

    public override string ToString() => $"{Operation}: {Method} {UriTemplate}";
}

/// <summary>A path segment of a route: literal text, or a label (greedy when it takes the rest of the path).</summary>
public readonly record struct RouteSegment(string Text, bool IsLabel, bool IsGreedy)
{
    public static RouteSegment Parse(string segment) =>
        segment.StartsWith('{') && segment.EndsWith('}')
            ? segment.EndsWith("+}") ? new(segment[1..^2], true, true) : new(segment[1..^1], true, false)
            : new(segment, false, false);
}
