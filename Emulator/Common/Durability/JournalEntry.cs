namespace Emulator.Common.Durability;

/// <summary>One change to the stored records, in the order the state made it.</summary>
public readonly record struct JournalEntry(JournalOperation Operation, string Kind, string Key, byte[]? Value)
{
    public static JournalEntry Put(string kind, string key, byte[] value) => new(JournalOperation.Put, kind, key, value);
    public static JournalEntry Delete(string kind, string key) => new(JournalOperation.Delete, kind, key, null);
    public static JournalEntry DeletePrefix(string kind, string prefix) => new(JournalOperation.DeletePrefix, kind, prefix, null);
    public static JournalEntry DeleteKind(string kind) => new(JournalOperation.DeleteKind, kind, "", null);
}

public enum JournalOperation
{
    Put,
    Delete,
    DeletePrefix,
    DeleteKind,
}
