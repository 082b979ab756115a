using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Emulator.Protocol.Pipeline;

/// <summary>The request target as the client wrote it, still percent-encoded: what routing of S3 keys and signatures read.</summary>
public static class RawTarget
{
    /// <summary>
    /// The path as sent: keys may hold <c>%2F</c> and <c>+</c>. A server that gives no origin-form target (ASP.NET Core's
    /// TestServer, in process) is read from the request's path instead.
    /// </summary>
    public static string Path(HttpRequest request)
    {
        var target = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (target is null || !target.StartsWith('/'))
            target = Uri.TryCreate(target, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : request.PathBase + request.Path;
        var question = target.IndexOf('?');
        return question < 0 ? target : target[..question];
    }
}
