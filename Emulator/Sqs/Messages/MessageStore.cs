using System.Text;
using Emulator.Sqs.Queues;

namespace Emulator.Sqs.Messages;

/// <summary>
/// The messages of one queue and their state machine: delayed → visible → in flight → deleted, with retention,
/// dead-letter moves and, for FIFO queues, ordered groups and deduplication. One lock per queue, never held across an
/// await; every operation is O(1) or O(log n) in the queue's depth. Timed transitions are applied lazily at the start
/// of each operation from a heap ordered by due time; long polls wait on a signal raised when a message becomes visible.
/// </summary>
public sealed class MessageStore
{
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan AttemptIdLifetime = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan MaxVisibility = TimeSpan.FromHours(12);

    private readonly object _lock = new();
    private readonly SqsQueue _queue;
    private readonly TimeProvider _clock;
    private readonly Func<string, SqsQueue?> _findQueue;
    private readonly Dictionary<Guid, SqsMessage> _byId = new();
    private readonly ArrivalList _arrivals = new();
    private readonly PriorityQueue<(SqsMessage Message, int Version), long> _timed = new();
    private readonly Queue<(SqsMessage Message, int Version)> _ready = new();
    private readonly Dictionary<string, FifoGroup> _groups = new(StringComparer.Ordinal);
    private readonly Queue<FifoGroup> _readyGroups = new();
    private readonly DeduplicationWindow _deduplication = new();
    private readonly Dictionary<string, (long ExpiresTicks, IReadOnlyList<ReceivedMessage> Messages)> _attempts = new(StringComparer.Ordinal);
    private TaskCompletionSource? _visibleSignal;
    private long _visible, _inFlight, _delayed;
    private long _receiveTokens;
    private ulong _sequence = 10_000_000_000_000_000_000UL;
    private long? _lastPurgeTicks;

    public MessageStore(SqsQueue queue, TimeProvider clock, Func<string, SqsQueue?> findQueue)
    {
        _queue = queue;
        _clock = clock;
        _findQueue = findQueue;
    }

    private bool IsFifo => _queue.IsFifo;

    public SendOutcome Send(OutgoingMessage outgoing)
    {
        var now = _clock.GetUtcNow();
        var settings = _queue.Settings;
        var bodyUtf8 = Encoding.UTF8.GetBytes(outgoing.Body);
        var md5 = Md5Text.Hash(bodyUtf8);
        var dedupId = IsFifo ? outgoing.DeduplicationId ?? ContentHash(bodyUtf8) : null;
        var dedupKey = dedupId is null ? null : settings.DeduplicationScope == "messageGroup" ? outgoing.GroupId + "\n" + dedupId : dedupId;
        lock (_lock)
        {
            Advance(now.UtcTicks);
            if (dedupKey is not null && _deduplication.TryGet(dedupKey, now.UtcTicks, out var original))
                return original with { BodyMd5 = md5 };
            var message = new SqsMessage
            {
                Id = Guid.NewGuid(),
                BodyUtf8 = bodyUtf8,
                BodyMd5 = md5,
                Attributes = outgoing.Attributes,
                Md5OfAttributes = outgoing.Md5OfAttributes,
                AwsTraceHeader = outgoing.AwsTraceHeader,
                SenderId = outgoing.SenderId,
                SentTimestamp = now.ToUnixTimeMilliseconds(),
                GroupId = outgoing.GroupId,
                DeduplicationId = dedupId,
            };
            Insert(message, outgoing.DelaySeconds ?? settings.DelaySeconds, now.UtcTicks);
            var outcome = new SendOutcome(message.Id, message.SequenceNumber, md5);
            if (dedupKey is not null) _deduplication.Remember(dedupKey, outcome, now.UtcTicks);
            return outcome;
        }
    }

    /// <summary>
    /// Adds a message moved from another queue, keeping its identity. A dead-letter move keeps the receive count; a
    /// move task starts it again, or a redriven message would bounce straight back to the dead-letter queue.
    /// </summary>
    public void AcceptMoved(SqsMessage original, string? deadLetterSourceArn, bool keepReceiveCount)
    {
        var now = _clock.GetUtcNow();
        var message = new SqsMessage
        {
            Id = original.Id,
            BodyUtf8 = original.BodyUtf8,
            BodyMd5 = original.BodyMd5,
            Attributes = original.Attributes,
            Md5OfAttributes = original.Md5OfAttributes,
            AwsTraceHeader = original.AwsTraceHeader,
            SenderId = original.SenderId,
            SentTimestamp = IsFifo ? now.ToUnixTimeMilliseconds() : original.SentTimestamp,
            GroupId = original.GroupId,
            DeduplicationId = original.DeduplicationId,
            DeadLetterSourceArn = deadLetterSourceArn,
            ReceiveCount = keepReceiveCount ? original.ReceiveCount : 0,
            FirstReceiveTimestamp = keepReceiveCount ? original.FirstReceiveTimestamp : 0,
        };
        lock (_lock)
        {
            Advance(now.UtcTicks);
            Insert(message, 0, now.UtcTicks);
        }
    }

