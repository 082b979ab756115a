using System.Text;
using Emulator.Kinesis.Shapes;
using Emulator.Kinesis.Streams;

namespace Emulator.Kinesis.Operations;

/// <summary>PutRecord, PutRecords, GetShardIterator and GetRecords.</summary>
public sealed class RecordOperations(KinesisStore store, StreamLocator locator, KinesisLimits limits, TimeProvider clock) : IOperationGroup
{
    public const int MaxGetRecords = 10_000;
    public const long MaxGetBytes = 10L * 1024 * 1024;
    public const long MaxPutRecordsBytes = 5L * 1024 * 1024;

    public void Register(OperationRegistry registry)
    {
        registry.Add<PutRecordInput, PutRecordOutput>(KinesisService.Kinesis, "PutRecord", PutRecord);
        registry.Add<PutRecordsInput, PutRecordsOutput>(KinesisService.Kinesis, "PutRecords", PutRecords);
        registry.Add<GetShardIteratorInput, GetShardIteratorOutput>(KinesisService.Kinesis, "GetShardIterator", GetShardIterator);
        registry.Add<GetRecordsInput, GetRecordsOutput>(KinesisService.Kinesis, "GetRecords", GetRecords);
    }

    private PutRecordOutput PutRecord(PutRecordInput request, AwsRequestContext context)
    {
        var stream = Writable(locator.Authorized(request.StreamName, request.StreamARN, context));
        CheckOrdering(stream, request.SequenceNumberForOrdering);
        var (shard, sequence) = Put(stream, request.Data!, request.PartitionKey!, request.ExplicitHashKey);
        if (sequence is null) throw KinesisErrors.ThroughputExceeded(shard, stream);
        return new PutRecordOutput
        {
            ShardId = shard.Id,
            SequenceNumber = SequenceNumbers.Format(sequence.Value),
            EncryptionType = stream.Settings.EncryptionType == "NONE" ? null : stream.Settings.EncryptionType,
        };
    }

    private PutRecordsOutput PutRecords(PutRecordsInput request, AwsRequestContext context)
    {
        var stream = Writable(locator.Authorized(request.StreamName, request.StreamARN, context));
        var entries = request.Records!;
        var total = 0L;
        for (var i = 0; i < entries.Count; i++) total += Check(stream, entries[i].Data!, entries[i].PartitionKey!, entries[i].ExplicitHashKey, i + 1);
        // 5 MiB, as AWS answers streams of the default record size; a stream of larger records takes one in a request.
        var requestLimit = Math.Max(MaxPutRecordsBytes, stream.Settings.MaxRecordSizeKiB * 1024L);
        if (total > requestLimit) throw KinesisErrors.InvalidArgument($"Records size exceeds {requestLimit / (1024 * 1024)} MB limit");
        // Records are appended one shard at a time, each shard's in request order under one hold of its lock.
        var now = clock.GetUtcNow();
        var placed = new (StreamShard Shard, UInt128? Sequence)[entries.Count];
        var hashKeys = new UInt128[entries.Count];
        var groups = new Dictionary<StreamShard, List<int>>();
        for (var i = 0; i < entries.Count; i++)
        {
            hashKeys[i] = HashKeyOf(entries[i].PartitionKey!, entries[i].ExplicitHashKey);
            var shard = stream.Route(hashKeys[i]);
            placed[i] = (shard, null);
            if (!WithinQuota(shard, Incoming(entries[i]), now)) continue;
            if (!groups.TryGetValue(shard, out var group)) groups[shard] = group = [];
            group.Add(i);
        }
        foreach (var (shard, group) in groups) AppendGroup(stream, shard, group, entries, hashKeys, placed, now);
        var results = new List<PutRecordsResultEntry>(entries.Count);
        var failed = 0;
        foreach (var (shard, sequence) in placed)
        {
            if (sequence is null)
            {
                failed++;
                results.Add(new PutRecordsResultEntry { ErrorCode = KinesisErrors.ThroughputExceededCode, ErrorMessage = KinesisErrors.RateExceeded(shard, stream) });
            }
            else
            {
                results.Add(new PutRecordsResultEntry { ShardId = shard.Id, SequenceNumber = SequenceNumbers.Format(sequence.Value) });
            }
        }
        return new PutRecordsOutput
        {
            FailedRecordCount = failed,
            Records = results,
            EncryptionType = stream.Settings.EncryptionType == "NONE" ? null : stream.Settings.EncryptionType,
        };
    }

