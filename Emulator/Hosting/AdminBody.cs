namespace Emulator.Hosting;

/// <summary>The body of an admin request, read up to a small limit only: a larger one is refused unread, whatever it claims.</summary>
internal static class AdminBody
{
    public const int MaxBytes = 4096;

    /// <summary>The body's bytes, or null when it is longer than <see cref="MaxBytes"/>.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request)
    {
        if (request.ContentLength > MaxBytes) return null;
        var buffer = new byte[MaxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), request.HttpContext.RequestAborted)) > 0)
            length += read;
        return length > MaxBytes ? null : buffer.AsMemory(0, length);
    }
}
