using Emulator.Firehose.Durability;
using Emulator.Firehose.Streams;
using Emulator.Kinesis;

namespace Emulator.Firehose.Delivery;

/// <summary>
/// One delivery stream's buffer and its deliverer. Records collect until the buffer reaches its size hint or its interval
/// has passed since the first of them arrived (on the emulator's clock); then they leave as one batch, and one worker
/// delivers batches in order, retrying a failed one after a pause on the same clock instead of skipping it. What the
/// stream holds, buffered and undelivered, is bounded by its backlog: past it, records are refused until a batch leaves.
/// In durable mode every accepted record is journaled, numbered in arrival order, and deleted once its batch has been
/// delivered or backed up.
/// </summary>
public sealed class StreamPipeline
{
    private static readonly TimeSpan RetryPause = TimeSpan.FromSeconds(30);

    private readonly DeliveryStream _stream;
    private readonly Func<DeliveryStream, RecordBatch, CancellationToken, Task<string?>> _deliver;
    private readonly TimeProvider _clock;
    private readonly ScheduledActions _timers;
    private readonly object _lock = new();
    private readonly Queue<Pending> _outbox = new();
    private readonly SemaphoreSlim _ready = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly long _backlog;
    private readonly Dictionary<string, string> _sourcePositions = new(StringComparer.Ordinal);
    private TaskCompletionSource? _room;
    private List<byte[]> _records = [];
    private long _bytes;
    private long _outboxBytes;
    private DateTimeOffset _oldest;
    private int _generation;
    private bool _closing;
    private long _nextNumber;

    public StreamPipeline(DeliveryStream stream, Func<DeliveryStream, RecordBatch, CancellationToken, Task<string?>> deliver, TimeProvider clock,
        long backlog)
    {
        _backlog = backlog;
        _stream = stream;
        _deliver = deliver;
        _clock = clock;
        _timers = new ScheduledActions(clock);
        Worker = Task.Run(DeliverAsync);
    }

    public DeliveryReport Report { get; } = new();

    public Task Worker { get; }

    /// <summary>Bytes waiting in the buffer and in batches not yet delivered.</summary>
    public long Buffered
    {
        get { lock (_lock) return _bytes + _outboxBytes; }
    }

    /// <summary>
    /// Takes the records into the buffer, or none of them when the backlog is full; <paramref name="source"/> names the
    /// Kinesis shard position they take a Kinesis-fed stream to.
    /// </summary>
    public bool TryAdd(IReadOnlyList<byte[]> records, FeedBatch? source = null)
    {
        var (limit, interval) = _stream.Destination.Buffering;
        var now = _clock.GetUtcNow();
        var journaled = _stream.Journal.Prepare(records, now);
        lock (_lock)
        {
            if (_bytes + _outboxBytes >= _backlog) return false;
            if (_records.Count == 0)
            {
                _oldest = now;
                var generation = ++_generation;
                _timers.After(interval, () => Cut(generation));
            }
            foreach (var record in records)
            {
                _records.Add(record);
                _bytes += record.Length;
            }
            if (journaled is not null) _stream.Journal.Accepted(_stream, _nextNumber, journaled, source);
            _nextNumber += records.Count;
            if (source is not null) _sourcePositions[source.ShardId] = source.LastSequenceNumber;
            if (_bytes >= limit) CutLocked();
        }
        return true;
    }

    /// <summary>Where a Kinesis source starts reading: after these sequence numbers, by shard id.</summary>
    public void SourceStarted(IReadOnlyDictionary<string, string> resumeAfter)
    {
        lock (_lock)
        {
            foreach (var (shardId, sequenceNumber) in resumeAfter) _sourcePositions[shardId] = sequenceNumber;
            _stream.Journal.SourceStarted(_stream, resumeAfter);
        }
    }

