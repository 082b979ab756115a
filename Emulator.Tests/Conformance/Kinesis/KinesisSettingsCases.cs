using Emulator.Tests.Conformance.Wire;
using static Emulator.Tests.Conformance.Kinesis.KinesisSteps;

namespace Emulator.Tests.Conformance.Kinesis;

/// <summary>Retention periods and tags of streams.</summary>
public static class KinesisSettingsCases
{
    private static Task<WireResponse> Retention(WireClient kinesis, string operation, string stream, int hours) =>
        kinesis.Call(operation, new { StreamName = stream, RetentionPeriodHours = hours });

    public static readonly CaseList All = new()
    {
        {
            "IncreaseStreamRetentionPeriod below 24 hours is InvalidArgumentException",
            Source.Kinesalite("test/increaseStreamRetentionPeriod.js", "should return InvalidArgumentException for retention period less than 24"),
            async kinesis => await Retention(kinesis, "IncreaseStreamRetentionPeriod", await Stream(kinesis), 23),
            KinesisExpect.InvalidArgument("Minimum allowed retention period is 24 hours. Requested retention period (23 hours) is too short.")
        },
        {
            "DecreaseStreamRetentionPeriod below 24 hours is InvalidArgumentException",
            Source.Kinesalite("test/decreaseStreamRetentionPeriod.js", "should return InvalidArgumentException for retention period less than 24"),
            async kinesis => await Retention(kinesis, "DecreaseStreamRetentionPeriod", await Stream(kinesis), 23),
            KinesisExpect.InvalidArgument("Minimum allowed retention period is 24 hours. Requested retention period (23 hours) is too short.")
        },
        {
            // The model no longer bounds the hours (kinesalite's 168 is gone); the wording mirrors AWS's minimum.
            "IncreaseStreamRetentionPeriod above 8760 hours is InvalidArgumentException",
            Source.Doc("https://docs.aws.amazon.com/kinesis/latest/APIReference/API_IncreaseStreamRetentionPeriod.html"),
            async kinesis => await Retention(kinesis, "IncreaseStreamRetentionPeriod", await Stream(kinesis), 8761),
            KinesisExpect.InvalidArgument("Maximum allowed retention period is 8760 hours. Requested retention period (8761 hours) is too long.")
        },
        {
            "DecreaseStreamRetentionPeriod above the current period is InvalidArgumentException",
            Source.Kinesalite("test/decreaseStreamRetentionPeriod.js", "should return InvalidArgumentException for retention period greater than current"),
            async kinesis => await Retention(kinesis, "DecreaseStreamRetentionPeriod", await Stream(kinesis), 25),
            Expect.Error(400, "InvalidArgumentException",
                "^Requested retention period \\(25 hours\\) for stream c-\\w+-\\d+ can not be longer than existing retention period \\(24 hours\\)\\. Use IncreaseRetentionPeriod API\\.$")
        },
        {
            "IncreaseStreamRetentionPeriod below the current period is InvalidArgumentException",
            Source.Kinesalite("test/increaseStreamRetentionPeriod.js", "should increase stream retention period"),
            async kinesis =>
            {
                var stream = await Stream(kinesis);
                await kinesis.Ok("IncreaseStreamRetentionPeriod", new { StreamName = stream, RetentionPeriodHours = 25 });
                return await Retention(kinesis, "IncreaseStreamRetentionPeriod", stream, 24);
            },
            Expect.Error(400, "InvalidArgumentException",
                "^Requested retention period \\(24 hours\\) for stream c-\\w+-\\d+ can not be shorter than existing retention period \\(25 hours\\)\\. Use DecreaseRetentionPeriod API\\.$")
        },
        {
            "IncreaseStreamRetentionPeriod answers an empty body",
            Source.Doc("https://docs.aws.amazon.com/kinesis/latest/APIReference/API_IncreaseStreamRetentionPeriod.html"),
            async kinesis => await Retention(kinesis, "IncreaseStreamRetentionPeriod", await Stream(kinesis), 48),
            KinesisExpect.EmptyBody
        },
        {
            "AddTagsToStream without Tags is ValidationException",
            Source.Kinesalite("test/addTagsToStream.js", "should return ValidationException for no StreamName"),
            kinesis => kinesis.Call("AddTagsToStream", new { StreamName = "c-unknown-stream" }),
            KinesisExpect.Violations("Value null at 'tags' failed to satisfy constraint: Member must not be null")
        },
        {
            "AddTagsToStream with no tags is ValidationException",
            Source.Kinesalite("test/addTagsToStream.js", "should return ValidationException for empty StreamName"),
            kinesis => kinesis.Call("AddTagsToStream", new { StreamName = "", Tags = new { } }),
            KinesisExpect.Violations(
                "Value '{}' at 'tags' failed to satisfy constraint: Member must have length greater than or equal to 1",
                "Value '' at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
                "Value '' at 'streamName' failed to satisfy constraint: Member must have length greater than or equal to 1")
        },
        {
            "AddTagsToStream with a tag key over 128 characters is ValidationException",
            Source.Kinesalite("test/addTagsToStream.js", "should return ValidationException for long tag key"),
            kinesis => kinesis.Call("AddTagsToStream", new Newtonsoft.Json.Linq.JObject
            {
                ["StreamName"] = "c-unknown-stream",
                ["Tags"] = new Newtonsoft.Json.Linq.JObject { ["a"] = "1", [new string('k', 129)] = "3" },
            }),
            KinesisExpect.Violations(
                $"Value '{{a=1, {new string('k', 129)}=3}}' at 'tags' failed to satisfy constraint: Map keys must satisfy constraint: " +
                "[Member must have length less than or equal to 128, Member must have length greater than or equal to 1]")
        },
        {
            "AddTagsToStream with a tag value over 256 characters is ValidationException",
            Source.Kinesalite("test/addTagsToStream.js", "should return ValidationException for long tag value"),
            kinesis => kinesis.Call("AddTagsToStream", new { StreamName = "c-unknown-stream", Tags = new { c = new string('v', 257) } }),
            KinesisExpect.Violations(
                $"Value '{{c={new string('v', 257)}}}' at 'tags' failed to satisfy constraint: Map value must satisfy constraint: " +
                "[Member must have length less than or equal to 256, Member must have length greater than or equal to 0]")
        },
        {
            "AddTagsToStream of an unknown stream is ResourceNotFoundException",
            Source.Kinesalite("test/addTagsToStream.js", "should return ResourceNotFoundException if stream does not exist"),
            kinesis => kinesis.Call("AddTagsToStream", new { StreamName = "c-unknown-stream", Tags = new { a = "b" } }),
            KinesisExpect.NotFound($"Stream c-unknown-stream under account {Account} not found.")
        },
        {
            "ListTagsForStream lists the tags AddTagsToStream added",
            Source.Recorded("kinesis/test_kinesis", "TestKinesis::test_add_tags_to_stream", "Tags"),
            async kinesis =>
            {
                var stream = await Stream(kinesis);
                await kinesis.Ok("AddTagsToStream", new { StreamName = stream, Tags = new { foo = "bar" } });
                return await kinesis.Call("ListTagsForStream", new { StreamName = stream });
            },
            Expect.Success(("Key", "foo"), ("Value", "bar"), ("HasMoreTags", "false"))
        },
        {
            "RemoveTagsFromStream answers an empty body",
            Source.Kinesalite("test/removeTagsFromStream.js", "should succeed if valid characters in tag keys"),
            async kinesis => await kinesis.Call("RemoveTagsFromStream", new { StreamName = await Stream(kinesis), TagKeys = new[] { "ü0 _.", "/=+-@" } }),
            KinesisExpect.EmptyBody
        },
    };
}
