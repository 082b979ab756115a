using System.Collections.Immutable;
using Emulator.Kinesis.Durability;

namespace Emulator.Kinesis.Streams;

/// <summary>
/// One stream: its shards (open and closed, in creation order), settings, tags, resource policy, status and consumers.
/// Records go straight to the shard that covers their hash key; every other change is made here, under the stream's
/// lock, so that concurrent changes never lose one another; in durable mode each change journals the stream's record
/// under that lock.
/// </summary>
public sealed partial class KinesisStream
{
    private readonly object _lock = new();
    private readonly KinesisJournal _journal;
    private ulong _sequence;

    public KinesisStream(string accountId, string region, string name, DateTimeOffset createdAt, StreamSettings settings,
        IReadOnlyDictionary<string, string>? tags, string status, int shardCount, KinesisJournal journal)
    {
        _journal = journal;
        AccountId = accountId;
        Region = region;
        Name = name;
        Arn = $"arn:aws:kinesis:{region}:{accountId}:stream/{name}";
        CreatedAt = createdAt;
        Settings = settings;
        Tags = (tags ?? ImmutableDictionary<string, string>.Empty).ToImmutableDictionary(StringComparer.Ordinal);
        Status = status;
        AddEvenShards(shardCount, createdAt, []);
    }

    public string AccountId { get; }
    public string Region { get; }
    public string Name { get; }
    public string Arn { get; }
    public DateTimeOffset CreatedAt { get; }

    public string Status { get; private set; }

    public StreamSettings Settings { get; private set; }

    public ImmutableDictionary<string, string> Tags { get; private set; }

    public string? ResourcePolicy { get; private set; }

    /// <summary>Where the stream's records go in durable mode; its shards journal their data records there.</summary>
    public KinesisJournal Journal => _journal;

    public UInt128 NextSequence() => (UInt128)Interlocked.Increment(ref _sequence);

    public UInt128 CurrentSequence() => (UInt128)Interlocked.Read(ref _sequence);

    /// <summary>ResourceInUseException unless the stream is ACTIVE.</summary>
    public void RequireActive()
    {
        var status = Status;
        if (status != StreamStatus.Active)
            throw KinesisErrors.ResourceInUse($"Stream {Name} under account {AccountId} not ACTIVE, instead in state {status}");
    }

    /// <summary>
    /// Replaces the settings with what <paramref name="change"/> makes of the current ones (it may refuse by throwing),
    /// once the stream is ACTIVE; the stream is in <paramref name="statusAfter"/> afterwards. Answers the settings before.
    /// </summary>
    public StreamSettings ChangeSettings(Func<StreamSettings, StreamSettings> change, string statusAfter) =>
        WhileActive(statusAfter, () =>
        {
            var before = Settings;
            Settings = change(before);
            return before;
        });

    /// <summary>Replaces the tags with what <paramref name="change"/> makes of the current ones, which it may refuse by throwing.</summary>
    public void ChangeTags(Func<ImmutableDictionary<string, string>, ImmutableDictionary<string, string>> change)
    {
        lock (_lock)
        {
            Tags = change(Tags);
            Saved();
        }
    }

    public void SetResourcePolicy(string? policy)
    {
        lock (_lock)
        {
            ResourcePolicy = policy;
            Saved();
        }
    }

    /// <summary>Ends a transitional status (CREATING or UPDATING).</summary>
    public void Activate()
    {
        lock (_lock)
        {
            Status = StreamStatus.Active;
            Saved();
        }
    }

    /// <summary>The stream is being deleted: durable mode forgets it now, as the deletion has been accepted.</summary>
    public void MarkDeleting()
    {
        lock (_lock)
        {
            Status = StreamStatus.Deleting;
            Forgotten();
        }
    }

    private void WhileActive(string statusAfter, Action change) => WhileActive(statusAfter, () =>
    {
        change();
        return true;
    });

    private T WhileActive<T>(string statusAfter, Func<T> change)
    {
        lock (_lock)
        {
            RequireActive();
            var result = change();
            Status = statusAfter;
            Saved();
            return result;
        }
    }
}

/// <summary>The stream's statuses.</summary>
public static class StreamStatus
{
    public const string Creating = "CREATING";
    public const string Active = "ACTIVE";
    public const string Updating = "UPDATING";
    public const string Deleting = "DELETING";
}

/// <summary>Settings a stream carries and its operations change, replaced whole.</summary>
public sealed record StreamSettings
{
    public string Mode { get; init; } = "PROVISIONED";
    public int RetentionHours { get; init; } = 24;
    public string EncryptionType { get; init; } = "NONE";
    public string? KeyId { get; init; }
    public int MaxRecordSizeKiB { get; init; } = 1024;
    public ImmutableSortedSet<string> ShardLevelMetrics { get; init; } = ImmutableSortedSet<string>.Empty;
    public int? WarmThroughputMiBps { get; init; }
}
