using System.Text.Json;
using System.Text.Json.Serialization;
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
        admin.MapGet("/streams", () =>
            AdminJson.Ok([.. store.All().OrderBy(s => s.Arn, StringComparer.Ordinal).Select(Describe)], KinesisInspectionJson.Default.ListStreamView));

        admin.MapGet("/streams/{account}/{region}/{name}", (string account, string region, string name) =>
            store.Find(account, region, name) is { } stream ? AdminJson.Ok(Describe(stream), KinesisInspectionJson.Default.StreamView) : NotFound("stream"));

        // The newest records unless ?from= names a position; ?limit= up to 1,000.
        admin.MapGet("/streams/{account}/{region}/{name}/shards/{shardId}/records", (string account, string region, string name, string shardId, long? from, int? limit) =>
        {
            if (store.Find(account, region, name)?.Shard(shardId) is not { } shard) return NotFound("shard");
            var count = Math.Clamp(limit ?? DefaultRecords, 1, MaxRecords);
            var start = from ?? Math.Max(shard.Start, shard.End - count);
            var (records, next) = shard.Read(start, count, long.MaxValue, record => new RecordView(
                SequenceNumbers.Format(record.SequenceNumber), record.PartitionKey, record.ArrivedAt, record.Data.Length,
                AsText(record.Data.Span), Convert.ToBase64String(record.Data.Span)));
            return AdminJson.Ok(new RecordPage(shard.Start, shard.End, next, records), KinesisInspectionJson.Default.RecordPage);
        });
    }

    private static StreamView Describe(KinesisStream stream) => new(
        stream.Name, stream.AccountId, stream.Region, stream.Arn, stream.Status, stream.Settings.Mode, stream.Settings.RetentionHours,
        stream.StoredBytes, stream.Consumers.Count,
        [.. stream.Shards.Select(shard => new ShardView(shard.Id, shard.ParentShardId, shard.AdjacentParentShardId, shard.ChildShardIds,
            shard.IsOpen, shard.StartingHashKey.ToString(), shard.EndingHashKey.ToString(), shard.End - shard.Start, shard.StoredBytes))]);

    /// <summary>The data as text when it is UTF-8 without control characters other than white space; otherwise null.</summary>
    private static string? AsText(ReadOnlySpan<byte> data)
    {
        if (!Utf8.IsValid(data)) return null;
        var text = Encoding.UTF8.GetString(data);
        foreach (var c in text)
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t')) return null;
        return text;
    }

    private static IResult NotFound(string what) => AdminJson.NotFound($"No such {what}.");
}

public sealed record StreamView(
    string Name, string AccountId, string Region, string Arn, string Status, string Mode, int RetentionHours, long StoredBytes, int Consumers,
    IReadOnlyList<ShardView> Shards);

public sealed record ShardView(
    string Id, string? Parent, string? AdjacentParent, IReadOnlyList<string> Children, bool Open, string StartingHashKey, string EndingHashKey,
    long Records, long Bytes);

public sealed record RecordView(string SequenceNumber, string PartitionKey, DateTimeOffset ArrivedAt, int Size, string? Text, string Data);

public sealed record RecordPage(long Start, long End, long Next, IReadOnlyList<RecordView> Records);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(List<StreamView>))]
[JsonSerializable(typeof(RecordPage))]
internal sealed partial class KinesisInspectionJson : JsonSerializerContext;
