using System.Buffers;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Emulator.Firehose.Shapes;
using Emulator.Firehose.Streams;

namespace Emulator.Firehose.Delivery;

/// <summary>
/// Delivers a batch to an HTTP endpoint destination as AWS documents it (developer guide, "Appendix - HTTP endpoint
/// delivery request and response specifications"): a POST of <c>{"requestId", "timestamp" (ms), "records": [{"data":
/// base64}]}</c> with the <c>X-Amz-Firehose-*</c> headers, GZIP-encoded when configured. Only a 200 whose JSON body
/// echoes the request id counts; anything else is retried with the same request id, pausing on the emulator's clock,
/// until the retry duration has passed; then the batch goes to the S3 backup under the error output type
/// <c>http-endpoint-failed</c>. With <c>S3BackupMode</c> AllData every batch is also backed up.
/// </summary>
public sealed class HttpEndpointSender(S3Writer s3, TimeProvider clock, OutboundTargets targets) : IDisposable
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(30);

    private readonly HttpClient _client = new(new StaleConnectionRetry()) { Timeout = AttemptTimeout };

    public async Task<string?> DeliverAsync(DeliveryStream stream, HttpEndpointDestinationConfiguration http, RecordBatch batch,
        CancellationToken cancel)
    {
        var requestId = Guid.NewGuid().ToString("D");
        var started = clock.GetUtcNow();
        var deadline = started + TimeSpan.FromSeconds(http.RetryOptions?.DurationInSeconds ?? 300);
        var pause = TimeSpan.FromSeconds(1);
        var backup = ShapeBackup(http);
        var attempts = 0;
        while (true)
        {
            attempts++;
            var failure = await AttemptAsync(stream, http, batch, requestId, cancel).ConfigureAwait(false);
            if (failure is null)
            {
                if (http.S3BackupMode == "AllData") s3.Write(stream, backup, batch);
                return http.EndpointConfiguration!.Url;
            }
            if (clock.GetUtcNow() + pause > deadline)
            {
                var (code, message) = failure.Value;
                var (bucket, key) = s3.WriteFailed(stream, backup, batch, "http-endpoint-failed", code, message, attempts, clock.GetUtcNow());
                throw new DeliveryFailure("HttpEndpoint.DeliveryFailed",
                    $"{code}: {message}; after retrying for {(clock.GetUtcNow() - started).TotalSeconds:0} s the records went to s3://{bucket}/{key}") { BackedUp = true };
            }
            await Task.Delay(pause, clock, cancel).ConfigureAwait(false);
            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, MaxPause.Ticks));
        }
    }

    /// <returns>Null when the endpoint took the batch, else the error code Firehose reports and what went wrong.</returns>
    private async Task<(string Code, string Message)?> AttemptAsync(DeliveryStream stream, HttpEndpointDestinationConfiguration http, RecordBatch batch,
        string requestId, CancellationToken cancel)
    {
        if (!targets.Allows(http.EndpointConfiguration!.Url)) return ("HttpEndpoint.RequestFailure", OutboundTargets.Refusal);
        using var request = new HttpRequestMessage(HttpMethod.Post, http.EndpointConfiguration.Url);
        var body = Body(requestId, batch);
        var gzip = http.RequestConfiguration?.ContentEncoding == "GZIP";
        request.Content = new ByteArrayContent(gzip ? Gzip(body) : body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (gzip) request.Content.Headers.ContentEncoding.Add("gzip");
        request.Headers.Add("X-Amz-Firehose-Protocol-Version", "1.0");
        request.Headers.Add("X-Amz-Firehose-Request-Id", requestId);
        request.Headers.Add("X-Amz-Firehose-Source-Arn", stream.Arn);
        if (http.EndpointConfiguration.AccessKey is { } key) request.Headers.Add("X-Amz-Firehose-Access-Key", key);
        if (http.RequestConfiguration?.CommonAttributes is { Count: > 0 } attributes)
            request.Headers.Add("X-Amz-Firehose-Common-Attributes", CommonAttributes(attributes));
        try
        {
            using var response = await _client.SendAsync(request, cancel).ConfigureAwait(false);
            var answer = await response.Content.ReadAsByteArrayAsync(cancel).ConfigureAwait(false);
            if ((int)response.StatusCode != 200) return ("HttpEndpoint.ResponseFailure", $"status {(int)response.StatusCode}");
            return EchoesRequestId(answer, requestId) ? null : ("HttpEndpoint.InvalidResponseFromDestination", "the response does not carry the request id");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancel.IsCancellationRequested)
        {
            return ("HttpEndpoint.RequestFailure", exception.Message);
        }
    }

    private static byte[] Body(string requestId, RecordBatch batch)
    {
        using var output = new MemoryStream();
        using (var json = new Utf8JsonWriter(output))
        {
            json.WriteStartObject();
            json.WriteString("requestId", requestId);
            json.WriteNumber("timestamp", batch.OldestArrival.ToUnixTimeMilliseconds());
            json.WriteStartArray("records");
            foreach (var record in batch.Records)
            {
                json.WriteStartObject();
                json.WriteBase64String("data", record);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return output.ToArray();
    }

    private static string CommonAttributes(IEnumerable<HttpEndpointCommonAttribute> attributes)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(output))
        {
            json.WriteStartObject();
            json.WriteStartObject("commonAttributes");
            foreach (var attribute in attributes) json.WriteString(attribute.AttributeName!, attribute.AttributeValue);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    private static bool EchoesRequestId(byte[] answer, string requestId)
    {
        try
        {
            using var document = JsonDocument.Parse(answer);
            return document.RootElement.ValueKind == JsonValueKind.Object
                   && document.RootElement.TryGetProperty("requestId", out var echoed) && echoed.ValueKind == JsonValueKind.String
                   && echoed.GetString() == requestId;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static byte[] Gzip(byte[] body)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest)) gzip.Write(body);
        return output.ToArray();
    }

    /// <summary>The HTTP destination's S3 configuration, as the S3 writer takes it.</summary>
    private static ExtendedS3DestinationConfiguration ShapeBackup(HttpEndpointDestinationConfiguration http) =>
        Protocol.Shapes.ShapeCopier.Copy<ExtendedS3DestinationConfiguration>(http.S3Configuration!);

    public void Dispose() => _client.Dispose();
}
