using Aspire.Hosting.ApplicationModel;

namespace Aspire.Hosting;

/// <summary><c>builder.AddAwsEmulator("aws")</c> in an AppHost, and <c>WithReference(aws)</c> in the projects that use it.</summary>
public static class AwsEmulatorBuilderExtensions
{
    /// <summary>
    /// Adds the emulator, run by the <c>aws-emulator</c> dotnet tool (<paramref name="command"/>: another path to it), on
    /// <paramref name="port"/> or one Aspire chooses. It reports healthy once <c>/_emulator/health</c> answers 200, that
    /// is once every resource its configuration file declares exists; the Aspire dashboard links to its own dashboard.
    /// </summary>
    public static IResourceBuilder<AwsEmulatorResource> AddAwsEmulator(this IDistributedApplicationBuilder builder, string name, int? port = null,
        string command = "aws-emulator")
    {
        var emulator = new AwsEmulatorResource(name, command, builder.AppHostDirectory);
        return builder.AddResource(emulator)
            .WithHttpEndpoint(port: port, name: AwsEmulatorResource.EndpointName, env: "EMULATOR_PORT")
            .WithHttpHealthCheck("/_emulator/health")
            .WithUrlForEndpoint(AwsEmulatorResource.EndpointName, url => url.DisplayText = "API")
            .WithUrlForEndpoint(AwsEmulatorResource.EndpointName, endpoint => new ResourceUrlAnnotation
            {
                Url = "/_emulator/ui", DisplayText = "Dashboard",
            });
    }

    /// <summary>Resources the emulator creates when it starts (<c>--config</c>; a path relative to the AppHost's folder).</summary>
    public static IResourceBuilder<AwsEmulatorResource> WithConfigFile(this IResourceBuilder<AwsEmulatorResource> builder, string path) =>
        builder.WithArgs("--config", Path.GetFullPath(path, builder.ApplicationBuilder.AppHostDirectory));

    /// <summary>
    /// Points the resource's AWS SDKs and CLI at the emulator: <c>AWS_ENDPOINT_URL</c> (read by every current AWS SDK),
    /// test credentials and a region, and <c>ConnectionStrings__{name}</c>; the resource starts once the emulator is healthy.
    /// </summary>
    public static IResourceBuilder<TDestination> WithReference<TDestination>(this IResourceBuilder<TDestination> builder,
        IResourceBuilder<AwsEmulatorResource> emulator, string region = "us-east-1")
        where TDestination : IResourceWithEnvironment, IResourceWithWaitSupport =>
        builder
            .WithReference(emulator, connectionName: null, optional: false)
            .WithEnvironment("AWS_ENDPOINT_URL", emulator.Resource.Endpoint)
            .WithEnvironment("AWS_ACCESS_KEY_ID", AwsEmulatorResource.AccessKey)
            .WithEnvironment("AWS_SECRET_ACCESS_KEY", AwsEmulatorResource.SecretKey)
            .WithEnvironment("AWS_REGION", region)
            .WithEnvironment("AWS_DEFAULT_REGION", region)
            .WaitFor(emulator);
}
