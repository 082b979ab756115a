using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Emulator.Hosting.Listening;

/// <summary>
/// Takes the host's URLs (<c>--urls</c>, <c>ASPNETCORE_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c>) out of the server's
/// addresses before Kestrel starts. <see cref="SharedPort"/>s serve them instead, and Kestrel, finding both them and
/// its own endpoints, would warn on every start that it ignores them.
/// </summary>
internal sealed class HostingUrlsRemoval : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.ServerFeatures.Get<IServerAddressesFeature>()?.Addresses.Clear();
        next(app);
    };
}
