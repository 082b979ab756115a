namespace Emulator.Common.Durability;

/// <summary>
/// One piece of stored state as it is kept on disk and in snapshots: a queue's definition, a message, a message's
/// delivery state. <see cref="Kind"/> names the service's record type (<c>sqs.message</c>); <see cref="Key"/> is unique
/// within it and starts with the owning resource's key, so that deleting a resource deletes its records by prefix.
/// </summary>
public readonly record struct DurableRecord(string Kind, string Key, byte[] Value);
