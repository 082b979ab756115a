namespace Emulator.Hosting;

/// <summary>Reads <see cref="EmulatorOptions"/> from configuration by name, without reflection-based binding.</summary>
internal static class OptionsReader
{
    public static EmulatorOptions Read(IConfiguration configuration)
    {
        var options = new EmulatorOptions();
        if (configuration["port"] is { } port)
            options.Port = int.TryParse(port, out var p) && p is > 0 and < 65536
                ? p : throw new ArgumentException($"Port must be a number from 1 to 65535, not '{port}'.");
        options.Bind = configuration["bind"] ?? options.Bind;
        options.Region = configuration["region"] ?? options.Region;
        options.PublicUrl = configuration.Setting("public-url", "public_url") ?? options.PublicUrl;
        options.LogLevel = configuration.Setting("log-level", "log_level") ?? options.LogLevel;
        options.StrictAuth = configuration["auth"] switch
        {
            null or "" or "open" => false,
            "strict" => true,
            var other => throw new ArgumentException($"Auth must be 'strict' or 'open', not '{other}'."),
        };
        options.Credentials = configuration["credentials"] ?? options.Credentials;
        return options;
    }
}
