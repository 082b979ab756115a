namespace Emulator.Kinesis;

/// <summary>Account limits AWS documents for Kinesis Data Streams, and the emulator's timing of status changes.</summary>
public sealed class KinesisLimits
{
    /// <summary>Open shards per account and region (AWS's default quota: 500 in most regions).</summary>
    public int ShardLimit { get; init; } = 500;

    public int OnDemandStreamCountLimit { get; init; } = 50;

    /// <summary>Open shards one stream may have after UpdateShardCount.</summary>
    public int StreamShardLimit { get; init; } = 10_000;

    /// <summary>UpdateShardCount calls per stream in any rolling 24 hours.</summary>
    public int ShardCountUpdatesPerDay { get; init; } = 10;

    /// <summary>How long CREATING, UPDATING and DELETING last; 0 makes changes take effect at once.</summary>
    public TimeSpan StatusDelay { get; init; } = TimeSpan.Zero;

    /// <summary>Enforce each shard's write and read quotas with ProvisionedThroughputExceededException (off by default).</summary>
    public bool EnforceThroughput { get; init; }
}
