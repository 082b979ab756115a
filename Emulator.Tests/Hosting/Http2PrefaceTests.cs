using System.Text;
using Emulator.Hosting.Listening;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Emulator.Tests.Hosting;

public class Http2PrefaceTests
{
    [Theory]
    [InlineData("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", HttpProtocols.Http2)]
    [InlineData("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n\0\0\u0012\u0004", HttpProtocols.Http2)]
    [InlineData("GET / HTTP/1.1\r\n", HttpProtocols.Http1)]
    [InlineData("POST / HTTP/1.1\r\n", HttpProtocols.Http1)]
    [InlineData("PUT", HttpProtocols.Http1)]
    [InlineData("PRI * HTTP/1.1\r\n", HttpProtocols.Http1)]
    [InlineData("P", null)]
    [InlineData("PRI * HTTP/2.0\r\n", null)]
    public void The_first_bytes_tell_the_protocol_once_they_can(string received, HttpProtocols? expected) =>
        Assert.Equal(expected, Http2Preface.Classify(Encoding.ASCII.GetBytes(received)));
}
