namespace Emulator.S3.Integrity;

/// <summary>
/// The checksum an object keeps and returns: its algorithm, base64 value, and type: <c>FULL_OBJECT</c> (of all the
/// data) or <c>COMPOSITE</c> (a checksum of the parts' checksums, written with <c>-N</c> for N parts).
/// </summary>
public sealed record ObjectChecksum(ChecksumAlgorithm Algorithm, string Value, string Type)
{
    public const string FullObjectType = "FULL_OBJECT";
    public const string CompositeType = "COMPOSITE";

    public static ObjectChecksum FullObject(ChecksumAlgorithm algorithm, IEnumerable<ReadOnlyMemory<byte>> pieces) =>
        new(algorithm, Convert.ToBase64String(algorithm.Compute(pieces)), FullObjectType);
}
