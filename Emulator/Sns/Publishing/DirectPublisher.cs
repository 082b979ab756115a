using Emulator.Protocol.Pipeline;
using Emulator.Sns.Delivery;
using Emulator.Sns.Platform;
using Emulator.Sns.Sms;
using Emulator.Sns.Subscriptions;

namespace Emulator.Sns.Publishing;

/// <summary>Publish without a topic: an SMS to a phone number or a push message to one platform endpoint, both recorded.</summary>
public sealed class DirectPublisher(PlatformStore platforms, SmsStore sms, RecordedDeliveries recorded, DeliveryLog log, TimeProvider clock)
{
    public string ToPhone(string phoneNumber, PublishContent input, AwsRequestContext context)
    {
        PhoneNumbers.CheckTarget(phoneNumber);
        PublishRules.Check(input);
        var (message, _) = MessageStructure.Read(input.Message!, input.MessageStructure);
        var messageId = RandomUuid.New().ToString();
        if (sms.Region(context.AccountId, context.Region).OptedOut.ContainsKey(phoneNumber)) return messageId;
        recorded.Record("sms", new RecordedDelivery(phoneNumber, message, context.AccountId, context.Region, clock.GetUtcNow(), messageId,
            Subject: input.Subject, Attributes: input.Attributes?.ToDictionary(a => a.Key, a => a.Value.StringValue ?? "")));
        log.Add("sms", phoneNumber, "recorded", topicArn: null, subscriptionArn: null, messageId);
        return messageId;
    }

    public string ToEndpoint(string endpointArn, PublishContent input, AwsRequestContext context)
    {
        if (platforms.FindEndpoint(endpointArn) is not { } endpoint)
            throw SnsErrors.InvalidParameter("TargetArn Reason: No endpoint found for the target arn specified");
        if (!endpoint.Enabled) throw SnsErrors.EndpointDisabled();
        PublishRules.Check(input);
        var (message, perProtocol) = MessageStructure.Read(input.Message!, input.MessageStructure);
        var messageId = RandomUuid.New().ToString();
        recorded.Record("application", new RecordedDelivery(endpointArn, perProtocol?.GetValueOrDefault(endpoint.Application.Platform) ?? message,
            context.AccountId, context.Region, clock.GetUtcNow(), messageId, Subject: input.Subject,
            Attributes: input.Attributes?.ToDictionary(a => a.Key, a => a.Value.StringValue ?? "")));
        log.Add("application", endpointArn, "recorded", topicArn: null, subscriptionArn: null, messageId);
        return messageId;
    }
}
