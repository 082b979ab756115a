using Emulator.Sqs.Queues;

namespace Emulator.Tests.Sqs.Queues;

public class QueueTagsTests
{
    [Fact]
    public void Keys_of_1_to_128_characters_and_values_of_up_to_256()
    {
        QueueTags.CheckEach(new Dictionary<string, string> { [new string('k', 128)] = new string('v', 256), ["empty"] = "" });
        // Lengths count characters, not UTF-16 units: 128 emoji are a valid key.
        QueueTags.CheckEach(new Dictionary<string, string> { [string.Concat(Enumerable.Repeat("😀", 128))] = "x" });

        Assert.Equal("Tag keys must be between 1 and 128 characters in length.",
            QueueWorld.Fails(() => QueueTags.CheckEach(new Dictionary<string, string> { [""] = "v" })).Message);
        Assert.Equal("Tag keys must be between 1 and 128 characters in length.",
            QueueWorld.Fails(() => QueueTags.CheckEach(new Dictionary<string, string> { [new string('k', 129)] = "v" })).Message);
        Assert.Equal("Tag values must be between 0 and 256 characters in length.",
            QueueWorld.Fails(() => QueueTags.CheckEach(new Dictionary<string, string> { ["k"] = new string('v', 257) })).Message);
        Assert.Equal("InvalidParameterValue", QueueWorld.Fails(() => QueueTags.CheckEach(new Dictionary<string, string> { ["aws:owner"] = "v" })).QueryCode);
    }

    [Fact]
    public void A_queue_carries_at_most_fifty_tags()
    {
        var world = new QueueWorld();
        var queue = world.Queue("tagged");
        var first = Enumerable.Range(0, 40).ToDictionary(i => $"k{i}", i => "v");
        var more = Enumerable.Range(40, 11).ToDictionary(i => $"k{i}", i => "v");

        queue.Tag(first, merged => QueueTags.CheckCount(queue.Name, merged));
        var error = QueueWorld.Fails(() => queue.Tag(more, merged => QueueTags.CheckCount(queue.Name, merged)));

        Assert.Equal("InvalidParameterValue", error.QueryCode);
        Assert.Equal("Too many tags added for queue tagged.", error.Message);
        Assert.Equal(40, queue.Tags.Count);
        queue.Tag(first.Take(10).ToDictionary(p => p.Key, p => "new"), merged => QueueTags.CheckCount(queue.Name, merged));
        Assert.Equal(40, queue.Tags.Count);
    }

    [Fact]
    public void Keys_are_case_sensitive()
    {
        var queue = new QueueWorld().Queue("cases");

        queue.Tag(new Dictionary<string, string> { ["Env"] = "a", ["env"] = "b" }, _ => { });
        queue.Untag(["ENV", "env"]);

        Assert.Equal(new Dictionary<string, string> { ["Env"] = "a" }, queue.Tags);
    }

    [Fact]
    public void Untagging_needs_at_least_one_key() =>
        Assert.Equal("Tag keys must be between 1 and 128 characters in length.", QueueWorld.Fails(() => QueueTags.CheckKeysToRemove([])).Message);
}
