using Emulator.Common.Durability;

namespace Emulator.Hosting.Durability;

/// <summary>Restores every service's state from the data directory before the emulator serves its first request.</summary>
public sealed class DurableStateLoader(SqliteRecordStore store, IEnumerable<IDurableState> states, ILogger<DurableStateLoader> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var records = new DurableRecords(store.ReadAll());
        foreach (var state in states)
        {
            try
            {
                state.Restore(records);
            }
            catch (Exception exception) when (exception is AwsError or InvalidDataException or EndOfStreamException)
            {
                throw new InvalidOperationException(
                    $"{store.Path} holds {string.Join(", ", state.Kinds)} records this emulator cannot restore: {exception.Message}", exception);
            }
        }
        logger.LogInformation("Restored {Records} records from {Path} in {Elapsed} ms", records.Count, store.Path,
            System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
