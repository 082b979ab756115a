using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json.Linq;

namespace Emulator.Tests.Conformance.Wire;

/// <summary>
/// Sends operations of one service over one protocol as a real client would, with a SigV4 Authorization header
/// naming the account's access key and the region (outside strict mode the emulator reads the scope and does not check
/// the signature; strict mode's cases send the headers they need through <see cref="Signing"/>).
/// Parameters are given as JSON members (an anonymous object or a <see cref="JObject"/>; blobs as <c>byte[]</c>,
/// timestamps as <see cref="DateTimeOffset"/>) and written in the query dialect when the protocol is query.
/// </summary>
public sealed class WireClient(HttpClient http, ServiceWire service, WireProtocol protocol, string accessKey = "test", string region = "us-east-1",
    WireSigning? signing = null)
{
    private static readonly DateTimeOffset SigningDay = new(2026, 12, 3, 0, 0, 0, TimeSpan.Zero);

    private static readonly string RunId = Guid.NewGuid().ToString("N")[..8];
    private static int _names;

    public WireProtocol Protocol => protocol;
    public string Region => region;

    /// <summary>The same service and protocol as another account (a 12-digit access key) or region.</summary>
    public WireClient As(string accessKey, string? region = null) => new(http, service, protocol, accessKey, region ?? Region, signing);

    /// <summary>The same account, region and protocol, for another service (a case that needs a queue for a topic).</summary>
    public WireClient For(ServiceWire other) =>
        new(http, other, other.Protocols.Contains(protocol) ? protocol : other.Protocols[0], accessKey, region, signing);

    /// <summary>The same client, dating and authorizing its requests as <paramref name="with"/> says.</summary>
    public WireClient Signing(WireSigning with) => new(http, service, protocol, accessKey, region, with);

    /// <summary>A name no other case uses; <paramref name="suffix"/> keeps endings such as <c>.fifo</c>.</summary>
    public static string UniqueName(string prefix = "c", string suffix = "") =>
        $"{prefix}-{RunId}-{Interlocked.Increment(ref _names)}{suffix}";

    /// <summary>
    /// Sends one operation, to the root path unless <paramref name="path"/> names another (a queue URL's), with any
    /// further <paramref name="headers"/> (an X-Ray trace header).
    /// </summary>
    public async Task<WireResponse> Call(string operation, object? parameters = null, string path = "/",
        IReadOnlyDictionary<string, string>? headers = null)
    {
        var members = parameters as JObject ?? (parameters is null ? [] : JObject.FromObject(parameters));
        using var request = Signed(HttpMethod.Post, path, headers);
        if (protocol == WireProtocol.Query)
        {
            request.Content = new FormUrlEncodedContent(QueryForm.Fields(operation, service.QueryVersion!, members, service.Query!));
        }
        else
        {
            request.Headers.TryAddWithoutValidation("X-Amz-Target", $"{service.TargetPrefix}.{operation}");
            request.Content = protocol == WireProtocol.Cbor
                ? new ByteArrayContent(CborForm.FromJson(members))
                : new StringContent(members.ToString(Newtonsoft.Json.Formatting.None, new EpochSeconds()), Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(protocol == WireProtocol.Cbor ? service.CborContentType! : service.JsonContentType!);
        }
        using var response = await http.SendAsync(request);
        return await Read(response);
    }

    /// <summary>
    /// Sends one REST request (S3): the method, the path and query, headers (content headers included) and a body.
    /// </summary>
    public async Task<WireResponse> Rest(string method, string pathAndQuery, IReadOnlyDictionary<string, string>? headers = null,
        string? body = null)
    {
        var content = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var others = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            (name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase) ? content : others)[name] = value;
        using var request = Signed(new HttpMethod(method), pathAndQuery, others);
        request.Headers.TryAddWithoutValidation("x-amz-content-sha256", "UNSIGNED-PAYLOAD");
        if (body is not null || content.Count > 0)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body ?? ""));
            foreach (var (name, value) in content) request.Content.Headers.TryAddWithoutValidation(name, value);
        }
        using var response = await http.SendAsync(request);
        return await Read(response);
    }

    /// <summary>A REST request that must succeed (a case's set-up).</summary>
    public async Task<WireResponse> RestOk(string method, string pathAndQuery, IReadOnlyDictionary<string, string>? headers = null,
        string? body = null)
    {
        var response = await Rest(method, pathAndQuery, headers, body);
        Assert.False(response.IsError, $"set-up call {method} {pathAndQuery} failed: {response}");
        return response;
    }

    private HttpRequestMessage Signed(HttpMethod method, string path, IReadOnlyDictionary<string, string>? headers)
    {
        var request = new HttpRequestMessage(method, path);
        var (date, authorization) = signing ?? WireSigning.WrongSignature(SigningDay);
        if (authorization is not null)
            request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 " +
                authorization.Replace("{scope}", $"{accessKey}/{date.UtcDateTime:yyyyMMdd}/{region}/{service.SigningName}/aws4_request"));
        request.Headers.TryAddWithoutValidation("X-Amz-Date", date.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'"));
        foreach (var (name, value) in headers ?? new Dictionary<string, string>()) request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    /// <summary>An unsigned GET of a path and query, as a subscriber opens a SubscribeURL.</summary>
    public async Task<WireResponse> Open(string pathAndQuery)
    {
        using var response = await http.GetAsync(pathAndQuery);
        return await Read(response);
    }

    private async Task<WireResponse> Read(HttpResponseMessage response)
    {
        var answered = response.Headers.Concat(response.Content.Headers)
            .ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(",", h.Value));
        return new WireResponse(protocol, response.StatusCode, answered, await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>The emulator's answer to a GET of one of its own paths (an inspection endpoint), as a string.</summary>
    public Task<string> Inspect(string path) => http.GetStringAsync(path);

    /// <summary>Moves the emulator's clock forward through its admin API, as a test of visibility or expiry would.</summary>
    public async Task AdvanceClock(TimeSpan by)
    {
        using var response = await http.PostAsync($"/_emulator/clock?seconds={by.TotalSeconds}", null);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Calls an operation that must succeed (a case's set-up) and answers its response.</summary>
    public async Task<WireResponse> Ok(string operation, object? parameters = null)
    {
        var response = await Call(operation, parameters);
        Assert.False(response.IsError, $"set-up call {operation} failed: {response}");
        return response;
    }
}

/// <summary>
/// How a <see cref="WireClient"/> signs: its requests' date, and the Authorization header after <c>AWS4-HMAC-SHA256 </c>
/// with <c>{scope}</c> standing for the credential (key, date, region, service); no header at all when null.
/// </summary>
public sealed record WireSigning(DateTimeOffset Date, string? Authorization)
{
    /// <summary>A complete header whose signature is wrong, dated now.</summary>
    public static WireSigning WrongSignature(DateTimeOffset date) => new(date, "Credential={scope}, SignedHeaders=host;x-amz-date, Signature=0");
}
