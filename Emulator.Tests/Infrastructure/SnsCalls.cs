using System.Xml.Linq;
using Newtonsoft.Json.Linq;

namespace Emulator.Tests.Infrastructure;

/// <summary>SNS over its query protocol with a plain HttpClient, and the delivery log, for tests without an SNS SDK.</summary>
public static class SnsCalls
{
    /// <summary>Calls <paramref name="action"/> (which must succeed) and answers the text of its <paramref name="element"/>.</summary>
    public static async Task<string> ValueAsync(HttpClient http, string action, string element, params (string Name, string Value)[] parameters)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/")
        {
            Content = new FormUrlEncodedContent([new("Action", action), .. parameters.Select(p => KeyValuePair.Create(p.Name, p.Value))]),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=test/20261204/us-east-1/sns/aws4_request, SignedHeaders=host, Signature=0");
        using var response = await http.SendAsync(request);
        var xml = XElement.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(response.IsSuccessStatusCode, xml.ToString());
        return xml.Descendants().First(e => e.Name.LocalName == element).Value;
    }

    /// <summary>The delivery log's attempts to <paramref name="endpoint"/>, once there are <paramref name="count"/> (a short wait for the workers).</summary>
    public static async Task<JToken[]> AttemptsAsync(HttpClient http, string endpoint, int count = 1)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            var attempts = JArray.Parse(await http.GetStringAsync("/_emulator/sns/delivery-log")).Where(a => (string?)a["endpoint"] == endpoint).ToArray();
            if (attempts.Length >= count) return attempts;
            Assert.True(DateTime.UtcNow < deadline, $"{attempts.Length} of {count} deliveries to {endpoint} were attempted.");
            await Task.Delay(20);
        }
    }
}
