namespace Emulator.Tests.Conformance.Sns;

/// <summary>SNS's answers as recorded on AWS or documented (SNS speaks only the query protocol), by subject.</summary>
public static class SnsCases
{
    public static readonly CaseList All = new()
    {
        TopicCases.All,
        SubscriptionCases.All,
        PublishCases.All,
        FilterPolicyCases.All,
        PlatformSmsCases.All,
    };
}
