using System.Buffers;
using Emulator.Protocol.Errors;
using Emulator.Protocol.Json;
using Emulator.Protocol.Pipeline;
using Emulator.Protocol.Shapes;

namespace Emulator.Tests.Protocol;

public class JsonCodecTests
{
    private static readonly ShapeInfo Shape = ShapeCatalog.For<SampleRequest>();

    private static SampleRequest Decode(string json) =>
        (SampleRequest)JsonRequestDecoder.Decode(Shape, System.Text.Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Decodes_nested_members_and_skips_unknown_ones()
    {
        var request = Decode("""
            {"Name":"n","Count":3,"Enabled":false,"Data":"AQID","When":1700000000.5,
             "Unknown":{"deep":[1,2,{"x":null}]},
             "Labels":["a","b"],"Attributes":{"k":"v"},
             "Entries":[{"Id":"x","Size":2}],"Nested":{"e":{"Id":"y"}}}
            """);

        Assert.Equal(3, request.Count);
        Assert.False(request.Enabled);
        Assert.Equal(new byte[] { 1, 2, 3 }, request.Data);
        Assert.Equal(1_700_000_000_500, request.When!.Value.ToUnixTimeMilliseconds());
        Assert.Equal(["a", "b"], request.Labels!);
        Assert.Equal("v", request.Attributes!["k"]);
        Assert.Equal(2, request.Entries![0].Size);
        Assert.Equal("y", request.Nested!["e"].Id);
    }

    [Theory]
    [InlineData("{\"Name\":")]
    [InlineData("{\"Name\":5}")]
    [InlineData("{\"Data\":\"!!not base64\"}")]
    [InlineData("{\"Data\":\"AQI\"}")]
    [InlineData("{\"Data\":\"AQI=AQI=\"}")]
    [InlineData("{\"Data\":\"AQ\u00e9=\"}")]
    [InlineData("{\"Data\":12}")]
    [InlineData("{\"Name\":\"n\",\"Count\":\"3\"}")]
    [InlineData("[1]")]
    [InlineData("{\"Name\":\"n\"} trailing")]
    [InlineData("{\"Name\":\"n\",\"Count\":2147483648}")]
    [InlineData("{\"Name\":\"n\",\"Big\":9223372036854775808}")]
    [InlineData("{\"Name\":\"n\",\"When\":1e300}")]
    [InlineData("{\"Name\":\"n\",\"When\":1180591620717411303424}")]
    public void Malformed_bodies_are_SerializationException(string json)
    {
        var error = Assert.Throws<AwsError>(() => Decode(json));
        Assert.Equal("SerializationException", error.Code);
        Assert.Equal(400, error.Status);
    }

    [Fact]
    public void Empty_body_counts_as_empty_object()
    {
        var error = Assert.Throws<AwsError>(() => Decode(""));
        Assert.Equal("MissingParameter", error.QueryCode);
    }

    [Fact]
    public void Encodes_only_members_that_are_set()
    {
        Assert.Equal("""{"Name":"n\"q","Count":1,"Labels":["a"],"Attributes":{"k":"v"},"Entries":[{"Id":"x"}]}""", Encode(new SampleRequest
        {
            Name = "n\"q",
            Count = 1,
            Labels = ["a"],
            Entries = [new SampleEntry { Id = "x" }],
            Attributes = new() { ["k"] = "v" },
        }));
    }

    [Theory]
    [InlineData("plain 49659999 shardId-000000000000")]
    [InlineData("")]
    [InlineData("quote \" backslash \\ tab \t newline \n nul \0 del \u007f")]
    [InlineData("unicode é ✓ 😀 and the breaks JavaScript minds: \u0085 \u2028 \u2029")]
    [InlineData("<script>&amp;'</script>")]
    public void Strings_read_back_as_written(string text)
    {
        var json = Encode(new SampleRequest { Name = text, Labels = [text] });
        var parsed = System.Text.Json.JsonDocument.Parse(json).RootElement;

        Assert.Equal(text, parsed.GetProperty("Name").GetString());
        Assert.Equal(text, parsed.GetProperty("Labels")[0].GetString());
    }

    [Fact]
    public void Text_is_escaped_only_where_JSON_requires_it()
    {
        Assert.Equal("""{"Name":"é ✓ <&'> \" \\ \n \u0001"}""", Encode(new SampleRequest { Name = "é ✓ <&'> \" \\ \n \u0001" }));
    }

    [Theory]
    [InlineData(new byte[0], "")]
    [InlineData(new byte[] { 1 }, "AQ==")]
    [InlineData(new byte[] { 1, 2 }, "AQI=")]
    [InlineData(new byte[] { 1, 2, 3, 250 }, "AQID+g==")]
    public void Blobs_are_base64_between_the_members_around_them(byte[] data, string base64)
    {
        Assert.Equal($$"""{"Name":"n","Data":"{{base64}}","Labels":["a"]}""", Encode(new SampleRequest { Name = "n", Data = data, Labels = ["a"] }));
    }

    [Fact]
    public void Blob_round_trips_through_decoder_at_every_length()
    {
        for (var length = 0; length < 5000; length += 97)
        {
            var data = new byte[length];
            new Random(length).NextBytes(data);
            var json = Encode(new SampleRequest { Name = "n", Data = data });
            Assert.Equal(data, Decode(json).Data);
        }
    }

    [Theory]
    [InlineData("AQID\\n+g==")]
    [InlineData("AQID +g==")]
    public void Base64_with_whitespace_inside_is_accepted_as_the_framework_does(string text)
    {
        Assert.Equal(new byte[] { 1, 2, 3, 250 }, Decode($$"""{"Name":"n","Data":"{{text}}"}""").Data);
    }

    [Fact]
    public void Unescaped_control_characters_and_bytes_that_are_not_UTF8_are_malformed_JSON()
    {
        Assert.Equal("SerializationException", Assert.Throws<AwsError>(() => Decode("{\"Name\":\"a\nb\"}")).Code);
        byte[] notUtf8 = [.. "{\"Name\":\"a"u8, 0xFF, .. "b\"}"u8];
        Assert.Equal("SerializationException", Assert.Throws<AwsError>(() => JsonRequestDecoder.Decode(Shape, notUtf8)).Code);
    }

    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("é ✓ 😀", "é ✓ 😀")]
    [InlineData("escaped \\\" \\n \\u00e9 \\ud83d\\ude00", "escaped \" \n é 😀")]
    public void UTF8_text_members_read_their_text_and_write_it_back(string json, string text)
    {
        var body = Decode($$"""{"Name":"n","Body":"{{json}}"}""").Body!;

        Assert.Equal(text, body.ToString());
        Assert.Equal(text, System.Text.Json.JsonDocument.Parse(Encode(new SampleRequest { Name = "n", Body = body })).RootElement.GetProperty("Body").GetString());
    }

