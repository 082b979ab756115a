using System.Text;
using BenchmarkDotNet.Attributes;
using Emulator.Sqs.Messages;
using Emulator.Sqs.Queues;

namespace Emulator.Benchmarks;

/// <summary>
/// The queue engine without HTTP: sending, and receiving-then-deleting ten messages, with 1,000 or 1,000,000
/// messages waiting. The receive figure must not grow with the depth.
/// </summary>
[MemoryDiagnoser]
public class QueueBenchmarks
{
    private static readonly string Body = new('x', 1024);
    private SqsQueue _standard = null!;
    private SqsQueue _fifo = null!;
    private long _sent;

    [Params(1_000, 1_000_000)]
    public int Depth { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _standard = NewQueue("bench");
        _fifo = NewQueue("bench.fifo");
        for (var i = 0; i < Depth; i++)
        {
            _standard.Messages.Send(Outgoing(null, null));
            _fifo.Messages.Send(Outgoing($"g{i % 100}", $"d{i}"));
        }
    }

    private static SqsQueue NewQueue(string name) =>
        new("000000000000", "us-east-1", name, new QueueSettings { FifoQueue = name.EndsWith(".fifo"), MessageRetentionPeriod = 1_209_600 },
            null, TimeProvider.System, _ => null, new Emulator.Sqs.Durability.SqsJournal());

    private static OutgoingMessage Outgoing(string? group, string? dedup) => new(Encoding.UTF8.GetBytes(Body), null, null, null, "bench", null, group, dedup);

    [Benchmark]
    public SendOutcome Send() => _standard.Messages.Send(Outgoing(null, null));

    [Benchmark]
    public int ReceiveAndDeleteTen() => Cycle(_standard, () => Outgoing(null, null));

    [Benchmark]
    public int ReceiveAndDeleteTenFifo() => Cycle(_fifo, () => Outgoing($"g{_sent % 100}", $"n{++_sent}"));

    /// <summary>Receives and deletes ten messages, then sends ten back so that the depth stays what the run asked for.</summary>
    private static int Cycle(SqsQueue queue, Func<OutgoingMessage> next)
    {
        var received = queue.Messages.ReceiveAsync(new ReceiveRequest(10, TimeSpan.FromSeconds(30), TimeSpan.Zero, null), default).Result;
        foreach (var message in received) queue.Messages.Delete(message.ReceiptHandle);
        for (var i = 0; i < received.Count; i++) queue.Messages.Send(next());
        return received.Count;
    }
}
