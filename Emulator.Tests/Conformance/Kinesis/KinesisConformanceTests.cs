using Emulator.Tests.Conformance.Wire;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Conformance.Kinesis;

public class KinesisConformanceTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    public static TheoryData<string, WireProtocol> Cases => KinesisCases.All.Data(ServiceWire.Kinesis);

    [Theory, MemberData(nameof(Cases))]
    public Task Answers_as_AWS(string @case, WireProtocol protocol) =>
        ConformanceRunner.Run(server, ServiceWire.Kinesis, KinesisCases.All[@case], protocol);
}
