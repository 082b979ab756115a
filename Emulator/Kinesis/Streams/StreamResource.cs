using System.Collections.Immutable;

namespace Emulator.Kinesis.Streams;

/// <summary>
/// What a Kinesis resource ARN names: a stream, or one of its registered consumers when <see cref="Consumer"/> is set.
/// Both carry a resource policy and tags.
/// </summary>
public sealed record StreamResource(KinesisStream Stream, StreamConsumer? Consumer)
{
    public string Arn => Consumer?.Arn ?? Stream.Arn;

    public string? Policy => Consumer is null ? Stream.ResourcePolicy : Consumer.ResourcePolicy;

    public ImmutableDictionary<string, string> Tags => Consumer is null ? Stream.Tags : Consumer.Tags;

    /// <summary>How tag errors name the resource, and what kind of resource it is.</summary>
    public string Description => Consumer is null ? StreamTags.OfStream(Stream.Name, Stream.AccountId) : StreamTags.OfConsumer(Consumer);

    public string Kind => Consumer is null ? "stream" : "consumer";

    /// <summary>The stream or registered consumer <paramref name="arn"/> names, once the caller may perform the request's operation on it.</summary>
    public static StreamResource Find(StreamLocator locator, string arn, AwsRequestContext context)
    {
        if (!arn.Contains("/consumer/", StringComparison.Ordinal))
            return new StreamResource(locator.Authorized(null, arn, context), null);
        var stream = locator.Resolve(null, ConsumerArns.Parse(arn).StreamArn, context);
        var consumer = stream.Consumers.Values.FirstOrDefault(c => c.Arn == arn)
                       ?? throw KinesisErrors.ResourceNotFound($"Consumer {arn} not found.");
        return new StreamResource(stream, StreamAccess.Authorize(consumer, stream, context));
    }

    public void SetPolicy(string? policy)
    {
        if (Consumer is null) Stream.SetResourcePolicy(policy);
        else Stream.ChangeConsumer(Consumer, current => current with { ResourcePolicy = policy });
    }

    /// <summary>Changes the stream's or the consumer's tags, as <see cref="KinesisStream.ChangeTags"/> does.</summary>
    public void ChangeTags(Func<ImmutableDictionary<string, string>, ImmutableDictionary<string, string>> change)
    {
        if (Consumer is null) Stream.ChangeTags(change);
        else Stream.ChangeConsumer(Consumer, current => current with { Tags = change(current.Tags) });
    }
}
