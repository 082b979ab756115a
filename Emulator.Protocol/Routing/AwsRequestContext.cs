namespace Emulator.Protocol.Routing;

/// <summary>Everything an operation may know about the request besides its typed input.</summary>
public sealed class AwsRequestContext
{
    public required AwsServiceDescriptor Service { get; init; }
    public required string Operation { get; init; }
    public required WireProtocol Protocol { get; init; }
    public required string AccountId { get; init; }
    public required string Region { get; init; }
    public required string RequestId { get; init; }

    /// <summary>Scheme, host and port the client used (<c>http://localhost:4566</c>), for URLs the service hands out.</summary>
    public required string BaseUrl { get; init; }

    /// <summary>The request path, for services that address resources by path (an SQS queue URL).</summary>
    public required string Path { get; init; }

    /// <summary>The request's X-Ray trace header (<c>X-Amzn-Trace-Id</c>), for services that carry it on (an SQS message's AWSTraceHeader).</summary>
    public string? TraceHeader { get; init; }

    /// <summary>The access key id that signed the request, if any.</summary>
    public string? AccessKeyId { get; init; }

    public CancellationToken Aborted { get; init; }

    /// <summary>Fires when the server begins to stop: waits that may last (long polls, event streams) end at once.</summary>
    public CancellationToken Stopping { get; init; }
}
