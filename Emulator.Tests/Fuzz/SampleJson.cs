using System.Text.Json;

namespace Emulator.Tests.Fuzz;

/// <summary>A <see cref="ShapeSample"/> as an AWS JSON 1.0/1.1 body (timestamps in epoch seconds, blobs in base64).</summary>
public sealed class SampleJson(Utf8JsonWriter json) : IDocumentWriter
{
    public static byte[] Write(ShapeSample sample)
    {
        using var bytes = new MemoryStream();
        using (var json = new Utf8JsonWriter(bytes)) SampleDocument.Write(new SampleJson(json), sample);
        return bytes.ToArray();
    }

    public void StartObject(int count) => json.WriteStartObject();
    public void Name(string name) => json.WritePropertyName(name);
    public void EndObject() => json.WriteEndObject();
    public void StartArray(int count) => json.WriteStartArray();
    public void EndArray() => json.WriteEndArray();
    public void Integer(long value) => json.WriteNumberValue(value);
    public void Double(double value) => json.WriteNumberValue(value);
    public void Boolean(bool value) => json.WriteBooleanValue(value);
    public void Timestamp(DateTimeOffset value) => json.WriteNumberValue(value.ToUnixTimeMilliseconds() / 1000d);
    public void Blob(byte[] value) => json.WriteBase64StringValue(value);
    public void String(string value) => json.WriteStringValue(value);
}
