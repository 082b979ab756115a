using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json.Linq;

namespace Emulator.Tests.Infrastructure;

/// <summary>Kinesis and Firehose over their JSON 1.1 protocol with a plain HttpClient, for tests without their SDKs.</summary>
public static class JsonCalls
{
    public static Task<JObject> Kinesis(HttpClient http, string operation, object body) => CallAsync(http, "kinesis", $"Kinesis_20131202.{operation}", body);

    public static Task<JObject> Firehose(HttpClient http, string operation, object body) => CallAsync(http, "firehose", $"Firehose_20150804.{operation}", body);

    /// <summary>Calls <paramref name="target"/>, which must succeed, with a JSON body (a string as it is, else serialised).</summary>
    public static async Task<JObject> CallAsync(HttpClient http, string service, string target, object body)
    {
        var (response, text) = await SendAsync(http, service, target, body);
        Assert.True(response.IsSuccessStatusCode, $"{target}: {text}");
        return text.Length == 0 ? [] : JObject.Parse(text);
    }

    /// <summary>Calls <paramref name="target"/> and answers the status and body, whatever they are.</summary>
    public static async Task<(HttpResponseMessage Response, string Text)> SendAsync(HttpClient http, string service, string target, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        request.Headers.TryAddWithoutValidation("Authorization",
            $"AWS4-HMAC-SHA256 Credential=test/20261204/us-east-1/{service}/aws4_request, SignedHeaders=host, Signature=0");
        request.Content = new StringContent(body as string ?? JObject.FromObject(body).ToString(), Encoding.UTF8);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        var response = await http.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Work the emulator does on its own workers (delivery, reading a source): wait briefly for its result.</summary>
    public static async Task<T> Eventually<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var value = await read();
        for (var i = 0; i < 100 && !done(value); i++)
        {
            await Task.Delay(50);
            value = await read();
        }
        return value;
    }
}
