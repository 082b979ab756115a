using Emulator.Sqs.Messages;

namespace Emulator.Sqs.Queues;

/// <summary>One queue: its identity, settings and tags. Its messages live in <see cref="Messages"/>.</summary>
public sealed class SqsQueue
{
    private readonly object _tagsLock = new();
    private Dictionary<string, string> _tags;
    private volatile QueueSettings _settings;

    public SqsQueue(string accountId, string region, string name, QueueSettings settings,
        IReadOnlyDictionary<string, string>? tags, TimeProvider clock, Func<string, SqsQueue?> findQueue)
    {
        var now = clock.GetUtcNow();
        AccountId = accountId;
        Region = region;
        Name = name;
        Arn = $"arn:aws:sqs:{region}:{accountId}:{name}";
        IsFifo = name.EndsWith(".fifo", StringComparison.Ordinal);
        _settings = settings;
        _tags = tags is null ? new() : new(tags);
        CreatedTimestamp = now;
        LastModifiedTimestamp = now;
        Messages = new MessageStore(this, clock, findQueue);
    }

    public string AccountId { get; }
    public string Region { get; }
    public string Name { get; }
    public string Arn { get; }
    public bool IsFifo { get; }
    public DateTimeOffset CreatedTimestamp { get; }
    public DateTimeOffset LastModifiedTimestamp { get; private set; }

    public QueueSettings Settings => _settings;

    public MessageStore Messages { get; }

    /// <summary>The queue URL's path, <c>/000000000000/name</c>.</summary>
    public string Path => $"/{AccountId}/{Name}";

    public string UrlFor(string baseUrl) => baseUrl + Path;

    public void UpdateSettings(QueueSettings settings, DateTimeOffset now)
    {
        _settings = settings;
        LastModifiedTimestamp = now;
    }

    public IReadOnlyDictionary<string, string> Tags
    {
        get { lock (_tagsLock) return new Dictionary<string, string>(_tags); }
    }

    public void Tag(IReadOnlyDictionary<string, string> tags)
    {
        lock (_tagsLock)
        {
            var updated = new Dictionary<string, string>(_tags);
            foreach (var (key, value) in tags) updated[key] = value;
            _tags = updated;
        }
    }

    public void Untag(IEnumerable<string> keys)
    {
        lock (_tagsLock)
        {
            var updated = new Dictionary<string, string>(_tags);
            foreach (var key in keys) updated.Remove(key);
            _tags = updated;
        }
    }
}
