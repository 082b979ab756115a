using System.Text.Json;
using System.Text.Json.Serialization;

namespace Emulator.Hosting.Faults;

/// <summary>
/// <c>POST /_emulator/faults</c> adds a rule from <c>{"service", "operation"?, "errorRate"?, "error"?, "status"?,
/// "message"?, "latencyMs"?}</c>; <c>GET</c> lists the rules; <c>DELETE</c> removes them all.
/// </summary>
public static class FaultEndpoints
{
    public static void MapFaults(this IEndpointRouteBuilder admin, FaultInjection faults)
    {
        admin.MapGet("/faults", () => AdminJson.Ok(faults.Rules, FaultJson.Default.IReadOnlyListFaultRule));
        admin.MapDelete("/faults", () =>
        {
            faults.Clear();
            return Results.NoContent();
        });
        admin.MapPost("/faults", async (HttpRequest request) =>
        {
            if (await AdminBody.ReadAsync(request) is not { } body)
                return AdminJson.BadRequest($"A fault rule is a small JSON object (at most {AdminBody.MaxBytes} bytes).");
            try
            {
                using var document = JsonDocument.Parse(body);
                return Add(faults, document.RootElement);
            }
            catch (JsonException e)
            {
                return AdminJson.BadRequest($"The body is not JSON: {e.Message}");
            }
        });
    }

    private static IResult Add(FaultInjection faults, JsonElement rule)
    {
        if (rule.ValueKind != JsonValueKind.Object) return AdminJson.BadRequest("Give a JSON object, such as {\"service\":\"sqs\",\"error\":\"RequestThrottled\"}.");
        if (Text(rule, "service") is not { Length: > 0 } service) return AdminJson.BadRequest("service is required: sqs, sns, kinesis, firehose or s3.");
        var spec = new FaultSpec(service, Text(rule, "operation"), Number(rule, "errorRate"), Text(rule, "error"), (int?)Number(rule, "status"),
            Text(rule, "message"), (int)(Number(rule, "latencyMs") ?? 0));
        if (spec.Problem is { } problem) return AdminJson.BadRequest(problem + ".");
        return AdminJson.Ok(faults.Add(spec), FaultJson.Default.FaultRule, StatusCodes.Status201Created);
    }

    private static string? Text(JsonElement rule, string name) =>
        rule.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? Number(JsonElement rule, string name) =>
        rule.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(IReadOnlyList<FaultRule>))]
[JsonSerializable(typeof(FaultRule))]
internal sealed partial class FaultJson : JsonSerializerContext;
