namespace Emulator.Sqs.Queues;

/// <summary>A queue's dead-letter configuration: where a message goes after <see cref="MaxReceiveCount"/> receives.</summary>
public sealed record RedrivePolicy(string DeadLetterTargetArn, int MaxReceiveCount);
