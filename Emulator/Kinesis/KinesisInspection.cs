using System.Text;
using System.Text.Unicode;
using Emulator.Kinesis.Streams;

namespace Emulator.Kinesis;

/// <summary>
/// Read-only views of streams under <c>/_emulator/kinesis/</c>: each stream with its shards (hash ranges, lineage, open or
/// closed, records held), and a shard's records; reading them moves no iterator and counts against no quota.
/// </summary>
public sealed class KinesisInspection(KinesisStore store) : IServiceEndpoints
{
    private const int DefaultRecords = 50;
    private const int MaxRecords = 1000;

    public void Map(IEndpointRouteBuilder admin, IEndpointRouteBuilder root)
    {
        admin.MapGet("/streams", () => Results.Json(store.All().OrderBy(s => s.Arn, StringComparer.Ordinal).Select(Describe)));

        admin.MapGet("/streams/{account}/{region}/{name}", (string account, string region, string name) =>
            store.Find(account, region, name) is { } stream ? Results.Json(Describe(stream)) : NotFound("stream"));

        // The newest records unless ?from= names a position; ?limit= up to 1,000.
        admin.MapGet("/streams/{account}/{region}/{name}/shards/{shardId}/records", (string account, string region, string name, string shardId, long? from, int? limit) =>
        {
            if (store.Find(account, region, name)?.Shard(shardId) is not { } shard) return NotFound("shard");
            var count = Math.Clamp(limit ?? DefaultRecords, 1, MaxRecords);
            var start = from ?? Math.Max(shard.Start, shard.End - count);
            var (records, next) = shard.Read(start, count, long.MaxValue, record => new
            {
                sequenceNumber = SequenceNumbers.Format(record.SequenceNumber),
                partitionKey = record.PartitionKey,
                arrivedAt = record.ArrivedAt,
                size = record.Data.Length,
                text = AsText(record.Data.Span),
                data = Convert.ToBase64String(record.Data.Span),
            });
            return Results.Json(new { start = shard.Start, end = shard.End, next, records });
        });
    }

    private static object Describe(KinesisStream stream) => new
    {
        stream.Name,
        stream.AccountId,
        stream.Region,
        stream.Arn,
        stream.Status,
        mode = stream.Settings.Mode,
        retentionHours = stream.Settings.RetentionHours,
        storedBytes = stream.StoredBytes,
        consumers = stream.Consumers.Count,
        shards = stream.Shards.Select(shard => new
        {
            shard.Id,
            parent = shard.ParentShardId,
            adjacentParent = shard.AdjacentParentShardId,
            children = shard.ChildShardIds,
            open = shard.IsOpen,
            startingHashKey = shard.StartingHashKey.ToString(),
            endingHashKey = shard.EndingHashKey.ToString(),
            records = shard.End - shard.Start,
            bytes = shard.StoredBytes,
        }),
    };

    /// <summary>The data as text when it is UTF-8 without control characters other than white space; otherwise null.</summary>
    private static string? AsText(ReadOnlySpan<byte> data)
    {
        if (!Utf8.IsValid(data)) return null;
        var text = Encoding.UTF8.GetString(data);
        foreach (var c in text)
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t')) return null;
        return text;
    }

    private static IResult NotFound(string what) => Results.NotFound(new { error = $"No such {what}." });
}
