using System.Collections.Concurrent;
using Emulator.Firehose.Durability;
using Emulator.Firehose.Streams;
using Emulator.Kinesis;

namespace Emulator.Firehose.Delivery;

/// <summary>The pipelines of the delivery streams that have received records, and where each kind of destination delivers.</summary>
public sealed class Deliveries(S3Writer s3, HttpEndpointSender http, RecordProcessing processing, FirehoseOptions options, TimeProvider clock)
    : IServiceState
{
    // Lazy: a pipeline starts its worker when made, and GetOrAdd may make a value it then throws away.
    private readonly ConcurrentDictionary<DeliveryStream, Lazy<StreamPipeline>> _pipelines = new(ReferenceEqualityComparer.Instance);

    /// <summary>Buffers the records, or refuses them all with ServiceUnavailableException when the stream's backlog is full.</summary>
    public void Accept(DeliveryStream stream, IReadOnlyList<byte[]> records)
    {
        var pipeline = PipelineOf(stream);
        if (pipeline.TryAdd(records)) return;
        pipeline.Report.Refused(records.Count);
        throw FirehoseErrors.BacklogFull(stream.Name, pipeline.Buffered);
    }

    /// <summary>Buffers a Kinesis source's records, waiting for room while the backlog is full (the source falls behind instead).</summary>
    public async Task AcceptWhenRoomAsync(DeliveryStream stream, FeedBatch batch, CancellationToken stop)
    {
        var pipeline = PipelineOf(stream);
        while (!pipeline.TryAdd(batch.Records, batch)) await pipeline.WhenRoom().WaitAsync(stop).ConfigureAwait(false);
    }

    /// <summary>Where a stream's Kinesis source starts reading (durable mode keeps it with the records read from there on).</summary>
    public void SourceStarted(DeliveryStream stream, IReadOnlyDictionary<string, string> resumeAfter) => PipelineOf(stream).SourceStarted(resumeAfter);

    /// <summary>Puts back the records a stream had accepted and not delivered before a restart, to be delivered now, and its source's positions.</summary>
    public void Restore(DeliveryStream stream, IReadOnlyList<AcceptedRecord> accepted, IReadOnlyDictionary<string, string> sourcePositions) =>
        PipelineOf(stream).Restore(accepted, sourcePositions);

    private StreamPipeline PipelineOf(DeliveryStream stream) =>
        _pipelines.GetOrAdd(stream, s => new Lazy<StreamPipeline>(() => new StreamPipeline(s, DeliverAsync, clock, options.Backlog))).Value;

    public StreamPipeline? Pipeline(DeliveryStream stream) => _pipelines.GetValueOrDefault(stream)?.Value;

    /// <summary>A deleted stream still delivers what it had accepted.</summary>
    public Task StopAsync(DeliveryStream stream) =>
        _pipelines.TryRemove(stream, out var pipeline) ? pipeline.Value.CloseAsync() : Task.CompletedTask;

    public void Reset()
    {
        foreach (var stream in _pipelines.Keys)
            if (_pipelines.TryRemove(stream, out var pipeline)) pipeline.Value.Abandon();
    }

    /// <summary>
    /// Processes the batch, then delivers it: into S3 (records that failed processing under the error prefix, the
    /// source records also to the backup bucket when S3 backup is on) or to the HTTP endpoint.
    /// </summary>
    private async Task<string?> DeliverAsync(DeliveryStream stream, RecordBatch batch, CancellationToken cancel)
    {
        var destination = stream.Destination;
        if (destination.S3 is { } target)
        {
            var (delivered, failed) = await processing.ApplyAsync(stream, target.ProcessingConfiguration, batch, cancel).ConfigureAwait(false);
            if (failed is not null) ProcessingFailed(stream, target, failed);
            if (target is { S3BackupMode: "Enabled", S3BackupConfiguration: { } backup })
                s3.Write(stream, Protocol.Shapes.ShapeCopier.Copy<Shapes.ExtendedS3DestinationConfiguration>(backup), batch);
            if (delivered.Records.Count == 0) return null;
            var (bucket, key) = s3.Write(stream, target, delivered);
            return $"s3://{bucket}/{key}";
        }
        if (destination.Http is { } endpoint)
        {
            var (delivered, failed) = await processing.ApplyAsync(stream, endpoint.ProcessingConfiguration, batch, cancel).ConfigureAwait(false);
            if (failed is not null) ProcessingFailed(stream, Protocol.Shapes.ShapeCopier.Copy<Shapes.ExtendedS3DestinationConfiguration>(endpoint.S3Configuration!), failed);
            return delivered.Records.Count == 0 ? null : await http.DeliverAsync(stream, endpoint, delivered, cancel).ConfigureAwait(false);
        }
        // Destinations that are stored and described only: what they would receive is counted, not sent.
        return null;
    }

    private void ProcessingFailed(DeliveryStream stream, Shapes.ExtendedS3DestinationConfiguration target, RecordBatch failed) =>
        s3.WriteFailed(stream, target, failed, "processing-failed", "Lambda.ProcessingFailed",
            "The Lambda function answered ProcessingFailed for the record, left it out of its answer, or could not be invoked.", 1, clock.GetUtcNow());
}
