using System.Text;
using Emulator.Common.Durability;
using Emulator.Protocol.Pipeline;
using Emulator.Sqs.Durability;
using Emulator.Sqs.Queues;

namespace Emulator.Sqs.Messages;

/// <summary>
/// The messages of one queue and their state machine: delayed → visible → in flight → deleted, with retention,
/// dead-letter moves and, for FIFO queues, ordered groups and deduplication.
/// One lock per queue, never held across an await or while touching another queue; every operation is O(1) or
/// O(log n) in the queue's depth. Timed transitions are applied lazily at the start of each operation (and by a
/// timer while receives wait); a waiting receive is woken by whatever makes a message deliverable.
/// </summary>
public sealed partial class MessageStore
{
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan MaxVisibility = TimeSpan.FromHours(12);

    private readonly object _lock = new();
    private readonly SqsQueue _queue;
    private readonly TimeProvider _clock;
    private readonly Func<string, SqsQueue?> _findQueue;
    private readonly SqsJournal _journal;
    private readonly Dictionary<Guid, SqsMessage> _byId = new();
    private readonly MessageChain _arrivals = new(groupLinks: false);
    private readonly PriorityQueue<Guid, long> _lateArrivals = new();
    private readonly MessageTimeline _timeline = new();
    private readonly DeliveryOrder _order;
    private readonly DeduplicationWindow<SendOutcome> _deduplication = new();
    private readonly ReceiveAttempts _attempts = new();
    private readonly ReceiveWaiters _waiters = new();
    private readonly WakeTimer _wakeTimer;
    private long _visible, _inFlight, _delayed;
    private long _newestArrival;
    private long _receiveTokens;
    private long _arrival;
    private ulong _sequence = 10_000_000_000_000_000_000UL;
    private long? _lastPurgeTicks;

    public MessageStore(SqsQueue queue, TimeProvider clock, Func<string, SqsQueue?> findQueue, SqsJournal journal)
    {
        _queue = queue;
        _journal = journal;
        _clock = clock;
        _findQueue = findQueue;
        _order = DeliveryOrder.For(queue.IsFifo);
        _wakeTimer = new WakeTimer(clock, OnWakeTimer);
    }

    private bool IsFifo => _queue.IsFifo;

    public SendOutcome Send(OutgoingMessage outgoing)
    {
        var now = _clock.GetUtcNow();
        var message = Prepare(outgoing, now);
        long? armFor = null;
        SendOutcome outcome;
        lock (_lock)
        {
            Advance(now.UtcTicks);
            outcome = Store(message, now.UtcTicks, ref armFor);
        }
        if (armFor is { } due) _wakeTimer.ArmFor(due);
        return outcome;
    }

    /// <summary>Sends the messages of a batch in order, taking the queue's lock once for all of them.</summary>
    public SendOutcome[] SendAll(IReadOnlyList<OutgoingMessage> outgoing)
    {
        var now = _clock.GetUtcNow();
        var messages = new PreparedMessage[outgoing.Count];
        for (var i = 0; i < messages.Length; i++) messages[i] = Prepare(outgoing[i], now);
        var outcomes = new SendOutcome[messages.Length];
        long? armFor = null;
        lock (_lock)
        {
            Advance(now.UtcTicks);
            for (var i = 0; i < messages.Length; i++) outcomes[i] = Store(messages[i], now.UtcTicks, ref armFor);
        }
        if (armFor is { } due) _wakeTimer.ArmFor(due);
        return outcomes;
    }

