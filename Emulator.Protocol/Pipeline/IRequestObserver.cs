using Emulator.Protocol.Routing;

namespace Emulator.Protocol.Pipeline;

/// <summary>Told of every AWS request the dispatcher has answered: for metrics and request logs, outside the pipeline's concerns.</summary>
public interface IRequestObserver
{
    void Answered(in AnsweredRequest request);
}

/// <summary>
/// One answered request: the service and operation (when they were identified), the caller's account and region, the
/// HTTP status, the error code of an error, and a <see cref="System.Diagnostics.Stopwatch"/> timestamp of its arrival.
/// </summary>
public readonly record struct AnsweredRequest(
    AwsServiceDescriptor? Service, string? Operation, string AccountId, string Region, int Status, string? ErrorCode, long Started)
{
    public TimeSpan Elapsed => System.Diagnostics.Stopwatch.GetElapsedTime(Started);
}
