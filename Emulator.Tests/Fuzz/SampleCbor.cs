using System.Formats.Cbor;
using Emulator.Protocol.Cbor;

namespace Emulator.Tests.Fuzz;

/// <summary>A <see cref="ShapeSample"/> as an AWS CBOR 1.1 body (timestamps as tag 1 around epoch milliseconds).</summary>
public sealed class SampleCbor(CborWriter cbor) : IDocumentWriter
{
    public static byte[] Write(ShapeSample sample)
    {
        var cbor = new CborWriter(CborConformanceMode.Lax);
        SampleDocument.Write(new SampleCbor(cbor), sample);
        return cbor.Encode();
    }

    public void StartObject(int count) => cbor.WriteStartMap(count);
    public void Name(string name) => cbor.WriteTextString(name);
    public void EndObject() => cbor.WriteEndMap();
    public void StartArray(int count) => cbor.WriteStartArray(count);
    public void EndArray() => cbor.WriteEndArray();
    public void Integer(long value) => cbor.WriteInt64(value);
    public void Double(double value) => cbor.WriteDouble(value);
    public void Boolean(bool value) => cbor.WriteBoolean(value);
    public void Timestamp(DateTimeOffset value) => CborTimestamps.Write(cbor, value);
    public void Blob(byte[] value) => cbor.WriteByteString(value);
    public void String(string value) => cbor.WriteTextString(value);
}
