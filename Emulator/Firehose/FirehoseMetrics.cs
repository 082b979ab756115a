using Emulator.Firehose.Delivery;
using Emulator.Firehose.Streams;
using Emulator.Hosting.Observability;
using Prometheus;

namespace Emulator.Firehose;

/// <summary>Delivery figures for <c>/metrics</c>, by delivery stream ARN: bytes and records delivered, failures, retries, bytes buffered.</summary>
public sealed class FirehoseMetrics(FirehoseStore store, Deliveries deliveries) : IMetricsSource
{
    private Gauge? _bytes, _records, _failures, _retries, _buffered;

    public void Create(IMetricFactory factory)
    {
        _bytes = factory.CreateGauge("emulator_firehose_delivered_bytes", "Bytes each delivery stream has delivered.", ["delivery_stream"]);
        _records = factory.CreateGauge("emulator_firehose_delivered_records", "Records each delivery stream has delivered.", ["delivery_stream"]);
        _failures = factory.CreateGauge("emulator_firehose_delivery_failures", "Failed delivery attempts of each delivery stream.", ["delivery_stream"]);
        _retries = factory.CreateGauge("emulator_firehose_delivery_retries", "Retried deliveries of each delivery stream.", ["delivery_stream"]);
        _buffered = factory.CreateGauge("emulator_firehose_buffered_bytes", "Bytes waiting in each delivery stream's buffer.", ["delivery_stream"]);
    }

    public void Update()
    {
        foreach (var gauge in new[] { _bytes!, _records!, _failures!, _retries!, _buffered! })
        foreach (var labels in gauge.GetAllLabelValues().ToList())
            gauge.RemoveLabelled(labels);
        foreach (var stream in store.Regions.SelectMany(r => r.ByName.Values))
        {
            if (deliveries.Pipeline(stream) is not { } pipeline) continue;
            _bytes!.WithLabels(stream.Arn).Set(pipeline.Report.Bytes);
            _records!.WithLabels(stream.Arn).Set(pipeline.Report.Records);
            _failures!.WithLabels(stream.Arn).Set(pipeline.Report.Failures);
            _retries!.WithLabels(stream.Arn).Set(pipeline.Report.Retries);
            _buffered!.WithLabels(stream.Arn).Set(pipeline.Buffered);
        }
    }
}
