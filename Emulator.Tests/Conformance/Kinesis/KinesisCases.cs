namespace Emulator.Tests.Conformance.Kinesis;

/// <summary>
/// Kinesis Data Streams' answers as recorded on AWS, verified by kinesalite's suite on AWS (where today's API still
/// asks the same), or documented; one list per topic. Every case runs over AWS JSON 1.1 and AWS CBOR 1.1.
/// </summary>
public static class KinesisCases
{
    public static readonly CaseList All = new()
    {
        KinesisStreamCases.All,
        KinesisShardCases.All,
        KinesisRecordCases.All,
        KinesisSettingsCases.All,
    };
}
