namespace Emulator.Hosting;

/// <summary>Paths a service serves besides its AWS API: inspection under <c>/_emulator/&lt;service&gt;</c>, and others' paths on the root.</summary>
public interface IServiceEndpoints
{
    /// <param name="admin">The service's group under the admin prefix.</param>
    /// <param name="root">The server's root, for paths other emulators serve (LocalStack's <c>/_aws/...</c>).</param>
    void Map(IEndpointRouteBuilder admin, IEndpointRouteBuilder root);
}
