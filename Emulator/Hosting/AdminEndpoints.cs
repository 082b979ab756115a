using Emulator.Hosting.Dashboard;
using System.Reflection;

namespace Emulator.Hosting;

/// <summary>The emulator's own API under <c>/_emulator/</c>: health, reset, clock, and each service's inspection.</summary>
public static class AdminEndpoints
{
    public const string Prefix = "/_emulator";

    public static readonly string Version =
        typeof(AdminEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    public static void MapAdminEndpoints(this WebApplication app)
    {
        var admin = app.MapGroup(Prefix);
        var services = app.Services.GetServices<EmulatedService>().ToArray();

        admin.MapGet("/health", (Declarations.Readiness readiness) => Results.Json(new
        {
            status = readiness.IsReady ? "running" : "starting",
            version = Version,
            services = services.ToDictionary(s => s.Descriptor.Name, _ => readiness.IsReady ? "available" : "starting"),
        }, statusCode: readiness.IsReady ? 200 : 503));

        admin.MapPost("/reset", () =>
        {
            foreach (var service in services) service.Reset(app.Services);
            return Results.Json(new { reset = services.Select(s => s.Descriptor.Name) });
        });

        admin.MapPost("/reset/{service}", (string service) =>
        {
            var target = services.FirstOrDefault(s => s.Descriptor.Name == service);
            if (target is null) return Results.NotFound(new { error = $"Unknown service '{service}'." });
            target.Reset(app.Services);
            return Results.Json(new { reset = new[] { service } });
        });

        admin.MapGet("/clock", (EmulatorClock clock) => ClockState(clock));
        admin.MapPost("/clock", async (HttpRequest request, EmulatorClock clock) =>
        {
            var seconds = await ClockAdvance.ReadSecondsAsync(request);
            if (seconds is not { } by || by < 0 || double.IsNaN(by) || by > TimeSpan.MaxValue.TotalSeconds / 2)
                return Results.BadRequest(new { error = "Give a non-negative number of seconds: ?seconds=N or {\"seconds\": N}." });
            clock.Advance(TimeSpan.FromSeconds(by));
            return ClockState(clock);
        });

        foreach (var service in services) service.MapEndpoints(admin.MapGroup("/" + service.Descriptor.Name), app, app.Services);
        admin.MapDashboard();
    }

    private static IResult ClockState(EmulatorClock clock) =>
        Results.Json(new { now = clock.GetUtcNow(), offsetSeconds = clock.Offset.TotalSeconds });
}
