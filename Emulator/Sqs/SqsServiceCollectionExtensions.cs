using Emulator.Hosting;
using Emulator.Sqs.MoveTasks;
using Emulator.Sqs.Operations;
using Emulator.Sqs.Queues;

namespace Emulator.Sqs;

public static class SqsServiceCollectionExtensions
{
    public static IServiceCollection AddSqs(this IServiceCollection services)
    {
        services.AddSingleton<SqsStore>();
        services.AddSingleton<QueueLocator>();
        services.AddSingleton<QueueAttributeParser>();
        services.AddSingleton<ISqsOperations, QueueLifecycleOperations>();
        services.AddSingleton<ISqsOperations, QueueAttributeOperations>();
        services.AddSingleton<ISqsOperations, TagOperations>();
        services.AddSingleton<ISqsOperations, PermissionOperations>();
        services.AddSingleton<ISqsOperations, MessageOperations>();
        services.AddSingleton<ISqsOperations, BatchOperations>();
        services.AddSingleton<ISqsOperations, PurgeOperations>();
        services.AddSingleton<MessageMoveTasks>();
        services.AddSingleton<ISqsOperations, MoveTaskOperations>();
        services.AddSingleton<SqsService>();
        services.AddSingleton<IEmulatedService>(provider => provider.GetRequiredService<SqsService>());
        return services;
    }
}
