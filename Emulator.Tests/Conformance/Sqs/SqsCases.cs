namespace Emulator.Tests.Conformance.Sqs;

/// <summary>SQS's answers as recorded on AWS or documented, over both of its protocols, one list per topic.</summary>
public static class SqsCases
{
    public static readonly CaseList All = new()
    {
        SqsQueueCases.All,
        SqsQueueUrlCases.All,
        SqsQueueAttributeCases.All,
        SqsMessageCases.All,
        SqsReceivedMessageCases.All,
        SqsBatchCases.All,
        SqsFifoCases.All,
        SqsMoveTaskCases.All,
    };
}
