namespace Emulator.Sqs.Messages;

/// <summary>The approximate message counts GetQueueAttributes reports.</summary>
public readonly record struct QueueCounts(long Visible, long NotVisible, long Delayed);
