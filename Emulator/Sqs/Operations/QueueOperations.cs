using Emulator.Hosting;
using Emulator.Protocol.Errors;
using Emulator.Protocol.Routing;
using Emulator.Sqs.Queues;
using Emulator.Sqs.Shapes;
using Emulator.Sqs.Validation;

namespace Emulator.Sqs.Operations;

/// <summary>CreateQueue, DeleteQueue, GetQueueUrl, ListQueues and the queue attributes.</summary>
public sealed class QueueOperations(
    SqsStore store, QueueLocator locator, QueueAttributeParser attributes, TimeProvider clock, EmulatorOptions options) : ISqsOperations
{
    private static readonly TimeSpan DeletedNameHold = TimeSpan.FromSeconds(60);

    public void Register(OperationRegistry registry)
    {
        registry.Add<CreateQueueRequest, QueueUrlResult>(SqsService.Sqs, "CreateQueue", CreateQueue);
        registry.Add<QueueUrlRequest, EmptyResult>(SqsService.Sqs, "DeleteQueue", DeleteQueue);
        registry.Add<GetQueueUrlRequest, QueueUrlResult>(SqsService.Sqs, "GetQueueUrl", GetQueueUrl);
        registry.Add<ListQueuesRequest, ListQueuesResult>(SqsService.Sqs, "ListQueues", ListQueues);
        registry.Add<GetQueueAttributesRequest, QueueAttributesResult>(SqsService.Sqs, "GetQueueAttributes", GetQueueAttributes);
        registry.Add<SetQueueAttributesRequest, EmptyResult>(SqsService.Sqs, "SetQueueAttributes", SetQueueAttributes);
        registry.Add<ListDeadLetterSourceQueuesRequest, ListDeadLetterSourceQueuesResult>(SqsService.Sqs, "ListDeadLetterSourceQueues", ListDeadLetterSourceQueues);
    }

    private QueueUrlResult CreateQueue(CreateQueueRequest request, AwsRequestContext context)
    {
        var name = request.QueueName!;
        QueueNames.Check(name);
        var requested = request.Attributes ?? new Dictionary<string, string>();
        var isFifo = QueueNames.IsFifoName(name);
        if (isFifo && requested.GetValueOrDefault(QueueAttributeNames.FifoQueue) != "true")
            throw CommonErrors.InvalidParameterValue("Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length");
        var arn = $"arn:aws:sqs:{context.Region}:{context.AccountId}:{name}";
        var settings = attributes.Apply(new QueueSettings(), requested, arn, isFifo, creating: true);
        var tags = request.Tags ?? new Dictionary<string, string>();
        QueueTags.Check(tags);

        var region = store.Region(context.AccountId, context.Region);
        var now = clock.GetUtcNow();
        if (region.ByName.TryGetValue(name, out var existing)) return Existing(existing, settings, requested, context);
        if (options.SqsDeleteRecentlyWait && region.DeletedAt.TryGetValue(name, out var deletedAt) && now - deletedAt < DeletedNameHold)
            throw SqsErrors.QueueDeletedRecently();

        var queue = new SqsQueue(context.AccountId, context.Region, name, settings, tags, clock, store.FindByArn);
        var stored = region.ByName.GetOrAdd(name, queue);
        return stored == queue ? new QueueUrlResult { QueueUrl = queue.UrlFor(context.BaseUrl) } : Existing(stored, settings, requested, context);
    }

    private static QueueUrlResult Existing(SqsQueue queue, QueueSettings wanted, IReadOnlyDictionary<string, string> requested, AwsRequestContext context)
    {
        foreach (var name in requested.Keys)
            if (QueueAttributeWriter.SettingText(queue.Settings, name, queue.IsFifo) != QueueAttributeWriter.SettingText(wanted, name, queue.IsFifo))
                throw SqsErrors.QueueNameExists(name);
        return new QueueUrlResult { QueueUrl = queue.UrlFor(context.BaseUrl) };
    }

    private EmptyResult DeleteQueue(QueueUrlRequest request, AwsRequestContext context)
    {
        var queue = locator.Resolve(request.QueueUrl, context);
        var region = store.Region(queue.AccountId, queue.Region);
        if (region.ByName.TryRemove(new KeyValuePair<string, SqsQueue>(queue.Name, queue)))
        {
            region.DeletedAt[queue.Name] = clock.GetUtcNow();
            queue.Messages.Clear();
        }
        return EmptyResult.Instance;
    }

    private QueueUrlResult GetQueueUrl(GetQueueUrlRequest request, AwsRequestContext context)
    {
        var account = request.QueueOwnerAWSAccountId ?? context.AccountId;
        var queue = store.Find(account, context.Region, request.QueueName!) ?? throw SqsErrors.QueueDoesNotExist();
        return new QueueUrlResult { QueueUrl = queue.UrlFor(context.BaseUrl) };
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

    private QueueAttributesResult GetQueueAttributes(GetQueueAttributesRequest request, AwsRequestContext context)
    {
        var queue = locator.Resolve(request.QueueUrl, context);
        var written = QueueAttributeWriter.Write(queue, request.AttributeNames);
        return new QueueAttributesResult { Attributes = written is { Count: > 0 } ? written : null };
    }

    private EmptyResult SetQueueAttributes(SetQueueAttributesRequest request, AwsRequestContext context)
    {
        var queue = locator.Resolve(request.QueueUrl, context);
        var updated = attributes.Apply(queue.Settings, request.Attributes!, queue.Arn, queue.IsFifo, creating: false);
        queue.UpdateSettings(updated, clock.GetUtcNow());
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
