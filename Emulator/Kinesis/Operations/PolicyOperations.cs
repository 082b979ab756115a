using Emulator.Common;
using Emulator.Kinesis.Shapes;
using Emulator.Kinesis.Streams;
using Emulator.Protocol.Routing;

namespace Emulator.Kinesis.Operations;

/// <summary>Resource policies on streams and registered consumers, which <see cref="StreamAccess"/> enforces.</summary>
public sealed class PolicyOperations(StreamLocator locator) : IKinesisOperations
{
    public void Register(OperationRegistry registry)
    {
        registry.Add<PutResourcePolicyInput, EmptyResult>(KinesisService.Kinesis, "PutResourcePolicy", (r, c) =>
        {
            var resource = Resource(r.ResourceARN!, c, "PutResourcePolicy");
            if (r.Policy is null || PolicyJson.ReadObject(r.Policy) is null)
                throw KinesisErrors.InvalidArgument("Policy must be a valid JSON policy document.");
            resource.SetPolicy(r.Policy);
            return EmptyResult.Instance;
        });
        registry.Add<GetResourcePolicyInput, GetResourcePolicyOutput>(KinesisService.Kinesis, "GetResourcePolicy",
            (r, c) => new GetResourcePolicyOutput { Policy = Resource(r.ResourceARN!, c, "GetResourcePolicy").Policy ?? "{}" });
        registry.Add<DeleteResourcePolicyInput, EmptyResult>(KinesisService.Kinesis, "DeleteResourcePolicy", (r, c) =>
        {
            var resource = Resource(r.ResourceARN!, c, "DeleteResourcePolicy");
            if (resource.Policy is null)
                throw KinesisErrors.ResourceNotFound($"No resource policy found for resource ARN {resource.Arn}.");
            resource.SetPolicy(null);
            return EmptyResult.Instance;
        });
    }

    /// <summary>The stream or registered consumer a resource ARN names, once the caller may act on its policy.</summary>
    private PolicyHolder Resource(string arn, AwsRequestContext context, string action)
    {
        if (!arn.Contains("/consumer/", StringComparison.Ordinal))
            return new PolicyHolder(locator.Authorized(null, arn, context, action), null);
        var stream = locator.Resolve(null, ConsumerArns.Parse(arn).StreamArn, context);
        var consumer = stream.Consumers.Values.FirstOrDefault(c => c.Arn == arn)
                       ?? throw KinesisErrors.ResourceNotFound($"Consumer {arn} not found.");
        return new PolicyHolder(stream, StreamAccess.Authorize(consumer, stream, context, action));
    }

    /// <summary>A stream, or one of its consumers when <see cref="Consumer"/> is set: whichever carries the policy.</summary>
    private sealed record PolicyHolder(KinesisStream Stream, StreamConsumer? Consumer)
    {
        public string Arn => Consumer?.Arn ?? Stream.Arn;

        public string? Policy => Consumer is null ? Stream.ResourcePolicy : Consumer.ResourcePolicy;

        public void SetPolicy(string? policy)
        {
            if (Consumer is null)
            {
                Stream.ResourcePolicy = policy;
                return;
            }
            lock (Stream.SyncRoot)
            {
                // Re-read under the lock: the consumer may have been deregistered, or re-registered under a new ARN.
                if (Stream.Consumers.TryGetValue(Consumer.Name, out var current) && current.Arn == Consumer.Arn)
                    Stream.Consumers = Stream.Consumers.SetItem(Consumer.Name, current with { ResourcePolicy = policy });
            }
        }
    }
}
