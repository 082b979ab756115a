namespace Emulator.Tests.Sns.Filtering;

public class StringMatchingTests
{
    [Fact]
    public void Exact_values_match_case_sensitively()
    {
        var policy = Policies.Attributes("{'customer_interests': ['rugby', 'tennis']}");
        Assert.True(policy.AcceptsString("customer_interests", "rugby"));
        Assert.True(policy.AcceptsString("customer_interests", "tennis"));
        Assert.False(policy.AcceptsString("customer_interests", "baseball"));
        Assert.False(policy.AcceptsString("customer_interests", "Rugby"));
    }

    [Fact]
    public void Anything_but_one_value_or_a_list()
    {
        var single = Policies.Attributes("{'event': [{'anything-but': 'order_cancelled'}]}");
        Assert.True(single.AcceptsString("event", "order_placed"));
        Assert.False(single.AcceptsString("event", "order_cancelled"));

        var list = Policies.Attributes("{'customer_interests': [{'anything-but': ['rugby', 'tennis']}]}");
        Assert.True(list.AcceptsString("customer_interests", "baseball"));
        Assert.True(list.AcceptsString("customer_interests", "football"));
        Assert.False(list.AcceptsString("customer_interests", "rugby"));
    }

    [Fact]
    public void Anything_but_does_not_match_an_absent_key_unless_combined_with_exists_false()
    {
        var policy = Policies.Attributes("{'event': [{'anything-but': 'x'}]}");
        Assert.False(policy.Accepts());
        Assert.False(policy.AcceptsString("other", "y"));

        var combined = Policies.Attributes("{'event': [{'anything-but': 'x'}, {'exists': false}]}");
        Assert.True(combined.Accepts());
        Assert.True(combined.AcceptsString("event", "y"));
        Assert.False(combined.AcceptsString("event", "x"));
    }

    [Fact]
    public void Anything_but_with_a_prefix()
    {
        var prefix = Policies.Attributes("{'event': [{'anything-but': {'prefix': 'order-'}}]}");
        Assert.True(prefix.AcceptsString("event", "data-entry"));
        Assert.False(prefix.AcceptsString("event", "order-cancelled"));
    }

    [Fact]
    public void Anything_but_equals_ignore_case_and_wildcard()
    {
        var ignoreCase = Policies.Attributes("{'state': [{'anything-but': {'equals-ignore-case': ['Stopped', 'OVERLOADED']}}]}");
        Assert.True(ignoreCase.AcceptsString("state", "running"));
        Assert.False(ignoreCase.AcceptsString("state", "stopped"));
        Assert.False(ignoreCase.AcceptsString("state", "Overloaded"));

        var wildcard = Policies.Attributes("{'path': [{'anything-but': {'wildcard': 'dir/*.png'}}]}");
        Assert.True(wildcard.AcceptsString("path", "dir/a.txt"));
        Assert.False(wildcard.AcceptsString("path", "dir/a.png"));
    }

    [Fact]
    public void Prefix_and_suffix_optionally_ignoring_case()
    {
        var prefix = Policies.Attributes("{'customer_interests': [{'prefix': 'bas'}]}");
        Assert.True(prefix.AcceptsString("customer_interests", "baseball"));
        Assert.True(prefix.AcceptsString("customer_interests", "basketball"));
        Assert.False(prefix.AcceptsString("customer_interests", "rugby"));
        Assert.False(prefix.AcceptsString("customer_interests", "Baseball"));

        var suffix = Policies.Attributes("{'customer_interests': [{'suffix': 'ball'}]}");
        Assert.True(suffix.AcceptsString("customer_interests", "baseball"));
        Assert.False(suffix.AcceptsString("customer_interests", "rugby"));

        var prefixIgnoringCase = Policies.Attributes("{'name': [{'prefix': {'equals-ignore-case': 'BAS'}}]}");
        Assert.True(prefixIgnoringCase.AcceptsString("name", "Basket"));
        var suffixIgnoringCase = Policies.Attributes("{'name': [{'suffix': {'equals-ignore-case': 'BALL'}}]}");
        Assert.True(suffixIgnoringCase.AcceptsString("name", "football"));
        Assert.False(suffixIgnoringCase.AcceptsString("name", "footbag"));
    }

    [Fact]
    public void Equals_ignore_case()
    {
        var policy = Policies.Attributes("{'customer_interests': [{'equals-ignore-case': 'tennis'}]}");
        Assert.True(policy.AcceptsString("customer_interests", "TENNIS"));
        Assert.True(policy.AcceptsString("customer_interests", "Tennis"));
        Assert.False(policy.AcceptsString("customer_interests", "baseball"));
    }

    [Theory]
    [InlineData("*.png", "a.png", true)]
    [InlineData("*.png", ".png", true)]
    [InlineData("*.png", "a.jpg", false)]
    [InlineData("dir/*/file", "dir/a/b/file", true)]
    [InlineData("dir/*/file", "dir/file", false)]
    [InlineData("a*b*c", "abc", true)]
    [InlineData("a*b*c", "axxbyyc", true)]
    [InlineData("a*b*c", "acb", false)]
    [InlineData("a*ba", "aba", true)]
    [InlineData("a*aa", "aa", false)]
    [InlineData("*", "", true)]
    [InlineData("exact", "exact", true)]
    [InlineData("exact", "exactly", false)]
    [InlineData(@"star\\*", "star*", true)]
    [InlineData(@"star\\*", "starry", false)]
    [InlineData(@"back\\\\*", @"back\slash", true)]
    public void Wildcard_patterns(string pattern, string value, bool matches)
    {
        var policy = Policies.Attributes($"{{'path': [{{'wildcard': '{pattern}'}}]}}");
        Assert.Equal(matches, policy.AcceptsString("path", value));
    }

    [Fact]
    public void Cidr_blocks_match_ip_addresses_of_the_same_family()
    {
        var v4 = Policies.Attributes("{'source_ip': [{'cidr': '10.0.0.0/24'}]}");
        Assert.True(v4.AcceptsString("source_ip", "10.0.0.0"));
        Assert.True(v4.AcceptsString("source_ip", "10.0.0.255"));
        Assert.False(v4.AcceptsString("source_ip", "10.0.1.0"));
        Assert.False(v4.AcceptsString("source_ip", "not an ip"));
        Assert.False(v4.AcceptsString("source_ip", "::ffff:10.0.0.1"));

        var v6 = Policies.Attributes("{'source_ip': [{'cidr': '2001:db8::/32'}]}");
        Assert.True(v6.AcceptsString("source_ip", "2001:db8:1234::1"));
        Assert.True(v6.AcceptsString("source_ip", "2001:0DB8:0000:0000:0000:0000:0000:0001"));
        Assert.False(v6.AcceptsString("source_ip", "2001:db9::1"));
        Assert.False(v6.AcceptsString("source_ip", "10.0.0.1"));
    }

    [Fact]
    public void String_conditions_do_not_match_numbers()
    {
        var policy = Policies.Attributes("{'price': ['100', {'prefix': '1'}, {'suffix': '0'}, {'equals-ignore-case': '100'}]}");
        Assert.False(policy.AcceptsNumber("price", "100"));
        Assert.True(policy.AcceptsString("price", "100"));
    }
}
