using System.Collections.Immutable;

namespace Emulator.Kinesis.Streams;

/// <summary>A stream's enhanced fan-out consumers, changed under the stream's lock.</summary>
public sealed partial class KinesisStream
{
    public ImmutableDictionary<string, StreamConsumer> Consumers { get; private set; } = ImmutableDictionary<string, StreamConsumer>.Empty;

    /// <summary>
    /// Registers the consumer <paramref name="create"/> makes (it may refuse by throwing) under <paramref name="name"/>,
    /// unless one of that name exists or the stream has <paramref name="max"/> already.
    /// </summary>
    public StreamConsumer AddConsumer(string name, int max, Func<StreamConsumer> create)
    {
        lock (_lock)
        {
            if (Consumers.ContainsKey(name))
                throw KinesisErrors.ResourceInUse($"Consumer {name} under stream {Name} already exists for account {AccountId}.");
            if (Consumers.Count >= max)
                throw KinesisErrors.LimitExceeded($"Stream {Name} under account {AccountId} already has {max} registered consumers.");
            var consumer = create();
            Consumers = Consumers.Add(name, consumer);
            Saved();
            return consumer;
        }
    }

    /// <summary>
    /// Replaces <paramref name="consumer"/> with what <paramref name="change"/> makes of its current state, or removes it
    /// when that is null; nothing when it has been deregistered meanwhile, or re-registered under a new ARN.
    /// </summary>
    public void ChangeConsumer(StreamConsumer consumer, Func<StreamConsumer, StreamConsumer?> change)
    {
        lock (_lock)
        {
            if (!Consumers.TryGetValue(consumer.Name, out var current) || current.Arn != consumer.Arn) return;
            Consumers = change(current) is { } changed ? Consumers.SetItem(current.Name, changed) : Consumers.Remove(current.Name);
            Saved();
        }
    }

    /// <summary>The stream is gone: every consumer is deregistered (their subscriptions see that and end), and durable mode forgets it.</summary>
    public void Deleted()
    {
        lock (_lock)
        {
            Consumers = Consumers.Clear();
            Forgotten();
        }
    }
}

/// <summary>An enhanced fan-out consumer registered on a stream, with its own resource policy and tags.</summary>
public sealed record StreamConsumer(string Name, string Arn, DateTimeOffset CreatedAt, string Status)
{
    public string? ResourcePolicy { get; init; }

    public ImmutableDictionary<string, string> Tags { get; init; } = ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);
}
