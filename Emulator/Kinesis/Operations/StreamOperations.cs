using System.Collections.Immutable;
using Emulator.Kinesis.Durability;
using Emulator.Kinesis.Shapes;
using Emulator.Kinesis.Streams;

namespace Emulator.Kinesis.Operations;

/// <summary>Creating, describing, listing and deleting streams.</summary>
public sealed class StreamOperations(
    KinesisStore store, StreamLocator locator, StreamStatusChanges status, AccountQuotas quotas, KinesisLimits limits, KinesisJournal journal,
    TimeProvider clock)
    : IOperationGroup
{
    /// <summary>The most streams ListStreams, or shards DescribeStream, answers at once, whatever the Limit asks.</summary>
    private const int PageSize = 100;

    public void Register(OperationRegistry registry)
    {
        registry.Add<CreateStreamInput, EmptyResult>(KinesisService.Kinesis, "CreateStream", CreateStream);
        registry.Add<DeleteStreamInput, EmptyResult>(KinesisService.Kinesis, "DeleteStream", DeleteStream);
        registry.Add<DescribeStreamInput, DescribeStreamOutput>(KinesisService.Kinesis, "DescribeStream", DescribeStream);
        registry.Add<DescribeStreamSummaryInput, DescribeStreamSummaryOutput>(KinesisService.Kinesis, "DescribeStreamSummary", DescribeStreamSummary);
        registry.Add<ListStreamsInput, ListStreamsOutput>(KinesisService.Kinesis, "ListStreams", ListStreams);
        registry.Add<DescribeLimitsInput, DescribeLimitsOutput>(KinesisService.Kinesis, "DescribeLimits", DescribeLimits);
    }

    private EmptyResult CreateStream(CreateStreamInput request, AwsRequestContext context)
    {
        var name = request.StreamName!;
        var mode = request.StreamModeDetails?.StreamMode ?? "PROVISIONED";
        var shardCount = request.ShardCount ?? (mode == "ON_DEMAND" ? 4 : throw KinesisErrors.InvalidArgument("ShardCount is required for PROVISIONED streams."));
        if (mode == "ON_DEMAND" && request.ShardCount is not null)
            throw KinesisErrors.InvalidArgument("ShardCount must not be specified for ON_DEMAND streams.");
        quotas.RequireShardRoom(context, shardCount);
        if (mode == "ON_DEMAND") quotas.RequireOnDemandRoom(context);
        if (request.Tags is { } tags) StreamTags.CheckInitial(tags, StreamTags.OfStream(name, context.AccountId), "stream");

        var stream = new KinesisStream(context.AccountId, context.Region, name, clock.GetUtcNow(), new StreamSettings
        {
            Mode = mode,
            MaxRecordSizeKiB = request.MaxRecordSizeInKiB ?? 1024,
            WarmThroughputMiBps = request.WarmThroughputMiBps,
        }, request.Tags, status.Initial, shardCount, journal);
        if (!store.TryAdd(stream))
            throw KinesisErrors.ResourceInUse($"Stream {name} under account {context.AccountId} already exists.");
        stream.Persist();
        status.Created(stream);
        return EmptyResult.Instance;
    }

    private EmptyResult DeleteStream(DeleteStreamInput request, AwsRequestContext context)
    {
        var stream = locator.Authorized(request.StreamName, request.StreamARN, context);
        if (request.EnforceConsumerDeletion != true && !stream.Consumers.IsEmpty)
            throw KinesisErrors.ResourceInUse($"Stream {stream.Name} under account {stream.AccountId} has registered consumers.");
        status.Delete(stream, () =>
        {
            if (store.Remove(stream)) ReleasedMemory.Dropped(stream.StoredBytes);
            stream.Deleted();
        });
        return EmptyResult.Instance;
    }

    private DescribeStreamOutput DescribeStream(DescribeStreamInput request, AwsRequestContext context)
    {
        var stream = locator.Authorized(request.StreamName, request.StreamARN, context);
        var limit = Math.Min(request.Limit ?? PageSize, PageSize);
        var shards = Visible(stream).SkipWhile(s => request.ExclusiveStartShardId is { } after && string.CompareOrdinal(s.Id, after) <= 0).ToList();
        return new DescribeStreamOutput
        {
            StreamDescription = new StreamDescription
            {
                StreamName = stream.Name,
                StreamARN = stream.Arn,
                StreamStatus = stream.Status,
                StreamModeDetails = StreamViews.Mode(stream),
                Shards = shards.Take(limit).Select(StreamViews.Describe).ToList(),
                HasMoreShards = shards.Count > limit,
                RetentionPeriodHours = stream.Settings.RetentionHours,
                StreamCreationTimestamp = stream.CreatedAt,
                EnhancedMonitoring = StreamViews.Monitoring(stream),
                EncryptionType = stream.Settings.EncryptionType,
                KeyId = stream.Settings.KeyId,
            },
        };
    }

    /// <summary>The shards a stream still shows: open ones, and closed ones whose records retention has not yet removed.</summary>
    private IEnumerable<StreamShard> Visible(KinesisStream stream)
    {
        stream.ForgetExpiredShards(clock.GetUtcNow() - TimeSpan.FromHours(stream.Settings.RetentionHours));
        return stream.Shards;
    }

    private DescribeStreamSummaryOutput DescribeStreamSummary(DescribeStreamSummaryInput request, AwsRequestContext context)
    {
        var stream = locator.Authorized(request.StreamName, request.StreamARN, context);
        return new DescribeStreamSummaryOutput
        {
            StreamDescriptionSummary = new StreamDescriptionSummary
            {
                StreamName = stream.Name,
                StreamARN = stream.Arn,
                StreamStatus = stream.Status,
                StreamModeDetails = StreamViews.Mode(stream),
                RetentionPeriodHours = stream.Settings.RetentionHours,
                StreamCreationTimestamp = stream.CreatedAt,
                EnhancedMonitoring = StreamViews.Monitoring(stream),
                EncryptionType = stream.Settings.EncryptionType,
                KeyId = stream.Settings.KeyId,
                OpenShardCount = stream.OpenShards.Count,
                ConsumerCount = stream.Consumers.Count,
                MaxRecordSizeInKiB = stream.Settings.MaxRecordSizeKiB,
                WarmThroughput = stream.Settings.WarmThroughputMiBps is { } warm
                    ? new WarmThroughputObject { TargetMiBps = warm, CurrentMiBps = warm }
                    : null,
            },
        };
    }

    private ListStreamsOutput ListStreams(ListStreamsInput request, AwsRequestContext context)
    {
        var limit = Math.Min(request.Limit ?? PageSize, PageSize);
        var after = request.NextToken is { } token ? StreamPaging.Decode(token, clock.GetUtcNow()) : request.ExclusiveStartStreamName;
        var names = store.In(context.AccountId, context.Region)
            .Where(s => after is null || string.CompareOrdinal(s.Name, after) > 0)
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        var page = names.Take(limit).ToList();
        var more = names.Count > limit;
        return new ListStreamsOutput
        {
            StreamNames = page.Select(s => s.Name).ToList(),
            HasMoreStreams = more,
            NextToken = more ? StreamPaging.Encode(page[^1].Name, clock.GetUtcNow()) : null,
            StreamSummaries = page.Select(s => new StreamSummary
            {
                StreamName = s.Name, StreamARN = s.Arn, StreamStatus = s.Status, StreamModeDetails = StreamViews.Mode(s), StreamCreationTimestamp = s.CreatedAt,
            }).ToList(),
        };
    }

    private DescribeLimitsOutput DescribeLimits(DescribeLimitsInput request, AwsRequestContext context) => new()
    {
        ShardLimit = limits.ShardLimit,
        OpenShardCount = quotas.OpenShards(context),
        OnDemandStreamCount = quotas.OnDemandStreams(context),
        OnDemandStreamCountLimit = limits.OnDemandStreamCountLimit,
    };
}
