using System.Globalization;

namespace Emulator.Protocol.Json;

/// <summary>
/// A timestamp as AWS JSON protocols write it: epoch seconds with the milliseconds as a fraction, in the text a double
/// of that value has ("1700000000.5", "1700000000.0"), made without formatting a double.
/// </summary>
public static class EpochSeconds
{
    public const int MaxLength = 32;

    /// <summary>Writes the text into <paramref name="destination"/> (at least <see cref="MaxLength"/> bytes) and returns its length.</summary>
    public static int Format(long unixMilliseconds, Span<byte> destination)
    {
        int length;
        if (unixMilliseconds < 0)
        {
            (unixMilliseconds / 1000.0).TryFormat(destination, out length, "R", CultureInfo.InvariantCulture);
            return length;
        }
        (unixMilliseconds / 1000).TryFormat(destination, out length, default, CultureInfo.InvariantCulture);
        destination[length++] = (byte)'.';
        var fraction = (int)(unixMilliseconds % 1000);
        if (fraction == 0)
        {
            destination[length++] = (byte)'0';
            return length;
        }
        for (var divisor = 100; fraction > 0; divisor /= 10)
        {
            destination[length++] = (byte)('0' + fraction / divisor);
            fraction %= divisor;
        }
        return length;
    }
}
