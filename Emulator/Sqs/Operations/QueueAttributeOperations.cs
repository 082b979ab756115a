using Emulator.Sqs.Queues;
using Emulator.Sqs.Shapes;

namespace Emulator.Sqs.Operations;

/// <summary>GetQueueAttributes, SetQueueAttributes and ListDeadLetterSourceQueues.</summary>
public sealed class QueueAttributeOperations(SqsStore store, QueueLocator locator, QueueAttributeParser parser, TimeProvider clock)
    : IOperationGroup
{
    public void Register(OperationRegistry registry)
    {
        registry.Add<GetQueueAttributesRequest, GetQueueAttributesResult>(SqsService.Sqs, "GetQueueAttributes", GetQueueAttributes);
        registry.Add<SetQueueAttributesRequest, EmptyResult>(SqsService.Sqs, "SetQueueAttributes", SetQueueAttributes);
        registry.Add<ListDeadLetterSourceQueuesRequest, ListDeadLetterSourceQueuesResult>(
            SqsService.Sqs, "ListDeadLetterSourceQueues", ListDeadLetterSourceQueues);
    }

    private GetQueueAttributesResult GetQueueAttributes(GetQueueAttributesRequest request, AwsRequestContext context)
    {
        var queue = locator.Resolve(request.QueueUrl, context);
        return new GetQueueAttributesResult { Attributes = QueueAttributeWriter.Write(queue, request.AttributeNames) };
    }

    private EmptyResult SetQueueAttributes(SetQueueAttributesRequest request, AwsRequestContext context)
    {
        if (request.Attributes is not { Count: > 0 } attributes) throw CommonErrors.MissingParameter("Attribute.Name");
        var queue = locator.Resolve(request.QueueUrl, context);
        queue.ChangeSettings(settings => parser.Apply(settings, attributes, QueueArn.Of(queue)), clock.GetUtcNow());
        return EmptyResult.Instance;
    }

    private ListDeadLetterSourceQueuesResult ListDeadLetterSourceQueues(ListDeadLetterSourceQueuesRequest request, AwsRequestContext context)
    {
        var queue = locator.Resolve(request.QueueUrl, context);
        var sources = store.Region(queue.AccountId, queue.Region).ByName.Values
            .Where(q => q.Settings.RedrivePolicy?.DeadLetterTargetArn == queue.Arn);
        var (page, next) = Pagination.Page(sources, q => q.Name, request.MaxResults, request.NextToken);
        return new ListDeadLetterSourceQueuesResult { QueueUrls = page.Select(q => q.UrlFor(context.BaseUrl)).ToList(), NextToken = next };
    }
}
