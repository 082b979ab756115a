using Emulator.Hosting;
using Emulator.Sqs.Queues;

namespace Emulator.Sqs;

public static class SqsServiceCollectionExtensions
{
    public static IServiceCollection AddSqs(this IServiceCollection services)
    {
        services.AddSingleton<SqsStore>();
        services.AddSingleton<QueueLocator>();
        services.AddSingleton<SqsService>();
        services.AddSingleton<IEmulatedService>(provider => provider.GetRequiredService<SqsService>());
        return services;
    }
}
