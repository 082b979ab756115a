using Emulator.Kinesis.Shapes;
using Emulator.Protocol.Errors;

namespace Emulator.Tests.Kinesis;

public class TagTests
{
    private const string StreamArn = "arn:aws:kinesis:us-east-1:000000000000:stream/tagged";
    private readonly KinesisWorld _world = new();

    public TagTests() => _world.Call("CreateStream", new CreateStreamInput { StreamName = "tagged", ShardCount = 1, Tags = new() { ["team"] = "data" } });

    private Dictionary<string, string> TagsOf(string arn) =>
        _world.Call<ListTagsForResourceOutput>("ListTagsForResource", new ListTagsForResourceInput { ResourceARN = arn }).Tags!
            .ToDictionary(t => t.Key!, t => t.Value!);

    private string Message(string operation, object request) => Assert.Throws<AwsError>(() => _world.Call(operation, request)).Message;

    [Fact]
    public void Consumers_carry_their_own_tags_by_their_ARN()
    {
        var consumer = _world.Call<RegisterStreamConsumerOutput>("RegisterStreamConsumer", new RegisterStreamConsumerInput
        {
            StreamARN = StreamArn, ConsumerName = "reader", Tags = new() { ["owner"] = "alice" },
        }).Consumer!.ConsumerARN!;

        _world.Call("TagResource", new TagResourceInput { ResourceARN = consumer, Tags = new() { ["tier"] = "gold" } });
        _world.Call("UntagResource", new UntagResourceInput { ResourceARN = consumer, TagKeys = ["owner"] });

        Assert.Equal(new Dictionary<string, string> { ["tier"] = "gold" }, TagsOf(consumer));
        Assert.Equal(new Dictionary<string, string> { ["team"] = "data" }, TagsOf(StreamArn));
    }

    [Fact]
    public void Tags_with_characters_AWS_refuses_are_refused_in_its_words()
    {
        Assert.Equal("Some tags contain invalid characters. Valid characters: Unicode letters, digits, white space, _ . / = + - % @ :.",
            Message("AddTagsToStream", new AddTagsToStreamInput { StreamName = "tagged", Tags = new() { ["cost#centre"] = "1" } }));
        Assert.Equal("Failed to add tags to stream tagged under account 000000000000 because some tags contained illegal characters. " +
                     "The allowed characters are Unicode letters, white-spaces, '_',',','/','=','+','-','@',':'.",
            Message("AddTagsToStream", new AddTagsToStreamInput { StreamName = "tagged", Tags = new() { ["share"] = "50%" } }));
        Assert.StartsWith("Failed to remove tags from stream tagged under account 000000000000 because",
            Message("RemoveTagsFromStream", new RemoveTagsFromStreamInput { StreamName = "tagged", TagKeys = ["50%"] }));
        _world.Call("AddTagsToStream", new AddTagsToStreamInput { StreamName = "tagged", Tags = new() { ["Größe"] = "große Menge: 5 / 7 = x+y @ z_" } });
    }

    [Fact]
    public void A_stream_holds_at_most_fifty_tags()
    {
        var tags = Enumerable.Range(0, 49).ToDictionary(i => $"k{i}", i => "v");
        _world.Call("AddTagsToStream", new AddTagsToStreamInput { StreamName = "tagged", Tags = tags });

        Assert.Equal("Failed to add tags to stream tagged under account 000000000000 because a given stream cannot have more than 50 tags associated with it.",
            Message("AddTagsToStream", new AddTagsToStreamInput { StreamName = "tagged", Tags = new() { ["one"] = "more" } }));
        Assert.Equal(50, TagsOf(StreamArn).Count);
    }
}
