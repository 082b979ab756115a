using Emulator.Protocol.Shapes;
using Emulator.S3.Buckets;
using Emulator.S3.Integrity;

namespace Emulator.S3.Multipart;

/// <summary>
/// An upload in progress: what the object will be stored with, the checksum it was created with, and its parts by
/// number (a part uploaded again replaces the earlier one). Completing or aborting it ends it once.
/// </summary>
public sealed class MultipartUpload(string id, string key, DateTimeOffset initiated, ObjectHeaders headers,
    IReadOnlyDictionary<string, string> tags, ChecksumAlgorithm? checksumAlgorithm, string? checksumType, S3Object? startedOver)
{
    private readonly object _lock = new();
    private readonly SortedDictionary<int, UploadedPart> _parts = [];
    private bool _ended;

    public string Id { get; } = id;
    public string Key { get; } = key;
    public DateTimeOffset Initiated { get; } = initiated;
    public ObjectHeaders Headers { get; } = headers;
    public IReadOnlyDictionary<string, string> Tags { get; } = tags;
    public ChecksumAlgorithm? ChecksumAlgorithm { get; } = checksumAlgorithm;
    public string? ChecksumType { get; } = checksumType;

    /// <summary>The object at the key when the upload began: a conditional complete conflicts when it has changed since.</summary>
    public S3Object? StartedOver { get; } = startedOver;

    /// <returns>False when the upload has ended meanwhile (the part is released then).</returns>
    public bool Add(UploadedPart part)
    {
        UploadedPart? replaced;
        lock (_lock)
        {
            if (_ended)
            {
                part.Data.Dispose();
                return false;
            }
            _parts.Remove(part.Number, out replaced);
            _parts[part.Number] = part;
        }
        replaced?.Data.Dispose();
        return true;
    }

    public IReadOnlyList<UploadedPart> Parts()
    {
        lock (_lock) return [.. _parts.Values];
    }

    /// <summary>
    /// Ends the upload with the parts <paramref name="choose"/> picks (it throws to refuse), returning references to their
    /// data; every part's own reference is released. Null when the upload has already ended.
    /// </summary>
    public IReadOnlyList<(UploadedPart Part, StreamingBlob Data)>? End(Func<IReadOnlyDictionary<int, UploadedPart>, IReadOnlyList<UploadedPart>> choose)
    {
        List<(UploadedPart, StreamingBlob)> chosen;
        lock (_lock)
        {
            if (_ended) return null;
            chosen = [.. choose(_parts).Select(p => (p, p.Data.Retain()))];
            _ended = true;
        }
        foreach (var part in _parts.Values) part.Data.Dispose();
        return chosen;
    }
}

/// <summary>One uploaded part: its data, ETag (quoted MD5), raw MD5 and the checksum it was verified with.</summary>
public sealed record UploadedPart(int Number, StreamingBlob Data, string ETag, byte[] Md5, ObjectChecksum? Checksum, DateTimeOffset LastModified)
{
    public long Size => Data.Length;
}
