using Emulator.Sqs.Queues;

namespace Emulator.Sqs;

/// <summary>Read-only views of queues and their messages under <c>/_emulator/sqs/</c>; nothing here changes state.</summary>
public sealed class SqsInspection(SqsStore store) : IServiceEndpoints
{
    public void Map(IEndpointRouteBuilder admin, IEndpointRouteBuilder root)
    {
        admin.MapGet("/queues", () => Results.Json(store.AllQueues().OrderBy(q => q.Arn, StringComparer.Ordinal).Select(Describe)));

        admin.MapGet("/queues/{account}/{region}/{name}", (string account, string region, string name) =>
            store.Find(account, region, name) is { } queue ? Results.Json(Describe(queue)) : QueueNotFound());

        admin.MapGet("/queues/{account}/{region}/{name}/messages", (string account, string region, string name) =>
            store.Find(account, region, name) is { } queue ? Results.Json(queue.Messages.Snapshot()) : QueueNotFound());
    }

    private static object Describe(SqsQueue queue)
    {
        var counts = queue.Messages.Counts();
        return new
        {
            queue.Name,
            queue.AccountId,
            queue.Region,
            queue.Arn,
            queue.IsFifo,
            visible = counts.Visible,
            inFlight = counts.NotVisible,
            delayed = counts.Delayed,
            attributes = queue.Settings.Raw,
            tags = queue.Tags,
        };
    }

    private static IResult QueueNotFound() => Results.NotFound(new { error = "No such queue." });
}
