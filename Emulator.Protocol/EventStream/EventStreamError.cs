using Emulator.Protocol.Shapes;

namespace Emulator.Protocol.EventStream;

/// <summary>The payload of an exception message in an event stream: the error's message, as AWS writes it.</summary>
public sealed class EventStreamError
{
    [AwsMember(JsonName = "message")]
    public string? Message { get; set; }
}
