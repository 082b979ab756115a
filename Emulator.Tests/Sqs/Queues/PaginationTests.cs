using Emulator.Sqs.Queues;

namespace Emulator.Tests.Sqs.Queues;

public class PaginationTests
{
    private static readonly string[] Names = Enumerable.Range(0, 2500).Select(i => $"q{i:D4}").Reverse().ToArray();

    [Fact]
    public void Without_MaxResults_a_page_holds_up_to_1000_items_and_no_token()
    {
        var (page, next) = Pagination.Page(Names, n => n, null, null);

        Assert.Equal(1000, page.Count);
        Assert.Equal("q0000", page[0]);
        Assert.Null(next);
    }

    [Fact]
    public void Tokens_walk_the_whole_list_in_order()
    {
        var seen = new List<string>();
        string? token = null;
        do
        {
            var (page, next) = Pagination.Page(Names, n => n, 999, token);
            seen.AddRange(page);
            token = next;
        } while (token is not null);

        Assert.Equal(Names.Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public void The_last_full_page_carries_no_token()
    {
        var (page, next) = Pagination.Page(Names.Take(4), n => n, 4, null);

        Assert.Equal(4, page.Count);
        Assert.Null(next);
    }

    [Fact]
    public void Tokens_are_opaque()
    {
        var (_, next) = Pagination.Page(Names, n => n, 1, null);

        Assert.DoesNotContain("q0000", next);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1001)]
    public void MaxResults_ranges_from_1_to_1000(int maxResults)
    {
        var error = QueueWorld.Fails(() => Pagination.Page(Names, n => n, maxResults, null));

        Assert.Equal("InvalidParameterValue", error.QueryCode);
        Assert.Equal("Value for parameter MaxResults is invalid. Reason: MaxResults must be an integer between 1 and 1000.", error.Message);
    }

    [Fact]
    public void MaxResults_zero_counts_as_absent() =>
        Assert.Equal((1000, (string?)null), Pagination.Page(Names, n => n, 0, null) is var (page, next) ? (page.Count, next) : default);

    [Theory]
    [InlineData("invalidtoken")]
    [InlineData("%%%")]
    [InlineData("cTAwMDA=")]
    public void Foreign_tokens_are_refused(string token)
    {
        var error = QueueWorld.Fails(() => Pagination.Page(Names, n => n, 10, token));

        Assert.Equal("InvalidParameterValue", error.QueryCode);
        Assert.Equal("Invalid or expired next token.", error.Message);
    }
}