    /// <summary>Everything a send needs that does not touch the queue: body bytes, checksum, ids. Done outside the lock.</summary>
    private PreparedMessage Prepare(OutgoingMessage outgoing, DateTimeOffset now)
    {
        var settings = _queue.Settings;
        // FIFO deduplication by content needs the body now.
        var deferred = IsFifo ? null : outgoing.Deferred;
        var bodyUtf8 = deferred is null ? outgoing.Deferred?.Utf8() ?? outgoing.BodyUtf8 : null;
        var md5 = bodyUtf8 is null ? default : Md5Text.Hash(bodyUtf8);
        var dedupId = IsFifo ? outgoing.DeduplicationId ?? FifoIds.ContentKey(bodyUtf8!) : null;
        var dedupKey = dedupId is null ? null
            : settings.DeduplicationScope == "messageGroup" ? outgoing.GroupId + "\n" + dedupId : dedupId;
        var message = new SqsMessage
        {
            Id = RandomUuid.New(),
            BodyUtf8 = bodyUtf8!,
            BodyMd5 = md5,
            DeferredBody = deferred,
            Attributes = outgoing.Attributes,
            Md5OfAttributes = outgoing.Md5OfAttributes,
            AwsTraceHeader = outgoing.AwsTraceHeader,
            SenderId = outgoing.SenderId,
            SentTimestamp = now.ToUnixTimeMilliseconds(),
            GroupId = outgoing.GroupId,
            DeduplicationId = dedupId,
        };
        // Durable mode encodes the record here, outside the lock (a deferred body is written now, not at first read).
        var content = _journal.Enabled ? MessageRecords.Content(message) : null;
        return new PreparedMessage(message, md5, outgoing.DelaySeconds ?? settings.DelaySeconds, dedupKey, content);
    }

    private SendOutcome Store(PreparedMessage prepared, long nowTicks, ref long? armFor)
    {
        var message = prepared.Message;
        // A duplicate is accepted but not enqueued; the checksums answer the request that was just made.
        if (prepared.DeduplicationKey is { } dedupKey && _deduplication.TryGet(dedupKey, nowTicks, out var original))
            return original with { BodyMd5 = prepared.BodyMd5 };
        Insert(message, prepared.DelaySeconds, nowTicks, prepared.Content);
        var outcome = new SendOutcome(message.Id, message.SequenceNumber, prepared.BodyMd5);
        if (prepared.DeduplicationKey is not null) _deduplication.Remember(prepared.DeduplicationKey, outcome, nowTicks);
        if (WakeDueFor(message) is { } due && (armFor is null || due < armFor)) armFor = due;
        return outcome;
    }

    /// <summary>A message ready to store; <c>BodyMd5</c> is here so that storing never writes a body meant for first read under the lock.</summary>
    private readonly record struct PreparedMessage(SqsMessage Message, UInt128 BodyMd5, int DelaySeconds, string? DeduplicationKey, byte[]? Content);

    /// <summary>
    /// Adds a message moved here by a move task. With <paramref name="keepReceiveCount"/> it is put back exactly as it
    /// was (a move that could not finish); otherwise it is redriven, which AWS treats as a new message: a new message
    /// id, enqueue time and receive count, or it would bounce straight back to the dead-letter queue.
    /// </summary>
    public void AcceptMoved(SqsMessage original, string? deadLetterSourceArn, bool keepReceiveCount) =>
        Accept(keepReceiveCount
            ? Copy(original, original.Id, original.SentTimestamp, original.DeduplicationId, deadLetterSourceArn, keepReceives: true)
            : Copy(original, RandomUuid.New(), _clock.GetUtcNow().ToUnixTimeMilliseconds(), original.DeduplicationId, deadLetterSourceArn, keepReceives: false));

    /// <summary>
    /// A message that exceeded its source queue's maxReceiveCount. It keeps its id, attributes and receive count;
    /// standard queues keep its enqueue time, FIFO queues reset it and take its message id as deduplication id.
    /// </summary>
    private void AcceptDeadLetter(SqsMessage original, string sourceArn)
    {
        var sent = IsFifo ? _clock.GetUtcNow().ToUnixTimeMilliseconds() : original.SentTimestamp;
        var dedupId = IsFifo ? original.MessageId : original.DeduplicationId;
        Accept(Copy(original, original.Id, sent, dedupId, sourceArn, keepReceives: true));
    }

    private void Accept(SqsMessage message)
    {
        var now = _clock.GetUtcNow().UtcTicks;
        lock (_lock)
        {
            Advance(now);
            Insert(message, 0, now, content: null);
        }
    }

