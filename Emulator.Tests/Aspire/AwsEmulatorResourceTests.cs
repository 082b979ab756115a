using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Emulator.Tests.Aspire;

/// <summary>The Aspire hosting integration's application model: what AddAwsEmulator runs and what WithReference wires.</summary>
public class AwsEmulatorResourceTests
{
    [Fact]
    public async Task The_emulator_runs_the_tool_on_its_endpoint_with_its_configuration_file_and_a_health_check()
    {
        var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions { DisableDashboard = true });
        var aws = builder.AddAwsEmulator("aws", port: 4599).WithConfigFile("emulator.yaml");

        var endpoint = Assert.Single(aws.Resource.Annotations.OfType<EndpointAnnotation>());
        var arguments = await aws.Resource.GetArgumentValuesAsync();
        var environment = await aws.Resource.GetEnvironmentVariableValuesAsync(DistributedApplicationOperation.Publish);

        Assert.Equal("aws-emulator", aws.Resource.Command);
        Assert.Equal(("http", 4599), (endpoint.UriScheme, endpoint.Port));
        Assert.Equal(["--config", Path.Combine(builder.AppHostDirectory, "emulator.yaml")], arguments);
        Assert.True(environment.ContainsKey("EMULATOR_PORT"));
        Assert.Contains(aws.Resource.Annotations.OfType<HealthCheckAnnotation>(), _ => true);
        Assert.Equal("{aws.bindings.http.url}", aws.Resource.ConnectionStringExpression.ValueExpression);
    }

    [Fact]
    public async Task A_referencing_resource_gets_the_endpoint_credentials_and_region_and_waits_for_the_emulator()
    {
        var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions { DisableDashboard = true });
        var aws = builder.AddAwsEmulator("aws");
        var worker = builder.AddExecutable("worker", "dotnet", ".").WithReference(aws, region: "eu-west-1");

        var environment = await worker.Resource.GetEnvironmentVariableValuesAsync(DistributedApplicationOperation.Publish);

        Assert.Equal("{aws.bindings.http.url}", environment["AWS_ENDPOINT_URL"]);
        Assert.Equal("{aws.connectionString}", environment["ConnectionStrings__aws"]);
        Assert.Equal(("test", "test", "eu-west-1"), (environment["AWS_ACCESS_KEY_ID"], environment["AWS_SECRET_ACCESS_KEY"], environment["AWS_REGION"]));
        Assert.Contains(worker.Resource.Annotations.OfType<WaitAnnotation>(), wait => wait.Resource == aws.Resource);
    }
}
