namespace Emulator.Tests.Sns.Filtering;

public class KeyMatchingTests
{
    [Fact]
    public void Exists_true_matches_any_present_value()
    {
        var policy = Policies.Attributes("{'store': [{'exists': true}]}");
        Assert.True(policy.AcceptsString("store", "example_corp"));
        Assert.True(policy.AcceptsNumber("store", "99"));
        Assert.True(policy.AcceptsArray("store", "[]"));
        Assert.False(policy.AcceptsString("other", "x"));
    }

    [Fact]
    public void Exists_false_matches_only_an_absent_key()
    {
        var policy = Policies.Attributes("{'store': [{'exists': false}]}");
        Assert.True(policy.Accepts());
        Assert.True(policy.AcceptsNumber("def", "99"));
        Assert.False(policy.AcceptsString("store", "example_corp"));
    }

    [Fact]
    public void An_absent_key_fails_every_other_condition()
    {
        var policy = Policies.Attributes(
            "{'k': ['v', 1, null, true, {'prefix': ''}, {'suffix': ''}, {'numeric': ['>', 0]}, {'anything-but': 'v'}, " +
            "{'equals-ignore-case': 'v'}, {'wildcard': '*'}, {'cidr': '0.0.0.0/0'}]}");
        Assert.False(policy.Accepts());
        Assert.True(policy.AcceptsString("k", "anything"));
    }

    [Fact]
    public void Null_matches_a_json_null_not_an_absent_key()
    {
        var policy = Policies.Body("{'k': [null]}");
        Assert.True(policy.AcceptsBody("{'k': null}"));
        Assert.False(policy.AcceptsBody("{}"));
        Assert.False(policy.AcceptsBody("{'k': 'null'}"));
    }
}
