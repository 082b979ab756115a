using System.Text.Json;
using System.Text.Json.Serialization;
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
            AdminJson.Ok([.. AllStreams().OrderBy(s => s.Arn, StringComparer.Ordinal).Select(Describe)], FirehoseInspectionJson.Default.ListDeliveryStreamView));
        admin.MapGet("/delivery-streams/{account}/{region}/{name}", (string account, string region, string name) =>
            store.Find(account, region, name) is { } stream
                ? AdminJson.Ok(Describe(stream), FirehoseInspectionJson.Default.DeliveryStreamView)
                : NotFound());
        admin.MapPost("/flush", () =>
        {
            var streams = AllStreams().ToList();
            foreach (var stream in streams) deliveries.Pipeline(stream)?.Flush();
            return AdminJson.Ok(new FlushView(streams.Count), FirehoseInspectionJson.Default.FlushView);
        });
        admin.MapPost("/delivery-streams/{account}/{region}/{name}/flush", (string account, string region, string name) =>
        {
            if (store.Find(account, region, name) is not { } stream) return NotFound();
            deliveries.Pipeline(stream)?.Flush();
            return AdminJson.Ok(new FlushView(1), FirehoseInspectionJson.Default.FlushView);
        });
    }

    private IEnumerable<DeliveryStream> AllStreams() => store.Regions.SelectMany(r => r.ByName.Values);

    private static IResult NotFound() => AdminJson.NotFound("No such delivery stream.");

    private DeliveryStreamView Describe(DeliveryStream stream)
    {
        var pipeline = deliveries.Pipeline(stream);
        var report = pipeline?.Report;
        return new DeliveryStreamView(stream.Name, stream.AccountId, stream.Region, stream.Arn, stream.Type, stream.Status,
            stream.Destination.Kind, stream.Destination.Delivers, pipeline?.Buffered ?? 0, report?.Batches ?? 0, report?.Records ?? 0,
            report?.Bytes ?? 0, report?.Failures ?? 0, report?.Retries ?? 0, report?.RefusedRecords ?? 0, report?.LastError, report?.Objects ?? []);
    }
}

public sealed record DeliveryStreamView(
    string Name, string AccountId, string Region, string Arn, string Type, string Status, string Destination, bool Delivers,
    long BufferedBytes, long DeliveredBatches, long DeliveredRecords, long DeliveredBytes, long Failures, long Retries, long RefusedRecords,
    string? LastError,
    IReadOnlyList<string> DeliveredTo);

public sealed record FlushView(int Flushed);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(List<DeliveryStreamView>))]
[JsonSerializable(typeof(FlushView))]
internal sealed partial class FirehoseInspectionJson : JsonSerializerContext;
