using System.Text;
using Emulator.Protocol.Errors;
using Emulator.Protocol.Rest;

namespace Emulator.Tests.Protocol;

public class AwsChunkedBodyTests
{
    [Fact]
    public void Chunks_with_signatures_and_trailers_decode_to_the_data_and_trailers()
    {
        var body = "5;chunk-signature=abc\r\nhello\r\n6;chunk-signature=def\r\n world\r\n0;chunk-signature=0\r\n"
                   + "x-amz-checksum-crc32:DUoRhQ==\r\nx-amz-trailer-signature:sig\r\n\r\n";

        var (data, trailers) = AwsChunkedBody.Decode(Encoding.ASCII.GetBytes(body));

        Assert.Equal("hello world", Encoding.ASCII.GetString(data));
        Assert.Equal("DUoRhQ==", trailers["x-amz-checksum-crc32"]);
    }

    [Fact]
    public void Unsigned_chunks_without_trailers_decode_too()
    {
        Assert.Equal("abc", Encoding.ASCII.GetString(AwsChunkedBody.Decode("3\r\nabc\r\n0\r\n\r\n"u8).Data));
    }

    [Theory]
    [InlineData("5\r\nhel")]
    [InlineData("zz\r\nhello\r\n0\r\n")]
    [InlineData("3\r\nabcX0\r\n")]
    public void A_body_cut_short_or_garbled_is_IncompleteBody(string body)
    {
        Assert.Equal("IncompleteBody", Assert.Throws<AwsError>(() => AwsChunkedBody.Decode(Encoding.ASCII.GetBytes(body))).Code);
    }
}
