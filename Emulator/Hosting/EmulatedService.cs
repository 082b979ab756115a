namespace Emulator.Hosting;

/// <summary>
/// One emulated AWS service as its <c>Add…</c> call declared it: its descriptor, its operation groups, the state a reset
/// empties and the paths it serves besides its API. Parts are named by type and resolved from the container.
/// </summary>
public sealed class EmulatedService(AwsServiceDescriptor descriptor)
{
    internal List<Type> OperationGroups { get; } = [];
    internal List<Type> States { get; } = [];
    internal List<Type> DurableStates { get; } = [];
    internal List<Type> Endpoints { get; } = [];

    public AwsServiceDescriptor Descriptor => descriptor;

    public void RegisterOperations(OperationRegistry registry, IServiceProvider provider)
    {
        registry.AddService(descriptor);
        foreach (var group in OperationGroups) ((IOperationGroup)provider.GetRequiredService(group)).Register(registry);
    }

    public void MapEndpoints(IEndpointRouteBuilder admin, IEndpointRouteBuilder root, IServiceProvider provider)
    {
        foreach (var endpoints in Endpoints) ((IServiceEndpoints)provider.GetRequiredService(endpoints)).Map(admin, root);
    }

    /// <summary>Forgets every resource of the service in every account and region (in durable mode, on disk too).</summary>
    public void Reset(IServiceProvider provider)
    {
        foreach (var state in States) ((IServiceState)provider.GetRequiredService(state)).Reset();
        if (provider.GetService<Common.Durability.Journal>() is not { } journal) return;
        foreach (var state in DurableStates) journal.DeleteKinds(((Common.Durability.IDurableState)provider.GetRequiredService(state)).Kinds);
    }
}
