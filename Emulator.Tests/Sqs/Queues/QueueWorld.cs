using Emulator.Sqs.Durability;
using Emulator.Sqs;
using Emulator.Protocol.Errors;
using Emulator.Sqs.Queues;
using Microsoft.Extensions.Time.Testing;

namespace Emulator.Tests.Sqs.Queues;

/// <summary>A store of queues on a fake clock, for testing queue rules without a server.</summary>
public sealed class QueueWorld
{
    public const string Account = "000000000000";
    public const string Region = "us-east-1";

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    public SqsStore Store { get; } = new(new SqsJournal());
    public QueueAttributeParser Parser { get; }

    public QueueWorld() => Parser = new QueueAttributeParser(Store);

    /// <summary>Creates a queue with the given attributes, parsed as CreateQueue parses them.</summary>
    public SqsQueue Queue(string name, Dictionary<string, string>? attributes = null, string account = Account, string region = Region)
    {
        var arn = new QueueArn(region, account, name);
        var settings = Parser.Apply(new QueueSettings { FifoQueue = arn.IsFifo }, attributes ?? new(), arn);
        var queue = new SqsQueue(account, region, name, settings, null, Clock, Store.FindByArn, Store.Journal);
        Store.Region(account, region).ByName[name] = queue;
        return queue;
    }

    public QueueSettings Set(SqsQueue queue, Dictionary<string, string> attributes)
    {
        queue.ChangeSettings(settings => Parser.Apply(settings, attributes, QueueArn.Of(queue)), Clock.GetUtcNow());
        return queue.Settings;
    }

    public static AwsError Fails(Action action) => Assert.Throws<AwsError>(action);
}
