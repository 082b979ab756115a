using Emulator.Tests.Conformance.Wire;

namespace Emulator.Tests.Conformance.Kinesis;

/// <summary>Kinesis Data Streams' answers as recorded on AWS, verified by kinesalite's suite on AWS, or documented.</summary>
public static class KinesisCases
{
    public static readonly CaseList All = new()
    {
        {
            "DescribeStreamSummary of an unknown stream is ResourceNotFoundException",
            Source.Doc("https://docs.aws.amazon.com/kinesis/latest/APIReference/API_DescribeStreamSummary.html"),
            kinesis => kinesis.Call("DescribeStreamSummary", new { StreamName = WireClient.UniqueName() }),
            Expect.Error(400, "ResourceNotFoundException", "^Stream .* under account 000000000000 not found\\.$")
        },
    };
}
