namespace Emulator.Firehose.Delivery;

/// <summary>A batch that could not be delivered, with the error code Firehose reports for it (<c>S3.NoSuchBucket</c>, <c>HttpEndpoint.ResponseFailure</c>, ...).</summary>
public sealed class DeliveryFailure(string code, string message) : Exception(message)
{
    public string Code { get; } = code;

    /// <summary>The records went to the destination's S3 backup: the batch is done with, not to be retried.</summary>
    public bool BackedUp { get; init; }
}
