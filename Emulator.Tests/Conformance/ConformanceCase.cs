using System.Collections;
using Emulator.Tests.Conformance.Wire;

namespace Emulator.Tests.Conformance;

/// <summary>
/// One fact about AWS: what a request (after any set-up calls) answers, and where that is known from. A case runs over
/// every protocol of its service unless <see cref="Only"/> names one.
/// </summary>
public sealed record ConformanceCase(string Name, string Source, Func<WireClient, Task<WireResponse>> Act, Expectation Expected, WireProtocol? Only = null);

/// <summary>A service's cases, written with collection initialisers; names are unique.</summary>
public sealed class CaseList : IEnumerable<ConformanceCase>
{
    private readonly Dictionary<string, ConformanceCase> _cases = [];

    public ConformanceCase this[string name] => _cases[name];

    public int Count => _cases.Count;

    public void Add(string name, string source, Func<WireClient, Task<WireResponse>> act, Expectation expected, WireProtocol? only = null) =>
        _cases.Add(name, new ConformanceCase(name, source, act, expected, only));

    /// <summary>Takes in another list's cases, so a service's cases can be split by topic into several lists.</summary>
    public void Add(CaseList cases)
    {
        foreach (var @case in cases) _cases.Add(@case.Name, @case);
    }

    /// <summary>Each case with each protocol it runs over, as theory data.</summary>
    public TheoryData<string, WireProtocol> Data(ServiceWire service)
    {
        var data = new TheoryData<string, WireProtocol>();
        foreach (var @case in _cases.Values)
        foreach (var protocol in service.Protocols)
            if (@case.Only is null || @case.Only == protocol) data.Add(@case.Name, protocol);
        return data;
    }

    public IEnumerator<ConformanceCase> GetEnumerator() => _cases.Values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
