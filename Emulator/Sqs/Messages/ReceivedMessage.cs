namespace Emulator.Sqs.Messages;

/// <summary>A message as one receive delivered it, with the values of that moment.</summary>
public sealed record ReceivedMessage(SqsMessage Message, string ReceiptHandle, int ReceiveCount, long FirstReceiveTimestamp);
