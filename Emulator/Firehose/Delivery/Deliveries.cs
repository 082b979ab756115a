using System.Collections.Concurrent;
using Emulator.Firehose.Streams;

namespace Emulator.Firehose.Delivery;

/// <summary>The pipelines of the delivery streams that have received records, and where each kind of destination delivers.</summary>
public sealed class Deliveries(S3Writer s3, HttpEndpointSender http, TimeProvider clock) : IServiceState
{
    private readonly ConcurrentDictionary<DeliveryStream, StreamPipeline> _pipelines = new(ReferenceEqualityComparer.Instance);

    public void Accept(DeliveryStream stream, IReadOnlyList<byte[]> records) =>
        _pipelines.GetOrAdd(stream, s => new StreamPipeline(s, DeliverAsync, clock)).Add(records);

    public StreamPipeline? Pipeline(DeliveryStream stream) => _pipelines.GetValueOrDefault(stream);

    /// <summary>A deleted stream still delivers what it had accepted.</summary>
    public Task StopAsync(DeliveryStream stream) =>
        _pipelines.TryRemove(stream, out var pipeline) ? pipeline.CloseAsync() : Task.CompletedTask;

    public void Reset()
    {
        foreach (var stream in _pipelines.Keys)
            if (_pipelines.TryRemove(stream, out var pipeline)) pipeline.Abandon();
    }

    private Task<string?> DeliverAsync(DeliveryStream stream, RecordBatch batch, CancellationToken cancel)
    {
        var destination = stream.Destination;
        if (destination.S3 is { } target)
        {
            var (bucket, key) = s3.Write(stream, target, batch);
            return Task.FromResult<string?>($"s3://{bucket}/{key}");
        }
        if (destination.Http is { } endpoint) return http.DeliverAsync(stream, endpoint, batch, cancel);
        // Destinations that are stored and described only: what they would receive is counted, not sent.
        return Task.FromResult<string?>(null);
    }
}
