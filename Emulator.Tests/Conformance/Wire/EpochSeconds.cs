using Newtonsoft.Json;

namespace Emulator.Tests.Conformance.Wire;

/// <summary>Writes timestamp members as AWS JSON carries them: epoch seconds, with milliseconds as the fraction.</summary>
public sealed class EpochSeconds : JsonConverter
{
    public static DateTimeOffset Of(object value) => value is DateTime time ? new DateTimeOffset(time.ToUniversalTime()) : (DateTimeOffset)value;

    public override bool CanConvert(Type objectType) => objectType == typeof(DateTimeOffset) || objectType == typeof(DateTime);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) =>
        writer.WriteValue(Of(value!).ToUnixTimeMilliseconds() / 1000m);

    public override object ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
        throw new NotSupportedException();
}
