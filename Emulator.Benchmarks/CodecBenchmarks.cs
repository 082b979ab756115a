using System.Text;
using BenchmarkDotNet.Attributes;
using Emulator.Protocol.Json;
using Emulator.Protocol.Pipeline;
using Emulator.Protocol.Query;
using Emulator.Protocol.Routing;
using Emulator.Protocol.Shapes;
using Emulator.Sqs;
using Emulator.Sqs.Shapes;

namespace Emulator.Benchmarks;

/// <summary>The wire codecs on SQS's hottest shapes: a SendMessage request in, a ReceiveMessage result of ten out.</summary>
[MemoryDiagnoser]
public class CodecBenchmarks
{
    private static readonly string Body = new('x', 1024);
    private readonly ShapeInfo _send = ShapeCatalog.For<SendMessageRequest>();
    private byte[] _jsonUtf8 = [];
    private Dictionary<string, string> _form = new();
    private OperationBinding _receive = null!;
    private ReceiveMessageResult _result = null!;

    [GlobalSetup]
    public void Setup()
    {
        _jsonUtf8 = System.Text.Encoding.UTF8.GetBytes("""{"QueueUrl":"http://localhost:4566/000000000000/bench","MessageBody":""" + "\"" + Body + "\"" +
                ""","MessageAttributes":{"kind":{"DataType":"String","StringValue":"order"}}}""");
        _form = new()
        {
            ["Action"] = "SendMessage", ["QueueUrl"] = "http://localhost:4566/000000000000/bench", ["MessageBody"] = Body,
            ["MessageAttribute.1.Name"] = "kind", ["MessageAttribute.1.Value.DataType"] = "String", ["MessageAttribute.1.Value.StringValue"] = "order",
        };
        _receive = new OperationBinding
        {
            Service = SqsService.Sqs, Name = "ReceiveMessage", Input = ShapeCatalog.For<ReceiveMessageRequest>(),
            Output = ShapeCatalog.For<ReceiveMessageResult>(), Invoke = (_, _) => ValueTask.FromResult<object>(new object()),
        };
        _result = new ReceiveMessageResult
        {
            Messages = Enumerable.Range(0, 10).Select(i => new Message
            {
                MessageId = Guid.NewGuid().ToString(), ReceiptHandle = new string('r', 120), MD5OfBody = new string('0', 32), Body = Utf8Text.From(Body),
                Attributes = new() { ["SentTimestamp"] = "1700000000000", ["ApproximateReceiveCount"] = "1" },
            }).ToList(),
        };
    }

    [Benchmark]
    public object DecodeSendMessageJson() => JsonRequestDecoder.Decode(_send, _jsonUtf8);

    [Benchmark]
    public object DecodeSendMessageQuery() => QueryRequestDecoder.Decode(_send, _form);

    [Benchmark]
    public int EncodeReceiveResultJson()
    {
        using var writer = new PooledBufferWriter();
        JsonResponseEncoder.WriteResult(writer, _receive.Output, _result);
        return (int)writer.Written.Length;
    }

    [Benchmark]
    public int EncodeReceiveResultXml()
    {
        var xml = new StringBuilder(16 * 1024);
        XmlResponseEncoder.WriteResult(xml, _receive, _result, "request-id");
        return xml.Length;
    }
}
