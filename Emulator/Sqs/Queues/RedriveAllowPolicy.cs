using Newtonsoft.Json.Linq;

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
    public const int MaxSourceQueueArns = 10;

    private const string Name = QueueAttributeNames.RedriveAllowPolicy;
    private const string CannotCreate = "Amazon SQS can't create the redrive allow policy";

    public static readonly RedriveAllowPolicy Default = new(RedrivePermission.AllowAll, []);

    /// <summary>
    /// Whether <paramref name="source"/> may name <paramref name="deadLetterQueue"/> as its dead-letter queue:
    /// <c>allowAll</c> admits the queues of the same account and region, <c>byQueue</c> exactly the listed ones.
    /// </summary>
    public bool Allows(QueueArn source, QueueArn deadLetterQueue) => Permission switch
    {
        RedrivePermission.AllowAll => source.AccountId == deadLetterQueue.AccountId && source.Region == deadLetterQueue.Region,
        RedrivePermission.DenyAll => false,
        _ => SourceQueueArns.Contains(source.ToString()),
    };

    public static RedriveAllowPolicy Parse(string value)
    {
        var json = PolicyJson.ReadObject(value);
        var permission = json?["redrivePermission"] is { Type: JTokenType.String } token
            ? token.Value<string>() switch
            {
                "allowAll" => RedrivePermission.AllowAll,
                "denyAll" => RedrivePermission.DenyAll,
                "byQueue" => RedrivePermission.ByQueue,
                _ => (RedrivePermission?)null,
            }
            : null;
        var sourcesToken = json?["sourceQueueArns"];
        if (json is null || permission is null || json.Properties().Any(p => p.Name is not ("redrivePermission" or "sourceQueueArns"))
            || sourcesToken is not (null or JArray) || sourcesToken is JArray list && list.Any(t => t.Type != JTokenType.String))
            throw AttributeValues.Invalid(Name, $"{CannotCreate}, as it’s in an unsupported format.");

        var sources = sourcesToken is JArray array ? array.Select(t => t.Value<string>()!).ToList() : [];
        if (permission == RedrivePermission.ByQueue && sources.Count == 0)
            throw AttributeValues.Invalid(Name, value,
                $"{CannotCreate}. When you specify the byQueue permission type, you must also specify one or more sourceQueueArns values.");
        if (permission != RedrivePermission.ByQueue && sourcesToken is not null)
            throw AttributeValues.Invalid(Name, value,
                $"{CannotCreate}. To specify one or more source queue ARNs, you must set redrivePermission to byQueue.");
        if (sources.Count > MaxSourceQueueArns)
            throw AttributeValues.Invalid(Name, value,
                $"{CannotCreate}. The maximum number of source queue ARNs you can specify is {MaxSourceQueueArns}.");
        return new RedriveAllowPolicy(permission.Value, sources);
    }
}
