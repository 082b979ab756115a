using Amazon.SQS;
using Amazon.SQS.Model;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Sqs.EndToEnd;

public class MoveTaskTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    private readonly AmazonSQSClient _sqs = server.CreateSqsClient();

    private async Task<(string Url, string Arn)> Queue(string prefix, Dictionary<string, string>? attributes = null)
    {
        var url = (await _sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = EmulatorServer.UniqueName(prefix), Attributes = attributes })).QueueUrl;
        return (url, (await _sqs.GetQueueAttributesAsync(url, ["QueueArn"])).Attributes["QueueArn"]);
    }

    private async Task<ListMessageMoveTasksResultEntry> Latest(string sourceArn) =>
        (await _sqs.ListMessageMoveTasksAsync(new ListMessageMoveTasksRequest { SourceArn = sourceArn })).Results.First();

    [Fact]
    public async Task Dead_letters_move_back_to_their_source_queue()
    {
        var dlq = await Queue("dlq");
        var source = await Queue("src", new()
        {
            ["VisibilityTimeout"] = "5",
            ["RedrivePolicy"] = $"{{\"deadLetterTargetArn\":\"{dlq.Arn}\",\"maxReceiveCount\":1}}",
        });
        for (var i = 0; i < 3; i++) await _sqs.SendMessageAsync(source.Url, $"m{i}");
        Assert.Equal(3, (await _sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = source.Url, MaxNumberOfMessages = 10 })).Messages.Count);
        server.AdvanceClock(TimeSpan.FromSeconds(6));
        Assert.Null((await _sqs.ReceiveMessageAsync(source.Url)).Messages);

        var started = await _sqs.StartMessageMoveTaskAsync(new StartMessageMoveTaskRequest { SourceArn = dlq.Arn });
        Assert.NotEmpty(started.TaskHandle);
        var done = await Latest(dlq.Arn);
        Assert.Equal("COMPLETED", done.Status);
        Assert.Equal(3, done.ApproximateNumberOfMessagesMoved);
        Assert.Equal(3, done.ApproximateNumberOfMessagesToMove);
        Assert.Equal("3", (await _sqs.GetQueueAttributesAsync(source.Url, ["ApproximateNumberOfMessages"])).Attributes["ApproximateNumberOfMessages"]);
    }

    [Fact]
    public async Task A_rate_limited_task_moves_per_second_of_emulator_time_and_can_be_cancelled()
    {
        var dlq = await Queue("dlq");
        var destination = await Queue("dest");
        await Queue("src", new() { ["RedrivePolicy"] = $"{{\"deadLetterTargetArn\":\"{dlq.Arn}\",\"maxReceiveCount\":5}}" });
        for (var i = 0; i < 5; i++) await _sqs.SendMessageAsync(dlq.Url, $"m{i}");

        var started = await _sqs.StartMessageMoveTaskAsync(new StartMessageMoveTaskRequest
        {
            SourceArn = dlq.Arn, DestinationArn = destination.Arn, MaxNumberOfMessagesPerSecond = 2,
        });
        var running = await Latest(dlq.Arn);
        Assert.Equal(("RUNNING", started.TaskHandle, 2L), (running.Status, running.TaskHandle, running.ApproximateNumberOfMessagesMoved));
        await Assert.ThrowsAnyAsync<AmazonSQSException>(() => _sqs.StartMessageMoveTaskAsync(new StartMessageMoveTaskRequest { SourceArn = dlq.Arn }));

        // Two messages per second of emulator time: the first second's pair moves at once, the next pair a second later.
        server.AdvanceClock(TimeSpan.FromSeconds(1));
        var cancelled = await _sqs.CancelMessageMoveTaskAsync(new CancelMessageMoveTaskRequest { TaskHandle = started.TaskHandle });
        Assert.Equal(4, cancelled.ApproximateNumberOfMessagesMoved);
        var final = await Latest(dlq.Arn);
        Assert.Equal(("CANCELLED", 4L), (final.Status, final.ApproximateNumberOfMessagesMoved));
        Assert.Equal("1", (await _sqs.GetQueueAttributesAsync(dlq.Url, ["ApproximateNumberOfMessages"])).Attributes["ApproximateNumberOfMessages"]);
    }

    [Fact]
    public async Task Only_dead_letter_queues_can_be_sources()
    {
        var plain = await Queue("plain");
        var error = await Assert.ThrowsAnyAsync<AmazonSQSException>(() => _sqs.StartMessageMoveTaskAsync(new StartMessageMoveTaskRequest { SourceArn = plain.Arn }));
        Assert.Equal("InvalidParameterValue", error.ErrorCode);
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => _sqs.StartMessageMoveTaskAsync(new StartMessageMoveTaskRequest
        {
            SourceArn = "arn:aws:sqs:us-east-1:000000000000:missing",
        }));
    }
}
