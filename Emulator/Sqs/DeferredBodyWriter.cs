using System.Threading.Channels;

namespace Emulator.Sqs;

/// <summary>
/// Writes deferred bodies ahead of their first read on the cores requests leave spare, so that neither the sender
/// (an SNS publish) nor the receiver waits for them. The backlog is bounded: a body that finds it full is simply
/// written when it is first read. The workers start with the first body, so that a process without any costs nothing.
/// </summary>
public sealed class DeferredBodyWriter
{
    private const int Backlog = 100_000;

    private readonly Lazy<ChannelWriter<DeferredBody>> _pending = new(Start);

    public void Schedule(DeferredBody body)
    {
        if (!body.IsWritten) _pending.Value.TryWrite(body);
    }

    private static ChannelWriter<DeferredBody> Start()
    {
        var pending = Channel.CreateBounded<DeferredBody>(new BoundedChannelOptions(Backlog) { FullMode = BoundedChannelFullMode.DropWrite });
        for (var i = 0; i < Math.Max(1, Environment.ProcessorCount - 1); i++) _ = WriteAsync(pending.Reader);
        return pending.Writer;
    }

    private static async Task WriteAsync(ChannelReader<DeferredBody> pending)
    {
        await foreach (var body in pending.ReadAllAsync().ConfigureAwait(false)) body.Utf8();
    }
}
