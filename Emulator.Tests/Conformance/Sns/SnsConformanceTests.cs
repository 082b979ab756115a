using Emulator.Tests.Conformance.Wire;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Conformance.Sns;

public class SnsConformanceTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    public static TheoryData<string, WireProtocol> Cases => SnsCases.All.Data(ServiceWire.Sns);

    [Theory, MemberData(nameof(Cases))]
    public Task Answers_as_AWS(string @case, WireProtocol protocol) =>
        ConformanceRunner.Run(server, ServiceWire.Sns, SnsCases.All[@case], protocol);
}
