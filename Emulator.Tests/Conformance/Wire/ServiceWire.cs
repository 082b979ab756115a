namespace Emulator.Tests.Conformance.Wire;

/// <summary>How a service is reached on the wire: its SigV4 signing name, JSON target and content types, query version and dialect.</summary>
public sealed record ServiceWire(
    string SigningName,
    string? TargetPrefix,
    string? JsonContentType,
    string? QueryVersion,
    QueryDialect? Query)
{
    public static readonly ServiceWire Sqs = new("sqs", "AmazonSQS", "application/x-amz-json-1.0", "2012-11-05", QueryDialect.Sqs);

    public static readonly ServiceWire Sns = new("sns", null, null, "2010-03-31", QueryDialect.Sns);

    public static readonly ServiceWire Kinesis =
        new("kinesis", "Kinesis_20131202", "application/x-amz-json-1.1", null, null) { CborContentType = "application/x-amz-cbor-1.1" };

    public static readonly ServiceWire Firehose = new("firehose", "Firehose_20150804", "application/x-amz-json-1.1", null, null);

    public static readonly ServiceWire S3 = new("s3", null, null, null, null) { Rest = true };

    /// <summary>Whether the service speaks REST-XML (and nothing else).</summary>
    public bool Rest { get; init; }

    /// <summary>The content type of AWS CBOR on the JSON target, for a service that answers it too.</summary>
    public string? CborContentType { get; init; }

    public IReadOnlyList<WireProtocol> Protocols =>
    [
        .. JsonContentType is null ? [] : new[] { WireProtocol.Json },
        .. Query is null ? [] : new[] { WireProtocol.Query },
        .. CborContentType is null ? [] : new[] { WireProtocol.Cbor },
        .. Rest ? new[] { WireProtocol.RestXml } : [],
    ];
}
