using System.Text.RegularExpressions;

namespace Emulator.Hosting.Declarations;

/// <summary>
/// <c>${NAME}</c> and <c>${NAME:-default}</c> in a configuration file's values, replaced by environment variables, so
/// that one file serves several machines (an endpoint URL, a region, a bucket per CI job).
/// </summary>
public static partial class EnvironmentReferences
{
    [GeneratedRegex(@"\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(?::-(?<default>[^}]*))?\}")]
    private static partial Regex Reference();

    public static string Expand(string value, Node where) => !value.Contains("${", StringComparison.Ordinal)
        ? value
        : Reference().Replace(value, match => Environment.GetEnvironmentVariable(match.Groups["name"].Value) is { } set
            ? set
            : match.Groups["default"].Success
                ? match.Groups["default"].Value
                : throw where.Error($"the environment variable {match.Groups["name"].Value} is not set (write ${{{match.Groups["name"].Value}:-default}} for a default)"));
}
