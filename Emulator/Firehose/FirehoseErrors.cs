namespace Emulator.Firehose;

/// <summary>Firehose's errors in its own words (API reference, "Errors" of each operation).</summary>
public static class FirehoseErrors
{
    public static AwsError NotFound(string name, string accountId) =>
        new("ResourceNotFoundException", $"Firehose {name} under account {accountId} not found.");

    public static AwsError InUse(string name, string accountId) =>
        new("ResourceInUseException", $"Firehose {name} under accountId {accountId} already exists");

    public static AwsError NotActive(string name, string status) =>
        new("ResourceInUseException", $"Firehose {name} is not in the ACTIVE state, its current state is {status}.");

    public static AwsError InvalidArgument(string message) => new("InvalidArgumentException", message);

    public static AwsError NotDirectPut(string type) =>
        InvalidArgument($"This operation is not permitted on {type} delivery stream type.");

    public static AwsError StaleVersion(string name, string current, string given) =>
        new("ConcurrentModificationException",
            $"Cannot update firehose: {name} since the current version id: {current} and specified version id: {given} do not match");

    public static AwsError LimitExceeded(string message) => new("LimitExceededException", message);

    /// <summary>The service's "back off and retry" (its model: ServiceUnavailableException, a 503 server fault).</summary>
    public static AwsError BacklogFull(string name, long bytes) =>
        new("ServiceUnavailableException",
            $"Slow down. Firehose {name} holds {bytes} bytes its destination has not taken yet (the emulator's --firehose-backlog).", 503,
            senderFault: false);
}
