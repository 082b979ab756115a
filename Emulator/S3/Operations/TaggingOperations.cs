using Emulator.S3.Buckets;
using Emulator.S3.Shapes;

namespace Emulator.S3.Operations;

/// <summary>Object tagging and bucket tagging: put (replacing the whole set), get and delete.</summary>
public sealed class TaggingOperations(BucketStore buckets) : IOperationGroup
{
    public void Register(OperationRegistry registry)
    {
        registry.Add<PutObjectTaggingRequest, PutObjectTaggingOutput>(S3Service.S3, "PutObjectTagging", (r, c) =>
        {
            var tags = TagSets.From(r.Tagging?.TagSet, TagSets.MaxObjectTags);
            Retag(r.Bucket!, r.Key!, tags, c);
            return new PutObjectTaggingOutput();
        });
        registry.Add<GetObjectTaggingRequest, GetObjectTaggingOutput>(S3Service.S3, "GetObjectTagging", (r, c) =>
            new GetObjectTaggingOutput { TagSet = TagSets.ToList(Find(r.Bucket!, r.Key!, c).Tags) });
        registry.Add<DeleteObjectTaggingRequest, DeleteObjectTaggingOutput>(S3Service.S3, "DeleteObjectTagging", (r, c) =>
        {
            Retag(r.Bucket!, r.Key!, new Dictionary<string, string>(), c);
            return new DeleteObjectTaggingOutput();
        });
        registry.Add<PutBucketTaggingRequest, EmptyResult>(S3Service.S3, "PutBucketTagging", (r, c) =>
        {
            buckets.Owned(r.Bucket!, c.AccountId).ReplaceTags(TagSets.From(r.Tagging?.TagSet, TagSets.MaxBucketTags));
            return EmptyResult.Instance;
        });
        registry.Add<GetBucketTaggingRequest, GetBucketTaggingOutput>(S3Service.S3, "GetBucketTagging", (r, c) =>
            buckets.Owned(r.Bucket!, c.AccountId).Tags is { Count: > 0 } tags
                ? new GetBucketTaggingOutput { TagSet = TagSets.ToList(tags) }
                : throw S3Errors.NoSuchTagSet(r.Bucket!));
        registry.Add<DeleteBucketTaggingRequest, EmptyResult>(S3Service.S3, "DeleteBucketTagging", (r, c) =>
        {
            buckets.Owned(r.Bucket!, c.AccountId).ReplaceTags(new Dictionary<string, string>());
            return EmptyResult.Instance;
        });
    }

    /// <summary>GetObjectTagging's NoSuchKey names the bucket too (LocalStack's recording test_object_tagging_exc, get-no-key-tags).</summary>
    private S3Object Find(string bucket, string key, AwsRequestContext context) =>
        buckets.Owned(bucket, context.AccountId).Find(key) ?? throw S3Errors.NoSuchKey($"{bucket}/{key}");

    private void Retag(string bucket, string key, IReadOnlyDictionary<string, string> tags, AwsRequestContext context)
    {
        if (!buckets.Owned(bucket, context.AccountId).Retag(key, tags)) throw S3Errors.NoSuchKey(key);
    }
}
