using System.Collections.Frozen;

namespace Emulator.Hosting.Dashboard;

/// <summary>
/// The web dashboard under <c>/_emulator/ui</c>: three static files built into the assembly (no CDN, works offline), a
/// page that reads the admin API in the browser. Served from memory, read once at start.
/// </summary>
public static class DashboardEndpoints
{
    private const string ResourcePrefix = "dashboard/";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
    }.ToFrozenDictionary();

    public static void MapDashboard(this IEndpointRouteBuilder admin)
    {
        var files = ReadFiles();
        var index = files["index.html"];
        admin.MapGet("/ui", () => index);
        admin.MapGet("/ui/{file}", (string file) => files.TryGetValue(file, out var asset) ? asset : Results.NotFound());
    }

    private static Dictionary<string, IResult> ReadFiles()
    {
        var assembly = typeof(DashboardEndpoints).Assembly;
        var files = new Dictionary<string, IResult>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var file = name[ResourcePrefix.Length..];
            files[file] = new StaticAsset(copy.ToArray(), ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream"));
        }
        return files;
    }

    /// <summary>A file of the dashboard, answered with a policy that lets the page load nothing from anywhere else.</summary>
    private sealed class StaticAsset(byte[] content, string contentType) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            var headers = context.Response.Headers;
            headers.ContentType = contentType;
            headers.CacheControl = "no-cache";
            headers["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'";
            headers["X-Content-Type-Options"] = "nosniff";
            context.Response.ContentLength = content.Length;
            return context.Response.Body.WriteAsync(content).AsTask();
        }
    }
}
