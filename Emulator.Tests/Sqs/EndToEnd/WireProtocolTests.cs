using System.Net;
using System.Text;
using System.Xml.Linq;
using Emulator.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Emulator.Tests.Sqs.EndToEnd;

/// <summary>The two SQS wire protocols over raw HTTP: framing, errors and headers exactly as AWS writes them.</summary>
public class WireProtocolTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    private static readonly XNamespace Sqs = "http://queue.amazonaws.com/doc/2012-11-05/";
    private readonly HttpClient _http = server.CreateHttpClient();

    private Task<HttpResponseMessage> Query(string path, params (string, string)[] form) =>
        _http.PostAsync(path, new FormUrlEncodedContent(form.Select(p => KeyValuePair.Create(p.Item1, p.Item2))));

    private Task<HttpResponseMessage> Json(string target, string body, string contentType = "application/x-amz-json-1.0")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new(contentType);
        request.Headers.Add("X-Amz-Target", target);
        return _http.SendAsync(request);
    }

    private static async Task<XElement> Xml(HttpResponseMessage response) => XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

    [Fact]
    public async Task Query_protocol_round_trip_with_flattened_lists_and_maps()
    {
        var name = EmulatorServer.UniqueName("query");
        var created = await Query("/", ("Action", "CreateQueue"), ("QueueName", name), ("Attribute.1.Name", "DelaySeconds"), ("Attribute.1.Value", "0"),
            ("Tag.1.Key", "team"), ("Tag.1.Value", "core"));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.True(created.Headers.Contains("x-amzn-RequestId"));
        var url = (await Xml(created)).Descendants(Sqs + "QueueUrl").Single().Value;

        var sent = await Query("/", ("Action", "SendMessage"), ("QueueUrl", url), ("MessageBody", "<xml & \"quotes\">\r\n"),
            ("MessageAttribute.1.Name", "n"), ("MessageAttribute.1.Value.DataType", "Number"), ("MessageAttribute.1.Value.StringValue", "12"));
        Assert.Equal("fb15aa095c960d23a9b4b638d9dccc6f", (await Xml(sent)).Descendants(Sqs + "MD5OfMessageAttributes").Single().Value);

        var path = new Uri(url).AbsolutePath;
        var received = await Xml(await Query(path, ("Action", "ReceiveMessage"), ("AttributeName.1", "All"), ("MessageAttributeName.1", "All")));
        var message = received.Descendants(Sqs + "Message").Single();
        Assert.Equal("<xml & \"quotes\">\r\n", message.Element(Sqs + "Body")!.Value);
        Assert.Contains(message.Elements(Sqs + "Attribute"), a => a.Element(Sqs + "Name")!.Value == "SenderId");
        Assert.Equal("12", message.Element(Sqs + "MessageAttribute")!.Element(Sqs + "Value")!.Element(Sqs + "StringValue")!.Value);

        var tags = await Xml(await Query("/", ("Action", "ListQueueTags"), ("QueueUrl", url)));
        Assert.Equal("core", tags.Descendants(Sqs + "Tag").Single().Element(Sqs + "Value")!.Value);
    }

    [Fact]
    public async Task Query_errors_are_ErrorResponse_documents()
    {
        var response = await Query("/", ("Action", "GetQueueUrl"), ("QueueName", "does-not-exist"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await Xml(response)).Element(Sqs + "Error")!;
        Assert.Equal("Sender", error.Element(Sqs + "Type")!.Value);
        Assert.Equal("AWS.SimpleQueueService.NonExistentQueue", error.Element(Sqs + "Code")!.Value);

        var unknown = await Query("/", ("Action", "FlyToTheMoon"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("InvalidAction", (await Xml(unknown)).Descendants(Sqs + "Code").Single().Value);

        var missing = await Query("/", ("Action", "CreateQueue"));
        Assert.Equal("MissingParameter", (await Xml(missing)).Descendants(Sqs + "Code").Single().Value);

        var malformed = await Query("/", ("Action", "ReceiveMessage"), ("QueueUrl", "http://x/000000000000/q"), ("MaxNumberOfMessages", "ten"));
        Assert.Equal("InvalidParameterValue", (await Xml(malformed)).Descendants(Sqs + "Code").Single().Value);
    }

    [Fact]
    public async Task Json_errors_carry_the_shape_type_and_the_legacy_query_code()
    {
        var response = await Json("AmazonSQS.GetQueueUrl", """{"QueueName":"does-not-exist"}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("AWS.SimpleQueueService.NonExistentQueue;Sender", response.Headers.GetValues("x-amzn-query-error").Single());
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("com.amazonaws.sqs#QueueDoesNotExist", body.Value<string>("__type"));
        Assert.Equal("The specified queue does not exist.", body.Value<string>("message"));
    }

    [Theory]
    [InlineData("AmazonSQS.NoSuchThing", "{}", "application/x-amz-json-1.0", 400, "UnknownOperationException")]
    [InlineData("AmazonSQS.ListQueues", "{not json", "application/x-amz-json-1.0", 400, "SerializationException")]
    [InlineData("AmazonSQS.ListQueues", "{\"MaxResults\":\"five\"}", "application/x-amz-json-1.0", 400, "SerializationException")]
    [InlineData("AmazonSQS.ListQueues", "{}", "text/plain", 415, "UnsupportedMediaTypeException")]
    public async Task Bad_json_requests_get_clean_errors(string target, string body, string contentType, int status, string code)
    {
        var response = await Json(target, body, contentType);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.EndsWith("#" + code, JObject.Parse(await response.Content.ReadAsStringAsync()).Value<string>("__type"));
    }

    [Fact]
    public async Task Oversized_requests_are_refused_with_413()
    {
        var response = await Json("AmazonSQS.SendMessage", $"{{\"QueueUrl\":\"x\",\"MessageBody\":\"{new string('x', 5 * 1024 * 1024)}\"}}");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Requests_may_be_sent_to_the_queue_url_path()
    {
        var name = EmulatorServer.UniqueName("path");
        await Json("AmazonSQS.CreateQueue", $"{{\"QueueName\":\"{name}\"}}");
        var sent = await Query($"/000000000000/{name}", ("Action", "SendMessage"), ("MessageBody", "by path"));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var count = await Json("AmazonSQS.GetQueueAttributes",
            $"{{\"QueueUrl\":\"{server.BaseUrl}/000000000000/{name}\",\"AttributeNames\":[\"ApproximateNumberOfMessages\"]}}");
        Assert.Equal("1", JObject.Parse(await count.Content.ReadAsStringAsync())["Attributes"]!.Value<string>("ApproximateNumberOfMessages"));
    }
}
