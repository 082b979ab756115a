using Emulator.Protocol.Routing;

namespace Emulator.Sns;

/// <summary>A group of SNS operations that registers its handlers.</summary>
public interface ISnsOperations
{
    void Register(OperationRegistry registry);
}
