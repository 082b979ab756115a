namespace Emulator.Tests.Sns.Filtering;

public class MessageBodyTests
{
    [Fact]
    public void Top_level_properties_match_by_type()
    {
        var policy = Policies.Body("{'store': ['example_corp'], 'price_usd': [{'numeric': ['>', 100]}], 'paid': [true]}");
        Assert.True(policy.AcceptsBody("{'store': 'example_corp', 'price_usd': 210.75, 'paid': true}"));
        Assert.False(policy.AcceptsBody("{'store': 'example_corp', 'price_usd': '210.75', 'paid': true}"));
        Assert.False(policy.AcceptsBody("{'store': 'example_corp', 'price_usd': 210.75, 'paid': 'true'}"));
    }

    [Fact]
    public void Nested_keys_follow_nested_objects()
    {
        var policy = Policies.Body("{'object': {'key': [{'prefix': 'auto-'}]}}");
        Assert.True(policy.AcceptsBody("{'object': {'key': 'auto-test'}}"));
        Assert.False(policy.AcceptsBody("{'object': {'key': 'manual'}}"));
        Assert.False(policy.AcceptsBody("{'key': 'auto-test'}"));
        Assert.False(policy.AcceptsBody("{'object': 'auto-test'}"));
    }

    [Fact]
    public void Arrays_match_when_any_element_matches()
    {
        var policy = Policies.Body("{'customer_interests': ['rugby']}");
        Assert.True(policy.AcceptsBody("{'customer_interests': ['soccer', 'rugby']}"));
        Assert.True(policy.AcceptsBody("{'customer_interests': [['nested', ['rugby']]]}"));
        Assert.False(policy.AcceptsBody("{'customer_interests': ['soccer']}"));

        var anythingBut = Policies.Body("{'customer_interests': [{'anything-but': ['rugby', 'tennis']}]}");
        Assert.True(anythingBut.AcceptsBody("{'customer_interests': ['rugby', 'baseball']}"));
        Assert.False(anythingBut.AcceptsBody("{'customer_interests': ['rugby', 'tennis']}"));
    }

    [Fact]
    public void Arrays_of_objects_match_when_one_element_satisfies_the_whole_nested_policy()
    {
        var policy = Policies.Body("{'items': {'kind': ['book'], 'price': [{'numeric': ['<', 10]}]}}");
        Assert.True(policy.AcceptsBody("{'items': [{'kind': 'pen', 'price': 1}, {'kind': 'book', 'price': 5}]}"));
        Assert.False(policy.AcceptsBody("{'items': [{'kind': 'book', 'price': 50}, {'kind': 'pen', 'price': 5}]}"));
    }

    [Fact]
    public void Empty_arrays_and_objects_are_not_values()
    {
        var exists = Policies.Body("{'a': [{'exists': true}]}");
        Assert.False(exists.AcceptsBody("{'a': []}"));
        Assert.False(exists.AcceptsBody("{'a': {'b': 1}}"));
        Assert.True(exists.AcceptsBody("{'a': [0]}"));
        Assert.True(exists.AcceptsBody("{'a': null}"));

        var absent = Policies.Body("{'a': [{'exists': false}]}");
        Assert.True(absent.AcceptsBody("{'a': []}"));
        Assert.False(absent.AcceptsBody("{'a': ''}"));
    }

    [Fact]
    public void Exists_false_holds_under_a_missing_parent()
    {
        var policy = Policies.Body("{'detail': {'error': [{'exists': false}]}}");
        Assert.True(policy.AcceptsBody("{}"));
        Assert.True(policy.AcceptsBody("{'detail': {'ok': 1}}"));
        Assert.False(policy.AcceptsBody("{'detail': {'error': 'boom'}}"));
    }

    [Fact]
    public void Or_works_inside_nested_objects()
    {
        var policy = Policies.Body("{'detail': {'$or': [{'c-count': [{'numeric': ['>', 0, '<=', 5]}]}, {'d-count': [{'numeric': ['<', 10]}]}]}}");
        Assert.True(policy.AcceptsBody("{'detail': {'c-count': 3}}"));
        Assert.True(policy.AcceptsBody("{'detail': {'d-count': 9}}"));
        Assert.False(policy.AcceptsBody("{'detail': {'c-count': 6, 'd-count': 10}}"));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[{\"a\": \"b\"}]")]
    [InlineData("\"a\"")]
    [InlineData("{\"a\": \"b\"} trailing")]
    [InlineData("")]
    public void A_body_that_is_not_a_json_object_matches_nothing(string body)
    {
        Assert.False(Policies.Body("{'a': ['b']}").MatchesBody(body));
        Assert.False(Policies.Body("{'z': [{'exists': false}]}").MatchesBody(body));
    }

    [Fact]
    public void Deeply_nested_bodies_are_read()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 5000)) + "1" + string.Concat(Enumerable.Repeat("]", 5000));
        var policy = Policies.Body("{'a': [1]}");
        Assert.True(policy.MatchesBody($"{{\"a\": {deep}}}"));
    }

    [Fact]
    public void Each_scope_has_its_own_matching_method()
    {
        Assert.Throws<InvalidOperationException>(() => Policies.Body("{'a': ['b']}").AcceptsString("a", "b"));
        Assert.Throws<InvalidOperationException>(() => Policies.Attributes("{'a': ['b']}").AcceptsBody("{'a': 'b'}"));
    }
}