    /// <summary>Records can be written while a stream is ACTIVE or UPDATING.</summary>
    private static KinesisStream Writable(KinesisStream stream) =>
        stream.Status is StreamStatus.Active or StreamStatus.Updating
            ? stream
            : throw KinesisErrors.ResourceNotFound($"Stream {stream.Name} under account {stream.AccountId} not found.");

    /// <summary>
    /// Checks then stores one record. The sequence number is null when the shard's write quota refused the record.
    /// </summary>
    private (StreamShard Shard, UInt128? Sequence) Put(KinesisStream stream, byte[] data, string partitionKey, string? explicitHashKey)
    {
        Check(stream, data, partitionKey, explicitHashKey, 0);
        return Append(stream, HashKeyOf(partitionKey, explicitHashKey), new IncomingRecord(data, partitionKey), clock.GetUtcNow());
    }

    /// <summary>
    /// A record's SequenceNumberForOrdering may be any sequence number up to the stream's newest, whichever shard or
    /// stream gave it out (AWS takes numbers of other streams too); a later one has not been given out yet. Every
    /// later record of the stream gets a greater number, which is the ordering the parameter asks for.
    /// </summary>
    private static void CheckOrdering(KinesisStream stream, string? sequenceNumberForOrdering)
    {
        if (sequenceNumberForOrdering is null) return;
        if (SequenceNumbers.IsAfter(sequenceNumberForOrdering, stream.CurrentSequence()))
            throw KinesisErrors.InvalidArgument(
                $"ExclusiveMinimumSequenceNumber {sequenceNumberForOrdering} used in PutRecord on stream {stream.Name} under account {stream.AccountId} is invalid.");
    }

    /// <summary>
    /// Appends one shard's records of a PutRecords request, all under one hold of its lock; when a reshard closed the
    /// shard meanwhile, each is stored on its own in the shard that now covers it.
    /// </summary>
    private void AppendGroup(KinesisStream stream, StreamShard shard, List<int> group, List<PutRecordsRequestEntry> entries, UInt128[] hashKeys,
        (StreamShard Shard, UInt128? Sequence)[] placed, DateTimeOffset now)
    {
        var records = new IncomingRecord[group.Count];
        for (var i = 0; i < group.Count; i++) records[i] = Incoming(entries[group[i]]);
        var sequences = new UInt128[group.Count];
        if (shard.TryAppend(records, sequences, now, stream))
        {
            for (var i = 0; i < group.Count; i++) placed[group[i]] = (shard, sequences[i]);
            return;
        }
        for (var i = 0; i < group.Count; i++) placed[group[i]] = Append(stream, hashKeys[group[i]], records[i], now);
    }

    /// <summary>
    /// Stores one record in the open shard that covers <paramref name="hashKey"/>, routing again when a reshard closes
    /// that shard under it. The sequence number is null when the shard's write quota refused the record.
    /// </summary>
    private (StreamShard Shard, UInt128? Sequence) Append(KinesisStream stream, UInt128 hashKey, IncomingRecord record, DateTimeOffset now)
    {
        Span<UInt128> sequence = stackalloc UInt128[1];
        while (true)
        {
            var shard = stream.Route(hashKey);
            if (!WithinQuota(shard, record, now)) return (shard, null);
            if (shard.TryAppend([record], sequence, now, stream)) return (shard, sequence[0]);
            Thread.Yield();
        }
    }

    private bool WithinQuota(StreamShard shard, IncomingRecord record, DateTimeOffset now) =>
        !limits.EnforceThroughput || shard.Throughput.TryWrite(record.Data.Length + Encoding.UTF8.GetByteCount(record.PartitionKey), now);

    private static UInt128 HashKeyOf(string partitionKey, string? explicitHashKey) =>
        explicitHashKey is not null && HashKeys.TryParse(explicitHashKey, out var explicitKey) ? explicitKey : HashKeys.Of(partitionKey);

    private static IncomingRecord Incoming(PutRecordsRequestEntry entry) => new(entry.Data!, entry.PartitionKey!);

