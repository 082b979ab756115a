using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Emulator.Hosting.Listening;

/// <summary>
/// The connection preface a client sends first when it speaks HTTP/2 with prior knowledge (RFC 9113, section 3.4).
/// No HTTP/1.x request can begin with it, so its first bytes tell the two protocols apart.
/// </summary>
internal static class Http2Preface
{
    public static ReadOnlySpan<byte> Bytes => "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"u8;

    public static int Length => Bytes.Length;

    /// <summary>Which protocol a connection speaks, judged from the bytes received so far; null while they could still be either.</summary>
    public static HttpProtocols? Classify(ReadOnlySpan<byte> received)
    {
        var compared = Math.Min(received.Length, Length);
        if (!received[..compared].SequenceEqual(Bytes[..compared])) return HttpProtocols.Http1;
        return compared == Length ? HttpProtocols.Http2 : null;
    }
}
