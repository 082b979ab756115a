namespace Emulator.Protocol.Shapes;

/// <summary>
/// A blob that views a range of bytes held once (pooled chunks, a file) and shared by reference count: every view holds
/// one reference, and the bytes are freed when the last view is disposed.
/// </summary>
public abstract class SharedBlob<TBytes>(TBytes bytes, long offset, long length) : StreamingBlob where TBytes : SharedBytes
{
    private int _disposed;

    protected TBytes Bytes { get; } = bytes;

    /// <summary>Where this view starts in the shared bytes.</summary>
    protected long Offset { get; } = offset;

    public override long Length { get; } = length;

    public override StreamingBlob Retain() => Slice(0, Length);

    public override StreamingBlob Slice(long offset, long length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset + length, Length);
        Bytes.Retain();
        return View(Offset + offset, length);
    }

    /// <summary>Another view of the same bytes, for which a reference has been taken.</summary>
    protected abstract StreamingBlob View(long offset, long length);

    public override void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0) Bytes.Release();
    }
}

/// <summary>Bytes shared by the views of a <see cref="SharedBlob{TBytes}"/>, freed when the last reference is released.</summary>
public abstract class SharedBytes
{
    private int _references = 1;

    public void Retain() => Interlocked.Increment(ref _references);

    public void Release()
    {
        if (Interlocked.Decrement(ref _references) == 0) Free();
    }

    protected abstract void Free();
}
