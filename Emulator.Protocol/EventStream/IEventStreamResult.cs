namespace Emulator.Protocol.EventStream;

/// <summary>
/// A result answered as an event stream (application/vnd.amazon.eventstream) rather than at once: the service yields
/// typed events until it is done or the client goes away; <see cref="EventStreamWriter"/> encodes and frames them.
/// </summary>
public interface IEventStreamResult
{
    IAsyncEnumerable<StreamEvent> Events(CancellationToken aborted);
}
