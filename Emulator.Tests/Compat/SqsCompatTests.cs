using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Compat;

/// <summary>SQS through the official non-.NET clients and the sqs-consumer library, each against its own emulator on a free port.</summary>
public class SqsCompatTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    private const string InstallHint = "run scripts/test.sh, which installs it";

    [Fact]
    public async Task Boto3()
    {
        var python = ExternalTool.OnPath("python3", "install python3 with boto3");
        await ExternalTool.RunAsync(server, "python", python, "-m", "unittest", "-v", "test_sqs_boto3");
    }

    [Fact]
    public async Task JavaScript_SDK_v3()
    {
        ExternalTool.Require(Path.Combine(ExternalTool.CompatFolder, "js", "node_modules", "@aws-sdk", "client-sqs"), "npm ci in Emulator.Tests/Compat/js; " + InstallHint);
        var node = ExternalTool.OnPath("node", "install Node.js 20");
        await ExternalTool.RunAsync(server, "js", node, "--test", "sqs.test.mjs");
    }

    [Fact]
    public async Task Sqs_consumer_library()
    {
        ExternalTool.Require(Path.Combine(ExternalTool.CompatFolder, "js", "node_modules", "sqs-consumer"), "npm ci in Emulator.Tests/Compat/js; " + InstallHint);
        var node = ExternalTool.OnPath("node", "install Node.js 20");
        await ExternalTool.RunAsync(server, "js", node, "--test", "sqs-consumer.test.mjs");
    }

    [Fact]
    public async Task Aws_cli_v1_over_json()
    {
        var cli = ExternalTool.OnPath("aws", "install the aws CLI v1 (pip install awscli)");
        await ExternalTool.RunAsync(server, "cli", new Dictionary<string, string> { ["AWS_CLI"] = cli }, "bash", "sqs.sh");
    }

    [Fact]
    public async Task Aws_cli_v2_over_the_query_protocol()
    {
        ExternalTool.Require("/usr/bin/aws", "apt-get install awscli (Debian's aws CLI v2); " + InstallHint);
        await ExternalTool.RunAsync(server, "cli", new Dictionary<string, string> { ["AWS_CLI"] = "/usr/bin/aws" }, "bash", "sqs.sh");
    }
}
