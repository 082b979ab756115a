using Emulator.Sns.Filtering;
using Emulator.Sns.Shapes;

namespace Emulator.Sns.Publishing;

/// <summary>One accepted publish: everything its deliveries are built from.</summary>
public sealed class Notification
{
    private readonly object _envelopeLock = new();
    private IReadOnlyDictionary<string, FilterAttribute>? _filterAttributes;
    private (string Message, bool Signed, int Version, string Head, string Tail)? _envelope;

    public required Guid MessageId { get; init; }
    public required string TopicArn { get; init; }
    public string? Subject { get; init; }

    /// <summary>The message, or with MessageStructure=json the <c>default</c> entry.</summary>
    public required string Message { get; init; }

    /// <summary>Per-protocol messages of a MessageStructure=json publish.</summary>
    public IReadOnlyDictionary<string, string>? MessagePerProtocol { get; init; }

    public Dictionary<string, MessageAttributeValue>? Attributes { get; init; }
    public string? GroupId { get; init; }
    public string? DeduplicationId { get; init; }
    public string? SequenceNumber { get; init; }
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>Scheme, host and port of the publish request, for the URLs a delivered message carries.</summary>
    public required string BaseUrl { get; init; }

    /// <summary>AWS's timestamp format: ISO 8601 in UTC with milliseconds.</summary>
    public string TimestampText => Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'");

    public string MessageFor(string protocol) => MessagePerProtocol?.GetValueOrDefault(protocol) ?? Message;

    /// <summary>The attributes as the filter engine reads them; binary values take part only by their type.</summary>
    public IReadOnlyDictionary<string, FilterAttribute> FilterAttributes => _filterAttributes ??=
        Attributes is null
            ? new Dictionary<string, FilterAttribute>()
            : Attributes.ToDictionary(a => a.Key, a => new FilterAttribute(a.Value.DataType!, a.Value.StringValue));

    /// <summary>
    /// The envelope around the UnsubscribeURL, the one field that differs between subscribers: written, and signed,
    /// once per publish and delivered text, since the signed string does not name the subscription. Readers that
    /// race wait for the one writing rather than sign again.
    /// </summary>
    public (string Head, string Tail) EnvelopeParts(string message, bool signed, int version, Func<(string Head, string Tail)> write)
    {
        lock (_envelopeLock)
        {
            if (_envelope is { } cached && cached.Signed == signed && cached.Version == version && cached.Message == message)
                return (cached.Head, cached.Tail);
            var (head, tail) = write();
            _envelope = (message, signed, version, head, tail);
            return (head, tail);
        }
    }
}
