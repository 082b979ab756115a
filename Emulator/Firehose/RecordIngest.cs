using Emulator.Firehose.Delivery;
using Emulator.Firehose.Streams;

namespace Emulator.Firehose;

/// <summary>
/// Firehose's entry point for services that put records into a delivery stream (SNS subscriptions with protocol
/// <c>firehose</c>): the record is accepted as PutRecord accepts one, or the error Firehose would answer.
/// </summary>
public sealed class RecordIngest(FirehoseStore store, Deliveries deliveries)
{
    public AwsError? Deliver(string deliveryStreamArn, byte[] record)
    {
        if (store.FindByArn(deliveryStreamArn) is not { } stream)
        {
            var parts = deliveryStreamArn.Split(':', 6);
            return FirehoseErrors.NotFound(parts.Length == 6 ? parts[5].Replace("deliverystream/", "") : deliveryStreamArn,
                parts.Length == 6 ? parts[4] : "");
        }
        if (stream.Type != DeliveryStream.DirectPut) return FirehoseErrors.NotDirectPut(stream.Type);
        try
        {
            deliveries.Accept(stream, [record]);
            return null;
        }
        catch (AwsError refusal)
        {
            return refusal;
        }
    }
}
