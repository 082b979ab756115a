using Emulator.Sqs.Queues;
using Emulator.Sqs.Shapes;

namespace Emulator.Sqs.Operations;

/// <summary>TagQueue, UntagQueue and ListQueueTags.</summary>
public sealed class TagOperations(QueueLocator locator) : IOperationGroup
{
    public void Register(OperationRegistry registry)
    {
        registry.Add<TagQueueRequest, EmptyResult>(SqsService.Sqs, "TagQueue", TagQueue);
        registry.Add<UntagQueueRequest, EmptyResult>(SqsService.Sqs, "UntagQueue", UntagQueue);
        registry.Add<ListQueueTagsRequest, ListQueueTagsResult>(SqsService.Sqs, "ListQueueTags", ListQueueTags);
    }

    private EmptyResult TagQueue(TagQueueRequest request, AwsRequestContext context)
    {
        var queue = locator.Resolve(request.QueueUrl, context);
        if (request.Tags!.Count == 0) throw CommonErrors.MissingParameter("Tags");
        QueueTags.CheckEach(request.Tags);
        queue.Tag(request.Tags, merged => QueueTags.CheckCount(queue.Name, merged));
        return EmptyResult.Instance;
    }

    private EmptyResult UntagQueue(UntagQueueRequest request, AwsRequestContext context)
    {
        var queue = locator.Resolve(request.QueueUrl, context);
        QueueTags.CheckKeysToRemove(request.TagKeys!);
        queue.Untag(request.TagKeys!);
        return EmptyResult.Instance;
    }

    private ListQueueTagsResult ListQueueTags(ListQueueTagsRequest request, AwsRequestContext context)
    {
        var tags = locator.Resolve(request.QueueUrl, context).Tags;
        return new ListQueueTagsResult { Tags = tags.Count == 0 ? null : new Dictionary<string, string>(tags) };
    }
}
