using Emulator.Tests.Conformance.Wire;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Conformance;

/// <summary>Runs one case against a real emulator over HTTP and checks its answer.</summary>
public static class ConformanceRunner
{
    public static async Task Run(EmulatorServer server, ServiceWire service, ConformanceCase @case, WireProtocol protocol)
    {
        using var http = server.CreateHttpClient();
        var response = await @case.Act(new WireClient(http, service, protocol));
        try
        {
            @case.Expected.Check(response);
        }
        catch (Exception e) when (e is Xunit.Sdk.XunitException)
        {
            throw new Xunit.Sdk.XunitException($"{@case.Name} ({protocol}; fact: {@case.Source})\nanswered: {response}\n{e.Message}");
        }
    }
}
