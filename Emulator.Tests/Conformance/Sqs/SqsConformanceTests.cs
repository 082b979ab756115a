using Emulator.Tests.Conformance.Wire;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Conformance.Sqs;

public class SqsConformanceTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    public static TheoryData<string, WireProtocol> Cases => SqsCases.All.Data(ServiceWire.Sqs);

    [Theory, MemberData(nameof(Cases))]
    public Task Answers_as_AWS(string @case, WireProtocol protocol) =>
        ConformanceRunner.Run(server, ServiceWire.Sqs, SqsCases.All[@case], protocol);
}
