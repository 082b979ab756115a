using Emulator.Protocol.Shapes;

namespace Emulator.Protocol.Routing;

public delegate ValueTask<object> OperationInvoker(object request, AwsRequestContext context);

/// <summary>One operation: its input and output shapes and the handler that turns one into the other.</summary>
public sealed class OperationBinding
{
    public required AwsServiceDescriptor Service { get; init; }
    public required string Name { get; init; }
    private Lazy<ShapeInfo>? _input, _output;

    public ShapeInfo Input
    {
        get => _input!.Value;
        init => _input = new Lazy<ShapeInfo>(value);
    }

    public ShapeInfo Output
    {
        get => _output!.Value;
        init => _output = new Lazy<ShapeInfo>(value);
    }

    /// <summary>
    /// Describes the shapes on the operation's first use rather than at start-up, which would otherwise describe
    /// every shape of every service before the first request is served.
    /// </summary>
    public Func<ShapeInfo> DescribeInput
    {
        init => _input = new Lazy<ShapeInfo>(value);
    }

    public Func<ShapeInfo> DescribeOutput
    {
        init => _output = new Lazy<ShapeInfo>(value);
    }
    public required OperationInvoker Invoke { get; init; }

    /// <summary>
    /// Operations without an output (<see cref="EmptyResult"/>) write no result element in XML; an output shape
    /// without members still writes its empty element, which the model's result wrapper requires.
    /// </summary>
    public bool HasOutput => Output.Type != typeof(EmptyResult);
}
