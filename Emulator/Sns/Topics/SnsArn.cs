namespace Emulator.Sns.Topics;

/// <summary>
/// An SNS ARN (<c>arn:aws:sns:region:account:resource</c>): a topic's resource is its name, a subscription's is
/// <c>topic:uuid</c>, a platform application's <c>app/PLATFORM/name</c>, an endpoint's <c>endpoint/PLATFORM/app/uuid</c>.
/// </summary>
public readonly record struct SnsArn(string Region, string AccountId, string Resource)
{
    public override string ToString() => $"arn:aws:sns:{Region}:{AccountId}:{Resource}";

    public static string Topic(string region, string accountId, string name) => $"arn:aws:sns:{region}:{accountId}:{name}";

    public static bool TryParse(string? text, out SnsArn arn)
    {
        arn = default;
        if (text is null) return false;
        var parts = text.Split(':', 6);
        if (parts is not ["arn", "aws", "sns", { Length: > 0 } region, { Length: 12 } account, { Length: > 0 } resource]
            || !account.All(char.IsAsciiDigit))
            return false;
        arn = new SnsArn(region, account, resource);
        return true;
    }

    /// <summary>The topic a topic ARN names; a malformed ARN is InvalidParameter, as AWS answers before looking it up.</summary>
    public static SnsArn ParseTopic(string? text, string parameter = "TopicArn")
    {
        if (!TryParse(text, out var arn) || arn.Resource.Contains(':') || arn.Resource.Contains('/'))
            throw SnsErrors.InvalidParameter(parameter);
        return arn;
    }
}
