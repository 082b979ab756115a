using Emulator.Sqs.Durability;
using System.Collections.Concurrent;
using System.Text;
using Emulator.Sqs.Messages;
using Emulator.Sqs.Queues;

namespace Emulator.Tests.Sqs.Messages;

/// <summary>8 producers and 8 consumers move 100,000 messages through one queue: none lost, none twice, FIFO order per group.</summary>
public class ConcurrencyTests
{
    private const int Producers = 8;
    private const int Consumers = 8;
    private const int Total = 100_000;

    [Theory]
    [InlineData("standard")]
    [InlineData("ordered.fifo")]
    public async Task Every_message_is_received_and_deleted_exactly_once(string name)
    {
        var fifo = name.EndsWith(".fifo");
        var queue = new SqsQueue("000000000000", "us-east-1", name, new QueueSettings { FifoQueue = fifo, VisibilityTimeout = 600 },
            null, TimeProvider.System, _ => null, new SqsJournal());
        var received = new ConcurrentDictionary<string, int>();
        var lastInGroup = new ConcurrentDictionary<string, int>();
        var orderViolations = 0;
        var sent = 0;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        var producers = Enumerable.Range(0, Producers).Select(p => Task.Run(() =>
        {
            for (var i = 0; i < Total / Producers; i++)
            {
                // Each producer owns its groups, so per-group send order is well defined.
                var group = fifo ? $"p{p}-g{i % 50}" : null;
                queue.Messages.Send(new OutgoingMessage(Encoding.UTF8.GetBytes($"{p}:{i}"), null, null, null, "s", null, group, fifo ? $"{p}-{i}" : null));
                Interlocked.Increment(ref sent);
            }
        })).ToList();

        var consumers = Enumerable.Range(0, Consumers).Select(_ => Task.Run(async () =>
        {
            while (received.Count < Total && !deadline.IsCancellationRequested)
            {
                var batch = await queue.Messages.ReceiveAsync(new ReceiveRequest(10, TimeSpan.FromSeconds(600), TimeSpan.FromMilliseconds(100), null), deadline.Token);
                foreach (var message in batch)
                {
                    var body = message.Message.Body;
                    received.AddOrUpdate(body, 1, (_, n) => n + 1);
                    if (fifo)
                    {
                        var (producer, index) = (body.Split(':')[0], int.Parse(body.Split(':')[1]));
                        var group = $"p{producer}-g{index % 50}";
                        if (lastInGroup.TryGetValue(group, out var last) && last >= index) Interlocked.Increment(ref orderViolations);
                        lastInGroup[group] = index;
                    }
                    queue.Messages.Delete(message.ReceiptHandle);
                }
            }
        })).ToList();

        await Task.WhenAll(producers);
        await Task.WhenAll(consumers).WaitAsync(TimeSpan.FromSeconds(90));

        Assert.Equal(Total, sent);
        Assert.Equal(Total, received.Count);
        Assert.All(received.Values, count => Assert.Equal(1, count));
        Assert.Equal(0, orderViolations);
        Assert.Equal(new QueueCounts(0, 0, 0), queue.Messages.Counts());
    }
}
