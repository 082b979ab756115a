using System.Security.Cryptography;

namespace Emulator.S3.Buckets;

/// <summary>One stored object: its data, the headers it was stored with and its tags. A new PUT makes a new object.</summary>
public sealed class S3Object(string key, byte[] data, DateTimeOffset lastModified, ObjectHeaders headers,
    IReadOnlyDictionary<string, string>? tags = null)
{
    public string Key { get; } = key;
    public byte[] Data { get; } = data;
    public DateTimeOffset LastModified { get; } = lastModified;
    public ObjectHeaders Headers { get; } = headers;
    public IReadOnlyDictionary<string, string> Tags { get; } = tags ?? new Dictionary<string, string>();

    /// <summary>The same object (data, date, ETag) with other tags: tagging does not make a new version of the data.</summary>
    public S3Object WithTags(IReadOnlyDictionary<string, string> newTags) => new(Key, Data, LastModified, Headers, newTags);

    /// <summary>A single-part object's ETag: the quoted hex MD5 of its data.</summary>
    public string ETag { get; } = "\"" + Convert.ToHexStringLower(MD5.HashData(data)) + "\"";
}

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
