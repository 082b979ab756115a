using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Emulator.Hosting;

/// <summary>
/// The admin API's JSON answers, written by serializers generated at compile time (each service's views have their own
/// context beside them), so that they need no reflection and work in trimmed and Native AOT builds.
/// </summary>
public static class AdminJson
{
    public static IResult Ok<T>(T value, JsonTypeInfo<T> type, int statusCode = StatusCodes.Status200OK) =>
        Results.Json(value, type, statusCode: statusCode);

    public static IResult NotFound(string error) => Results.Json(new AdminError(error), HostingJson.Default.AdminError, statusCode: StatusCodes.Status404NotFound);

    public static IResult BadRequest(string error) => Results.Json(new AdminError(error), HostingJson.Default.AdminError, statusCode: StatusCodes.Status400BadRequest);
}

public sealed record AdminError(string Error);

public sealed record HealthView(string Status, string Version, Dictionary<string, string> Services);

public sealed record ResetView(IReadOnlyList<string> Reset);

public sealed record ClockView(DateTimeOffset Now, double OffsetSeconds);

public sealed record LocalStackHealthView(Dictionary<string, string> Services, string Edition, string Version);

public sealed record LocalStackInitView(Dictionary<string, bool> Completed, IReadOnlyList<string> Scripts);

public sealed record LocalStackStageView(bool Completed, IReadOnlyList<string> Scripts);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(AdminError))]
[JsonSerializable(typeof(HealthView))]
[JsonSerializable(typeof(ResetView))]
[JsonSerializable(typeof(Durability.SnapshotLoadedView))]
[JsonSerializable(typeof(ClockView))]
[JsonSerializable(typeof(LocalStackHealthView))]
[JsonSerializable(typeof(LocalStackInitView))]
[JsonSerializable(typeof(LocalStackStageView))]
internal sealed partial class HostingJson : JsonSerializerContext;
