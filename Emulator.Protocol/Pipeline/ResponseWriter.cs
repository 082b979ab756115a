using System.Buffers;
using System.Formats.Cbor;
using System.Text;
using Emulator.Protocol.Cbor;
using Emulator.Protocol.Errors;
using Emulator.Protocol.EventStream;
using Emulator.Protocol.Json;
using Emulator.Protocol.Query;
using Emulator.Protocol.Rest;
using Emulator.Protocol.Routing;
using Emulator.Protocol.Shapes;
using Microsoft.AspNetCore.Http;

namespace Emulator.Protocol.Pipeline;

/// <summary>Step 5 of a request: a result or an error, framed for the request's protocol, with AWS's headers.</summary>
public static class ResponseWriter
{
    public const string QueryErrorHeader = "x-amzn-query-error";

    [ThreadStatic] private static StringBuilder? _cached;
    [ThreadStatic] private static PooledBufferWriter? _cachedJson;

    public static Task WriteResultAsync(HttpResponse response, WireProtocol protocol, OperationBinding operation, object result, string requestId,
        int status = 200)
    {
        if (result is IEventStreamResult events) return StreamAsync(response, protocol, events);
        if (protocol == WireProtocol.RestXml)
        {
            var (body, stream, contentType) = RestXmlResponseEncoder.Write(response.Headers, operation.Output, result, operation.Service.XmlNamespace);
            status = response.Headers.ContentRange.Count > 0 ? 206 : status;
            return stream is null ? WriteRestAsync(response, status, body, contentType) : StreamRestAsync(response, status, stream);
        }
        if (!operation.HasOutput && operation.Service.EmptyBodyWithoutOutput && protocol != WireProtocol.Query)
            return WriteBodyAsync(response, 200, protocol, ReadOnlySequence<byte>.Empty).AsTask();
        if (protocol == WireProtocol.Cbor11)
        {
            var cbor = CborWriterCache.Rent();
            CborResponseEncoder.WriteResult(cbor, operation.Output, result);
            return SendAsync(response, 200, cbor);
        }
        if (protocol != WireProtocol.Query)
        {
            var json = RentJson();
            JsonResponseEncoder.WriteResult(json, operation.Output, result);
            return SendAsync(response, 200, protocol, json);
        }
        var text = Rent();
        XmlResponseEncoder.WriteResult(text, operation, result, requestId);
        return SendAsync(response, 200, protocol, text);
    }

    public static Task WriteErrorAsync(HttpResponse response, WireProtocol protocol, AwsServiceDescriptor? service, AwsError error, string requestId)
    {
        if (protocol == WireProtocol.RestXml)
            return WriteRestAsync(response, error.Status, RestXmlResponseEncoder.Error(error, requestId), RestXmlResponseEncoder.ContentType);
        if (protocol == WireProtocol.Query)
        {
            var xml = Rent();
            XmlResponseEncoder.WriteError(xml, service, error, requestId);
            return SendAsync(response, error.Status, protocol, xml);
        }
        if (service?.QueryCompatibleErrors == true)
            response.Headers[QueryErrorHeader] = $"{error.QueryCode};{(error.SenderFault ? "Sender" : "Receiver")}";
        var type = (service?.JsonErrorTypePrefix ?? "") + error.Code;
        if (protocol == WireProtocol.Cbor11)
        {
            var cbor = CborWriterCache.Rent();
            CborResponseEncoder.WriteError(cbor, type, error);
            return SendAsync(response, error.Status, cbor);
        }
        var json = RentJson();
        JsonResponseEncoder.WriteError(json, type, error);
        return SendAsync(response, error.Status, protocol, json);
    }

    private static PooledBufferWriter RentJson()
    {
        var writer = _cachedJson ?? new PooledBufferWriter();
        _cachedJson = null;
        return writer;
    }

    private static async Task SendAsync(HttpResponse response, int status, WireProtocol protocol, PooledBufferWriter json)
    {
        try
        {
            await WriteBodyAsync(response, status, protocol, json.Written).ConfigureAwait(false);
        }
        finally
        {
            if (json.Reset()) _cachedJson = json;
            else json.Dispose();
        }
    }

