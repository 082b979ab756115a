using Emulator.Firehose.Shapes;
using Emulator.Firehose.Streams;

namespace Emulator.Firehose.Operations;

/// <summary>Tag, Untag and ListTagsForDeliveryStream; Start and StopDeliveryStreamEncryption (DirectPut streams only).</summary>
public sealed class TagAndEncryptionOperations(FirehoseStore store) : IOperationGroup
{
    private const int DefaultTagLimit = 50;

    public void Register(OperationRegistry registry)
    {
        registry.Add<TagDeliveryStreamInput, TagDeliveryStreamOutput>(FirehoseService.Firehose, "TagDeliveryStream", (r, c) =>
        {
            store.Get(c, r.DeliveryStreamName!).Tag(r.Tags!);
            return new TagDeliveryStreamOutput();
        });
        registry.Add<UntagDeliveryStreamInput, UntagDeliveryStreamOutput>(FirehoseService.Firehose, "UntagDeliveryStream", (r, c) =>
        {
            store.Get(c, r.DeliveryStreamName!).Untag(r.TagKeys!);
            return new UntagDeliveryStreamOutput();
        });
        registry.Add<ListTagsForDeliveryStreamInput, ListTagsForDeliveryStreamOutput>(FirehoseService.Firehose, "ListTagsForDeliveryStream", (r, c) =>
        {
            var tags = store.Get(c, r.DeliveryStreamName!).Tags
                .Where(t => r.ExclusiveStartTagKey is null || string.CompareOrdinal(t.Key, r.ExclusiveStartTagKey) > 0).ToList();
            var limit = r.Limit ?? DefaultTagLimit;
            return new ListTagsForDeliveryStreamOutput
            {
                Tags = tags.Take(limit).Select(t => new Tag { Key = t.Key, Value = t.Value }).ToList(), HasMoreTags = tags.Count > limit,
            };
        });
        registry.Add<StartDeliveryStreamEncryptionInput, StartDeliveryStreamEncryptionOutput>(FirehoseService.Firehose,
            "StartDeliveryStreamEncryption", (r, c) =>
            {
                EncryptableStream(c, r.DeliveryStreamName!).SetEncryption(
                    Enabled(r.DeliveryStreamEncryptionConfigurationInput ?? new DeliveryStreamEncryptionConfigurationInput { KeyType = "AWS_OWNED_CMK" }));
                return new StartDeliveryStreamEncryptionOutput();
            });
        registry.Add<StopDeliveryStreamEncryptionInput, StopDeliveryStreamEncryptionOutput>(FirehoseService.Firehose,
            "StopDeliveryStreamEncryption", (r, c) =>
            {
                EncryptableStream(c, r.DeliveryStreamName!).SetEncryption(new DeliveryStreamEncryptionConfiguration { Status = "DISABLED" });
                return new StopDeliveryStreamEncryptionOutput();
            });
    }

    /// <summary>Server-side encryption as requested; it takes effect at once (AWS passes through ENABLING).</summary>
    public static DeliveryStreamEncryptionConfiguration Enabled(DeliveryStreamEncryptionConfigurationInput input)
    {
        if (input.KeyType == "CUSTOMER_MANAGED_CMK" && input.KeyARN is null)
            throw FirehoseErrors.InvalidArgument("KeyARN is required when KeyType is CUSTOMER_MANAGED_CMK.");
        if (input.KeyType == "AWS_OWNED_CMK" && input.KeyARN is not null)
            throw FirehoseErrors.InvalidArgument("KeyARN is not allowed when KeyType is AWS_OWNED_CMK.");
        return new DeliveryStreamEncryptionConfiguration { KeyType = input.KeyType, KeyARN = input.KeyARN, Status = "ENABLED" };
    }

    private DeliveryStream EncryptableStream(AwsRequestContext context, string name)
    {
        var stream = store.Get(context, name);
        if (stream.Type != DeliveryStream.DirectPut)
            throw FirehoseErrors.InvalidArgument($"Server-side encryption is not supported for {stream.Type} delivery stream type.");
        return stream;
    }
}
