using Emulator.Protocol.Shapes;

namespace Emulator.S3.Storage;

/// <summary>
/// Where uploaded data is kept: by default the upload's own pooled chunks (no copy); with <c>--s3-dir</c>, a file in a
/// folder of this process under that directory, removed when the object is, and the folder when the emulator stops.
/// </summary>
public sealed class ObjectDataStore : IDisposable
{
    private readonly string? _folder;

    public ObjectDataStore(S3Options options)
    {
        if (options.Dir is null) return;
        _folder = Path.Combine(Path.GetFullPath(options.Dir), "run-" + Protocol.Pipeline.RandomUuid.New().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    /// <summary>A reference to the data that the caller owns (it stays valid after the request ends).</summary>
    public StreamingBlob Keep(StreamingBlob uploaded) => _folder is null ? uploaded.Retain() : FileBlob.Write(_folder, uploaded);

    public void Dispose()
    {
        if (_folder is null) return;
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Another process may hold a file open; what is left is only data of objects that no longer exist.
        }
    }
}
