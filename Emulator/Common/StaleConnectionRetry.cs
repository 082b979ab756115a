using System.Net.Sockets;

namespace Emulator.Common;

/// <summary>
/// Keeps connections to the endpoints the emulator delivers to (SNS subscribers, Firehose HTTP destinations) alive between deliveries, and resends at once, on a new connection, a request whose
/// connection ended or was reset before the answer was in: a subscriber that restarted leaves its old connections in the
/// pool, and one whose close has not reached us yet is found dead only by writing to it. SocketsHttpHandler resends such a
/// request by itself only when it has no body, and every delivery is a POST with one. A failure on the new connection,
/// or in connecting, is the attempt's failure, for the delivery policy to retry. Redirects are not followed (AWS does
/// not), and every request carries <see cref="OwnDeliveries"/>' mark, so that the emulator refuses its own deliveries.
/// </summary>
public sealed class StaleConnectionRetry()
    : DelegatingHandler(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1), AllowAutoRedirect = false })
{
    // Never pooled, so that the resend cannot meet another stale connection.
    private readonly HttpMessageInvoker _fresh = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.Zero, AllowAutoRedirect = false });

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        OwnDeliveries.Mark(request);
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception) when (Dropped(exception))
        {
            return await _fresh.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _fresh.Dispose();
        base.Dispose(disposing);
    }

    private static bool Dropped(HttpRequestException exception) =>
        exception.HttpRequestError == HttpRequestError.ResponseEnded
        || exception is { HttpRequestError: HttpRequestError.Unknown, InnerException: IOException { InnerException: SocketException } };
}
