using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace Emulator.Protocol.Shapes;

/// <summary>
/// Base64 text to bytes through the vectorized UTF-8 decoder: Convert.FromBase64String walks the text one character
/// at a time, and base64 record data is most of a Kinesis request.
/// </summary>
public static class Base64Text
{
    private const int StackLimit = 4096;

    /// <summary>The bytes <paramref name="text"/> encodes; a FormatException when it is not base64.</summary>
    public static byte[] Decode(string text)
    {
        if (text.Length == 0) return [];
        if (text.Length % 4 != 0) return Convert.FromBase64String(text);
        var padding = text[^1] != '=' ? 0 : text[^2] == '=' ? 2 : 1;
        var result = GC.AllocateUninitializedArray<byte>(text.Length / 4 * 3 - padding);
        byte[]? rented = null;
        var ascii = text.Length <= StackLimit ? stackalloc byte[text.Length] : (rented = ArrayPool<byte>.Shared.Rent(text.Length)).AsSpan(0, text.Length);
        try
        {
            if (Ascii.FromUtf16(text, ascii, out _) == OperationStatus.Done
                && Base64.DecodeFromUtf8(ascii, result, out _, out var written) == OperationStatus.Done
                && written == result.Length)
                return result;
            // Whitespace inside the text, or not base64 at all: the framework's decoder accepts the one and words the other.
            return Convert.FromBase64String(text);
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
