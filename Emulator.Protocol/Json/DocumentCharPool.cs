using System.Buffers;
using Newtonsoft.Json;

namespace Emulator.Protocol.Json;

/// <summary>
/// Lends a reader buffers from the shared pool, each big enough for the whole document: Newtonsoft's reader then
/// reads a body in one go instead of growing and shifting its buffer around every long string.
/// </summary>
internal sealed class DocumentCharPool(int documentChars) : IArrayPool<char>
{
    public char[] Rent(int minimumLength) => ArrayPool<char>.Shared.Rent(Math.Max(minimumLength, documentChars + 1));

    public void Return(char[]? array)
    {
        if (array is not null) ArrayPool<char>.Shared.Return(array);
    }
}
