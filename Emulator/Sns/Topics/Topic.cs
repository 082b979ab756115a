using Emulator.Sns.Durability;
using System.Collections.Immutable;
using Emulator.Sns.Delivery;
using Emulator.Sns.Publishing;
using Emulator.Sns.Subscriptions;

namespace Emulator.Sns.Topics;

/// <summary>
/// One topic. Attributes, tags and the subscription list are replaced whole under the topic's lock and read
/// without it, so a publish fans out over a stable snapshot of the subscriptions.
/// </summary>
public sealed class Topic
{
    private readonly object _lock = new();
    private ImmutableDictionary<string, string> _attributes;
    private ImmutableDictionary<string, string> _tags = ImmutableDictionary<string, string>.Empty;
    private Subscription[] _subscriptions = [];
    private int _subscriptionsDeleted;
    private readonly SnsJournal _journal;

    public Topic(SnsArn arn, bool fifo, IReadOnlyDictionary<string, string> attributes, IReadOnlyDictionary<string, string> tags, TimeProvider clock,
        SnsJournal journal, string? dataProtectionPolicy = null)
    {
        _journal = journal;
        _dataProtectionPolicy = dataProtectionPolicy is { Length: > 0 } ? dataProtectionPolicy : null;
        Arn = arn.ToString();
        Name = arn.Resource;
        AccountId = arn.AccountId;
        Region = arn.Region;
        IsFifo = fifo;
        _attributes = attributes.ToImmutableDictionary(StringComparer.Ordinal);
        _tags = tags.ToImmutableDictionary(StringComparer.Ordinal);
        DeliveryPolicy = TopicDeliveryPolicy.Parse(_attributes.GetValueOrDefault(TopicAttributeNames.DeliveryPolicy));
        Fifo = fifo ? new FifoTopicSequencer(clock) : null;
    }

    public string Arn { get; }
    public string Name { get; }
    public string AccountId { get; }
    public string Region { get; }
    public bool IsFifo { get; }

    /// <summary>Deduplication and sequence numbers of a FIFO topic; null for a standard topic.</summary>
    public FifoTopicSequencer? Fifo { get; }

    public TopicDeliveryPolicy DeliveryPolicy { get; private set; }

    /// <summary>Attributes a client set (or AWS's defaults for those it did not).</summary>
    public ImmutableDictionary<string, string> Attributes => Volatile.Read(ref _attributes);

    public ImmutableDictionary<string, string> Tags => Volatile.Read(ref _tags);

    public IReadOnlyList<Subscription> Subscriptions => Volatile.Read(ref _subscriptions);

    public int SubscriptionsDeleted => Volatile.Read(ref _subscriptionsDeleted);

    private string? _dataProtectionPolicy;

    public string? DataProtectionPolicy => Volatile.Read(ref _dataProtectionPolicy);

    /// <summary>Replaces the data protection policy; an empty one removes it.</summary>
    public void SetDataProtectionPolicy(string? policy)
    {
        lock (_lock)
        {
            Volatile.Write(ref _dataProtectionPolicy, policy is { Length: > 0 } ? policy : null);
            _journal.TopicSaved(this);
        }
    }

    /// <summary>Writes the topic's record again (durable mode): once it is stored, and when one of its subscriptions changes.</summary>
    public void Save()
    {
        lock (_lock) _journal.TopicSaved(this);
    }

    /// <summary>A topic read back from its record gets its subscriptions; nothing is journaled.</summary>
    public void Restore(IEnumerable<Subscription> subscriptions, int deleted)
    {
        lock (_lock)
        {
            _subscriptions = [.. subscriptions];
            _subscriptionsDeleted = deleted;
        }
    }

    public bool ContentBasedDeduplication => Attributes.GetValueOrDefault(TopicAttributeNames.ContentBasedDeduplication) == "true";

    /// <summary>SignatureVersion 1 (SHA1withRSA) unless the topic chose 2 (SHA256withRSA).</summary>
    public int SignatureVersion => Attributes.GetValueOrDefault(TopicAttributeNames.SignatureVersion) == "2" ? 2 : 1;

    public void SetAttribute(string name, string value)
    {
        lock (_lock)
        {
            _attributes = value.Length == 0 && name != TopicAttributeNames.DisplayName ? _attributes.Remove(name) : _attributes.SetItem(name, value);
            if (name == TopicAttributeNames.DeliveryPolicy) DeliveryPolicy = TopicDeliveryPolicy.Parse(value);
            _journal.TopicSaved(this);
        }
    }

    /// <summary>Replaces the attribute; <paramref name="change"/> receives the current value and returns the new one (null removes it).</summary>
    public void ChangeAttribute(string name, Func<string?, string?> change)
    {
        lock (_lock)
        {
            var value = change(_attributes.GetValueOrDefault(name));
            _attributes = value is null ? _attributes.Remove(name) : _attributes.SetItem(name, value);
            _journal.TopicSaved(this);
        }
    }

    public void ChangeTags(Func<ImmutableDictionary<string, string>, ImmutableDictionary<string, string>> change)
    {
        lock (_lock)
        {
            _tags = change(_tags);
            _journal.TopicSaved(this);
        }
    }

    /// <summary>The subscription with the same protocol and endpoint, or <paramref name="created"/> added to the topic.</summary>
    public Subscription AddOrGet(Subscription created)
    {
        lock (_lock)
        {
            foreach (var existing in _subscriptions)
                if (existing.Protocol == created.Protocol && existing.Endpoint == created.Endpoint) return existing;
            _subscriptions = [.. _subscriptions, created];
            _journal.TopicSaved(this);
            return created;
        }
    }

    public bool Remove(Subscription subscription)
    {
        lock (_lock)
        {
            var before = _subscriptions.Length;
            _subscriptions = _subscriptions.Where(s => s != subscription).ToArray();
            if (_subscriptions.Length == before) return false;
            _subscriptionsDeleted++;
            _journal.TopicSaved(this);
            return true;
        }
    }
}
