namespace Emulator.Protocol.Routing;

/// <summary>
/// A result written over time rather than at once, such as an event stream: the pipeline sends the status and the
/// content type, then lets the result write the body until it is done or the client goes away.
/// </summary>
public interface IStreamingResult
{
    string ContentType { get; }

    Task WriteAsync(Stream body, CancellationToken aborted);
}
