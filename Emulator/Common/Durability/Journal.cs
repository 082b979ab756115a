using Emulator.Protocol.Pipeline;

namespace Emulator.Common.Durability;

/// <summary>
/// Durable mode's write path. State changes are appended here in the order the state makes them (callers append under
/// the lock that orders their change); one writer commits whatever has gathered as one transaction (group commit), so
/// the cost of a commit is shared by every request that waited for it. A request is answered only once everything
/// appended before its answer is committed (<see cref="BeforeAnswerAsync"/>): an acknowledged change survives the
/// process being killed. The append lock is held for a list add, never across I/O; the writer is a thread of its own,
/// as SQLite's calls block.
/// </summary>
public sealed class Journal : IResponseGate, IAsyncDisposable
{
    private readonly SqliteRecordStore _store;
    private readonly ILogger<Journal> _logger;
    private readonly object _appendLock = new();
    private readonly SemaphoreSlim _wake = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _writer;
    private List<JournalEntry> _gathered = [];
    private long _appended;
    private long _committed;
    private int _wakePending;
    private TaskCompletionSource _nextCommit = NewCommit();
    private Exception? _failure;

    public Journal(SqliteRecordStore store, ILogger<Journal> logger)
    {
        _store = store;
        _logger = logger;
        _writer = new Thread(Write) { IsBackground = true, Name = "Durable journal writer" };
        _writer.Start();
    }

    public string Path => _store.Path;

    /// <summary>Commits so far (a measure of group commit: appended entries divided by commits).</summary>
    public long Commits { get; private set; }

    public void Put(string kind, string key, byte[] value) => Append(JournalEntry.Put(kind, key, value));

    public void Delete(string kind, string key) => Append(JournalEntry.Delete(kind, key));

    public void DeletePrefix(string kind, string prefix) => Append(JournalEntry.DeletePrefix(kind, prefix));

    /// <summary>Deletes the records of the kind whose keys sort from <paramref name="from"/> up to, not including, <paramref name="to"/>.</summary>
    public void DeleteRange(string kind, string from, string to) => Append(JournalEntry.DeleteRange(kind, from, to));

    public void DeleteKinds(IEnumerable<string> kinds)
    {
        foreach (var kind in kinds) Append(JournalEntry.DeleteKind(kind));
    }

    public void Append(JournalEntry entry)
    {
        lock (_appendLock)
        {
            _gathered.Add(entry);
            _appended++;
        }
        Wake();
    }

    /// <summary>Appends the entries together: they are committed in one transaction, all or none.</summary>
    public void Append(IReadOnlyCollection<JournalEntry> entries)
    {
        lock (_appendLock)
        {
            _gathered.AddRange(entries);
            _appended += entries.Count;
        }
        Wake();
    }

    private void Wake()
    {
        if (Interlocked.Exchange(ref _wakePending, 1) == 0) _wake.Release();
    }

    /// <summary>Waits until everything appended so far is committed; at once when it already is.</summary>
    public ValueTask BeforeAnswerAsync(CancellationToken aborted)
    {
        long target;
        lock (_appendLock) target = _appended;
        return Volatile.Read(ref _committed) >= target && Volatile.Read(ref _failure) is null ? ValueTask.CompletedTask : WaitForAsync(target);
    }

    private async ValueTask WaitForAsync(long target)
    {
        while (true)
        {
            var next = Volatile.Read(ref _nextCommit);
            if (Volatile.Read(ref _failure) is { } failure) throw new IOException($"The data directory could not be written: {failure.Message}", failure);
            if (Volatile.Read(ref _committed) >= target) return;
            await next.Task.ConfigureAwait(false);
        }
    }

    private void Write()
    {
        var stop = _stop.Token;
        while (true)
        {
            try
            {
                _wake.Wait(stop);
            }
            catch (OperationCanceledException)
            {
                // Stopping: what was appended last is committed below before the writer ends.
            }
            Volatile.Write(ref _wakePending, 0);
            List<JournalEntry> batch;
            long through;
            lock (_appendLock)
            {
                (batch, _gathered) = (_gathered, []);
                through = _appended;
            }
            if (batch.Count > 0) Commit(batch, through);
            if (stop.IsCancellationRequested) return;
        }
    }

    private void Commit(List<JournalEntry> batch, long through)
    {
        try
        {
            _store.Apply(batch);
            Commits++;
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "Durable mode could not write {Entries} changes to {Path}; every answer from now on is an error",
                batch.Count, _store.Path);
            // For good: what this batch changed is in memory and not on disk, and every later answer depends on it.
            Volatile.Write(ref _failure, exception);
            Interlocked.Exchange(ref _nextCommit, NewCommit()).TrySetResult();
            return;
        }
        Volatile.Write(ref _committed, through);
        Interlocked.Exchange(ref _nextCommit, NewCommit()).TrySetResult();
    }

    private static TaskCompletionSource NewCommit() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _writer.Join();
        _store.Dispose();
        return ValueTask.CompletedTask;
    }
}
