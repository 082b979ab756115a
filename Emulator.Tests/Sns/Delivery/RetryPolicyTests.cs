using Emulator.Protocol.Errors;
using Emulator.Sns.Delivery;
using Newtonsoft.Json.Linq;

namespace Emulator.Tests.Sns.Delivery;

public class RetryPolicyTests
{
    [Fact]
    public void The_default_retries_three_times_twenty_seconds_apart()
    {
        var policy = RetryPolicy.Default;

        Assert.Equal([20.0, 20.0, 20.0], Enumerable.Range(1, 3).Select(r => policy.DelayBefore(r)!.Value.TotalSeconds));
        Assert.Null(policy.DelayBefore(4));
    }

    [Fact]
    public void Retries_run_through_the_four_phases()
    {
        var policy = RetryPolicy.Parse(JObject.Parse("""
            {"minDelayTarget":1,"maxDelayTarget":60,"numRetries":10,"numNoDelayRetries":2,"numMinDelayRetries":2,
             "numMaxDelayRetries":2,"backoffFunction":"linear"}
            """), "DeliveryPolicy");
        var delays = Enumerable.Range(1, 10).Select(r => policy.DelayBefore(r)!.Value.TotalSeconds).ToList();

        Assert.Equal([0.0, 0.0, 1.0, 1.0], delays.Take(4));
        Assert.Equal([1 + 59 * 0.25, 1 + 59 * 0.5, 1 + 59 * 0.75, 60.0], delays.Skip(4).Take(4));
        Assert.Equal([60.0, 60.0], delays.Skip(8));
        Assert.Null(policy.DelayBefore(11));
    }

    [Theory]
    [InlineData("""{"numRetries":101}""")]
    [InlineData("""{"minDelayTarget":30,"maxDelayTarget":20}""")]
    [InlineData("""{"maxDelayTarget":3601}""")]
    [InlineData("""{"numRetries":2,"numNoDelayRetries":3}""")]
    [InlineData("""{"backoffFunction":"quadratic"}""")]
    [InlineData("""{"numRetries":"many"}""")]
    public void Out_of_range_policies_are_refused(string json)
    {
        var error = Assert.Throws<AwsError>(() => RetryPolicy.Parse(JObject.Parse(json), "DeliveryPolicy"));

        Assert.Equal("InvalidParameter", error.Code);
        Assert.StartsWith("Invalid parameter: DeliveryPolicy: ", error.Message);
    }

    [Fact]
    public void A_topic_can_forbid_subscription_overrides()
    {
        var topic = TopicDeliveryPolicy.Parse("""
            {"http":{"defaultHealthyRetryPolicy":{"numRetries":5,"minDelayTarget":5,"maxDelayTarget":5},"disableSubscriptionOverrides":true}}
            """);
        var own = SubscriptionDeliveryPolicy.Parse("""{"healthyRetryPolicy":{"numRetries":1},"requestPolicy":{"headerContentType":"application/json"}}""");

        var (retry, contentType) = SubscriptionDeliveryPolicy.Effective(topic, own);
        var (allowed, _) = SubscriptionDeliveryPolicy.Effective(topic with { DisableSubscriptionOverrides = false }, own);

        Assert.Equal(5, retry.NumRetries);
        Assert.Equal("application/json", contentType);
        Assert.Equal(1, allowed.NumRetries);
    }
}
