using System.IO.Pipelines;
using System.Text;
using Emulator.Protocol.Errors;
using Emulator.Protocol.Rest;

namespace Emulator.Tests.Protocol;

/// <summary>The aws-chunked encoding decoded as it arrives, however the network splits it.</summary>
public class AwsChunkedBodyTests
{
    [Theory]
    [InlineData(4096)]
    [InlineData(1)]
    [InlineData(7)]
    public async Task Chunks_with_signatures_and_trailers_decode_to_the_data_and_trailers(int readSize)
    {
        var body = "5;chunk-signature=abc\r\nhello\r\n6;chunk-signature=def\r\n world\r\n0;chunk-signature=0\r\n"
                   + "x-amz-checksum-crc32:DUoRhQ==\r\nx-amz-trailer-signature:sig\r\n\r\n";

        using var decoded = await Read(body, readSize);

        Assert.Equal("hello world", Encoding.ASCII.GetString(decoded.Data.ToArray()));
        Assert.Equal("DUoRhQ==", decoded.Trailers["x-amz-checksum-crc32"]);
    }

    [Fact]
    public async Task Unsigned_chunks_without_trailers_decode_too_and_the_final_empty_line_may_be_missing()
    {
        using var complete = await Read("3\r\nabc\r\n0\r\n\r\n");
        using var cut = await Read("3\r\nabc\r\n0\r\n");

        Assert.Equal("abc", Encoding.ASCII.GetString(complete.Data.ToArray()));
        Assert.Equal("abc", Encoding.ASCII.GetString(cut.Data.ToArray()));
    }

    [Fact]
    public async Task Data_larger_than_a_chunk_of_the_store_spans_several()
    {
        var data = new string('x', 200_000);
        using var decoded = await Read($"{data.Length:x}\r\n{data}\r\n0\r\n\r\n", 1000);

        Assert.Equal(200_000, decoded.Data.Length);
        Assert.True(decoded.Data.Pieces().Count() >= 3);
    }

    [Theory]
    [InlineData("5\r\nhel")]
    [InlineData("zz\r\nhello\r\n0\r\n")]
    [InlineData("3\r\nabcX0\r\n")]
    public async Task A_body_cut_short_or_garbled_is_IncompleteBody(string body)
    {
        Assert.Equal("IncompleteBody", (await Assert.ThrowsAsync<AwsError>(() => Read(body))).Code);
    }

    [Fact]
    public async Task Data_past_the_limit_is_refused_with_the_services_error()
    {
        var error = await Assert.ThrowsAsync<AwsError>(() => Read("5\r\nhello\r\n0\r\n\r\n", limit: 4));

        Assert.Equal("TooLarge", error.Code);
    }

    private static async Task<Emulator.Protocol.Pipeline.StreamingRequestBody> Read(string body, int readSize = 4096, long limit = 1 << 20)
    {
        var reader = PipeReader.Create(new MemoryStream(Encoding.ASCII.GetBytes(body)),
            new StreamPipeReaderOptions(bufferSize: readSize, minimumReadSize: Math.Min(readSize, 1024)));
        return await AwsChunkedBody.ReadAsync(reader, limit, () => new AwsError("TooLarge", "too large"), null, CancellationToken.None);
    }
}