    /// <summary>Takes what is deliverable, waiting up to the request's wait time for some; cancelled, it ends with what it has.</summary>
    public async ValueTask<IReadOnlyList<ReceivedMessage>> ReceiveAsync(ReceiveRequest request, CancellationToken cancel)
    {
        var deadlineTicks = _clock.GetUtcNow().UtcTicks + request.WaitTime.Ticks;
        LinkedListNode<TaskCompletionSource>? parked = null;
        CancellationTokenSource? stopWaiting = null;
        Task? deadline = null;
        try
        {
            while (true)
            {
                var now = _clock.GetUtcNow();
                var giveUp = now.UtcTicks >= deadlineTicks || cancel.IsCancellationRequested;
                IReadOnlyList<ReceivedMessage> received;
                List<(SqsMessage, SqsQueue)>? deadLetters = null;
                long? armFor;
                lock (_lock)
                {
                    if (parked is not null) _waiters.Leave(parked);
                    parked = null;
                    Advance(now.UtcTicks);
                    received = Take(request, now, ref deadLetters);
                    if (received.Count == 0 && !giveUp) parked = _waiters.Park();
                    else if (_waiters.Any && _order.MayHaveDeliverable) _waiters.WakeOne();
                    armFor = _waiters.Any ? _timeline.NextDueTicks : null;
                }
                if (deadLetters is not null) MoveToDeadLetterQueues(deadLetters);
                if (armFor is { } due) _wakeTimer.ArmFor(due);
                if (parked is null) return received;
                if (deadline is null)
                {
                    stopWaiting = CancellationTokenSource.CreateLinkedTokenSource(cancel);
                    deadline = Task.Delay(TimeSpan.FromTicks(deadlineTicks - now.UtcTicks), _clock, stopWaiting.Token);
                }
                await Task.WhenAny(parked.Value.Task, deadline).ConfigureAwait(false);
            }
        }
        finally
        {
            if (parked is not null)
            {
                lock (_lock) _waiters.Leave(parked);
            }
            stopWaiting?.Cancel();
            stopWaiting?.Dispose();
        }
    }

    /// <summary>
    /// Deletes the message a receipt handle names. A handle older than the message's latest receive succeeds without
    /// deleting (as AWS documents); on a FIFO queue a handle whose receive has lapsed is refused as expired.
    /// </summary>
    public void Delete(string receiptHandle)
    {
        var handle = DecodeHandle(receiptHandle);
        lock (_lock)
        {
            Advance(_clock.GetUtcNow().UtcTicks);
            if (!_byId.TryGetValue(handle.MessageId, out var message)) return;
            var current = message.ReceiveToken == handle.ReceiveToken;
            if (IsFifo && !(current && message.State == MessageState.InFlight)) throw SqsErrors.ReceiptHandleExpired(receiptHandle);
            if (current) Remove(message);
        }
    }

    /// <summary>
    /// Changes the visibility timeout of the message a receipt handle names. The handle of the message's latest
    /// receive still works after its visibility timeout has ended (the message is hidden again), except on a FIFO
    /// queue, where it has expired; a handle of a deleted or since received message is refused.
    /// </summary>
    public void ChangeVisibility(string receiptHandle, int seconds)
    {
        var handle = DecodeHandle(receiptHandle);
        var now = _clock.GetUtcNow().UtcTicks;
        var timeout = TimeSpan.FromSeconds(seconds).Ticks;
        long? armFor;
        lock (_lock)
        {
            Advance(now);
            if (!_byId.TryGetValue(handle.MessageId, out var message) || message.ReceiveToken != handle.ReceiveToken
                || message.State is not (MessageState.InFlight or MessageState.Visible))
                throw SqsErrors.NotAvailableForVisibilityChange(receiptHandle);
            if (message.State == MessageState.Visible)
            {
                if (IsFifo) throw SqsErrors.ReceiptHandleExpired(receiptHandle);
                message.Version++;
                TakeInFlight(message);
                message.InFlightSinceTicks = now;
            }
            if (now - message.InFlightSinceTicks + timeout > MaxVisibility.Ticks)
                throw Protocol.Errors.CommonErrors.InvalidParameterValue(
                    $"Value {seconds} for parameter VisibilityTimeout is invalid. Reason: Total VisibilityTimeout for the message is beyond the limit [43200 seconds].");
            Schedule(message, now + timeout);
            _journal.MessageChanged(_queue, message);
            Advance(now);
            armFor = WakeDueFor(message);
        }
        if (armFor is { } due) _wakeTimer.ArmFor(due);
    }

