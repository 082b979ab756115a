using Emulator.Protocol.Pipeline;

namespace Emulator.Tests.Protocol;

public class RandomUuidTests
{
    [Fact]
    public void Ids_are_distinct_version_4_uuids()
    {
        var ids = Enumerable.Range(0, 10_000).Select(_ => RandomUuid.New()).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Equal(4, id.Version));
        Assert.All(ids, id => Assert.Contains(id.ToString()[19], "89ab"));
    }
}
