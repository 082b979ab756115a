using Emulator.Firehose.Streams;

namespace Emulator.Firehose.Delivery;

/// <summary>
/// One delivery stream's buffer and its deliverer. Records collect until the buffer reaches its size hint or its interval
/// has passed since the first of them arrived (on the emulator's clock); then they leave as one batch, and one worker
/// delivers batches in order, retrying a failed one after a pause on the same clock instead of skipping it.
/// </summary>
public sealed class StreamPipeline
{
    private static readonly TimeSpan RetryPause = TimeSpan.FromSeconds(30);

    private readonly DeliveryStream _stream;
    private readonly Func<DeliveryStream, RecordBatch, CancellationToken, Task<string?>> _deliver;
    private readonly TimeProvider _clock;
    private readonly ScheduledActions _timers;
    private readonly object _lock = new();
    private readonly Queue<RecordBatch> _outbox = new();
    private readonly SemaphoreSlim _ready = new(0);
    private readonly CancellationTokenSource _stop = new();
    private List<byte[]> _records = [];
    private long _bytes;
    private DateTimeOffset _oldest;
    private int _generation;
    private bool _closing;

    public StreamPipeline(DeliveryStream stream, Func<DeliveryStream, RecordBatch, CancellationToken, Task<string?>> deliver, TimeProvider clock)
    {
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
        get { lock (_lock) return _bytes + _outbox.Sum(b => b.Bytes); }
    }

    public void Add(IReadOnlyList<byte[]> records)
    {
        var (limit, interval) = _stream.Destination.Buffering;
        lock (_lock)
        {
            if (_records.Count == 0)
            {
                _oldest = _clock.GetUtcNow();
                var generation = ++_generation;
                _timers.After(interval, () => Cut(generation));
            }
            foreach (var record in records)
            {
                _records.Add(record);
                _bytes += record.Length;
            }
            if (_bytes >= limit) CutLocked();
        }
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
    }

    private void Cut(int generation)
    {
        lock (_lock)
            if (generation == _generation) CutLocked();
    }

    private void CutLocked()
    {
        if (_records.Count == 0) return;
        _outbox.Enqueue(new RecordBatch(_records, _bytes, _oldest));
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
                    RecordBatch? batch;
                    lock (_lock)
                    {
                        if (!_outbox.TryPeek(out batch))
                        {
                            if (_closing) return;
                            break;
                        }
                    }
                    try
                    {
                        Report.Delivered(batch, await _deliver(_stream, batch, cancel).ConfigureAwait(false));
                        lock (_lock) _outbox.Dequeue();
                    }
                    catch (DeliveryFailure failure) when (failure.BackedUp)
                    {
                        Report.Failed(failure.Code, failure.Message);
                        lock (_lock) _outbox.Dequeue();
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
}
