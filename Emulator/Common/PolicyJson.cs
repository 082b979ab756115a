using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Emulator.Common;

/// <summary>Reads the JSON documents resource attributes carry (policies, delivery and filter policies), keeping strings as written.</summary>
public static class PolicyJson
{
    private static readonly JsonLoadSettings LoadSettings = new() { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error };

    /// <summary>The JSON object <paramref name="text"/> holds, or null when it is not exactly one JSON object.</summary>
    public static JObject? ReadObject(string text)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
            if (JToken.ReadFrom(reader, LoadSettings) is not JObject json) return null;
            return reader.Read() ? null : json;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
