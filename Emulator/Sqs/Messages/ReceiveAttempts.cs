namespace Emulator.Sqs.Messages;

/// <summary>
/// FIFO ReceiveRequestAttemptId: for five minutes, a retried receive whose messages are all still in flight and
/// untouched since (not deleted, visibility not changed) gets the same messages and receipt handles again.
/// </summary>
internal sealed class ReceiveAttempts
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly Dictionary<string, Attempt> _byId = new(StringComparer.Ordinal);
    private readonly Queue<(string Id, Attempt Attempt)> _expiry = new();

    public sealed record Attempt(long ExpiresTicks, IReadOnlyList<ReceivedMessage> Messages, int[] Versions);

    public bool TryGet(string id, long nowTicks, out Attempt attempt)
    {
        Prune(nowTicks);
        return _byId.TryGetValue(id, out attempt!);
    }

    public void Remember(string id, IReadOnlyList<ReceivedMessage> messages, long nowTicks)
    {
        var attempt = new Attempt(nowTicks + Lifetime.Ticks, messages, messages.Select(m => m.Message.Version).ToArray());
        _byId[id] = attempt;
        _expiry.Enqueue((id, attempt));
    }

    public void Forget(string id) => _byId.Remove(id);

    public void Clear()
    {
        _byId.Clear();
        _expiry.Clear();
    }

    private void Prune(long nowTicks)
    {
        while (_expiry.TryPeek(out var head) && head.Attempt.ExpiresTicks <= nowTicks)
        {
            _expiry.Dequeue();
            if (_byId.TryGetValue(head.Id, out var current) && ReferenceEquals(current, head.Attempt)) _byId.Remove(head.Id);
        }
    }
}
