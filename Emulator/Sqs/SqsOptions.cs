namespace Emulator.Sqs;

/// <summary>SQS's settings (<c>--sqs-…</c>): AWS rules that only make tests wait, off by default.</summary>
public sealed class SqsOptions : IServiceOptions<SqsOptions>
{
    /// <summary>Enforce AWS's 60-second wait before a deleted queue's name can be used again.</summary>
    public bool DeleteRecentlyWait { get; init; }

    /// <summary>Enforce AWS's limit of one PurgeQueue per queue every 60 seconds.</summary>
    public bool PurgeLimit { get; init; }

    public static SqsOptions Read(ServiceSettings settings) => new()
    {
        DeleteRecentlyWait = settings.Flag("delete-recently-wait", false),
        PurgeLimit = settings.Flag("purge-limit", false),
    };
}
