using System.Globalization;
using Emulator.Protocol.Shapes;
using Emulator.Sqs.Messages;
using Emulator.Sqs.Shapes;
using Emulator.Sqs.Validation;

namespace Emulator.Sqs.Operations;

/// <summary>A received message as ReceiveMessage returns it: only the system and user attributes that were asked for.</summary>
public sealed class ReceivedMessageView
{
    private const string All = "All";
    private readonly HashSet<string> _systemNames;
    private readonly bool _allSystem;
    private readonly List<string> _attributeNames;
    private readonly bool _allAttributes;

    public ReceivedMessageView(IEnumerable<string>? systemNames, IReadOnlyList<string>? attributeNames)
    {
        _systemNames = new HashSet<string>(systemNames ?? [], StringComparer.Ordinal);
        _allSystem = _systemNames.Contains(All);
        _attributeNames = attributeNames?.ToList() ?? [];
        _allAttributes = _attributeNames.Any(n => n is All or ".*" or "*");
    }

    public Message Render(ReceivedMessage received)
    {
        var message = received.Message;
        var attributes = SelectAttributes(message.Attributes);
        return new Message
        {
            MessageId = message.MessageId,
            ReceiptHandle = received.ReceiptHandle,
            MD5OfBody = message.Md5OfBody,
            Body = Utf8Text.OfValidUtf8(message.BodyUtf8),
            Attributes = SystemAttributes(received),
            MessageAttributes = attributes,
            MD5OfMessageAttributes = attributes is null ? null
                : attributes.Count == message.Attributes!.Count ? message.Md5OfAttributes : MessageMd5.OfAttributes(attributes),
        };
    }

    private Dictionary<string, MessageAttributeValue>? SelectAttributes(Dictionary<string, MessageAttributeValue>? attributes)
    {
        if (attributes is null || _attributeNames.Count == 0) return null;
        if (_allAttributes) return attributes;
        var selected = attributes.Where(a => _attributeNames.Any(n => Matches(n, a.Key))).ToDictionary();
        return selected.Count == 0 ? null : selected;
    }

    /// <summary>A name, or a prefix followed by <c>.*</c>: <c>Hel.*</c> selects <c>Hello</c> and <c>Help.Me</c>.</summary>
    private static bool Matches(string pattern, string name) =>
        pattern.EndsWith(".*", StringComparison.Ordinal)
            ? name.StartsWith(pattern[..^2], StringComparison.Ordinal)
            : pattern == name;

    private Dictionary<string, string>? SystemAttributes(ReceivedMessage received)
    {
        if (_systemNames.Count == 0) return null;
        var message = received.Message;
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string name, string? value)
        {
            if (value is not null && (_allSystem || _systemNames.Contains(name))) result[name] = value;
        }

        Add("SenderId", message.SenderId);
        Add("SentTimestamp", message.SentTimestamp.ToString(CultureInfo.InvariantCulture));
        Add("ApproximateReceiveCount", received.ReceiveCount.ToString(CultureInfo.InvariantCulture));
        Add("ApproximateFirstReceiveTimestamp", received.FirstReceiveTimestamp.ToString(CultureInfo.InvariantCulture));
        Add("SequenceNumber", message.SequenceNumber);
        Add("MessageDeduplicationId", message.DeduplicationId);
        Add("MessageGroupId", message.GroupId);
        Add(MessageAttributes.TraceHeader, message.AwsTraceHeader);
        Add("DeadLetterQueueSourceArn", message.DeadLetterSourceArn);
        return result.Count == 0 ? null : result;
    }
}
