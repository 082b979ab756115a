using Emulator.Kinesis.Shapes;
using Emulator.Kinesis.Streams;

namespace Emulator.Kinesis.Operations;

/// <summary>SubscribeToShard: enhanced fan-out, records pushed to a registered consumer over an event stream.</summary>
public sealed class SubscribeToShardOperation(StreamLocator locator, ShardSubscriptions subscriptions, TimeProvider clock) : IOperationGroup
{
    public void Register(OperationRegistry registry) =>
        registry.Add<SubscribeToShardInput, ShardEventStream>(KinesisService.Kinesis, "SubscribeToShard", Subscribe);

    private ShardEventStream Subscribe(SubscribeToShardInput request, AwsRequestContext context)
    {
        var consumerArn = request.ConsumerARN!;
        var stream = locator.Resolve(null, ConsumerArns.Parse(consumerArn).StreamArn, context);
        var consumer = stream.Consumers.Values.FirstOrDefault(c => c.Arn == consumerArn)
                       ?? throw KinesisErrors.ResourceNotFound($"Consumer {consumerArn} not found.");
        StreamAccess.Authorize(consumer, stream, context);
        StreamStatusChanges.RequireActive(consumer);
        var shard = ShardPositions.Find(stream, request.ShardId!);
        var start = request.StartingPosition!;
        var position = ShardPositions.Resolve(stream, shard, start.Type!, start.SequenceNumber, start.Timestamp, clock.GetUtcNow());
        var subscription = subscriptions.TryHold(consumerArn, shard.Id)
                           ?? throw KinesisErrors.ResourceInUse($"Another active subscription exists for this consumer: {consumerArn} on shard {shard.Id}.");
        return new ShardEventStream(stream, shard, position, consumerArn, subscription, clock, context.Stopping);
    }
}
