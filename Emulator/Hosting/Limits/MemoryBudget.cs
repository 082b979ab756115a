using Emulator.Protocol.Errors;
using Emulator.Protocol.Pipeline;

namespace Emulator.Hosting.Limits;

/// <summary>
/// <c>--max-memory</c>: past this much managed memory, operations that store more data (sends, publishes, puts, uploads)
/// are refused with the service's own throttling error, so that a runaway producer slows down instead of taking the
/// host's memory; reads, receives and deletes still work, so consumers can drain. The heap is read at most every
/// <see cref="RefreshMs"/> milliseconds; an over-budget reading asks for one full collection (at most once a second) so that garbage
/// does not keep refusing sends that live data would allow.
/// </summary>
public sealed class MemoryBudget(long limitBytes, Func<long> measure) : IRequestInterceptor
{
    private const long RefreshMs = 100;
    private const long CollectionIntervalMs = 1000;

    private long _measureDue;
    private long _used;
    private long _collectionDue;

    public long LimitBytes => limitBytes;

    public static MemoryBudget? Read(IConfiguration configuration) =>
        configuration.Setting("max-memory", "max_memory") is { Length: > 0 } text && !text.Equals("none", StringComparison.OrdinalIgnoreCase)
            ? new MemoryBudget(ByteSize.Parse(text, "max-memory"), () => GC.GetTotalMemory(forceFullCollection: false))
            : null;

    public ValueTask<AwsError?> BeforeAsync(string service, string operation, CancellationToken aborted) =>
        ValueTask.FromResult(StoresData(service, operation) && Exceeded() is { } used ? Refusal(service, used) : null);

    private long? Exceeded()
    {
        var now = Environment.TickCount64;
        if (now >= Volatile.Read(ref _measureDue))
        {
            Volatile.Write(ref _used, measure());
            Volatile.Write(ref _measureDue, now + RefreshMs);
        }
        var used = Volatile.Read(ref _used);
        if (used <= limitBytes) return null;
        var collectionDue = Volatile.Read(ref _collectionDue);
        if (now >= collectionDue && Interlocked.CompareExchange(ref _collectionDue, now + CollectionIntervalMs, collectionDue) == collectionDue)
            ThreadPool.UnsafeQueueUserWorkItem(static budget => budget.Collect(), this, preferLocal: false);
        return used;
    }

    private void Collect()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        Volatile.Write(ref _used, measure());
        Volatile.Write(ref _measureDue, Environment.TickCount64 + RefreshMs);
    }

    /// <summary>The operations that add stored data; everything else keeps working over the budget.</summary>
    private static bool StoresData(string service, string operation) => (service, operation) switch
    {
        ("sqs", "SendMessage" or "SendMessageBatch") => true,
        ("sns", "Publish" or "PublishBatch") => true,
        ("kinesis", "PutRecord" or "PutRecords") => true,
        ("firehose", "PutRecord" or "PutRecordBatch") => true,
        ("s3", "PutObject" or "UploadPart" or "UploadPartCopy" or "CopyObject") => true,
        _ => false,
    };

    /// <summary>Each service's own "slow down" answer, with the status its API reference gives it.</summary>
    private AwsError Refusal(string service, long used)
    {
        var why = $"The emulator's memory budget (--max-memory {ByteSize.Describe(limitBytes)}) is used up ({ByteSize.Describe(used)} in use); "
                  + "consume or delete data, or retry later.";
        return service switch
        {
            "sqs" => new AwsError("RequestThrottled", why, 400, senderFault: true),
            "sns" => new AwsError("Throttled", why, 429, senderFault: true),
            "kinesis" => new AwsError("ProvisionedThroughputExceededException", why, 400, senderFault: true),
            "firehose" => new AwsError("ServiceUnavailableException", why, 503, senderFault: false),
            _ => new AwsError("SlowDown", why, 503, senderFault: false),
        };
    }
}
