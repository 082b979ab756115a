using Emulator.Kinesis.Shapes;
using Emulator.Protocol.SigV4;

namespace Emulator.Kinesis;

/// <summary>
/// Creates the streams named by <c>--kinesis-streams</c> when the emulator starts, through CreateStream itself:
/// <c>name[:shards|:on-demand][@region]</c>, comma-separated (<c>orders:4,clicks:on-demand@eu-west-1</c>), in account
/// 000000000000; one shard and the default region when not said.
/// </summary>
public sealed class StartupStreams(KinesisOptions kinesis, EmulatorOptions options, OperationRegistry registry) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(kinesis.Streams)) return Task.CompletedTask;
        var create = registry.Find(KinesisService.Kinesis, "CreateStream")!;
        foreach (var spec in kinesis.Streams.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (request, region) = Parse(spec, options.Region);
            create.Invoke(request, new AwsRequestContext
            {
                Service = KinesisService.Kinesis, Operation = "CreateStream", Protocol = WireProtocol.Json11,
                AccountId = SigV4Credential.DefaultAccountId, Region = region, RequestId = "startup", BaseUrl = "", Path = "/",
            }).AsTask().GetAwaiter().GetResult();
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static (CreateStreamInput Request, string Region) Parse(string spec, string defaultRegion)
    {
        var at = spec.Split('@', 2);
        var parts = at[0].Split(':', 2);
        var request = new CreateStreamInput { StreamName = parts[0] };
        if (parts.Length == 1) request.ShardCount = 1;
        else if (parts[1].Equals("on-demand", StringComparison.OrdinalIgnoreCase)) request.StreamModeDetails = new StreamModeDetails { StreamMode = "ON_DEMAND" };
        else if (int.TryParse(parts[1], out var shards)) request.ShardCount = shards;
        else throw new ArgumentException($"--kinesis-streams: '{spec}' is not name[:shards|:on-demand][@region].");
        return (request, at.Length == 2 ? at[1] : defaultRegion);
    }
}
