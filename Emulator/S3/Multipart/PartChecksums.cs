using Emulator.Protocol.Shapes;
using Emulator.S3.Integrity;
using Emulator.S3.Shapes;

namespace Emulator.S3.Multipart;

/// <summary>
/// The checksum rules of multipart uploads (user guide, "Checking object integrity", multipart): an upload created with
/// an algorithm has a checksum type, COMPOSITE (a checksum of the parts' checksums, <c>-N</c>) or FULL_OBJECT (a CRC of
/// all the data); CRC64NVME is only full-object, the SHAs only composite.
/// </summary>
public static class PartChecksums
{
    public static (ChecksumAlgorithm? Algorithm, string? Type) ForNewUpload(string? algorithmName, string? type)
    {
        if (algorithmName is null)
            return type is null
                ? (null, null)
                : throw S3Errors.InvalidRequest("The x-amz-checksum-type header can only be used with the x-amz-checksum-algorithm header.");
        var algorithm = ChecksumAlgorithm.Named(algorithmName)
                        ?? throw S3Errors.InvalidRequest($"Checksum algorithm provided is unsupported. Please try again with any of the valid types: [CRC32, CRC32C, CRC64NVME, SHA1, SHA256]");
        type ??= algorithm == ChecksumAlgorithm.Crc64Nvme ? ObjectChecksum.FullObjectType : ObjectChecksum.CompositeType;
        if (type == ObjectChecksum.CompositeType && algorithm == ChecksumAlgorithm.Crc64Nvme || type == ObjectChecksum.FullObjectType && !algorithm.IsCrc)
            throw S3Errors.InvalidRequest($"The {type} checksum type cannot be used with the {algorithm.Name.ToLowerInvariant()} checksum algorithm.");
        return (algorithm, type);
    }

    /// <summary>
    /// The object's checksum from its parts, each of which the complete request must repeat when the upload has an
    /// algorithm; none (S3's CRC64NVME default) when it has not.
    /// </summary>
    public static ObjectChecksum? ForObject(MultipartUpload upload, IReadOnlyList<(CompletedPart Requested, UploadedPart Stored)> parts,
        Func<IEnumerable<ReadOnlyMemory<byte>>> data)
    {
        if (upload.ChecksumAlgorithm is not { } algorithm) return null;
        foreach (var (requested, stored) in parts)
        {
            var given = ShapeCatalog.For<CompletedPart>().ByName[algorithm.Member].Get(requested) as string;
            if (given is null)
                throw S3Errors.InvalidRequest($"The upload was created using a {algorithm.Name.ToLowerInvariant()} checksum. The complete request must include the checksum for each part. It was missing for part {stored.Number} in the request.");
            if (given != stored.Checksum?.Value)
                throw S3Errors.BadDigest($"The {algorithm.Name.ToLowerInvariant()} you specified for part {stored.Number} did not match what we received.");
        }
        if (upload.ChecksumType == ObjectChecksum.FullObjectType) return ObjectChecksum.FullObject(algorithm, data());
        var combined = algorithm.Start();
        foreach (var (_, stored) in parts) combined.Append(Convert.FromBase64String(stored.Checksum!.Value));
        return new ObjectChecksum(algorithm, Convert.ToBase64String(combined.Finish()) + "-" + parts.Count, ObjectChecksum.CompositeType);
    }
}
