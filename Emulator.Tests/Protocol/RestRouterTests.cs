using Emulator.Protocol.Rest;
using Emulator.S3.Shapes;

namespace Emulator.Tests.Protocol;

/// <summary>REST routing with S3's own route table, generated from its model.</summary>
public class RestRouterTests
{
    private static readonly RestRouter Router = new(S3Routes.All);

    [Theory]
    [InlineData("GET", "/", "", "", "ListBuckets")]
    [InlineData("PUT", "/fixtures", "", "", "CreateBucket")]
    [InlineData("HEAD", "/fixtures", "", "", "HeadBucket")]
    [InlineData("GET", "/fixtures", "", "", "ListObjects")]
    [InlineData("GET", "/fixtures", "list-type=2&prefix=a", "", "ListObjectsV2")]
    [InlineData("GET", "/fixtures", "location", "", "GetBucketLocation")]
    [InlineData("POST", "/fixtures", "delete", "", "DeleteObjects")]
    [InlineData("PUT", "/fixtures/a/b.txt", "", "", "PutObject")]
    [InlineData("PUT", "/fixtures/a/b.txt", "", "x-amz-copy-source", "CopyObject")]
    [InlineData("PUT", "/fixtures/a/b.txt", "partNumber=1&uploadId=u", "", "UploadPart")]
    [InlineData("PUT", "/fixtures/a/b.txt", "partNumber=1&uploadId=u", "x-amz-copy-source", "UploadPartCopy")]
    [InlineData("POST", "/fixtures/a/b.txt", "uploads", "", "CreateMultipartUpload")]
    [InlineData("POST", "/fixtures/a/b.txt", "uploadId=u", "", "CompleteMultipartUpload")]
    [InlineData("DELETE", "/fixtures/a/b.txt", "uploadId=u", "", "AbortMultipartUpload")]
    [InlineData("DELETE", "/fixtures/a/b.txt", "", "", "DeleteObject")]
    [InlineData("GET", "/fixtures/a/b.txt", "tagging", "", "GetObjectTagging")]
    [InlineData("PUT", "/fixtures", "tagging", "", "PutBucketTagging")]
    public void Operations_sharing_a_path_are_told_apart_by_query_and_headers(string method, string path, string query, string header, string operation)
    {
        var match = Router.Match(method, path, Query(query), name => name.Equals(header, StringComparison.OrdinalIgnoreCase));

        Assert.Equal(operation, match?.Route.Operation);
    }

    [Theory]
    [InlineData("/fixtures/a//b/", "a//b/")]
    [InlineData("/fixtures/with%20space/%C3%A9+plus%2Bpercent%25", "with space/é+plus+percent%")]
    [InlineData("/fixtures/dir/", "dir/")]
    public void A_greedy_label_takes_the_rest_of_the_path_decoded_and_slashes_kept(string path, string key)
    {
        var match = Router.Match("GET", path, Query(""), _ => false)!;

        Assert.Equal("GetObject", match.Route.Operation);
        Assert.Equal("fixtures", match.Labels["Bucket"]);
        Assert.Equal(key, match.Labels["Key"]);
    }

    [Fact]
    public void Nothing_matches_a_method_no_operation_has()
    {
        Assert.Null(Router.Match("PATCH", "/fixtures/a", Query(""), _ => false));
    }

    private static Dictionary<string, string> Query(string query) =>
        query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "");
}
