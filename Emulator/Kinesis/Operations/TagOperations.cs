using Emulator.Kinesis.Shapes;
using Emulator.Kinesis.Streams;
using Emulator.Protocol.Routing;

namespace Emulator.Kinesis.Operations;

/// <summary>Stream tags through both APIs: AddTagsToStream and friends, and TagResource and friends (by ARN).</summary>
public sealed class TagOperations(StreamLocator locator) : IKinesisOperations
{
    public void Register(OperationRegistry registry)
    {
        registry.Add<AddTagsToStreamInput, EmptyResult>(KinesisService.Kinesis, "AddTagsToStream",
            (r, c) => AddTags(locator.Authorized(r.StreamName, r.StreamARN, c, "AddTagsToStream"), r.Tags!));
        registry.Add<RemoveTagsFromStreamInput, EmptyResult>(KinesisService.Kinesis, "RemoveTagsFromStream",
            (r, c) => RemoveTags(locator.Authorized(r.StreamName, r.StreamARN, c, "RemoveTagsFromStream"), r.TagKeys!));
        registry.Add<ListTagsForStreamInput, ListTagsForStreamOutput>(KinesisService.Kinesis, "ListTagsForStream", ListTagsForStream);
        registry.Add<TagResourceInput, EmptyResult>(KinesisService.Kinesis, "TagResource", (r, c) => AddTags(Resource(r.ResourceARN!, c, "TagResource"), r.Tags!));
        registry.Add<UntagResourceInput, EmptyResult>(KinesisService.Kinesis, "UntagResource", (r, c) => RemoveTags(Resource(r.ResourceARN!, c, "UntagResource"), r.TagKeys!));
        registry.Add<ListTagsForResourceInput, ListTagsForResourceOutput>(KinesisService.Kinesis, "ListTagsForResource",
            (r, c) => new ListTagsForResourceOutput { Tags = TagList(Resource(r.ResourceARN!, c, "ListTagsForResource").Tags) });
    }

    private KinesisStream Resource(string arn, AwsRequestContext context, string action) => locator.Authorized(null, arn, context, action);

    private static EmptyResult AddTags(KinesisStream stream, Dictionary<string, string> tags)
    {
        lock (stream.SyncRoot)
        {
            var merged = stream.Tags.SetItems(tags);
            StreamTags.Check(merged);
            stream.Tags = merged;
        }
        return EmptyResult.Instance;
    }

    private static EmptyResult RemoveTags(KinesisStream stream, List<string> keys)
    {
        lock (stream.SyncRoot) stream.Tags = stream.Tags.RemoveRange(keys);
        return EmptyResult.Instance;
    }

    private ListTagsForStreamOutput ListTagsForStream(ListTagsForStreamInput request, AwsRequestContext context)
    {
        var stream = locator.Authorized(request.StreamName, request.StreamARN, context, "ListTagsForStream");
        var limit = request.Limit ?? 50;
        var tags = TagList(stream.Tags).Where(t => request.ExclusiveStartTagKey is null || string.CompareOrdinal(t.Key, request.ExclusiveStartTagKey) > 0).ToList();
        return new ListTagsForStreamOutput { Tags = tags.Take(limit).ToList(), HasMoreTags = tags.Count > limit };
    }

    private static List<Tag> TagList(IReadOnlyDictionary<string, string> tags) =>
        tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new Tag { Key = t.Key, Value = t.Value }).ToList();
}
