namespace Emulator.Protocol.Pipeline;

public sealed class DispatcherOptions
{
    /// <summary>Region used when a request carries no SigV4 credential scope.</summary>
    public string DefaultRegion { get; set; } = "us-east-1";

    /// <summary>Scheme, host and port to build resource URLs from; null takes the request's own Host.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Query service assumed when a request names none by scope, version or action.</summary>
    public string FallbackQueryService { get; set; } = "sqs";

    /// <summary>Largest body read before the service is known.</summary>
    public int MaxRequestBytes { get; set; } = 4 * 1024 * 1024;
}
