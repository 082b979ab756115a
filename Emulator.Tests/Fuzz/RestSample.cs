using System.Text;
using Emulator.Protocol.Rest;
using Emulator.Protocol.Shapes;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.AspNetCore.Http;

namespace Emulator.Tests.Fuzz;

/// <summary>
/// A REST-XML request laid out as its route binds a <see cref="ShapeSample"/>: path labels, query parameters, headers
/// (and header maps by prefix) and the body, each text sometimes mutated.
/// </summary>
public sealed record RestSample(HttpRoute Route, Dictionary<string, string> Labels, Dictionary<string, string> Query,
    Dictionary<string, string> Headers, byte[] Body)
{
    private static readonly Mutations Xml = new(Mutations.Ascii(
        "<", ">", "</", "/>", "<a>", "</a>", "&", "&amp;", "&#0;", "<!DOCTYPE a [<!ENTITY x \"y\">]>", "<![CDATA[", "<?xml version=\"1.0\"?>",
        "xmlns=\"\"", "<Key>k</Key>", "\""), "<a>"u8.ToArray());

    private static readonly Mutations Text = new(Mutations.Ascii("%", "%2F", "/", "..", "=", "&", "bytes=", "-", ",", "*"), "/"u8.ToArray());

    public static Gen<RestSample> Of(HttpRoute route, ShapeInfo shape, IReadOnlyList<string>? known = null) =>
        from sample in ShapeSample.Of(shape, known)
        from texts in Gen.CollectToList(sample.Members, m => MaybeMutated(Scalar(m.Member, m.Value)))
        from body in BodyOf(sample)
        select Lay(route, sample, texts, body);

    public HeaderDictionary HeaderDictionary()
    {
        var headers = new HeaderDictionary();
        foreach (var (name, value) in Headers) headers[name] = value;
        return headers;
    }

    /// <summary>The request's path: the route's template with each label's text escaped (a greedy label keeps its slashes).</summary>
    public string Path() => "/" + string.Join('/', Route.Segments.Select(segment => !segment.IsLabel
        ? segment.Text
        : segment.IsGreedy
            ? string.Join('/', Labels.GetValueOrDefault(segment.Text, "").Split('/').Select(Uri.EscapeDataString))
            : Uri.EscapeDataString(Labels.GetValueOrDefault(segment.Text, ""))));

    public override string ToString() =>
        $"{Route.Operation} labels {string.Join(", ", Labels)} query {string.Join(", ", Query)} headers {string.Join(", ", Headers)} body {FuzzInput.Escaped(Body)}";

    private static RestSample Lay(HttpRoute route, ShapeSample sample, List<string> texts, byte[] body)
    {
        var rest = new RestSample(route, [], route.QueryLiterals.ToDictionary(q => q.Key, q => q.Value ?? ""), [], body);
        for (var i = 0; i < sample.Members.Count; i++)
        {
            var (member, value) = sample.Members[i];
            switch (member.Location)
            {
                case "uri": rest.Labels[member.QueryName] = texts[i]; break;
                case "querystring": rest.Query[member.QueryName] = texts[i]; break;
                case "header": rest.Headers[member.QueryName] = texts[i]; break;
                case "headers" when value is List<KeyValuePair<string, object>> entries:
                    foreach (var (key, text) in entries) rest.Headers[member.QueryName + key] = (string)text;
                    break;
            }
        }
        return rest;
    }

    /// <summary>The payload member's body as a client writes it, mutated or not, or random bytes.</summary>
    private static Gen<byte[]> BodyOf(ShapeSample sample)
    {
        var payload = sample.Members.FirstOrDefault(m => m.Member.Payload);
        var valid = payload.Member switch
        {
            { Kind: MemberKind.Structure } member => SampleXml.Write(member.QueryName, (ShapeSample)payload.Value),
            { Kind: MemberKind.Blob } => (byte[])payload.Value,
            { Kind: MemberKind.String } => Encoding.UTF8.GetBytes((string)payload.Value),
            _ => [],
        };
        return Gen.Frequency((2, Gen.Constant(valid)), (6, Xml.Of(valid)), (1, Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))));
    }

    private static string Scalar(ShapeMember member, object value) =>
        member.Kind is MemberKind.Structure or MemberKind.List or MemberKind.Map or MemberKind.StreamingBlob ? "" : ScalarText.Format(member.Kind, value);

    private static Gen<string> MaybeMutated(string text) =>
        Gen.Frequency((3, Gen.Constant(text)), (1, Text.Of(Encoding.UTF8.GetBytes(text)).Select(Encoding.UTF8.GetString)),
            (1, Gen.Elements(ShapeSample.OddStrings)));
}
