using System.Security.Cryptography;
using Emulator.Protocol.Shapes;

namespace Emulator.S3.Integrity;

/// <summary>The MD5 of an object's or a part's data, and the quoted hex ETag S3 makes of it.</summary>
public static class ContentMd5
{
    public static byte[] Of(StreamingBlob data)
    {
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        foreach (var piece in data.Pieces()) md5.AppendData(piece.Span);
        return md5.GetHashAndReset();
    }

    public static string ETag(byte[] md5, int? parts = null) =>
        "\"" + Convert.ToHexStringLower(md5) + (parts is { } count ? "-" + count : "") + "\"";
}
