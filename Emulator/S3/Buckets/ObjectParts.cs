using Emulator.S3.Integrity;

namespace Emulator.S3.Buckets;

/// <summary>
/// GetObject's and HeadObject's <c>partNumber</c>: the bytes of one part of a multipart object, served as a range (206);
/// an object from a single PUT is one part.
/// </summary>
public static class ObjectParts
{
    public sealed record Selected(ByteRange Range, int PartsCount, ObjectChecksum? Checksum);

    public static Selected? Resolve(S3Object item, int? partNumber, string? range)
    {
        if (partNumber is not { } number) return null;
        if (range is not null) throw S3Errors.InvalidRequest("Cannot specify both Range header and partNumber query parameter");
        var parts = item.Parts ?? [new StoredPart(0, item.Size, null)];
        if (number < 1 || number > parts.Count)
            throw new AwsError("InvalidPartNumber", "The requested partnumber is not satisfiable", 416)
                .With("PartNumberRequested", number.ToString()).With("ActualPartCount", parts.Count.ToString());
        var part = parts[number - 1];
        return new Selected(new ByteRange(part.Offset, part.Size, item.Size), parts.Count, part.Checksum);
    }
}
