using System.Text.Json;
using Emulator.Protocol.Pipeline;

namespace Emulator.Hosting.Observability;

/// <summary>
/// With <c>--log-format json</c>: one JSON line per AWS request on standard output, with the time, service, operation,
/// account, region, status, error code and duration in milliseconds, for log collectors to read.
/// </summary>
public sealed class JsonRequestLog(TimeProvider clock) : IRequestObserver
{
    private readonly object _lock = new();
    private readonly Stream _output = Console.OpenStandardOutput();

    public void Answered(in AnsweredRequest request)
    {
        using var buffer = new MemoryStream(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("time", clock.GetUtcNow());
            json.WriteString("service", request.Service?.Name);
            json.WriteString("operation", request.Operation);
            json.WriteString("account", request.AccountId);
            json.WriteString("region", request.Region);
            json.WriteNumber("status", request.Status);
            if (request.ErrorCode is { } code) json.WriteString("error", code);
            json.WriteNumber("durationMs", Math.Round(request.Elapsed.TotalMilliseconds, 3));
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        lock (_lock)
        {
            _output.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
            _output.Flush();
        }
    }
}
