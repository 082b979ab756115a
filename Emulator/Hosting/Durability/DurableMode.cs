using Emulator.Common.Durability;
using Emulator.Protocol.Pipeline;

namespace Emulator.Hosting.Durability;

/// <summary>
/// <c>--data-dir PATH</c>: state is kept in <c>PATH/emulator.db</c> and restored from it at start, and answers wait for
/// their changes to be written (see <see cref="Journal"/>). <c>--data-sync full</c> also waits for the disk to confirm
/// each commit (survives a power loss); the default waits for the operating system to have the data (survives the
/// process being killed).
/// </summary>
public static class DurableMode
{
    public static void AddDurableMode(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.Setting("data-dir", "data_dir") is not { Length: > 0 } directory) return;
        var sync = configuration.Setting("data-sync", "data_sync") ?? "normal";
        if (sync is not ("normal" or "full")) throw new ArgumentException($"--data-sync must be normal or full, not '{sync}'.");
        var path = Path.GetFullPath(directory);
        services.AddSingleton(new DataDirectory(path, SyncEveryWrite: sync == "full"));
        services.AddSingleton(new SqliteRecordStore(path, syncEveryCommit: sync == "full"));
        services.AddSingleton<Journal>();
        services.AddSingleton<IResponseGate>(provider => provider.GetRequiredService<Journal>());
        services.AddHostedService<DurableStateLoader>();
    }
}