    /// <summary>
    /// What the model cannot say about a record: its stream's size limit, and the range of hash keys; answers the
    /// record's size (data and partition key). <paramref name="index"/> is its 1-based place in a PutRecords request,
    /// 0 for PutRecord.
    /// </summary>
    private static long Check(KinesisStream stream, byte[] data, string partitionKey, string? explicitHashKey, int index)
    {
        var limit = stream.Settings.MaxRecordSizeKiB * 1024;
        var size = data.Length + Encoding.UTF8.GetByteCount(partitionKey);
        if (size > limit)
            throw KinesisErrors.Constraint(data, index == 0 ? "data" : $"records.{index}.member.data",
                $"Member must have length less than or equal to {limit}");
        if (explicitHashKey is not null && !HashKeys.TryParse(explicitHashKey, out _))
            throw KinesisErrors.InvalidArgument(
                $"Invalid ExplicitHashKey. ExplicitHashKey must be in the range: [0, 2^128-1]. Specified value was {explicitHashKey}");
        return size;
    }

    private GetShardIteratorOutput GetShardIterator(GetShardIteratorInput request, AwsRequestContext context)
    {
        var named = StreamLocator.Named(request.StreamName, request.StreamARN, context);
        var shardId = ShardIds.Require(request.ShardId!, named.Name, named.AccountId);
        // AWS words a shard of a stream that does not exist as a missing shard, not a missing stream.
        var stream = StreamAccess.Authorize(
            locator.Find(named) ?? throw ShardPositions.Missing(shardId, named.Name, named.AccountId), context);
        var shard = ShardPositions.Find(stream, shardId);
        var now = clock.GetUtcNow();
        shard.Trim(now - TimeSpan.FromHours(stream.Settings.RetentionHours), stream);
        var position = ShardPositions.Resolve(stream, shard, request.ShardIteratorType!, request.StartingSequenceNumber, request.Timestamp, now);
        return new GetShardIteratorOutput { ShardIterator = ShardIterators.Encode(stream, shard, position, now) };
    }

    private GetRecordsOutput GetRecords(GetRecordsInput request, AwsRequestContext context)
    {
        var limit = request.Limit ?? MaxGetRecords;
        var position = ShardIterators.Decode(request.ShardIterator);
        var now = clock.GetUtcNow();
        var issued = new DateTimeOffset(position.IssuedTicks, TimeSpan.Zero);
        if (now - issued > ShardIterators.Lifetime)
            throw KinesisErrors.ExpiredIterator(
                $"Iterator expired. The iterator was created at time {issued:ddd MMM dd HH:mm:ss UTC yyyy} while right now it is {now:ddd MMM dd HH:mm:ss UTC yyyy} which is further in the future than the tolerated delay of 300000 milliseconds.");
        var stream = store.Find(position.AccountId, position.Region, position.StreamName);
        // AWS words an iterator of a deleted stream as a missing shard.
        if (stream is null || stream.CreatedAt.UtcTicks != position.StreamCreatedTicks)
            throw KinesisErrors.ResourceNotFound($"Shard {position.ShardId} in stream {position.StreamName} under account {position.AccountId} does not exist");
        // The iterator names the stream's account; the caller's is the request's.
        StreamAccess.Authorize(stream, context);
        if (request.StreamARN is { } arn && arn != stream.Arn)
            throw KinesisErrors.InvalidArgument($"The shard iterator is not for stream {arn}.");
        var shard = ShardPositions.Find(stream, position.ShardId);
        shard.Trim(now - TimeSpan.FromHours(stream.Settings.RetentionHours), stream);
        if (limits.EnforceThroughput && !shard.Throughput.TryRead(now)) throw KinesisErrors.ThroughputExceeded(shard, stream);

        var (records, next) = shard.Read(position.Offset, limit, MaxGetBytes, record => StreamViews.Record(stream, record));
        if (limits.EnforceThroughput) shard.Throughput.Read(records.Sum(r => (long)r.Data!.Value.Length), now);
        var end = shard.End;
        var finished = !shard.IsOpen && next >= end;
        return new GetRecordsOutput
        {
            Records = records,
            NextShardIterator = finished ? null : ShardIterators.Encode(stream, shard, next, now),
            MillisBehindLatest = StreamViews.MillisBehindLatest(records, next, end, now),
            ChildShards = finished ? StreamViews.Children(stream, shard) : null,
        };
    }
}
