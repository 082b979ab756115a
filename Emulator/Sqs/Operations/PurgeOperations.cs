using Emulator.Sqs.Queues;
using Emulator.Sqs.Shapes;

namespace Emulator.Sqs.Operations;

/// <summary>
/// PurgeQueue: every message goes at once. AWS allows one purge per queue every 60 seconds; the emulator enforces
/// that only with <see cref="SqsOptions.PurgeLimit"/>, since test suites purge between tests.
/// </summary>
public sealed class PurgeOperations(QueueLocator locator, SqsOptions options) : IOperationGroup
{
    public void Register(OperationRegistry registry) =>
        registry.Add<PurgeQueueRequest, EmptyResult>(SqsService.Sqs, "PurgeQueue", PurgeQueue);

    private EmptyResult PurgeQueue(PurgeQueueRequest request, AwsRequestContext context)
    {
        locator.Resolve(request.QueueUrl, context).Messages.Purge(options.PurgeLimit);
        return EmptyResult.Instance;
    }
}
