using Emulator.Protocol.Errors;

namespace Emulator.Protocol.Pipeline;

/// <summary>
/// Consulted before an identified operation runs: it may delay the request or answer it with an error instead (fault
/// injection), outside the services' concerns. Without interceptors the dispatcher does no extra work.
/// </summary>
public interface IRequestInterceptor
{
    /// <summary>An error to answer instead of running the operation, or null to run it; may wait first.</summary>
    ValueTask<AwsError?> BeforeAsync(string service, string operation, CancellationToken aborted);
}
