using Emulator.Sqs.Queues;
using Emulator.Sqs.Shapes;

namespace Emulator.Sqs.Operations;

/// <summary>CreateQueue, DeleteQueue, GetQueueUrl and ListQueues.</summary>
public sealed class QueueLifecycleOperations(
    SqsStore store, QueueLocator locator, QueueAccess access, QueueAttributeParser parser, TimeProvider clock, SqsOptions options) : IOperationGroup
{
    /// <summary>How long AWS keeps a deleted queue's name from being used again.</summary>
    private static readonly TimeSpan DeletedNameHold = TimeSpan.FromSeconds(60);

    public void Register(OperationRegistry registry)
    {
        registry.Add<CreateQueueRequest, CreateQueueResult>(SqsService.Sqs, "CreateQueue", CreateQueue);
        registry.Add<DeleteQueueRequest, EmptyResult>(SqsService.Sqs, "DeleteQueue", DeleteQueue);
        registry.Add<GetQueueUrlRequest, GetQueueUrlResult>(SqsService.Sqs, "GetQueueUrl", GetQueueUrl);
        registry.Add<ListQueuesRequest, ListQueuesResult>(SqsService.Sqs, "ListQueues", ListQueues);
    }

    private CreateQueueResult CreateQueue(CreateQueueRequest request, AwsRequestContext context)
    {
        var name = request.QueueName!;
        var attributes = request.Attributes ?? new Dictionary<string, string>();
        var tags = request.Tags ?? new Dictionary<string, string>();
        var isFifo = QueueTypes.IsFifo(attributes);
        QueueAttributeParser.CheckNames(attributes.Keys, isFifo);
        QueueTypes.CheckName(name, isFifo);
        var arn = new QueueArn(context.Region, context.AccountId, name);
        var settings = parser.Apply(new QueueSettings { FifoQueue = isFifo }, attributes, arn);
        QueueTags.CheckEach(tags);
        QueueTags.CheckCount(name, tags);

        var region = store.Region(context.AccountId, context.Region);
        if (region.ByName.TryGetValue(name, out var existing)) return Existing(existing, settings, attributes, context);
        if (options.DeleteRecentlyWait && region.DeletedAt.TryGetValue(name, out var deletedAt)
            && clock.GetUtcNow() - deletedAt < DeletedNameHold)
            throw SqsErrors.QueueDeletedRecently();

        var queue = new SqsQueue(context.AccountId, context.Region, name, settings, tags, clock, store.FindByArn, store.Journal);
        // Journaled before anyone can send to it, so that no message's record is committed ahead of its queue's.
        store.Journal.QueueSaved(queue);
        var stored = region.ByName.GetOrAdd(name, queue);
        if (stored != queue)
        {
            store.Journal.QueueSaved(stored);
            return Existing(stored, settings, attributes, context);
        }
        region.DeletedAt.TryRemove(name, out _);
        return new CreateQueueResult { QueueUrl = queue.UrlFor(context.BaseUrl) };
    }

    /// <summary>Creating a queue that exists answers its URL when every requested attribute has the same value.</summary>
    private static CreateQueueResult Existing(
        SqsQueue queue, QueueSettings wanted, IReadOnlyDictionary<string, string> attributes, AwsRequestContext context)
    {
        var current = queue.Settings;
        foreach (var name in QueueAttributeNames.SettableInOrder)
            if (attributes.ContainsKey(name) && QueueAttributeWriter.Text(current, name) != QueueAttributeWriter.Text(wanted, name))
                throw SqsErrors.QueueNameExists(name);
        return new CreateQueueResult { QueueUrl = queue.UrlFor(context.BaseUrl) };
    }

    private EmptyResult DeleteQueue(DeleteQueueRequest request, AwsRequestContext context)
    {
        var queue = locator.Resolve(request.QueueUrl, context);
        var region = store.Region(queue.AccountId, queue.Region);
        if (region.ByName.TryRemove(new KeyValuePair<string, SqsQueue>(queue.Name, queue)))
        {
            region.DeletedAt[queue.Name] = clock.GetUtcNow();
            ReleasedMemory.Dropped(queue.Messages.Clear());
            store.Journal.QueueDeleted(queue);
        }
        return EmptyResult.Instance;
    }

    private GetQueueUrlResult GetQueueUrl(GetQueueUrlRequest request, AwsRequestContext context)
    {
        if (request.QueueName!.Length == 0)
            throw CommonErrors.InvalidParameterValue("Value for parameter QueueName is invalid. Reason: Must specify a queue name.");
        var account = string.IsNullOrEmpty(request.QueueOwnerAWSAccountId) ? context.AccountId : request.QueueOwnerAWSAccountId;
        var queue = store.Find(account, context.Region, request.QueueName) ?? throw SqsErrors.QueueDoesNotExist();
        access.Authorize(queue, context);
        return new GetQueueUrlResult { QueueUrl = queue.UrlFor(context.BaseUrl) };
    }

    private ListQueuesResult ListQueues(ListQueuesRequest request, AwsRequestContext context)
    {
        var prefix = request.QueueNamePrefix ?? "";
        var queues = store.Region(context.AccountId, context.Region).ByName.Values
            .Where(q => q.Name.StartsWith(prefix, StringComparison.Ordinal));
        var (page, next) = Pagination.Page(queues, q => q.Name, request.MaxResults, request.NextToken);
        return new ListQueuesResult
        {
            QueueUrls = page.Count == 0 ? null : page.Select(q => q.UrlFor(context.BaseUrl)).ToList(),
            NextToken = next,
        };
    }
}
