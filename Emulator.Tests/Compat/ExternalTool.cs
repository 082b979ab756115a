using System.Diagnostics;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Compat;

/// <summary>
/// Runs an official client's test suite (a node, python or bash script) against a running emulator and fails with
/// its output. A missing tool is a failure that says what to install, never a skip: scripts/test.sh installs them.
/// </summary>
public static class ExternalTool
{
    // A bound against hangs, not a speed target: the aws CLI v1 starts a Python process per call, slow on a loaded machine.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(6);

    public static string CompatFolder { get; } = Path.Combine(RepositoryRoot(), "Emulator.Tests", "Compat");

    public static async Task RunAsync(EmulatorServer server, string workingFolder, string fileName, params string[] arguments) =>
        await RunAsync(server, workingFolder, new Dictionary<string, string>(), fileName, arguments);

    public static async Task RunAsync(EmulatorServer server, string workingFolder, IReadOnlyDictionary<string, string> environment,
        string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = Path.Combine(CompatFolder, workingFolder),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["EMULATOR_URL"] = server.BaseUrl;
        start.Environment["AWS_ENDPOINT_URL"] = server.BaseUrl;
        start.Environment["AWS_ACCESS_KEY_ID"] = "test";
        start.Environment["AWS_SECRET_ACCESS_KEY"] = "test";
        start.Environment["AWS_DEFAULT_REGION"] = "us-east-1";
        start.Environment["AWS_PAGER"] = "";
        foreach (var (key, value) in environment) start.Environment[key] = value;

        using var process = Start(start);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{fileName} {string.Join(' ', arguments)} did not finish within {Limit}.\n{await output}\n{await errors}");
        }
        Assert.True(process.ExitCode == 0,
            $"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}.\n--- stdout\n{await output}\n--- stderr\n{await errors}");
    }

    /// <summary>Fails with an install hint when <paramref name="path"/> is not there.</summary>
    public static void Require(string path, string installHint) =>
        Assert.True(File.Exists(path) || Directory.Exists(path), $"{path} is missing: {installHint}");

    /// <summary>Finds a program on PATH, or fails with an install hint.</summary>
    public static string OnPath(string program, string installHint)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
        Assert.True(found is not null, $"{program} is not on PATH: {installHint}");
        return found!;
    }

    private static Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"{start.FileName} could not be started ({e.Message}); run scripts/test.sh, which installs the compatibility tools.");
            throw;
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "emulator.sln"))) return folder.FullName;
        throw new InvalidOperationException("emulator.sln not found above the test assembly.");
    }
}
