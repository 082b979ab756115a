using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Compat;

/// <summary>SNS through the official non-.NET clients, with SQS queues and local HTTP endpoints as subscribers.</summary>
public class SnsCompatTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    private const string InstallHint = "run scripts/test.sh, which installs it";

    [Fact]
    public async Task Boto3()
    {
        var python = ExternalTool.OnPath("python3", "install python3 with boto3");
        await ExternalTool.RunAsync(server, "python", python, "-m", "unittest", "-v", "test_sns_boto3");
    }

    [Fact]
    public async Task JavaScript_SDK_v3()
    {
        ExternalTool.Require(Path.Combine(ExternalTool.CompatFolder, "js", "node_modules", "@aws-sdk", "client-sns"), "npm ci in Emulator.Tests/Compat/js; " + InstallHint);
        ExternalTool.Require(Path.Combine(ExternalTool.CompatFolder, "js", "node_modules", "@aws-sdk", "client-sqs"), "npm ci in Emulator.Tests/Compat/js; " + InstallHint);
        var node = ExternalTool.OnPath("node", "install Node.js 20");
        await ExternalTool.RunAsync(server, "js", node, "--test", "sns.test.mjs");
    }

    [Fact]
    public async Task Aws_cli_v1()
    {
        var cli = ExternalTool.OnPath("aws", "install the aws CLI v1 (pip install awscli)");
        await ExternalTool.RunAsync(server, "cli", new Dictionary<string, string> { ["AWS_CLI"] = cli }, "bash", "sns.sh");
    }

    [Fact]
    public async Task Aws_cli_v2()
    {
        ExternalTool.Require("/usr/bin/aws", "apt-get install awscli (Debian's aws CLI v2); " + InstallHint);
        await ExternalTool.RunAsync(server, "cli", new Dictionary<string, string> { ["AWS_CLI"] = "/usr/bin/aws" }, "bash", "sns.sh");
    }
}
