using System.Text;

namespace Emulator.Kinesis.Streams;

/// <summary>
/// Shard iterators: opaque to clients, they name the stream (by its creation time too, so that a re-created stream
/// does not accept old iterators), the shard, the position to read from and when they were issued. They expire
/// after five minutes.
/// </summary>
public static class ShardIterators
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public readonly record struct Position(string AccountId, string Region, string StreamName, long StreamCreatedTicks, string ShardId, long Offset, long IssuedTicks);

    public static string Encode(KinesisStream stream, StreamShard shard, long offset, DateTimeOffset now)
    {
        var text = string.Join('\n', stream.AccountId, stream.Region, stream.Name, stream.CreatedAt.UtcTicks, shard.Id, offset, now.UtcTicks);
        // Sealed: a mistyped, truncated or edited iterator (another position, a later expiry) fails as invalid.
        return Convert.ToBase64String(HandleSeal.Seal(Encoding.UTF8.GetBytes(text)));
    }

    public static Position Decode(string? iterator)
    {
        // AWS reads an iterator pasted with the quotes of its JSON string around it.
        if (iterator is ['"', .., '"']) iterator = iterator[1..^1];
        if (iterator is not { Length: > 0 and <= 4096 }) throw Invalid();
        var bytes = new byte[iterator.Length];
        if (!Convert.TryFromBase64String(iterator, bytes, out var length) || !HandleSeal.TryOpen(bytes.AsSpan(0, length), out var body)) throw Invalid();
        var parts = Encoding.UTF8.GetString(body).Split('\n');
        if (parts is not [var account, var region, var name, var created, var shard, var offset, var issued]
            || !long.TryParse(created, out var createdTicks) || !long.TryParse(offset, out var position) || !long.TryParse(issued, out var issuedTicks))
            throw Invalid();
        return new Position(account, region, name, createdTicks, shard, position, issuedTicks);
    }

    private static Exception Invalid() => KinesisErrors.InvalidArgument("Invalid ShardIterator.");
}
