namespace Emulator.Kinesis.Streams;

/// <summary>
/// Where a reader starts in a shard, for GetShardIterator and SubscribeToShard alike: TRIM_HORIZON, LATEST,
/// AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER or AT_TIMESTAMP, with AWS's errors.
/// </summary>
public static class ShardPositions
{
    public static StreamShard Find(KinesisStream stream, string shardId)
    {
        var id = ShardIds.Require(shardId, stream.Name, stream.AccountId);
        return stream.Shard(id) ?? throw Missing(id, stream.Name, stream.AccountId);
    }

    /// <summary>AWS's words for a shard id that names no shard of the stream, or of a stream that does not exist.</summary>
    public static AwsError Missing(string shardId, string streamName, string accountId) =>
        KinesisErrors.ResourceNotFound($"Shard {shardId} in stream {streamName} under account {accountId} does not exist");

    /// <param name="type">One of the model's ShardIteratorType values, which the request's constraints have checked.</param>
    public static long Resolve(KinesisStream stream, StreamShard shard, string type, string? sequence, DateTimeOffset? timestamp, DateTimeOffset now) =>
        type switch
        {
            "TRIM_HORIZON" when sequence is null => shard.Start,
            "LATEST" when sequence is null => shard.End,
            "TRIM_HORIZON" or "LATEST" => throw WrongSequenceUse(type, "also a"),
            "AT_SEQUENCE_NUMBER" => shard.PositionOf(Sequence(stream, shard, type, sequence), after: false),
            "AFTER_SEQUENCE_NUMBER" => shard.PositionOf(Sequence(stream, shard, type, sequence), after: true),
            "AT_TIMESTAMP" => shard.PositionAt(NotAfter(timestamp
                ?? throw KinesisErrors.InvalidArgument("Must specify timestampInMillis parameter for iterator of type AT_TIMESTAMP. Current request has no timestamp parameter."), now)),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a shard iterator type."),
        };

    private static DateTimeOffset NotAfter(DateTimeOffset timestamp, DateTimeOffset now) =>
        timestamp <= now
            ? timestamp
            : throw KinesisErrors.InvalidArgument(
                "The timestampInMillis parameter cannot be greater than the currentTimestampInMillis. " +
                $"timestampInMillis: {timestamp.ToUnixTimeMilliseconds()}, currentTimestampInMillis: {now.ToUnixTimeMilliseconds()}");

    private static UInt128 Sequence(KinesisStream stream, StreamShard shard, string type, string? text)
    {
        if (text is null) throw WrongSequenceUse(type, "no");
        // Sequence numbers are unique in the stream, so one that another shard holds is a reader's mix-up, which AWS names.
        var parsed = SequenceNumbers.TryParse(text, out var sequence);
        if (parsed && !shard.Holds(sequence) && stream.Shards.FirstOrDefault(other => other != shard && other.Holds(sequence)) is { } holder)
            throw KinesisErrors.InvalidArgument(
                $"Invalid StartingSequenceNumber. It encodes {holder.Id}, while it was used in a call to a shard with {shard.Id}");
        if (!parsed || sequence < shard.StartingSequence
            || (shard.EndingSequence is { } end && sequence > end))
            throw KinesisErrors.InvalidArgument(
                $"StartingSequenceNumber {text} used in GetShardIterator on shard {shard.Id} in stream {stream.Name} under account {stream.AccountId} is invalid.");
        return sequence;
    }

    private static AwsError WrongSequenceUse(string type, string given) => KinesisErrors.InvalidArgument(
        "Must either specify (1) AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER and StartingSequenceNumber or (2) TRIM_HORIZON or LATEST and " +
        $"no StartingSequenceNumber. Request specified {type} and {given} StartingSequenceNumber.");
}
