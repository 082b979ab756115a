using Microsoft.Data.Sqlite;

namespace Emulator.Common.Durability;

/// <summary>
/// The records of durable mode in one SQLite database (<c>emulator.db</c> in the data directory), in WAL mode: a batch of
/// journal entries is one transaction, so a batch is on disk entirely or not at all. With <c>synchronous=FULL</c> a
/// committed batch survives a power loss; with OFF it is in the operating system's hands once committed, which survives
/// the process being killed and costs no disk flush. A table with row ids: records of a kilobyte and more make a
/// WITHOUT ROWID table's pages split often (measured: 75 against 48 µs a record). Used by one writer at a time (the journal's).
/// </summary>
public sealed class SqliteRecordStore : IDisposable
{
    public const string FileName = "emulator.db";

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _put, _delete, _deleteRange, _deleteKind;

    // Microsoft.Data.Sqlite finds the native library's provider by reflection, which Native AOT trims away; named here, it stays.
    static SqliteRecordStore() => SQLitePCL.Batteries_V2.Init();

    public SqliteRecordStore(string directory, bool syncEveryCommit)
    {
        Directory.CreateDirectory(directory);
        Path = System.IO.Path.Combine(directory, FileName);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
        _connection.Open();
        Execute($"PRAGMA journal_mode=WAL; PRAGMA synchronous={(syncEveryCommit ? "FULL" : "OFF")};");
        Execute("CREATE TABLE IF NOT EXISTS records (kind TEXT NOT NULL, key TEXT NOT NULL, value BLOB NOT NULL, PRIMARY KEY (kind, key));");
        _put = Command("INSERT INTO records (kind, key, value) VALUES ($kind, $key, $value) ON CONFLICT (kind, key) DO UPDATE SET value = excluded.value",
            "$kind", "$key", "$value");
        _delete = Command("DELETE FROM records WHERE kind = $kind AND key = $key", "$kind", "$key");
        _deleteRange = Command("DELETE FROM records WHERE kind = $kind AND key >= $key AND key < $end", "$kind", "$key", "$end");
        _deleteKind = Command("DELETE FROM records WHERE kind = $kind", "$kind");
    }

    public string Path { get; }

    public List<DurableRecord> ReadAll()
    {
        using var query = _connection.CreateCommand();
        query.CommandText = "SELECT kind, key, value FROM records";
        using var reader = query.ExecuteReader();
        var records = new List<DurableRecord>();
        while (reader.Read()) records.Add(new DurableRecord(reader.GetString(0), reader.GetString(1), (byte[])reader.GetValue(2)));
        return records;
    }

    /// <summary>Applies the entries in order, in one transaction.</summary>
    public void Apply(IReadOnlyList<JournalEntry> entries)
    {
        using var transaction = _connection.BeginTransaction();
        foreach (var command in (ReadOnlySpan<SqliteCommand>)[_put, _delete, _deleteRange, _deleteKind]) command.Transaction = transaction;
        foreach (var entry in entries)
        {
            var command = entry.Operation switch
            {
                JournalOperation.Put => _put,
                JournalOperation.Delete => _delete,
                JournalOperation.DeletePrefix or JournalOperation.DeleteRange => _deleteRange,
                _ => _deleteKind,
            };
            command.Parameters[0].Value = entry.Kind;
            if (entry.Operation != JournalOperation.DeleteKind) command.Parameters[1].Value = entry.Key;
            if (entry.Operation == JournalOperation.Put) command.Parameters[2].Value = entry.Value;
            // Keys are text; every key that starts with the prefix sorts before the prefix followed by the highest character.
            if (entry.Operation == JournalOperation.DeletePrefix) command.Parameters[2].Value = entry.Key + char.MaxValue;
            if (entry.Operation == JournalOperation.DeleteRange) command.Parameters[2].Value = entry.End;
            command.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    public void Dispose()
    {
        foreach (var command in (ReadOnlySpan<SqliteCommand>)[_put, _delete, _deleteRange, _deleteKind]) command.Dispose();
        _connection.Dispose();
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }
}
