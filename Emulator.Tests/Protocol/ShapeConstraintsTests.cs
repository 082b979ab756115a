using Emulator.Protocol.Errors;
using Emulator.Protocol.Shapes;

namespace Emulator.Tests.Protocol;

public sealed class ConstrainedRequest
{
    [Constraint(NotNull = true, Min = 1, Max = 8, Pattern = "[a-z]+")]
    public string? Name { get; set; }

    [Constraint(Min = 1, Max = 100)]
    public int? Limit { get; set; }

    [Constraint(Enum = new[] { "ON", "OFF" })]
    public string? Mode { get; set; }

    [Constraint(Max = 4)]
    public byte[]? Data { get; set; }

    [Constraint(Max = 2), ElementConstraint(Min = 1, Max = 3)]
    public List<string>? Keys { get; set; }

    [KeyConstraint(Min = 1, Max = 3), ElementConstraint(Max = 2)]
    public Dictionary<string, string>? Tags { get; set; }

    public List<ConstrainedEntry>? Entries { get; set; }

    public ConstrainedEntry? Single { get; set; }

    public string? Free { get; set; }
}

public sealed class ConstrainedEntry
{
    [Constraint(NotNull = true, Pattern = "0|([1-9][0-9]{0,2})")]
    public string? Key { get; set; }
}

public sealed class UnconstrainedRequest
{
    public string? Name { get; set; }
    public List<SampleEntry>? Entries { get; set; }
}

public class ShapeConstraintsTests
{
    private static string Violations(object request)
    {
        var error = Assert.Throws<AwsError>(() => ShapeConstraints.Check(ShapeCatalog.For(request.GetType()), request));
        Assert.Equal("ValidationException", error.Code);
        Assert.Equal(400, error.Status);
        return error.Message;
    }

    private static void Valid(object request) => ShapeConstraints.Check(ShapeCatalog.For(request.GetType()), request);

    [Fact]
    public void A_request_within_every_constraint_passes()
    {
        Valid(new ConstrainedRequest
        {
            Name = "abc", Limit = 100, Mode = "ON", Data = new byte[4], Keys = ["a", "abc"], Tags = new() { ["k"] = "vv" },
            Entries = [new ConstrainedEntry { Key = "0" }, new ConstrainedEntry { Key = "999" }], Single = new ConstrainedEntry { Key = "7" },
        });
    }

    [Fact]
    public void Each_kind_of_constraint_is_named_in_AWS_wording()
    {
        Assert.Equal("1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null",
            Violations(new ConstrainedRequest()));
        Assert.Equal("1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
            Violations(new ConstrainedRequest { Name = "a", Limit = 0 }));
        Assert.Equal("1 validation error detected: Value 'MAYBE' at 'mode' failed to satisfy constraint: Member must satisfy enum value set: [ON, OFF]",
            Violations(new ConstrainedRequest { Name = "a", Mode = "MAYBE" }));
        Assert.Equal("1 validation error detected: Value 'java.nio.HeapByteBuffer[pos=0 lim=5 cap=5]' at 'data' failed to satisfy constraint: " +
                     "Member must have length less than or equal to 4",
            Violations(new ConstrainedRequest { Name = "a", Data = new byte[5] }));
    }

    [Fact]
    public void Every_broken_constraint_is_listed_in_one_error_in_member_order()
    {
        Assert.Equal("3 validation errors detected: " +
                     "Value 'ABCDEFGHI' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-z]+; " +
                     "Value 'ABCDEFGHI' at 'name' failed to satisfy constraint: Member must have length less than or equal to 8; " +
                     "Value '101' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 100",
            Violations(new ConstrainedRequest { Name = "ABCDEFGHI", Limit = 101 }));
    }

    [Fact]
    public void Patterns_must_match_the_whole_value()
    {
        Assert.Contains("regular expression pattern", Violations(new ConstrainedRequest { Name = "abc1" }));
        Assert.Contains("regular expression pattern", Violations(new ConstrainedRequest { Name = "abc\n" }));
        Assert.Contains("'single.key'", Violations(new ConstrainedRequest { Name = "a", Single = new ConstrainedEntry { Key = "0123" } }));
    }

    [Fact]
    public void List_items_and_map_keys_and_values_are_checked_against_their_own_constraints()
    {
        Assert.Equal("1 validation error detected: Value '[a, abcd]' at 'keys' failed to satisfy constraint: " +
                     "Member must satisfy constraint: [Member must have length less than or equal to 3, Member must have length greater than or equal to 1]",
            Violations(new ConstrainedRequest { Name = "a", Keys = ["a", "abcd"] }));
        Assert.Equal("1 validation error detected: Value '{long=v}' at 'tags' failed to satisfy constraint: " +
                     "Map keys must satisfy constraint: [Member must have length less than or equal to 3, Member must have length greater than or equal to 1]",
            Violations(new ConstrainedRequest { Name = "a", Tags = new() { ["long"] = "v" } }));
        Assert.Equal("1 validation error detected: Value '{k=vvv}' at 'tags' failed to satisfy constraint: " +
                     "Map value must satisfy constraint: [Member must have length less than or equal to 2]",
            Violations(new ConstrainedRequest { Name = "a", Tags = new() { ["k"] = "vvv" } }));
    }

    [Fact]
    public void Structures_in_lists_are_named_by_their_one_based_place()
    {
        var message = Violations(new ConstrainedRequest
        {
            Name = "a", Entries = [new ConstrainedEntry { Key = "1" }, new ConstrainedEntry(), new ConstrainedEntry { Key = "x" }],
        });
        Assert.Equal("2 validation errors detected: " +
                     "Value null at 'entries.2.member.key' failed to satisfy constraint: Member must not be null; " +
                     "Value 'x' at 'entries.3.member.key' failed to satisfy constraint: Member must satisfy regular expression pattern: 0|([1-9][0-9]{0,2})",
            message);
    }

    [Fact]
    public void At_most_ten_violations_are_reported()
    {
        var entries = Enumerable.Range(0, 15).Select(_ => new ConstrainedEntry()).ToList();
        Assert.StartsWith("10 validation errors detected: ", Violations(new ConstrainedRequest { Name = "a", Entries = entries }));
    }

    [Fact]
    public void Shapes_without_constraints_have_nothing_to_visit()
    {
        Assert.Empty(ShapeCatalog.For<UnconstrainedRequest>().ConstrainedMembers);
        Valid(new UnconstrainedRequest { Name = new string('x', 10_000) });
        Assert.Equal(["Name", "Limit", "Mode", "Data", "Keys", "Tags", "Entries", "Single"],
            ShapeCatalog.For<ConstrainedRequest>().ConstrainedMembers.Select(m => m.Name));
    }
}
