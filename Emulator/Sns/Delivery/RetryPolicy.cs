using Newtonsoft.Json.Linq;

namespace Emulator.Sns.Delivery;

/// <summary>
/// An HTTP/S delivery retry policy. Retries run in four phases: immediate retries, retries at the minimum delay,
/// a back-off phase from the minimum to the maximum delay along the back-off function, and retries at the maximum delay.
/// </summary>
public sealed record RetryPolicy(
    int MinDelayTarget, int MaxDelayTarget, int NumRetries, int NumNoDelayRetries, int NumMinDelayRetries,
    int NumMaxDelayRetries, string BackoffFunction)
{
    /// <summary>AWS's default for HTTP/S subscriptions: three retries, 20 seconds apart.</summary>
    public static readonly RetryPolicy Default = new(20, 20, 3, 0, 0, 0, "linear");

    private static readonly string[] BackoffFunctions = ["linear", "arithmetic", "geometric", "exponential"];

    /// <summary>The delay before retry number <paramref name="retry"/> (1-based), or null when no retry is left.</summary>
    public TimeSpan? DelayBefore(int retry)
    {
        if (retry > NumRetries) return null;
        if (retry <= NumNoDelayRetries) return TimeSpan.Zero;
        if (retry <= NumNoDelayRetries + NumMinDelayRetries) return TimeSpan.FromSeconds(MinDelayTarget);
        var backoffRetries = NumRetries - NumNoDelayRetries - NumMinDelayRetries - NumMaxDelayRetries;
        var step = retry - NumNoDelayRetries - NumMinDelayRetries;
        if (step > backoffRetries) return TimeSpan.FromSeconds(MaxDelayTarget);
        var fraction = (double)step / backoffRetries;
        var shaped = BackoffFunction switch
        {
            "arithmetic" => fraction * fraction,
            "geometric" => Math.Pow(fraction, 3),
            "exponential" => (Math.Pow(2, fraction * 10) - 1) / (Math.Pow(2, 10) - 1),
            _ => fraction,
        };
        return TimeSpan.FromSeconds(MinDelayTarget + (MaxDelayTarget - MinDelayTarget) * shaped);
    }

    public JObject ToJson() => new()
    {
        ["minDelayTarget"] = MinDelayTarget,
        ["maxDelayTarget"] = MaxDelayTarget,
        ["numRetries"] = NumRetries,
        ["numMaxDelayRetries"] = NumMaxDelayRetries,
        ["numNoDelayRetries"] = NumNoDelayRetries,
        ["numMinDelayRetries"] = NumMinDelayRetries,
        ["backoffFunction"] = BackoffFunction,
    };

    /// <summary>Reads a <c>healthyRetryPolicy</c> object with AWS's limits; absent fields take the defaults.</summary>
    public static RetryPolicy Parse(JToken? json, string attribute)
    {
        if (json is null) return Default;
        if (json is not JObject policy) throw Invalid(attribute, "healthyRetryPolicy must be an object");
        var result = new RetryPolicy(
            Int(policy, "minDelayTarget", Default.MinDelayTarget, attribute),
            Int(policy, "maxDelayTarget", Default.MaxDelayTarget, attribute),
            Int(policy, "numRetries", Default.NumRetries, attribute),
            Int(policy, "numNoDelayRetries", 0, attribute),
            Int(policy, "numMinDelayRetries", 0, attribute),
            Int(policy, "numMaxDelayRetries", 0, attribute),
            policy["backoffFunction"]?.ToString() ?? "linear");
        if (result.NumRetries is < 0 or > 100) throw Invalid(attribute, "numRetries must be between 0 and 100");
        if (result.MaxDelayTarget is < 1 or > 3600) throw Invalid(attribute, "maxDelayTarget must be between 1 and 3600");
        if (result.MinDelayTarget < 1 || result.MinDelayTarget > result.MaxDelayTarget)
            throw Invalid(attribute, "minDelayTarget must be between 1 and maxDelayTarget");
        if (result.NumNoDelayRetries < 0 || result.NumMinDelayRetries < 0 || result.NumMaxDelayRetries < 0
            || result.NumNoDelayRetries + result.NumMinDelayRetries + result.NumMaxDelayRetries > result.NumRetries)
            throw Invalid(attribute, "numNoDelayRetries + numMinDelayRetries + numMaxDelayRetries must be between 0 and numRetries");
        if (!BackoffFunctions.Contains(result.BackoffFunction))
            throw Invalid(attribute, "backoffFunction must be one of linear, arithmetic, geometric, exponential");
        return result;
    }

    private static int Int(JObject policy, string name, int fallback, string attribute) => policy[name] switch
    {
        null => fallback,
        JValue { Type: JTokenType.Integer } v => (int)(long)v.Value!,
        JValue { Type: JTokenType.String } s when int.TryParse((string?)s, out var n) => n,
        _ => throw Invalid(attribute, $"{name} must be an integer"),
    };

    internal static Exception Invalid(string attribute, string reason) =>
        SnsErrors.InvalidParameter($"{attribute}: {reason}");
}
