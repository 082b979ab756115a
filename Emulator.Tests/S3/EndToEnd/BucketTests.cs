using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.S3.EndToEnd;

/// <summary>
/// Buckets through AWSSDK.S3 over HTTP: the REST-XML protocol end to end. Facts from the S3 API reference
/// (https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucket.html, .../API_DeleteBucket.html, .../ErrorResponses.html),
/// the naming rules (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html), and for a location
/// constraint sent to the us-east-1 endpoint the error text boto's S3 tests quote from AWS.
/// </summary>
public class BucketTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    private readonly AmazonS3Client _s3 = server.CreateS3Client();

    private static string Name(string prefix) => TestBuckets.Name(prefix);

    [Fact]
    public async Task A_created_bucket_is_listed_located_and_deleted()
    {
        var name = Name("fixtures");

        await _s3.PutBucketAsync(new PutBucketRequest { BucketName = name });
        var listed = await _s3.ListBucketsAsync(new ListBucketsRequest());
        var location = await _s3.GetBucketLocationAsync(new GetBucketLocationRequest { BucketName = name });
        var head = await _s3.HeadBucketAsync(new HeadBucketRequest { BucketName = name });

        Assert.Contains(listed.Buckets, b => b.BucketName == name && b.CreationDate.HasValue);
        Assert.Equal("000000000000", listed.Owner.Id);
        Assert.Equal("", location.Location.Value);
        Assert.Equal(HttpStatusCode.OK, head.HttpStatusCode);

        var deleted = await _s3.DeleteBucketAsync(new DeleteBucketRequest { BucketName = name });
        Assert.Equal(HttpStatusCode.NoContent, deleted.HttpStatusCode);
        var missing = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => _s3.DeleteBucketAsync(new DeleteBucketRequest { BucketName = name }));
        Assert.Equal(("NoSuchBucket", HttpStatusCode.NotFound), (missing.ErrorCode, missing.StatusCode));
        Assert.False(string.IsNullOrEmpty(missing.RequestId));
    }

    [Fact]
    public async Task EU_is_the_old_name_of_eu_west_1_and_stays_the_buckets_location()
    {
        var s3 = server.CreateS3Client(region: "eu-west-1");
        var name = Name("legacy");

        await s3.PutBucketAsync(new PutBucketRequest { BucketName = name, BucketRegion = S3Region.EUWest1 });

        Assert.Equal("EU", (await s3.GetBucketLocationAsync(new GetBucketLocationRequest { BucketName = name })).Location.Value);
    }

    [Fact]
    public async Task A_bucket_outside_us_east_1_needs_its_region_as_location_constraint()
    {
        var s3 = server.CreateS3Client(region: "eu-west-1");
        var name = Name("regional");

        var refused = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => s3.PutBucketAsync(new PutBucketRequest { BucketName = name }));
        await s3.PutBucketAsync(new PutBucketRequest { BucketName = name, BucketRegion = new S3Region("eu-west-1") });
        var again = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() =>
            s3.PutBucketAsync(new PutBucketRequest { BucketName = name, BucketRegion = new S3Region("eu-west-1") }));

        Assert.Equal("IllegalLocationConstraintException", refused.ErrorCode);
        Assert.Equal("eu-west-1", (await s3.GetBucketLocationAsync(new GetBucketLocationRequest { BucketName = name })).Location.Value);
        Assert.Equal(("BucketAlreadyOwnedByYou", HttpStatusCode.Conflict), (again.ErrorCode, again.StatusCode));
    }

    [Fact]
    public async Task A_location_constraint_sent_to_us_east_1_is_refused_by_name()
    {
        var elsewhere = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() =>
            _s3.PutBucketAsync(new PutBucketRequest { BucketName = Name("misplaced"), BucketRegion = new S3Region("us-east-2") }));
        var self = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() =>
            _s3.PutBucketAsync(new PutBucketRequest { BucketName = Name("self"), BucketRegion = new S3Region("us-east-1") }));

        Assert.Equal(("IllegalLocationConstraintException",
                "The us-east-2 location constraint is incompatible for the region specific endpoint this request was sent to."),
            (elsewhere.ErrorCode, elsewhere.Message));
        Assert.Equal("InvalidLocationConstraint", self.ErrorCode);
    }

    [Fact]
    public async Task Creating_an_owned_bucket_again_in_us_east_1_succeeds_and_another_account_cannot_take_it()
    {
        var name = Name("shared");
        await _s3.PutBucketAsync(new PutBucketRequest { BucketName = name });

        await _s3.PutBucketAsync(new PutBucketRequest { BucketName = name });
        var taken = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() =>
            server.CreateS3Client(accessKey: "111111111111").PutBucketAsync(new PutBucketRequest { BucketName = name }));

        Assert.Equal(("BucketAlreadyExists", HttpStatusCode.Conflict), (taken.ErrorCode, taken.StatusCode));
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("Upper-case")]
    [InlineData("under_score")]
    [InlineData("-leading-hyphen")]
    [InlineData("two..dots")]
    [InlineData("192.168.5.4")]
    [InlineData("xn--reserved")]
    [InlineData("ends-s3alias")]
    public async Task Names_against_the_naming_rules_are_InvalidBucketName(string name)
    {
        var refused = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => _s3.PutBucketAsync(new PutBucketRequest { BucketName = name }));

        Assert.Equal(("InvalidBucketName", HttpStatusCode.BadRequest), (refused.ErrorCode, refused.StatusCode));
    }

    [Fact]
    public async Task HeadBucket_of_a_missing_bucket_is_a_bare_404()
    {
        var missing = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => _s3.HeadBucketAsync(new HeadBucketRequest { BucketName = Name("absent") }));

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task An_operation_the_emulator_does_not_offer_is_NotImplemented()
    {
        var name = Name("unsupported");
        await _s3.PutBucketAsync(new PutBucketRequest { BucketName = name });

        var refused = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() =>
            _s3.GetBucketAccelerateConfigurationAsync(new GetBucketAccelerateConfigurationRequest { BucketName = name }));

        Assert.Equal(("NotImplemented", HttpStatusCode.NotImplemented), (refused.ErrorCode, refused.StatusCode));
    }
}
