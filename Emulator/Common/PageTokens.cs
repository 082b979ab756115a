using System.Text;

namespace Emulator.Common;

/// <summary>Opaque NextTokens that name the last item of a page, for every service's list operations.</summary>
public static class PageTokens
{
    private const string Mark = "page:";

    public static string Encode(string lastKey) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Mark + lastKey));

    /// <summary>The key a token names, or null when the text is not a token this emulator made.</summary>
    public static string? TryDecode(string token)
    {
        var bytes = new byte[token.Length];
        return Convert.TryFromBase64String(token, bytes, out var length)
               && Encoding.UTF8.GetString(bytes, 0, length) is var text && text.StartsWith(Mark, StringComparison.Ordinal)
            ? text[Mark.Length..]
            : null;
    }
}
