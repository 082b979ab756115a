using Emulator.Hosting;
using Emulator.Tests.Infrastructure;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.DependencyInjection;

namespace Emulator.Tests.Hosting;

public class LargeBlockMemoryPoolTests(EmulatorServer server) : IClassFixture<EmulatorServer>
{
    [Fact]
    public void Every_block_holds_32_KiB_and_larger_requests_are_refused()
    {
        using var pool = new LargeBlockMemoryPool();
        using var small = pool.Rent(1);
        using var any = pool.Rent();
        Assert.Equal(32 * 1024, small.Memory.Length);
        Assert.Equal(32 * 1024, any.Memory.Length);
        Assert.Equal(32 * 1024, pool.MaxBufferSize);
        Assert.Throws<ArgumentOutOfRangeException>(() => pool.Rent(32 * 1024 + 1));
    }

    [Fact]
    public void A_returned_block_is_lent_again()
    {
        using var pool = new LargeBlockMemoryPool();
        var first = pool.Rent();
        first.Memory.Span[0] = 42;
        first.Dispose();
        using var second = pool.Rent();
        Assert.True(second.Memory.Span.Overlaps(first.Memory.Span));
    }

    [Fact]
    public void Kestrel_and_its_sockets_take_their_buffers_from_the_large_block_pool()
    {
        var factory = server.Services.GetRequiredService<IMemoryPoolFactory<byte>>();
        using var pool = factory.Create(new MemoryPoolOptions());
        Assert.IsType<LargeBlockMemoryPool>(pool);
    }
}
