using Emulator.Hosting.Observability;
using Emulator.Sqs.Queues;
using Prometheus;

namespace Emulator.Sqs;

/// <summary>Queue depths for <c>/metrics</c>: <c>emulator_sqs_messages</c> by queue ARN and state (visible, in flight, delayed).</summary>
public sealed class SqsMetrics(SqsStore store) : IMetricsSource
{
    private Gauge? _messages;

    public void Create(IMetricFactory factory) =>
        _messages = factory.CreateGauge("emulator_sqs_messages", "Messages in each SQS queue, by state.", ["queue", "state"]);

    public void Update()
    {
        foreach (var labels in _messages!.GetAllLabelValues().ToList()) _messages.RemoveLabelled(labels);
        foreach (var queue in store.AllQueues())
        {
            var counts = queue.Messages.Counts();
            _messages.WithLabels(queue.Arn, "visible").Set(counts.Visible);
            _messages.WithLabels(queue.Arn, "in_flight").Set(counts.NotVisible);
            _messages.WithLabels(queue.Arn, "delayed").Set(counts.Delayed);
        }
    }
}
