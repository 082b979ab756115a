namespace Emulator.S3;

/// <summary>S3's settings (<c>--s3-…</c>).</summary>
public sealed class S3Options : IServiceOptions<S3Options>
{
    /// <summary>
    /// A directory that holds object data as files instead of memory (<c>--s3-dir PATH</c>), so that large fixture sets
    /// need not sit in RAM. Bucket and object descriptions stay in memory either way.
    /// </summary>
    public string? Dir { get; init; }

    public static S3Options Read(ServiceSettings settings) => new() { Dir = settings["dir"] is { Length: > 0 } dir ? dir : null };
}
