using Emulator.Protocol.Shapes;
using Emulator.Common.Durability;

namespace Emulator.S3.Storage;

/// <summary>
/// Where uploaded data is kept: by default the upload's own pooled chunks (no copy); with <c>--s3-dir</c>, a file in a
/// folder of this process under that directory, removed when the object is, and the folder when the emulator stops; in
/// durable mode (<c>--data-dir</c>), a file in its <c>s3</c> folder, kept across runs as long as an object uses it.
/// </summary>
public sealed class ObjectDataStore : IDisposable
{
    private readonly string? _folder;
    private readonly bool _durable;
    private readonly bool _flushToDisk;

    public ObjectDataStore(S3Options options, DataDirectory? dataDirectory = null)
    {
        if (dataDirectory is not null)
        {
            _folder = Path.Combine(dataDirectory.Path, "s3");
            _durable = true;
            _flushToDisk = dataDirectory.SyncEveryWrite;
        }
        else if (options.Dir is not null)
        {
            _folder = Path.Combine(Path.GetFullPath(options.Dir), "run-" + Protocol.Pipeline.RandomUuid.New().ToString("N"));
        }
        if (_folder is not null) Directory.CreateDirectory(_folder);
    }

    /// <summary>The folder of the data files, when data is kept in files.</summary>
    public string? Folder => _folder;

    /// <summary>A reference to the data that the caller owns (it stays valid after the request ends).</summary>
    public StreamingBlob Keep(StreamingBlob uploaded) => _folder is null ? uploaded.Retain() : FileBlob.Write(_folder, uploaded, _flushToDisk);

    /// <summary>
    /// Data made of other stored data (a completed multipart upload's parts) as an object keeps it: as it is, or in durable
    /// mode written into one file of its own, so that a record can name it. Takes over <paramref name="content"/>.
    /// </summary>
    public StreamingBlob Settle(StreamingBlob content)
    {
        if (!_durable || content is FileBlob) return content;
        using (content) return FileBlob.Write(_folder!, content, _flushToDisk);
    }

    /// <summary>Deletes the data files no restored object uses (uploads in progress, data of a write that was not acknowledged).</summary>
    public void ForgetAllBut(IReadOnlySet<string> used)
    {
        if (!_durable) return;
        foreach (var file in Directory.EnumerateFiles(_folder!))
            if (!used.Contains(Path.GetFileName(file))) File.Delete(file);
    }

    public void Dispose()
    {
        if (_folder is null || _durable) return;
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
