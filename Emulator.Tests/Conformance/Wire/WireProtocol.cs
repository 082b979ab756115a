namespace Emulator.Tests.Conformance.Wire;

/// <summary>The wire protocols a conformance case can be sent over.</summary>
public enum WireProtocol
{
    Json,
    Query,
}
