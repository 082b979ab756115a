using Emulator.Protocol.Routing;
using Emulator.Sqs.Queues;
using Emulator.Sqs.Shapes;

namespace Emulator.Sqs.Operations;

/// <summary>TagQueue, UntagQueue and ListQueueTags.</summary>
public sealed class TagOperations(QueueLocator locator) : ISqsOperations
{
    public void Register(OperationRegistry registry)
    {
        registry.Add<TagQueueRequest, EmptyResult>(SqsService.Sqs, "TagQueue", TagQueue);
        registry.Add<UntagQueueRequest, EmptyResult>(SqsService.Sqs, "UntagQueue", UntagQueue);
        registry.Add<QueueUrlRequest, ListQueueTagsResult>(SqsService.Sqs, "ListQueueTags", ListQueueTags);
    }

    private EmptyResult TagQueue(TagQueueRequest request, AwsRequestContext context)
    {
        var queue = locator.Resolve(request.QueueUrl, context);
        var existing = queue.Tags;
        QueueTags.Check(request.Tags!, existing.Keys.Count(k => !request.Tags!.ContainsKey(k)));
        queue.Tag(request.Tags!);
        return EmptyResult.Instance;
    }

    private EmptyResult UntagQueue(UntagQueueRequest request, AwsRequestContext context)
    {
        locator.Resolve(request.QueueUrl, context).Untag(request.TagKeys!);
        return EmptyResult.Instance;
    }

    private ListQueueTagsResult ListQueueTags(QueueUrlRequest request, AwsRequestContext context)
    {
        var tags = locator.Resolve(request.QueueUrl, context).Tags;
        return new ListQueueTagsResult { Tags = tags.Count == 0 ? null : new Dictionary<string, string>(tags) };
    }
}
