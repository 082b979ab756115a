using Emulator.Sqs.Queues;

namespace Emulator.Tests.Sqs.Queues;

public class QueueTypesTests
{
    private static Dictionary<string, string> Fifo(string flag) => new() { ["FifoQueue"] = flag };

    [Fact]
    public void A_queue_is_FIFO_when_its_flag_says_so()
    {
        Assert.True(QueueTypes.IsFifo(Fifo("true")));
        Assert.True(QueueTypes.IsFifo(Fifo("True")));
        Assert.False(QueueTypes.IsFifo(new Dictionary<string, string>()));
        Assert.False(QueueTypes.IsFifo(Fifo("false")));
    }

    [Fact]
    public void A_FIFO_queue_whose_name_lacks_the_suffix_fails_with_the_FIFO_rule()
    {
        var error = QueueWorld.Fails(() => QueueTypes.CheckName("orders", isFifo: true));

        Assert.Equal("InvalidParameterValue", error.QueryCode);
        Assert.StartsWith("The name of a FIFO queue", error.Message);
    }

    [Theory]
    [InlineData("orders.fifo")]
    [InlineData("in.fo")]
    [InlineData("has space")]
    [InlineData("")]
    public void Standard_names_use_letters_digits_hyphens_and_underscores(string name)
    {
        var error = QueueWorld.Fails(() => QueueTypes.CheckName(name, isFifo: false));

        Assert.Equal("InvalidParameterValue", error.QueryCode);
        Assert.Equal("Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length", error.Message);
    }

    [Theory]
    [InlineData(".fifo")]
    [InlineData("bad name.fifo")]
    public void Fifo_names_fail_with_the_FIFO_rule(string name)
    {
        var error = QueueWorld.Fails(() => QueueTypes.CheckName(name, isFifo: true));

        Assert.Equal(
            "The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.",
            error.Message);
    }

    [Fact]
    public void The_fifo_suffix_counts_toward_the_80_characters()
    {
        QueueTypes.CheckName(new string('a', 75) + ".fifo", isFifo: true);
        QueueTypes.CheckName(new string('a', 80), isFifo: false);

        QueueWorld.Fails(() => QueueTypes.CheckName(new string('a', 76) + ".fifo", isFifo: true));
        QueueWorld.Fails(() => QueueTypes.CheckName(new string('a', 81), isFifo: false));
    }
}
