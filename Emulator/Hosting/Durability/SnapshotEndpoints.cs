using Emulator.Common.Durability;

namespace Emulator.Hosting.Durability;

/// <summary>
/// <c>GET /_emulator/snapshot</c> answers the whole state as a file; <c>POST /_emulator/snapshot</c> with such a file
/// replaces the state with it (every service reset first), so that a test suite loads a known state in one call. Works
/// in memory and in durable mode (where the loaded state is written to the data directory before the answer).
/// </summary>
public static class SnapshotEndpoints
{
    public static void MapSnapshots(this IEndpointRouteBuilder admin, IServiceProvider provider)
    {
        var services = provider.GetServices<EmulatedService>().ToArray();
        var states = provider.GetServices<IDurableState>().ToArray();

        admin.MapGet("/snapshot", () =>
        {
            var file = TemporaryFile();
            SnapshotFile.Write(file, states.SelectMany(state => state.Capture(selfContained: true)));
            file.Position = 0;
            return Results.File(file, "application/octet-stream", $"emulator-{DateTime.UtcNow:yyyyMMdd-HHmmss}.snapshot");
        });

        admin.MapPost("/snapshot", async (HttpRequest request) =>
        {
            await using var file = TemporaryFile();
            await request.Body.CopyToAsync(file, request.HttpContext.RequestAborted);
            file.Position = 0;
            List<DurableRecord> records;
            try
            {
                records = SnapshotFile.Read(file);
            }
            catch (InvalidDataException invalid)
            {
                return AdminJson.BadRequest(invalid.Message);
            }
            foreach (var service in services) service.Reset(provider);
            var loaded = new DurableRecords(records);
            foreach (var state in states) state.Restore(loaded);
            if (provider.GetService<Journal>() is { } journal)
            {
                foreach (var record in states.SelectMany(state => state.Capture(selfContained: false))) journal.Put(record.Kind, record.Key, record.Value);
                await journal.BeforeAnswerAsync(request.HttpContext.RequestAborted);
            }
            return AdminJson.Ok(new SnapshotLoadedView(records.Count), HostingJson.Default.SnapshotLoadedView);
        });
    }

    private static FileStream TemporaryFile() => new(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 81920,
        FileOptions.DeleteOnClose);
}

public sealed record SnapshotLoadedView(int Records);
