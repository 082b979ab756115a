using Emulator.Hosting.Durability;
using Emulator.Hosting.Faults;
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

        admin.MapGet("/health", (Declarations.Readiness readiness) => AdminJson.Ok(new HealthView(
            readiness.IsReady ? "running" : "starting",
            Version,
            services.ToDictionary(s => s.Descriptor.Name, _ => readiness.IsReady ? "available" : "starting")),
            HostingJson.Default.HealthView, readiness.IsReady ? 200 : 503));

        admin.MapPost("/reset", () =>
        {
            foreach (var service in services) service.Reset(app.Services);
            app.Services.GetRequiredService<FaultInjection>().Clear();
            return AdminJson.Ok(new ResetView([.. services.Select(s => s.Descriptor.Name)]), HostingJson.Default.ResetView);
        });

        admin.MapPost("/reset/{service}", (string service) =>
        {
            var target = services.FirstOrDefault(s => s.Descriptor.Name == service);
            if (target is null) return AdminJson.NotFound($"Unknown service '{service}'.");
            target.Reset(app.Services);
            return AdminJson.Ok(new ResetView([service]), HostingJson.Default.ResetView);
        });

        admin.MapGet("/clock", (EmulatorClock clock) => ClockState(clock));
        admin.MapPost("/clock", async (HttpRequest request, EmulatorClock clock) =>
        {
            var seconds = await ClockAdvance.ReadSecondsAsync(request);
            if (seconds is not { } by || by < 0 || double.IsNaN(by) || by > TimeSpan.MaxValue.TotalSeconds / 2)
                return AdminJson.BadRequest("Give a non-negative number of seconds: ?seconds=N or {\"seconds\": N}.");
            clock.Advance(TimeSpan.FromSeconds(by));
            return ClockState(clock);
        });

        foreach (var service in services) service.MapEndpoints(admin.MapGroup("/" + service.Descriptor.Name), app, app.Services);
        admin.MapDashboard();
        admin.MapSnapshots(app.Services);
        admin.MapFaults(app.Services.GetRequiredService<FaultInjection>());
    }

    private static IResult ClockState(EmulatorClock clock) =>
        AdminJson.Ok(new ClockView(clock.GetUtcNow(), clock.Offset.TotalSeconds), HostingJson.Default.ClockView);
}
