namespace Emulator.Protocol.Routing;

public enum WireProtocol
{
    /// <summary>Form-encoded parameters in, XML out (SQS, SNS).</summary>
    Query,
    /// <summary>AWS JSON 1.0 (SQS).</summary>
    Json10,
    /// <summary>AWS JSON 1.1 (Kinesis, Firehose).</summary>
    Json11,
    /// <summary>AWS CBOR 1.1: the JSON 1.1 target and shapes, CBOR bodies (Kinesis from the Java SDK and the KCL).</summary>
    Cbor11,
    /// <summary>REST with XML bodies: the operation from the method, path and query, members bound to them (S3).</summary>
    RestXml,
}
