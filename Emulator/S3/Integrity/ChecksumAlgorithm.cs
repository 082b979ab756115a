using System.Buffers.Binary;
using System.IO.Hashing;
using System.Numerics;
using System.Security.Cryptography;

namespace Emulator.S3.Integrity;

/// <summary>
/// One of the checksums S3 verifies and keeps (user guide, "Checking object integrity"): its name as the API writes
/// it (<c>CRC32</c>), its <c>x-amz-checksum-*</c> header, and how it is computed. CRC values travel as base64 of
/// their big-endian bytes, digests as base64 of the digest.
/// </summary>
public sealed class ChecksumAlgorithm
{
    public static readonly ChecksumAlgorithm Crc32 = new("CRC32", 4, () => new Crc32Digest());
    public static readonly ChecksumAlgorithm Crc32C = new("CRC32C", 4, () => new Crc32CDigest());
    public static readonly ChecksumAlgorithm Crc64Nvme = new("CRC64NVME", 8, () => new Crc64NvmeDigest());
    public static readonly ChecksumAlgorithm Sha1 = new("SHA1", 20, () => new HashDigest(HashAlgorithmName.SHA1));
    public static readonly ChecksumAlgorithm Sha256 = new("SHA256", 32, () => new HashDigest(HashAlgorithmName.SHA256));

    public static readonly IReadOnlyList<ChecksumAlgorithm> All = [Crc32, Crc32C, Crc64Nvme, Sha1, Sha256];

    private readonly Func<Digest> _create;

    private ChecksumAlgorithm(string name, int length, Func<Digest> create)
    {
        Name = name;
        Length = length;
        _create = create;
        Header = "x-amz-checksum-" + name.ToLowerInvariant();
        Member = "Checksum" + name;
    }

    public string Name { get; }
    public string Header { get; }

    /// <summary>The request and result member holding this checksum (<c>ChecksumCRC32</c>).</summary>
    public string Member { get; }

    /// <summary>Bytes of the raw checksum, before base64.</summary>
    public int Length { get; }

    /// <summary>CRCs combine into a checksum of the whole object; digests only into a checksum of the parts' checksums.</summary>
    public bool IsCrc => Name.StartsWith("CRC", StringComparison.Ordinal);

    public static ChecksumAlgorithm? Named(string? name) =>
        All.FirstOrDefault(a => a.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    public Digest Start() => _create();

    public byte[] Compute(IEnumerable<ReadOnlyMemory<byte>> pieces)
    {
        var digest = Start();
        foreach (var piece in pieces) digest.Append(piece.Span);
        return digest.Finish();
    }

    /// <summary>A checksum being computed over data that arrives in pieces.</summary>
    public abstract class Digest
    {
        public abstract void Append(ReadOnlySpan<byte> data);
        public abstract byte[] Finish();
    }

    private sealed class HashDigest(HashAlgorithmName name) : Digest
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(name);
        public override void Append(ReadOnlySpan<byte> data) => _hash.AppendData(data);
        public override byte[] Finish() => _hash.GetHashAndReset();
    }

    private sealed class Crc32Digest : Digest
    {
        private readonly System.IO.Hashing.Crc32 _crc = new();
        public override void Append(ReadOnlySpan<byte> data) => _crc.Append(data);
        public override byte[] Finish() => BigEndian(_crc.GetCurrentHashAsUInt32());
    }

    /// <summary>CRC-32C (Castagnoli) with the processor's CRC instructions where it has them.</summary>
    private sealed class Crc32CDigest : Digest
    {
        private uint _crc = uint.MaxValue;

        public override void Append(ReadOnlySpan<byte> data)
        {
            var crc = _crc;
            while (data.Length >= 8)
            {
                crc = BitOperations.Crc32C(crc, BinaryPrimitives.ReadUInt64LittleEndian(data));
                data = data[8..];
            }
            foreach (var b in data) crc = BitOperations.Crc32C(crc, b);
            _crc = crc;
        }

        public override byte[] Finish() => BigEndian(~_crc);
    }

    private sealed class Crc64NvmeDigest : Digest
    {
        private readonly Integrity.Crc64Nvme _crc = new();
        public override void Append(ReadOnlySpan<byte> data) => _crc.Append(data);

        public override byte[] Finish()
        {
            var bytes = new byte[8];
            BinaryPrimitives.WriteUInt64BigEndian(bytes, _crc.Current);
            return bytes;
        }
    }

    private static byte[] BigEndian(uint value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        return bytes;
    }
}
