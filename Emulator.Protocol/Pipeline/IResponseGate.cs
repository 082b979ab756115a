namespace Emulator.Protocol.Pipeline;

/// <summary>
/// Consulted after an operation ran and before its answer is written: the answer waits until the gate opens (durable
/// mode: until what the operation changed is on disk). Without gates the dispatcher does no extra work.
/// </summary>
public interface IResponseGate
{
    ValueTask BeforeAnswerAsync(CancellationToken aborted);
}
