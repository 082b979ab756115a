using System.Buffers.Binary;
using System.Formats.Cbor;
using System.Runtime.CompilerServices;
using System.Text;
using Emulator.Protocol.EventStream;
using Emulator.Protocol.Routing;
using Xunit;

namespace Emulator.Tests.Protocol;

public class EventStreamWriterTests
{
    private sealed class Greeting
    {
        public string? Text { get; set; }
    }

    private sealed class Yielding(params StreamEvent[] events) : IEventStreamResult
    {
        public async IAsyncEnumerable<StreamEvent> Events([EnumeratorCancellation] CancellationToken aborted)
        {
            foreach (var item in events)
            {
                await Task.Yield();
                yield return item;
            }
        }
    }

    [Fact]
    public async Task Json_clients_get_each_event_framed_with_a_json_payload()
    {
        var messages = await Written(WireProtocol.Json11, StreamEvent.Of("initial-response", EmptyResult.Instance),
            StreamEvent.Of("Hello", new Greeting { Text = "hi" }));

        Assert.Equal(2, messages.Count);
        Assert.Equal("initial-response", messages[0].Headers[":event-type"]);
        Assert.Equal("{}", Encoding.UTF8.GetString(messages[0].Payload));
        Assert.Equal("Hello", messages[1].Headers[":event-type"]);
        Assert.Equal("event", messages[1].Headers[":message-type"]);
        Assert.Equal("application/x-amz-json-1.1", messages[1].Headers[":content-type"]);
        Assert.Equal("""{"Text":"hi"}""", Encoding.UTF8.GetString(messages[1].Payload));
    }

    [Fact]
    public async Task Cbor_clients_get_cbor_payloads()
    {
        var message = Assert.Single(await Written(WireProtocol.Cbor11, StreamEvent.Of("Hello", new Greeting { Text = "hi" })));

        Assert.Equal("application/x-amz-cbor-1.1", message.Headers[":content-type"]);
        var reader = new CborReader(message.Payload);
        reader.ReadStartMap();
        Assert.Equal("Text", reader.ReadTextString());
        Assert.Equal("hi", reader.ReadTextString());
    }

    [Fact]
    public async Task An_exception_is_framed_as_an_exception_message_with_its_message()
    {
        var message = Assert.Single(await Written(WireProtocol.Json11, StreamEvent.Exception("ResourceInUseException", "taken over")));

        Assert.Equal("exception", message.Headers[":message-type"]);
        Assert.Equal("ResourceInUseException", message.Headers[":exception-type"]);
        Assert.False(message.Headers.ContainsKey(":event-type"));
        Assert.Equal("""{"message":"taken over"}""", Encoding.UTF8.GetString(message.Payload));
    }

    private static async Task<List<(Dictionary<string, string> Headers, byte[] Payload)>> Written(WireProtocol protocol, params StreamEvent[] events)
    {
        using var body = new MemoryStream();
        await EventStreamWriter.WriteAsync(body, protocol, new Yielding(events), CancellationToken.None);
        var bytes = body.ToArray();
        var messages = new List<(Dictionary<string, string>, byte[])>();
        for (int at = 0, length; at < bytes.Length; at += length)
        {
            length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            messages.Add(EventStreamMessage.Decode(bytes.AsSpan(at, length)));
        }
        return messages;
    }
}
