using System.Buffers.Text;
using System.Text;

namespace Emulator.Sqs.Messages;

/// <summary>
/// Receipt handles: opaque to clients, they name the queue, the message and the receive that issued them, so that a
/// newer receive supersedes older handles; sealed (<see cref="HandleSeal"/>), so that none can be made up.
/// </summary>
public readonly record struct ReceiptHandle(string QueueArn, Guid MessageId, long ReceiveToken)
{
    public string Encode() => Base64Url.EncodeToString(HandleSeal.Seal(Encoding.UTF8.GetBytes($"{QueueArn} {MessageId} {ReceiveToken}")));

    public static ReceiptHandle? TryDecode(string handle)
    {
        if (handle.Length is 0 or > 1024) return null;
        try
        {
            if (!HandleSeal.TryOpen(Base64Url.DecodeFromChars(handle), out var body)) return null;
            var parts = Encoding.UTF8.GetString(body).Split(' ');
            return parts.Length == 3 && Guid.TryParse(parts[1], out var id) && long.TryParse(parts[2], out var token)
                ? new ReceiptHandle(parts[0], id, token)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
