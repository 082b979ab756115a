namespace Emulator.Common;

/// <summary>
/// A service acting on behalf of one of its resources (SNS delivering for a topic) as a resource policy sees it: its
/// service principal, and the resource and account the <c>aws:SourceArn</c> and <c>aws:SourceAccount</c> conditions test.
/// </summary>
public readonly record struct ServiceCaller(string Principal, string SourceArn, string SourceAccount)
{
    public static ServiceCaller SnsTopic(string topicArn) =>
        new("sns.amazonaws.com", topicArn, topicArn.Split(':') is { Length: > 4 } parts ? parts[4] : "");
}
