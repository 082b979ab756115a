using Emulator.Protocol.Shapes;

namespace Emulator.Tests.Protocol;

public sealed class SampleRequest
{
    [AwsMember(Required = true)]
    public string? Name { get; set; }

    public int? Count { get; set; }
    public long? Big { get; set; }
    public bool? Enabled { get; set; }
    public byte[]? Data { get; set; }
    public Utf8Text? Body { get; set; }
    public DateTimeOffset? When { get; set; }

    [AwsMember("Label", Flattened = true)]
    public List<string>? Labels { get; set; }

    [AwsMember("Attribute", Flattened = true, MapKey = "Name", MapValue = "Value")]
    public Dictionary<string, string>? Attributes { get; set; }

    [AwsMember("Entry", Flattened = true)]
    public List<SampleEntry>? Entries { get; set; }

    public Dictionary<string, SampleEntry>? Nested { get; set; }

    public List<string>? Wrapped { get; set; }
}

public sealed class SampleEntry
{
    public string? Id { get; set; }
    public int? Size { get; set; }
}
