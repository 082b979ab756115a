using System.Text;
using Emulator.Sqs.Shapes;

namespace Emulator.Sqs.Messages;

public enum MessageState
{
    Delayed,
    Visible,
    InFlight,
    Deleted,
}

/// <summary>
/// One stored message. The body is kept as UTF-8 (half the memory of a .NET string for most text); checksums are
/// computed once at send; ids and checksums are kept as numbers and written as text on the way out. State fields are guarded by the owning <see cref="MessageStore"/>'s lock.
/// </summary>
public sealed class SqsMessage
{
    public required Guid Id { get; init; }
    public required byte[] BodyUtf8 { get; init; }
    public required UInt128 BodyMd5 { get; init; }
    public Dictionary<string, MessageAttributeValue>? Attributes { get; init; }
    public string? Md5OfAttributes { get; init; }
    public string? AwsTraceHeader { get; init; }
    public required string SenderId { get; init; }
    public required long SentTimestamp { get; init; }
    public string? GroupId { get; init; }
    public string? DeduplicationId { get; init; }
    public string? SequenceNumber { get; set; }
    public string? DeadLetterSourceArn { get; set; }

    public MessageState State { get; set; }
    public long VisibleAtTicks { get; set; }
    public int ReceiveCount { get; set; }
    public long FirstReceiveTimestamp { get; set; }

    /// <summary>Changes on every receive, so that older receipt handles stop matching.</summary>
    public long ReceiveToken { get; set; }

    /// <summary>Changes whenever the message is (re)scheduled, so that superseded timer entries are ignored.</summary>
    public int ScheduleVersion { get; set; }

    /// <summary>When the first receive happened (clock ticks): the 12-hour visibility ceiling counts from there.</summary>
    public long InFlightSinceTicks { get; set; }

    /// <summary>Neighbours in the store's arrival order: links in the message itself cost less memory than list nodes.</summary>
    public SqsMessage? OlderArrival { get; set; }
    public SqsMessage? NewerArrival { get; set; }

    public LinkedListNode<SqsMessage>? GroupNode { get; set; }

    public string MessageId => Id.ToString();

    public string Md5OfBody => Md5Text.Format(BodyMd5);

    public string Body => Encoding.UTF8.GetString(BodyUtf8);

    public int BodySize => BodyUtf8.Length;
}
