using System.Collections.Immutable;
using Emulator.Protocol.Errors;
using Emulator.Protocol.Pipeline;

namespace Emulator.Hosting.Faults;

/// <summary>
/// The faults in force (from the configuration file's <c>faults</c> section and <c>/_emulator/faults</c>), applied to
/// every AWS request before its operation runs: wait the rule's latency, then answer its error at its rate. Requests
/// that match no rule cost one read of an empty list.
/// </summary>
public sealed class FaultInjection : IRequestInterceptor
{
    private ImmutableList<FaultRule> _rules = [];
    private int _next;

    public IReadOnlyList<FaultRule> Rules => Volatile.Read(ref _rules);

    public FaultRule Add(FaultSpec spec)
    {
        var rule = new FaultRule($"fault-{Interlocked.Increment(ref _next)}", spec.Service.ToLowerInvariant(), spec.Operation,
            spec.ErrorRate ?? (spec.Error is null ? 0 : 1), spec.Error, spec.Status ?? (spec.Error is null ? 0 : FaultRule.StatusOf(spec.Error)),
            spec.Message ?? "Injected by the emulator's fault injection.", spec.LatencyMs);
        ImmutableInterlocked.Update(ref _rules, rules => rules.Add(rule));
        return rule;
    }

    public void Clear() => Volatile.Write(ref _rules, []);

    public async ValueTask<AwsError?> BeforeAsync(string service, string operation, CancellationToken aborted)
    {
        var rules = Volatile.Read(ref _rules);
        if (rules.IsEmpty) return null;
        foreach (var rule in rules)
        {
            if (!rule.Matches(service, operation)) continue;
            // Real time, not the emulator's clock: the point is to make the client wait, to test its timeouts.
            if (rule.LatencyMs > 0) await Task.Delay(rule.LatencyMs, aborted).ConfigureAwait(false);
            if (rule.Error is { } code && Random.Shared.NextDouble() < rule.ErrorRate)
                return new AwsError(code, rule.Message, rule.Status, senderFault: rule.Status < 500);
        }
        return null;
    }
}
