using System.Buffers;
using System.Formats.Cbor;
using Emulator.Protocol.Cbor;
using Emulator.Protocol.Json;
using Emulator.Protocol.Pipeline;
using Emulator.Protocol.Routing;

namespace Emulator.Protocol.EventStream;

/// <summary>
/// Writes an event stream's events as they come: each payload in the request's protocol (CBOR for CBOR clients such as
/// the Java SDK and the KCL, JSON otherwise), framed as an event-stream message and flushed at once.
/// </summary>
public static class EventStreamWriter
{
    public const string ContentType = "application/vnd.amazon.eventstream";

    public static async Task WriteAsync(Stream body, WireProtocol protocol, IEventStreamResult result, CancellationToken aborted)
    {
        var payloadType = PayloadContentType(protocol);
        try
        {
            await foreach (var item in result.Events(aborted).WithCancellation(aborted).ConfigureAwait(false))
            {
                var message = EventStreamMessage.Encode(
                [
                    new(item.IsException ? ":exception-type" : ":event-type", item.Type),
                    new(":content-type", payloadType),
                    new(":message-type", item.IsException ? "exception" : "event"),
                ], Encode(protocol, item));
                await body.WriteAsync(message, aborted).ConfigureAwait(false);
                await body.FlushAsync(aborted).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client went away: the stream simply ends.
        }
    }

    private static byte[] Encode(WireProtocol protocol, StreamEvent item)
    {
        if (protocol == WireProtocol.Cbor11)
        {
            var cbor = new CborWriter();
            CborResponseEncoder.WriteResult(cbor, item.Shape, item.Payload);
            return cbor.Encode();
        }
        using var json = new PooledBufferWriter();
        JsonResponseEncoder.WriteResult(json, item.Shape, item.Payload);
        return json.Written.ToArray();
    }

    private static string PayloadContentType(WireProtocol protocol) => protocol switch
    {
        WireProtocol.Cbor11 => "application/x-amz-cbor-1.1",
        WireProtocol.Json10 => "application/x-amz-json-1.0",
        _ => "application/x-amz-json-1.1",
    };
}
