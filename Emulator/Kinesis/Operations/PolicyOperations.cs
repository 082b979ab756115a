using Emulator.Common;
using Emulator.Kinesis.Shapes;
using Emulator.Kinesis.Streams;
using Emulator.Protocol.Routing;

namespace Emulator.Kinesis.Operations;

/// <summary>Resource policies on streams: stored and returned, not enforced.</summary>
public sealed class PolicyOperations(StreamLocator locator) : IKinesisOperations
{
    public void Register(OperationRegistry registry)
    {
        registry.Add<PutResourcePolicyInput, EmptyResult>(KinesisService.Kinesis, "PutResourcePolicy", (r, c) =>
        {
            var stream = Resource(r.ResourceARN, c);
            if (r.Policy is null || PolicyJson.ReadObject(r.Policy) is null)
                throw KinesisErrors.InvalidArgument("Policy must be a valid JSON policy document.");
            stream.ResourcePolicy = r.Policy;
            return EmptyResult.Instance;
        });
        registry.Add<GetResourcePolicyInput, GetResourcePolicyOutput>(KinesisService.Kinesis, "GetResourcePolicy",
            (r, c) => new GetResourcePolicyOutput { Policy = Resource(r.ResourceARN, c).ResourcePolicy ?? "{}" });
        registry.Add<DeleteResourcePolicyInput, EmptyResult>(KinesisService.Kinesis, "DeleteResourcePolicy", (r, c) =>
        {
            var stream = Resource(r.ResourceARN, c);
            if (stream.ResourcePolicy is null)
                throw KinesisErrors.ResourceNotFound($"No resource policy found for resource ARN {stream.Arn}.");
            stream.ResourcePolicy = null;
            return EmptyResult.Instance;
        });
    }

    private KinesisStream Resource(string? arn, AwsRequestContext context) =>
        locator.Resolve(null, arn ?? throw KinesisErrors.Constraint(null, "resourceARN", "Member must not be null"), context);
}
