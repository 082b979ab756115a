using Emulator.Tests.Conformance.Wire;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Conformance.Firehose;

public class FirehoseConformanceTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    public static TheoryData<string, WireProtocol> Cases => FirehoseCases.All.Data(ServiceWire.Firehose);

    [Theory, MemberData(nameof(Cases))]
    public Task Answers_as_AWS(string @case, WireProtocol protocol) =>
        ConformanceRunner.Run(server, ServiceWire.Firehose, FirehoseCases.All[@case], protocol);
}
