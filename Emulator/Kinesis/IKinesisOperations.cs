using Emulator.Protocol.Routing;

namespace Emulator.Kinesis;

/// <summary>A group of Kinesis operations that registers its handlers.</summary>
public interface IKinesisOperations
{
    void Register(OperationRegistry registry);
}
