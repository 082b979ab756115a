namespace Emulator.Hosting;

/// <summary>
/// Settings read from flags (<c>--port 4566</c>) or environment variables (<c>EMULATOR_PORT=4566</c>).
/// Every setting has a default, so the emulator runs with no configuration.
/// </summary>
public sealed class EmulatorOptions
{
    public int Port { get; set; } = 4566;

    /// <summary>Address to listen on: loopback only by default; <c>0.0.0.0</c> also serves other containers and hosts (the Docker image sets it).</summary>
    public string Bind { get; set; } = "127.0.0.1";

    public string Region { get; set; } = "us-east-1";

    /// <summary>Base URL written into queue URLs (<c>http://sqs.local:4566</c>); by default the request's own Host.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>Level of the request log: Trace, Debug, Information, Warning, Error, None.</summary>
    public string LogLevel { get; set; } = "Warning";

    /// <summary>Enforce AWS's 60-second wait before a deleted queue's name can be used again.</summary>
    public bool SqsDeleteRecentlyWait { get; set; }

    /// <summary>Enforce AWS's limit of one PurgeQueue per queue every 60 seconds.</summary>
    public bool SqsPurgeLimit { get; set; }

    /// <summary>
    /// Sign the envelopes SNS delivers to SQS (on first read, once per publish). Turning it off removes the RSA cost
    /// from load tests: those envelopes then carry no Signature, SignatureVersion or SigningCertURL.
    /// </summary>
    public bool SnsSignSqsDeliveries { get; set; } = true;

    /// <summary>Streams to create at start-up: <c>name[:shards|:on-demand][@region]</c>, comma-separated.</summary>
    public string? KinesisStreams { get; set; }

    /// <summary>Kinesis account limits and the duration of stream status changes.</summary>
    public Kinesis.KinesisLimits Kinesis { get; set; } = new();
}
