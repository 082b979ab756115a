using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Emulator.Hosting;

/// <summary>Reads how far to move the clock from <c>?seconds=N</c> or a small JSON body <c>{"seconds": N}</c>.</summary>
internal static class ClockAdvance
{
    public static async Task<double?> ReadSecondsAsync(HttpRequest request)
    {
        if (double.TryParse(request.Query["seconds"], NumberStyles.Float, CultureInfo.InvariantCulture, out var fromQuery))
            return fromQuery;
        if (await AdminBody.ReadAsync(request) is not { } bytes) return null;
        var body = System.Text.Encoding.UTF8.GetString(bytes.Span);
        if (string.IsNullOrWhiteSpace(body)) return null;
        try
        {
            return JObject.Parse(body).Value<double?>("seconds");
        }
        catch (Exception e) when (e is Newtonsoft.Json.JsonException or FormatException or InvalidCastException)
        {
            return null;
        }
    }
}
