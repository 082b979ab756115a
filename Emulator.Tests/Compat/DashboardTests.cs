using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Compat;

/// <summary>The web dashboard in headless Chromium (Debian's package), driven by Playwright: see js/dashboard.test.mjs.</summary>
public class DashboardTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    [Fact]
    public async Task Chromium_shows_what_the_emulator_holds()
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM") ?? "/usr/bin/chromium";
        ExternalTool.Require(chromium, "apt-get install chromium (Debian's); run scripts/test.sh, which installs it");
        ExternalTool.Require(Path.Combine(ExternalTool.CompatFolder, "js", "node_modules", "playwright-core"),
            "npm ci in Emulator.Tests/Compat/js; run scripts/test.sh, which installs it");
        var node = ExternalTool.OnPath("node", "install Node.js 20");
        await ExternalTool.RunAsync(server, "js", node, "--test", "dashboard.test.mjs");
    }
}
