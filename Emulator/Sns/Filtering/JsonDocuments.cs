using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Emulator.Sns.Filtering;

/// <summary>Parses message JSON (bodies and String.Array values) with no depth limit and no date conversion.</summary>
internal static class JsonDocuments
{
    public static JToken Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Double,
            MaxDepth = null,
        };
        var token = JToken.ReadFrom(reader);
        if (reader.Read()) throw new JsonReaderException("Additional text after the JSON value.");
        return token;
    }
}
