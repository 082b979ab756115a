namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// The AWS emulator (SQS, SNS, Kinesis, Firehose, S3) as an Aspire resource: the <c>aws-emulator</c> dotnet tool run by the
/// AppHost, one HTTP endpoint for every service. Its connection string is that endpoint's URL.
/// </summary>
public sealed class AwsEmulatorResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "http";

    /// <summary>Any credentials work; this access key is the emulator's default account, 000000000000.</summary>
    public const string AccessKey = "test";

    public const string SecretKey = "test";

    private EndpointReference? _endpoint;

    public EndpointReference Endpoint => _endpoint ??= new EndpointReference(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{Endpoint.Property(EndpointProperty.Url)}");
}
