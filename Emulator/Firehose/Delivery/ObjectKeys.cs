using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Emulator.Firehose.Delivery;

/// <summary>
/// The keys Firehose gives S3 objects (developer guide, "Configure Amazon S3 object name format" and "Custom prefixes"):
/// <c>&lt;evaluated prefix&gt;&lt;stream&gt;-&lt;version&gt;-yyyy-MM-dd-HH-mm-ss-&lt;uuid&gt;&lt;extension&gt;</c>. Without a
/// prefix the prefix is <c>yyyy/MM/dd/HH/</c>; a custom one may use <c>!{timestamp:pattern}</c> (a Java DateTimeFormatter
/// pattern), <c>!{firehose:random-string}</c> and, in error prefixes, <c>!{firehose:error-output-type}</c>. Times are the
/// oldest record's arrival, in UTC or in the destination's <c>CustomTimeZone</c> (an IANA name such as Asia/Tokyo).
/// </summary>
public static partial class ObjectKeys
{
    /// <summary>The arrival in the destination's time zone; UTC when it names none (or one this machine does not know).</summary>
    public static DateTimeOffset InZone(DateTimeOffset arrival, string? timeZone) =>
        !string.IsNullOrEmpty(timeZone) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone)
            ? TimeZoneInfo.ConvertTime(arrival, zone)
            : arrival.ToUniversalTime();

    public static string For(string stream, int version, string? prefix, DateTimeOffset oldestArrival, string extension,
        string? errorOutputType = null)
    {
        var time = oldestArrival.DateTime;
        var evaluated = string.IsNullOrEmpty(prefix)
            ? time.ToString("yyyy/MM/dd/HH/", CultureInfo.InvariantCulture)
            : Evaluate(prefix, time, errorOutputType);
        return evaluated + stream + "-" + version.ToString(CultureInfo.InvariantCulture) + "-"
               + time.ToString("yyyy-MM-dd-HH-mm-ss", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("D") + extension;
    }

    private static string Evaluate(string prefix, DateTime time, string? errorOutputType) =>
        Expression().Replace(prefix, match => (match.Groups[1].Value, match.Groups[2].Value) switch
        {
            ("timestamp", var pattern) => JavaDate.Format(time, pattern),
            ("firehose", "random-string") => RandomString(),
            ("firehose", "error-output-type") => errorOutputType ?? "",
            _ => match.Value,
        });

    /// <summary>Eleven characters of letters and digits, as Firehose's random strings look.</summary>
    private static string RandomString()
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        var text = new StringBuilder(11);
        for (var i = 0; i < 11; i++) text.Append(alphabet[Random.Shared.Next(alphabet.Length)]);
        return text.ToString();
    }

    [GeneratedRegex(@"!\{(timestamp|firehose):([^}]*)\}")]
    private static partial Regex Expression();
}
