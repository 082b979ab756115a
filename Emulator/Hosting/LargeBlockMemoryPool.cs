using System.Buffers;
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Connections;

namespace Emulator.Hosting;

/// <summary>
/// Kestrel's buffers in 32 KiB blocks instead of its pool's 4 KiB ones. A connection's pipes take whole blocks, so a
/// socket read fills up to 32 KiB: a 700 KB PutRecords body arrives in about twenty reads instead of almost two hundred.
/// 64 KiB blocks were not clearly faster on our 2-core machine, and with 64 busy connections they kept 15 MB more.
/// Blocks are pinned, as Kestrel's own are, so socket calls need not pin them; returned blocks are kept for reuse up
/// to <see cref="KeptBlocks"/>, and the GC takes the rest.
/// </summary>
internal sealed class LargeBlockMemoryPool : MemoryPool<byte>
{
    public const int BlockSize = 32 * 1024;
    private const int KeptBlocks = 512;

    private readonly ConcurrentQueue<Block> _free = new();
    private int _freeCount;

    public override int MaxBufferSize => BlockSize;

    public override IMemoryOwner<byte> Rent(int minBufferSize = -1)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minBufferSize, BlockSize);
        if (!_free.TryDequeue(out var block)) return new Block(this);
        Interlocked.Decrement(ref _freeCount);
        return block;
    }

    protected override void Dispose(bool disposing) => _free.Clear();

    private void Return(Block block)
    {
        if (Interlocked.Increment(ref _freeCount) > KeptBlocks)
        {
            Interlocked.Decrement(ref _freeCount);
            return;
        }
        _free.Enqueue(block);
    }

    private sealed class Block(LargeBlockMemoryPool pool) : IMemoryOwner<byte>
    {
        public Memory<byte> Memory { get; } = GC.AllocateUninitializedArray<byte>(BlockSize, pinned: true);

        public void Dispose() => pool.Return(this);
    }

    /// <summary>Gives Kestrel and its socket transport this pool in place of their own.</summary>
    public sealed class Factory : IMemoryPoolFactory<byte>
    {
        public MemoryPool<byte> Create(MemoryPoolOptions? options = null) => new LargeBlockMemoryPool();
    }
}
