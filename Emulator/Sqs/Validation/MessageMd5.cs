using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Emulator.Sqs.Shapes;

namespace Emulator.Sqs.Validation;

/// <summary>
/// MD5OfMessageAttributes and MD5OfMessageSystemAttributes, which SDKs verify: MD5 over the attributes encoded as
/// AWS specifies (sorted by name; each of name, data type and value as a 4-byte big-endian length and its bytes, with a
/// transport byte 1 for string values and 2 for binary ones).
/// </summary>
public static class MessageMd5
{
    public static string? OfAttributes(IReadOnlyDictionary<string, MessageAttributeValue>? attributes)
    {
        if (attributes is null || attributes.Count == 0) return null;
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        foreach (var name in attributes.Keys.Order(StringComparer.Ordinal))
        {
            var value = attributes[name];
            AppendString(md5, name);
            AppendString(md5, value.DataType ?? "");
            if (value.BinaryValue is { } binary)
            {
                md5.AppendData([2]);
                AppendBytes(md5, binary);
            }
            else
            {
                md5.AppendData([1]);
                AppendString(md5, value.StringValue ?? "");
            }
        }
        return Convert.ToHexStringLower(md5.GetHashAndReset());
    }

    private static void AppendString(IncrementalHash md5, string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            Encoding.UTF8.GetBytes(text, buffer);
            AppendBytes(md5, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void AppendBytes(IncrementalHash md5, ReadOnlySpan<byte> bytes)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        md5.AppendData(length);
        md5.AppendData(bytes);
    }
}
