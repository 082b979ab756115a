using Emulator.Protocol.Shapes;

namespace Emulator.Protocol.EventStream;

/// <summary>One message of an event stream as a service yields it: an event of a type with its typed payload, or an exception.</summary>
public sealed record StreamEvent(string Type, object Payload, ShapeInfo Shape, bool IsException)
{
    public static StreamEvent Of<T>(string eventType, T payload) where T : notnull => new(eventType, payload, ShapeCatalog.For<T>(), false);

    /// <summary>An exception message that ends the stream, such as a ResourceInUseException when a subscription is taken over.</summary>
    public static StreamEvent Exception(string exceptionType, string message) =>
        new(exceptionType, new EventStreamError { Message = message }, ShapeCatalog.For<EventStreamError>(), true);
}
