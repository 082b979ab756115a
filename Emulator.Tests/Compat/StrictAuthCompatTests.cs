using Emulator.Tests.Infrastructure;
using Emulator.Tests.Protocol.SigV4;

namespace Emulator.Tests.Compat;

/// <summary>Strict mode through boto3: SNS, Kinesis and Firehose refusals, and SNS → SQS under the queue's policy.</summary>
public class StrictAuthCompatTests
{
    [Fact]
    public Task Boto3() => EmulatorServer.WithServer(StrictSqsAuthTests.Strict, async server =>
    {
        var python = ExternalTool.OnPath("python3", "install python3 with boto3");
        await ExternalTool.RunAsync(server, "python", python, "-m", "unittest", "-v", "test_strict_auth_boto3");
    });
}
