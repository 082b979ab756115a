using System.Formats.Cbor;
using System.Net;
using System.Net.Http.Headers;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Protocol;

/// <summary>Kinesis over AWS CBOR 1.1, as the Java SDK and the KCL speak it, in raw HTTP against the real server.</summary>
public class CborKinesisEndToEndTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    private const string CborContentType = "application/x-amz-cbor-1.1";

    private readonly HttpClient _http = server.CreateHttpClient();

    [Fact]
    public async Task Records_put_and_read_back_in_CBOR_keep_their_bytes_and_arrival_times()
    {
        var stream = EmulatorServer.UniqueName("cbor");
        await Call("CreateStream", w => Map(w, ("StreamName", stream), ("ShardCount", 1)));
        var first = new byte[] { 0, 1, 2, 254, 255 };
        var second = new byte[] { 42 };

        var put = await Call("PutRecord", w => Map(w, ("StreamName", stream), ("Data", first), ("PartitionKey", "pk")));
        var shardId = Assert.IsType<string>(put["ShardId"]);
        server.AdvanceClock(TimeSpan.FromMinutes(1));
        await Call("PutRecord", w => Map(w, ("StreamName", stream), ("Data", second), ("PartitionKey", "pk")));

        var all = await ReadFrom(stream, shardId, ("ShardIteratorType", "TRIM_HORIZON"));
        Assert.Equal(2, all.Count);
        Assert.Equal(put["SequenceNumber"], all[0]["SequenceNumber"]);
        Assert.Equal("pk", all[0]["PartitionKey"]);
        Assert.Equal(first, all[0]["Data"]);
        Assert.Equal(second, all[1]["Data"]);
        var firstArrival = ArrivalMillis(all[0]);
        var secondArrival = ArrivalMillis(all[1]);
        Assert.InRange(server.Clock.GetUtcNow().ToUnixTimeMilliseconds() - secondArrival, 0, 10_000);
        Assert.InRange(secondArrival - firstArrival, 60_000, 70_000);

        var fromSecond = await ReadFrom(stream, shardId,
            ("ShardIteratorType", "AT_TIMESTAMP"), ("Timestamp", DateTimeOffset.FromUnixTimeMilliseconds(secondArrival)));
        Assert.Equal(second, Assert.Single(fromSecond)["Data"]);
    }

    private async Task<List<Dictionary<string, object?>>> ReadFrom(string stream, string shardId, params (string, object?)[] position)
    {
        var iterator = await Call("GetShardIterator", w => Map(w, [("StreamName", stream), ("ShardId", shardId), .. position]));
        var records = await Call("GetRecords", w => Map(w, ("ShardIterator", iterator["ShardIterator"])));
        Assert.IsType<string>(records["NextShardIterator"]);
        Assert.IsType<long>(records["MillisBehindLatest"]);
        return Assert.IsType<List<object?>>(records["Records"]).Cast<Dictionary<string, object?>>().ToList();
    }

    private static long ArrivalMillis(Dictionary<string, object?> record)
    {
        var arrival = Assert.IsType<CborTagged>(record["ApproximateArrivalTimestamp"]);
        Assert.Equal(CborTag.UnixTimeSeconds, arrival.Tag);
        return Assert.IsType<long>(arrival.Value);
    }

    [Fact]
    public async Task Errors_are_CBOR_maps_of_type_and_message()
    {
        var (response, error) = await Send("DescribeStream", Encode(w => Map(w, ("StreamName", EmulatorServer.UniqueName("missing")))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(CborContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.Contains("x-amzn-RequestId"));
        Assert.Equal("ResourceNotFoundException", error["__type"]);
        Assert.False(string.IsNullOrEmpty(error["message"] as string));
    }

    [Fact]
    public async Task Truncated_CBOR_is_a_SerializationException_in_CBOR()
    {
        var (response, error) = await Send("ListStreams", [0xBF, 0x61, (byte)'x']);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("SerializationException", error["__type"]);
    }

    [Fact]
    public async Task Services_that_do_not_speak_CBOR_still_refuse_it()
    {
        var request = CborRequest("AmazonSQS.ListQueues", [0xA0]);
        var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    private async Task<Dictionary<string, object?>> Call(string operation, Action<CborWriter> body)
    {
        var (response, result) = await Send(operation, Encode(body));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{operation}: {response.StatusCode} {result.GetValueOrDefault("message")}");
        Assert.Equal(CborContentType, response.Content.Headers.ContentType?.MediaType);
        return result;
    }

    private async Task<(HttpResponseMessage Response, Dictionary<string, object?> Body)> Send(string operation, byte[] body)
    {
        var response = await _http.SendAsync(CborRequest($"Kinesis_20131202.{operation}", body));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        // An operation without an output (CreateStream) answers an empty body, as on AWS.
        return (response, bytes.Length == 0 ? [] : CborDocument.ReadMap(bytes));
    }

    private static byte[] Encode(Action<CborWriter> write)
    {
        var writer = new CborWriter();
        write(writer);
        return writer.Encode();
    }

    private static HttpRequestMessage CborRequest(string target, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(CborContentType);
        var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = content };
        request.Headers.Add("X-Amz-Target", target);
        return request;
    }

    /// <summary>Writes a request the way the Java SDK does: an indefinite-length map, timestamps as tag 1 and epoch milliseconds.</summary>
    private static void Map(CborWriter writer, params (string Name, object? Value)[] members)
    {
        writer.WriteStartMap(null);
        foreach (var (name, value) in members)
        {
            writer.WriteTextString(name);
            switch (value)
            {
                case string text: writer.WriteTextString(text); break;
                case int number: writer.WriteInt32(number); break;
                case byte[] bytes: writer.WriteByteString(bytes); break;
                case DateTimeOffset time:
                    writer.WriteTag(CborTag.UnixTimeSeconds);
                    writer.WriteInt64(time.ToUnixTimeMilliseconds());
                    break;
                default: throw new ArgumentException($"No CBOR form for {value?.GetType()}.");
            }
        }
        writer.WriteEndMap();
    }
}
