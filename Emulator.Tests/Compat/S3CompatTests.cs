using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Compat;

/// <summary>S3 through the official non-.NET clients: boto3 (with its transfer manager), the JavaScript SDK v3 and the aws CLI.</summary>
public class S3CompatTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    [Fact]
    public async Task Boto3()
    {
        var python = ExternalTool.OnPath("python3", "install python3 with boto3");
        await ExternalTool.RunAsync(server, "python", python, "-m", "unittest", "-v", "test_s3_boto3");
    }

    [Fact]
    public async Task JavaScript_SDK_v3()
    {
        foreach (var package in new[] { "client-s3", "lib-storage", "s3-request-presigner" })
            ExternalTool.Require(Path.Combine(ExternalTool.CompatFolder, "js", "node_modules", "@aws-sdk", package),
                "npm ci in Emulator.Tests/Compat/js; run scripts/test.sh, which installs it");
        var node = ExternalTool.OnPath("node", "install Node.js 20");
        await ExternalTool.RunAsync(server, "js", node, "--test", "s3.test.mjs");
    }

    [Fact]
    public async Task Aws_cli_v1()
    {
        var cli = ExternalTool.OnPath("aws", "install the aws CLI v1 (pip install awscli)");
        await ExternalTool.RunAsync(server, "cli", new Dictionary<string, string> { ["AWS_CLI"] = cli }, "bash", "s3.sh");
    }
}
