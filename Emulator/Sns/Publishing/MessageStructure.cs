using Emulator.Common;
using Newtonsoft.Json.Linq;

namespace Emulator.Sns.Publishing;

/// <summary>MessageStructure=json: a JSON object of per-protocol messages that must hold a <c>default</c> one.</summary>
public static class MessageStructure
{
    public static (string Default, IReadOnlyDictionary<string, string>? PerProtocol) Read(string message, string? structure)
    {
        if (structure is null) return (message, null);
        if (structure != "json") throw SnsErrors.InvalidParameter("MessageStructure");
        var document = PolicyJson.ReadObject(message)
            ?? throw SnsErrors.InvalidParameter("Message Structure - JSON message body failed to parse");
        var perProtocol = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (protocol, value) in document)
        {
            if (value is not JValue { Type: JTokenType.String } text)
                throw SnsErrors.InvalidParameter($"Message Structure - {protocol} must be a string");
            perProtocol[protocol] = (string)text!;
        }
        if (!perProtocol.TryGetValue("default", out var fallback))
            throw SnsErrors.InvalidParameter("Message Structure - No default entry in JSON message body");
        return (fallback, perProtocol);
    }
}
