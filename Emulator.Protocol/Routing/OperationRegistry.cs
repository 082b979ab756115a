using Emulator.Protocol.EventStream;
using Emulator.Protocol.Shapes;

namespace Emulator.Protocol.Routing;

/// <summary>All services and their operations, filled once at start-up.</summary>
public sealed class OperationRegistry
{
    private readonly Dictionary<string, AwsServiceDescriptor> _servicesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AwsServiceDescriptor> _servicesByTarget = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Service, string Operation), OperationBinding> _operations = new();

    public IEnumerable<AwsServiceDescriptor> Services => _servicesByName.Values;

    public IEnumerable<OperationBinding> Operations => _operations.Values;

    public void AddService(AwsServiceDescriptor service)
    {
        _servicesByName[service.Name] = service;
        if (service.TargetPrefix is not null) _servicesByTarget[service.TargetPrefix] = service;
    }

    public void Add<TRequest, TResult>(AwsServiceDescriptor service, string name,
        Func<TRequest, AwsRequestContext, ValueTask<TResult>> handler)
        where TRequest : class, new()
        where TResult : class
    {
        if (!_servicesByName.ContainsKey(service.Name)) AddService(service);
        _operations[(service.Name, name)] = new OperationBinding
        {
            Service = service,
            Name = name,
            DescribeInput = ShapeCatalog.For<TRequest>,
            // A streamed result writes its own body; it has no shape for the codecs.
            DescribeOutput = typeof(IEventStreamResult).IsAssignableFrom(typeof(TResult)) ? ShapeCatalog.For<EmptyResult> : ShapeCatalog.For<TResult>,
            Invoke = async (request, context) => await handler((TRequest)request, context).ConfigureAwait(false),
        };
    }

    public void Add<TRequest, TResult>(AwsServiceDescriptor service, string name, Func<TRequest, AwsRequestContext, TResult> handler)
        where TRequest : class, new()
        where TResult : class =>
        Add<TRequest, TResult>(service, name, (request, context) => ValueTask.FromResult(handler(request, context)));

    public AwsServiceDescriptor? ServiceByName(string name) => _servicesByName.GetValueOrDefault(name);

    public AwsServiceDescriptor? ServiceByTarget(ReadOnlySpan<char> prefix) =>
        _servicesByTarget.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(prefix, out var s) ? s : null;

    public OperationBinding? Find(AwsServiceDescriptor service, string operation) =>
        _operations.GetValueOrDefault((service.Name, operation));

    /// <summary>The query services that define <paramref name="operation"/>, for requests that name no service.</summary>
    public IEnumerable<AwsServiceDescriptor> QueryServicesWith(string operation) =>
        _servicesByName.Values.Where(s => s.SpeaksQuery && _operations.ContainsKey((s.Name, operation)));
}
