using Emulator.Protocol.Pipeline;
using Emulator.S3.Buckets;

namespace Emulator.Tests.S3.Buckets;

/// <summary>Listing as the S3 API reference describes ListObjectsV2: order, prefix, delimiter, paging.</summary>
public class ObjectListingTests
{
    private static readonly string[] Keys = ["a.txt", "dir/x", "dir/y", "dir/sub/z", "dirt", "e", "photos/2024/1.jpg", "photos/2025/2.jpg"];

    private static IEnumerable<S3Object> Objects() =>
        Keys.Order(StringComparer.Ordinal).Select(k => new S3Object(k, ChunkedBlob.Empty, DateTimeOffset.UnixEpoch, new ObjectHeaders("t", null, null, null, null, null, null), "\"e\""));

    [Fact]
    public void A_delimiter_groups_keys_after_the_prefix_into_common_prefixes()
    {
        var root = ObjectListing.Page(Objects(), null, "/", null, 1000);
        var photos = ObjectListing.Page(Objects(), "photos/", "/", null, 1000);

        Assert.Equal(["a.txt", "dirt", "e"], root.Objects.Select(o => o.Key));
        Assert.Equal(["dir/", "photos/"], root.CommonPrefixes);
        Assert.Empty(photos.Objects);
        Assert.Equal(["photos/2024/", "photos/2025/"], photos.CommonPrefixes);
    }

    [Fact]
    public void Pages_continue_after_the_last_key_or_common_prefix_without_repeats()
    {
        var seen = new List<string>();
        string? after = null;
        ObjectListing page;
        do
        {
            page = ObjectListing.Page(Objects(), null, "/", after, 2);
            seen.AddRange(page.Objects.Select(o => o.Key).Concat(page.CommonPrefixes));
            after = page.Last;
        }
        while (page.IsTruncated);

        Assert.Equal(["a.txt", "dir/", "dirt", "e", "photos/"], seen);
    }

    [Fact]
    public void A_prefix_without_delimiter_lists_every_key_under_it_in_order()
    {
        Assert.Equal(["dir/sub/z", "dir/x", "dir/y", "dirt"], ObjectListing.Page(Objects(), "dir", null, null, 1000).Objects.Select(o => o.Key));
        Assert.Equal(["dir/y", "dirt"], ObjectListing.Page(Objects(), "dir", null, "dir/x", 1000).Objects.Select(o => o.Key));
    }

    [Fact]
    public void Zero_keys_asked_is_an_empty_page_that_is_not_truncated()
    {
        var page = ObjectListing.Page(Objects(), null, null, null, 0);

        Assert.Empty(page.Objects);
        Assert.False(page.IsTruncated);
    }
}
