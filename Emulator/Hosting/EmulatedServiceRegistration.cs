using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Emulator.Hosting;

public static class EmulatedServiceRegistration
{
    /// <summary>
    /// Adds one service: <paramref name="declare"/> names its options, operations, state and endpoints.
    /// <paramref name="configuration"/> holds its settings; none gives every default.
    /// </summary>
    public static IServiceCollection AddEmulatedService(this IServiceCollection services, AwsServiceDescriptor descriptor,
        IConfiguration? configuration, Action<EmulatedServiceBuilder> declare)
    {
        var service = new EmulatedService(descriptor);
        services.AddSingleton(service);
        services.TryAddSingleton(provider =>
        {
            var registry = new OperationRegistry();
            foreach (var each in provider.GetServices<EmulatedService>()) each.RegisterOperations(registry, provider);
            return registry;
        });
        declare(new EmulatedServiceBuilder(services, service, configuration ?? new ConfigurationBuilder().Build()));
        return services;
    }
}
