using Emulator.Tests.Conformance.Wire;
using Emulator.Tests.Infrastructure;
using Emulator.Tests.Protocol.SigV4;

namespace Emulator.Tests.Conformance.Auth;

/// <summary>An emulator in strict mode, shared by the cases.</summary>
public sealed class StrictEmulatorServer : IAsyncLifetime
{
    public EmulatorServer Server { get; } = new(StrictSqsAuthTests.Strict);

    public Task InitializeAsync() => Server.InitializeAsync();

    public Task DisposeAsync() => Server.DisposeAsync();
}

public class StrictAuthConformanceTests(StrictEmulatorServer strict) : IClassFixture<StrictEmulatorServer>
{
    public static TheoryData<string, WireProtocol> SqsCases => StrictAuthCases.Sqs.Data(ServiceWire.Sqs);
    public static TheoryData<string, WireProtocol> SnsCases => StrictAuthCases.Sns.Data(ServiceWire.Sns);
    public static TheoryData<string, WireProtocol> KinesisCases => StrictAuthCases.Kinesis.Data(ServiceWire.Kinesis);
    public static TheoryData<string, WireProtocol> FirehoseCases => StrictAuthCases.Firehose.Data(ServiceWire.Firehose);
    public static TheoryData<string, WireProtocol> S3Cases => StrictAuthCases.S3.Data(ServiceWire.S3);

    [Theory, MemberData(nameof(SqsCases))]
    public Task Sqs_answers_as_AWS(string @case, WireProtocol protocol) => Run(ServiceWire.Sqs, StrictAuthCases.Sqs[@case], protocol);

    [Theory, MemberData(nameof(SnsCases))]
    public Task Sns_answers_as_AWS(string @case, WireProtocol protocol) => Run(ServiceWire.Sns, StrictAuthCases.Sns[@case], protocol);

    [Theory, MemberData(nameof(KinesisCases))]
    public Task Kinesis_answers_as_AWS(string @case, WireProtocol protocol) => Run(ServiceWire.Kinesis, StrictAuthCases.Kinesis[@case], protocol);

    [Theory, MemberData(nameof(FirehoseCases))]
    public Task Firehose_answers_as_AWS(string @case, WireProtocol protocol) => Run(ServiceWire.Firehose, StrictAuthCases.Firehose[@case], protocol);

    [Theory, MemberData(nameof(S3Cases))]
    public Task S3_answers_as_AWS(string @case, WireProtocol protocol) => Run(ServiceWire.S3, StrictAuthCases.S3[@case], protocol);

    private Task Run(ServiceWire service, ConformanceCase @case, WireProtocol protocol) => ConformanceRunner.Run(strict.Server, service, @case, protocol);
}
