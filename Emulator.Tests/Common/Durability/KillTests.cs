using System.Collections.Concurrent;
using Amazon.SQS;
using Amazon.SQS.Model;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Common.Durability;

/// <summary>
/// Durable mode under <c>kill -9</c>: producers and consumers run against the emulator, it is killed in the middle, and a
/// new process on the same data directory must hold every acknowledged send once, none of the acknowledged deletes,
/// and every FIFO group in its order.
/// </summary>
public class KillTests : IDisposable
{
    private const int Producers = 4;
    private readonly string _directory = Directory.CreateTempSubdirectory("emulator-data-").FullName;
    private readonly ConcurrentDictionary<string, byte> _sent = new();
    private readonly ConcurrentDictionary<string, byte> _deleted = new();
    // A delete under way when the process died may or may not have been done: its message may be gone or back.
    private readonly ConcurrentDictionary<string, byte> _deleting = new();
    private volatile bool _killed;

    [Fact]
    public async Task Every_acknowledged_send_survives_once_and_every_acknowledged_delete_stays_deleted()
    {
        string standardUrl, fifoUrl;
        using (var first = await EmulatorProcess.StartAsync("--data-dir", _directory))
        {
            using var sqs = first.CreateSqsClient();
            // Names of this run only: once killed, its port may serve another test's emulator, which must not look the same.
            var name = EmulatorServer.UniqueName("orders");
            standardUrl = (await sqs.CreateQueueAsync(name)).QueueUrl;
            fifoUrl = (await sqs.CreateQueueAsync(new CreateQueueRequest
            {
                QueueName = name + ".fifo",
                Attributes = new() { ["FifoQueue"] = "true", ["ContentBasedDeduplication"] = "true" },
            })).QueueUrl;
            using var stop = new CancellationTokenSource();
            var load = new List<Task>();
            for (var p = 0; p < Producers; p++)
            {
                load.Add(ProduceAsync(first.CreateSqsClient(), standardUrl, p, fifo: false, stop.Token));
                load.Add(ProduceAsync(first.CreateSqsClient(), fifoUrl, p, fifo: true, stop.Token));
            }
            load.Add(ConsumeAsync(first.CreateSqsClient(), standardUrl, stop.Token));
            load.Add(ConsumeAsync(first.CreateSqsClient(), fifoUrl, stop.Token));
            await Task.Delay(TimeSpan.FromSeconds(2));

            _killed = true;
            first.Signal("KILL");
            await first.WaitForExitAsync(TimeSpan.FromSeconds(5));
            stop.Cancel();
            await Task.WhenAll(load);
        }
        // Calls fail once the process is gone; a failure before that ends the test through the load's tasks.
        Assert.True(_sent.Count > 100, $"Only {_sent.Count} sends were acknowledged before the kill.");
        Assert.NotEmpty(_deleted);

        using var second = await EmulatorProcess.StartAsync("--data-dir", _directory);
        using var client = second.CreateSqsClient();
        using var http = second.CreateHttpClient();
        // Messages in flight when the process died become visible again once their visibility timeout has passed.
        (await http.PostAsync("/_emulator/clock?seconds=3600", null)).EnsureSuccessStatusCode();
        var standard = await DrainAsync(client, Rehome(standardUrl, second));
        var fifo = await DrainAsync(client, Rehome(fifoUrl, second));
        var survivors = standard.Concat(fifo).ToList();

        Assert.Equal(survivors.Count, survivors.Distinct().Count());
        Assert.Empty(survivors.Where(_deleted.ContainsKey));
        Assert.Empty(_sent.Keys.Where(body => !_deleting.ContainsKey(body) && !survivors.Contains(body)));
        foreach (var group in fifo.GroupBy(body => body.Split('-')[0]))
        {
            var order = group.Select(body => int.Parse(body.Split('-')[1])).ToList();
            Assert.Equal(order.Order(), order);
        }
    }

    private async Task ProduceAsync(AmazonSQSClient sqs, string url, int producer, bool fifo, CancellationToken stop)
    {
        using var _ = sqs;
        for (var n = 0; !stop.IsCancellationRequested && !_killed; n++)
        {
            var body = fifo ? $"g{producer}-{n}" : $"p{producer}-{n}";
            try
            {
                await sqs.SendMessageAsync(new SendMessageRequest(url, body) { MessageGroupId = fifo ? $"g{producer}" : null });
                _sent[body] = 0;
            }
            catch (Exception) when (_killed)
            {
                return;
            }
        }
    }

    private async Task ConsumeAsync(AmazonSQSClient sqs, string url, CancellationToken stop)
    {
        using var _ = sqs;
        while (!stop.IsCancellationRequested && !_killed)
        {
            try
            {
                var received = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest(url) { MaxNumberOfMessages = 10, VisibilityTimeout = 30 });
                foreach (var message in received.Messages ?? [])
                {
                    _deleting[message.Body] = 0;
                    await sqs.DeleteMessageAsync(url, message.ReceiptHandle);
                    _deleted[message.Body] = 0;
                }
            }
            catch (Exception) when (_killed)
            {
                return;
            }
        }
    }

    private static async Task<List<string>> DrainAsync(AmazonSQSClient sqs, string url)
    {
        var bodies = new List<string>();
        for (var empty = 0; empty < 3;)
        {
            var received = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest(url) { MaxNumberOfMessages = 10, VisibilityTimeout = 600 });
            if (received.Messages is not { Count: > 0 } messages)
            {
                empty++;
                continue;
            }
            foreach (var message in messages)
            {
                bodies.Add(message.Body);
                await sqs.DeleteMessageAsync(url, message.ReceiptHandle);
            }
        }
        return bodies;
    }

    private static string Rehome(string url, EmulatorProcess emulator) => emulator.BaseUrl + new Uri(url).AbsolutePath;

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
