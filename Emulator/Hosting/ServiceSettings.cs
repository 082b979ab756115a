namespace Emulator.Hosting;

/// <summary>
/// One service's settings, read by name from its own configuration section: <c>--sqs-purge-limit true</c>,
/// <c>EMULATOR_SQS_PURGE_LIMIT=true</c> and <c>sqs:purge-limit</c> (a settings file, <c>EMULATOR_SQS__PURGE_LIMIT</c>) all
/// name the setting <c>purge-limit</c> of the service <c>sqs</c>.
/// </summary>
public sealed class ServiceSettings(IConfiguration configuration, string service)
{
    public string? this[string name]
    {
        get
        {
            var underscored = name.Replace('-', '_');
            return configuration.Setting($"{service}:{name}", $"{service}:{underscored}", $"{service}-{name}", $"{service}_{underscored}");
        }
    }

    /// <summary>True or false as written; not given, or neither, is <paramref name="fallback"/>.</summary>
    public bool Flag(string name, bool fallback) => this[name] is { } text && bool.TryParse(text, out var value) ? value : fallback;

    public int? PositiveInt(string name) =>
        this[name] is not { } text ? null
        : int.TryParse(text, out var value) && value > 0 ? value
        : throw new ArgumentException($"{service}-{name} must be a positive number, not '{text}'.");

    /// <summary>A size such as <c>256MB</c> (see <see cref="Limits.ByteSize"/>).</summary>
    public long? Size(string name) => this[name] is { } text ? Limits.ByteSize.Parse(text, $"{service}-{name}") : null;

    public int? NonNegativeInt(string name) =>
        this[name] is not { } text ? null
        : int.TryParse(text, out var value) && value >= 0 ? value
        : throw new ArgumentException($"{service}-{name} must be a number of 0 or more, not '{text}'.");
}