    public async ValueTask<IReadOnlyList<ReceivedMessage>> ReceiveAsync(ReceiveRequest request, CancellationToken cancel)
    {
        var deadline = _clock.GetUtcNow() + request.WaitTime;
        while (true)
        {
            var now = _clock.GetUtcNow();
            IReadOnlyList<ReceivedMessage> received;
            List<SqsMessage>? deadLetters = null;
            Task signal;
            long? nextDueTicks;
            lock (_lock)
            {
                Advance(now.UtcTicks);
                received = TakeMessages(request, now, ref deadLetters);
                signal = (_visibleSignal ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
                nextDueTicks = _timed.TryPeek(out _, out var due) ? due : null;
            }
            if (deadLetters is not null) MoveToDeadLetterQueue(deadLetters);
            var remaining = deadline - now;
            if (received.Count > 0 || remaining <= TimeSpan.Zero) return received;

            if (nextDueTicks is { } dueTicks && TimeSpan.FromTicks(dueTicks - now.UtcTicks) < remaining)
                remaining = TimeSpan.FromTicks(Math.Max(dueTicks - now.UtcTicks, TimeSpan.TicksPerMillisecond));
            using var stopWaiting = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            var timeout = Task.Delay(remaining, _clock, stopWaiting.Token);
            await Task.WhenAny(signal, timeout).ConfigureAwait(false);
            stopWaiting.Cancel();
            cancel.ThrowIfCancellationRequested();
        }
    }

    public void Delete(string receiptHandle)
    {
        var handle = DecodeHandle(receiptHandle);
        lock (_lock)
        {
            Advance(_clock.GetUtcNow().UtcTicks);
            if (!_byId.TryGetValue(handle.MessageId, out var message) || message.ReceiveToken != handle.ReceiveToken) return;
            if (IsFifo && message.State != MessageState.InFlight)
                throw new Protocol.Errors.AwsError("ReceiptHandleIsInvalid", "The receipt handle has expired.");
            Remove(message);
        }
    }

    public void ChangeVisibility(string receiptHandle, int seconds)
    {
        var handle = DecodeHandle(receiptHandle);
        var now = _clock.GetUtcNow().UtcTicks;
        lock (_lock)
        {
            Advance(now);
            if (!_byId.TryGetValue(handle.MessageId, out var message)) throw SqsErrors.ReceiptHandleIsInvalid(receiptHandle);
            if (message.State != MessageState.InFlight || message.ReceiveToken != handle.ReceiveToken)
                throw SqsErrors.MessageNotInflight();
            if (now - message.InFlightSinceTicks + TimeSpan.FromSeconds(seconds).Ticks > MaxVisibility.Ticks)
                throw Protocol.Errors.CommonErrors.InvalidParameterValue(
                    $"Value {seconds} for parameter VisibilityTimeout is invalid. Reason: Total VisibilityTimeout for the message is beyond the limit [43200 seconds].");
            Schedule(message, now + TimeSpan.FromSeconds(seconds).Ticks);
            Advance(now);
        }
    }

    public void Purge()
    {
        var now = _clock.GetUtcNow().UtcTicks;
        lock (_lock)
        {
            if (_lastPurgeTicks is { } last && now - last < PurgeInterval.Ticks) throw SqsErrors.PurgeQueueInProgress(_queue.Name);
            _lastPurgeTicks = now;
            ClearMessages();
        }
    }

    /// <summary>Removes up to <paramref name="max"/> visible messages for a move task, oldest first.</summary>
    public IReadOnlyList<SqsMessage> TakeVisible(int max)
    {
        var taken = new List<SqsMessage>();
        lock (_lock)
        {
            Advance(_clock.GetUtcNow().UtcTicks);
            for (var message = _arrivals.Oldest; message is not null && taken.Count < max;)
            {
                var newer = message.NewerArrival;
                if (message.State == MessageState.Visible)
                {
                    taken.Add(message);
                    Remove(message);
                }
                message = newer;
            }
        }
        return taken;
    }

    public QueueCounts Counts()
    {
        lock (_lock)
        {
            Advance(_clock.GetUtcNow().UtcTicks);
            return new QueueCounts(_visible, _inFlight, _delayed);
        }
    }

    public IReadOnlyList<MessageSnapshot> Snapshot()
    {
        lock (_lock)
        {
            Advance(_clock.GetUtcNow().UtcTicks);
            return _arrivals.OldestFirst().Select(m => new MessageSnapshot(
                m.MessageId,
                m.State switch { MessageState.InFlight => "inflight", MessageState.Delayed => "delayed", _ => "visible" },
                m.Body,
                m.ReceiveCount,
                DateTimeOffset.FromUnixTimeMilliseconds(m.SentTimestamp),
                m.State == MessageState.Visible ? null : new DateTimeOffset(m.VisibleAtTicks, TimeSpan.Zero),
                m.GroupId,
                m.SequenceNumber,
                m.Attributes?.ToDictionary(a => a.Key, a => a.Value.StringValue ?? Convert.ToBase64String(a.Value.BinaryValue ?? [])))).ToList();
        }
    }

    public void Clear()
    {
        lock (_lock) ClearMessages();
    }

    private void ClearMessages()
    {
        _byId.Clear();
        _arrivals.Clear();
        _timed.Clear();
        _ready.Clear();
        _groups.Clear();
        _readyGroups.Clear();
        _attempts.Clear();
        _visible = _inFlight = _delayed = 0;
    }

    private void Insert(SqsMessage message, int delaySeconds, long nowTicks)
    {
        if (IsFifo)
        {
            message.SequenceNumber = (++_sequence).ToString();
            if (!_groups.TryGetValue(message.GroupId!, out var group)) _groups[message.GroupId!] = group = new FifoGroup(message.GroupId!);
            message.GroupNode = group.Messages.AddLast(message);
        }
        _byId[message.Id] = message;
        _arrivals.Add(message);
        if (delaySeconds > 0)
        {
            message.State = MessageState.Delayed;
            _delayed++;
            Schedule(message, nowTicks + TimeSpan.FromSeconds(delaySeconds).Ticks);
        }
        else
        {
            MakeVisible(message);
        }
    }

    private IReadOnlyList<ReceivedMessage> TakeMessages(ReceiveRequest request, DateTimeOffset now, ref List<SqsMessage>? deadLetters)
    {
        if (request.AttemptId is { } attempt && _attempts.TryGetValue(attempt, out var earlier))
        {
            if (earlier.ExpiresTicks > now.UtcTicks && earlier.Messages.All(StillHeldBy)) return earlier.Messages;
            _attempts.Remove(attempt);
        }
        var received = new List<ReceivedMessage>(Math.Min(request.MaxMessages, 10));
        if (IsFifo) TakeFromGroups(request, now, received, ref deadLetters);
        else TakeInArrivalOrder(request, now, received, ref deadLetters);
        if (request.AttemptId is not null && received.Count > 0)
            _attempts[request.AttemptId] = (now.UtcTicks + AttemptIdLifetime.Ticks, received);
        return received;
    }

    private bool StillHeldBy(ReceivedMessage delivered) =>
        _byId.TryGetValue(delivered.Message.Id, out var m) && m.State == MessageState.InFlight &&
        ReceiptHandle.TryDecode(delivered.ReceiptHandle)?.ReceiveToken == m.ReceiveToken;

    private void TakeInArrivalOrder(ReceiveRequest request, DateTimeOffset now, List<ReceivedMessage> received, ref List<SqsMessage>? deadLetters)
    {
        while (received.Count < request.MaxMessages && _ready.TryDequeue(out var entry))
        {
            if (entry.Message.State != MessageState.Visible || entry.Version != entry.Message.ScheduleVersion) continue;
            TakeOne(entry.Message, request, now, received, ref deadLetters);
        }
    }

    /// <summary>FIFO: whole groups in turn, each from its oldest message, in order, until the request is full.</summary>
    private void TakeFromGroups(ReceiveRequest request, DateTimeOffset now, List<ReceivedMessage> received, ref List<SqsMessage>? deadLetters)
    {
        while (received.Count < request.MaxMessages && _readyGroups.TryDequeue(out var group))
        {
            group.Queued = false;
            if (!group.Deliverable) continue;
            for (var node = group.Messages.First; node is { Value.State: MessageState.Visible } && received.Count < request.MaxMessages;)
            {
                var next = node.Next;
                TakeOne(node.Value, request, now, received, ref deadLetters);
                node = next;
            }
        }
    }

    private void TakeOne(SqsMessage message, ReceiveRequest request, DateTimeOffset now, List<ReceivedMessage> received, ref List<SqsMessage>? deadLetters)
    {
        if (_queue.Settings.RedrivePolicy is { } redrive && message.ReceiveCount >= redrive.MaxReceiveCount)
        {
            Remove(message);
            (deadLetters ??= []).Add(message);
            return;
        }
        received.Add(Deliver(message, request.VisibilityTimeout, now));
    }

    private ReceivedMessage Deliver(SqsMessage message, TimeSpan visibility, DateTimeOffset now)
    {
        _visible--;
        _inFlight++;
        message.State = MessageState.InFlight;
        message.ReceiveCount++;
        if (message.FirstReceiveTimestamp == 0) message.FirstReceiveTimestamp = now.ToUnixTimeMilliseconds();
        message.ReceiveToken = ++_receiveTokens;
        message.InFlightSinceTicks = now.UtcTicks;
        if (IsFifo) _groups[message.GroupId!].InFlight++;
        Schedule(message, now.UtcTicks + visibility.Ticks);
        var handle = new ReceiptHandle(_queue.Arn, message.Id, message.ReceiveToken).Encode();
        return new ReceivedMessage(message, handle, message.ReceiveCount, message.FirstReceiveTimestamp);
    }

    private void Schedule(SqsMessage message, long dueTicks)
    {
        message.VisibleAtTicks = dueTicks;
        message.ScheduleVersion++;
        _timed.Enqueue((message, message.ScheduleVersion), dueTicks);
    }

    /// <summary>Applies what time has done: due delays and visibility timeouts end, expired messages go.</summary>
    private void Advance(long nowTicks)
    {
        while (_timed.TryPeek(out var entry, out var due) && due <= nowTicks)
        {
            _timed.Dequeue();
            var message = entry.Message;
            if (entry.Version != message.ScheduleVersion) continue;
            switch (message.State)
            {
                case MessageState.Delayed:
                    _delayed--;
                    MakeVisible(message);
                    break;
                case MessageState.InFlight:
                    _inFlight--;
                    if (IsFifo) _groups[message.GroupId!].InFlight--;
                    MakeVisible(message);
                    break;
            }
        }
        var retentionMs = _queue.Settings.MessageRetentionPeriod * 1000L;
        var nowMs = new DateTimeOffset(nowTicks, TimeSpan.Zero).ToUnixTimeMilliseconds();
        while (_arrivals.Oldest is { } oldest && oldest.SentTimestamp + retentionMs <= nowMs) Remove(oldest);
    }

    private void MakeVisible(SqsMessage message)
    {
        message.State = MessageState.Visible;
        message.ScheduleVersion++;
        _visible++;
        if (IsFifo) QueueGroupIfDeliverable(_groups[message.GroupId!]);
        else _ready.Enqueue((message, message.ScheduleVersion));
        if (_visibleSignal is { } signal)
        {
            _visibleSignal = null;
            signal.TrySetResult();
        }
    }

    private void QueueGroupIfDeliverable(FifoGroup group)
    {
        if (group.Queued || !group.Deliverable) return;
        group.Queued = true;
        _readyGroups.Enqueue(group);
    }

    private void Remove(SqsMessage message)
    {
        switch (message.State)
        {
            case MessageState.Visible: _visible--; break;
            case MessageState.InFlight: _inFlight--; break;
            case MessageState.Delayed: _delayed--; break;
            default: return;
        }
        var wasInFlight = message.State == MessageState.InFlight;
        message.State = MessageState.Deleted;
        _byId.Remove(message.Id);
        _arrivals.Remove(message);
        if (!IsFifo || !_groups.TryGetValue(message.GroupId!, out var group)) return;
        group.Messages.Remove(message.GroupNode!);
        if (wasInFlight) group.InFlight--;
        if (group.Messages.Count == 0) _groups.Remove(group.Id);
        else QueueGroupIfDeliverable(group);
    }

    private void MoveToDeadLetterQueue(List<SqsMessage> messages)
    {
        var target = _queue.Settings.RedrivePolicy is { } policy ? _findQueue(policy.DeadLetterTargetArn) : null;
        if (target is null)
        {
            // The dead-letter queue was deleted: AWS keeps such messages in the source queue.
            foreach (var message in messages) AcceptMoved(message, message.DeadLetterSourceArn, keepReceiveCount: true);
            return;
        }
        foreach (var message in messages) target.Messages.AcceptMoved(message, _queue.Arn, keepReceiveCount: true);
    }

    private ReceiptHandle DecodeHandle(string receiptHandle) =>
        ReceiptHandle.TryDecode(receiptHandle) is { } handle && handle.QueueArn == _queue.Arn
            ? handle
            : throw SqsErrors.ReceiptHandleIsInvalid(receiptHandle);

    private static string ContentHash(byte[] body) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body));
}
