namespace Emulator.Tests.Sns.Filtering;

public class LogicTests
{
    [Fact]
    public void Keys_are_anded_and_values_are_ored()
    {
        var policy = Policies.Attributes("{'customer_interests': ['rugby', 'football'], 'price_usd': [{'numeric': ['>', 100]}]}");
        Assert.True(policy.Accepts(("customer_interests", "String", "football"), ("price_usd", "Number", "101")));
        Assert.False(policy.Accepts(("customer_interests", "String", "football"), ("price_usd", "Number", "100")));
        Assert.False(policy.Accepts(("customer_interests", "String", "baseball"), ("price_usd", "Number", "101")));
        Assert.False(policy.Accepts(("customer_interests", "String", "rugby")));
    }

    [Fact]
    public void Or_operator_accepts_any_alternative()
    {
        var policy = Policies.Attributes(
            "{'source': ['aws.cloudwatch'], '$or': [{'metricName': ['CPUUtilization', 'ReadLatency']}, {'namespace': ['AWS/EC2', 'AWS/ES']}]}");
        Assert.True(policy.Accepts(("source", "String", "aws.cloudwatch"), ("metricName", "String", "ReadLatency")));
        Assert.True(policy.Accepts(("source", "String", "aws.cloudwatch"), ("namespace", "String", "AWS/ES")));
        Assert.False(policy.Accepts(("source", "String", "aws.cloudwatch"), ("namespace", "String", "AWS/S3")));
        Assert.False(policy.Accepts(("source", "String", "aws.s3"), ("metricName", "String", "ReadLatency")));
    }

    [Fact]
    public void Or_alternatives_can_hold_several_keys_and_nest()
    {
        var policy = Policies.Attributes(
            "{'$or': [{'a': ['1'], 'b': ['2']}, {'$or': [{'c': ['3']}, {'d': [{'exists': false}], 'e': ['5']}]}]}");
        Assert.True(policy.Accepts(("a", "String", "1"), ("b", "String", "2")));
        Assert.False(policy.Accepts(("a", "String", "1")));
        Assert.True(policy.Accepts(("c", "String", "3")));
        Assert.True(policy.Accepts(("e", "String", "5")));
        Assert.False(policy.Accepts(("e", "String", "5"), ("d", "String", "4")));
    }

    [Fact]
    public void Two_or_groups_in_one_object_must_both_hold()
    {
        var policy = Policies.Body("{'x': {'$or': [{'a': ['1']}, {'b': ['2']}]}, '$or': [{'c': ['3']}, {'d': ['4']}]}");
        Assert.True(policy.AcceptsBody("{'x': {'b': '2'}, 'd': '4'}"));
        Assert.False(policy.AcceptsBody("{'x': {'b': '2'}}"));
        Assert.False(policy.AcceptsBody("{'x': {'c': '3'}, 'c': '3'}"));
    }

    [Fact]
    public void Empty_policy_matches_everything()
    {
        Assert.True(Policies.Attributes("{}").Accepts());
        Assert.True(Policies.Body("{}").AcceptsBody("{'a': 1}"));
    }
}
