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

    /// <summary>
    /// Operations without an output (<see cref="EmptyResult"/>) write no result element in XML; an output shape
    /// without members still writes its empty element, which the model's result wrapper requires.
    /// </summary>
    public bool HasOutput => Output.Type != typeof(EmptyResult);
}
