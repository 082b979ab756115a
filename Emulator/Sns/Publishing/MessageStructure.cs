using Emulator.Sns.Filtering;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Emulator.Sns.Publishing;

/// <summary>
/// MessageStructure=json: a JSON object of per-protocol messages that must hold a <c>default</c> one. As on AWS, a key
/// given twice is not an error (the last one counts), and a value that is not a string is not a message.
/// </summary>
public static class MessageStructure
{
    public static (string Default, IReadOnlyDictionary<string, string>? PerProtocol) Read(string message, string? structure)
    {
        if (structure is null) return (message, null);
        if (structure != "json") throw SnsErrors.InvalidParameter("MessageStructure");
        var perProtocol = Parse(message).Properties()
            .Where(p => p.Value.Type == JTokenType.String)
            .ToDictionary(p => p.Name, p => (string)p.Value!, StringComparer.Ordinal);
        if (!perProtocol.TryGetValue("default", out var fallback))
            throw SnsErrors.InvalidParameter("Message Structure - No default entry in JSON message body");
        return (fallback, perProtocol);
    }

    private static JObject Parse(string message)
    {
        try
        {
            if (JsonDocuments.Parse(message) is JObject document) return document;
        }
        catch (JsonException)
        {
        }
        throw SnsErrors.InvalidParameter("Message Structure - JSON message body failed to parse");
    }
}
