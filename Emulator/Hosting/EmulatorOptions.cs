namespace Emulator.Hosting;

/// <summary>
/// Settings read from flags (<c>--port 4566</c>) or environment variables (<c>EMULATOR_PORT=4566</c>).
/// Every setting has a default, so the emulator runs with no configuration. Each service reads its own settings
/// (<see cref="ServiceSettings"/>).
/// </summary>
public sealed class EmulatorOptions
{
    public int Port { get; set; } = 4566;

    /// <summary>
    /// Address to listen on: by default <c>localhost</c>, the loopback addresses only (127.0.0.1, and ::1 where the
    /// machine has it); <c>0.0.0.0</c> also serves other containers and hosts (the Docker image sets it).
    /// </summary>
    public string Bind { get; set; } = "localhost";

    public string Region { get; set; } = "us-east-1";

    /// <summary>Base URL written into queue URLs (<c>http://sqs.local:4566</c>); by default the request's own Host.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>
    /// <c>strict</c> (<c>--auth strict</c>): every AWS request must carry a valid SigV4 signature by one of
    /// <see cref="Credentials"/>, and SQS queue policies apply between accounts. Otherwise signatures are not verified.
    /// </summary>
    public bool StrictAuth { get; set; }

    /// <summary>The access keys strict mode accepts, <c>KEY:SECRET[,KEY:SECRET...]</c>; <c>test:test</c> when not given.</summary>
    public string? Credentials { get; set; }

    /// <summary>Level of the request log: Trace, Debug, Information, Warning, Error, None.</summary>
    public string LogLevel { get; set; } = "Warning";
}
