using Emulator.Protocol.Shapes;

namespace Emulator.Hosting.Declarations;

/// <summary>
/// Creates what the configuration file declares when the emulator starts, through the operations themselves, before
/// the emulator reports itself ready. A refused step stops the start with the file's line and AWS's error. The files
/// run in order: <c>--kinesis-streams</c> before <c>--config</c>, whose delivery streams may read those streams.
/// </summary>
public sealed class DeclaredResources(IReadOnlyList<DeclarationFile> files, EmulatorOptions options, OperationRegistry registry, Readiness readiness) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var file in files)
        foreach (var section in file.Steps(options.Region))
        foreach (var step in section)
            Run(step);
        readiness.Ready();
        return Task.CompletedTask;
    }

    private void Run(DeclaredStep step)
    {
        var operation = registry.Find(step.Service, step.Operation)!;
        try
        {
            ShapeConstraints.Check(operation.Input, step.Request);
            operation.Invoke(step.Request, new AwsRequestContext
            {
                Service = step.Service, Operation = step.Operation, Protocol = step.Service.JsonProtocol ?? WireProtocol.Query,
                AccountId = step.AccountId, Region = step.Region, RequestId = "declared", BaseUrl = "", Path = "/",
            }).AsTask().GetAwaiter().GetResult();
        }
        catch (AwsError error)
        {
            throw step.Source.Error($"{step.Service.Name} {step.Operation} refused it: {error.Code}: {error.Message}");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
