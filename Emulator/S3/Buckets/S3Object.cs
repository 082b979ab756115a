using Emulator.Protocol.Shapes;
using Emulator.S3.Integrity;

namespace Emulator.S3.Buckets;

/// <summary>
/// One stored object: its data, the headers it was stored with, its ETag, checksum and tags. A new PUT makes a new
/// object; the data is shared, never copied, by copies and retagged versions, and is read only through a reference
/// taken from the bucket (<see cref="S3Bucket.Read"/>), so that a concurrent overwrite cannot pull it from under a reader.
/// </summary>
public sealed class S3Object
{
    private readonly Lazy<ObjectChecksum> _checksum;
    private readonly ObjectChecksum? _given;

    public S3Object(string key, StreamingBlob content, DateTimeOffset lastModified, ObjectHeaders headers, string etag,
        ObjectChecksum? checksum = null, IReadOnlyDictionary<string, string>? tags = null, IReadOnlyList<StoredPart>? parts = null)
    {
        Key = key;
        Content = content;
        LastModified = lastModified;
        Headers = headers;
        ETag = etag;
        Tags = tags ?? new Dictionary<string, string>();
        Parts = parts;
        _given = checksum;
        // S3 gives every object without a checksum of its own a CRC64NVME of the whole; computed when first asked for.
        _checksum = checksum is null
            ? new Lazy<ObjectChecksum>(() => ObjectChecksum.FullObject(ChecksumAlgorithm.Crc64Nvme, Content.Pieces()))
            : new Lazy<ObjectChecksum>(checksum);
    }

    public string Key { get; }
    public StreamingBlob Content { get; }
    public long Size => Content.Length;
    public DateTimeOffset LastModified { get; }
    public ObjectHeaders Headers { get; }

    /// <summary>Quoted: the hex MD5 of a single-part object, the MD5 of the parts' MD5s and <c>-N</c> for a multipart one.</summary>
    public string ETag { get; }

    public IReadOnlyDictionary<string, string> Tags { get; }

    /// <summary>Where the parts of a multipart upload lie in the object; none for a single PUT.</summary>
    public IReadOnlyList<StoredPart>? Parts { get; }

    /// <summary>What listings say of the checksum without computing it: S3's CRC64NVME for objects uploaded without one.</summary>
    public ChecksumAlgorithm ChecksumAlgorithm => _given?.Algorithm ?? ChecksumAlgorithm.Crc64Nvme;

    public string ChecksumType => _given?.Type ?? ObjectChecksum.FullObjectType;

    /// <summary>The checksum the object was stored with, if any (none: S3's CRC64NVME, computed when first asked for).</summary>
    public ObjectChecksum? GivenChecksum => _given;

    /// <summary>Only while the caller holds a reference to the content (the default checksum may still have to read it).</summary>
    public ObjectChecksum Checksum => _checksum.Value;

    /// <summary>The same object (data, date, ETag) with other tags: tagging does not make a new version of the data.</summary>
    public S3Object WithTags(IReadOnlyDictionary<string, string> newTags) =>
        new(Key, Content, LastModified, Headers, ETag, _checksum.IsValueCreated ? _checksum.Value : _given, newTags, Parts);
}

/// <summary>One part of a multipart object: its place in the data and the checksum it was uploaded with.</summary>
public sealed record StoredPart(long Offset, long Size, ObjectChecksum? Checksum);

/// <summary>What an object is stored with and served with again: its content headers and user metadata.</summary>
public sealed record ObjectHeaders(
    string ContentType,
    string? ContentEncoding,
    string? ContentDisposition,
    string? ContentLanguage,
    string? CacheControl,
    string? Expires,
    Dictionary<string, string>? Metadata)
{
    public const string DefaultContentType = "binary/octet-stream";

    /// <summary>The headers of an upload as the object keeps them: the upload's own <c>aws-chunked</c> encoding is not the object's.</summary>
    public static ObjectHeaders Of(string? contentType, string? contentEncoding, string? contentDisposition, string? contentLanguage,
        string? cacheControl, string? expires, Dictionary<string, string>? metadata)
    {
        var encodings = contentEncoding?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(e => !e.Equals("aws-chunked", StringComparison.OrdinalIgnoreCase)).ToArray();
        return new ObjectHeaders(contentType ?? DefaultContentType, encodings is { Length: > 0 } ? string.Join(",", encodings) : null,
            contentDisposition, contentLanguage, cacheControl, expires, metadata);
    }
}
