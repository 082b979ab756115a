namespace Emulator.Sqs.Messages;

/// <summary>A validated ReceiveMessage: how many, for how long they stay hidden, how long to wait for them.</summary>
public readonly record struct ReceiveRequest(int MaxMessages, TimeSpan VisibilityTimeout, TimeSpan WaitTime, string? AttemptId);
