using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Emulator.Sqs.Queues;

/// <summary>A queue's dead-letter configuration: where a message goes after <see cref="MaxReceiveCount"/> receives.</summary>
public sealed record RedrivePolicy(string DeadLetterTargetArn, int MaxReceiveCount)
{
    private const string Name = QueueAttributeNames.RedrivePolicy;
    private static readonly string[] Members = ["maxReceiveCount", "deadLetterTargetArn"];

    /// <summary>The policy as GetQueueAttributes reports it: target first, the count as a number.</summary>
    public string ToJson() =>
        $"{{\"deadLetterTargetArn\":{JsonConvert.ToString(DeadLetterTargetArn)},\"maxReceiveCount\":{MaxReceiveCount.ToString(CultureInfo.InvariantCulture)}}}";

    /// <summary>
    /// Reads the policy's JSON and checks its members. Whether the target exists and accepts the source is the
    /// parser's business, since it needs the other queues.
    /// </summary>
    public static RedrivePolicy Parse(string value)
    {
        var json = PolicyJson.ReadObject(value)
            ?? throw AttributeValues.Invalid(Name, "Redrive policy is not a valid JSON map.");
        var maxToken = json["maxReceiveCount"];
        if (maxToken is null) throw Missing(value, "maxReceiveCount");
        if (json["deadLetterTargetArn"] is not { } targetToken) throw Missing(value, "deadLetterTargetArn");
        if (json.Properties().Any(p => !Members.Contains(p.Name)))
            throw AttributeValues.Invalid(Name, value, "Only following attributes are supported: [maxReceiveCount, deadLetterTargetArn].");
        var maxText = maxToken.Type == JTokenType.String ? maxToken.Value<string>()! : maxToken.ToString(Formatting.None);
        if (maxToken.Type is not (JTokenType.Integer or JTokenType.String)
            || !int.TryParse(maxText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var max) || max is < 1 or > 1000)
            throw AttributeValues.Invalid(Name, value,
                $"Invalid value for maxReceiveCount: {maxText}, valid values are from 1 to 1000 both inclusive.");
        if (targetToken.Type != JTokenType.String || !QueueArn.TryParse(targetToken.Value<string>()!, out _))
            throw AttributeValues.Invalid(Name, value, "Only SQS queues are valid resources for deadLetterTargetArn.");
        return new RedrivePolicy(targetToken.Value<string>()!, max);
    }

    private static Protocol.Errors.AwsError Missing(string value, string member) =>
        AttributeValues.Invalid(Name, value, $"Redrive policy does not contain mandatory attribute: {member}.");
}
