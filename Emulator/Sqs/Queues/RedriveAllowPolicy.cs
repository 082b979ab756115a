namespace Emulator.Sqs.Queues;

public enum RedrivePermission
{
    AllowAll,
    DenyAll,
    ByQueue,
}

/// <summary>Which source queues may use a queue as their dead-letter queue.</summary>
public sealed record RedriveAllowPolicy(RedrivePermission Permission, IReadOnlyList<string> SourceQueueArns)
{
    public static readonly RedriveAllowPolicy Default = new(RedrivePermission.AllowAll, []);

    public bool Allows(string sourceArn) => Permission switch
    {
        RedrivePermission.AllowAll => true,
        RedrivePermission.DenyAll => false,
        _ => SourceQueueArns.Contains(sourceArn),
    };
}