    /// <summary>Drops every message; <paramref name="limited"/> refuses a purge within 60 seconds of the last, as AWS does.</summary>
    public void Purge(bool limited)
    {
        var now = _clock.GetUtcNow().UtcTicks;
        lock (_lock)
        {
            if (limited && _lastPurgeTicks is { } last && now - last < PurgeInterval.Ticks)
                throw SqsErrors.PurgeQueueInProgress(_queue.Name);
            _lastPurgeTicks = now;
            ReleasedMemory.Dropped(ClearMessages());
            _journal.MessagesCleared(_queue);
        }
    }

    /// <summary>Removes up to <paramref name="max"/> deliverable messages, in delivery order, for a move task.</summary>
    public IReadOnlyList<SqsMessage> TakeVisible(int max)
    {
        var taken = new List<SqsMessage>();
        lock (_lock)
        {
            Advance(_clock.GetUtcNow().UtcTicks);
            while (taken.Count < max)
            {
                var before = taken.Count;
                _order.Next(max, taken);
                if (taken.Count == before) break;
                for (var i = before; i < taken.Count; i++) Remove(taken[i]);
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

    /// <summary>Every stored message as it stands, oldest first, for the inspection API. Changes nothing but the clock's effects.</summary>
    public IReadOnlyList<MessageSnapshot> Snapshot()
    {
        lock (_lock)
        {
            Advance(_clock.GetUtcNow().UtcTicks);
            return _arrivals.Enumerate().Select(MessageSnapshot.Of).OrderBy(m => m.SentAt).ToList();
        }
    }

    /// <summary>
    /// The messages as ReceiveMessage would show them, without receiving them (no visibility change, no receive count):
    /// the visible ones, and the in-flight or delayed ones when asked for, oldest first, with <paramref name="handle"/>
    /// as a receipt handle that deletes nothing.
    /// </summary>
    public IReadOnlyList<ReceivedMessage> Peek(bool inFlight, bool delayed, string handle)
    {
        lock (_lock)
        {
            Advance(_clock.GetUtcNow().UtcTicks);
            return _arrivals.Enumerate()
                .Where(m => m.State == MessageState.Visible || inFlight && m.State == MessageState.InFlight || delayed && m.State == MessageState.Delayed)
                .OrderBy(m => m.SentTimestamp)
                .Select(m => new ReceivedMessage(m, handle, m.ReceiveCount, m.FirstReceiveTimestamp))
                .ToList();
        }
    }

    /// <summary>Drops every message and stops the store's timer (the queue is being deleted or the emulator reset); answers the body bytes dropped.</summary>
    public long Clear()
    {
        long dropped;
        lock (_lock) dropped = ClearMessages();
        _wakeTimer.Dispose();
        return dropped;
    }

    private long ClearMessages()
    {
        long dropped = 0;
        foreach (var message in _arrivals.Enumerate())
        {
            message.State = MessageState.Deleted;
            dropped += message.HeldBodyBytes;
        }
        _byId.Clear();
        _arrivals.Clear();
        _lateArrivals.Clear();
        _timeline.Clear();
        _order.Clear();
        _attempts.Clear();
        _visible = _inFlight = _delayed = 0;
        return dropped;
    }

    private void Insert(SqsMessage message, int delaySeconds, long nowTicks, byte[]? content)
    {
        if (IsFifo) message.Sequence = ++_sequence;
        message.Arrival = ++_arrival;
        _byId[message.Id] = message;
        _arrivals.Append(message);
        // Arrivals are in enqueue-time order except for dead letters that keep an older timestamp: those expire by heap.
        if (message.SentTimestamp < _newestArrival) _lateArrivals.Enqueue(message.Id, message.SentTimestamp);
        else _newestArrival = message.SentTimestamp;
        _order.Arrived(message);
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
        _journal.MessageStored(_queue, message, content);
    }

    private IReadOnlyList<ReceivedMessage> Take(ReceiveRequest request, DateTimeOffset now, ref List<(SqsMessage, SqsQueue)>? deadLetters)
    {
        if (request.AttemptId is { } attemptId && _attempts.TryGet(attemptId, now.UtcTicks, out var attempt))
        {
            if (Retry(attempt, request, now.UtcTicks)) return attempt.Messages;
            _attempts.Forget(attemptId);
        }
        var received = new List<ReceivedMessage>();
        var candidates = new List<SqsMessage>(request.MaxMessages);
        while (received.Count < request.MaxMessages)
        {
            candidates.Clear();
            _order.Next(request.MaxMessages - received.Count, candidates);
            if (candidates.Count == 0) break;
            foreach (var message in candidates)
            {
                if (DeadLetterTarget(message) is { } target)
                {
                    Remove(message);
                    (deadLetters ??= []).Add((message, target));
                }
                else
                {
                    received.Add(Deliver(message, request.VisibilityTimeout, now));
                }
            }
        }
        if (request.AttemptId is not null && received.Count > 0) _attempts.Remember(request.AttemptId, received, now.UtcTicks);
        return received;
    }

    /// <summary>A retried attempt gets its messages again, their visibility timeout restarted, if none was touched since.</summary>
    private bool Retry(ReceiveAttempts.Attempt attempt, ReceiveRequest request, long nowTicks)
    {
        for (var i = 0; i < attempt.Messages.Count; i++)
        {
            var message = attempt.Messages[i].Message;
            if (message.State != MessageState.InFlight || message.Version != attempt.Versions[i]) return false;
        }
        for (var i = 0; i < attempt.Messages.Count; i++)
        {
            var message = attempt.Messages[i].Message;
            Schedule(message, nowTicks + request.VisibilityTimeout.Ticks);
            _journal.MessageChanged(_queue, message);
            attempt.Versions[i] = message.Version;
        }
        return true;
    }

    /// <summary>The dead-letter queue a message goes to instead of a receive that would exceed maxReceiveCount.</summary>
    private SqsQueue? DeadLetterTarget(SqsMessage message)
    {
        if (_queue.Settings.RedrivePolicy is not { } redrive || message.ReceiveCount < redrive.MaxReceiveCount) return null;
        // With its dead-letter queue gone, a message stays where it is and is delivered as usual.
        var target = _findQueue(redrive.DeadLetterTargetArn);
        return target is null || ReferenceEquals(target.Messages, this) ? null : target;
    }

    private ReceivedMessage Deliver(SqsMessage message, TimeSpan visibility, DateTimeOffset now)
    {
        TakeInFlight(message);
        message.ReceiveCount++;
        if (message.FirstReceiveTimestamp == 0) message.FirstReceiveTimestamp = now.ToUnixTimeMilliseconds();
        message.ReceiveToken = ++_receiveTokens;
        message.InFlightSinceTicks = now.UtcTicks;
        Schedule(message, now.UtcTicks + visibility.Ticks);
        _journal.MessageChanged(_queue, message);
        var handle = new ReceiptHandle(_queue.Arn, message.Id, message.ReceiveToken).Encode();
        return new ReceivedMessage(message, handle, message.ReceiveCount, message.FirstReceiveTimestamp);
    }

    private void TakeInFlight(SqsMessage message)
    {
        _visible--;
        _inFlight++;
        _order.Delivered(message);
        message.State = MessageState.InFlight;
    }

    private void Schedule(SqsMessage message, long dueTicks) => _timeline.Schedule(message, dueTicks, _inFlight + _delayed);

    /// <summary>Applies what time has done: due delays and visibility timeouts end, expired messages go.</summary>
    private void Advance(long nowTicks)
    {
        while (_timeline.TryTakeDue(nowTicks, out var message))
        {
            if (message.State == MessageState.Delayed)
            {
                _delayed--;
                MakeVisible(message);
            }
            else
            {
                _inFlight--;
                message.State = MessageState.Visible;
                message.Version++;
                _visible++;
                Signal(_order.Released(message));
            }
        }
        var oldestKept = new DateTimeOffset(nowTicks, TimeSpan.Zero).ToUnixTimeMilliseconds() - _queue.Settings.MessageRetentionPeriod * 1000L;
        while (_arrivals.First is { } oldest && oldest.SentTimestamp <= oldestKept) Remove(oldest);
        while (_lateArrivals.TryPeek(out var id, out var sent) && sent <= oldestKept)
        {
            _lateArrivals.Dequeue();
            if (_byId.TryGetValue(id, out var late) && late.SentTimestamp <= oldestKept) Remove(late);
        }
    }

    private void MakeVisible(SqsMessage message)
    {
        message.State = MessageState.Visible;
        message.Version++;
        _visible++;
        Signal(_order.BecameVisible(message));
    }

    private void Signal(bool deliverable)
    {
        if (deliverable) _waiters.WakeOne();
    }

    private void Remove(SqsMessage message)
    {
        var previous = message.State;
        switch (previous)
        {
            case MessageState.Visible: _visible--; break;
            case MessageState.InFlight: _inFlight--; break;
            case MessageState.Delayed: _delayed--; break;
            default: return;
        }
        message.State = MessageState.Deleted;
        message.Version++;
        _byId.Remove(message.Id);
        _arrivals.Remove(message);
        _journal.MessageRemoved(_queue, message);
        Signal(_order.Removed(message, previous));
    }

    /// <summary>When the wake timer must fire for a message just scheduled, if receives are waiting.</summary>
    private long? WakeDueFor(SqsMessage message) =>
        _waiters.Any && message.State is MessageState.Delayed or MessageState.InFlight ? message.VisibleAtTicks : null;

    private void OnWakeTimer()
    {
        long? next;
        lock (_lock)
        {
            Advance(_clock.GetUtcNow().UtcTicks);
            next = _waiters.Any ? _timeline.NextDueTicks : null;
        }
        if (next is { } due) _wakeTimer.ArmFor(due);
    }

    private void MoveToDeadLetterQueues(List<(SqsMessage Message, SqsQueue Target)> deadLetters)
    {
        foreach (var (message, target) in deadLetters) target.Messages.AcceptDeadLetter(message, _queue.Arn);
    }

    private static SqsMessage Copy(SqsMessage original, Guid id, long sentTimestamp, string? deduplicationId,
        string? deadLetterSourceArn, bool keepReceives) => new()
    {
        Id = id,
        BodyUtf8 = original.BodyUtf8,
        BodyMd5 = original.BodyMd5,
        Attributes = original.Attributes,
        Md5OfAttributes = original.Md5OfAttributes,
        AwsTraceHeader = original.AwsTraceHeader,
        SenderId = original.SenderId,
        SentTimestamp = sentTimestamp,
        GroupId = original.GroupId,
        DeduplicationId = deduplicationId,
        DeadLetterSourceArn = deadLetterSourceArn,
        ReceiveCount = keepReceives ? original.ReceiveCount : 0,
        FirstReceiveTimestamp = keepReceives ? original.FirstReceiveTimestamp : 0,
    };

    private ReceiptHandle DecodeHandle(string receiptHandle) =>
        ReceiptHandle.TryDecode(receiptHandle) is { } handle && handle.QueueArn == _queue.Arn
            ? handle
            : throw SqsErrors.ReceiptHandleIsInvalid(receiptHandle);
}
