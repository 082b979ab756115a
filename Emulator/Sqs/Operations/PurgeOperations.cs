using Emulator.Protocol.Routing;
using Emulator.Sqs.Queues;
using Emulator.Sqs.Shapes;

namespace Emulator.Sqs.Operations;

/// <summary>PurgeQueue: every message goes at once; another purge of the same queue must wait 60 seconds.</summary>
public sealed class PurgeOperations(QueueLocator locator) : ISqsOperations
{
    public void Register(OperationRegistry registry) =>
        registry.Add<PurgeQueueRequest, EmptyResult>(SqsService.Sqs, "PurgeQueue", PurgeQueue);

    private EmptyResult PurgeQueue(PurgeQueueRequest request, AwsRequestContext context)
    {
        locator.Resolve(request.QueueUrl, context).Messages.Purge();
        return EmptyResult.Instance;
    }
}
