using System.Collections.Immutable;
using Emulator.Kinesis.Shapes;
using Emulator.Kinesis.Streams;

namespace Emulator.Kinesis.Operations;

/// <summary>Retention, capacity mode, record size, encryption, enhanced monitoring, warm throughput and account settings.</summary>
public sealed class SettingsOperations(StreamLocator locator, StreamStatusChanges status, AccountQuotas quotas, AccountSettings accounts, TimeProvider clock)
    : IOperationGroup
{
    public const int MinRetentionHours = 24;
    public const int MaxRetentionHours = 8760;

    private static readonly ImmutableSortedSet<string> AllMetrics =
    [
        "IncomingBytes", "IncomingRecords", "OutgoingBytes", "OutgoingRecords", "WriteProvisionedThroughputExceeded",
        "ReadProvisionedThroughputExceeded", "IteratorAgeMilliseconds",
    ];

    public void Register(OperationRegistry registry)
    {
        registry.Add<IncreaseStreamRetentionPeriodInput, EmptyResult>(KinesisService.Kinesis, "IncreaseStreamRetentionPeriod",
            (r, c) => ChangeRetention(locator.Authorized(r.StreamName, r.StreamARN, c), r.RetentionPeriodHours, increase: true));
        registry.Add<DecreaseStreamRetentionPeriodInput, EmptyResult>(KinesisService.Kinesis, "DecreaseStreamRetentionPeriod",
            (r, c) => ChangeRetention(locator.Authorized(r.StreamName, r.StreamARN, c), r.RetentionPeriodHours, increase: false));
        registry.Add<UpdateStreamModeInput, EmptyResult>(KinesisService.Kinesis, "UpdateStreamMode", UpdateStreamMode);
        registry.Add<UpdateMaxRecordSizeInput, EmptyResult>(KinesisService.Kinesis, "UpdateMaxRecordSize", UpdateMaxRecordSize);
        registry.Add<StartStreamEncryptionInput, EmptyResult>(KinesisService.Kinesis, "StartStreamEncryption", StartStreamEncryption);
        registry.Add<StopStreamEncryptionInput, EmptyResult>(KinesisService.Kinesis, "StopStreamEncryption", StopStreamEncryption);
        registry.Add<EnableEnhancedMonitoringInput, EnhancedMonitoringOutput>(KinesisService.Kinesis, "EnableEnhancedMonitoring",
            (r, c) => Monitoring(locator.Authorized(r.StreamName, r.StreamARN, c), r.ShardLevelMetrics!, enable: true));
        registry.Add<DisableEnhancedMonitoringInput, EnhancedMonitoringOutput>(KinesisService.Kinesis, "DisableEnhancedMonitoring",
            (r, c) => Monitoring(locator.Authorized(r.StreamName, r.StreamARN, c), r.ShardLevelMetrics!, enable: false));
        registry.Add<UpdateStreamWarmThroughputInput, UpdateStreamWarmThroughputOutput>(KinesisService.Kinesis, "UpdateStreamWarmThroughput", UpdateWarmThroughput);
        registry.Add<DescribeAccountSettingsInput, DescribeAccountSettingsOutput>(KinesisService.Kinesis, "DescribeAccountSettings",
            (_, c) => new DescribeAccountSettingsOutput { MinimumThroughputBillingCommitment = accounts.Of(c.AccountId, c.Region) });
        registry.Add<UpdateAccountSettingsInput, UpdateAccountSettingsOutput>(KinesisService.Kinesis, "UpdateAccountSettings", UpdateAccountSettings);
    }

    private EmptyResult ChangeRetention(KinesisStream stream, int? hours, bool increase)
    {
        var requested = hours!.Value;
        if (requested < MinRetentionHours)
            throw KinesisErrors.InvalidArgument(
                $"Minimum allowed retention period is {MinRetentionHours} hours. Requested retention period ({requested} hours) is too short.");
        if (requested > MaxRetentionHours)
            throw KinesisErrors.InvalidArgument(
                $"Maximum allowed retention period is {MaxRetentionHours} hours. Requested retention period ({requested} hours) is too long.");
        Change(stream, current =>
        {
            if (increase && requested < current.RetentionHours)
                throw KinesisErrors.InvalidArgument(
                    $"Requested retention period ({requested} hours) for stream {stream.Name} can not be shorter than existing retention period ({current.RetentionHours} hours). Use DecreaseRetentionPeriod API.");
            if (!increase && requested > current.RetentionHours)
                throw KinesisErrors.InvalidArgument(
                    $"Requested retention period ({requested} hours) for stream {stream.Name} can not be longer than existing retention period ({current.RetentionHours} hours). Use IncreaseRetentionPeriod API.");
            return current with { RetentionHours = requested };
        });
        return EmptyResult.Instance;
    }

    private EmptyResult UpdateStreamMode(UpdateStreamModeInput request, AwsRequestContext context)
    {
        var stream = locator.Authorized(null, request.StreamARN!, context);
        var mode = request.StreamModeDetails!.StreamMode!;
        Change(stream, current =>
        {
            if (mode == current.Mode)
                throw KinesisErrors.InvalidArgument($"Stream {stream.Name} under account {stream.AccountId} is already in {mode} mode.");
            if (mode == "ON_DEMAND") quotas.RequireOnDemandRoom(context);
            else if (request.WarmThroughputMiBps is not null)
                throw KinesisErrors.InvalidArgument("WarmThroughputMiBps is only valid when the stream mode is being updated to ON_DEMAND.");
            // Warm throughput belongs to on-demand streams: a stream going back to provisioned drops it.
            return current with { Mode = mode, WarmThroughputMiBps = mode == "ON_DEMAND" ? request.WarmThroughputMiBps ?? current.WarmThroughputMiBps : null };
        });
        return EmptyResult.Instance;
    }

    private EmptyResult UpdateMaxRecordSize(UpdateMaxRecordSizeInput request, AwsRequestContext context)
    {
        var size = request.MaxRecordSizeInKiB!.Value;
        Change(locator.Authorized(null, request.StreamARN!, context), current => current with { MaxRecordSizeKiB = size });
        return EmptyResult.Instance;
    }

    private EmptyResult StartStreamEncryption(StartStreamEncryptionInput request, AwsRequestContext context)
    {
        var stream = locator.Authorized(request.StreamName, request.StreamARN, context);
        RequireKms(request.EncryptionType!);
        Change(stream, current => current with { EncryptionType = "KMS", KeyId = request.KeyId });
        return EmptyResult.Instance;
    }

    private EmptyResult StopStreamEncryption(StopStreamEncryptionInput request, AwsRequestContext context)
    {
        var stream = locator.Authorized(request.StreamName, request.StreamARN, context);
        RequireKms(request.EncryptionType!);
        Change(stream, current => current with { EncryptionType = "NONE", KeyId = null });
        return EmptyResult.Instance;
    }

    /// <summary>Changes an ACTIVE stream's settings, atomically with the checks <paramref name="change"/> makes; answers the settings before.</summary>
    private StreamSettings Change(KinesisStream stream, Func<StreamSettings, StreamSettings> change) =>
        status.Update(stream, statusAfter => stream.ChangeSettings(change, statusAfter));

    /// <summary>KMS is the one encryption type streams can be switched to or from; NONE passes the model but names no key type.</summary>
    private static void RequireKms(string encryptionType)
    {
        if (encryptionType != "KMS")
            throw KinesisErrors.InvalidArgument($"Encryption type {encryptionType} is not valid here: streams are encrypted with KMS.");
    }

    private EnhancedMonitoringOutput Monitoring(KinesisStream stream, List<string> metrics, bool enable)
    {
        var named = metrics.Contains("ALL") ? AllMetrics : metrics.ToImmutableSortedSet();
        ImmutableSortedSet<string> Desired(ImmutableSortedSet<string> current) => enable ? current.Union(named) : current.Except(named);
        var before = Change(stream, current => current with { ShardLevelMetrics = Desired(current.ShardLevelMetrics) }).ShardLevelMetrics;
        return new EnhancedMonitoringOutput
        {
            StreamName = stream.Name,
            StreamARN = stream.Arn,
            CurrentShardLevelMetrics = [.. before],
            DesiredShardLevelMetrics = [.. Desired(before)],
        };
    }

    private UpdateStreamWarmThroughputOutput UpdateWarmThroughput(UpdateStreamWarmThroughputInput request, AwsRequestContext context)
    {
        var stream = locator.Authorized(request.StreamName, request.StreamARN, context);
        var warm = request.WarmThroughputMiBps!.Value;
        Change(stream, current => current.Mode == "ON_DEMAND"
            ? current with { WarmThroughputMiBps = warm }
            : throw KinesisErrors.InvalidArgument("Warm throughput can only be set for ON_DEMAND streams."));
        return new UpdateStreamWarmThroughputOutput
        {
            StreamARN = stream.Arn, StreamName = stream.Name, WarmThroughput = new WarmThroughputObject { TargetMiBps = warm, CurrentMiBps = warm },
        };
    }

    private UpdateAccountSettingsOutput UpdateAccountSettings(UpdateAccountSettingsInput request, AwsRequestContext context)
    {
        var wanted = request.MinimumThroughputBillingCommitment!.Status!;
        return new UpdateAccountSettingsOutput { MinimumThroughputBillingCommitment = accounts.Set(context.AccountId, context.Region, wanted, clock.GetUtcNow()) };
    }
}
