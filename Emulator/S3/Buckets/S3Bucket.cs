namespace Emulator.S3.Buckets;

/// <summary>
/// One bucket: its name, owner, region and the location constraint it was created with (none in us-east-1; <c>EU</c>,
/// AWS's old name of eu-west-1, is kept as given). Its objects come with the object operations.
/// </summary>
public sealed class S3Bucket(string name, string accountId, string? locationConstraint, DateTimeOffset created)
{
    public string Name { get; } = name;
    public string AccountId { get; } = accountId;
    public string? LocationConstraint { get; } = locationConstraint;
    public string Region { get; } = locationConstraint switch { null => "us-east-1", "EU" => "eu-west-1", var named => named };
    public DateTimeOffset Created { get; } = created;
    public string Arn => $"arn:aws:s3:::{Name}";

    public bool IsEmpty => true;
}
