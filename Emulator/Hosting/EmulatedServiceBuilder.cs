namespace Emulator.Hosting;

/// <summary>Declares a service's parts inside its <c>Add…</c> call; every part is a singleton.</summary>
public sealed class EmulatedServiceBuilder(IServiceCollection services, EmulatedService service, IConfiguration configuration)
{
    /// <summary>Options read from the service's own settings section (see <see cref="ServiceSettings"/>).</summary>
    public EmulatedServiceBuilder Options<T>() where T : class, IServiceOptions<T>
    {
        services.AddSingleton(T.Read(new ServiceSettings(configuration, service.Descriptor.Name)));
        return this;
    }

    public EmulatedServiceBuilder Operations<T>() where T : class, IOperationGroup => Part<T>(service.OperationGroups);

    /// <summary>State the admin API's reset empties, in the order declared.</summary>
    public EmulatedServiceBuilder State<T>() where T : class, IServiceState => Part<T>(service.States);

    /// <summary>State kept on disk in durable mode and held in snapshots (see <see cref="Common.Durability.IDurableState"/>).</summary>
    public EmulatedServiceBuilder Durable<T>() where T : class, Common.Durability.IDurableState
    {
        Part<T>(service.DurableStates);
        services.AddSingleton<Common.Durability.IDurableState>(provider => provider.GetRequiredService<T>());
        return this;
    }

    public EmulatedServiceBuilder Endpoints<T>() where T : class, IServiceEndpoints => Part<T>(service.Endpoints);

    /// <summary>A helper the service's parts share.</summary>
    public EmulatedServiceBuilder Uses<T>() where T : class
    {
        services.AddSingleton<T>();
        return this;
    }

    public EmulatedServiceBuilder Uses<T>(Func<IServiceProvider, T> create) where T : class
    {
        services.AddSingleton(create);
        return this;
    }

    /// <summary>The service's own figures for <c>/metrics</c>.</summary>
    public EmulatedServiceBuilder Metrics<T>() where T : class, Observability.IMetricsSource
    {
        services.AddSingleton<Observability.IMetricsSource, T>();
        return this;
    }

    private EmulatedServiceBuilder Part<T>(List<Type> parts) where T : class
    {
        services.AddSingleton<T>();
        parts.Add(typeof(T));
        return this;
    }
}
