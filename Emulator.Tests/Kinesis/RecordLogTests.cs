using System.Text;
using Emulator.Kinesis.Streams;

namespace Emulator.Tests.Kinesis;

public class RecordLogTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static List<StoredRecord> ReadAll(RecordLog log, long from = 0)
    {
        var records = new StoredRecord[Math.Max(0, log.End - from)];
        var (count, _) = log.Read(from, int.MaxValue, long.MaxValue, records);
        return records[..count].ToList();
    }

    [Fact]
    public void Records_come_back_as_written_across_chunks_of_every_size()
    {
        var log = new RecordLog();
        var random = new Random(7);
        var written = new List<(byte[] Data, string Key)>();
        // Sizes from empty to several times the largest chunk, so records land at chunk ends and in chunks of their own.
        foreach (var size in new[] { 0, 1, 1000, 4096, 3000, 70_000, 1024 * 1024, 3 * 1024 * 1024, 5, 200_000 }.Concat(Enumerable.Repeat(1024, 3000)))
        {
            var data = new byte[size];
            random.NextBytes(data);
            var key = $"key-é-{written.Count}";
            log.Append(data, key, (UInt128)written.Count + 100, T0.AddMilliseconds(written.Count));
            written.Add((data, key));
        }

        var records = ReadAll(log);

        Assert.Equal(written.Count, records.Count);
        for (var i = 0; i < written.Count; i++)
        {
            Assert.Equal(written[i].Data, records[i].Data.ToArray());
            Assert.Equal(written[i].Key, records[i].PartitionKey);
            Assert.Equal((UInt128)i + 100, records[i].SequenceNumber);
            Assert.Equal(T0.AddMilliseconds(i), records[i].ArrivedAt);
        }
    }

    [Fact]
    public void Reads_stop_at_the_limit_or_the_byte_budget_but_always_return_one_record()
    {
        var log = new RecordLog();
        for (var i = 0; i < 10; i++) log.Append(new byte[100], "k", (UInt128)i, T0);

        var page = new StoredRecord[10];
        Assert.Equal((3, 7L), log.Read(4, 3, long.MaxValue, page));
        Assert.Equal([4, 5, 6], page[..3].Select(r => (int)r.SequenceNumber));

        Assert.Equal((2, 2L), log.Read(0, 10, 250, page));

        Assert.Equal((1, 1L), log.Read(0, 10, 1, page));

        // No more than the page holds, whatever the limit.
        Assert.Equal((4, 4L), log.Read(0, 10, long.MaxValue, page.AsSpan(0, 4)));
    }

    [Fact]
    public void Trimming_keeps_positions_and_drops_only_records_before_the_cutoff()
    {
        var log = new RecordLog();
        for (var i = 0; i < 20_000; i++) log.Append(Encoding.UTF8.GetBytes($"r{i}"), "k", (UInt128)i, T0.AddSeconds(i));

        log.Trim(T0.AddSeconds(15_000));

        Assert.Equal(15_000, log.Start);
        Assert.Equal(20_000, log.End);
        var records = ReadAll(log, from: 3);
        Assert.Equal(5_000, records.Count);
        Assert.Equal("r15000", Encoding.UTF8.GetString(records[0].Data.Span));
        Assert.Equal(19_999, log.PositionOf(19_999, after: false));
        Assert.Equal(20_000, log.PositionOf(19_999, after: true));
        Assert.Equal(15_000, log.PositionOf(3, after: false));
        Assert.Equal(17_500, log.PositionAt(T0.AddSeconds(17_500)));
    }

    [Fact]
    public void A_log_trimmed_empty_takes_new_records_after_its_old_positions()
    {
        var log = new RecordLog();
        for (var i = 0; i < 100; i++) log.Append(new byte[1000], "k", (UInt128)i, T0);
        log.Trim(T0.AddDays(1));
        Assert.Equal(100, log.Start);
        Assert.Empty(ReadAll(log));

        log.Append("new"u8, "k2", 100, T0.AddDays(2));

        var record = Assert.Single(ReadAll(log));
        Assert.Equal("new", Encoding.UTF8.GetString(record.Data.Span));
        Assert.Equal(101, log.End);
        Assert.Equal(100, log.PositionAt(T0.AddDays(2)));
    }

    [Fact]
    public void Bytes_count_the_chunks_held_and_fall_to_zero_once_all_is_trimmed()
    {
        var log = new RecordLog();
        Assert.Equal(0, log.Bytes);
        for (var i = 0; i < 5000; i++) log.Append(new byte[1000], "key", (UInt128)i, T0.AddSeconds(i));
        Assert.InRange(log.Bytes, 5000 * 1003, 5000 * 1003 + 1024 * 1024);

        var held = log.Bytes;
        log.Trim(T0.AddSeconds(2500));
        Assert.InRange(log.Bytes, 1, held - 1400 * 1003);

        log.Trim(T0.AddSeconds(5000));
        Assert.Equal(0, log.Bytes);
    }

    [Fact]
    public void Arrival_times_never_go_back_so_that_searches_by_time_hold()
    {
        var log = new RecordLog();
        log.Append("a"u8, "k", 1, T0.AddSeconds(5));
        log.Append("b"u8, "k", 2, T0.AddSeconds(4));
        log.Append("c"u8, "k", 3, T0.AddSeconds(6));

        Assert.Equal([T0.AddSeconds(5), T0.AddSeconds(5), T0.AddSeconds(6)], ReadAll(log).Select(r => r.ArrivedAt));
        Assert.Equal(2, log.PositionAt(T0.AddSeconds(5.5)));
    }
}
