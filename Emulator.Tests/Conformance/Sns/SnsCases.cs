using Emulator.Tests.Conformance.Wire;

namespace Emulator.Tests.Conformance.Sns;

/// <summary>SNS's answers as recorded on AWS or documented (SNS speaks only the query protocol).</summary>
public static class SnsCases
{
    private const string Recording = "sns/test_sns";

    public static readonly CaseList All = new()
    {
        {
            "GetTopicAttributes of an unknown topic is NotFound",
            Source.Doc("https://docs.aws.amazon.com/sns/latest/api/API_GetTopicAttributes.html"),
            sns => sns.Call("GetTopicAttributes", new { TopicArn = $"arn:aws:sns:us-east-1:000000000000:{WireClient.UniqueName()}" }),
            Expect.Error(404, "NotFound", "Topic does not exist")
        },
    };
}
