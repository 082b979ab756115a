using Emulator.Hosting;
using Emulator.Protocol.Routing;
using Microsoft.Extensions.DependencyInjection;
using FsCheck;
using FsCheck.Fluent;

namespace Emulator.Tests.Fuzz;

/// <summary>
/// The operations of every registered service, and inputs for a codec made from them: random bytes, requests of the
/// operation's real shape as a client writes them, and those requests mutated.
/// </summary>
public static class FuzzOperations
{
    private static readonly Lazy<OperationBinding[]> All = new(() =>
    {
        // Built as the server builds itself, never started.
        using var app = EmulatorHost.Build(["--urls", "http://127.0.0.1:0"]);
        return [.. app.Services.GetRequiredService<OperationRegistry>().Operations.OrderBy(o => o.Service.Name).ThenBy(o => o.Name)];
    });

    /// <summary>The operations of the services that speak a protocol; SubscribeToShard streams for minutes, so none of the fuzz targets call it.</summary>
    public static OperationBinding[] Speaking(Func<AwsServiceDescriptor, bool> speaks) =>
        [.. All.Value.Where(o => speaks(o.Service) && o.Name != "SubscribeToShard")];

    /// <summary>Random bytes, an operation's request written by <paramref name="write"/>, or that request mutated.</summary>
    public static Gen<(OperationBinding Operation, FuzzInput Input)> Inputs(OperationBinding[] operations,
        Func<OperationBinding, ShapeSample, byte[]> write, Mutations mutations, IReadOnlyList<string>? known = null) =>
        from operation in Gen.Elements(operations)
        from sample in ShapeSample.Of(operation.Input, known)
        let valid = write(operation, sample)
        from bytes in Gen.Frequency(
            (1, Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))),
            (1, Gen.Constant(valid)),
            (6, mutations.Of(valid)))
        select (operation, new FuzzInput($"{operation.Service.Name}.{operation.Name}", bytes));
}
