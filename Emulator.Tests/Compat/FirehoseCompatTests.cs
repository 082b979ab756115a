using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Compat;

/// <summary>Firehose through the official non-.NET clients (the .NET Firehose SDK is not served here), delivering into S3 and to HTTP endpoints.</summary>
public class FirehoseCompatTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    [Fact]
    public async Task Boto3()
    {
        var python = ExternalTool.OnPath("python3", "install python3 with boto3");
        await ExternalTool.RunAsync(server, "python", python, "-m", "unittest", "-v", "test_firehose_boto3");
    }

    [Fact]
    public async Task JavaScript_SDK_v3()
    {
        ExternalTool.Require(Path.Combine(ExternalTool.CompatFolder, "js", "node_modules", "@aws-sdk", "client-firehose"),
            "npm ci in Emulator.Tests/Compat/js; run scripts/test.sh, which installs it");
        var node = ExternalTool.OnPath("node", "install Node.js 20");
        await ExternalTool.RunAsync(server, "js", node, "--test", "firehose.test.mjs");
    }

    [Fact]
    public async Task Aws_cli_v1()
    {
        var cli = ExternalTool.OnPath("aws", "install the aws CLI v1 (pip install awscli)");
        await ExternalTool.RunAsync(server, "cli", new Dictionary<string, string> { ["AWS_CLI"] = cli }, "bash", "firehose.sh");
    }
}
