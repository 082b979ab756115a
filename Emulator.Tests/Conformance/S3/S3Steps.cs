using System.Security.Cryptography;
using System.Text;
using Emulator.Tests.Conformance.Wire;

namespace Emulator.Tests.Conformance.S3;

/// <summary>Set-up steps of S3 cases: a fresh bucket, an object in it, a multipart upload.</summary>
internal static class S3Steps
{
    public static async Task<string> Bucket(WireClient client)
    {
        var name = WireClient.UniqueName("c");
        await client.RestOk("PUT", "/" + name);
        return name;
    }

    public static async Task<string> BucketWith(WireClient client, string key, string body)
    {
        var bucket = await Bucket(client);
        await client.RestOk("PUT", $"/{bucket}/{key}", body: body);
        return bucket;
    }

    /// <summary>A bucket with a multipart upload of <paramref name="key"/> in it: the bucket and the upload id.</summary>
    public static async Task<(string Bucket, string UploadId)> Upload(WireClient client, string key, IReadOnlyDictionary<string, string>? headers = null)
    {
        var bucket = await Bucket(client);
        var created = await client.RestOk("POST", $"/{bucket}/{key}?uploads", headers);
        return (bucket, created.Value("UploadId")!);
    }

    public static async Task<string> Part(WireClient client, string bucket, string key, string uploadId, int number, string body,
        IReadOnlyDictionary<string, string>? headers = null) =>
        (await client.RestOk("PUT", $"/{bucket}/{key}?partNumber={number}&uploadId={Uri.EscapeDataString(uploadId)}", headers, body))
        .Value("ETag")!;

    public static string Complete(params (int Number, string ETag, string? Checksum)[] parts) =>
        "<CompleteMultipartUpload>" + string.Concat(parts.Select(p =>
            $"<Part><PartNumber>{p.Number}</PartNumber><ETag>{p.ETag}</ETag>{(p.Checksum is null ? "" : $"<ChecksumCRC32C>{p.Checksum}</ChecksumCRC32C>")}</Part>"))
        + "</CompleteMultipartUpload>";

    public static string Md5Base64(string text) => Convert.ToBase64String(MD5.HashData(Encoding.UTF8.GetBytes(text)));

    public static Dictionary<string, string> Headers(params (string Name, string Value)[] headers) =>
        headers.ToDictionary(h => h.Name, h => h.Value, StringComparer.OrdinalIgnoreCase);
}
