using System.Text.RegularExpressions;
using Emulator.Sqs;

namespace Emulator.Sns.Subscriptions;

/// <summary>The delivery protocols SNS supports, and the endpoint each one requires.</summary>
public static partial class SubscriptionProtocols
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "http", "https", "email", "email-json", "sms", "sqs", "application", "lambda", "firehose",
    };

    /// <summary>Protocols whose subscriptions wait for the endpoint's owner to confirm them.</summary>
    public static bool NeedsConfirmation(string protocol) => protocol is "http" or "https" or "email" or "email-json";

    public static bool SupportsRawDelivery(string protocol) => protocol is "http" or "https" or "sqs" or "firehose";

    public static void CheckEndpoint(string protocol, string? endpoint)
    {
        if (!All.Contains(protocol)) throw SnsErrors.InvalidParameter($"Amazon SNS does not support this protocol string: {protocol}");
        if (string.IsNullOrEmpty(endpoint)) throw SnsErrors.InvalidParameter("Endpoint");
        if (protocol == "sms")
        {
            PhoneNumbers.CheckEndpoint(endpoint);
            return;
        }
        var valid = protocol switch
        {
            "http" => Uri.TryCreate(endpoint, UriKind.Absolute, out var http) && http.Scheme == "http",
            "https" => Uri.TryCreate(endpoint, UriKind.Absolute, out var https) && https.Scheme == "https",
            "email" or "email-json" => EmailAddress().IsMatch(endpoint),
            "sqs" => QueueArn.TryParse(endpoint, out _),
            "lambda" => endpoint.StartsWith("arn:aws:lambda:", StringComparison.Ordinal),
            "firehose" => endpoint.StartsWith("arn:aws:firehose:", StringComparison.Ordinal),
            "application" => endpoint.StartsWith("arn:aws:sns:", StringComparison.Ordinal) && endpoint.Contains(":endpoint/"),
            _ => false,
        };
        if (!valid)
            throw SnsErrors.InvalidParameter(protocol switch
            {
                "sqs" => "SQS endpoint ARN",
                "email" or "email-json" => "Email address",
                "http" or "https" => "Endpoint must match the specified protocol",
                _ => "Endpoint",
            });
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailAddress();
}
