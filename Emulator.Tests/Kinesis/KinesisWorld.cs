using Emulator.Kinesis;
using Emulator.Kinesis.Operations;
using Emulator.Kinesis.Streams;
using Emulator.Protocol.Routing;
using Emulator.Protocol.Shapes;
using Microsoft.Extensions.Time.Testing;

namespace Emulator.Tests.Kinesis;

/// <summary>
/// The Kinesis operations wired as the server wires them, on a fake clock, called without HTTP: requests are checked
/// against the model's constraints first, as the server's pipeline checks them.
/// </summary>
public sealed class KinesisWorld
{
    private readonly OperationRegistry _registry = new();

    public KinesisWorld(KinesisLimits? limits = null)
    {
        limits ??= new KinesisLimits();
        var locator = new StreamLocator(Store);
        var status = new StreamStatusChanges(limits, Clock);
        var quotas = new AccountQuotas(Store, limits);
        IKinesisOperations[] groups =
        [
            new StreamOperations(Store, locator, status, quotas, limits, Clock),
            new RecordOperations(Store, locator, limits, Clock),
            new ShardOperations(Store, locator, status, quotas, limits, Clock),
            new SettingsOperations(locator, status, quotas, new AccountSettings(), Clock),
            new TagOperations(locator),
            new ConsumerOperations(locator, status, Clock),
            new PolicyOperations(locator),
            new SubscribeToShardOperation(locator, new ShardSubscriptions(Clock), Clock),
        ];
        foreach (var group in groups) group.Register(_registry);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public KinesisStore Store { get; } = new();

    public TResult Call<TResult>(string operation, object request, string account = "000000000000", string region = "us-east-1")
    {
        var binding = _registry.Find(KinesisService.Kinesis, operation) ?? throw new InvalidOperationException(operation);
        var context = new AwsRequestContext
        {
            Service = KinesisService.Kinesis, Operation = operation, Protocol = WireProtocol.Json11, AccountId = account, Region = region,
            RequestId = "test", BaseUrl = "http://localhost:4566", Path = "/",
        };
        ShapeConstraints.Check(binding.Input, request);
        return (TResult)binding.Invoke(request, context).AsTask().GetAwaiter().GetResult();
    }

    public void Call(string operation, object request, string account = "000000000000") => Call<object>(operation, request, account);
}
