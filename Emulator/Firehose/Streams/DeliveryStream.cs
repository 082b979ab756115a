using Emulator.Common.Durability;
using Emulator.Firehose.Durability;
using Emulator.Firehose.Shapes;

namespace Emulator.Firehose.Streams;

/// <summary>
/// One delivery stream: its source, its one destination (as configured, with AWS's defaults filled in), version,
/// status, tags and encryption. Changes happen under its lock together with the checks they depend on; once the stream
/// is in the store (<see cref="Persist"/>), each journals its record under that lock in durable mode.
/// </summary>
public sealed class DeliveryStream(string name, string accountId, string region, string type, Destination destination,
    KinesisStreamSourceConfiguration? kinesisSource, DateTimeOffset created, string status, FirehoseJournal journal)
{
    public const string DirectPut = "DirectPut";
    public const string KinesisStreamAsSource = "KinesisStreamAsSource";

    private readonly object _lock = new();
    private readonly SortedDictionary<string, string> _tags = new(StringComparer.Ordinal);
    private bool _journaled;

    public string Name { get; } = name;
    public string AccountId { get; } = accountId;
    public string Region { get; } = region;
    public string Type { get; } = type;
    public string Arn => $"arn:aws:firehose:{Region}:{AccountId}:deliverystream/{Name}";
    public KinesisStreamSourceConfiguration? KinesisSource { get; } = kinesisSource;
    public DateTimeOffset Created { get; } = created;

    public string Status { get; private set; } = status;
    public int Version { get; private set; } = 1;
    public DateTimeOffset? LastUpdated { get; private set; }
    public Destination Destination { get; private set; } = destination;
    public DeliveryStreamEncryptionConfiguration Encryption { get; private set; } = new() { Status = "DISABLED" };

    public FirehoseJournal Journal => journal;

    /// <summary>A stream as its record describes it, journaled from now on.</summary>
    public static DeliveryStream Restore(StoredDeliveryStream stored, FirehoseJournal journal)
    {
        var stream = new DeliveryStream(stored.Name, stored.AccountId, stored.Region, stored.Type, stored.Destination, stored.KinesisSource,
            stored.Created, stored.Status, journal)
        {
            Version = stored.Version, LastUpdated = stored.LastUpdated, Encryption = stored.Encryption, _journaled = true,
        };
        foreach (var (key, value) in stored.Tags) stream._tags[key] = value;
        return stream;
    }

    /// <summary>The stream's record as it stands.</summary>
    public DurableRecord Capture()
    {
        lock (_lock) return new(FirehoseJournal.StreamKind, DeliveryStreamRecords.Key(this), DeliveryStreamRecords.Encode(this));
    }

    /// <summary>Journals the stream's record, and every change from now on: once it is in the store.</summary>
    public void Persist()
    {
        lock (_lock)
        {
            _journaled = true;
            Saved();
        }
    }

    public void Activate()
    {
        lock (_lock)
        {
            if (Status != "CREATING") return;
            Status = "ACTIVE";
            Saved();
        }
    }

    /// <summary>The stream is being deleted: durable mode forgets it now, as the deletion has been accepted.</summary>
    public void MarkDeleting()
    {
        lock (_lock)
        {
            Status = "DELETING";
            Forget();
        }
    }

    /// <summary>The stream is gone from the store (durable mode forgets it, if it was not already DELETING).</summary>
    public void Deleted()
    {
        lock (_lock) Forget();
    }

    /// <summary>Replaces the destination when <paramref name="expectedVersion"/> is the current version; the version then goes up by one.</summary>
    public void Update(string expectedVersion, Func<Destination, Destination> change, DateTimeOffset now)
    {
        lock (_lock)
        {
            var current = Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (expectedVersion != current) throw FirehoseErrors.StaleVersion(Name, current, expectedVersion);
            Destination = change(Destination);
            Version++;
            LastUpdated = now;
            Saved();
        }
    }

    public void SetEncryption(DeliveryStreamEncryptionConfiguration encryption)
    {
        lock (_lock)
        {
            Encryption = encryption;
            Saved();
        }
    }

    public IReadOnlyList<KeyValuePair<string, string>> Tags
    {
        get { lock (_lock) return [.. _tags]; }
    }

    /// <summary>Adds or replaces tags, at most 50 in all.</summary>
    public void Tag(IEnumerable<Shapes.Tag> tags)
    {
        lock (_lock)
        {
            var merged = new SortedDictionary<string, string>(_tags, StringComparer.Ordinal);
            foreach (var tag in tags) merged[tag.Key!] = tag.Value ?? "";
            if (merged.Count > 50)
                throw FirehoseErrors.LimitExceeded($"Firehose {Name} cannot have more than 50 tags.");
            _tags.Clear();
            foreach (var (key, value) in merged) _tags[key] = value;
            Saved();
        }
    }

    public void Untag(IEnumerable<string> keys)
    {
        lock (_lock)
        {
            foreach (var key in keys) _tags.Remove(key);
            Saved();
        }
    }

    /// <summary>Called under the lock after each change.</summary>
    private void Saved()
    {
        if (_journaled) journal.StreamSaved(this);
    }

    private void Forget()
    {
        if (!_journaled) return;
        _journaled = false;
        journal.StreamDeleted(this);
    }
}
