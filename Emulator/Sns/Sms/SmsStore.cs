using System.Collections.Concurrent;

namespace Emulator.Sns.Sms;

/// <summary>SMS settings of each account and region: attributes, opted-out numbers and sandbox destination numbers.</summary>
public sealed class SmsStore : AccountRegionStore<SmsAccount>;

/// <summary>One account's SMS state in one region.</summary>
public sealed class SmsAccount : IRegionState
{
    /// <summary>An account that set nothing has AWS's default spend limit of 1 USD a month.</summary>
    public ConcurrentDictionary<string, string> Attributes { get; } = new(StringComparer.Ordinal) { ["MonthlySpendLimit"] = "1" };
    public ConcurrentDictionary<string, byte> OptedOut { get; } = new(StringComparer.Ordinal);

    /// <summary>Sandbox destination numbers and the one-time password each must be verified with (null once verified).</summary>
    public ConcurrentDictionary<string, string?> SandboxNumbers { get; } = new(StringComparer.Ordinal);

    public long Clear()
    {
        Attributes.Clear();
        OptedOut.Clear();
        SandboxNumbers.Clear();
        return 0;
    }
}
