namespace Emulator.Hosting;

/// <summary>
/// <c>Emulator --healthcheck</c>: asks a running emulator on this machine for its health and exits 0 or 1,
/// for container health checks in images that have no curl.
/// </summary>
public static class HealthProbe
{
    public const string Flag = "--healthcheck";

    public static int Run(string[] args)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables("EMULATOR_").AddCommandLine(args.Where(a => a != Flag).ToArray()).Build();
        var port = OptionsReader.Read(configuration).Port;
        try
        {
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            using var response = client.GetAsync($"http://127.0.0.1:{port}{AdminEndpoints.Prefix}/health").GetAwaiter().GetResult();
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return 1;
        }
    }
}
