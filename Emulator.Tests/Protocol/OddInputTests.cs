using System.Formats.Cbor;
using System.Net.Http.Headers;
using System.Text;
using Emulator.Protocol.Routing;
using Emulator.Protocol.Shapes;
using Emulator.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Emulator.Tests.Protocol;

/// <summary>
/// Every operation of every service, sent members of the wrong type, out of range or malformed, in each protocol it
/// speaks, over real HTTP: each request gets an AWS error with a 4xx status, never a 5xx.
/// </summary>
public class OddInputTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    private static readonly JToken[] OddJson =
    [
        99_999_999_999, -99_999_999_999, JToken.Parse("1180591620717411303424"), -1, 0, 1.5, 1e300, "x", "", new string('a', 3000), true,
        new JArray(), new JArray(1), new JObject(), new JObject { ["a"] = 1 }, JValue.CreateNull(), "\u0000",
    ];

    private static readonly string[] OddText = ["99999999999", "-1", "", new string('x', 3000), "1.5", "true", "\u00e9", "%00"];

    private readonly HttpClient _http = server.CreateHttpClient();
    private readonly List<string> _serverErrors = [];

    private IEnumerable<OperationBinding> Operations(Func<AwsServiceDescriptor, bool> speaks) =>
        server.Services.GetRequiredService<OperationRegistry>().Operations
            .Where(o => speaks(o.Service) && o.Name != "SubscribeToShard")
            .OrderBy(o => o.Service.Name).ThenBy(o => o.Name);

    [Fact]
    public Task Odd_JSON_members_get_a_client_error()
    {
        var random = new Random(5);
        return SendEach(s => s.JsonProtocol is not null, OddJson, (operation, member, odd) =>
        {
            var body = new JObject { [member.Name] = Nest(member, odd) };
            foreach (var other in operation.Input.Members.Where(m => m != member && random.Next(2) == 0))
                body[other.Name] = OddJson[random.Next(OddJson.Length)];
            var json = new StringContent(body.ToString(Newtonsoft.Json.Formatting.None), Encoding.UTF8,
                operation.Service.JsonProtocol == WireProtocol.Json10 ? "application/x-amz-json-1.0" : "application/x-amz-json-1.1");
            return (json, body.ToString());
        });
    }

    [Fact]
    public Task Odd_CBOR_members_get_a_client_error() =>
        SendEach(s => s.SpeaksCbor, OddCbor, (_, member, write) =>
        {
            var cbor = new CborWriter();
            cbor.WriteStartMap(1);
            cbor.WriteTextString(member.Name);
            write(cbor);
            cbor.WriteEndMap();
            var content = new ByteArrayContent(cbor.Encode()) { Headers = { ContentType = new MediaTypeHeaderValue("application/x-amz-cbor-1.1") } };
            return (content, member.Name);
        });

    [Fact]
    public Task Odd_query_parameters_get_a_client_error() =>
        SendEach(s => s.SpeaksQuery, OddText, (operation, member, odd) =>
        {
            var form = new Dictionary<string, string>
            {
                ["Action"] = operation.Name, ["Version"] = operation.Service.QueryVersion!,
                [member.QueryName] = odd, [member.QueryName + ".1"] = odd, [member.QueryName + ".member.1"] = odd,
                [member.QueryName + ".entry.1.key"] = odd, [member.QueryName + ".1.Name"] = odd,
            };
            return (new FormUrlEncodedContent(form), $"{member.QueryName}={odd}");
        }, target: false);

    /// <summary>Sends, for every member of every operation of the services that speak the protocol, one request per odd value.</summary>
    private async Task SendEach<T>(Func<AwsServiceDescriptor, bool> speaks, IReadOnlyList<T> odds,
        Func<OperationBinding, ShapeMember, T, (HttpContent Content, string What)> request, bool target = true)
    {
        foreach (var operation in Operations(speaks))
        foreach (var member in operation.Input.Members)
        foreach (var odd in odds)
        {
            var (content, what) = request(operation, member, odd);
            await Send(operation, content, what, target);
        }
        Assert.Empty(_serverErrors);
    }

    private static readonly Action<CborWriter>[] OddCbor =
    [
        w => w.WriteUInt64(ulong.MaxValue), w => w.WriteInt64(long.MinValue), w => w.WriteDouble(1e300), w => w.WriteDouble(double.NaN),
        w => w.WriteTextString(""), w => w.WriteByteString([1, 2]), w => w.WriteBoolean(true), w => w.WriteNull(),
        w => { w.WriteTag(CborTag.UnixTimeSeconds); w.WriteTextString("yesterday"); },
        w => { w.WriteStartArray(1); w.WriteInt32(1); w.WriteEndArray(); },
        w => { w.WriteStartMap(1); w.WriteTextString("a"); w.WriteInt32(1); w.WriteEndMap(); },
    ];

    /// <summary>The odd value where the member's own parts would go, for members that are structures or lists of them.</summary>
    private static JToken Nest(ShapeMember member, JToken odd) => member.Shape is { Members.Length: > 0 } nested
        ? member.Kind == MemberKind.List
            ? new JArray(new JObject { [nested.Members[0].Name] = odd })
            : new JObject { [nested.Members[0].Name] = odd }
        : odd;

    /// <summary>Posts one request, named by its X-Amz-Target unless it is a query request, and notes a server error.</summary>
    private async Task Send(OperationBinding operation, HttpContent content, string what, bool target = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = content };
        if (target) request.Headers.TryAddWithoutValidation("X-Amz-Target", $"{operation.Service.TargetPrefix}.{operation.Name}");
        request.Headers.TryAddWithoutValidation("Authorization", Authorization(operation.Service));
        using var response = await _http.SendAsync(request);
        if ((int)response.StatusCode >= 500) _serverErrors.Add($"{operation.Service.Name}.{operation.Name} {what[..Math.Min(what.Length, 200)]}: {(int)response.StatusCode}");
    }

    private static string Authorization(AwsServiceDescriptor service) =>
        $"AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/{service.Name}/aws4_request, SignedHeaders=host, Signature=x";
}
