namespace Emulator.Hosting;

/// <summary>
/// What tools built for LocalStack look for, so that they work against this emulator unchanged:
/// <c>GET /_localstack/health</c> (<c>{"services": {name: "running"}, "edition", "version"}</c>),
/// <c>GET /_localstack/init</c> and <c>/_localstack/init/{stage}</c> (no init scripts, every stage up to READY completed),
/// and the line <c>Ready.</c> on standard output once the emulator serves requests (Testcontainers' LocalStack module
/// waits for it).
/// </summary>
public static class LocalStackCompatibility
{
    public const string ReadyLine = "Ready.";

    private static readonly string[] Stages = ["BOOT", "START", "READY", "SHUTDOWN"];

    public static void MapLocalStackEndpoints(this WebApplication app, IEnumerable<string> services, string version)
    {
        var running = services.ToDictionary(s => s, _ => "running");
        app.MapGet("/_localstack/health", () => AdminJson.Ok(new LocalStackHealthView(running, "community", version), HostingJson.Default.LocalStackHealthView));
        app.MapMethods("/_localstack/health", ["HEAD"], () => Results.Ok());
        app.MapGet("/_localstack/init", (IHostApplicationLifetime lifetime) => AdminJson.Ok(
            new LocalStackInitView(Stages.ToDictionary(stage => stage, stage => Completed(stage, lifetime)), []), HostingJson.Default.LocalStackInitView));
        app.MapGet("/_localstack/init/{stage}", (string stage, IHostApplicationLifetime lifetime) =>
            Stages.Contains(stage.ToUpperInvariant())
                ? AdminJson.Ok(new LocalStackStageView(Completed(stage.ToUpperInvariant(), lifetime), []), HostingJson.Default.LocalStackStageView)
                : Results.Text($"no such stage {stage}", statusCode: 404));
    }

    private static bool Completed(string stage, IHostApplicationLifetime lifetime) =>
        stage == "SHUTDOWN" ? lifetime.ApplicationStopping.IsCancellationRequested : lifetime.ApplicationStarted.IsCancellationRequested;
}
