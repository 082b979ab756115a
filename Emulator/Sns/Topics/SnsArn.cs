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

    /// <summary>
    /// An ARN a request names in <paramref name="parameter"/>, with AWS's reason when it cannot be read: none given, or
    /// fewer than six colon-separated elements.
    /// </summary>
    public static SnsArn Parse(string? text, string parameter)
    {
        if (text is null) throw SnsErrors.InvalidParameter($"{parameter} Reason: no value for required parameter");
        var elements = text.Split(':').Length;
        if (elements < 6) throw SnsErrors.InvalidParameter($"{parameter} Reason: An ARN must have at least 6 elements, not {elements}");
        return TryParse(text, out var arn) ? arn : throw SnsErrors.InvalidParameter(parameter);
    }

    /// <summary>
    /// The topic a topic ARN names; a malformed ARN, or one of another region than the caller's, is InvalidParameter, as
    /// AWS answers before looking it up.
    /// </summary>
    public static SnsArn ParseTopic(string? text, string region, string parameter = "TopicArn")
    {
        var arn = Parse(text, parameter);
        if (arn.Resource.Contains(':') || arn.Resource.Contains('/') || arn.Region != region) throw SnsErrors.InvalidParameter(parameter);
        return arn;
    }
}
