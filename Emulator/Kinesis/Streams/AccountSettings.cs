using System.Collections.Concurrent;
using Emulator.Kinesis.Shapes;

namespace Emulator.Kinesis.Streams;

/// <summary>Each account's minimum throughput billing commitment, per region.</summary>
public sealed class AccountSettings : IServiceState
{
    private readonly ConcurrentDictionary<(string Account, string Region), MinimumThroughputBillingCommitmentOutput> _commitments = new();

    public MinimumThroughputBillingCommitmentOutput Of(string accountId, string region) =>
        _commitments.GetValueOrDefault((accountId, region)) ?? new MinimumThroughputBillingCommitmentOutput { Status = "DISABLED" };

    public MinimumThroughputBillingCommitmentOutput Set(string accountId, string region, string status, DateTimeOffset now)
    {
        var commitment = status == "ENABLED"
            ? new MinimumThroughputBillingCommitmentOutput { Status = status, StartedAt = now, EarliestAllowedEndAt = now.AddDays(1) }
            : new MinimumThroughputBillingCommitmentOutput { Status = status, EndedAt = now };
        _commitments[(accountId, region)] = commitment;
        return commitment;
    }

    public void Reset() => _commitments.Clear();
}
