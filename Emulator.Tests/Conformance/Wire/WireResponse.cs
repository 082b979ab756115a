using System.Net;
using System.Text;
using System.Xml.Linq;
using Newtonsoft.Json.Linq;

namespace Emulator.Tests.Conformance.Wire;

/// <summary>
/// One answer as it came off the wire: the status, the headers and the body read as JSON or XML, with the error's
/// code, JSON <c>__type</c>, message and fault read the way each protocol carries them.
/// </summary>
public sealed class WireResponse
{
    private readonly JToken? _json;
    private readonly XElement? _xml;

    public WireResponse(WireProtocol protocol, HttpStatusCode status, IReadOnlyDictionary<string, string> headers, string body)
    {
        Protocol = protocol;
        Status = (int)status;
        Headers = headers;
        Body = body;
        if (body.Length == 0) return;
        if (protocol == WireProtocol.Json) _json = JToken.Parse(body);
        // A REST answer's body can be an object's data rather than XML.
        else if (protocol != WireProtocol.RestXml || body.StartsWith('<')) _xml = XElement.Parse(body);
    }

    /// <summary>An answer as bytes: a CBOR one is read as its JSON equivalent (see <see cref="CborForm"/>), which <see cref="Body"/> then shows.</summary>
    public WireResponse(WireProtocol protocol, HttpStatusCode status, IReadOnlyDictionary<string, string> headers, byte[] body)
        : this(protocol == WireProtocol.Cbor ? WireProtocol.Json : protocol, status, headers,
            protocol == WireProtocol.Cbor ? CborForm.ToJson(body)?.ToString(Newtonsoft.Json.Formatting.None) ?? "" : Encoding.UTF8.GetString(body)) =>
        Protocol = protocol;

    public WireProtocol Protocol { get; }
    public int Status { get; }
    public IReadOnlyDictionary<string, string> Headers { get; }
    public string Body { get; }
    public bool IsError => Status >= 300;

    /// <summary>The error code a client reports: the query <c>Code</c>, the <c>x-amzn-query-error</c> code, or the <c>__type</c>'s name.</summary>
    public string? ErrorCode => Protocol is WireProtocol.Query or WireProtocol.RestXml
        ? XmlValue("Code")
        : QueryErrorHeader?.Split(';')[0] ?? JsonType;

    /// <summary>The JSON <c>__type</c> without its namespace (<c>com.amazonaws.sqs#</c>).</summary>
    public string? JsonType => _json?["__type"]?.Value<string>() is { } type ? type[(type.LastIndexOf('#') + 1)..] : null;

    public string? ErrorMessage => Protocol is WireProtocol.Query or WireProtocol.RestXml
        ? XmlValue("Message")
        : (_json?["message"] ?? _json?["Message"])?.Value<string>();

    /// <summary><c>Sender</c> or <c>Receiver</c>, as the query <c>Type</c> or the <c>x-amzn-query-error</c> header say; null where neither is sent.</summary>
    public string? Fault => Protocol == WireProtocol.Query ? XmlValue("Type") : QueryErrorHeader?.Split(';').ElementAtOrDefault(1);

    public string? QueryErrorHeader => Headers.GetValueOrDefault("x-amzn-query-error");

    /// <summary>
    /// The first value named <paramref name="name"/> anywhere in the answer: a JSON member, an XML element, or else the
    /// value of an XML map entry with that key (<c>&lt;Attribute&gt;&lt;Name&gt;QueueArn&lt;/Name&gt;&lt;Value&gt;</c>).
    /// </summary>
    public string? Value(string name) => Protocol switch
    {
        WireProtocol.Query => XmlValue(name),
        WireProtocol.RestXml => XmlValue(name) ?? Headers.GetValueOrDefault(name.ToLowerInvariant()),
        _ => _json?.SelectTokens($"$..{name}").FirstOrDefault() is { } token ? Text(token) : null,
    };

    /// <summary>Every value named <paramref name="name"/>, in document order.</summary>
    public IReadOnlyList<string> Values(string name) => Protocol is WireProtocol.Json or WireProtocol.Cbor
        ? [.. (_json?.SelectTokens($"$..{name}") ?? []).SelectMany(t => t is JArray a ? a.Select(Text) : [Text(t)])]
        : [.. (_xml?.Descendants().Where(e => e.Name.LocalName == name) ?? []).Select(e => e.Value)];

    /// <summary>
    /// The first map named <paramref name="name"/>: a JSON object's members, or the XML entries named
    /// <paramref name="xmlEntryName"/> (<c>&lt;Attribute&gt;&lt;Name/&gt;&lt;Value/&gt;</c>, <c>&lt;Tag&gt;&lt;Key/&gt;&lt;Value/&gt;</c>); empty when absent.
    /// </summary>
    public IReadOnlyDictionary<string, string> Map(string name, string xmlEntryName) => Protocol == WireProtocol.Json
        ? (_json?.SelectTokens($"$..{name}").FirstOrDefault() as JObject)?.Properties().ToDictionary(p => p.Name, p => Text(p.Value)) ?? []
        : (_xml?.Descendants().Where(e => e.Name.LocalName == xmlEntryName) ?? [])
            .ToDictionary(e => e.Elements().First().Value, e => e.Elements().Skip(1).First().Value);

    public override string ToString() => $"{Status} {Body}";

    private string? XmlValue(string name) =>
        (_xml?.DescendantsAndSelf().FirstOrDefault(e => e.Name.LocalName == name) ?? XmlEntry(name))?.Value;

    private static readonly string[] XmlKeyNames = ["Name", "Key", "key"];

    private XElement? XmlEntry(string key) =>
        _xml?.Descendants().Where(e => XmlKeyNames.Contains(e.Name.LocalName) && e.Value == key)
            .Select(e => e.ElementsAfterSelf().FirstOrDefault(v => v.Name.LocalName is "Value" or "value"))
            .FirstOrDefault(v => v is not null);

    private static string Text(JToken token) => token switch
    {
        JValue { Type: JTokenType.Boolean } boolean => (bool)boolean ? "true" : "false",
        JValue value => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => token.ToString(Newtonsoft.Json.Formatting.None),
    };
}
