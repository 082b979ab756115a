using Emulator.Sqs;
using Emulator.Sqs.Queues;

namespace Emulator.Tests.Sqs.Queues;

public class RedriveAllowPolicyTests
{
    private const string Unsupported =
        "Invalid value for the parameter RedriveAllowPolicy. Reason: Amazon SQS can't create the redrive allow policy, as it’s in an unsupported format.";

    private static readonly QueueArn Dlq = new("us-east-1", "000000000000", "dlq");

    [Theory]
    [InlineData("{\"redrivePermission\":\"allowAll\"}", RedrivePermission.AllowAll)]
    [InlineData("{\"redrivePermission\":\"denyAll\"}", RedrivePermission.DenyAll)]
    [InlineData("{\"redrivePermission\":\"byQueue\",\"sourceQueueArns\":[\"arn:aws:sqs:us-east-1:000000000000:a\"]}", RedrivePermission.ByQueue)]
    public void Valid_policies_parse(string text, RedrivePermission permission) =>
        Assert.Equal(permission, RedriveAllowPolicy.Parse(text).Permission);

    [Theory]
    [InlineData("badjson")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("{\"redrivePermission\":\"dummy\"}")]
    [InlineData("{\"redrivePermission\":\"allowAll\",\"dummy\":\"value\"}")]
    [InlineData("{\"redrivePermission\":\"byQueue\",\"sourceQueueArns\":\"arn:aws:sqs\"}")]
    [InlineData("{\"redrivePermission\":\"byQueue\",\"sourceQueueArns\":[{\"dummy\":\"value\"}]}")]
    public void Unsupported_formats_are_refused(string text)
    {
        var error = QueueWorld.Fails(() => RedriveAllowPolicy.Parse(text));

        Assert.Equal("InvalidAttributeValue", error.Code);
        Assert.Equal(Unsupported, error.Message);
    }

    [Theory]
    [InlineData("{\"redrivePermission\":\"byQueue\"}", "When you specify the byQueue permission type, you must also specify one or more sourceQueueArns values.")]
    [InlineData("{\"redrivePermission\":\"byQueue\",\"sourceQueueArns\":[]}", "When you specify the byQueue permission type, you must also specify one or more sourceQueueArns values.")]
    [InlineData("{\"redrivePermission\":\"allowAll\",\"sourceQueueArns\":[\"arn:aws:sqs:us-east-1:000000000000:x\"]}", "To specify one or more source queue ARNs, you must set redrivePermission to byQueue.")]
    [InlineData("{\"redrivePermission\":\"denyAll\",\"sourceQueueArns\":[\"arn:aws:sqs:us-east-1:000000000000:x\"]}", "To specify one or more source queue ARNs, you must set redrivePermission to byQueue.")]
    public void Source_lists_go_with_byQueue_only(string text, string reason)
    {
        var error = QueueWorld.Fails(() => RedriveAllowPolicy.Parse(text));

        Assert.Equal($"Value {text} for parameter RedriveAllowPolicy is invalid. Reason: Amazon SQS can't create the redrive allow policy. {reason}", error.Message);
    }

    [Fact]
    public void At_most_ten_sources()
    {
        string Sources(int count) => string.Join(",", Enumerable.Range(1, count).Select(i => $"\"arn:aws:sqs:us-east-1:000000000000:s{i}\""));

        Assert.Equal(10, RedriveAllowPolicy.Parse($"{{\"redrivePermission\":\"byQueue\",\"sourceQueueArns\":[{Sources(10)}]}}").SourceQueueArns.Count);
        var error = QueueWorld.Fails(() => RedriveAllowPolicy.Parse($"{{\"redrivePermission\":\"byQueue\",\"sourceQueueArns\":[{Sources(11)}]}}"));
        Assert.EndsWith("The maximum number of source queue ARNs you can specify is 10.", error.Message);
    }

    [Fact]
    public void Allows_follows_the_permission()
    {
        var sameAccount = new QueueArn("us-east-1", "000000000000", "src");
        var otherAccount = new QueueArn("us-east-1", "123456789012", "src");

        Assert.True(RedriveAllowPolicy.Default.Allows(sameAccount, Dlq));
        Assert.False(RedriveAllowPolicy.Default.Allows(otherAccount, Dlq));
        Assert.False(RedriveAllowPolicy.Parse("{\"redrivePermission\":\"denyAll\"}").Allows(sameAccount, Dlq));
        var byQueue = RedriveAllowPolicy.Parse($"{{\"redrivePermission\":\"byQueue\",\"sourceQueueArns\":[\"{otherAccount}\"]}}");
        Assert.True(byQueue.Allows(otherAccount, Dlq));
        Assert.False(byQueue.Allows(sameAccount, Dlq));
    }
}
