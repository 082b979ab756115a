using Emulator.Protocol.Errors;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace Emulator.Tests.Fuzz;

/// <summary>
/// Runs a fuzz property with FsCheck: <c>EMULATOR_FUZZ_CASES</c> cases (a few hundred by default, so that the normal
/// test run stays quick), from a seed chosen here and appended to <c>EMULATOR_FUZZ_SEEDS</c> (a file) before the run, so
/// that even a run that kills the process can be replayed. <c>EMULATOR_FUZZ_REPLAY=seed,gamma[,size]</c> replays one:
/// FsCheck's failure message names it.
/// </summary>
public static class FuzzRun
{
    private const int DefaultCases = 200;

    public static int Cases { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("EMULATOR_FUZZ_CASES"), out var cases) && cases > 0 ? cases : DefaultCases;

    public static void Check<T>(string target, Gen<T> inputs, Action<T> property, int? cases = null)
    {
        var replay = Replay();
        var count = cases ?? Cases;
        if (Environment.GetEnvironmentVariable("EMULATOR_FUZZ_SEEDS") is { Length: > 0 } log)
            File.AppendAllText(log, $"{DateTime.UtcNow:O} {target}: {count} cases, EMULATOR_FUZZ_REPLAY={replay.Rnd.Seed},{replay.Rnd.Gamma}\n");
        var config = Config.QuickThrowOnFailure.WithMaxTest(count).WithName(target).WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(replay));
        FsCheck.Check.One(config, Prop.ForAll(Arb.From(inputs), property));
    }

    /// <summary>Runs a decoder: a result or the emulator's <see cref="AwsError"/> both pass; any other exception fails the case.</summary>
    public static void Decodes(Action decode)
    {
        try
        {
            decode();
        }
        catch (AwsError)
        {
        }
    }

    private static Replay Replay()
    {
        var given = Environment.GetEnvironmentVariable("EMULATOR_FUZZ_REPLAY")?.Trim('(', ')', ' ').Split(',');
        if (given is not { Length: >= 2 })
            return new Replay(new Rnd((ulong)Random.Shared.NextInt64(), (ulong)Random.Shared.NextInt64() | 1), FSharpOption<int>.None);
        var size = given.Length > 2 ? FSharpOption<int>.Some(int.Parse(given[2])) : FSharpOption<int>.None;
        return new Replay(new Rnd(ulong.Parse(given[0]), ulong.Parse(given[1])), size);
    }
}
