namespace Emulator.Protocol.Routing;

/// <summary>What the protocol layer needs to know about one AWS service to route and frame its requests.</summary>
public sealed class AwsServiceDescriptor
{
    /// <summary>Lower-case service name, also the SigV4 signing name (<c>sqs</c>, <c>sns</c>, ...).</summary>
    public required string Name { get; init; }

    /// <summary>The <c>X-Amz-Target</c> prefix of the JSON protocols (<c>AmazonSQS</c>); null when the service has none.</summary>
    public string? TargetPrefix { get; init; }

    /// <summary>The JSON protocol the service speaks, if any.</summary>
    public WireProtocol? JsonProtocol { get; init; }

    /// <summary>Whether the JSON target also answers AWS CBOR 1.1, which the Java SDK and the KCL speak to Kinesis.</summary>
    public bool SpeaksCbor { get; init; }

    /// <summary>Whether the service answers the query protocol.</summary>
    public bool SpeaksQuery { get; init; }

    /// <summary>The query <c>Version</c> parameter and the XML namespace of its responses.</summary>
    public string? QueryVersion { get; init; }
    public string? XmlNamespace { get; init; }

    /// <summary>Prefix of the JSON <c>__type</c> (<c>com.amazonaws.sqs#</c>); empty when AWS writes the bare name.</summary>
    public string JsonErrorTypePrefix { get; init; } = "";

    /// <summary>Services that moved from query to JSON send <c>x-amzn-query-error</c> with the legacy code.</summary>
    public bool QueryCompatibleErrors { get; init; }

    /// <summary>
    /// Whether an operation without an output (<see cref="EmptyResult"/>) answers JSON and CBOR with an empty body, as
    /// Kinesis does, rather than an empty object.
    /// </summary>
    public bool EmptyBodyWithoutOutput { get; init; }

    /// <summary>The REST-XML routes of a service that speaks it (S3); requests no other service claims come here.</summary>
    public Rest.RestRouter? RestXml { get; init; }

    /// <summary>
    /// Operations AWS serves without a signature even when it checks signatures: SNS's ConfirmSubscription and Unsubscribe,
    /// opened from the links of a message.
    /// </summary>
    public IReadOnlySet<string> UnsignedOperations { get; init; } = new HashSet<string>();

    /// <summary>Largest request body accepted, in bytes.</summary>
    public int MaxRequestBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Largest streamed payload accepted (an S3 upload), in bytes, and the service's answer to a larger one.</summary>
    public long MaxStreamingBytes { get; init; }

    public Func<long, Errors.AwsError> StreamTooLarge { get; init; } = Errors.CommonErrors.RequestTooLarge;
}
