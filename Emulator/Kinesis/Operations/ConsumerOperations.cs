using System.Collections.Immutable;
using Emulator.Kinesis.Shapes;
using Emulator.Kinesis.Streams;

namespace Emulator.Kinesis.Operations;

/// <summary>Enhanced fan-out consumers: RegisterStreamConsumer, DescribeStreamConsumer, ListStreamConsumers, DeregisterStreamConsumer.</summary>
public sealed class ConsumerOperations(StreamLocator locator, StreamStatusChanges status, TimeProvider clock) : IOperationGroup
{
    public const int MaxConsumersPerStream = 20;

    public void Register(OperationRegistry registry)
    {
        registry.Add<RegisterStreamConsumerInput, RegisterStreamConsumerOutput>(KinesisService.Kinesis, "RegisterStreamConsumer", RegisterConsumer);
        registry.Add<DescribeStreamConsumerInput, DescribeStreamConsumerOutput>(KinesisService.Kinesis, "DescribeStreamConsumer", DescribeConsumer);
        registry.Add<ListStreamConsumersInput, ListStreamConsumersOutput>(KinesisService.Kinesis, "ListStreamConsumers", ListConsumers);
        registry.Add<DeregisterStreamConsumerInput, EmptyResult>(KinesisService.Kinesis, "DeregisterStreamConsumer", DeregisterConsumer);
    }

    private RegisterStreamConsumerOutput RegisterConsumer(RegisterStreamConsumerInput request, AwsRequestContext context)
    {
        var stream = Stream(request.StreamARN!, context);
        var name = request.ConsumerName!;
        var now = clock.GetUtcNow();
        var consumer = stream.AddConsumer(name, MaxConsumersPerStream, () =>
        {
            var created = new StreamConsumer(name, ConsumerArns.Of(stream, name, now), now, status.Initial);
            if (request.Tags is not { } tags) return created;
            StreamTags.CheckInitial(tags, StreamTags.OfConsumer(created), "consumer");
            return created with { Tags = tags.ToImmutableDictionary(StringComparer.Ordinal) };
        });
        status.Registered(stream, consumer);
        // AWS answers every registration with CREATING; clients wait for ACTIVE with DescribeStreamConsumer.
        return new RegisterStreamConsumerOutput { Consumer = View(consumer with { Status = StreamStatus.Creating }) };
    }

    private DescribeStreamConsumerOutput DescribeConsumer(DescribeStreamConsumerInput request, AwsRequestContext context)
    {
        var (stream, consumer) = Find(request.StreamARN, request.ConsumerName, request.ConsumerARN, context);
        return new DescribeStreamConsumerOutput
        {
            ConsumerDescription = new ConsumerDescription
            {
                ConsumerName = consumer.Name, ConsumerARN = consumer.Arn, ConsumerStatus = consumer.Status,
                ConsumerCreationTimestamp = consumer.CreatedAt, StreamARN = stream.Arn,
            },
        };
    }

    private ListStreamConsumersOutput ListConsumers(ListStreamConsumersInput request, AwsRequestContext context)
    {
        var stream = Stream(request.StreamARN!, context);
        // AWS answers at most 100 consumers a page, whatever MaxResults asks.
        var max = Math.Min(request.MaxResults ?? 100, 100);
        var after = request.NextToken is { } token ? StreamPaging.Decode(token, clock.GetUtcNow()) : null;
        var consumers = stream.Consumers.Values.OrderBy(c => c.Name, StringComparer.Ordinal)
            .Where(c => after is null || string.CompareOrdinal(c.Name, after) > 0).ToList();
        var page = consumers.Take(max).ToList();
        return new ListStreamConsumersOutput
        {
            Consumers = page.Select(View).ToList(),
            NextToken = consumers.Count > max ? StreamPaging.Encode(page[^1].Name, clock.GetUtcNow()) : null,
        };
    }

    private EmptyResult DeregisterConsumer(DeregisterStreamConsumerInput request, AwsRequestContext context)
    {
        var (stream, consumer) = Find(request.StreamARN, request.ConsumerName, request.ConsumerARN, context);
        status.Deregister(stream, consumer);
        return EmptyResult.Instance;
    }

    private KinesisStream Stream(string arn, AwsRequestContext context) => locator.Authorized(null, arn, context);

    /// <summary>
    /// A consumer by its ARN (<c>streamArn/consumer/name:created</c>), or by stream ARN and name, when the caller may
    /// perform the request's operation on it. Only a consumer named by its ARN is governed by its own policy: from
    /// another account, AWS asks for the consumer's ARN.
    /// </summary>
    private (KinesisStream, StreamConsumer) Find(string? streamArn, string? name, string? consumerArn, AwsRequestContext context)
    {
        if (consumerArn is null)
        {
            var owner = Stream(streamArn ?? throw KinesisErrors.Constraint(null, "streamARN", "Member must not be null"), context);
            return (owner, Registered(owner, name, null));
        }
        (streamArn, name) = ConsumerArns.Parse(consumerArn);
        var stream = locator.Resolve(null, streamArn, context);
        return (stream, StreamAccess.Authorize(Registered(stream, name, consumerArn), stream, context));
    }

    private static StreamConsumer Registered(KinesisStream stream, string? name, string? consumerArn) =>
        name is not null && stream.Consumers.TryGetValue(name, out var consumer) && (consumerArn is null || consumer.Arn == consumerArn)
            ? consumer
            : throw KinesisErrors.ResourceNotFound($"Consumer {name ?? consumerArn} under stream {stream.Name} not found for account {stream.AccountId}.");

    private static Consumer View(StreamConsumer consumer) => new()
    {
        ConsumerName = consumer.Name, ConsumerARN = consumer.Arn, ConsumerStatus = consumer.Status, ConsumerCreationTimestamp = consumer.CreatedAt,
    };
}
