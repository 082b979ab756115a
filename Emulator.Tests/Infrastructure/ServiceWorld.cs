using Emulator.Hosting;
using Emulator.Protocol.Routing;
using Emulator.Protocol.Shapes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Emulator.Tests.Infrastructure;

/// <summary>
/// Services wired by their own <c>Add…</c> calls, as the server wires them, on a fake clock, and called without HTTP:
/// requests are checked against the model's constraints first, as the server's pipeline checks them.
/// </summary>
public sealed class ServiceWorld : IDisposable
{
    private readonly ServiceProvider _provider;
    private readonly OperationRegistry _registry;

    /// <param name="add">The services' <c>Add…</c> calls.</param>
    /// <param name="replace">Registrations that replace the defaults (options a test sets), added after <paramref name="add"/>.</param>
    public ServiceWorld(Action<IServiceCollection> add, Action<IServiceCollection>? replace = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(new EmulatorOptions());
        services.AddLogging();
        add(services);
        replace?.Invoke(services);
        _provider = services.BuildServiceProvider();
        _registry = _provider.GetRequiredService<OperationRegistry>();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    public TResult Call<TResult>(AwsServiceDescriptor service, string operation, object request,
        string account = "000000000000", string region = "us-east-1")
    {
        var binding = _registry.Find(service, operation) ?? throw new InvalidOperationException($"{service.Name} has no {operation}");
        var context = new AwsRequestContext
        {
            Service = service, Operation = operation, Protocol = service.JsonProtocol ?? WireProtocol.Query, AccountId = account,
            Region = region, RequestId = "test", BaseUrl = "http://localhost:4566", Path = "/", AccessKeyId = account,
        };
        ShapeConstraints.Check(binding.Input, request);
        return (TResult)binding.Invoke(request, context).AsTask().GetAwaiter().GetResult();
    }

    public void Dispose() => _provider.Dispose();
}
