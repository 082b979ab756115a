namespace Emulator.Protocol.Shapes;

public enum MemberKind
{
    String,
    Int32,
    Int64,
    Double,
    Boolean,
    Blob,
    Timestamp,
    Structure,
    List,
    Map,
}
