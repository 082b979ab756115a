namespace Emulator.Tests.Sns.Filtering;

public class NumericMatchingTests
{
    [Fact]
    public void Exact_numbers_compare_by_value()
    {
        var policy = Policies.Attributes("{'price_usd': [{'numeric': ['=', 301.5]}]}");
        Assert.True(policy.AcceptsNumber("price_usd", "301.5"));
        Assert.True(policy.AcceptsNumber("price_usd", "3.015e2"));
        Assert.False(policy.AcceptsNumber("price_usd", "301.4"));

        var bare = Policies.Attributes("{'price_usd': [301.5, 0]}");
        Assert.True(bare.AcceptsNumber("price_usd", "3.015e2"));
        Assert.True(bare.AcceptsNumber("price_usd", "-0"));
        Assert.False(bare.AcceptsString("price_usd", "301.5"));
    }

    [Fact]
    public void Numbers_are_accurate_to_five_decimal_places()
    {
        var policy = Policies.Attributes("{'n': [{'numeric': ['=', 1.00001]}]}");
        Assert.True(policy.AcceptsNumber("n", "1.00001"));
        Assert.True(policy.AcceptsNumber("n", "1.000019"));
        Assert.False(policy.AcceptsNumber("n", "1.00002"));
    }

    [Fact]
    public void Numbers_outside_the_comparable_range_only_equal_the_same_literal()
    {
        var range = Policies.Attributes("{'n': [{'numeric': ['>', 0]}]}");
        Assert.True(range.AcceptsNumber("n", "1000000000"));
        Assert.False(range.AcceptsNumber("n", "1000000001"));

        var accountId = Policies.Attributes("{'account': [123456789012]}");
        Assert.True(accountId.AcceptsNumber("account", "123456789012"));
        Assert.False(accountId.AcceptsNumber("account", "123456789013"));
    }

    [Theory]
    [InlineData("['<', 0]", "-1", true)]
    [InlineData("['<', 0]", "0", false)]
    [InlineData("['<=', 0]", "0", true)]
    [InlineData("['>', 0]", "0", false)]
    [InlineData("['>', 0]", "0.00001", true)]
    [InlineData("['>=', 0]", "0", true)]
    [InlineData("['>', 0, '<=', 150]", "150", true)]
    [InlineData("['>', 0, '<=', 150]", "150.00001", false)]
    [InlineData("['>', 0, '<', 150]", "150", false)]
    [InlineData("['>=', 0, '<', 150]", "0", true)]
    [InlineData("['>', -1e9, '<', 1e9]", "-999999999.99999", true)]
    [InlineData("['>=', -1000000000, '<=', 1000000000]", "-1000000000", true)]
    public void Ranges(string expression, string value, bool matches)
    {
        var policy = Policies.Attributes($"{{'price': [{{'numeric': {expression}}}]}}");
        Assert.Equal(matches, policy.AcceptsNumber("price", value));
    }

    [Fact]
    public void Numeric_conditions_match_only_numbers()
    {
        var policy = Policies.Attributes("{'price': [{'numeric': ['>', 0]}]}");
        Assert.False(policy.AcceptsString("price", "10"));
        Assert.False(policy.AcceptsNumber("price", "not-a-number"));
        Assert.True(policy.Accepts(("price", "Number.usd", "10")));
    }

    [Fact]
    public void Anything_but_numbers()
    {
        var policy = Policies.Attributes("{'price': [{'anything-but': [100, 500]}]}");
        Assert.True(policy.AcceptsNumber("price", "101"));
        Assert.True(policy.AcceptsNumber("price", "100.1"));
        Assert.False(policy.AcceptsNumber("price", "100"));
        Assert.False(policy.AcceptsNumber("price", "1e2"));

        var single = Policies.Attributes("{'price': [{'anything-but': 100}]}");
        Assert.True(single.AcceptsNumber("price", "99"));
        Assert.False(single.AcceptsNumber("price", "100.0"));
    }
}
