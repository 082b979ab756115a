using Emulator.Protocol.Errors;

namespace Emulator.Kinesis.Streams;

/// <summary>
/// Where a reader starts in a shard, for GetShardIterator and SubscribeToShard alike: TRIM_HORIZON, LATEST,
/// AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER or AT_TIMESTAMP, with AWS's errors.
/// </summary>
public static class ShardPositions
{
    public static StreamShard Find(KinesisStream stream, string shardId) =>
        !ShardIds.TryNormalize(shardId, out var id)
            ? throw KinesisErrors.ResourceNotFound($"Could not find shard {shardId} in stream {stream.Name} under account {stream.AccountId}.")
            : stream.Shard(id) ?? throw KinesisErrors.ResourceNotFound($"Shard {id} in stream {stream.Name} under account {stream.AccountId} does not exist");

    /// <param name="type">One of the model's ShardIteratorType values, which the request's constraints have checked.</param>
    public static long Resolve(KinesisStream stream, StreamShard shard, string type, string? sequence, DateTimeOffset? timestamp) =>
        type switch
        {
            "TRIM_HORIZON" when sequence is null => shard.Start,
            "LATEST" when sequence is null => shard.End,
            "TRIM_HORIZON" or "LATEST" => throw WrongSequenceUse(type, "also a"),
            "AT_SEQUENCE_NUMBER" => shard.PositionOf(Sequence(stream, shard, type, sequence), after: false),
            "AFTER_SEQUENCE_NUMBER" => shard.PositionOf(Sequence(stream, shard, type, sequence), after: true),
            "AT_TIMESTAMP" => shard.PositionAt(timestamp
                ?? throw KinesisErrors.InvalidArgument("Must specify timestampInMillis parameter for iterator of type AT_TIMESTAMP. Current request has no timestamp parameter.")),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a shard iterator type."),
        };

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
