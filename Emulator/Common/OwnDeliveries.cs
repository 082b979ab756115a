using System.Security.Cryptography;

namespace Emulator.Common;

/// <summary>
/// Requests the emulator sends (SNS HTTP/S deliveries, Firehose HTTP destinations, Lambda function endpoints) carry a
/// mark that only this process knows, and the emulator refuses any request that carries it: a subscription to
/// <c>http://127.0.0.1:4566/_emulator/reset</c>, or to the AWS API itself, cannot turn the emulator against itself, under
/// whatever name or address it is reached. The mark makes a request fail, never succeed, so a subscriber that sees it
/// learns nothing useful.
/// </summary>
public static class OwnDeliveries
{
    public const string Header = "X-Emulator-Delivery";

    private static readonly string Token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static void Mark(HttpRequestMessage request)
    {
        request.Headers.Remove(Header);
        request.Headers.TryAddWithoutValidation(Header, Token);
    }

    public static bool IsOwn(HttpRequest request) => request.Headers.TryGetValue(Header, out var value) && value == Token;

    /// <summary>Answers 403 to the emulator's own deliveries, before any endpoint sees them.</summary>
    public static void RefuseOwnDeliveries(this WebApplication app) => app.Use((context, next) =>
    {
        if (!IsOwn(context.Request)) return next(context);
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/plain";
        return context.Response.WriteAsync("The emulator does not deliver to itself.");
    });
}
