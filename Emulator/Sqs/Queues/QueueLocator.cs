using System.Collections.Concurrent;

namespace Emulator.Sqs.Queues;

/// <summary>
/// Resolves the queue a request addresses: its <c>QueueUrl</c> parameter, or else the path it was sent to.
/// The account and name come from the URL's path; the region from an AWS-style host
/// (<c>sqs.eu-west-1.amazonaws.com</c>) or else the request's signing region. A bare queue name, which AWS also
/// accepts as a <c>QueueUrl</c>, names a queue of the caller's account and region. Parsed URLs are remembered, since
/// clients send the same few URLs over and over. A queue of another account is resolved only for a caller its policy
/// allows (see <see cref="QueueAccess"/>).
/// </summary>
public sealed class QueueLocator(SqsStore store, QueueAccess access)
{
    private const int MaxRemembered = 10_000;
    private readonly ConcurrentDictionary<(string Url, string Region), QueueAddress?> _parsed = new();

    /// <summary>Where a URL points; no account for a bare name.</summary>
    private readonly record struct QueueAddress(string? AccountId, string Region, string Name);

    public SqsQueue Resolve(string? queueUrl, AwsRequestContext context)
    {
        var queue = Find(queueUrl, context) ?? throw SqsErrors.QueueDoesNotExist();
        access.Authorize(queue, context);
        return queue;
    }

    private SqsQueue? Find(string? queueUrl, AwsRequestContext context)
    {
        var url = string.IsNullOrEmpty(queueUrl) ? context.Path : queueUrl;
        if (!_parsed.TryGetValue((url, context.Region), out var address))
        {
            address = Parse(url, context.Region);
            if (_parsed.Count >= MaxRemembered) _parsed.Clear();
            _parsed[(url, context.Region)] = address;
        }
        if (address is { } found) return store.Find(found.AccountId ?? context.AccountId, found.Region, found.Name);
        return string.IsNullOrEmpty(queueUrl) ? throw CommonErrors.MissingParameter("QueueUrl") : null;
    }

    private static QueueAddress? Parse(string url, string signingRegion)
    {
        var region = signingRegion;
        var path = url;
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            region = RegionOf(uri.Host) ?? signingRegion;
            path = uri.AbsolutePath;
        }
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length switch
        {
            >= 2 => new QueueAddress(parts[^2], region, parts[^1]),
            1 when !path.StartsWith('/') => new QueueAddress(null, region, parts[0]),
            _ => null,
        };
    }

    private static string? RegionOf(string host)
    {
        var labels = host.Split('.');
        return labels.Length >= 3 && labels[0] == "sqs" && labels[1].Contains('-') ? labels[1] : null;
    }
}
