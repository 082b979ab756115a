using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Compat;

/// <summary>Kinesis Data Streams through boto3 and the aws CLI v1 and v2, each suite against its own emulator.</summary>
public class KinesisCompatTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    private const string InstallHint = "run scripts/test.sh, which installs it";

    [Fact]
    public async Task Boto3()
    {
        var python = ExternalTool.OnPath("python3", "install python3 with boto3");
        await ExternalTool.RunAsync(server, "python", python, "-m", "unittest", "-v", "test_kinesis_boto3");
    }

    [Fact]
    public async Task Aws_cli_v1()
    {
        var cli = ExternalTool.OnPath("aws", "install the aws CLI v1 (pip install awscli)");
        await ExternalTool.RunAsync(server, "cli", new Dictionary<string, string> { ["AWS_CLI"] = cli }, "bash", "kinesis.sh");
    }

    [Fact]
    public async Task Aws_cli_v2()
    {
        ExternalTool.Require("/usr/bin/aws", "apt-get install awscli (Debian's aws CLI v2); " + InstallHint);
        await ExternalTool.RunAsync(server, "cli", new Dictionary<string, string> { ["AWS_CLI"] = "/usr/bin/aws" }, "bash", "kinesis.sh");
    }
}
