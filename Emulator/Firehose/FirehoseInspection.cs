using Emulator.Firehose.Delivery;
using Emulator.Firehose.Streams;

namespace Emulator.Firehose;

/// <summary>
/// Read-only views of delivery streams under <c>/_emulator/firehose/</c>: what each has buffered, delivered (batches,
/// records, bytes, the last objects written), failed and retried; and a flush that sends buffers at once, without
/// waiting for their interval.
/// </summary>
public sealed class FirehoseInspection(FirehoseStore store, Deliveries deliveries) : IServiceEndpoints
{
    public void Map(IEndpointRouteBuilder admin, IEndpointRouteBuilder root)
    {
        admin.MapGet("/delivery-streams", () =>
            Results.Json(AllStreams().OrderBy(s => s.Arn, StringComparer.Ordinal).Select(Describe)));
        admin.MapGet("/delivery-streams/{account}/{region}/{name}", (string account, string region, string name) =>
            store.Find(account, region, name) is { } stream
                ? Results.Json(Describe(stream))
                : NotFound());
        admin.MapPost("/flush", () =>
        {
            var streams = AllStreams().ToList();
            foreach (var stream in streams) deliveries.Pipeline(stream)?.Flush();
            return Results.Json(new { flushed = streams.Count });
        });
        admin.MapPost("/delivery-streams/{account}/{region}/{name}/flush", (string account, string region, string name) =>
        {
            if (store.Find(account, region, name) is not { } stream) return NotFound();
            deliveries.Pipeline(stream)?.Flush();
            return Results.Json(new { flushed = 1 });
        });
    }

    private IEnumerable<DeliveryStream> AllStreams() => store.Regions.SelectMany(r => r.ByName.Values);

    private static IResult NotFound() => Results.NotFound(new { error = "No such delivery stream." });

    private object Describe(DeliveryStream stream)
    {
        var pipeline = deliveries.Pipeline(stream);
        var report = pipeline?.Report;
        return new
        {
            stream.Name,
            stream.AccountId,
            stream.Region,
            stream.Arn,
            stream.Type,
            stream.Status,
            destination = stream.Destination.Kind,
            delivers = stream.Destination.Delivers,
            bufferedBytes = pipeline?.Buffered ?? 0,
            deliveredBatches = report?.Batches ?? 0,
            deliveredRecords = report?.Records ?? 0,
            deliveredBytes = report?.Bytes ?? 0,
            failures = report?.Failures ?? 0,
            retries = report?.Retries ?? 0,
            lastError = report?.LastError,
            deliveredTo = report?.Objects ?? [],
        };
    }
}
