using System.Text;
using Emulator.Tests.Conformance.Wire;
using Newtonsoft.Json.Linq;
using static Emulator.Tests.Conformance.Sqs.SqsSteps;

namespace Emulator.Tests.Conformance.Sqs;

/// <summary>Message move tasks (recorded over AWS JSON only).</summary>
public static class SqsMoveTaskCases
{
    private const string Recording = "sqs/test_sqs_move_task";

    public static readonly CaseList All = new()
    {
        {
            "StartMessageMoveTask from a queue that is no dead-letter queue is InvalidParameterValue",
            Source.Recorded(Recording, "test_source_needs_redrive_policy", "error"),
            async sqs => await sqs.Call("StartMessageMoveTask", new
            {
                SourceArn = await Arn(sqs, await Queue(sqs)), DestinationArn = await Arn(sqs, await Queue(sqs)),
            }),
            SqsExpect.InvalidParameterValue("Source queue must be configured as a Dead Letter Queue."),
            WireProtocol.Json
        },
        {
            "StartMessageMoveTask to a queue that does not exist is ResourceNotFoundException",
            Source.Recorded(Recording, "test_destination_needs_to_exist", "error"),
            async sqs => await sqs.Call("StartMessageMoveTask", new
            {
                SourceArn = await DeadLetterQueueWithMessages(sqs, 1), DestinationArn = await Arn(sqs, await Queue(sqs)) + "doesntexist",
            }),
            SqsExpect.ResourceNotFound("The resource that you specified for the DestinationArn parameter doesn't exist."),
            WireProtocol.Json
        },
        {
            "A second StartMessageMoveTask while one runs for the source is InvalidParameterValue",
            Source.Recorded(Recording, "test_start_multiple_move_tasks", "error"),
            async sqs =>
            {
                var source = await DeadLetterQueueWithMessages(sqs, 10);
                var task = new { SourceArn = source, DestinationArn = await Arn(sqs, await Queue(sqs)), MaxNumberOfMessagesPerSecond = 1 };
                await sqs.Ok("StartMessageMoveTask", task);
                return await sqs.Call("StartMessageMoveTask", task);
            },
            SqsExpect.InvalidParameterValue(
                "There is already a task running. Only one active task is allowed for a source queue arn at a given time."),
            WireProtocol.Json
        },
        {
            "CancelMessageMoveTask with a handle that is not one is InvalidParameterValue",
            Source.Recorded(Recording, "test_cancel_with_invalid_task_handle", "error"),
            sqs => sqs.Call("CancelMessageMoveTask", new { TaskHandle = "foobared" }),
            SqsExpect.InvalidParameterValue("Value for parameter TaskHandle is invalid."),
            WireProtocol.Json
        },
        {
            "CancelMessageMoveTask with a handle of a queue that does not exist is ResourceNotFoundException",
            Source.Recorded(Recording, "test_cancel_with_invalid_source_arn_in_task_handle", "error"),
            sqs => sqs.Call("CancelMessageMoveTask", new
            {
                TaskHandle = Handle("10f57157-fc38-4da9-a113-4de7e12d05dd", "arn:aws:sqs:us-east-1:878966065785:test-queue-doesnt-exist-123456"),
            }),
            SqsExpect.ResourceNotFound("The resource that you specified for the SourceArn parameter doesn't exist."),
            WireProtocol.Json
        },
        {
            "CancelMessageMoveTask with a handle of an unknown task is ResourceNotFoundException",
            Source.Recorded(Recording, "test_cancel_with_invalid_task_id_in_task_handle", "error"),
            async sqs => await sqs.Call("CancelMessageMoveTask", new
            {
                TaskHandle = Handle("10f57157-fc38-4da9-a113-4de7e12d05aa", await Arn(sqs, await Queue(sqs))),
            }),
            SqsExpect.ResourceNotFound("Task does not exist."),
            WireProtocol.Json
        },
    };

    /// <summary>A task handle as StartMessageMoveTask hands them out: base64 of the task id and the source queue's ARN.</summary>
    private static string Handle(string taskId, string sourceArn) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(new JObject { ["taskId"] = taskId, ["sourceArn"] = sourceArn }.ToString(Newtonsoft.Json.Formatting.None)));
}
