namespace Emulator.Hosting.Faults;

/// <summary>A fault as asked for (the admin API's JSON, the configuration file's <c>faults</c> items), before defaults.</summary>
public sealed record FaultSpec(string Service, string? Operation, double? ErrorRate, string? Error, int? Status, string? Message, int LatencyMs)
{
    /// <summary>What is wrong with it, or null.</summary>
    public string? Problem => ErrorRate is < 0 or > 1 ? "errorRate is a fraction from 0 to 1"
        : LatencyMs is < 0 or > 600_000 ? "latencyMs is from 0 to 600000"
        : Status is not null and (< 400 or > 599) ? "status is an HTTP error status, 400 to 599"
        : null;
}

/// <summary>
/// One injected fault: for a service (and one operation, or all of them), a delay before every matching request and, at
/// <see cref="ErrorRate"/>, an AWS error instead of the operation's answer.
/// </summary>
public sealed record FaultRule(string Id, string Service, string? Operation, double ErrorRate, string? Error, int Status, string Message, int LatencyMs)
{
    /// <summary>
    /// The HTTP status AWS sends with the errors tests inject most; 400 otherwise. SQS answers RequestThrottled with 400
    /// (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_SendMessage.html), ThrottlingException
    /// and InternalFailure with 400 and 500 (…/APIReference/CommonErrors.html); SNS's Throttled is 429 (its botocore model).
    /// </summary>
    public static int StatusOf(string error) => error switch
    {
        "Throttled" => 429,
        "ServiceUnavailable" or "ServiceUnavailableException" or "SlowDown" => 503,
        "InternalFailure" or "InternalError" or "InternalErrorException" or "InternalServerError" => 500,
        _ => 400,
    };

    public bool Matches(string service, string operation) =>
        Service.Equals(service, StringComparison.OrdinalIgnoreCase) && (Operation is null || Operation.Equals(operation, StringComparison.Ordinal));
}
