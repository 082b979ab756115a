using Emulator.Protocol.Routing;

namespace Emulator.Sqs;

/// <summary>A group of SQS operations that registers its handlers with the shared pipeline.</summary>
public interface ISqsOperations
{
    void Register(OperationRegistry registry);
}
