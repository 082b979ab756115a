using System.Buffers.Text;
using System.Text;
using Emulator.Sqs.Messages;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Common;

/// <summary>Receipt handles and shard iterators cannot be made up or edited: only the emulator's own are accepted.</summary>
public class HandleSealTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    [Fact]
    public void A_receipt_handle_round_trips_and_an_edited_or_invented_one_does_not()
    {
        var handle = new ReceiptHandle("arn:aws:sqs:us-east-1:000000000000:q", Guid.NewGuid(), 7);
        var encoded = handle.Encode();

        Assert.Equal(handle, ReceiptHandle.TryDecode(encoded));
        var bytes = Base64Url.DecodeFromChars(encoded);
        bytes[5] ^= 1;
        Assert.Null(ReceiptHandle.TryDecode(Base64Url.EncodeToString(bytes)));
        var invented = Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{handle.QueueArn} {handle.MessageId} {handle.ReceiveToken}"));
        Assert.Null(ReceiptHandle.TryDecode(invented));
    }

    [Fact]
    public async Task A_receipt_handle_made_from_a_message_id_cannot_delete_the_message()
    {
        using var sqs = server.CreateSqsClient();
        var url = (await sqs.CreateQueueAsync(EmulatorServer.UniqueName("sealed"))).QueueUrl;
        var sent = await sqs.SendMessageAsync(url, "keep me");
        var arn = (await sqs.GetQueueAttributesAsync(url, ["QueueArn"])).QueueARN;
        var forged = Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{arn} {sent.MessageId} 1"));

        var refused = await Assert.ThrowsAnyAsync<Amazon.SQS.AmazonSQSException>(() => sqs.DeleteMessageAsync(url, forged));
        Assert.Equal("ReceiptHandleIsInvalid", refused.ErrorCode);
        Assert.Single((await sqs.ReceiveMessageAsync(url)).Messages);
    }

    [Fact]
    public async Task A_shard_iterator_whose_expiry_was_moved_is_invalid()
    {
        using var http = server.CreateHttpClient();
        var stream = EmulatorServer.UniqueName("sealed");
        await Kinesis(http, "CreateStream", $$"""{"StreamName":"{{stream}}","ShardCount":1}""");
        var answer = await Kinesis(http, "GetShardIterator", $$"""{"StreamName":"{{stream}}","ShardId":"shardId-000000000000","ShardIteratorType":"TRIM_HORIZON"}""");
        var iterator = (string)Newtonsoft.Json.Linq.JObject.Parse(answer)["ShardIterator"]!;
        var bytes = Convert.FromBase64String(iterator);
        var text = Encoding.UTF8.GetString(bytes, 0, bytes.Length - Emulator.Common.HandleSeal.TagLength);
        var issued = long.Parse(text[(text.LastIndexOf('\n') + 1)..]);
        var moved = text[..(text.LastIndexOf('\n') + 1)] + (issued + TimeSpan.FromDays(1).Ticks);
        var forged = Convert.ToBase64String([.. Encoding.UTF8.GetBytes(moved), .. bytes[^Emulator.Common.HandleSeal.TagLength..]]);

        var refused = await KinesisRaw(http, "GetRecords", $$"""{"ShardIterator":"{{forged}}"}""");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("InvalidArgumentException", await refused.Content.ReadAsStringAsync());
    }

    private static async Task<string> Kinesis(HttpClient http, string operation, string json)
    {
        var response = await KinesisRaw(http, operation, json);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return body;
    }

    private static Task<HttpResponseMessage> KinesisRaw(HttpClient http, string operation, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = new("application/x-amz-json-1.1");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", $"Kinesis_20131202.{operation}");
        request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=test/20261204/us-east-1/kinesis/aws4_request, SignedHeaders=host, Signature=0");
        return http.SendAsync(request);
    }
}
