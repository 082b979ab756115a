using Emulator.Kinesis.Shapes;
using Emulator.Kinesis.Streams;

namespace Emulator.Kinesis.Operations;

/// <summary>ListShards and resharding: SplitShard, MergeShards and UpdateShardCount.</summary>
public sealed class ShardOperations(KinesisStore store, StreamLocator locator, StreamStatusChanges status, AccountQuotas quotas, KinesisLimits limits, TimeProvider clock)
    : IOperationGroup
{
    public void Register(OperationRegistry registry)
    {
        registry.Add<ListShardsInput, ListShardsOutput>(KinesisService.Kinesis, "ListShards", ListShards);
        registry.Add<SplitShardInput, EmptyResult>(KinesisService.Kinesis, "SplitShard", SplitShard);
        registry.Add<MergeShardsInput, EmptyResult>(KinesisService.Kinesis, "MergeShards", MergeShards);
        registry.Add<UpdateShardCountInput, UpdateShardCountOutput>(KinesisService.Kinesis, "UpdateShardCount", UpdateShardCount);
    }

    private ListShardsOutput ListShards(ListShardsInput request, AwsRequestContext context)
    {
        // AWS answers at most 1,000 shards a page, whatever MaxResults asks.
        var maxResults = Math.Min(request.MaxResults ?? 1000, 1000);
        KinesisStream stream;
        string? after = request.ExclusiveStartShardId;
        if (request.NextToken is { } token)
        {
            if (request.StreamName is not null || request.StreamARN is not null)
                throw KinesisErrors.InvalidArgument("NextToken and StreamName cannot be provided together.");
            if (request.ExclusiveStartShardId is not null)
                throw KinesisErrors.InvalidArgument("NextToken and ExclusiveStartShardId cannot be provided together.");
            if (request.StreamCreationTimestamp is not null)
                throw KinesisErrors.InvalidArgument("NextToken and StreamCreationTimestamp cannot be provided together.");
            var parts = StreamPaging.Decode(token, clock.GetUtcNow()).Split('\n');
            if (parts is not [var account, var region, var name, var last]) throw KinesisErrors.InvalidArgument("Invalid NextToken.");
            stream = store.Find(account, region, name) ?? throw KinesisErrors.StreamNotFound(name, account);
            StreamAccess.Authorize(stream, context);
            after = last;
        }
        else
        {
            if (request.StreamName is null && request.StreamARN is null)
                throw KinesisErrors.InvalidArgument("Either NextToken or StreamName should be provided.");
            stream = locator.Authorized(request.StreamName, request.StreamARN, context);
            if (request.StreamCreationTimestamp is { } created && created.ToUnixTimeMilliseconds() != stream.CreatedAt.ToUnixTimeMilliseconds())
                throw KinesisErrors.ResourceNotFound($"Stream {stream.Name} under account {stream.AccountId} not found.");
        }
        var now = clock.GetUtcNow();
        var trimHorizon = now - TimeSpan.FromHours(stream.Settings.RetentionHours);
        stream.ForgetExpiredShards(trimHorizon);
        var shards = Filter(stream, request.ShardFilter, trimHorizon)
            .Where(s => after is null || string.CompareOrdinal(s.Id, after) > 0)
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        var page = shards.Take(maxResults).ToList();
        return new ListShardsOutput
        {
            Shards = page.Select(StreamViews.Describe).ToList(),
            NextToken = shards.Count > maxResults
                ? StreamPaging.Encode(string.Join('\n', stream.AccountId, stream.Region, stream.Name, page[^1].Id), now)
                : null,
        };
    }

    private static IEnumerable<StreamShard> Filter(KinesisStream stream, ShardFilter? filter, DateTimeOffset trimHorizon)
    {
        var shards = stream.Shards;
        if (filter is null) return shards;
        var horizon = trimHorizon < stream.CreatedAt ? stream.CreatedAt : trimHorizon;
        DateTimeOffset Timestamp() => filter.Timestamp
            ?? throw KinesisErrors.InvalidArgument($"Timestamp must be specified for ShardFilter type {filter.Type}.");
        return filter.Type switch
        {
            "AFTER_SHARD_ID" => shards.Where(s => string.CompareOrdinal(s.Id,
                filter.ShardId ?? throw KinesisErrors.InvalidArgument("ShardId must be specified for ShardFilter type AFTER_SHARD_ID.")) > 0),
            "AT_TRIM_HORIZON" => shards.Where(s => s.OpenAt(horizon)),
            "FROM_TRIM_HORIZON" => shards,
            "AT_LATEST" => shards.Where(s => s.IsOpen),
            "AT_TIMESTAMP" => shards.Where(s => s.OpenAt(Max(Timestamp(), stream.CreatedAt))),
            "FROM_TIMESTAMP" => shards.Where(s => s.ClosedAt is not { } closed || closed > Max(Timestamp(), stream.CreatedAt)),
            _ => throw new ArgumentOutOfRangeException(nameof(filter), filter.Type, "Not a shard filter type."),
        };
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private EmptyResult SplitShard(SplitShardInput request, AwsRequestContext context)
    {
        var stream = Resharded(request.StreamName, request.StreamARN, context, request.ShardToSplit!);
        RequireProvisioned(stream, "SplitShard");
        quotas.RequireShardRoom(context, 1);
        status.Update(stream, statusAfter => stream.Split(request.ShardToSplit!, request.NewStartingHashKey!, clock.GetUtcNow(), statusAfter));
        return EmptyResult.Instance;
    }

    private EmptyResult MergeShards(MergeShardsInput request, AwsRequestContext context)
    {
        var stream = Resharded(request.StreamName, request.StreamARN, context, request.ShardToMerge!, request.AdjacentShardToMerge!);
        RequireProvisioned(stream, "MergeShards");
        status.Update(stream, statusAfter => stream.Merge(request.ShardToMerge!, request.AdjacentShardToMerge!, clock.GetUtcNow(), statusAfter));
        return EmptyResult.Instance;
    }

    /// <summary>Uniform scaling: every open shard closes and the target count of even shards replaces them, each the child of the shards it overlaps.</summary>
    private UpdateShardCountOutput UpdateShardCount(UpdateShardCountInput request, AwsRequestContext context)
    {
        var stream = locator.Authorized(request.StreamName, request.StreamARN, context);
        RequireProvisioned(stream, "UpdateShardCount");
        var target = request.TargetShardCount!.Value;
        var current = stream.OpenShards.Count;
        var counts = $"Current open shard count: {current}, Target shard count: {target}";
        if (target > limits.StreamShardLimit)
            throw KinesisErrors.LimitExceeded($"Target shard count or number of open shards cannot be greater than {limits.StreamShardLimit}. {counts}");
        if (target > current * 2)
            throw KinesisErrors.LimitExceeded($"UpdateShardCount cannot scale up over double your current open shard count. {counts}");
        if (target * 2 < current)
            throw KinesisErrors.LimitExceeded($"UpdateShardCount cannot scale down below half your current open shard count. {counts}");
        quotas.RequireShardRoom(context, Math.Max(0, target - current));
        status.Update(stream, statusAfter => stream.Scale(target, limits.ShardCountUpdatesPerDay, clock.GetUtcNow(), statusAfter));
        return new UpdateShardCountOutput { StreamName = stream.Name, StreamARN = stream.Arn, CurrentShardCount = current, TargetShardCount = target };
    }

    /// <summary>The stream a resharding request names, once its shard ids name shards at all: AWS checks those first.</summary>
    private KinesisStream Resharded(string? name, string? arn, AwsRequestContext context, params string[] shardIds)
    {
        var named = StreamLocator.Named(name, arn, context);
        foreach (var shardId in shardIds) ShardIds.Require(shardId, named.Name, named.AccountId);
        return locator.Authorized(name, arn, context);
    }

    private static void RequireProvisioned(KinesisStream stream, string operation)
    {
        if (stream.Settings.Mode == "ON_DEMAND")
            throw KinesisErrors.Validation($"{operation} is not supported for streams in ON_DEMAND mode.");
    }
}
