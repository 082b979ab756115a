using System.Formats.Cbor;
using Newtonsoft.Json.Linq;

namespace Emulator.Tests.Conformance.Wire;

/// <summary>
/// A request given as JSON members written as AWS CBOR, and a CBOR answer read back as JSON, so that cases and their
/// checks are the same in both. Blobs (<c>byte[]</c> members) are byte strings, read back as base64 as JSON carries
/// them; timestamps (<see cref="DateTimeOffset"/> members) are tag 1 around epoch milliseconds, as AWS CBOR writes
/// them, read back as the epoch seconds JSON carries.
/// </summary>
public static class CborForm
{
    public static byte[] FromJson(JObject members)
    {
        var writer = new CborWriter(CborConformanceMode.Lax);
        Write(writer, members);
        return writer.Encode();
    }

    public static JToken? ToJson(byte[] body)
    {
        if (body.Length == 0) return null;
        var reader = new CborReader(body, CborConformanceMode.Lax);
        return Read(reader);
    }

    private static void Write(CborWriter writer, JToken token)
    {
        switch (token)
        {
            case JObject structure:
                var members = structure.Properties().Where(p => p.Value.Type != JTokenType.Null).ToList();
                writer.WriteStartMap(members.Count);
                foreach (var member in members)
                {
                    writer.WriteTextString(member.Name);
                    Write(writer, member.Value);
                }
                writer.WriteEndMap();
                break;
            case JArray list:
                writer.WriteStartArray(list.Count);
                foreach (var item in list) Write(writer, item);
                writer.WriteEndArray();
                break;
            case JValue { Type: JTokenType.Bytes } blob: writer.WriteByteString((byte[])blob.Value!); break;
            case JValue { Type: JTokenType.Date } time:
                writer.WriteTag(CborTag.UnixTimeSeconds);
                writer.WriteInt64(EpochSeconds.Of(time.Value!).ToUnixTimeMilliseconds());
                break;
            case JValue { Type: JTokenType.Integer } integer: writer.WriteInt64((long)integer); break;
            case JValue { Type: JTokenType.Float } number: writer.WriteDouble((double)number); break;
            case JValue { Type: JTokenType.Boolean } boolean: writer.WriteBoolean((bool)boolean); break;
            default: writer.WriteTextString(token.ToString()); break;
        }
    }

    private static JToken Read(CborReader reader)
    {
        switch (reader.PeekState())
        {
            case CborReaderState.StartMap:
                reader.ReadStartMap();
                var structure = new JObject();
                while (reader.PeekState() != CborReaderState.EndMap) structure[reader.ReadTextString()] = Read(reader);
                reader.ReadEndMap();
                return structure;
            case CborReaderState.StartArray:
                reader.ReadStartArray();
                var list = new JArray();
                while (reader.PeekState() != CborReaderState.EndArray) list.Add(Read(reader));
                reader.ReadEndArray();
                return list;
            case CborReaderState.TextString or CborReaderState.StartIndefiniteLengthTextString:
                return reader.ReadTextString();
            case CborReaderState.ByteString or CborReaderState.StartIndefiniteLengthByteString:
                return Convert.ToBase64String(reader.ReadByteString());
            case CborReaderState.UnsignedInteger or CborReaderState.NegativeInteger:
                return reader.ReadInt64();
            case CborReaderState.HalfPrecisionFloat or CborReaderState.SinglePrecisionFloat or CborReaderState.DoublePrecisionFloat:
                return reader.ReadDouble();
            case CborReaderState.Boolean:
                return reader.ReadBoolean();
            case CborReaderState.Tag when reader.ReadTag() == CborTag.UnixTimeSeconds:
                return Read(reader).Value<long>() / 1000.0;
            case CborReaderState.Null:
                reader.ReadNull();
                return JValue.CreateNull();
            default:
                throw new InvalidOperationException($"Unexpected CBOR {reader.PeekState()}.");
        }
    }
}
