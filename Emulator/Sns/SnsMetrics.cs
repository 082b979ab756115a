using Emulator.Hosting.Observability;
using Emulator.Sns.Delivery;
using Prometheus;

namespace Emulator.Sns;

/// <summary>SNS delivery attempts for <c>/metrics</c>, by protocol and outcome (delivered, retrying, failed, dead-lettered, recorded).</summary>
public sealed class SnsMetrics(DeliveryLog log) : IMetricsSource
{
    private Gauge? _attempts;

    public void Create(IMetricFactory factory) =>
        _attempts = factory.CreateGauge("emulator_sns_delivery_attempts", "SNS delivery attempts since the last reset, by protocol and outcome.",
            ["protocol", "outcome"]);

    public void Update()
    {
        foreach (var labels in _attempts!.GetAllLabelValues().ToList()) _attempts.RemoveLabelled(labels);
        foreach (var (protocol, outcome, count) in log.Totals) _attempts.WithLabels(protocol, outcome).Set(count);
    }
}
