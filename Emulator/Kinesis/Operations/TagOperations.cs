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
            (r, c) => AddTags(locator.Authorized(r.StreamName, r.StreamARN, c, "AddTagsToStream"), r.Tags));
        registry.Add<RemoveTagsFromStreamInput, EmptyResult>(KinesisService.Kinesis, "RemoveTagsFromStream",
            (r, c) => RemoveTags(locator.Authorized(r.StreamName, r.StreamARN, c, "RemoveTagsFromStream"), r.TagKeys));
        registry.Add<ListTagsForStreamInput, ListTagsForStreamOutput>(KinesisService.Kinesis, "ListTagsForStream", ListTagsForStream);
        registry.Add<TagResourceInput, EmptyResult>(KinesisService.Kinesis, "TagResource", (r, c) => AddTags(Resource(r.ResourceARN, c, "TagResource"), r.Tags));
        registry.Add<UntagResourceInput, EmptyResult>(KinesisService.Kinesis, "UntagResource", (r, c) => RemoveTags(Resource(r.ResourceARN, c, "UntagResource"), r.TagKeys));
        registry.Add<ListTagsForResourceInput, ListTagsForResourceOutput>(KinesisService.Kinesis, "ListTagsForResource",
            (r, c) => new ListTagsForResourceOutput { Tags = TagList(Resource(r.ResourceARN, c, "ListTagsForResource").Tags) });
    }

    private KinesisStream Resource(string? arn, AwsRequestContext context, string action) =>
        locator.Authorized(null, arn ?? throw KinesisErrors.Constraint(null, "resourceARN", "Member must not be null"), context, action);

    private static EmptyResult AddTags(KinesisStream stream, Dictionary<string, string>? tags)
    {
        if (tags is not { Count: > 0 }) throw KinesisErrors.Constraint(null, "tags", "Member must have length greater than or equal to 1");
        lock (stream.SyncRoot)
        {
            var merged = stream.Tags.SetItems(tags);
            StreamTags.Check(merged);
            stream.Tags = merged;
        }
        return EmptyResult.Instance;
    }

    private static EmptyResult RemoveTags(KinesisStream stream, List<string>? keys)
    {
        if (keys is not { Count: > 0 }) throw KinesisErrors.Constraint(null, "tagKeys", "Member must have length greater than or equal to 1");
        lock (stream.SyncRoot) stream.Tags = stream.Tags.RemoveRange(keys);
        return EmptyResult.Instance;
    }

    private ListTagsForStreamOutput ListTagsForStream(ListTagsForStreamInput request, AwsRequestContext context)
    {
        var stream = locator.Authorized(request.StreamName, request.StreamARN, context, "ListTagsForStream");
        var limit = request.Limit ?? 50;
        if (limit is < 1 or > 50) throw KinesisErrors.Constraint(limit, "limit", "Member must have value between 1 and 50");
        var tags = TagList(stream.Tags).Where(t => request.ExclusiveStartTagKey is null || string.CompareOrdinal(t.Key, request.ExclusiveStartTagKey) > 0).ToList();
        return new ListTagsForStreamOutput { Tags = tags.Take(limit).ToList(), HasMoreTags = tags.Count > limit };
    }

    private static List<Tag> TagList(IReadOnlyDictionary<string, string> tags) =>
        tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new Tag { Key = t.Key, Value = t.Value }).ToList();
}
