using Emulator.Protocol.Shapes;
using Emulator.S3.Buckets;
using Emulator.S3.Integrity;

namespace Emulator.S3.Operations;

/// <summary>
/// What GetObject, HeadObject and the upload results say about an object. Their outputs name these members alike, so
/// they are filled through the shape's member table instead of once per output type.
/// </summary>
public static class ObjectDescription
{
    public const string ChecksumModeEnabled = "ENABLED";

    /// <summary>The object's headers; its checksum only when asked for with <c>x-amz-checksum-mode: ENABLED</c>.</summary>
    public static T Of<T>(S3Object item, string? checksumMode) where T : class, new()
    {
        var output = new T();
        var shape = ShapeCatalog.For<T>();
        var headers = item.Headers;
        Set(shape, output, "AcceptRanges", "bytes");
        Set(shape, output, "ContentLength", item.Size);
        Set(shape, output, "ETag", item.ETag);
        Set(shape, output, "LastModified", item.LastModified);
        Set(shape, output, "ContentType", headers.ContentType);
        Set(shape, output, "ContentEncoding", headers.ContentEncoding);
        Set(shape, output, "ContentDisposition", headers.ContentDisposition);
        Set(shape, output, "ContentLanguage", headers.ContentLanguage);
        Set(shape, output, "CacheControl", headers.CacheControl);
        Set(shape, output, "Expires", headers.Expires);
        Set(shape, output, "Metadata", headers.Metadata);
        if (item.Tags.Count > 0) Set(shape, output, "TagCount", item.Tags.Count);
        if (string.Equals(checksumMode, ChecksumModeEnabled, StringComparison.OrdinalIgnoreCase)) SetChecksum(output, item.Checksum);
        return output;
    }

    /// <summary>Sets <c>Checksum{Algorithm}</c> and, where the output has it, <c>ChecksumType</c>.</summary>
    public static void SetChecksum(object output, ObjectChecksum? checksum)
    {
        if (checksum is null) return;
        var shape = ShapeCatalog.For(output.GetType());
        Set(shape, output, checksum.Algorithm.Member, checksum.Value);
        Set(shape, output, "ChecksumType", checksum.Type);
    }

    private static void Set(ShapeInfo shape, object output, string member, object? value)
    {
        if (value is not null && shape.ByName.TryGetValue(member, out var field)) field.Set(output, value);
    }
}
