using MentoringProgram.Web.Infrastructure;
using Microsoft.Extensions.Caching.Memory;

namespace MentoringProgram.UnitTests.Infrastructure;

public sealed class StampedCacheTests
{
    private static readonly Guid Stamp = Guid.Parse("0b6f2c1e-8f7a-4b4c-9d3e-2a1b0c9d8e7f");

    [Fact]
    public async Task AValue_IsKeptUnderItsStamp_AndReadAgainUnderAnother()
    {
        var cache = new StampedCache(new MemoryCache(new MemoryCacheOptions()));
        var reads = 0;
        Task<int> Read(CancellationToken _) => Task.FromResult(++reads);

        var first = await cache.GetAsync("key", Stamp, Read, TestContext.Current.CancellationToken);
        var again = await cache.GetAsync("key", Stamp, Read, TestContext.Current.CancellationToken);
        var renewed = await cache.GetAsync("key", Guid.NewGuid(), Read, TestContext.Current.CancellationToken);

        Assert.Equal([1, 1, 2], new[] { first, again, renewed });
        Assert.True(cache.TryPeek("key", out Guid _, out int held));
        Assert.Equal(2, held);
    }

    [Fact]
    public async Task TurnedOff_ItKeepsNothing_SoEveryCallerReads()
    {
        var cache = new StampedCache(new MemoryCache(new MemoryCacheOptions()));
        var reads = 0;
        Task<int> Read(CancellationToken _) => Task.FromResult(++reads);
        await cache.GetAsync("key", Stamp, Read, TestContext.Current.CancellationToken);

        cache.TurnOff();
        await cache.GetAsync("key", Stamp, Read, TestContext.Current.CancellationToken);
        await cache.GetAsync("key", Stamp, Read, TestContext.Current.CancellationToken);
        cache.Keep("other", Stamp, 5);

        Assert.False(cache.Enabled);
        Assert.Equal(3, reads);
        Assert.False(cache.TryPeek("key", out Guid _, out int _));
        Assert.False(cache.TryPeek("other", out Guid _, out int _));
    }
}
