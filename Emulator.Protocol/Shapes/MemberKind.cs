namespace Emulator.Protocol.Shapes;

public enum MemberKind
{
    String,
    Utf8Text,
    Int32,
    Int64,
    Double,
    Boolean,
    Blob,
    StreamingBlob,
    Timestamp,
    Structure,
    List,
    Map,
}
