using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Emulator.Hosting.Listening;

/// <summary>
/// Learns whether a freshly accepted connection speaks HTTP/1.x or HTTP/2 from its first bytes, which it leaves
/// unconsumed in the connection's input for Kestrel to read.
/// </summary>
internal static class PrefaceSniffer
{
    /// <summary>A client that sends nothing (or only part of the preface) for this long is disconnected.</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(10);

    /// <summary>The protocol, or null when the client closed, failed or stayed silent past <see cref="TimeLimit"/>.</summary>
    public static async Task<HttpProtocols?> SniffAsync(PipeReader input, CancellationToken closing)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(closing);
        limit.CancelAfter(TimeLimit);
        SequencePosition? examined = null;
        try
        {
            while (true)
            {
                var read = await input.ReadAsync(limit.Token);
                var protocol = Classify(read.Buffer);
                if (protocol is not null || read.IsCompleted)
                {
                    // Consumes nothing and examines no further than before, so Kestrel's first read returns these bytes at once.
                    input.AdvanceTo(read.Buffer.Start, examined ?? read.Buffer.Start);
                    return protocol;
                }
                // Everything so far is examined, so the next read waits for more bytes instead of returning these again.
                input.AdvanceTo(read.Buffer.Start, read.Buffer.End);
                examined = read.Buffer.End;
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
        {
            return null;
        }
    }

    private static HttpProtocols? Classify(ReadOnlySequence<byte> received)
    {
        Span<byte> start = stackalloc byte[Http2Preface.Length];
        var length = (int)Math.Min(received.Length, start.Length);
        received.Slice(0, length).CopyTo(start);
        return Http2Preface.Classify(start[..length]);
    }
}
