namespace Emulator.Common.Functions;

/// <summary>
/// Lambda functions served elsewhere over HTTP, so that Firehose transformations and SNS <c>lambda</c> subscriptions can
/// call real code without the emulator running Lambda: <c>--lambda-endpoints name=url[,name=url...]</c>
/// (<c>EMULATOR_LAMBDA_ENDPOINTS</c>, settings <c>lambda:endpoints</c>), a name being a function's name or ARN, and the URL
/// one that takes the invocation's JSON and answers the function's result, such as the Lambda Runtime Interface
/// Emulator's <c>http://localhost:9000/2015-03-31/functions/function/invocations</c>.
/// </summary>
public sealed class FunctionEndpoints(IReadOnlyDictionary<string, string> urls)
{
    /// <param name="declared">Endpoints a configuration file declares; the command line's win over them.</param>
    public static FunctionEndpoints Read(IConfiguration configuration, IReadOnlyDictionary<string, string>? declared = null)
    {
        var urls = new Dictionary<string, string>(declared ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var pair in (new ServiceSettings(configuration, "lambda")["endpoints"] ?? "")
                     .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            // The URL holds '=' only in its query, so the first one ends the name.
            var equals = pair.IndexOf('=');
            if (equals <= 0 || !Uri.TryCreate(pair[(equals + 1)..], UriKind.Absolute, out _))
                throw new ArgumentException($"lambda-endpoints takes name=url pairs, not '{pair}'.");
            urls[pair[..equals]] = pair[(equals + 1)..];
        }
        return new FunctionEndpoints(urls);
    }

    /// <summary>The URL of a function named by name or ARN (<c>arn:aws:lambda:region:account:function:name[:qualifier]</c>), if one is configured.</summary>
    public string? UrlFor(string function)
    {
        if (urls.TryGetValue(function, out var url)) return url;
        var parts = function.Split(':');
        if (parts is ["arn", _, "lambda", _, _, "function", var name, ..])
            return urls.GetValueOrDefault(name) ?? urls.GetValueOrDefault(string.Join(':', parts.Take(7)));
        return null;
    }
}
