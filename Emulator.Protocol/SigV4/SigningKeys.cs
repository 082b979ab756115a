using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Emulator.Protocol.SigV4;

/// <summary>
/// The SigV4 signing key of a credential scope, <c>HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service),
/// "aws4_request")</c>, derived once per access key, date, region and service and then reused, as clients reuse it.
/// </summary>
public sealed class SigningKeys(AccessKeys keys)
{
    private const int MaxKept = 4096;

    private readonly ConcurrentDictionary<(string AccessKeyId, string Date, string Region, string Service), byte[]> _derived = new();

    /// <summary>The scope's key; null when the access key is not one of <paramref name="keys"/>.</summary>
    public byte[]? For(string accessKeyId, string date, string region, string service)
    {
        var scope = (accessKeyId, date, region, service);
        if (_derived.TryGetValue(scope, out var key)) return key;
        if (keys.SecretOf(accessKeyId) is not { } secret) return null;
        key = Derive(secret, date, region, service);
        if (_derived.Count >= MaxKept) _derived.Clear();
        _derived[scope] = key;
        return key;
    }

    public static byte[] Derive(string secret, string date, string region, string service)
    {
        var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + secret), Encoding.UTF8.GetBytes(date));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(region));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(service));
        return HMACSHA256.HashData(key, "aws4_request"u8);
    }
}
