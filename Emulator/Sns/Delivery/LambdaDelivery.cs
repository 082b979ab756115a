using Emulator.Common.Functions;
using Emulator.Sns.Subscriptions;
using Emulator.Sns.Topics;
using Newtonsoft.Json.Linq;

namespace Emulator.Sns.Delivery;

/// <summary>
/// SNS <c>lambda</c> subscriptions whose function has an endpoint (<see cref="FunctionEndpoints"/>): the function is
/// invoked, off the publishing request, with the event Lambda gets from SNS (developer guide, "Invoking Lambda functions
/// with Amazon SNS notifications"): <c>Records[0]</c> with <c>EventSource</c> <c>aws:sns</c>, <c>EventVersion</c>,
/// <c>EventSubscriptionArn</c> and the notification under <c>Sns</c>, whose URL fields are spelt <c>SigningCertUrl</c> and
/// <c>UnsubscribeUrl</c> there. A function that cannot be invoked sends the message to the subscription's dead-letter queue.
/// </summary>
public sealed class LambdaDelivery(FunctionInvoker functions, SqsDelivery sqs, ILogger<LambdaDelivery> logger)
{
    public bool Handles(Subscription subscription) => functions.CanInvoke(subscription.Endpoint);

    public void Deliver(Subscription subscription, string envelope) => _ = InvokeAsync(subscription, envelope);

    private async Task InvokeAsync(Subscription subscription, string envelope)
    {
        var payload = System.Text.Encoding.UTF8.GetBytes(Event(subscription, envelope));
        try
        {
            await functions.InvokeAsync(subscription.Endpoint, payload, CancellationToken.None).ConfigureAwait(false);
        }
        catch (FunctionFailure failure)
        {
            logger.LogWarning("SNS could not invoke {Function}: {Reason}", subscription.Endpoint, failure.Message);
            if (subscription.Settings.DeadLetterTargetArn is { } dlq) sqs.Send(dlq, envelope, subscription.TopicArn);
        }
    }

    private static string Event(Subscription subscription, string envelope)
    {
        var notification = JObject.Parse(envelope);
        var sns = new JObject();
        foreach (var (name, value) in notification)
            sns[name switch { "SigningCertURL" => "SigningCertUrl", "UnsubscribeURL" => "UnsubscribeUrl", _ => name }] = value;
        if (!sns.ContainsKey("Subject")) sns["Subject"] = null;
        var record = new JObject
        {
            ["EventSource"] = "aws:sns",
            ["EventVersion"] = "1.0",
            ["EventSubscriptionArn"] = subscription.Arn,
            ["Sns"] = sns,
        };
        return new JObject { ["Records"] = new JArray(record) }.ToString(Newtonsoft.Json.Formatting.None);
    }
}
