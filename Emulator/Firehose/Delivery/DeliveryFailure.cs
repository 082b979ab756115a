namespace Emulator.Firehose.Delivery;

/// <summary>A batch that could not be delivered, with the error code Firehose reports for it (<c>S3.NoSuchBucket</c>, <c>HttpEndpoint.ResponseFailure</c>, ...).</summary>
public sealed class DeliveryFailure(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
