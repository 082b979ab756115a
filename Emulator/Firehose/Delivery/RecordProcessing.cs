using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Emulator.Common.Functions;
using Emulator.Firehose.Shapes;
using Emulator.Firehose.Streams;

namespace Emulator.Firehose.Delivery;

/// <summary>
/// A destination's processors, applied to a batch before it is delivered (developer guide, "Transform source data"):
/// <c>Lambda</c> invokes the function's configured endpoint with AWS's transformation event and applies its answer per
/// record (<c>Ok</c> with the new data, <c>Dropped</c>, <c>ProcessingFailed</c>; a record the answer leaves out failed);
/// <c>AppendDelimiterToRecord</c> ends every record with its delimiter (a newline by default). A Lambda processor whose
/// function has no endpoint leaves the records as they are (the invocation is recorded). Other processor types
/// (MetadataExtraction, RecordDeAggregation, Decompression, CloudWatchLogProcessing) are kept and described but not run.
/// </summary>
public sealed partial class RecordProcessing(FunctionInvoker functions)
{
    public sealed record Outcome(RecordBatch Delivered, RecordBatch? Failed);

    public async Task<Outcome> ApplyAsync(DeliveryStream stream, ProcessingConfiguration? processing, RecordBatch batch, CancellationToken cancel)
    {
        if (processing is not { Enabled: true, Processors: { Count: > 0 } processors }) return new Outcome(batch, null);
        var records = batch.Records.ToList();
        var failed = new List<byte[]>();
        foreach (var processor in processors)
        {
            var parameters = (processor.Parameters ?? []).ToDictionary(p => p.ParameterName!, p => p.ParameterValue ?? "");
            switch (processor.Type)
            {
                case "Lambda" when parameters.TryGetValue("LambdaArn", out var function):
                    records = await TransformAsync(stream, function, records, batch.OldestArrival, failed, cancel).ConfigureAwait(false);
                    break;
                case "AppendDelimiterToRecord":
                    var delimiter = Encoding.UTF8.GetBytes(Regex.Unescape(parameters.GetValueOrDefault("Delimiter", "\\n")));
                    records = records.Select(r => (byte[])[.. r, .. delimiter]).ToList();
                    break;
            }
        }
        return new Outcome(Batch(records, batch.OldestArrival), failed.Count == 0 ? null : Batch(failed, batch.OldestArrival));
    }

    private async Task<List<byte[]>> TransformAsync(DeliveryStream stream, string function, List<byte[]> records, DateTimeOffset arrival,
        List<byte[]> failed, CancellationToken cancel)
    {
        var ids = records.Select((_, i) => i.ToString("D12", CultureInfo.InvariantCulture)).ToList();
        byte[]? answer;
        try
        {
            answer = await functions.InvokeAsync(function, Event(stream, ids, records, arrival), cancel).ConfigureAwait(false);
        }
        catch (FunctionFailure)
        {
            failed.AddRange(records);
            return [];
        }
        if (answer is null) return records;
        var results = Results(answer);
        var kept = new List<byte[]>(records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            switch (results.GetValueOrDefault(ids[i]))
            {
                case ("Ok", var data):
                    kept.Add(data);
                    break;
                case ("Dropped", _):
                    break;
                default:
                    failed.Add(records[i]);
                    break;
            }
        }
        return kept;
    }

    /// <summary>The transformation event: <c>invocationId</c>, <c>deliveryStreamArn</c>, <c>region</c>, and each record's id, arrival (ms) and base64 data.</summary>
    private static byte[] Event(DeliveryStream stream, IReadOnlyList<string> ids, IReadOnlyList<byte[]> records, DateTimeOffset arrival)
    {
        using var output = new MemoryStream();
        using (var json = new Utf8JsonWriter(output))
        {
            json.WriteStartObject();
            json.WriteString("invocationId", Guid.NewGuid().ToString("D"));
            json.WriteString("deliveryStreamArn", stream.Arn);
            json.WriteString("region", stream.Region);
            json.WriteStartArray("records");
            for (var i = 0; i < records.Count; i++)
            {
                json.WriteStartObject();
                json.WriteString("recordId", ids[i]);
                json.WriteNumber("approximateArrivalTimestamp", arrival.ToUnixTimeMilliseconds());
                json.WriteBase64String("data", records[i]);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return output.ToArray();
    }

    /// <summary>The function's answer by record id: its result and, for Ok, the new data; an unreadable answer fails every record.</summary>
    private static Dictionary<string, (string Result, byte[] Data)> Results(byte[] answer)
    {
        var results = new Dictionary<string, (string, byte[])>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(answer);
            if (!document.RootElement.TryGetProperty("records", out var list) || list.ValueKind != JsonValueKind.Array) return results;
            foreach (var record in list.EnumerateArray())
            {
                if (!record.TryGetProperty("recordId", out var id) || !record.TryGetProperty("result", out var result)) continue;
                var data = record.TryGetProperty("data", out var encoded) && encoded.ValueKind == JsonValueKind.String ? encoded.GetBytesFromBase64() : [];
                results[id.GetString()!] = (result.GetString() ?? "", data);
            }
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException)
        {
            results.Clear();
        }
        return results;
    }

    private static RecordBatch Batch(List<byte[]> records, DateTimeOffset arrival) => new(records, records.Sum(r => (long)r.Length), arrival);
}
