using System.Buffers;
using System.IO.Pipelines;
using Emulator.Protocol.Shapes;
using Microsoft.Win32.SafeHandles;

namespace Emulator.S3.Storage;

/// <summary>
/// Object data in a file: read in 64 KiB pieces, and written to a response straight into the response's buffers. The
/// file is deleted when the last reference is disposed.
/// </summary>
public sealed class FileBlob : SharedBlob<FileBlob.StoredFile>
{
    private const int PieceBytes = 64 * 1024;

    private FileBlob(StoredFile file, long offset, long length) : base(file, offset, length) { }

    /// <summary>Writes <paramref name="data"/> to a new file in <paramref name="folder"/>; with <paramref name="flushToDisk"/>, onto the disk itself.</summary>
    public static FileBlob Write(string folder, StreamingBlob data, bool flushToDisk = false)
    {
        var path = Path.Combine(folder, Protocol.Pipeline.RandomUuid.New().ToString("N"));
        using (var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read | FileShare.Delete, FileOptions.None, data.Length))
        {
            var position = 0L;
            foreach (var piece in data.Pieces())
            {
                RandomAccess.Write(handle, piece.Span, position);
                position += piece.Length;
            }
            if (flushToDisk) RandomAccess.FlushToDisk(handle);
        }
        return new FileBlob(new StoredFile(path), 0, data.Length);
    }

    public string FilePath => Bytes.Path;

    /// <summary>Where this view starts in its file.</summary>
    public long Start => Offset;

    /// <summary>Views of a file kept from an earlier run (durable mode), sharing it; the file goes when the last view does.</summary>
    public static IReadOnlyList<FileBlob> Reopen(string path, IReadOnlyList<(long Start, long Length)> views)
    {
        var file = new StoredFile(path);
        for (var i = 1; i < views.Count; i++) file.Retain();
        return [.. views.Select(view => new FileBlob(file, view.Start, view.Length))];
    }

    protected override StreamingBlob View(long offset, long length) => new FileBlob(Bytes, offset, length);

    /// <summary>Each piece is valid until the next is asked for (one buffer is read into again).</summary>
    public override IEnumerable<ReadOnlyMemory<byte>> Pieces()
    {
        using var handle = Open();
        var buffer = ArrayPool<byte>.Shared.Rent(PieceBytes);
        try
        {
            for (var done = 0L; done < Length;)
            {
                var read = RandomAccess.Read(handle, buffer.AsSpan(0, (int)Math.Min(PieceBytes, Length - done)), Offset + done);
                if (read == 0) throw new IOException($"{Bytes.Path} ended before its {Length} bytes.");
                yield return buffer.AsMemory(0, read);
                done += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public override async ValueTask WriteToAsync(PipeWriter output, CancellationToken cancel)
    {
        using var handle = Open();
        for (var done = 0L; done < Length;)
        {
            var memory = output.GetMemory(PieceBytes);
            var want = (int)Math.Min(memory.Length, Length - done);
            var read = await RandomAccess.ReadAsync(handle, memory[..want], Offset + done, cancel).ConfigureAwait(false);
            if (read == 0) throw new IOException($"{Bytes.Path} ended before its {Length} bytes.");
            output.Advance(read);
            done += read;
            if ((await output.FlushAsync(cancel).ConfigureAwait(false)).IsCompleted) return;
        }
    }

    private SafeFileHandle Open() => File.OpenHandle(Bytes.Path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);

    public sealed class StoredFile(string path) : SharedBytes
    {
        public string Path { get; } = path;

        protected override void Free() => File.Delete(Path);
    }
}
