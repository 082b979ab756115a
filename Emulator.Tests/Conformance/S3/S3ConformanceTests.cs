using Emulator.Tests.Conformance.Wire;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Conformance.S3;

public class S3ConformanceTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    public static TheoryData<string, WireProtocol> Cases => S3Cases.All.Data(ServiceWire.S3);

    [Theory, MemberData(nameof(Cases))]
    public Task Answers_as_AWS(string @case, WireProtocol protocol) =>
        ConformanceRunner.Run(server, ServiceWire.S3, S3Cases.All[@case], protocol);
}
