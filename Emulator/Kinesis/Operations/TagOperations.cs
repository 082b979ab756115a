using Emulator.Kinesis.Shapes;
using Emulator.Kinesis.Streams;

namespace Emulator.Kinesis.Operations;

/// <summary>Tags through both APIs: AddTagsToStream and friends for streams, and TagResource and friends for streams and consumers by ARN.</summary>
public sealed class TagOperations(StreamLocator locator) : IOperationGroup
{
    public void Register(OperationRegistry registry)
    {
        registry.Add<AddTagsToStreamInput, EmptyResult>(KinesisService.Kinesis, "AddTagsToStream",
            (r, c) => AddTags(new StreamResource(locator.Authorized(r.StreamName, r.StreamARN, c), null), r.Tags!));
        registry.Add<RemoveTagsFromStreamInput, EmptyResult>(KinesisService.Kinesis, "RemoveTagsFromStream",
            (r, c) => RemoveTags(new StreamResource(locator.Authorized(r.StreamName, r.StreamARN, c), null), r.TagKeys!));
        registry.Add<ListTagsForStreamInput, ListTagsForStreamOutput>(KinesisService.Kinesis, "ListTagsForStream", ListTagsForStream);
        registry.Add<TagResourceInput, EmptyResult>(KinesisService.Kinesis, "TagResource", (r, c) => AddTags(Resource(r.ResourceARN!, c), r.Tags!));
        registry.Add<UntagResourceInput, EmptyResult>(KinesisService.Kinesis, "UntagResource", (r, c) => RemoveTags(Resource(r.ResourceARN!, c), r.TagKeys!));
        registry.Add<ListTagsForResourceInput, ListTagsForResourceOutput>(KinesisService.Kinesis, "ListTagsForResource",
            (r, c) => new ListTagsForResourceOutput { Tags = TagList(Resource(r.ResourceARN!, c).Tags) });
    }

    private StreamResource Resource(string arn, AwsRequestContext context) => StreamResource.Find(locator, arn, context);

    private static EmptyResult AddTags(StreamResource resource, Dictionary<string, string> tags)
    {
        StreamTags.CheckAdded(tags, resource.Description);
        resource.ChangeTags(current =>
        {
            var merged = current.SetItems(tags);
            StreamTags.CheckCount(merged.Count, resource.Description, resource.Kind);
            return merged;
        });
        return EmptyResult.Instance;
    }

    private static EmptyResult RemoveTags(StreamResource resource, List<string> keys)
    {
        StreamTags.CheckRemoved(keys, resource.Description);
        resource.ChangeTags(current => current.RemoveRange(keys));
        return EmptyResult.Instance;
    }

    private ListTagsForStreamOutput ListTagsForStream(ListTagsForStreamInput request, AwsRequestContext context)
    {
        var stream = locator.Authorized(request.StreamName, request.StreamARN, context);
        var limit = request.Limit ?? 50;
        var tags = TagList(stream.Tags).Where(t => request.ExclusiveStartTagKey is null || string.CompareOrdinal(t.Key, request.ExclusiveStartTagKey) > 0).ToList();
        return new ListTagsForStreamOutput { Tags = tags.Take(limit).ToList(), HasMoreTags = tags.Count > limit };
    }

    private static List<Tag> TagList(IReadOnlyDictionary<string, string> tags) =>
        tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new Tag { Key = t.Key, Value = t.Value }).ToList();
}
