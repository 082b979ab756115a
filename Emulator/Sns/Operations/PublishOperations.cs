using Emulator.Sns.Publishing;
using Emulator.Sns.Shapes;
using Emulator.Sns.Topics;

namespace Emulator.Sns.Operations;

/// <summary>Publish (to a topic, a platform endpoint or a phone number) and PublishBatch.</summary>
public sealed class PublishOperations(SnsStore store, Publisher publisher, DirectPublisher direct) : IOperationGroup
{
    public const int MaxBatchEntries = 10;

    public void Register(OperationRegistry registry)
    {
        registry.Add<PublishInput, PublishResponse>(SnsService.Sns, "Publish", Publish);
        registry.Add<PublishBatchInput, PublishBatchResponse>(SnsService.Sns, "PublishBatch", PublishBatch);
    }

    private PublishResponse Publish(PublishInput request, AwsRequestContext context)
    {
        var targets = new[] { request.TopicArn, request.TargetArn, request.PhoneNumber }.Count(t => t is not null);
        if (targets == 0) throw SnsErrors.InvalidParameter("TopicArn or TargetArn Reason: no value for required parameter");
        if (targets > 1) throw SnsErrors.InvalidParameter("TopicArn Reason: Only one of TopicArn, TargetArn or PhoneNumber may be set");
        MessageAttributeRules.RequireTypes(request.MessageAttributes, "messageAttributes");
        var input = PublishContent.From(request);
        if (request.PhoneNumber is { } phone) return new PublishResponse { MessageId = direct.ToPhone(phone, input, context) };

        var arn = request.TopicArn ?? request.TargetArn;
        if (request.TargetArn is { } target && target.Contains(":endpoint/"))
            return new PublishResponse { MessageId = direct.ToEndpoint(target, input, context) };
        var topic = store.Topic(arn, context.Region, request.TopicArn is null ? "TargetArn" : "TopicArn");
        TopicAccess.Authorize(topic, context);
        var (messageId, sequence) = publisher.Publish(topic, input, context.BaseUrl);
        return new PublishResponse { MessageId = messageId, SequenceNumber = sequence };
    }

    private PublishBatchResponse PublishBatch(PublishBatchInput request, AwsRequestContext context)
    {
        var topic = store.Topic(request.TopicArn, context.Region);
        TopicAccess.Authorize(topic, context);
        var entries = request.PublishBatchRequestEntries!;
        if (entries.Count == 0) throw SnsErrors.EmptyBatchRequest();
        if (entries.Count > MaxBatchEntries) throw SnsErrors.TooManyEntriesInBatchRequest();
        if (entries.FirstOrDefault(e => e.Id is not { Length: >= 1 and <= 80 } id || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            is { } invalid)
            throw SnsErrors.InvalidBatchEntryId(invalid.Id ?? "");
        if (entries.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count() != entries.Count) throw SnsErrors.BatchEntryIdsNotDistinct();
        for (var i = 0; i < entries.Count; i++)
            MessageAttributeRules.RequireTypes(entries[i].MessageAttributes, $"publishBatchRequestEntries.{i + 1}.member.messageAttributes");
        if (entries.Sum(e => PublishRules.Size(PublishContent.From(e))) > PublishRules.MaxMessageBytes) throw SnsErrors.BatchRequestTooLong();
        foreach (var entry in entries) Publisher.Check(topic, PublishContent.From(entry));

        var result = new PublishBatchResponse { Successful = [], Failed = [] };
        foreach (var entry in entries)
        {
            try
            {
                var (messageId, sequence) = publisher.Publish(topic, PublishContent.From(entry), context.BaseUrl);
                result.Successful.Add(new PublishBatchResultEntry { Id = entry.Id, MessageId = messageId, SequenceNumber = sequence });
            }
            catch (AwsError error)
            {
                result.Failed.Add(new BatchResultErrorEntry { Id = entry.Id, Code = error.QueryCode, Message = error.Message, SenderFault = error.SenderFault });
            }
        }
        return result;
    }
}
