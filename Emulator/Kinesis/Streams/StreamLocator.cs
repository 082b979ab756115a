namespace Emulator.Kinesis.Streams;

/// <summary>Finds the stream a request names, by StreamName or StreamARN, with AWS's errors.</summary>
public sealed class StreamLocator(KinesisStore store)
{
    public KinesisStream Resolve(string? name, string? arn, AwsRequestContext context)
    {
        var named = Named(name, arn, context);
        return Find(named) ?? throw KinesisErrors.StreamNotFound(named.Name, named.AccountId);
    }

    /// <summary>The stream a request names by StreamName or StreamARN, checked but not looked up.</summary>
    public static StreamName Named(string? name, string? arn, AwsRequestContext context)
    {
        var (account, region, byName) = (context.AccountId, context.Region, name);
        if (arn is not null)
        {
            if (!TryParseArn(arn, out region, out account, out var arnName))
                throw KinesisErrors.Constraint(arn, "streamARN", "Member must satisfy regular expression pattern: arn:aws.*:kinesis:.*:\\d{12}:stream/\\S+");
            if (name is not null && name != arnName)
                throw KinesisErrors.InvalidArgument($"StreamName {name} does not match the stream name in StreamARN {arn}.");
            byName = arnName;
        }
        if (byName is null) throw KinesisErrors.InvalidArgument("Either StreamName or StreamARN should be provided.");
        StreamNames.Check(byName);
        return new StreamName(account, region, byName);
    }

    public KinesisStream? Find(StreamName named) => store.Find(named.AccountId, named.Region, named.Name);

    public static bool TryParseArn(string arn, out string region, out string accountId, out string name)
    {
        var parts = arn.Split(':', 6);
        (region, accountId, name) = ("", "", "");
        if (parts is not ["arn", _, "kinesis", { Length: > 0 } r, { Length: 12 } a, var resource] || !resource.StartsWith("stream/", StringComparison.Ordinal))
            return false;
        var rest = resource["stream/".Length..];
        if (rest.Contains('/') || rest.Length == 0) return false;
        (region, accountId, name) = (r, a, rest);
        return true;
    }
}

/// <summary>A stream as a request names it: its account, region and name.</summary>
public readonly record struct StreamName(string AccountId, string Region, string Name);

/// <summary>Stream names: 1 to 128 letters, digits, underscores, hyphens and periods.</summary>
public static class StreamNames
{
    public static void Check(string name)
    {
        if (name.Length is 0 or > 128 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
            throw KinesisErrors.Constraint(name, "streamName", "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
    }
}
