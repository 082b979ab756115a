using System.Buffers;
using Emulator.Protocol.Errors;
using Microsoft.AspNetCore.Http;

namespace Emulator.Protocol.Pipeline;

/// <summary>A request body read whole into a pooled buffer, refused once it exceeds the service's limit.</summary>
public sealed class RequestBody : IDisposable
{
    private byte[] _buffer;

    private RequestBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
    }

    public int Length { get; }

    /// <summary>No body: what an operation whose payload streams reads instead (see <see cref="StreamingRequestBody"/>).</summary>
    public static RequestBody Empty => new([], 0);
    public ReadOnlyMemory<byte> Memory => _buffer.AsMemory(0, Length);

    public static async ValueTask<RequestBody> ReadAsync(HttpRequest request, int limit, CancellationToken cancel)
    {
        if (request.ContentLength > limit) throw CommonErrors.RequestTooLarge(limit);
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(request.ContentLength ?? 4096, limit) + 1);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > limit) throw CommonErrors.RequestTooLarge(limit);
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, limit + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancel).ConfigureAwait(false);
                if (read == 0) break;
                length += read;
            }
            if (length > limit) throw CommonErrors.RequestTooLarge(limit);
            return new RequestBody(buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0) ArrayPool<byte>.Shared.Return(buffer);
    }
}
