using Emulator.S3.Buckets;
using Emulator.S3.Shapes;

namespace Emulator.S3.Operations;

/// <summary>CreateBucket, HeadBucket, DeleteBucket, ListBuckets and GetBucketLocation.</summary>
public sealed class BucketOperations(BucketStore buckets, TimeProvider clock) : IOperationGroup
{
    private const string DefaultRegion = "us-east-1";

    public void Register(OperationRegistry registry)
    {
        registry.Add<CreateBucketRequest, CreateBucketOutput>(S3Service.S3, "CreateBucket", CreateBucket);
        registry.Add<HeadBucketRequest, HeadBucketOutput>(S3Service.S3, "HeadBucket", (r, c) =>
        {
            var bucket = buckets.Find(r.Bucket!) ?? throw S3Errors.NotFound();
            return new HeadBucketOutput { BucketRegion = bucket.Region, AccessPointAlias = false };
        });
        registry.Add<DeleteBucketRequest, EmptyResult>(S3Service.S3, "DeleteBucket", DeleteBucket);
        registry.Add<ListBucketsRequest, ListBucketsOutput>(S3Service.S3, "ListBuckets", ListBuckets);
        registry.Add<GetBucketLocationRequest, GetBucketLocationOutput>(S3Service.S3, "GetBucketLocation", (r, c) =>
            new GetBucketLocationOutput { LocationConstraint = buckets.Owned(r.Bucket!, c.AccountId).LocationConstraint ?? "" });
    }

    /// <summary>
    /// The bucket's region is the request's, which a location constraint must name (none in us-east-1). Creating a bucket
    /// one already owns succeeds again in us-east-1, as AWS's legacy behaviour there is, and fails elsewhere
    /// (https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucket.html; naming:
    /// https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html).
    /// </summary>
    private CreateBucketOutput CreateBucket(CreateBucketRequest request, AwsRequestContext context)
    {
        var name = request.Bucket!;
        if (!BucketNames.IsValid(name)) throw S3Errors.InvalidBucketName(name);
        var constraint = request.CreateBucketConfiguration?.LocationConstraint is { Length: > 0 } given ? given : null;
        if (context.Region == DefaultRegion && constraint is not null)
            throw constraint == DefaultRegion ? S3Errors.InvalidLocationConstraint(constraint) : S3Errors.IllegalLocationConstraint(constraint);
        var created = new S3Bucket(name, context.AccountId, constraint ?? (context.Region == DefaultRegion ? null : context.Region), clock.GetUtcNow(), buckets.Journal);
        if (context.Region != DefaultRegion && (constraint is null || created.Region != context.Region)) throw S3Errors.IllegalLocationConstraint(constraint);
        var bucket = buckets.GetOrAdd(created);
        if (!ReferenceEquals(bucket, created))
        {
            if (bucket.AccountId != context.AccountId) throw S3Errors.BucketAlreadyExists(name);
            if (context.Region != DefaultRegion) throw S3Errors.BucketAlreadyOwnedByYou(name);
        }
        return new CreateBucketOutput { Location = "/" + name, BucketArn = bucket.Arn };
    }

    private EmptyResult DeleteBucket(DeleteBucketRequest request, AwsRequestContext context)
    {
        var bucket = buckets.Owned(request.Bucket!, context.AccountId);
        if (!bucket.IsEmpty) throw S3Errors.BucketNotEmpty(bucket.Name);
        buckets.Remove(bucket);
        return EmptyResult.Instance;
    }

    private ListBucketsOutput ListBuckets(ListBucketsRequest request, AwsRequestContext context) => new()
    {
        Buckets = buckets.OwnedBy(context.AccountId)
            .Where(b => request.Prefix is null || b.Name.StartsWith(request.Prefix, StringComparison.Ordinal))
            .Where(b => request.BucketRegion is null || b.Region == request.BucketRegion)
            .OrderBy(b => b.Name, StringComparer.Ordinal)
            .Select(b => new Bucket { Name = b.Name, CreationDate = b.Created, BucketRegion = b.Region, BucketArn = b.Arn })
            .ToList(),
        Owner = new Owner { ID = context.AccountId, DisplayName = "emulator" },
        Prefix = request.Prefix,
    };
}
