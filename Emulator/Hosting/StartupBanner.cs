using Emulator.Protocol.SigV4;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Emulator.Hosting;

/// <summary>
/// What a user needs once the emulator is up, on standard output: the version, where it listens, the services, where to
/// look next, and then LocalStack's <c>Ready.</c> line. <c>--banner false</c> prints nothing (an emulator inside a test process).
/// </summary>
public static class StartupBanner
{
    public static void PrintWhenStarted(this WebApplication app, IEnumerable<string> services, string version)
    {
        if (app.Configuration.Setting("banner") is { } setting && bool.TryParse(setting, out var show) && !show) return;
        var names = string.Join(", ", services);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = (app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []).Distinct().ToList();
            var first = addresses.FirstOrDefault() ?? "";
            Console.Out.WriteLine($"AWS emulator {version} listening on {string.Join(", ", addresses)}");
            Console.Out.WriteLine($"  services: {names}");
            if (app.Services.GetRequiredService<AuthenticationMode>().Keys is { } keys)
                Console.Out.WriteLine($"  auth: strict, SigV4 signatures verified for the access keys {string.Join(", ", keys.Ids)}");
            Console.Out.WriteLine($"  dashboard: {first}{AdminEndpoints.Prefix}/ui");
            Console.Out.WriteLine($"  admin API: {first}{AdminEndpoints.Prefix}/health, metrics: {first}/metrics");
            Console.Out.WriteLine("  docs: README.md and docs/ in the repository");
            Console.Out.WriteLine(LocalStackCompatibility.ReadyLine);
        });
    }
}