    /// <summary>
    /// Puts back records accepted before a restart, in batches of the buffer's size, to be delivered at once (their
    /// interval has passed, or the restart stands for it), and the source positions they were read up to.
    /// </summary>
    public void Restore(IReadOnlyList<AcceptedRecord> accepted, IReadOnlyDictionary<string, string> sourcePositions)
    {
        var limit = _stream.Destination.Buffering.Bytes;
        lock (_lock)
        {
            foreach (var (shardId, sequenceNumber) in sourcePositions) _sourcePositions[shardId] = sequenceNumber;
            foreach (var record in accepted.OrderBy(r => r.Number))
            {
                if (_records.Count == 0) _oldest = record.Arrived;
                _records.Add(record.Data);
                _bytes += record.Data.Length;
                _nextNumber = record.Number + 1;
                if (_bytes >= limit) CutLocked();
            }
            CutLocked();
        }
    }

    /// <summary>What the stream holds and has not delivered, numbered as journaled, and its source positions.</summary>
    public (List<AcceptedRecord> Accepted, Dictionary<string, string> SourcePositions) Capture()
    {
        lock (_lock)
        {
            var accepted = new List<AcceptedRecord>();
            foreach (var pending in _outbox) Number(accepted, pending.Batch.Records, pending.End, pending.Batch.OldestArrival);
            Number(accepted, _records, _nextNumber, _oldest);
            return (accepted, new Dictionary<string, string>(_sourcePositions, StringComparer.Ordinal));
        }

        static void Number(List<AcceptedRecord> into, IReadOnlyList<byte[]> records, long end, DateTimeOffset arrived)
        {
            for (var i = 0; i < records.Count; i++) into.Add(new AcceptedRecord(end - records.Count + i, arrived, records[i]));
        }
    }

    /// <summary>Completes when a batch has left the stream, so that a refused source may try again.</summary>
    public Task WhenRoom()
    {
        lock (_lock)
            return _bytes + _outboxBytes < _backlog ? Task.CompletedTask
                : (_room ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
    }

    /// <summary>Sends what is buffered now, as if its size or interval had been reached (the dashboard's "flush").</summary>
    public void Flush()
    {
        lock (_lock) CutLocked();
    }

    /// <summary>Sends what is buffered, delivers everything pending, then stops.</summary>
    public Task CloseAsync()
    {
        lock (_lock)
        {
            CutLocked();
            _closing = true;
        }
        _ready.Release();
        return Worker;
    }

    /// <summary>Stops at once, dropping what is pending (a reset).</summary>
    public void Abandon()
    {
        _stop.Cancel();
        _timers.Clear();
        lock (_lock) _room?.TrySetResult();
    }

    private void Cut(int generation)
    {
        lock (_lock)
            if (generation == _generation) CutLocked();
    }

    private void CutLocked()
    {
        if (_records.Count == 0) return;
        _outbox.Enqueue(new Pending(new RecordBatch(_records, _bytes, _oldest), _nextNumber));
        _outboxBytes += _bytes;
        _records = [];
        _bytes = 0;
        _generation++;
        _ready.Release();
    }

    private async Task DeliverAsync()
    {
        var cancel = _stop.Token;
        try
        {
            while (true)
            {
                await _ready.WaitAsync(cancel).ConfigureAwait(false);
                while (true)
                {
                    RecordBatch batch;
                    lock (_lock)
                    {
                        if (!_outbox.TryPeek(out var pending))
                        {
                            if (_closing) return;
                            break;
                        }
                        batch = pending.Batch;
                    }
                    try
                    {
                        Report.Delivered(batch, await _deliver(_stream, batch, cancel).ConfigureAwait(false));
                        Sent();
                    }
                    catch (DeliveryFailure failure) when (failure.BackedUp)
                    {
                        Report.Failed(failure.Code, failure.Message);
                        Sent();
                    }
                    catch (DeliveryFailure failure)
                    {
                        Report.Failed(failure.Code, failure.Message);
                        await Task.Delay(RetryPause, _clock, cancel).ConfigureAwait(false);
                        Report.Retried();
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // Reset: what was pending is forgotten with the stream.
        }
    }

    private void Sent()
    {
        TaskCompletionSource? room;
        lock (_lock)
        {
            var sent = _outbox.Dequeue();
            _outboxBytes -= sent.Batch.Bytes;
            _stream.Journal.Delivered(_stream, sent.End);
            (room, _room) = (_room, null);
        }
        room?.TrySetResult();
    }

    /// <summary>A batch waiting for delivery, and the number just past its last record's.</summary>
    private readonly record struct Pending(RecordBatch Batch, long End);
}
