using System.Net;
using Amazon.SQS.Model;
using Emulator.Tests.Infrastructure;

namespace Emulator.Tests.Sqs.EndToEnd;

/// <summary>AWS's one PurgeQueue per queue every 60 seconds, enforced only with <c>--sqs-purge-limit true</c>.</summary>
public class PurgeLimitTests
{
    [Fact]
    public async Task With_the_limit_a_second_purge_within_60_seconds_is_PurgeQueueInProgress_until_the_clock_moves_on()
    {
        var server = new EmulatorServer("--sqs-purge-limit", "true");
        await server.InitializeAsync();
        try
        {
            using var sqs = server.CreateSqsClient();
            var url = (await sqs.CreateQueueAsync(EmulatorServer.UniqueName("purge"))).QueueUrl;
            await sqs.PurgeQueueAsync(url);

            server.AdvanceClock(TimeSpan.FromSeconds(59));
            var refused = await Assert.ThrowsAsync<PurgeQueueInProgressException>(() => sqs.PurgeQueueAsync(url));
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("AWS.SimpleQueueService.PurgeQueueInProgress", refused.ErrorCode);

            server.AdvanceClock(TimeSpan.FromSeconds(1));
            await sqs.PurgeQueueAsync(url);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }
}
