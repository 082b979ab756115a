using System.Globalization;
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
/// computed once at send (or when a body written on first read is); ids and digests are kept as numbers and written as text on the way out; the links of the lists a message sits in live in the message itself, so a queued message
/// costs one object besides its body. State is guarded by the owning <see cref="MessageStore"/>'s lock.
/// </summary>
public sealed class SqsMessage
{
    private byte[]? _bodyUtf8;
    private UInt128 _bodyMd5;
    private DeferredBody? _deferredBody;

    public required Guid Id { get; init; }

    public byte[] BodyUtf8
    {
        get
        {
            if (Volatile.Read(ref _deferredBody) is not null) CompleteBody();
            return _bodyUtf8!;
        }
        init => _bodyUtf8 = value;
    }

    /// <summary>The body bytes the message holds now (none yet for a deferred body until it is first read).</summary>
    public int HeldBodyBytes => _bodyUtf8?.Length ?? 0;

    public UInt128 BodyMd5
    {
        get
        {
            if (Volatile.Read(ref _deferredBody) is not null) CompleteBody();
            return _bodyMd5;
        }
        init => _bodyMd5 = value;
    }

    /// <summary>
    /// A body written after the send (SNS's signed envelopes, so that publishing does not wait for RSA), taken over at
    /// the first read. The body and its MD5 never change once read.
    /// </summary>
    public DeferredBody? DeferredBody
    {
        init => _deferredBody = value;
    }
    public Dictionary<string, MessageAttributeValue>? Attributes { get; init; }
    public string? Md5OfAttributes { get; init; }
    public string? AwsTraceHeader { get; init; }
    public required string SenderId { get; init; }

    /// <summary>Epoch milliseconds; retention counts from here.</summary>
    public required long SentTimestamp { get; init; }

    public string? GroupId { get; init; }
    public string? DeduplicationId { get; init; }
    public string? DeadLetterSourceArn { get; init; }

    public MessageState State { get; internal set; }
    public int ReceiveCount { get; internal set; }

    /// <summary>Epoch milliseconds of the first receive, 0 before it.</summary>
    public long FirstReceiveTimestamp { get; internal set; }

    /// <summary>The order in which messages arrived in their queue, kept so that durable mode restores them in it.</summary>
    internal long Arrival;

    /// <summary>FIFO only: the queue's sequence number for this message, 0 elsewhere.</summary>
    internal ulong Sequence;

    /// <summary>When a delayed or in-flight message becomes visible (clock ticks).</summary>
    internal long VisibleAtTicks;

    /// <summary>Changes on every receive, so that older receipt handles stop matching.</summary>
    internal long ReceiveToken;

    /// <summary>Changes whenever the message changes state or is rescheduled, so that superseded entries are skipped.</summary>
    internal int Version;

    /// <summary>When the current receive happened (clock ticks): the 12-hour visibility ceiling counts from there.</summary>
    internal long InFlightSinceTicks;

    internal SqsMessage? ArrivalPrevious, ArrivalNext, GroupPrevious, GroupNext;

    public string MessageId => Id.ToString();

    public string Md5OfBody => Md5Text.Format(BodyMd5);

    public string? SequenceNumber => Sequence == 0 ? null : Sequence.ToString(CultureInfo.InvariantCulture);

    public string Body => Encoding.UTF8.GetString(BodyUtf8);

    private void CompleteBody()
    {
        if (Volatile.Read(ref _deferredBody) is not { } deferred) return;
        // Readers that race both take the same bytes and reach the same MD5; the deferred body is let go after both are set.
        var utf8 = deferred.Utf8();
        _bodyMd5 = Md5Text.Hash(utf8);
        _bodyUtf8 = utf8;
        Volatile.Write(ref _deferredBody, null);
    }
}