    /// <summary>
    /// A REST answer: an answer to HEAD keeps the headers the result set (Content-Length of the object) and sends no body,
    /// and neither does 304 Not Modified, which HTTP defines without one.
    /// </summary>
    private static Task WriteRestAsync(HttpResponse response, int status, ReadOnlyMemory<byte> body, string? contentType)
    {
        response.StatusCode = status;
        if (status == StatusCodes.Status304NotModified) return Task.CompletedTask;
        if (contentType is not null && response.ContentType is null) response.ContentType = contentType;
        if (HttpMethods.IsHead(response.HttpContext.Request.Method)) return Task.CompletedTask;
        response.ContentLength = body.Length;
        return body.IsEmpty ? Task.CompletedTask : response.Body.WriteAsync(body).AsTask();
    }

    /// <summary>A streaming payload (an object's data) written piece by piece, then released.</summary>
    private static async Task StreamRestAsync(HttpResponse response, int status, StreamingBlob stream)
    {
        using (stream)
        {
            response.StatusCode = status;
            if (status == StatusCodes.Status304NotModified || HttpMethods.IsHead(response.HttpContext.Request.Method)) return;
            response.ContentLength = stream.Length;
            await stream.WriteToAsync(response.BodyWriter, response.HttpContext.RequestAborted).ConfigureAwait(false);
        }
    }

    private static async Task StreamAsync(HttpResponse response, WireProtocol protocol, IEventStreamResult events)
    {
        response.StatusCode = 200;
        response.ContentType = EventStreamWriter.ContentType;
        await response.StartAsync(response.HttpContext.RequestAborted).ConfigureAwait(false);
        await EventStreamWriter.WriteAsync(response.Body, protocol, events, response.HttpContext.RequestAborted).ConfigureAwait(false);
    }

    private static StringBuilder Rent()
    {
        var text = _cached ?? new StringBuilder(1024);
        _cached = null;
        text.Clear();
        return text;
    }

    private static async Task SendAsync(HttpResponse response, int status, WireProtocol protocol, StringBuilder text)
    {
        var length = Encoding.UTF8.GetMaxByteCount(text.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = 0;
            foreach (var chunk in text.GetChunks())
                written += Encoding.UTF8.GetBytes(chunk.Span, buffer.AsSpan(written));
            if (text.Capacity <= 64 * 1024) _cached = text;
            await WriteBodyAsync(response, status, protocol, new ReadOnlySequence<byte>(buffer, 0, written)).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async Task SendAsync(HttpResponse response, int status, CborWriter cbor)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(cbor.BytesWritten);
        try
        {
            var written = cbor.Encode(buffer);
            CborWriterCache.Return(cbor);
            await WriteBodyAsync(response, status, WireProtocol.Cbor11, new ReadOnlySequence<byte>(buffer, 0, written)).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Large bodies (a GetRecords answer is up to 10 MiB of data in base64) go out in slices, each flushed before the
    /// next is copied: the server's output pipe then reuses a few buffers instead of taking the whole body at once.
    /// Each slice asks the pipe for room for all of it, which it lends as one pooled array rather than sixteen of its
    /// 4 KiB blocks (a tenth of a drain's time went to renting and filling those blocks).
    /// </summary>
    private const int SliceBytes = 64 * 1024;

    private static async ValueTask WriteBodyAsync(HttpResponse response, int status, WireProtocol protocol, ReadOnlySequence<byte> body)
    {
        response.StatusCode = status;
        response.ContentType = ContentType(protocol);
        response.ContentLength = body.Length;
        var output = response.BodyWriter;
        foreach (var part in body)
            for (var offset = 0; offset < part.Length; offset += SliceBytes)
            {
                var slice = part.Span.Slice(offset, Math.Min(SliceBytes, part.Length - offset));
                slice.CopyTo(output.GetSpan(slice.Length));
                output.Advance(slice.Length);
                if ((await output.FlushAsync().ConfigureAwait(false)).IsCompleted) return;
            }
    }

    private static string ContentType(WireProtocol protocol) => protocol switch
    {
        WireProtocol.Query => "text/xml",
        WireProtocol.Json10 => "application/x-amz-json-1.0",
        WireProtocol.Cbor11 => "application/x-amz-cbor-1.1",
        _ => "application/x-amz-json-1.1",
    };
}
