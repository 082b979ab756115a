using YamlDotNet.RepresentationModel;

namespace Emulator.Hosting.Declarations;

/// <summary>A node of the configuration file with its line, read the way the file's sections need it.</summary>
public sealed class Node(YamlNode yaml, string file, string path)
{
    private readonly YamlNode _yaml = yaml;

    public int Line => (int)_yaml.Start.Line;
    public string Path { get; } = path;

    public DeclarationError Error(string problem) => new(file, Line, $"{Path}: {problem}");

    public string Text => _yaml is YamlScalarNode { Value: { } value } ? EnvironmentReferences.Expand(value, this) : throw Error("expected a value");

    public bool IsMapping => _yaml is YamlMappingNode;

    public IEnumerable<Node> Items(string key) => this[key] is { } list
        ? list._yaml is YamlSequenceNode sequence
            ? sequence.Children.Select((child, i) => new Node(child, file, $"{list.Path}[{i}]"))
            : throw list.Error("expected a list")
        : [];

    public IEnumerable<(string Key, Node Value)> Entries() => _yaml is YamlMappingNode mapping
        ? mapping.Children.Select(e => (((YamlScalarNode)e.Key).Value ?? "", new Node(e.Value, file, $"{Path}.{((YamlScalarNode)e.Key).Value}")))
        : throw Error("expected a mapping of names to values");

    public Node? this[string key] => _yaml is YamlMappingNode mapping
        ? mapping.Children.TryGetValue(new YamlScalarNode(key), out var child) ? new Node(child, file, Path.Length == 0 ? key : $"{Path}.{key}") : null
        : throw Error("expected a mapping");

    public string? String(string key) => this[key]?.Text;

    public string Required(string key) => String(key) ?? throw Error($"'{key}' is required");

    public int? Int(string key) => this[key] is { } node
        ? int.TryParse(node.Text, out var value) ? value : throw node.Error("expected a whole number")
        : null;

    public double? Double(string key) => this[key] is { } node
        ? double.TryParse(node.Text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value : throw node.Error("expected a number")
        : null;

    public bool Flag(string key) => this[key] is { } node && (bool.TryParse(node.Text, out var value) ? value : throw node.Error("expected true or false"));

    /// <summary>A mapping of names to values as text; nested values (a filter policy) as JSON.</summary>
    public Dictionary<string, string> Map(string key) =>
        this[key] is { } node ? node.Entries().ToDictionary(e => e.Key, e => e.Value.AsJsonOrText()) : [];

    /// <summary>The node as JSON text (a policy written in YAML), or its value when it is one.</summary>
    public string AsJsonOrText() => _yaml is YamlScalarNode ? Text : Json(_yaml).ToString(Newtonsoft.Json.Formatting.None);

    private static Newtonsoft.Json.Linq.JToken Json(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new Newtonsoft.Json.Linq.JObject(mapping.Children.Select(e =>
            new Newtonsoft.Json.Linq.JProperty(((YamlScalarNode)e.Key).Value!, Json(e.Value)))),
        YamlSequenceNode sequence => new Newtonsoft.Json.Linq.JArray(sequence.Children.Select(Json)),
        YamlScalarNode { Style: not YamlDotNet.Core.ScalarStyle.Plain } quoted => quoted.Value,
        YamlScalarNode scalar when long.TryParse(scalar.Value, out var number) => number,
        YamlScalarNode scalar when bool.TryParse(scalar.Value, out var flag) => flag,
        YamlScalarNode scalar => scalar.Value,
        _ => Newtonsoft.Json.Linq.JValue.CreateNull(),
    };
}
