using Emulator.Sqs.Queues;

namespace Emulator.Tests.Sqs.Queues;

public class QueueAttributeWriterTests
{
    private readonly QueueWorld _world = new();

    [Fact]
    public void All_on_a_standard_queue_reports_the_standard_attributes()
    {
        var queue = _world.Queue("std");

        var attributes = QueueAttributeWriter.Write(queue, ["All"])!;

        Assert.Equal(
            new[]
            {
                "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesDelayed", "ApproximateNumberOfMessagesNotVisible", "CreatedTimestamp",
                "DelaySeconds", "LastModifiedTimestamp", "MaximumMessageSize", "MessageRetentionPeriod", "QueueArn", "ReceiveMessageWaitTimeSeconds",
                "SqsManagedSseEnabled", "VisibilityTimeout",
            },
            attributes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("arn:aws:sqs:us-east-1:000000000000:std", attributes["QueueArn"]);
        Assert.Equal("true", attributes["SqsManagedSseEnabled"]);
        Assert.Equal(_world.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(), attributes["CreatedTimestamp"]);
    }

    [Fact]
    public void All_on_a_FIFO_queue_adds_the_FIFO_attributes()
    {
        var attributes = QueueAttributeWriter.Write(_world.Queue("f.fifo", new() { ["FifoQueue"] = "true" }), ["All"])!;

        Assert.Equal("true", attributes["FifoQueue"]);
        Assert.Equal("false", attributes["ContentBasedDeduplication"]);
        Assert.Equal("queue", attributes["DeduplicationScope"]);
        Assert.Equal("perQueue", attributes["FifoThroughputLimit"]);
    }

    [Fact]
    public void FIFO_attributes_asked_of_a_standard_queue_are_left_out()
    {
        Assert.Null(QueueAttributeWriter.Write(_world.Queue("std"), ["FifoQueue", "DeduplicationScope"]));
    }

    [Fact]
    public void Only_the_requested_attributes_are_reported()
    {
        var attributes = QueueAttributeWriter.Write(_world.Queue("some", new() { ["DelaySeconds"] = "3" }), ["DelaySeconds", "QueueArn"])!;

        Assert.Equal(["DelaySeconds", "QueueArn"], attributes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("3", attributes["DelaySeconds"]);
    }

    [Fact]
    public void No_names_means_no_attributes()
    {
        Assert.Null(QueueAttributeWriter.Write(_world.Queue("none"), null));
        Assert.Null(QueueAttributeWriter.Write(_world.Queue("none"), []));
    }

    [Fact]
    public void Unknown_names_are_refused()
    {
        var error = QueueWorld.Fails(() => QueueAttributeWriter.Write(_world.Queue("unknown"), ["DelaySeconds", "Colour"]));

        Assert.Equal("InvalidAttributeName", error.Code);
        Assert.Equal("Unknown Attribute Colour.", error.Message);
    }

    [Fact]
    public void The_key_reuse_period_shows_only_with_a_KMS_key()
    {
        var queue = _world.Queue("kms", new() { ["KmsDataKeyReusePeriodSeconds"] = "600" });
        Assert.False(QueueAttributeWriter.Write(queue, ["All"])!.ContainsKey("KmsDataKeyReusePeriodSeconds"));

        _world.Set(queue, new() { ["KmsMasterKeyId"] = "alias/aws/sqs" });

        var attributes = QueueAttributeWriter.Write(queue, ["All"])!;
        Assert.Equal("alias/aws/sqs", attributes["KmsMasterKeyId"]);
        Assert.Equal("600", attributes["KmsDataKeyReusePeriodSeconds"]);
        Assert.Equal("false", attributes["SqsManagedSseEnabled"]);
    }

    [Fact]
    public void Changes_move_the_last_modified_time_only()
    {
        var queue = _world.Queue("times");
        var created = queue.CreatedTimestamp;

        _world.Clock.Advance(TimeSpan.FromSeconds(90));
        _world.Set(queue, new() { ["DelaySeconds"] = "1" });

        var attributes = QueueAttributeWriter.Write(queue, ["CreatedTimestamp", "LastModifiedTimestamp"])!;
        Assert.Equal(created.ToUnixTimeSeconds().ToString(), attributes["CreatedTimestamp"]);
        Assert.Equal((created.ToUnixTimeSeconds() + 90).ToString(), attributes["LastModifiedTimestamp"]);
    }
}
