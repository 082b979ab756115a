namespace Emulator.Kinesis.Streams;

/// <summary>Enhanced fan-out consumer ARNs: <c>streamArn/consumer/name:creationEpochSeconds</c>.</summary>
public static class ConsumerArns
{
    private const string Marker = "/consumer/";

    public static string Of(KinesisStream stream, string name, DateTimeOffset created) => $"{stream.Arn}{Marker}{name}:{created.ToUnixTimeSeconds()}";

    public static (string StreamArn, string Name) Parse(string arn)
    {
        var marker = arn.IndexOf(Marker, StringComparison.Ordinal);
        var colon = arn.LastIndexOf(':');
        if (marker < 0 || colon < marker + Marker.Length) throw KinesisErrors.InvalidArgument($"Invalid ConsumerARN {arn}.");
        return (arn[..marker], arn[(marker + Marker.Length)..colon]);
    }
}
