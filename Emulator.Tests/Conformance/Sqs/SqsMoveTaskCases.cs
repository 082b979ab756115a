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
        {
            "A move task to a chosen queue moves every message and lists as COMPLETED with both ARNs and no rate or handle",
            Source.Recorded(Recording, "test_basic_move_task_workflow", "list-message-move-task-response"),
            async sqs =>
            {
                var source = await DeadLetterQueueWithMessages(sqs, 2);
                await sqs.Ok("StartMessageMoveTask", new { SourceArn = source, DestinationArn = await Arn(sqs, await Queue(sqs)) });
                return await sqs.Call("ListMessageMoveTasks", new { SourceArn = source });
            },
            Task("COMPLETED", moved: 2, toMove: 2, destination: true)
        },
        {
            "A move task without a destination moves the messages back to their source queue and lists no DestinationArn",
            Source.Recorded(Recording, "test_move_task_workflow_with_default_destination", "list-message-move-task-response"),
            async sqs =>
            {
                var source = await Arn(sqs, await Queue(sqs));
                var original = await DeadLetterSource(sqs, source, 2);
                await sqs.Ok("StartMessageMoveTask", new { SourceArn = source });
                var back = await sqs.Ok("ReceiveMessage", new { QueueUrl = original, MaxNumberOfMessages = 10 });
                Assert.Equal(["body-0", "body-1"], back.Values("Body").Order());
                return await sqs.Call("ListMessageMoveTasks", new { SourceArn = source });
            },
            Task("COMPLETED", moved: 2, toMove: 2)
        },
        {
            "A move task without a destination moves the messages of two source queues back to each",
            Source.Recorded(Recording, "test_move_task_workflow_with_multiple_sources_as_default_destination", "list-message-move-task-response"),
            async sqs =>
            {
                var source = await Arn(sqs, await Queue(sqs));
                var first = await DeadLetterSource(sqs, source, 2);
                var second = await DeadLetterSource(sqs, source, 2);
                await sqs.Ok("StartMessageMoveTask", new { SourceArn = source });
                foreach (var original in new[] { first, second })
                    Assert.Equal(2, (await sqs.Ok("ReceiveMessage", new { QueueUrl = original, MaxNumberOfMessages = 10 })).Values("Body").Count);
                return await sqs.Call("ListMessageMoveTasks", new { SourceArn = source });
            },
            Task("COMPLETED", moved: 4, toMove: 4)
        },
        {
            "A task handle is base64 of a JSON object naming a UUID task id and the source queue's ARN",
            Source.Validated(Recording, "test_basic_move_task_workflow"),
            async sqs =>
            {
                var source = await DeadLetterQueueWithMessages(sqs, 1);
                var started = await sqs.Call("StartMessageMoveTask", new { SourceArn = source, DestinationArn = await Arn(sqs, await Queue(sqs)) });
                var handle = JObject.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(started.Value("TaskHandle")!)));
                Assert.True(Guid.TryParse((string?)handle["taskId"], out _));
                Assert.Equal(source, (string?)handle["sourceArn"]);
                return started;
            },
            Expect.Success()
        },
        {
            "A move task at one message per second has moved one message more each second",
            Source.Validated(Recording, "test_move_task_with_throughput_limit"),
            async sqs =>
            {
                var source = await DeadLetterQueueWithMessages(sqs, 4);
                await sqs.Ok("StartMessageMoveTask", new { SourceArn = source, DestinationArn = await Arn(sqs, await Queue(sqs)), MaxNumberOfMessagesPerSecond = 1 });
                await sqs.AdvanceClock(TimeSpan.FromSeconds(2));
                return await sqs.Call("ListMessageMoveTasks", new { SourceArn = source });
            },
            Task("RUNNING", moved: 3, toMove: 4, destination: true, rate: 1)
        },
        {
            "A running move task lists its handle and rate",
            Source.Recorded(Recording, "test_move_task_cancel", "list-while"),
            async sqs =>
            {
                var source = await DeadLetterQueueWithMessages(sqs, 10);
                await sqs.Ok("StartMessageMoveTask", new { SourceArn = source, DestinationArn = await Arn(sqs, await Queue(sqs)), MaxNumberOfMessagesPerSecond = 1 });
                await sqs.AdvanceClock(TimeSpan.FromSeconds(1));
                return await sqs.Call("ListMessageMoveTasks", new { SourceArn = source });
            },
            Task("RUNNING", moved: 2, toMove: 10, destination: true, rate: 1)
        },
        {
            "CancelMessageMoveTask answers how many messages the task moved",
            Source.Recorded(Recording, "test_move_task_cancel", "cancel"),
            async sqs =>
            {
                var source = await DeadLetterQueueWithMessages(sqs, 10);
                var started = await sqs.Ok("StartMessageMoveTask", new
                {
                    SourceArn = source, DestinationArn = await Arn(sqs, await Queue(sqs)), MaxNumberOfMessagesPerSecond = 1,
                });
                await sqs.AdvanceClock(TimeSpan.FromSeconds(1));
                return await sqs.Call("CancelMessageMoveTask", new { TaskHandle = started.Value("TaskHandle") });
            },
            Expect.Success(("ApproximateNumberOfMessagesMoved", "2"))
        },
        {
            "A cancelled move task lists as CANCELLED without its handle",
            Source.Recorded(Recording, "test_move_task_cancel", "list-after"),
            async sqs =>
            {
                var source = await DeadLetterQueueWithMessages(sqs, 10);
                var started = await sqs.Ok("StartMessageMoveTask", new
                {
                    SourceArn = source, DestinationArn = await Arn(sqs, await Queue(sqs)), MaxNumberOfMessagesPerSecond = 1,
                });
                await sqs.Ok("CancelMessageMoveTask", new { TaskHandle = started.Value("TaskHandle") });
                await sqs.AdvanceClock(TimeSpan.FromSeconds(2));
                return await sqs.Call("ListMessageMoveTasks", new { SourceArn = source });
            },
            Task("CANCELLED", moved: null, toMove: 10, destination: true, rate: 1)
        },
        {
            "A move task whose destination queue is deleted fails with NonExistentQueue",
            Source.Recorded(Recording, "test_move_task_delete_destination_queue_while_running", "list"),
            async sqs =>
            {
                var source = await DeadLetterQueueWithMessages(sqs, 10);
                var destination = await Queue(sqs);
                await sqs.Ok("StartMessageMoveTask", new { SourceArn = source, DestinationArn = await Arn(sqs, destination), MaxNumberOfMessagesPerSecond = 1 });
                await sqs.Ok("DeleteQueue", new { QueueUrl = destination });
                await sqs.AdvanceClock(TimeSpan.FromSeconds(1));
                return await sqs.Call("ListMessageMoveTasks", new { SourceArn = source });
            },
            Task("FAILED", moved: null, toMove: 10, destination: true, rate: 1, failureReason: "AWS.SimpleQueueService.NonExistentQueue")
        },
    };

    /// <summary>
    /// The one task ListMessageMoveTasks lists: its status and counts, and which of the members that AWS leaves out
    /// unless they apply (DestinationArn, MaxNumberOfMessagesPerSecond, FailureReason, and TaskHandle while RUNNING) it
    /// has. Ids and timestamps are not compared, nor the count moved where <paramref name="moved"/> is null (AWS's
    /// recording marks it as varying from run to run).
    /// </summary>
    private static Expectation Task(string status, int? moved, int toMove, bool destination = false, int? rate = null, string? failureReason = null) =>
        Expect.Success(response =>
        {
            Assert.Equal(
                (status, moved?.ToString(), $"{toMove}", rate?.ToString(), failureReason),
                (response.Value("Status"), moved is null ? null : response.Value("ApproximateNumberOfMessagesMoved"), response.Value("ApproximateNumberOfMessagesToMove"),
                    response.Value("MaxNumberOfMessagesPerSecond"), response.Value("FailureReason")));
            Assert.Equal(destination, response.Value("DestinationArn") is not null);
            Assert.Equal(status == "RUNNING", response.Value("TaskHandle") is not null);
            Assert.NotNull(response.Value("SourceArn"));
            Assert.NotNull(response.Value("StartedTimestamp"));
        });

    /// <summary>A task handle as StartMessageMoveTask hands them out: base64 of the task id and the source queue's ARN.</summary>
    private static string Handle(string taskId, string sourceArn) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(new JObject { ["taskId"] = taskId, ["sourceArn"] = sourceArn }.ToString(Newtonsoft.Json.Formatting.None)));
}
