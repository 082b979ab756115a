using Emulator.Protocol.Errors;
using Emulator.Protocol.Query;
using Emulator.Protocol.Shapes;

namespace Emulator.Tests.Protocol;

public class QueryRequestDecoderTests
{
    private static SampleRequest Decode(params (string Key, string Value)[] parameters) =>
        (SampleRequest)QueryRequestDecoder.Decode(ShapeCatalog.For<SampleRequest>(),
            parameters.ToDictionary(p => p.Key, p => p.Value));

    [Fact]
    public void Reads_scalars_of_every_kind()
    {
        var request = Decode(("Name", "n"), ("Count", "-7"), ("Big", "9000000000"), ("Enabled", "true"),
            ("Data", Convert.ToBase64String([1, 2, 3])), ("When", "2024-01-02T03:04:05Z"));

        Assert.Equal("n", request.Name);
        Assert.Equal(-7, request.Count);
        Assert.Equal(9_000_000_000L, request.Big);
        Assert.True(request.Enabled);
        Assert.Equal(new byte[] { 1, 2, 3 }, request.Data);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), request.When);
    }

    [Fact]
    public void Reads_flattened_lists_maps_and_structures_in_index_order()
    {
        var request = Decode(("Name", "n"), ("Label.1", "a"), ("Label.2", "b"),
            ("Attribute.1.Name", "DelaySeconds"), ("Attribute.1.Value", "5"),
            ("Attribute.2.Name", "VisibilityTimeout"), ("Attribute.2.Value", "60"),
            ("Entry.1.Id", "x"), ("Entry.1.Size", "1"), ("Entry.2.Id", "y"));

        Assert.Equal(["a", "b"], request.Labels!);
        Assert.Equal("5", request.Attributes!["DelaySeconds"]);
        Assert.Equal("60", request.Attributes["VisibilityTimeout"]);
        Assert.Equal(2, request.Entries!.Count);
        Assert.Equal(("x", 1), (request.Entries[0].Id, request.Entries[0].Size));
        Assert.Equal("y", request.Entries[1].Id);
        Assert.Null(request.Entries[1].Size);
    }

    [Fact]
    public void Reads_wrapped_lists_and_maps()
    {
        var request = Decode(("Name", "n"), ("Wrapped.member.1", "p"), ("Wrapped.member.2", "q"),
            ("Nested.entry.1.key", "k"), ("Nested.entry.1.value.Id", "v"));

        Assert.Equal(["p", "q"], request.Wrapped!);
        Assert.Equal("v", request.Nested!["k"].Id);
    }

    [Fact]
    public void Missing_required_member_is_MissingParameter()
    {
        var error = Assert.Throws<AwsError>(() => Decode(("Count", "1")));
        Assert.Equal("MissingParameter", error.QueryCode);
        Assert.Contains("Name", error.Message);
    }

    [Fact]
    public void Malformed_number_is_InvalidParameterValue()
    {
        var error = Assert.Throws<AwsError>(() => Decode(("Name", "n"), ("Count", "many")));
        Assert.Equal("InvalidParameterValue", error.QueryCode);
        Assert.Contains("Count", error.Message);
    }

    [Fact]
    public void Map_entry_without_value_is_MissingParameter()
    {
        var error = Assert.Throws<AwsError>(() => Decode(("Name", "n"), ("Attribute.1.Name", "DelaySeconds")));
        Assert.Equal("MissingParameter", error.QueryCode);
    }
}
