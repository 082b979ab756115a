using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Emulator.Hosting;

/// <summary>
/// Reads how far to move the clock from <c>?seconds=N</c> or a JSON body <c>{"seconds": N}</c>; a body is read up to
/// <see cref="MaxBody"/> bytes only, so that a huge one costs nothing.
/// </summary>
internal static class ClockAdvance
{
    public const int MaxBody = 4096;

    public static async Task<double?> ReadSecondsAsync(HttpRequest request)
    {
        if (double.TryParse(request.Query["seconds"], NumberStyles.Float, CultureInfo.InvariantCulture, out var fromQuery))
            return fromQuery;
        if (request.ContentLength > MaxBody) return null;
        var buffer = new byte[MaxBody + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length))) > 0) length += read;
        if (length > MaxBody) return null;
        var body = System.Text.Encoding.UTF8.GetString(buffer, 0, length);
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
