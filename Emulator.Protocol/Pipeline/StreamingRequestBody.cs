using System.IO.Pipelines;
using Emulator.Protocol.Errors;
using Emulator.Protocol.Rest;
using Emulator.Protocol.SigV4;
using Microsoft.AspNetCore.Http;

namespace Emulator.Protocol.Pipeline;

/// <summary>
/// The body of an operation whose payload streams (an S3 upload): read as it arrives into pooled chunks, with an
/// <c>aws-chunked</c> encoding decoded on the way and its trailers kept (they are headers sent after the data), and in
/// strict mode checked against the hash or chunk signatures it was signed with.
/// </summary>
public sealed record StreamingRequestBody(ChunkedBlob Data, IReadOnlyDictionary<string, string> Trailers) : IDisposable
{
    public static async ValueTask<StreamingRequestBody> ReadAsync(HttpRequest request,
        long limit, Func<long, AwsError> tooLarge, PayloadSignature? signature, CancellationToken cancel)
    {
        if (AwsChunkedBody.IsChunked(request.Headers))
            return await AwsChunkedBody.ReadAsync(request.BodyReader, limit, () => tooLarge(limit), signature, cancel).ConfigureAwait(false);
        if (request.ContentLength > limit) throw tooLarge(limit);
        return new(await ReadPlainAsync(request.BodyReader, limit, tooLarge, signature, cancel).ConfigureAwait(false), NoTrailers);
    }

    private static readonly IReadOnlyDictionary<string, string> NoTrailers = new Dictionary<string, string>();

    private static async ValueTask<ChunkedBlob> ReadPlainAsync(PipeReader reader, long limit, Func<long, AwsError> tooLarge,
        PayloadSignature? signature, CancellationToken cancel)
    {
        using var data = new ChunkedBlob.Builder(limit);
        while (true)
        {
            var read = await reader.ReadAsync(cancel).ConfigureAwait(false);
            foreach (var segment in read.Buffer)
            {
                if (!data.Write(segment.Span)) throw tooLarge(limit);
                signature?.Append(segment.Span);
            }
            reader.AdvanceTo(read.Buffer.End);
            if (!read.IsCompleted) continue;
            signature?.Completed();
            return data.Build();
        }
    }

    /// <summary>Releases the request's reference to the data; an operation that keeps it has taken its own.</summary>
    public void Dispose() => Data.Dispose();
}
