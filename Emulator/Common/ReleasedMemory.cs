namespace Emulator.Common;

/// <summary>
/// Hands memory back to the operating system after the emulator drops a large amount of stored data at once (a deleted
/// stream or queue, a purge, a reset). Such data lives in the GC's oldest generation, which is collected only when
/// allocations call for it, and even then its freed memory stays with the process: an emulator that goes idle after a
/// test deletes its streams or queues would keep their gigabytes. An aggressive collection returns it, at the price of one pause that grows with
/// the data still held, hence the threshold.
/// </summary>
public static class ReleasedMemory
{
    public const long Threshold = 64L * 1024 * 1024;

    public static void Dropped(long bytes)
    {
        if (bytes < Threshold) return;
        ThreadPool.UnsafeQueueUserWorkItem(static _ => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true), null);
    }
}
