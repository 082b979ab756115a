using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Emulator.Protocol.Routing;
using Emulator.S3.Shapes;
using Emulator.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;

namespace Emulator.Tests.Fuzz;

/// <summary>
/// Requests of every protocol, random and mutated, over real HTTP to a running emulator: none is answered with a 5xx,
/// and the server is healthy at the end. Deliveries may only go to a closed loopback port, so that no request the
/// fuzzer writes (an SNS HTTP subscription, a Firehose HTTP destination) sends anything anywhere else.
/// </summary>
public class EndToEndFuzzTests
{
    private const string Account = "000000000000";

    /// <summary>Names of resources that requests create and use, so that some of them get past "does not exist".</summary>
    private static readonly string[] Known =
    [
        "fuzz", "fuzz.fifo", $"http://127.0.0.1:4566/{Account}/fuzz", $"arn:aws:sqs:us-east-1:{Account}:fuzz", $"arn:aws:sns:us-east-1:{Account}:fuzz",
        $"arn:aws:kinesis:us-east-1:{Account}:stream/fuzz", $"arn:aws:firehose:us-east-1:{Account}:deliverystream/fuzz", "arn:aws:s3:::fuzz",
        "shardId-000000000000", "sqs", "http", "email", "TRIM_HORIZON", "LATEST", "All", "ON_DEMAND", "DirectPut", "STANDARD",
    ];

    public static TheoryData<string> Protocols => ["SQS JSON 1.0", "SQS query", "SNS query", "Kinesis JSON 1.1", "Kinesis CBOR", "Firehose JSON 1.1", "S3 REST-XML"];

    [Theory]
    [MemberData(nameof(Protocols))]
    public Task Requests_never_get_a_server_error(string protocol) =>
        EmulatorServer.WithServer(["--deliver-to", "127.0.0.1:9"], async server =>
        {
            using var http = new HttpClient(new SocketsHttpHandler { RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8 })
            {
                BaseAddress = new Uri(server.BaseUrl), Timeout = TimeSpan.FromSeconds(60),
            };
            FuzzRun.Check($"HTTP {protocol}", Requests(protocol), request =>
            {
                using var response = http.SendAsync(request.Message(server.BaseUrl)).GetAwaiter().GetResult();
                // 501 is S3's NotImplemented, its answer by design to a request for something it does not offer.
                if ((int)response.StatusCode >= 500 && response.StatusCode != HttpStatusCode.NotImplemented)
                    throw new InvalidOperationException($"{(int)response.StatusCode}: {response.Content.ReadAsStringAsync().GetAwaiter().GetResult()}");
            });
            using var health = await http.GetAsync("/_emulator/health");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        });

    private static Gen<FuzzRequest> Requests(string protocol) => protocol switch
    {
        "SQS JSON 1.0" => Targeted("sqs", "application/x-amz-json-1.0", (_, s) => SampleJson.Write(s), CodecMutations.Json),
        "SQS query" => Query("sqs"),
        "SNS query" => Query("sns"),
        "Kinesis JSON 1.1" => Targeted("kinesis", "application/x-amz-json-1.1", (_, s) => SampleJson.Write(s), CodecMutations.Json),
        "Kinesis CBOR" => Targeted("kinesis", "application/x-amz-cbor-1.1", (_, s) => SampleCbor.Write(s), CodecMutations.Cbor),
        "Firehose JSON 1.1" => Targeted("firehose", "application/x-amz-json-1.1", (_, s) => SampleJson.Write(s), CodecMutations.Json),
        _ => Rest(),
    };

    /// <summary>A JSON or CBOR request, named by its X-Amz-Target.</summary>
    private static Gen<FuzzRequest> Targeted(string service, string contentType, Func<OperationBinding, ShapeSample, byte[]> write, Mutations mutations) =>
        FuzzOperations.Inputs(FuzzOperations.Speaking(s => s.Name == service), write, mutations, Known).Select(pair => new FuzzRequest(
            "POST", "/", new() { ["X-Amz-Target"] = $"{pair.Operation.Service.TargetPrefix}.{pair.Operation.Name}", ["Content-Type"] = contentType },
            service, pair.Input.Bytes));

    /// <summary>A query request: the operation's parameters after its Action and Version, form-encoded, the whole form mutated.</summary>
    private static Gen<FuzzRequest> Query(string service) =>
        FuzzOperations.Inputs(FuzzOperations.Speaking(s => s.Name == service),
                (operation, sample) => SampleQuery.Form([new("Action", operation.Name), new("Version", operation.Service.QueryVersion!),
                    .. SampleQuery.Parameters(sample)]), CodecMutations.Query, Known)
            .Select(pair => new FuzzRequest("POST", "/", new() { ["Content-Type"] = "application/x-www-form-urlencoded" }, service, pair.Input.Bytes));

    private static Gen<FuzzRequest> Rest() =>
        from operation in Gen.Elements(FuzzOperations.Speaking(s => s.RestXml is not null))
        from rest in RestSample.Of(S3Routes.All.First(r => r.Operation == operation.Name), operation.Input, Known)
        let query = string.Join('&', rest.Query.Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value)}"))
        select new FuzzRequest(rest.Route.Method, rest.Path() + (query.Length > 0 ? "?" + query : ""), rest.Headers, "s3", rest.Body);
}

/// <summary>One HTTP request of a fuzz target, signed (in form only) for its service; shown readably when a case fails.</summary>
public sealed record FuzzRequest(string Method, string PathAndQuery, Dictionary<string, string> Headers, string Service, byte[] Body)
{
    /// <param name="baseUrl">The server's; the path is appended to it as it is (an empty bucket makes it start with <c>//</c>).</param>
    public HttpRequestMessage Message(string baseUrl)
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), baseUrl + PathAndQuery) { Content = new ByteArrayContent(Body) };
        request.Headers.TryAddWithoutValidation("Authorization",
            $"AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/{Service}/aws4_request, SignedHeaders=host, Signature=x");
        foreach (var (name, value) in Headers)
        {
            // The client frames the body itself; and no HTTP client sends line breaks or NULs in a header.
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) continue;
            var sendable = new string([.. value.Where(c => c is not ('\r' or '\n' or '\0'))]);
            if (!request.Headers.TryAddWithoutValidation(name, sendable)) request.Content.Headers.TryAddWithoutValidation(name, sendable);
        }
        return request;
    }

    public override string ToString() =>
        $"{Method} {PathAndQuery} headers {string.Join(", ", Headers)} body {FuzzInput.Escaped(Body)}";
}
