using Emulator.Protocol.Routing;
using Microsoft.AspNetCore.Http;

namespace Emulator.Protocol.Pipeline;

/// <summary>Told of every AWS request the dispatcher has answered: for metrics and request logs, outside the pipeline's concerns.</summary>
public interface IRequestObserver
{
    /// <param name="started">A <see cref="System.Diagnostics.Stopwatch"/> timestamp taken when the request arrived.</param>
    void Answered(HttpContext http, AwsServiceDescriptor? service, string? operation, int status, string? errorCode, long started);
}
