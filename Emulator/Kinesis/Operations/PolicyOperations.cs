using Emulator.Kinesis.Shapes;
using Emulator.Kinesis.Streams;

namespace Emulator.Kinesis.Operations;

/// <summary>Resource policies on streams and registered consumers, which <see cref="StreamAccess"/> enforces.</summary>
public sealed class PolicyOperations(StreamLocator locator) : IOperationGroup
{
    public void Register(OperationRegistry registry)
    {
        registry.Add<PutResourcePolicyInput, EmptyResult>(KinesisService.Kinesis, "PutResourcePolicy", (r, c) =>
        {
            var resource = Resource(r.ResourceARN!, c);
            if (r.Policy is null || PolicyJson.ReadObject(r.Policy) is null)
                throw KinesisErrors.InvalidArgument("Policy must be a valid JSON policy document.");
            resource.SetPolicy(r.Policy);
            return EmptyResult.Instance;
        });
        registry.Add<GetResourcePolicyInput, GetResourcePolicyOutput>(KinesisService.Kinesis, "GetResourcePolicy",
            (r, c) => new GetResourcePolicyOutput { Policy = Resource(r.ResourceARN!, c).Policy ?? "{}" });
        registry.Add<DeleteResourcePolicyInput, EmptyResult>(KinesisService.Kinesis, "DeleteResourcePolicy", (r, c) =>
        {
            var resource = Resource(r.ResourceARN!, c);
            if (resource.Policy is null)
                throw KinesisErrors.ResourceNotFound($"No resource policy found for resource ARN {resource.Arn}.");
            resource.SetPolicy(null);
            return EmptyResult.Instance;
        });
    }

    private StreamResource Resource(string arn, AwsRequestContext context) => StreamResource.Find(locator, arn, context);
}
