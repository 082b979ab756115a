using Emulator.Kinesis.Shapes;
using Emulator.Kinesis.Streams;
using Emulator.Protocol.Routing;

namespace Emulator.Kinesis.Operations;

/// <summary>SubscribeToShard: enhanced fan-out, records pushed to a registered consumer over an event stream.</summary>
public sealed class SubscribeToShardOperation(StreamLocator locator, ShardSubscriptions subscriptions, TimeProvider clock) : IKinesisOperations
{
    public void Register(OperationRegistry registry) =>
        registry.Add<SubscribeToShardInput, ShardEventStream>(KinesisService.Kinesis, "SubscribeToShard", Subscribe);

    private ShardEventStream Subscribe(SubscribeToShardInput request, AwsRequestContext context)
    {
        var consumerArn = request.ConsumerARN ?? throw KinesisErrors.Constraint(null, "consumerARN", "Member must not be null");
        var marker = consumerArn.IndexOf("/consumer/", StringComparison.Ordinal);
        if (marker < 0) throw KinesisErrors.InvalidArgument($"Invalid ConsumerARN {consumerArn}.");
        var stream = locator.Resolve(null, consumerArn[..marker], context);
        if (!stream.Consumers.Values.Any(c => c.Arn == consumerArn))
            throw KinesisErrors.ResourceNotFound($"Consumer {consumerArn} not found.");
        var shard = stream.Shard(request.ShardId ?? throw KinesisErrors.Constraint(null, "shardId", "Member must not be null"))
                    ?? throw KinesisErrors.ResourceNotFound($"Shard {request.ShardId} in stream {stream.Name} under account {stream.AccountId} does not exist");
        var start = request.StartingPosition ?? throw KinesisErrors.Constraint(null, "startingPosition", "Member must not be null");
        var position = start.Type switch
        {
            "TRIM_HORIZON" => shard.Start,
            "LATEST" => shard.End,
            "AT_SEQUENCE_NUMBER" or "AFTER_SEQUENCE_NUMBER" => SequenceNumbers.TryParse(start.SequenceNumber, out var sequence)
                ? shard.PositionOf(sequence, after: start.Type == "AFTER_SEQUENCE_NUMBER")
                : throw KinesisErrors.InvalidArgument($"Invalid StartingSequenceNumber {start.SequenceNumber}."),
            "AT_TIMESTAMP" => shard.PositionAt(start.Timestamp ?? throw KinesisErrors.InvalidArgument("Timestamp is required for AT_TIMESTAMP.")),
            _ => throw KinesisErrors.Constraint(start.Type, "startingPosition.type",
                "Member must satisfy enum value set: [AFTER_SEQUENCE_NUMBER, AT_SEQUENCE_NUMBER, AT_TIMESTAMP, TRIM_HORIZON, LATEST]"),
        };
        if (!subscriptions.TryHold(consumerArn, shard.Id))
            throw KinesisErrors.ResourceInUse($"Another active subscription exists for this consumer: {consumerArn} on shard {shard.Id}.");
        return new ShardEventStream(stream, shard, position, consumerArn, subscriptions, context.Protocol, clock);
    }
}
