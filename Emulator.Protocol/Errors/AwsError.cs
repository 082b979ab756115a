namespace Emulator.Protocol.Errors;

/// <summary>
/// The one error type of the emulator. <see cref="Code"/> is the error shape name of the API model
/// (the JSON <c>__type</c>); <see cref="QueryCode"/> is the code the query protocol writes, which for
/// some SQS errors differs (for example <c>AWS.SimpleQueueService.NonExistentQueue</c>), and
/// <see cref="QueryMessage"/> the message it writes, which for a few SQS errors AWS words differently.
/// </summary>
public sealed class AwsError : Exception
{
    public AwsError(string code, string message, int status = 400, bool senderFault = true, string? queryCode = null,
        string? queryMessage = null)
        : base(message)
    {
        Code = code;
        Status = status;
        SenderFault = senderFault;
        QueryCode = queryCode ?? code;
        QueryMessage = queryMessage ?? message;
    }

    public string Code { get; }
    public string QueryCode { get; }
    public string QueryMessage { get; }
    public int Status { get; }
    public bool SenderFault { get; }

    private List<KeyValuePair<string, string>>? _details;

    /// <summary>Fields a REST-XML error names beside its message (S3's <c>BucketName</c>, <c>Key</c>, <c>UploadId</c>), in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Details => _details ?? [];

    /// <summary>The same error naming <paramref name="element"/> too (nothing is added for a null value).</summary>
    public AwsError With(string element, string? value)
    {
        if (value is not null) (_details ??= []).Add(new(element, value));
        return this;
    }
}