    [Fact]
    public void UTF8_text_fails_an_escaped_lone_surrogate_and_bytes_that_are_not_UTF8_as_string_members_do()
    {
        Assert.Equal("SerializationException", Assert.Throws<AwsError>(() => Decode("""{"Name":"a\ud800b"}""")).Code);
        Assert.Equal("SerializationException", Assert.Throws<AwsError>(() => Decode("""{"Name":"n","Body":"a\ud800b"}""")).Code);
        byte[] notUtf8 = [.. "{\"Name\":\"n\",\"Body\":\"a"u8, 0xC3, .. "\"}"u8];
        Assert.Equal("SerializationException", Assert.Throws<AwsError>(() => JsonRequestDecoder.Decode(Shape, notUtf8)).Code);
    }

    private static string Encode(SampleRequest request)
    {
        using var writer = new PooledBufferWriter();
        JsonResponseEncoder.WriteResult(writer, Shape, request);
        return System.Text.Encoding.UTF8.GetString(writer.Written.ToArray());
    }

    [Fact]
    public void Error_carries_type_and_message()
    {
        using var writer = new PooledBufferWriter();
        JsonResponseEncoder.WriteError(writer, "com.amazonaws.sqs#QueueDoesNotExist", new AwsError("QueueDoesNotExist", "gone"));
        Assert.Equal("""{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"gone"}""", System.Text.Encoding.UTF8.GetString(writer.Written.ToArray()));
    }
}
