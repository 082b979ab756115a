namespace Emulator.Protocol.Pipeline;

/// <summary>
/// Random (version 4) UUIDs for request, message and resource ids, drawn from a fast thread-local generator:
/// <see cref="Guid.NewGuid"/> asks the operating system for every id, which costs each request a system call.
/// These ids need to be unique, not secret.
/// </summary>
public static class RandomUuid
{
    public static Guid New()
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.Shared.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
