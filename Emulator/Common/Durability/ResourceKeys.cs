namespace Emulator.Common.Durability;

/// <summary>
/// Keys of resources whose names can be used again once deleted (streams, delivery streams): account, region, name and
/// creation time, so that what a deleted resource left behind (a record appended as it was deleted, undelivered data) is
/// never taken for a new one's. Names have no '/', so a key followed by '/' is the prefix of the keys of the resource's
/// own records and of no other resource's.
/// </summary>
public static class ResourceKeys
{
    public static string Of(string accountId, string region, string name, DateTimeOffset created) => $"{accountId}/{region}/{name}/{created.UtcTicks:D19}";
}
