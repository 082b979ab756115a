namespace Emulator.Tests.Sns.Filtering;

/// <summary>The example message and policies of the "Amazon SNS message filtering examples" page, in both scopes.</summary>
public class DocumentedExamplesTests
{
    private static readonly (string, string, string)[] ExampleAttributes =
    [
        ("customer_interests", "String.Array", "[\"soccer\", \"rugby\", \"hockey\"]"),
        ("store", "String", "example_corp"),
        ("event", "String", "order_placed"),
        ("price_usd", "Number", "210.75"),
    ];

    private const string ExampleBody =
        "{'customer_interests': ['soccer', 'rugby', 'hockey'], 'store': 'example_corp', 'event': 'order_placed', 'price_usd': 210.75}";

    [Theory]
    [InlineData("{'store': ['example_corp'], 'event': [{'anything-but': 'order_cancelled'}], 'customer_interests': ['rugby', 'football', 'baseball'], 'price_usd': [{'numeric': ['>=', 100]}]}")]
    [InlineData("{'store': ['example_corp']}")]
    [InlineData("{'event': ['order_placed']}")]
    [InlineData("{'customer_interests': ['rugby']}")]
    [InlineData("{'price_usd': [{'numeric': ['>', 0, '<=', 300]}]}")]
    [InlineData("{'store': [{'prefix': 'example'}], 'event': [{'suffix': '_placed'}]}")]
    [InlineData("{'store': [{'exists': true}], 'encrypted': [{'exists': false}]}")]
    [InlineData("{'$or': [{'store': ['other_corp']}, {'price_usd': [210.75]}]}")]
    public void Policies_that_accept_the_example_message(string policy)
    {
        Assert.True(Policies.Attributes(policy).Accepts(ExampleAttributes));
        Assert.True(Policies.Body(policy).AcceptsBody(ExampleBody));
    }

    [Theory]
    [InlineData("{'store': ['example_corp'], 'event': ['order_cancelled']}")]
    [InlineData("{'customer_interests': ['baseball', 'basketball']}")]
    [InlineData("{'price_usd': [{'numeric': ['<', 100]}]}")]
    [InlineData("{'encrypted': [false]}")]
    [InlineData("{'store': [{'exists': false}]}")]
    [InlineData("{'event': [{'anything-but': ['order_placed', 'order_cancelled']}]}")]
    [InlineData("{'$or': [{'store': ['other_corp']}, {'price_usd': [{'numeric': ['>', 500]}]}]}")]
    public void Policies_that_reject_the_example_message(string policy)
    {
        Assert.False(Policies.Attributes(policy).Accepts(ExampleAttributes));
        Assert.False(Policies.Body(policy).AcceptsBody(ExampleBody));
    }

    [Fact]
    public void Nested_body_example()
    {
        var policy = Policies.Body("{'Records': {'s3': {'object': {'key': [{'suffix': '.jpg'}]}}}}");
        Assert.True(policy.AcceptsBody("{'Records': [{'s3': {'bucket': {'name': 'b'}, 'object': {'key': 'cat.jpg'}}}]}"));
        Assert.False(policy.AcceptsBody("{'Records': [{'s3': {'object': {'key': 'cat.png'}}}]}"));
    }
}
