namespace Emulator.Tests.Conformance.Wire;

/// <summary>The wire protocols a conformance case can be sent over.</summary>
public enum WireProtocol
{
    Json,
    Query,

    /// <summary>AWS CBOR 1.1 on a JSON target, as the Java SDK and the KCL speak to Kinesis.</summary>
    Cbor,

    /// <summary>REST with XML bodies, as S3 speaks it: the operation is the method, path and query.</summary>
    RestXml,
}
