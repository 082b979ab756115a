using Emulator.Hosting.Durability;
using Emulator.Hosting.Declarations;
using Emulator.Hosting.Listening;
using Emulator.Hosting.Observability;
using Prometheus;
using Emulator.Common;
using Emulator.Common.Functions;
using Emulator.Firehose;
using Emulator.Kinesis;
using Emulator.Protocol.Pipeline;
using Emulator.Protocol.SigV4;
using Emulator.S3;
using Emulator.Sns;
using Emulator.Sqs;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Configuration.Memory;

namespace Emulator.Hosting;

/// <summary>The composition root: options, services, the admin API and the AWS request pipeline.</summary>
public static class EmulatorHost
{
    public const long MaxRequestBodyBytes = 5L * 1024 * 1024 * 1024 + 64 * 1024 * 1024;

    /// <param name="configure">Changes to the host before it is built: Emulator.Testing serves it in process through ASP.NET Core's TestServer.</param>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? overrideServices = null, Action<WebApplicationBuilder>? configure = null)
    {
        // No appsettings.json reloading: watching the file costs start-up ~50 ms and nothing here reads it.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false", .. args] });
        builder.Configuration.AddEnvironmentVariables("EMULATOR_");
        var file = builder.Configuration["config"] is { Length: > 0 } path ? DeclarationFile.Read(path) : null;
        // The file's settings come first, so that the command line and environment variables override them.
        if (file is not null) builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = file.Settings });
        var options = OptionsReader.Read(builder.Configuration);

        builder.ListenOnSharedPorts(ListenAddresses.Read(builder.Configuration, options));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // Every service caps its own requests (S3's single PUT at 5 GiB, the rest at a few MiB); this bounds the rest,
            // with room for the signatures of an aws-chunked 5 GiB upload.
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
        });
        builder.Services.AddSingleton<IMemoryPoolFactory<byte>, LargeBlockMemoryPool.Factory>();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        var level = Enum.TryParse<LogLevel>(options.LogLevel, true, out var parsed) ? parsed : LogLevel.Warning;
        builder.Logging.SetMinimumLevel(level);
        // While this category may log, ASP.NET Core starts an Activity and a logging scope for every request; the
        // dispatcher logs each request itself at Debug, so the framework's own request lines are kept for Trace.
        if (level > LogLevel.Trace) builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);

        var clock = new EmulatorClock();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton(new DispatcherOptions { DefaultRegion = options.Region, PublicBaseUrl = options.PublicUrl });
        builder.Services.AddSingleton(options.StrictAuth ? AuthenticationMode.Strict(AccessKeys.Parse(options.Credentials)) : AuthenticationMode.Open);
        builder.Services.AddSingleton<AwsRequestDispatcher>();
        builder.Services.AddSingleton(FunctionEndpoints.Read(builder.Configuration, file?.Functions));
        builder.Services.AddSingleton<FunctionInvoker>();
        builder.Services.AddSingleton(OutboundTargets.Read(builder.Configuration));
        builder.Services.AddSqs(builder.Configuration);
        builder.Services.AddSns(builder.Configuration);
        builder.Services.AddKinesis(builder.Configuration);
        builder.Services.AddS3(builder.Configuration);
        builder.Services.AddFirehose(builder.Configuration);
        builder.Services.AddSingleton<Readiness>();
        builder.Services.AddDurableMode(builder.Configuration);
        var faults = new Faults.FaultInjection();
        foreach (var fault in file?.Faults ?? []) faults.Add(fault);
        builder.Services.AddSingleton(faults);
        builder.Services.AddSingleton<IRequestInterceptor>(provider => provider.GetRequiredService<Faults.FaultInjection>());
        if (Limits.MemoryBudget.Read(builder.Configuration) is { } budget) builder.Services.AddSingleton<IRequestInterceptor>(budget);
        builder.Services.AddSingleton<RequestMetrics>();
        builder.Services.AddSingleton<IRequestObserver>(provider => provider.GetRequiredService<RequestMetrics>());
        if (string.Equals(builder.Configuration.Setting("log-format", "log_format"), "json", StringComparison.OrdinalIgnoreCase))
            builder.Services.AddSingleton<IRequestObserver, JsonRequestLog>();
        IReadOnlyList<DeclarationFile> declarations =
        [
            .. new ServiceSettings(builder.Configuration, "kinesis")["streams"] is { Length: > 0 } streams ? [DeclarationFile.FromKinesisStreams(streams)] : Array.Empty<DeclarationFile>(),
            .. file is null ? [] : new[] { file },
        ];
        builder.Services.AddSingleton(provider => new DeclaredResources(declarations, options, provider.GetRequiredService<OperationRegistry>(),
            provider.GetRequiredService<Readiness>()));
        builder.Services.AddHostedService(provider => provider.GetRequiredService<DeclaredResources>());
        overrideServices?.Invoke(builder.Services);
        configure?.Invoke(builder);

        var guard = BrowserGuard.From(builder.Configuration, options);
        var app = builder.Build();
        app.Use((context, next) => guard.Check(context, () => next(context)));
        app.RefuseOwnDeliveries();
        app.MapAdminEndpoints();
        app.MapMetrics("/metrics", app.Services.GetRequiredService<RequestMetrics>().Registry);
        var serviceNames = app.Services.GetServices<EmulatedService>().Select(s => s.Descriptor.Name).ToArray();
        app.MapLocalStackEndpoints(serviceNames, AdminEndpoints.Version);
        app.PrintWhenStarted(serviceNames, AdminEndpoints.Version);
        var dispatcher = app.Services.GetRequiredService<AwsRequestDispatcher>();
        app.Use((context, next) => context.GetEndpoint() is null ? dispatcher.HandleAsync(context) : next(context));
        return app;
    }
}
