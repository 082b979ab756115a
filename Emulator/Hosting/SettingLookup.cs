namespace Emulator.Hosting;

/// <summary>
/// A setting that may be spelled several ways (<c>sqs:purge-limit</c>, <c>sqs-purge-limit</c>, <c>SQS_PURGE_LIMIT</c>),
/// read from the configuration source that takes precedence, whichever spelling it uses: a flag overrides a
/// configuration file's nested setting even though the nested spelling is looked for first.
/// </summary>
public static class SettingLookup
{
    public static string? Setting(this IConfiguration configuration, params ReadOnlySpan<string> spellings)
    {
        if (configuration is IConfigurationRoot root)
        {
            var providers = root.Providers.ToArray();
            for (var i = providers.Length - 1; i >= 0; i--)
                foreach (var key in spellings)
                    if (providers[i].TryGet(key, out var value))
                        return value;
            return null;
        }
        foreach (var key in spellings)
            if (configuration[key] is { } value)
                return value;
        return null;
    }
}
