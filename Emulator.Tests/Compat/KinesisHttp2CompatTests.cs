using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Compat;

/// <summary>Kinesis through the JavaScript SDK v3, whose default handler speaks only HTTP/2 (cleartext, prior knowledge).</summary>
public class KinesisHttp2CompatTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    [Fact]
    public async Task JavaScript_SDK_v3_over_http2()
    {
        ExternalTool.Require(Path.Combine(ExternalTool.CompatFolder, "js", "node_modules", "@aws-sdk", "client-kinesis"),
            "npm ci in Emulator.Tests/Compat/js; run scripts/test.sh, which installs it");
        var node = ExternalTool.OnPath("node", "install Node.js 20");
        await ExternalTool.RunAsync(server, "js", node, "--test", "kinesis-h2.test.mjs");
    }
}
