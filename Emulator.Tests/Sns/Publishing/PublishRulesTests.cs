using Emulator.Protocol.Errors;
using Emulator.Sns.Publishing;
using Emulator.Sns.Shapes;
using Microsoft.Extensions.Time.Testing;

namespace Emulator.Tests.Sns.Publishing;

public class PublishRulesTests
{
    private static PublishContent Input(string message, string? subject = null, Dictionary<string, MessageAttributeValue>? attributes = null) =>
        new(message, subject, null, attributes, null, null);

    [Fact]
    public void The_limit_counts_UTF8_bytes_of_the_message_and_its_attributes()
    {
        var attributes = new Dictionary<string, MessageAttributeValue> { ["k"] = new() { DataType = "String", StringValue = "vv" } };
        // 262,144 bytes in all: 9 of attribute, 131,067 two-byte characters and one more byte.
        var fits = new string('é', (PublishRules.MaxMessageBytes - 9) / 2) + "x";

        PublishRules.Check(Input(fits, attributes: attributes));
        var error = Assert.Throws<AwsError>(() => PublishRules.Check(Input(fits + "x", attributes: attributes)));
        Assert.Equal(("InvalidParameter", "Invalid parameter: Message too long"), (error.Code, error.Message));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("line\nbreak")]
    [InlineData("non-ascii é")]
    public void Subjects_are_printable_ascii_of_at_most_100_characters(string subject)
    {
        Assert.Throws<AwsError>(() => PublishRules.Check(Input("m", subject)));
        Assert.Throws<AwsError>(() => PublishRules.Check(Input("m", new string('s', 101))));
        PublishRules.Check(Input("m", new string('s', 100)));
    }

    [Theory]
    [InlineData("Number", "abc")]
    [InlineData("Number", "1e10")]
    [InlineData("String.Array", "not json")]
    [InlineData("String.Array", "[{\"nested\":1}]")]
    [InlineData("Boolean", "true")]
    [InlineData("String", "")]
    public void Attribute_values_must_match_their_type(string type, string value)
    {
        var error = Assert.Throws<AwsError>(() => MessageAttributeRules.Check(new() { ["a"] = new() { DataType = type, StringValue = value } }));

        Assert.Equal("ParameterValueInvalid", error.Code);
    }

    [Theory]
    [InlineData("AWS.reserved")]
    [InlineData("Amazon.reserved")]
    [InlineData(".leading")]
    [InlineData("two..dots")]
    [InlineData("space name")]
    public void Attribute_names_follow_AWS_rules(string name)
    {
        Assert.Throws<AwsError>(() => MessageAttributeRules.Check(new() { [name] = new() { DataType = "String", StringValue = "v" } }));
    }

    [Fact]
    public void A_fifo_topic_deduplicates_for_five_minutes_and_numbers_messages_in_order()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var sequencer = new FifoTopicSequencer(clock);
        var delivered = new List<string>();

        var first = sequencer.Accept("dedup", Guid.NewGuid(), delivered.Add);
        var second = sequencer.Accept("other", Guid.NewGuid(), delivered.Add);
        clock.Advance(TimeSpan.FromMinutes(4));
        var repeat = sequencer.Accept("dedup", Guid.NewGuid(), delivered.Add);
        clock.Advance(TimeSpan.FromMinutes(1));
        var later = sequencer.Accept("dedup", Guid.NewGuid(), delivered.Add);

        Assert.Equal((first.MessageId, first.SequenceNumber, true), repeat);
        Assert.False(later.Duplicate);
        Assert.Equal([first.SequenceNumber, second.SequenceNumber, later.SequenceNumber], delivered);
        Assert.True(string.CompareOrdinal(first.SequenceNumber, second.SequenceNumber) < 0);
        Assert.Equal(20, first.SequenceNumber.Length);
    }
}
