using System.Text;

namespace Emulator.Protocol.Shapes;

/// <summary>
/// A text member kept as its UTF-8 bytes, for large values that pass through the emulator unchanged (SQS message
/// bodies): read from a JSON body and stored, then written back, without ever becoming a .NET string.
/// </summary>
public sealed class Utf8Text
{
    private Utf8Text(byte[] bytes) => Bytes = bytes;

    public byte[] Bytes { get; }

    public int Length => Bytes.Length;

    /// <summary>Takes bytes already known to be valid UTF-8.</summary>
    public static Utf8Text OfValidUtf8(byte[] bytes) => new(bytes);

    /// <summary>
    /// Text that was a .NET string. The wire cannot carry half a surrogate pair (JSON readers refuse the escape, and
    /// UTF-8 has no form for it), so none reaches here; it would become U+FFFD.
    /// </summary>
    public static Utf8Text From(string text) => new(Encoding.UTF8.GetBytes(text));

    public override string ToString() => Encoding.UTF8.GetString(Bytes);
}
