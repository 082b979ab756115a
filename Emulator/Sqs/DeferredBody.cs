using System.Text;

namespace Emulator.Sqs;

/// <summary>
/// A delivered body that is costly to write (SNS signs its envelopes), written off the sender's path: ahead of time
/// on a spare core, or by whoever reads the message first if that comes sooner. It is written once; every caller
/// gets the same bytes, and the writer is let go once it has run.
/// </summary>
public sealed class DeferredBody(Func<string> write, int size)
{
    private readonly object _writing = new();
    private Func<string>? _write = write;
    private byte[]? _utf8;

    /// <summary>The size the body counts against a queue's limit before it is written.</summary>
    public int Size { get; } = size;

    public bool IsWritten => Volatile.Read(ref _utf8) is not null;

    /// <summary>The body as UTF-8, written now unless it already is.</summary>
    public byte[] Utf8()
    {
        if (Volatile.Read(ref _utf8) is { } written) return written;
        lock (_writing)
        {
            if (_utf8 is null)
            {
                Volatile.Write(ref _utf8, Encoding.UTF8.GetBytes(_write!()));
                _write = null;
            }
            return _utf8;
        }
    }
}
