using Emulator.Protocol.Errors;
using Emulator.Sns.Shapes;
using Emulator.Sns.Topics;

namespace Emulator.Tests.Sns.Topics;

public class ResourceTagsTests
{
    // Found by the SNS query fuzz target: CreateTopic with Tags.member.3.Key and no Tags.member.3.Value was a 500.
    [Theory]
    [InlineData("k", null, "Tags.member.2.Value")]
    [InlineData(null, "v", "Tags.member.2.Key")]
    public void A_tag_without_its_key_or_value_is_a_missing_parameter(string? key, string? value, string parameter)
    {
        var error = Assert.Throws<AwsError>(() => ResourceTags.Merge([], [new Tag { Key = "a", Value = "b" }, new Tag { Key = key, Value = value }]));

        Assert.Equal(("MissingParameter", $"The request must contain the parameter {parameter}."), (error.QueryCode, error.Message));
    }
}
