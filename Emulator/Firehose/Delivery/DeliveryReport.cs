namespace Emulator.Firehose.Delivery;

/// <summary>What a delivery stream has done so far, for the admin API: batches and records delivered, failures and what is waiting.</summary>
public sealed class DeliveryReport
{
    private long _batches, _records, _bytes, _failures, _retries, _refused;

    public long Batches => Interlocked.Read(ref _batches);
    public long Records => Interlocked.Read(ref _records);
    public long Bytes => Interlocked.Read(ref _bytes);
    public long Failures => Interlocked.Read(ref _failures);
    public long Retries => Interlocked.Read(ref _retries);
    /// <summary>Records turned away because the backlog was full.</summary>
    public long RefusedRecords => Interlocked.Read(ref _refused);
    public string? LastError { get; private set; }
    public IReadOnlyList<string> Objects => _objects.ToArray();

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _objects = new();

    public void Delivered(RecordBatch batch, string? where)
    {
        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _records, batch.Records.Count);
        Interlocked.Add(ref _bytes, batch.Bytes);
        if (where is null) return;
        _objects.Enqueue(where);
        while (_objects.Count > 1000) _objects.TryDequeue(out _);
    }

    public void Failed(string code, string message)
    {
        Interlocked.Increment(ref _failures);
        LastError = $"{code}: {message}";
    }

    public void Retried() => Interlocked.Increment(ref _retries);

    public void Refused(int records) => Interlocked.Add(ref _refused, records);
}
