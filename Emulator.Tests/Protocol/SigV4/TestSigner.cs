using System.Security.Cryptography;
using System.Text;

namespace Emulator.Tests.Protocol.SigV4;

/// <summary>
/// SigV4 written out from AWS's description, for requests the SDKs will not send (a body unlike its signed hash, a chunk
/// with a wrong signature): paths without characters to encode, no query, the headers given, in order.
/// </summary>
internal sealed record TestSigner(string AccessKey, string Secret, DateTime Now, string Region = "us-east-1", string Service = "s3")
{
    public string AmzDate => Now.ToString("yyyyMMdd'T'HHmmss'Z'");
    private string Scope => $"{Now:yyyyMMdd}/{Region}/{Service}/aws4_request";

    /// <summary>The Authorization header and the seed signature for <paramref name="headers"/> (lower-case names, sorted).</summary>
    public (string Authorization, string Signature) Sign(string method, string path, IReadOnlyList<(string Name, string Value)> headers, string payloadHash)
    {
        var signedHeaders = string.Join(';', headers.Select(h => h.Name));
        var canonical = $"{method}\n{path}\n\n{string.Concat(headers.Select(h => $"{h.Name}:{h.Value}\n"))}\n{signedHeaders}\n{payloadHash}";
        var signature = Hmac($"AWS4-HMAC-SHA256\n{AmzDate}\n{Scope}\n{Hash(canonical)}");
        return ($"AWS4-HMAC-SHA256 Credential={AccessKey}/{Scope}, SignedHeaders={signedHeaders}, Signature={signature}", signature);
    }

    public string ChunkSignature(string previous, byte[] data) =>
        Hmac($"AWS4-HMAC-SHA256-PAYLOAD\n{AmzDate}\n{Scope}\n{previous}\n{Hash("")}\n{Hash(data)}");

    public static string Hash(string text) => Hash(Encoding.UTF8.GetBytes(text));

    public static string Hash(byte[] data) => Convert.ToHexStringLower(SHA256.HashData(data));

    private string Hmac(string stringToSign)
    {
        var key = Encoding.UTF8.GetBytes("AWS4" + Secret);
        foreach (var part in new[] { Now.ToString("yyyyMMdd"), Region, Service, "aws4_request" }) key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(part));
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
    }
}
