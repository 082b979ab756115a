using Emulator.Hosting;
using Microsoft.Extensions.Configuration;

namespace Emulator.Tests.Hosting;

public class OptionsReaderTests
{
    private static EmulatorOptions Read(params (string Key, string Value)[] settings) => OptionsReader.Read(Settings.Of(settings));

    [Fact]
    public void The_emulator_listens_on_loopback_unless_told_otherwise()
    {
        Assert.Equal("localhost", Read().Bind);
        Assert.Equal("0.0.0.0", Read(("bind", "0.0.0.0")).Bind);
    }

    [Fact]
    public void Signatures_are_verified_only_when_auth_is_strict()
    {
        Assert.False(Read().StrictAuth);
        Assert.True(Read(("auth", "strict"), ("credentials", "AKID:secret")).StrictAuth);
        Assert.Contains("strict", Assert.Throws<ArgumentException>(() => Read(("auth", "on"))).Message);
    }

    [Fact]
    public void A_port_out_of_range_stops_start_up_with_the_option_named() =>
        Assert.Contains("Port", Assert.Throws<ArgumentException>(() => Read(("port", "70000"))).Message);
}

/// <summary>Configuration as flags, environment variables or a settings file give it.</summary>
internal static class Settings
{
    public static IConfiguration Of(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
}
