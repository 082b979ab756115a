namespace Emulator.Hosting;

/// <summary>A group of one service's operations, which registers their handlers with the shared pipeline.</summary>
public interface IOperationGroup
{
    void Register(OperationRegistry registry);
}
