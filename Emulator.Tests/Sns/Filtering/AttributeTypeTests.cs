namespace Emulator.Tests.Sns.Filtering;

public class AttributeTypeTests
{
    [Fact]
    public void String_array_matches_when_any_element_matches()
    {
        var policy = Policies.Attributes("{'customer_interests': ['rugby', 'tennis']}");
        Assert.True(policy.AcceptsArray("customer_interests", "['rugby', 'tennis']"));
        Assert.True(policy.AcceptsArray("customer_interests", "['soccer', 'rugby', 'hockey']"));
        Assert.False(policy.AcceptsArray("customer_interests", "['baseball']"));
        Assert.False(policy.AcceptsArray("customer_interests", "[]"));
    }

    [Fact]
    public void String_array_elements_keep_their_json_types()
    {
        var numeric = Policies.Attributes("{'scores': [{'numeric': ['>=', 90]}]}");
        Assert.True(numeric.AcceptsArray("scores", "[10, 95]"));
        Assert.False(numeric.AcceptsArray("scores", "[10, '95']"));

        var literals = Policies.Attributes("{'flags': [true, null]}");
        Assert.True(literals.AcceptsArray("flags", "[false, true]"));
        Assert.True(literals.AcceptsArray("flags", "[null]"));
        Assert.False(literals.AcceptsArray("flags", "['true', 'null']"));
    }

    [Fact]
    public void Anything_but_on_a_string_array_requires_every_element_to_pass()
    {
        var policy = Policies.Attributes("{'customer_interests': [{'anything-but': ['rugby', 'tennis']}]}");
        Assert.True(policy.AcceptsArray("customer_interests", "['baseball', 'football']"));
        Assert.False(policy.AcceptsArray("customer_interests", "['rugby', 'baseball']"));
        Assert.False(policy.AcceptsArray("customer_interests", "[]"));
    }

    [Fact]
    public void A_string_array_that_is_not_json_is_present_but_matches_no_value()
    {
        var policy = Policies.Attributes("{'tags': ['a', {'exists': true}]}");
        Assert.True(policy.Accepts(("tags", "String.Array", "not json")));
        var valueOnly = Policies.Attributes("{'tags': ['a']}");
        Assert.False(valueOnly.Accepts(("tags", "String.Array", "not json")));
    }

    [Fact]
    public void Custom_type_suffixes_keep_their_base_type()
    {
        var policy = Policies.Attributes("{'store': ['example_corp'], 'price': [{'numeric': ['<', 10]}]}");
        Assert.True(policy.Accepts(("store", "String.name", "example_corp"), ("price", "Number.float", "9.5")));
        Assert.False(policy.Accepts(("store", "Stringy", "example_corp"), ("price", "Number", "9.5")));
    }

    [Fact]
    public void Binary_attributes_are_ignored()
    {
        var present = Policies.Attributes("{'blob': [{'exists': true}]}");
        Assert.False(present.Accepts(("blob", "Binary", "AAEC")));
        var absent = Policies.Attributes("{'blob': [{'exists': false}]}");
        Assert.True(absent.Accepts(("blob", "Binary.custom", "AAEC")));
    }

    [Fact]
    public void Attributes_the_policy_does_not_name_are_ignored()
    {
        var policy = Policies.Attributes("{'store': ['example_corp']}");
        Assert.True(policy.Accepts(("store", "String", "example_corp"), ("extra", "String", "anything")));
    }
}
