using System.Security.Cryptography;
using Emulator.Protocol.Shapes;

namespace Emulator.S3.Integrity;

/// <summary>
/// Checks an upload (PutObject, UploadPart) as S3 does: <c>Content-MD5</c> and at most one <c>x-amz-checksum-*</c>
/// (sent as a header or as an <c>aws-chunked</c> trailer) must match the data; <c>x-amz-sdk-checksum-algorithm</c>
/// alone asks for that checksum to be computed. One pass over the data computes the MD5 (the ETag) and the checksum.
/// </summary>
public static class UploadIntegrity
{
    public sealed record Verified(string ETag, byte[] Md5, ObjectChecksum? Checksum);

    /// <param name="expectedDigestInHex">PutObject's BadDigest names the expected MD5 in hex, UploadPart's as it was sent.</param>
    /// <param name="uploadAlgorithm">A part's: the algorithm its multipart upload was created with, computed when the part sends none.</param>
    public static Verified Check<TRequest>(TRequest request, StreamingBlob content, bool expectedDigestInHex,
        ChecksumAlgorithm? uploadAlgorithm = null) where TRequest : class
    {
        var shape = ShapeCatalog.For<TRequest>();
        string? Field(string member) => shape.ByName.TryGetValue(member, out var m) ? m.Get(request) as string : null;

        var given = ChecksumAlgorithm.All.Select(a => (Algorithm: a, Value: Field(a.Member))).Where(g => g.Value is not null).ToArray();
        if (given.Length > 1)
            throw S3Errors.InvalidRequest("Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.");
        byte[]? expected = null;
        var algorithm = ChecksumAlgorithm.Named(Field("ChecksumAlgorithm")) ?? uploadAlgorithm;
        if (given is [var one])
        {
            if (uploadAlgorithm is not null && one.Algorithm != uploadAlgorithm)
                throw S3Errors.InvalidRequest("Checksum Type mismatch occurred, expected checksum Type: " +
                                              $"{uploadAlgorithm.Name.ToLowerInvariant()}, actual checksum Type: {one.Algorithm.Name.ToLowerInvariant()}");
            algorithm = one.Algorithm;
            expected = Decode(one.Value!, algorithm.Length) ?? throw S3Errors.InvalidRequest($"Value for {algorithm.Header} header is invalid.");
        }
        var contentMd5 = Field("ContentMD5");
        var expectedMd5 = contentMd5 is null ? null : Decode(contentMd5, 16) ?? throw S3Errors.InvalidDigest(contentMd5);

        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        var digest = algorithm?.Start();
        foreach (var piece in content.Pieces())
        {
            md5.AppendData(piece.Span);
            digest?.Append(piece.Span);
        }
        var actualMd5 = md5.GetHashAndReset();
        if (expectedMd5 is not null && !expectedMd5.AsSpan().SequenceEqual(actualMd5))
            throw S3Errors.BadDigest("The Content-MD5 you specified did not match what we received.")
                .With("ExpectedDigest", expectedDigestInHex ? Convert.ToHexStringLower(expectedMd5) : contentMd5).With("CalculatedDigest", Convert.ToBase64String(actualMd5));
        ObjectChecksum? checksum = null;
        if (algorithm is not null)
        {
            var actual = digest!.Finish();
            if (expected is not null && !expected.AsSpan().SequenceEqual(actual))
                throw S3Errors.BadDigest($"The {algorithm.Name} you specified did not match the calculated checksum.");
            checksum = new ObjectChecksum(algorithm, Convert.ToBase64String(actual), ObjectChecksum.FullObjectType);
        }
        return new Verified(ContentMd5.ETag(actualMd5), actualMd5, checksum);
    }

    private static byte[]? Decode(string base64, int length)
    {
        var bytes = new byte[length];
        return Convert.TryFromBase64String(base64, bytes, out var written) && written == length && base64.Length == (length + 2) / 3 * 4
            ? bytes
            : null;
    }
}
