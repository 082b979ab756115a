using System.Formats.Cbor;

namespace Emulator.Tests.Protocol;

/// <summary>A tagged CBOR value, as <see cref="CborDocument"/> reads it.</summary>
public sealed record CborTagged(CborTag Tag, object? Value);

/// <summary>
/// Reads any CBOR document into plain values (maps, lists, strings, longs, doubles, bools, byte arrays, tagged values),
/// independently of the emulator's shape-driven codec, so that tests can check what went over the wire.
/// </summary>
public static class CborDocument
{
    public static object? Read(byte[] bytes)
    {
        var reader = new CborReader(bytes, CborConformanceMode.Lax);
        var value = ReadValue(reader);
        Assert.Equal(0, reader.BytesRemaining);
        return value;
    }

    public static Dictionary<string, object?> ReadMap(byte[] bytes) => Assert.IsType<Dictionary<string, object?>>(Read(bytes));

    private static object? ReadValue(CborReader reader)
    {
        switch (reader.PeekState())
        {
            case CborReaderState.StartMap:
                reader.ReadStartMap();
                var map = new Dictionary<string, object?>();
                while (reader.PeekState() != CborReaderState.EndMap) map.Add(reader.ReadTextString(), ReadValue(reader));
                reader.ReadEndMap();
                return map;
            case CborReaderState.StartArray:
                reader.ReadStartArray();
                var list = new List<object?>();
                while (reader.PeekState() != CborReaderState.EndArray) list.Add(ReadValue(reader));
                reader.ReadEndArray();
                return list;
            case CborReaderState.TextString or CborReaderState.StartIndefiniteLengthTextString:
                return reader.ReadTextString();
            case CborReaderState.ByteString or CborReaderState.StartIndefiniteLengthByteString:
                return reader.ReadByteString();
            case CborReaderState.UnsignedInteger or CborReaderState.NegativeInteger:
                return reader.ReadInt64();
            case CborReaderState.HalfPrecisionFloat or CborReaderState.SinglePrecisionFloat or CborReaderState.DoublePrecisionFloat:
                return reader.ReadDouble();
            case CborReaderState.Boolean:
                return reader.ReadBoolean();
            case CborReaderState.Tag:
                var tag = reader.ReadTag();
                return new CborTagged(tag, ReadValue(reader));
            case CborReaderState.Null:
                reader.ReadNull();
                return null;
            default:
                throw new InvalidOperationException($"Unexpected CBOR {reader.PeekState()}.");
        }
    }
}
