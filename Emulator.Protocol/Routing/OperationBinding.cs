using Emulator.Protocol.Shapes;

namespace Emulator.Protocol.Routing;

public delegate ValueTask<object> OperationInvoker(object request, AwsRequestContext context);

/// <summary>One operation: its input and output shapes and the handler that turns one into the other.</summary>
public sealed class OperationBinding
{
    public required AwsServiceDescriptor Service { get; init; }
    public required string Name { get; init; }
    public required ShapeInfo Input { get; init; }
    public required ShapeInfo Output { get; init; }
    public required OperationInvoker Invoke { get; init; }

    /// <summary>Operations with an empty output write no result element in XML.</summary>
    public bool HasOutput => Output.Members.Length > 0;
}
