using Emulator.Sqs.Durability;
using Emulator.Sqs.Messages;

namespace Emulator.Sqs.Queues;

/// <summary>One queue: its identity, settings and tags. Its messages live in <see cref="Messages"/>.</summary>
public sealed class SqsQueue
{
    private readonly object _tagsLock = new();
    private readonly object _settingsLock = new();
    private readonly SqsJournal _journal;
    private long _lastModifiedTicks;
    private Dictionary<string, string> _tags;
    private volatile QueueSettings _settings;

    /// <param name="created">When the queue was made: now, unless it is being restored.</param>
    public SqsQueue(string accountId, string region, string name, QueueSettings settings,
        IReadOnlyDictionary<string, string>? tags, TimeProvider clock, Func<string, SqsQueue?> findQueue, SqsJournal journal,
        DateTimeOffset? created = null, DateTimeOffset? lastModified = null)
    {
        var now = created ?? clock.GetUtcNow();
        _journal = journal;
        AccountId = accountId;
        Region = region;
        Name = name;
        Arn = $"arn:aws:sqs:{region}:{accountId}:{name}";
        IsFifo = name.EndsWith(".fifo", StringComparison.Ordinal);
        _settings = settings;
        _tags = tags is null ? new() : new(tags);
        CreatedTimestamp = now;
        _lastModifiedTicks = (lastModified ?? now).UtcTicks;
        Messages = new MessageStore(this, clock, findQueue, journal);
    }

    public string AccountId { get; }
    public string Region { get; }
    public string Name { get; }
    public string Arn { get; }
    public bool IsFifo { get; }
    public DateTimeOffset CreatedTimestamp { get; }
    public DateTimeOffset LastModifiedTimestamp => new(Volatile.Read(ref _lastModifiedTicks), TimeSpan.Zero);

    public QueueSettings Settings => _settings;

    public MessageStore Messages { get; }

    /// <summary>The queue URL's path, <c>/000000000000/name</c>.</summary>
    public string Path => $"/{AccountId}/{Name}";

    public string UrlFor(string baseUrl) => baseUrl + Path;

    /// <summary>
    /// Replaces the settings with <paramref name="change"/>'s result, one change at a time so none is lost;
    /// readers never wait. A change that throws leaves the settings as they were.
    /// </summary>
    public void ChangeSettings(Func<QueueSettings, QueueSettings> change, DateTimeOffset now)
    {
        lock (_settingsLock)
        {
            _settings = change(_settings);
            Volatile.Write(ref _lastModifiedTicks, now.UtcTicks);
            _journal.QueueSaved(this);
        }
    }

    public IReadOnlyDictionary<string, string> Tags
    {
        get { lock (_tagsLock) return new Dictionary<string, string>(_tags); }
    }

    /// <summary>Adds or overwrites <paramref name="tags"/> unless <paramref name="checkResult"/> rejects the tags that would result.</summary>
    public void Tag(IReadOnlyDictionary<string, string> tags, Action<IReadOnlyDictionary<string, string>> checkResult)
    {
        lock (_tagsLock)
        {
            var updated = new Dictionary<string, string>(_tags);
            foreach (var (key, value) in tags) updated[key] = value;
            checkResult(updated);
            _tags = updated;
            _journal.QueueSaved(this);
        }
    }

    public void Untag(IEnumerable<string> keys)
    {
        lock (_tagsLock)
        {
            var updated = new Dictionary<string, string>(_tags);
            foreach (var key in keys) updated.Remove(key);
            _tags = updated;
            _journal.QueueSaved(this);
        }
    }
}
