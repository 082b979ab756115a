using System.Buffers;
using Newtonsoft.Json;

namespace Emulator.Protocol.Json;

/// <summary>Lends Newtonsoft's readers and writers their character buffers from the shared pool.</summary>
internal sealed class SharedCharPool : IArrayPool<char>
{
    public static readonly SharedCharPool Instance = new();

    public char[] Rent(int minimumLength) => ArrayPool<char>.Shared.Rent(minimumLength);

    public void Return(char[]? array)
    {
        if (array is not null) ArrayPool<char>.Shared.Return(array);
    }
}
