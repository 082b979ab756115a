namespace Emulator.Common.Durability;

/// <summary>One change to the stored records, in the order the state made it; <see cref="End"/> bounds a range, exclusive.</summary>
public readonly record struct JournalEntry(JournalOperation Operation, string Kind, string Key, byte[]? Value, string? End = null)
{
    public static JournalEntry Put(string kind, string key, byte[] value) => new(JournalOperation.Put, kind, key, value);
    public static JournalEntry Delete(string kind, string key) => new(JournalOperation.Delete, kind, key, null);
    public static JournalEntry DeletePrefix(string kind, string prefix) => new(JournalOperation.DeletePrefix, kind, prefix, null);
    public static JournalEntry DeleteRange(string kind, string from, string to) => new(JournalOperation.DeleteRange, kind, from, null, to);
    public static JournalEntry DeleteKind(string kind) => new(JournalOperation.DeleteKind, kind, "", null);
}

public enum JournalOperation
{
    Put,
    Delete,
    DeletePrefix,
    DeleteRange,
    DeleteKind,
}
