using System.Text.Json;
using System.Text.Json.Serialization;
using Emulator.Sqs.Messages;
using Emulator.Sqs.Queues;

namespace Emulator.Sqs;

/// <summary>Read-only views of queues and their messages under <c>/_emulator/sqs/</c>; nothing here changes state.</summary>
public sealed class SqsInspection(SqsStore store) : IServiceEndpoints
{
    public void Map(IEndpointRouteBuilder admin, IEndpointRouteBuilder root)
    {
        admin.MapGet("/queues", () =>
            AdminJson.Ok([.. store.AllQueues().OrderBy(q => q.Arn, StringComparer.Ordinal).Select(Describe)], SqsInspectionJson.Default.ListQueueView));

        admin.MapGet("/queues/{account}/{region}/{name}", (string account, string region, string name) =>
            store.Find(account, region, name) is { } queue ? AdminJson.Ok(Describe(queue), SqsInspectionJson.Default.QueueView) : QueueNotFound());

        admin.MapGet("/queues/{account}/{region}/{name}/messages", (string account, string region, string name) =>
            store.Find(account, region, name) is { } queue
                ? AdminJson.Ok(queue.Messages.Snapshot(), SqsInspectionJson.Default.IReadOnlyListMessageSnapshot)
                : QueueNotFound());
    }

    private static QueueView Describe(SqsQueue queue)
    {
        var counts = queue.Messages.Counts();
        return new QueueView(queue.Name, queue.AccountId, queue.Region, queue.Arn, queue.IsFifo, counts.Visible, counts.NotVisible, counts.Delayed,
            queue.Settings.Raw, queue.Tags);
    }

    private static IResult QueueNotFound() => AdminJson.NotFound("No such queue.");
}

public sealed record QueueView(
    string Name, string AccountId, string Region, string Arn, bool IsFifo, long Visible, long InFlight, long Delayed,
    IReadOnlyDictionary<string, string> Attributes, IReadOnlyDictionary<string, string> Tags);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(List<QueueView>))]
[JsonSerializable(typeof(IReadOnlyList<MessageSnapshot>))]
internal sealed partial class SqsInspectionJson : JsonSerializerContext;
