using System.Net;

namespace Emulator.Hosting.Listening;

/// <summary>
/// Keeps web pages away from the emulator unless it is asked to serve them. A request is refused (403) when:
/// <list type="bullet">
/// <item>its <c>Host</c> is a dotted name that is not <c>*.localhost</c>, LocalStack's <c>*.localhost.localstack.cloud</c>,
/// the public URL's host or one of <c>--allowed-hosts</c>: DNS rebinding needs a registrable name, while IP addresses,
/// single-label names (<c>localhost</c>, a compose service) and those suffixes cannot be pointed here by a stranger;</item>
/// <item>a browser sent it from another site: an <c>Origin</c> (or, for a plain <c>&lt;img&gt;</c> GET, a cross-site
/// <c>Sec-Fetch-Site</c> with its <c>Referer</c>) that is not this emulator, a page on this machine (localhost, a
/// loopback address) or one of <c>--cors-origins</c>. Opening the dashboard from a link elsewhere stays possible.</item>
/// </list>
/// Allowed cross-origin requests get CORS headers, and their preflights are answered, so that the JavaScript SDK in a
/// page on <c>http://localhost:3000</c> works. Non-browser clients send none of these headers and are never affected.
/// </summary>
public sealed class BrowserGuard(IReadOnlyList<string> allowedHosts, IReadOnlyList<string> corsOrigins, string? publicHost)
{
    private readonly bool _anyHost = allowedHosts.Contains("*");
    private readonly bool _anyOrigin = corsOrigins.Contains("*");

    public static BrowserGuard From(IConfiguration configuration, EmulatorOptions options) => new(
        List(configuration.Setting("allowed-hosts", "allowed_hosts")),
        List(configuration.Setting("cors-origins", "cors_origins")),
        options.PublicUrl is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null);

    public Task Check(HttpContext context, Func<Task> next)
    {
        var request = context.Request;
        var host = request.Host.Host;
        if (!HostAllowed(host))
            return Refuse(context, $"The host name '{host}' is not served (DNS rebinding protection); start the emulator with --allowed-hosts {host}, or --allowed-hosts '*'.");

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0 && request.Headers["Sec-Fetch-Site"] == "cross-site" && !IsNavigationToDashboard(request))
        {
            origin = OriginOf(request.Headers.Referer.ToString()) ?? "";
            if (origin.Length == 0) return Refuse(context, "Cross-site requests from web pages are refused.");
        }
        if (origin.Length == 0) return next();
        if (!OriginAllowed(origin, request.Host))
            return Refuse(context, $"Requests from pages on {origin} are refused; start the emulator with --cors-origins {origin} to allow them.");

        var headers = context.Response.Headers;
        headers.AccessControlAllowOrigin = origin;
        headers.Vary = "Origin";
        headers.AccessControlExposeHeaders = "*";
        if (!HttpMethods.IsOptions(request.Method) || request.Headers.AccessControlRequestMethod.Count == 0) return next();
        headers.AccessControlAllowMethods = "GET, HEAD, PUT, POST, DELETE, PATCH";
        headers.AccessControlAllowHeaders = request.Headers.AccessControlRequestHeaders.Count > 0 ? request.Headers.AccessControlRequestHeaders.ToString() : "*";
        headers.AccessControlMaxAge = "3600";
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    private bool HostAllowed(string host) =>
        _anyHost || host.Length == 0 || IPAddress.TryParse(host.Trim('[', ']'), out _) || !host.Contains('.')
        || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || host.Equals("localhost.localstack.cloud", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".localhost.localstack.cloud", StringComparison.OrdinalIgnoreCase)
        || string.Equals(host, publicHost, StringComparison.OrdinalIgnoreCase)
        || allowedHosts.Any(allowed => Matches(host, allowed));

    private bool OriginAllowed(string origin, HostString requestHost)
    {
        if (_anyOrigin || corsOrigins.Contains(origin.TrimEnd('/'), StringComparer.OrdinalIgnoreCase)) return true;
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri)) return false;
        if (uri.Authority.Equals(requestHost.Value, StringComparison.OrdinalIgnoreCase)) return true;
        return uri.IsLoopback || uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsNavigationToDashboard(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Headers["Sec-Fetch-Mode"] == "navigate"
        && request.Path.StartsWithSegments(AdminEndpoints.Prefix + "/ui");

    private static string? OriginOf(string referer) =>
        Uri.TryCreate(referer, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null;

    private static bool Matches(string host, string allowed) =>
        allowed.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(allowed[1..], StringComparison.OrdinalIgnoreCase)
            : host.Equals(allowed, StringComparison.OrdinalIgnoreCase);

    private static IReadOnlyList<string> List(string? setting) =>
        setting?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    private static Task Refuse(HttpContext context, string why)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(why);
    }
}
