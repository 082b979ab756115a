using System.Text;
using Emulator.Sns.Shapes;
using Newtonsoft.Json;

namespace Emulator.Sns.Delivery;

/// <summary>Writes the JSON documents SNS delivers, laid out as AWS lays them out (<c>"Name" : "value"</c>, one field per line).</summary>
internal sealed class EnvelopeWriter
{
    private readonly StringBuilder _text = new("{");
    private bool _first = true;

    public EnvelopeWriter Field(string name, string? value)
    {
        if (value is null) return this;
        Separator().Append('"').Append(name).Append("\" : ").Append(JsonConvert.ToString(value));
        return this;
    }

    /// <summary><c>"MessageAttributes" : { "name" : {"Type":"String","Value":"..."}, ... }</c>, binary values in base64.</summary>
    public EnvelopeWriter Attributes(Dictionary<string, MessageAttributeValue>? attributes)
    {
        if (attributes is not { Count: > 0 }) return this;
        Separator().Append("\"MessageAttributes\" : {");
        var first = true;
        foreach (var (name, value) in attributes)
        {
            _text.Append(first ? "\n    " : ",\n    ");
            first = false;
            var text = value.BinaryValue is { } binary ? Convert.ToBase64String(binary) : value.StringValue ?? "";
            _text.Append(JsonConvert.ToString(name)).Append(" : {\"Type\":").Append(JsonConvert.ToString(value.DataType))
                .Append(",\"Value\":").Append(JsonConvert.ToString(text)).Append('}');
        }
        _text.Append("\n  }");
        return this;
    }

    public override string ToString() => _text.Append("\n}").ToString();

    private StringBuilder Separator()
    {
        _text.Append(_first ? "\n  " : ",\n  ");
        _first = false;
        return _text;
    }
}
