using Emulator.Protocol.Routing;

namespace Emulator.Sqs.Queues;

/// <summary>
/// Resolves the queue a request addresses: its <c>QueueUrl</c> parameter, or else the path it was sent to.
/// The account and name come from the URL's path; the region from an AWS-style host
/// (<c>sqs.eu-west-1.amazonaws.com</c>) or else the request's signing region.
/// </summary>
public sealed class QueueLocator(SqsStore store)
{
    public SqsQueue Resolve(string? queueUrl, AwsRequestContext context) =>
        TryResolve(queueUrl, context) ?? throw SqsErrors.QueueDoesNotExist();

    public SqsQueue? TryResolve(string? queueUrl, AwsRequestContext context)
    {
        if (string.IsNullOrEmpty(queueUrl))
        {
            return Parse(context.Path, out var account, out var name)
                ? store.Find(account, context.Region, name)
                : throw Protocol.Errors.CommonErrors.MissingParameter("QueueUrl");
        }
        if (!Uri.TryCreate(queueUrl, UriKind.Absolute, out var uri))
            return Parse(queueUrl, out var a, out var n) ? store.Find(a, context.Region, n) : null;
        return Parse(uri.AbsolutePath, out var accountId, out var queueName)
            ? store.Find(accountId, RegionOf(uri.Host) ?? context.Region, queueName)
            : null;
    }

    private static bool Parse(string path, out string accountId, out string name)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 2)
        {
            accountId = parts[^2];
            name = parts[^1];
            return true;
        }
        accountId = name = "";
        return false;
    }

    private static string? RegionOf(string host)
    {
        var labels = host.Split('.');
        return labels.Length >= 3 && labels[0] == "sqs" && labels[1].Contains('-') ? labels[1] : null;
    }
}
