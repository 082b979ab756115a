namespace Emulator.Common.Durability;

/// <summary>Durable mode's directory (<c>--data-dir</c>), for state kept in files of its own (S3's object data).</summary>
/// <param name="SyncEveryWrite">Whether writes wait for the disk (<c>--data-sync full</c>) or for the operating system.</param>
public sealed record DataDirectory(string Path, bool SyncEveryWrite);
